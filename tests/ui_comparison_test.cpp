// Dense vs effort comparison (SPEC §6): a job that asks for it carries the same input run dense beside the
// effort run, DenseEffortComparison reads both, the ComparisonView shows them, and View ▸ Compare with Dense
// turns it on in the window. On the bundled model and, when ../shared is here, SqueezeNet.
#include "comparison/comparison_view.h"
#include "jobs/inference_worker.h"
#include "knobs/knob_panel.h"
#include "main_window.h"
#include "models/dense_effort_comparison.h"

#include "support/scratch_settings.h"
#include "support/test_paths.h"

#include <QAction>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using dyve::ui::ComparisonView;
using dyve::ui::DenseEffortComparison;
using dyve::ui::InferenceResult;
using dyve::ui::InferenceWorker;
using dyve::ui::MainWindow;
using dyve::ui::ModelSummary;

namespace {

constexpr int kWaitMs = 120000; // the machine is shared; nothing here measures time

struct Loaded {
    std::unique_ptr<InferenceWorker> worker;
    ModelSummary model;
};

// A worker with the project's cards and profiles on `model` and `inputs`.
Loaded load(const QString& model, const QStringList& inputs) {
    Loaded l;
    l.worker = std::make_unique<InferenceWorker>(
        std::vector<std::string>{dyve::test::sourcePath("models/cards").toStdString()},
        std::vector<std::string>{dyve::test::opsTunedProfilesDir().toStdString()});
    QSignalSpy loaded(l.worker.get(), &InferenceWorker::modelLoaded);
    QSignalSpy opened(l.worker.get(), &InferenceWorker::inputsOpened);
    l.worker->loadModel(model);
    l.worker->openInputs(inputs);
    if ((!opened.wait(kWaitMs) && opened.isEmpty()) || (loaded.isEmpty() && !loaded.wait(kWaitMs))) {
        l.worker.reset();
        return l;
    }
    l.model = loaded.at(0).at(0).value<ModelSummary>();
    return l;
}

Loaded loadBundled() {
    return load(dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx"),
                {dyve::test::sourcePath("resources/samples")});
}

std::optional<InferenceResult> runInput(InferenceWorker& worker, int input, int speedRuns = 0) {
    QSignalSpy ready(&worker, &InferenceWorker::resultReady);
    dyve::ui::InferenceJob job(input);
    job.speedRuns = speedRuns;
    const quint64 id = worker.request(job);
    if (!ready.wait(kWaitMs) || ready.at(0).at(0).value<quint64>() != id) return std::nullopt;
    return ready.at(0).at(1).value<InferenceResult>();
}

} // namespace

class ComparisonTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() {
        dyve::test::useScratchSettings(m_settings, QStringLiteral("dyve-studio-comparison-test"));
        dyve::test::useOpsTunedProfiles(); // knobs on at effort 1
    }

    void anEffortJobComparedWithDenseCarriesBothRuns() {
        Loaded l = loadBundled();
        QVERIFY(l.worker && l.model.profile);
        l.worker->setEffort(l.model.profile->settingsAt(1.0));
        l.worker->setCompareWithDense(true);
        const auto result = runInput(*l.worker, 5);
        QVERIFY(result);
        QVERIFY(result->effortRun);
        QVERIFY(result->dense);
        QCOMPARE(result->dense->run.layers.size(), result->run.layers.size());
        QCOMPARE(result->dense->run.executedOps(), result->dense->run.denseOps()); // really dense
        QCOMPARE(result->dense->top.size(), size_t(5));

        const auto c = DenseEffortComparison::fromResult(*result);
        QVERIFY(c);
        QVERIFY(c->effortRun);
        QCOMPARE(c->denseTop.front().index, result->dense->top.front().index);
        QCOMPARE(c->effortTop.front().index, result->top.front().index);
        // Level 1 of the bundled profile skips work: fewer executed operations than dense.
        QVERIFY(c->effortOps < c->denseOps);
        QVERIFY(c->reduction() > 1.0);
        QCOMPARE(*c->top1Agrees(), result->dense->top.front().index == result->top.front().index);
        QCOMPARE(c->denseMs, result->dense->run.ms);
        QCOMPARE(c->effortMs, result->run.ms);
    }

    // SPEC §9: a comparison's times are medians of repeated runs of both paths, never one cold run.
    void aTimedComparisonUsesTheMediansOfRepeatedRuns() {
        Loaded l = loadBundled();
        QVERIFY(l.worker && l.model.profile);
        l.worker->setEffort(l.model.profile->settingsAt(1.0));
        l.worker->setCompareWithDense(true);
        const auto result = runInput(*l.worker, 5, 5);
        QVERIFY(result && result->speed);
        QCOMPARE(result->speed->dense.samples.size(), size_t(5));
        QCOMPARE(result->speed->effort.samples.size(), size_t(5));
        const auto c = DenseEffortComparison::fromResult(*result);
        QVERIFY(c);
        QCOMPARE(c->timedRuns, 5);
        QCOMPARE(c->denseMs, result->speed->dense.medianMs);
        QCOMPARE(c->effortMs, result->speed->effort.medianMs);
        QVERIFY(c->speedup());
        QCOMPARE(*c->speedup(), result->speed->speedup());
    }

    void anUntimedEffortRunShowsNoSpeedUp() {
        Loaded l = loadBundled();
        QVERIFY(l.worker && l.model.profile);
        l.worker->setEffort(l.model.profile->settingsAt(1.0));
        l.worker->setCompareWithDense(true);
        const auto result = runInput(*l.worker, 5);
        QVERIFY(result && !result->speed);
        const auto c = DenseEffortComparison::fromResult(*result);
        QVERIFY(c && c->effortRun);
        QVERIFY(!c->speedup());
        ComparisonView view;
        view.showResult(*result);
        QVERIFY2(!view.effortText().contains(QStringLiteral(" ms")), qPrintable(view.effortText()));
    }

    void aDenseJobComparedWithDenseIsItsOwnReference() {
        Loaded l = loadBundled();
        QVERIFY(l.worker);
        l.worker->setCompareWithDense(true);
        const auto result = runInput(*l.worker, 2);
        QVERIFY(result && result->dense);
        QVERIFY(!result->effortRun);
        const auto c = DenseEffortComparison::fromResult(*result);
        QVERIFY(c);
        QCOMPARE(c->reduction(), 1.0);
        QCOMPARE(*c->top1Agrees(), true);
    }

    void withoutTheComparisonThereIsNoDenseRun() {
        Loaded l = loadBundled();
        QVERIFY(l.worker && l.model.profile);
        l.worker->setEffort(l.model.profile->settingsAt(1.0));
        const auto result = runInput(*l.worker, 2);
        QVERIFY(result);
        QVERIFY(!result->dense);
        QVERIFY(!DenseEffortComparison::fromResult(*result));
    }

    void theViewShowsBothSidesAndTheVerdict() {
        Loaded l = loadBundled();
        QVERIFY(l.worker && l.model.profile);
        l.worker->setEffort(l.model.profile->settingsAt(1.0), 1.0);
        l.worker->setCompareWithDense(true);
        const auto result = runInput(*l.worker, 7, 5);
        QVERIFY(result);
        // The level the knobs set comes back with the result, and heads the effort column.
        QCOMPARE(result->effortLevel, 1.0);
        ComparisonView view;
        view.showResult(*result);
        QVERIFY(view.comparison());
        QCOMPARE(view.effortTitle(),
                 QStringLiteral("Effort · level %1").arg(QLocale().toString(1.0, 'f', 2)));
        // The view names a class by its first synonym (ImageNet lists several).
        const QString denseTop1 = result->className(result->dense->top.front().index).section(',', 0, 0);
        const QString effortTop1 = result->className(result->top.front().index).section(',', 0, 0);
        QVERIFY2(view.denseText().startsWith(denseTop1), qPrintable(view.denseText()));
        QVERIFY2(view.effortText().startsWith(effortTop1), qPrintable(view.effortText()));
        QVERIFY2(view.effortText().contains(QStringLiteral("ms (median of 5)")),
                 qPrintable(view.effortText()));
        QVERIFY2(view.denseText().contains(QStringLiteral("ms (median of 5)")), qPrintable(view.denseText()));
        if (denseTop1 == effortTop1)
            QVERIFY2(view.verdict().contains(QStringLiteral("agrees")), qPrintable(view.verdict()));
        else
            QVERIFY2(view.verdict().contains(QStringLiteral("differs")), qPrintable(view.verdict()));

        // A result without its dense run: the view says how to ask for one.
        InferenceResult plain = *result;
        plain.dense.reset();
        view.showResult(plain);
        QVERIFY(!view.comparison());
        QVERIFY(view.verdict().isEmpty());
    }

    void compareWithDenseInTheWindowRunsBothAndShowsThem() {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.show();
        window.start();
        QVERIFY(shown.wait(kWaitMs) || !shown.isEmpty());
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
        QVERIFY(dock);
        window.knobPanel()->setLevel(1.0);
        if (window.compareAction()->isChecked()) window.compareAction()->trigger();
        QVERIFY(!window.comparesWithDense());

        shown.clear();
        window.compareAction()->trigger(); // on: the current input runs again, both ways
        QVERIFY(window.comparesWithDense());
        QVERIFY(dock->isVisible());
        QVERIFY(shown.wait(kWaitMs));
        QVERIFY(window.lastResult()->dense);
        QVERIFY(window.comparisonView()->comparison());
        QVERIFY(window.comparisonView()->comparison()->effortOps <
                window.comparisonView()->comparison()->denseOps);
        // In the window the compared input is timed at once: medians, not the one run.
        QVERIFY(window.lastResult()->speed);
        QCOMPARE(window.comparisonView()->comparison()->timedRuns, 5);

        shown.clear();
        dock->close(); // closing the dock turns it off
        QVERIFY(!window.compareAction()->isChecked());
        QVERIFY(!window.comparesWithDense());
        QVERIFY(shown.wait(kWaitMs));
        QVERIFY(!window.lastResult()->dense);
    }

    void squeezeNetAtLevelOneSkipsWorkAgainstDense() {
        DYVE_REQUIRE_SHARED();
        const QString model = dyve::test::sharedPath("zoo/squeezenet1.0-dc/model.onnx");
        const QString image =
            dyve::test::sharedPath("data/imagenet-test/images/ILSVRC2012_val_00011811.JPEG");
        if (!QFileInfo::exists(model) || !QFileInfo::exists(image))
            QSKIP("SqueezeNet or its image is absent");
        Loaded l = load(model, {image});
        QVERIFY(l.worker && l.model.profile);
        QVERIFY(!l.model.uniformProfile); // tests/data/profiles/squeezenet1.0-dc.profile.json
        l.worker->setEffort(l.model.profile->settingsAt(1.0));
        l.worker->setCompareWithDense(true);
        const auto result = runInput(*l.worker, 0);
        QVERIFY(result);
        const auto c = DenseEffortComparison::fromResult(*result);
        QVERIFY(c);
        QCOMPARE(c->denseTop.size(), size_t(5));
        QCOMPARE(c->effortTop.size(), size_t(5));
        // Against the dense operations of the model: the tuned knobs skip work. The dense run itself skipped
        // SqueezeNet's zero weights (its sparse products), which EffortConv multiplies, so what it executed
        // (c->denseOps) may be the smaller: the comparison shows what each path ran.
        QVERIFY(c->effortOps < result->dense->run.denseOps());
        QVERIFY(result->dense->run.zeroWeightOps() > 0);
        QCOMPARE(c->denseOps, result->dense->run.denseOps() - result->dense->run.zeroWeightOps());
    }
};

QTEST_MAIN(ComparisonTest)
#include "ui_comparison_test.moc"
