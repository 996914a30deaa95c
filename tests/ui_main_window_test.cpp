// DyVE Studio's main window (app/dyve-studio, SPEC §6 and §8): starts on the bundled model and samples,
// shows errors for a corrupt model and an unreadable image, and keeps working with what it had; the knob
// panel re-runs the input on screen at every change, the newest change winning.
#include "input/input_view.h"
#include "jobs/inference_worker.h"
#include "jobs/sweep_job.h"
#include "knobs/knob_panel.h"
#include "main_window.h"
#include "models/layer_knobs_model.h"
#include "models/layer_table_model.h"
#include "models/speed_headline.h"
#include "pareto/pareto_page.h"

#include "support/bundled_window.h"
#include "support/engine_hold.h"
#include "support/scratch_settings.h"
#include "support/temp_files.h"
#include "support/test_paths.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using dyve::test::startBundled;
using dyve::test::writeFile;
using dyve::ui::MainWindow;

namespace {

constexpr int kWaitMs = 60000; // the machine is shared; nothing here measures time

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() {
        dyve::test::useScratchSettings(m_settings, QStringLiteral("dyve-studio-test"));
        dyve::test::useOpsTunedProfiles(); // knobs on at effort 1
    }

    void theExportMenuListsWhatEachPageExports() {
        MainWindow window;
        QMenu* exportMenu = nullptr;
        for (QMenu* menu : window.findChildren<QMenu*>())
            if (menu->title() == QStringLiteral("&Export")) exportMenu = menu;
        QVERIFY(exportMenu);
        QStringList items;
        for (QAction* a : exportMenu->actions())
            if (!a->isSeparator()) items << a->text();
        QCOMPARE(items, (QStringList{"&Report as HTML…", "Layer Table as &CSV…", "Layer Table as &JSON…",
                                     "&Heatmap as PNG…", "&Latency Plot as PNG…", "&Operations Plot as PNG…",
                                     "&Pareto Plot as PNG…"}));
        // The layer table's CSV is on the toolbar too.
        auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QStringList buttons;
        for (QAction* a : bar->actions())
            buttons << a->text();
        QVERIFY2(buttons.contains(QStringLiteral("Layer Table as &CSV…")), qPrintable(buttons.join('|')));
    }

    void startsOnTheBundledModelAndShowsAResult() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QVERIFY(window.modelPath().endsWith(QStringLiteral("fashion_mnist/fashion_mnist_cnn.onnx")));
        QCOMPARE(window.inputCount(), 40); // resources/samples/labels.txt
        QCOMPARE(window.currentInput(), 0);
        QVERIFY(window.layerModel()->rowCount() > 5);
        QVERIFY(window.lastResult().has_value());
        QVERIFY(!window.inputView()->verdict().isEmpty()); // the samples are labelled
    }

    // Every dock shown, the window still fits a 1280-pixel-wide screen (a laptop, a Raspberry Pi's monitor):
    // no dock's minimum, the heatmaps' legend included, adds up past it.
    void theWindowFitsA1280PixelScreen() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY(window.minimumSizeHint().height() <= 800);
    }

    void steppingRunsTheNextInput() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.stepForward();
        QVERIFY(shown.wait(kWaitMs));
        QCOMPARE(shown.at(0).at(0).toInt(), 1);
        QCOMPARE(window.lastResult()->inputIndex, 1);
    }

    void aCorruptModelIsReportedAndThePreviousModelStays() {
        MainWindow window;
        QVERIFY(startBundled(window));
        const QString bundled = window.modelPath();
        QTemporaryDir dir;
        const QString broken = writeFile(dir, QStringLiteral("broken.onnx"), QByteArray(500, '\x7f'));

        QSignalSpy errors(&window, &MainWindow::errorShown);
        window.openModel(broken);
        QVERIFY(errors.wait(kWaitMs));
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("broken.onnx")));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("broken.onnx")));
        QCOMPARE(window.modelPath(), bundled);

        // Still working: the next input runs on the model it had.
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.stepForward();
        QVERIFY(shown.wait(kWaitMs));
        QCOMPARE(window.lastResult()->inputIndex, 1);
    }

    void anUnreadableImageShowsAMessageNamingIt() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QTemporaryDir dir;
        const QString bad = writeFile(dir, QStringLiteral("unreadable.png"), "no pixels in here");

        QSignalSpy errors(&window, &MainWindow::errorShown);
        window.openInputs({bad});
        QVERIFY(errors.wait(kWaitMs));
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("unreadable.png")));
        auto* message = window.inputView()->findChild<QLabel*>(QStringLiteral("inputError"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("unreadable.png")));
        QCOMPARE(window.modelPath().isEmpty(), false);
    }

    void theKnobPanelStartsOnTheModelsProfile() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QVERIFY(window.knobPanel()->available());
        QVERIFY(
            window.knobPanel()->profileSource().endsWith(QStringLiteral("fashion-mnist-cnn.profile.json")));
        QVERIFY(window.findChild<QDockWidget*>(QStringLiteral("knobDock"))->isVisible());
    }

    void movingTheEffortLevelReRunsTheInputOnScreen() {
        MainWindow window;
        QVERIFY(startBundled(window));
        window.stepForward();
        QSignalSpy knob(&window, &MainWindow::knobChangeShown);
        window.knobPanel()->setLevel(1.0);
        window.knobPanel()->setLevel(0.0);
        QVERIFY(knob.wait(kWaitMs));
        QVERIFY(!window.lastResult()->effortRun); // level 0: dense
        QCOMPARE(window.lastResult()->inputIndex, window.currentInput());
        knob.clear();
        window.knobPanel()->setLevel(1.0);
        QVERIFY(knob.wait(kWaitMs));
        QVERIFY(knob.at(0).at(0).toDouble() >= 0.0);
        QVERIFY(window.lastKnobLatencyMs() >= 0.0);
        const auto& result = *window.lastResult();
        QVERIFY(result.effortRun);
        QCOMPARE(result.inputIndex, window.currentInput());
        QVERIFY(result.run.executedOps() < result.run.denseOps());
        // The layer table shows what the effort path did in the layers the profile works on.
        bool conv4Shown = false;
        for (int row = 0; row < window.layerModel()->rowCount(); ++row)
            if (window.layerModel()->layer(row).name == "/conv4/Conv")
                conv4Shown = window.layerModel()->hasEffort(row);
        QVERIFY(conv4Shown);
    }

    // SPEC §9: the Effort dock's headline is the speed-up measured by the engine on the input on screen
    // (medians of repeated runs of both paths), then the operation reduction; the per-layer table shows
    // each layer's measured dense and effort ms.
    void theEffortDockHeadlineIsTheMeasuredSpeedUpOfTheInputOnScreen() {
        MainWindow window;
        QVERIFY(startBundled(window));
        window.knobPanel()->setLevel(1.0);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.lastResult() && window.lastResult()->effortRun && window.lastResult()->speed, kWaitMs);
        const dyve::DenseEffortSpeed& speed = *window.lastResult()->speed;
        QCOMPARE(speed.runs(), 5);
        QCOMPARE(window.lastResult()->inputIndex, window.currentInput());
        QCOMPARE(window.knobPanel()->speedText(), dyve::ui::speedHeadline(speed));
        QVERIFY2(window.knobPanel()->speedText().contains(QStringLiteral("dense (median of 5, ±")),
                 qPrintable(window.knobPanel()->speedText()));
        QVERIFY(window.knobPanel()->reductionText().contains(QStringLiteral("fewer operations than dense")));
        const auto* knobs = window.knobPanel()->knobsModel();
        QVERIFY(knobs->rowCount() > 0);
        for (int row = 0; row < knobs->rowCount(); ++row)
            QVERIFY(knobs->index(row, dyve::ui::LayerKnobsModel::TimeColumn).data().toString().contains("→"));
        // Back at level 0 the dense path is the reference itself.
        window.knobPanel()->setLevel(0.0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.lastResult()->effortRun, kWaitMs);
        QVERIFY(window.knobPanel()->speedText().startsWith(QStringLiteral("Dense")));
    }

    void knobChangesWhileTheEngineIsBusyShowOnlyTheNewest() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QSignalSpy first(&window, &MainWindow::knobChangeShown);
        window.knobPanel()->setLevel(0.5);
        window.knobPanel()->setLevel(0.0);
        QVERIFY(first.wait(kWaitMs));

        QSignalSpy shown(&window, &MainWindow::resultShown);
        QSignalSpy knob(&window, &MainWindow::knobChangeShown);
        QSignalSpy superseded(window.worker(), &dyve::ui::InferenceWorker::superseded);
        {
            dyve::test::EngineHold hold(window.worker()->engineThread());
            // A drag across the slider while the engine is busy: eleven changes, the last one at level 0.9.
            for (int step = 1; step <= 10; ++step)
                window.knobPanel()->setLevel(step / 10.0);
            window.knobPanel()->setLevel(0.9);
        }
        QVERIFY(knob.wait(kWaitMs));
        QCOMPARE(shown.count(), 1); // the ten older changes never reached the screen
        QCOMPARE(superseded.count(), 10);
        QVERIFY(window.lastResult()->effortRun);
        QCOMPARE(window.knobPanel()->level(), 0.9);
    }

    void aRefusedProfileLeavesTheKnobsWorking() {
        MainWindow window;
        QVERIFY(startBundled(window));
        // A profile for another model is refused; the window carries on with the one it had.
        QVERIFY(!window.knobPanel()->loadProfile(
            dyve::test::sourcePath("tests/data/profiles/resnet20-cifar10.profile.json")));
        QVERIFY(window.knobPanel()->message().contains(QStringLiteral("resnet20-cifar10.profile.json")));
        QSignalSpy knob(&window, &MainWindow::knobChangeShown);
        window.knobPanel()->setLevel(0.5);
        window.knobPanel()->setLevel(1.0);
        QVERIFY(knob.wait(kWaitMs));
        QVERIFY(window.lastResult()->effortRun);
    }

    // Tools ▸ Sweep Effort Levels: the sweep runs in the background over the labelled inputs that are open,
    // the Pareto dock plots its points, and the level the knobs are at is marked there; clicking a level
    // there moves the knobs.
    void aSweepFillsTheParetoPlotAndItsLevelsMoveTheKnobs() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QVERIFY(window.sweepEffort());
        QVERIFY(!window.sweepEffort()); // one at a time
        QSignalSpy ended(window.sweepJob(), &dyve::ui::BackgroundJob::ended);
        QVERIFY(ended.wait(kWaitMs * 5) || !ended.isEmpty());
        QCOMPARE(window.sweepJob()->state(), dyve::ui::BackgroundJob::State::Finished);
        QCOMPARE(window.sweepJob()->images(), size_t(40)); // the open sample images
        const dyve::ui::ParetoSeries& series = window.paretoPage()->series();
        QCOMPARE(series.levels(dyve::ui::ParetoEntry::Source::Sweep).size(), size_t(5));
        QVERIFY(series.dense(dyve::ui::ParetoEntry::Source::Sweep).has_value());
        QCOMPARE(*series.currentEffort(), window.knobPanel()->level());
        emit window.paretoPage()->effortRequested(0.25);
        QCOMPARE(window.knobPanel()->level(), 0.25);
        QCOMPARE(*window.paretoPage()->series().currentEffort(), 0.25);
    }
};

QTEST_MAIN(MainWindowTest)
#include "ui_main_window_test.moc"
