// The camera demo (SPEC §6 `dyve-studio --demo`): DemoReadout's smoothed fps and ms and its prediction
// text, the DemoView's effort-level slider, effort overlay and Esc, and DemoMode on the sample images and
// with a missing camera.
#include "demo/demo_view.h"
#include "demo_mode.h"
#include "jobs/frame_clock.h"
#include "models/demo_readout.h"

#include "support/scratch_settings.h"
#include "support/test_paths.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using dyve::ui::DemoMode;
using dyve::ui::DemoReadout;
using dyve::ui::DemoView;
using dyve::ui::InferenceResult;

namespace {

constexpr int kWaitMs = 60000;

InferenceResult resultWithTop(std::vector<dyve::ClassScore> top, QStringList names = {}, int label = -1) {
    InferenceResult r;
    r.top = std::move(top);
    r.classNames = std::move(names);
    r.label = label;
    r.run.ms = 2.5;
    r.image = QImage(28, 28, QImage::Format_Grayscale8);
    r.image.fill(128);
    return r;
}

// An effort run's result: one 8×8 layer whose top half was interpolated in every map.
InferenceResult effortResult() {
    InferenceResult r = resultWithTop({{1, 0.8f}}, {"boot", "bag"});
    dyve::LayerStats layer;
    layer.name = "conv1";
    layer.op = "Conv";
    layer.outputShape = {1, 2, 8, 8};
    layer.denseOps = layer.executedOps = 1000;
    layer.effortPath = true;
    r.run.layers.push_back(layer);
    dyve::ui::LayerEffort effort;
    effort.masks.neurons.assign(2 * 8 * 8, uint8_t(dyve::NeuronState::Computed));
    for (int m = 0; m < 2; ++m)
        for (int i = 0; i < 4 * 8; ++i)
            effort.masks.neurons[size_t(m * 64 + i)] = uint8_t(dyve::NeuronState::SdssInterpolated);
    r.effort.push_back(effort);
    return r;
}

} // namespace

class DemoViewTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale::c());
        dyve::test::useScratchSettings(m_settings, QStringLiteral("dyve-studio-demo-test"));
    }

    void steadyFramesShowTheirRate() {
        DemoReadout readout;
        for (int i = 0; i < 20; ++i)
            readout.addFrame(50.0 * i, 4.0);
        QCOMPARE(readout.fps(), 20.0);
        QCOMPARE(readout.ms(), 4.0);
        QCOMPARE(readout.fpsText(), QStringLiteral("20.0 fps"));
        QCOMPARE(readout.msText(), QStringLiteral("4.00 ms per frame"));
    }

    // Camera frames carry how long ago the camera read them; the readout smooths that like the engine time,
    // and says nothing of it for inputs from files.
    void cameraLatencyIsSmoothedAndOnlyForCameraFrames() {
        DemoReadout readout;
        readout.addFrame(0.0, 4.0);
        QCOMPARE(readout.latencyMs(), 0.0);
        QVERIFY(readout.latencyText().isEmpty());
        for (int i = 1; i <= 20; ++i)
            readout.addFrame(33.0 * i, 4.0, 40.0);
        QCOMPARE(readout.latencyMs(), 40.0);
        QCOMPARE(readout.latencyText(), QStringLiteral("40 ms camera → screen"));
        readout.addFrame(33.0 * 21, 4.0, 140.0); // one late frame moves it only part way
        QVERIFY(readout.latencyMs() > 40.0 && readout.latencyMs() < 100.0);
        readout.reset();
        QVERIFY(readout.latencyText().isEmpty());
    }

    // The figures are the means over the last second's frames: one slow frame moves them only part way.
    void oneSlowFrameMovesTheFiguresOnlyPartWay() {
        DemoReadout readout;
        for (int i = 0; i < 10; ++i)
            readout.addFrame(40.0 * i, 2.0);
        readout.addFrame(40.0 * 9 + 200.0, 10.0); // one frame 5× late that took 5× as long
        QCOMPARE(readout.ms(), (10 * 2.0 + 10.0) / 11);
        QCOMPARE(readout.fps(), 1000.0 * 10 / (40.0 * 9 + 200.0));
    }

    // A second after a change the figures are the new ones exactly: the older frames have left the window.
    void theFiguresFollowALastingChange() {
        DemoReadout readout;
        double t = 0.0;
        for (int i = 0; i < 10; ++i)
            readout.addFrame(t += 100.0, 8.0);
        for (int i = 0; i < 60; ++i)
            readout.addFrame(t += 25.0, 1.0);
        QCOMPARE(readout.fps(), 40.0);
        QCOMPARE(readout.ms(), 1.0);
    }

    // The window is one of time: a video played unpaced at 400 fps averages its last 400 frames, so the
    // engine time of a width cascade, which changes with the width each frame stopped at, reads steadily.
    void theWindowIsASecondWhateverTheFrameRate() {
        DemoReadout readout;
        double t = 0.0;
        for (int i = 0; i < 4000; ++i) // ten seconds at 400 fps, three frames of four at the narrowest width
            readout.addFrame(t += 2.5, i % 4 == 3 ? 0.19 : 0.04);
        QCOMPARE(readout.fps(), 400.0);
        QVERIFY2(qAbs(readout.ms() - (3 * 0.04 + 0.19) / 4) < 1e-3,
                 qPrintable(QString::number(readout.ms())));
        QCOMPARE(readout.msText(), QStringLiteral("0.08 ms per frame"));
        QCOMPARE(readout.frames(), 4000);
    }

    void aLongGapRestartsTheFrameRate() {
        DemoReadout readout;
        for (int i = 0; i < 10; ++i)
            readout.addFrame(50.0 * i, 1.0);
        readout.addFrame(50.0 * 9 + 10000.0, 1.0); // paused for ten seconds
        QCOMPARE(readout.fps(), 0.0);
        QCOMPARE(readout.fpsText(), QStringLiteral("– fps"));
        readout.addFrame(50.0 * 9 + 10000.0 + 100.0, 1.0);
        QCOMPARE(readout.fps(), 10.0); // the first interval after the gap, not dragged down by it
    }

    void nothingYetShowsDashes() {
        DemoReadout readout;
        QCOMPARE(readout.fpsText(), QStringLiteral("– fps"));
        QCOMPARE(readout.msText(), QStringLiteral("– ms per frame"));
        readout.addFrame(0.0, 3.0);
        QCOMPARE(readout.fps(), 0.0); // one frame has no rate
        QCOMPARE(readout.ms(), 3.0);
    }

    void thePredictionIsTheTopClassWithItsProbability() {
        const auto p = DemoReadout::prediction(
            resultWithTop({{7, 0.975f}, {5, 0.02f}},
                          {"t-shirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker"}));
        QCOMPARE(p.label, QStringLiteral("sneaker"));
        QCOMPARE(p.probability, QStringLiteral("97.5 %"));
        QVERIFY(p.confident);
    }

    void anUnsurePredictionIsMarkedSo() {
        const auto p =
            DemoReadout::prediction(resultWithTop({{2, 0.41f}, {4, 0.39f}}, {"a", "b", "c", "d", "e"}));
        QCOMPARE(p.label, QStringLiteral("c"));
        QVERIFY(!p.confident);
    }

    void aClassWithoutANameShowsItsNumber() {
        QCOMPARE(DemoReadout::prediction(resultWithTop({{3, 0.9f}})).label, QStringLiteral("#3"));
    }

    void noPredictionShowsADash() {
        const auto p = DemoReadout::prediction(resultWithTop({}));
        QCOMPARE(p.label, QStringLiteral("—"));
        QVERIFY(p.probability.isEmpty());
    }

    void theViewShowsTheResult() {
        DemoView view;
        view.resize(800, 480);
        view.show();
        view.setResult(resultWithTop({{1, 0.8f}}, {"boot", "bag"}, 1));
        QCOMPARE(view.predictionText(), QStringLiteral("bag"));
        QCOMPARE(view.probabilityText(), QStringLiteral("80.0 %"));
        QCOMPARE(view.readout().frames(), 1);
        QVERIFY(view.latencyText().isEmpty()); // not a camera frame
        // A camera frame read 30 ms ago.
        InferenceResult frame = resultWithTop({{1, 0.8f}}, {"boot", "bag"});
        frame.grabbedNs = dyve::ui::frameClockNs() - 30'000'000;
        view.setResult(frame);
        QVERIFY(view.readout().latencyMs() >= 30.0 && view.readout().latencyMs() < 30000.0);
        QVERIFY2(view.latencyText().endsWith(QStringLiteral("ms camera → screen")),
                 qPrintable(view.latencyText()));
    }

    // A long class name is set smaller so that each of its words fits the readout, and neither it nor a
    // long source line asks for more width than the screen has (a 7" touch screen, a laptop's).
    void longTextsFitTheScreen_data() {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("7-inch") << QSize(800, 480);
        QTest::newRow("laptop") << QSize(1280, 800);
    }
    void longTextsFitTheScreen() {
        QFETCH(QSize, screen);
        DemoView view;
        view.resize(screen);
        view.show();
        view.setSource(QStringLiteral("imagenet_320x240.avi · 320×240 at 30 fps"));
        const QString name = QStringLiteral("hippopotamus, hippo, river horse"); // ImageNet class 344
        // A camera frame of an effort run: the overlay's legend is shown under the picture too.
        InferenceResult camera = effortResult();
        camera.classNames = {QStringLiteral("bag"), name};
        camera.image = QImage(320, 240, QImage::Format_RGB32);
        camera.image.fill(Qt::darkGray);
        view.setResult(camera);
        QCoreApplication::processEvents();
        QCOMPARE(view.predictionText(), name);
        QVERIFY2(view.minimumSizeHint().width() <= screen.width(),
                 qPrintable(QString::number(view.minimumSizeHint().width())));
        const QLabel* prediction = view.findChild<QLabel*>(QStringLiteral("demoPrediction"));
        QVERIFY(prediction);
        const QFontMetrics metrics(prediction->font());
        for (const QString& word : name.split(' ', Qt::SkipEmptyParts))
            QVERIFY2(metrics.horizontalAdvance(word) <= prediction->width(), qPrintable(word));
        for (const QWidget* child : view.findChildren<QWidget*>())
            QVERIFY2(!child->isVisible() || child->geometry().right() < screen.width(),
                     qPrintable(child->objectName()));
        // A short name keeps the full size, h/9.
        camera.classNames = {QStringLiteral("bag"), QStringLiteral("bag")};
        view.setResult(camera);
        QCOMPARE(prediction->font().pixelSize(), screen.height() / 9);
    }

    void aRunThroughTheWidthCascadeSaysTheWidthThatAnswered() {
        DemoView view;
        view.resize(800, 480);
        InferenceResult r = effortResult();
        r.effortRun = false;
        r.effort.clear();
        dyve::ui::CascadeReach reach;
        reach.fractions = {0.25, 0.5, 0.75, 1.0};
        reach.thresholds = {0.7, 0.6, 0.5};
        reach.confidences = {0.4, 0.8};
        reach.reached = 1;
        r.cascade = reach;
        r.width = 0.5;
        view.setResult(r);
        const QLabel* ms = view.findChild<QLabel*>(QStringLiteral("demoMs"));
        QVERIFY(ms);
        QVERIFY2(ms->text().endsWith(QStringLiteral("· width 50%")), qPrintable(ms->text()));
        r.cascade.reset();
        r.width = 1.0;
        view.setResult(r);
        QVERIFY2(!ms->text().contains(QStringLiteral("width")), qPrintable(ms->text()));
    }

    void theEffortSliderIsTheLevelFromDenseToTheTunedLimit() {
        DemoView view;
        QSignalSpy changed(&view, &DemoView::effortChanged);
        QCOMPARE(view.effort(), 100); // the most aggressive tuned level: what the demo is there to show
        QCOMPARE(view.effortText(), QStringLiteral("Effort level 1.00"));
        view.setEffort(40);
        QCOMPARE(view.effort(), 40);
        QCOMPARE(view.effortText(), QStringLiteral("Effort level 0.40"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 40); // the level × 100, as `dyve --effort 0.4`
        view.setEffort(0);
        QCOMPARE(view.effortText(), QStringLiteral("Effort level 0.00"));
        QVERIFY(view.findChild<QSlider*>(QStringLiteral("demoEffort"))
                    ->toolTip()
                    .contains(QStringLiteral("0 runs the dense network")));
        view.setEffort(250);
        QCOMPARE(view.effort(), 100);
        view.setEffort(-5);
        QCOMPARE(view.effort(), 0);
    }

    void theDemoDrawsTheEffortOverlayOverItsFrame() {
        DemoView view;
        view.resize(800, 480);
        view.show();
        QVERIFY(view.overlayShown()); // on at first
        view.setResult(effortResult());
        QVERIFY(view.overlayVisible());
        QVERIFY(!view.overlay().isNull());
        QCOMPARE(view.overlay().mean(), 0.5);
        QVERIFY(view.findChild<QWidget*>(QStringLiteral("effortLegend"))->isVisible());

        QSignalSpy changed(&view, &DemoView::overlayShownChanged);
        view.findChild<QToolButton*>(QStringLiteral("demoOverlayToggle"))->click(); // a finger on the button
        QVERIFY(!view.overlayShown());
        QVERIFY(!view.overlayVisible());
        QVERIFY(!view.findChild<QWidget*>(QStringLiteral("effortLegend"))->isVisible());
        QCOMPARE(changed.count(), 1);
        view.setOverlayShown(true);
        QVERIFY(view.overlayVisible());
    }

    void aDenseFrameHasNoOverlay() {
        DemoView view;
        view.show();
        view.setResult(effortResult());
        QVERIFY(view.overlayVisible());
        view.setResult(resultWithTop({{1, 0.8f}}, {"boot", "bag"}));
        QVERIFY(!view.overlayVisible());
        QVERIFY(!view.findChild<QWidget*>(QStringLiteral("effortLegend"))->isVisible());
        QVERIFY(view.overlayShown());
    }

    void escapeAsksToLeave() {
        DemoView view;
        view.show();
        QSignalSpy exit(&view, &DemoView::exitRequested);
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(exit.count(), 1);
    }

    void withoutACameraTheDemoRunsTheSampleImages() {
        DemoMode demo;
        QSignalSpy shown(&demo, &DemoMode::resultShown);
        demo.start();
        demo.show(false);
        QVERIFY(shown.wait(kWaitMs));
        QVERIFY(!demo.usingCamera());
        QVERIFY(demo.view()->predictionText() != QStringLiteral("—"));
        QVERIFY(demo.view()->message().isEmpty());
    }

    void withoutAModelTheSliderDrivesTheWidthCascadeOfTheBundledWidthModel() {
        DemoMode demo;
        QSignalSpy shown(&demo, &DemoMode::resultShown);
        demo.start();
        demo.show(false);
        QCOMPARE(QFileInfo(demo.modelPath()).fileName(), QStringLiteral("fashion-mnist-cnn-width.onnx"));
        QVERIFY(shown.wait(kWaitMs));
        const QLabel* ms = demo.view()->findChild<QLabel*>(QStringLiteral("demoMs"));
        QVERIFY(ms);
        // At the top level the cascade answers and says at which width; dense (0) has no width to say.
        QCOMPARE(demo.view()->effort(), 100);
        QVERIFY2(ms->text().contains(QStringLiteral("· width ")), qPrintable(ms->text()));
        demo.view()->setEffort(0);
        for (int frame = 0; frame < 3; ++frame) // a frame already under way may still be the cascade's
            QVERIFY(shown.wait(kWaitMs));
        QVERIFY2(!ms->text().contains(QStringLiteral("width")), qPrintable(ms->text()));
    }

    void aMissingCameraGivesAMessageAndTheSamplesRun() {
        DemoMode demo;
        QSignalSpy shown(&demo, &DemoMode::resultShown);
        demo.start({}, QStringLiteral("97"));
        demo.show(false);
        QVERIFY(shown.wait(kWaitMs));
        QVERIFY2(demo.view()->message().contains(QStringLiteral("camera 97: no such device")),
                 qPrintable(demo.view()->message()));
        QVERIFY(!demo.usingCamera());
    }

    void leavingTheDemoClosesItsView() {
        DemoMode demo;
        QSignalSpy finished(&demo, &DemoMode::finished);
        demo.start();
        demo.show(false);
        QTest::keyClick(demo.view(), Qt::Key_Escape);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!demo.view()->isVisible());
    }
};

QTEST_MAIN(DemoViewTest)
#include "ui_demo_view_test.moc"
