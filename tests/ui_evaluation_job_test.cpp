// Long work in the background (SPEC §6): EvaluationJob runs the engine's evaluate() off the GUI thread with
// progress and cancel, the status bar's JobProgressWidget follows it, and the evaluation page shows its
// figures and running accuracy plot; Tools ▸ Evaluate from the main window.
#include "common/job_progress_widget.h"
#include "evaluation/evaluation_page.h"
#include "evaluation/running_accuracy_plot.h"
#include "jobs/evaluation_job.h"
#include "knobs/knob_panel.h"
#include "main_window.h"

#include "support/bundled_window.h"
#include "support/mismatched_card.h"
#include "support/scratch_settings.h"
#include "support/test_paths.h"

#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "effort/effort_profile.h"

using dyve::ui::BackgroundJob;
using dyve::ui::EvaluationJob;
using dyve::ui::EvaluationPage;
using dyve::ui::EvaluationRequest;
using dyve::ui::JobProgressWidget;
using dyve::ui::MainWindow;

namespace {

constexpr int kWaitMs = 120000; // the machine is shared; nothing here measures time
const QString kFashionMnist = QStringLiteral("/usr/share/datasets/fashion-mnist");

EvaluationRequest samplesRequest(const QString& data = dyve::test::sourcePath("resources/samples")) {
    EvaluationRequest r;
    r.model = dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx");
    r.dataSet = data;
    r.cardDirs = {dyve::test::sourcePath("models/cards").toStdString()};
    return r;
}

bool waitForEnd(BackgroundJob& job) {
    QSignalSpy ended(&job, &BackgroundJob::ended);
    return job.state() != BackgroundJob::State::Running || ended.wait(kWaitMs);
}

} // namespace

class EvaluationJobTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() {
        dyve::test::useScratchSettings(m_settings, QStringLiteral("dyve-studio-evaluation-test"));
        dyve::test::useOpsTunedProfiles(); // knobs on from effort 0.68
    }

    void progressReachesTheEndOnTheSamples() {
        EvaluationJob job(samplesRequest());
        QSignalSpy progress(&job, &BackgroundJob::progressChanged);
        QSignalSpy batches(&job, &EvaluationJob::batchEvaluated);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QVERIFY(job.start());
        QVERIFY(job.isRunning());
        QVERIFY(waitForEnd(job));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.state(), BackgroundJob::State::Finished);
        QCOMPARE(progress.last().at(0).toLongLong(), 40); // resources/samples/labels.txt
        QCOMPARE(progress.last().at(1).toLongLong(), 40);
        QCOMPARE(job.done(), job.total());
        QCOMPARE(batches.count(), 5); // 40 images in batches of 8
        QCOMPARE(job.accuracy().size(), size_t(5));
        QVERIFY(job.report());
        QCOMPARE(job.report()->images, size_t(40));
        QVERIFY(!job.report()->cancelled);
        QVERIFY(job.report()->top1() > 0.5); // the bundled model is ~92 % on Fashion-MNIST
        QVERIFY(job.report()->top5() >= job.report()->top1());
    }

    void cancellingBeforeTheFirstBatchReportsCancelled() {
        EvaluationJob job(samplesRequest());
        QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
        QSignalSpy report(&job, &EvaluationJob::reportReady);
        QVERIFY(job.start());
        job.cancel(); // the work checks between batches: it cannot have finished one yet
        QVERIFY(waitForEnd(job));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(job.state(), BackgroundJob::State::Cancelled);
        QCOMPARE(report.count(), 1);
        QVERIFY(job.report()->cancelled);
        QCOMPARE(job.report()->images, size_t(0));
    }

    void cancellingMidwayStopsEarly() {
        if (!QFileInfo(kFashionMnist).isDir()) QSKIP("Debian's dataset-fashion-mnist is not installed");
        EvaluationRequest request = samplesRequest(kFashionMnist);
        request.batch = 1;
        EvaluationJob job(request);
        QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
        connect(&job, &EvaluationJob::batchEvaluated, &job, &BackgroundJob::cancel);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(job.report());
        QVERIFY(job.report()->cancelled);
        QVERIFY(job.report()->images >= 1);
        QVERIFY(job.report()->images < 10000);
        QVERIFY(job.done() < job.total());
    }

    void aMissingDataSetFailsWithAMessageNamingIt() {
        EvaluationJob job(samplesRequest(QStringLiteral("/nonexistent/labels.txt")));
        QSignalSpy failed(&job, &BackgroundJob::failed);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("/nonexistent/labels.txt")));
        QCOMPARE(job.state(), BackgroundJob::State::Failed);
    }

    void aCardNamingOtherThanTheModelsClassCountFailsNamingIt() {
        QTemporaryDir dir;
        EvaluationRequest request = samplesRequest();
        request.model = dyve::test::bundledModelWithTwoClassCard(dir);
        request.cardDirs = {};
        EvaluationJob job(request);
        QSignalSpy failed(&job, &BackgroundJob::failed);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(dir.filePath("m.card.json") + ": names 2 classes"),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!job.report());
    }

    void aModelFileChangedSinceItWasOpenedIsRefused() {
        EvaluationRequest request = samplesRequest();
        request.modelSha256 = QString(64, QLatin1Char('0')); // what the window opened: another file
        EvaluationJob job(request);
        QSignalSpy failed(&job, &BackgroundJob::failed);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(job.state(), BackgroundJob::State::Failed);
        QCOMPARE(failed.at(0).at(0).toString(),
                 request.model + ": changed on disk since it was opened; open it again to use the new file");
    }

    // SPEC §8: a model file replaced while the window has it open. The evaluation would run the new file
    // under the old one's name and profile; it refuses, says why, and the window keeps working.
    void theWindowRefusesToEvaluateAModelReplacedOnDisk() {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("fashion_mnist_cnn.onnx"));
        QVERIFY(QFile::copy(samplesRequest().model, model));
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.show();
        window.start(model);
        QVERIFY(shown.wait(kWaitMs) || !shown.isEmpty());

        QFile file(model); // another model under the same name: here its last weight changed
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() - 2));
        QVERIFY(file.putChar(0x3f));
        file.close();

        QSignalSpy errors(&window, &MainWindow::errorShown);
        QVERIFY(window.evaluateDataSet(dyve::test::sourcePath("resources/samples")));
        QVERIFY(waitForEnd(*window.evaluationJob()));
        QCOMPARE(window.evaluationJob()->state(), BackgroundJob::State::Failed);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.last().at(0).toString().contains(model + ": changed on disk since it was opened"),
                 qPrintable(errors.last().at(0).toString()));
        shown.clear();
        window.stepForward();
        QVERIFY(shown.wait(kWaitMs));
    }

    void aJobRunsAgainAfterItEnded() {
        EvaluationRequest request = samplesRequest();
        request.limit = 8;
        EvaluationJob job(request);
        QVERIFY(job.start());
        QVERIFY(!job.start()); // not twice at once
        QVERIFY(waitForEnd(job));
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(job.state(), BackgroundJob::State::Finished);
        QCOMPARE(job.accuracy().size(), size_t(1));
    }

    void theProgressWidgetFollowsTheJobAndItsCancelButtonCancels() {
        JobProgressWidget widget;
        EvaluationJob job(samplesRequest());
        widget.track(&job);
        QVERIFY(widget.isHidden());
        QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
        QVERIFY(job.start());
        QVERIFY(!widget.isHidden());
        widget.cancelButton()->click();
        QVERIFY(waitForEnd(job));
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(widget.isHidden());
    }

    void theProgressBarReachesTheEnd() {
        JobProgressWidget widget;
        EvaluationJob job(samplesRequest());
        widget.track(&job);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(widget.progressBar()->maximum(), 40);
        QCOMPARE(widget.progressBar()->value(), 40);
    }

    void thePageShowsTheFiguresAndTheRunningAccuracy() {
        EvaluationPage page;
        EvaluationJob job(samplesRequest());
        page.track(&job);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(page.plot()->pointCount(), 5);
        QVERIFY(page.top1Text().endsWith(QStringLiteral(" %")));
        QVERIFY(page.speedText() != QStringLiteral("—"));
        QVERIFY(page.stateText().contains(QStringLiteral("40")));
    }

    void theWindowEvaluatesTheOpenDataSet() {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.show();
        window.start();
        QVERIFY(shown.wait(kWaitMs) || !shown.isEmpty());
        QVERIFY(window.evaluateDataSet(dyve::test::sourcePath("resources/samples")));
        QVERIFY(window.evaluationJob());
        QVERIFY(!window.jobProgress()->isHidden());
        QVERIFY(!window.evaluateDataSet(dyve::test::sourcePath("resources/samples"))); // one at a time
        QVERIFY(waitForEnd(*window.evaluationJob()));
        QCOMPARE(window.evaluationJob()->state(), BackgroundJob::State::Finished);
        QVERIFY(window.jobProgress()->isHidden());
        QCOMPARE(window.evaluationPage()->plot()->pointCount(), 5);
        // The live view kept working meanwhile, on its own engine.
        shown.clear();
        window.stepForward();
        QVERIFY(shown.wait(kWaitMs));
    }

    // SPEC §6: Tools ▸ Evaluate runs the setting the knob shows, says which, and runs dense beside it.
    void anEffortEvaluationComparesItsTopOnesWithDense() {
        EvaluationRequest request = samplesRequest();
        request.effort =
            dyve::loadEffortProfile(
                dyve::test::sourcePath("tests/data/profiles/fashion-mnist-cnn.profile.json").toStdString())
                .settingsAt(1.0);
        request.setting = QStringLiteral("effort 1.00 (profile fashion-mnist-cnn.profile.json)");
        request.withDense = true;
        EvaluationJob job(request);
        QVERIFY(job.title().endsWith(request.setting));
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(job.state(), BackgroundJob::State::Finished);
        QVERIFY(job.report() && job.report()->effortMode);
        QVERIFY(job.report()->executedOps < job.report()->denseOps);
        QVERIFY(job.denseBeside());
        const dyve::EvalReport& dense = job.denseBeside()->dense;
        QVERIFY(!dense.effortMode);
        QCOMPARE(dense.images, job.report()->images);
        QCOMPARE(dense.predictions.size(), dense.images);
        int differ = 0;
        for (size_t i = 0; i < dense.predictions.size(); ++i)
            differ += dense.predictions[i] != job.report()->predictions[i];
        QCOMPARE(job.denseBeside()->disagreements.size(), differ);
    }

    void theWindowEvaluatesAtTheKnobsSettingAndSaysWhich() {
        MainWindow window;
        QVERIFY(dyve::test::startBundled(window, kWaitMs));
        QSignalSpy knob(&window, &MainWindow::knobChangeShown);
        window.knobPanel()->setLevel(0.8);
        QVERIFY(knob.wait(kWaitMs));
        QVERIFY(window.evaluateDataSet(dyve::test::sourcePath("resources/samples")));
        QVERIFY(waitForEnd(*window.evaluationJob()));
        const EvaluationJob& job = *window.evaluationJob();
        QCOMPARE(job.state(), BackgroundJob::State::Finished);
        QVERIFY(job.request().effort);
        QCOMPARE(job.request().setting,
                 QStringLiteral("effort 0.80 (profile fashion-mnist-cnn.profile.json)"));
        QVERIFY(job.report()->effortMode);
        QVERIFY(job.denseBeside());
        QVERIFY2(window.evaluationPage()->denseText().contains(QStringLiteral("differs on")),
                 qPrintable(window.evaluationPage()->denseText()));
        // The images evaluated, once, though the job ran them twice.
        QCOMPARE(window.evaluationPage()->stateText(),
                 QStringLiteral("Finished: %1 images").arg(job.report()->images));

        knob.clear();
        window.knobPanel()->setLevel(0.0);
        QVERIFY(knob.wait(kWaitMs));
        QVERIFY(window.evaluateDataSet(dyve::test::sourcePath("resources/samples")));
        QVERIFY(waitForEnd(*window.evaluationJob()));
        QVERIFY(!window.evaluationJob()->report()->effortMode);
        QVERIFY(window.evaluationJob()->request().setting.startsWith(QStringLiteral("dense")));
        QVERIFY(!window.evaluationJob()->denseBeside());
    }
};

QTEST_MAIN(EvaluationJobTest)
#include "ui_evaluation_job_test.moc"
