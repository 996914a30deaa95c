// InferenceWorker (widgets/, SPEC §6 "the GUI never blocks; latest value wins; no queue builds up"): the
// engine on its own thread, job ids, superseded requests dropped, errors reported, the model's effort
// profile found or calibrated, and effort jobs (SPEC §4.6, §4.7), on the bundled model.
#include "jobs/inference_worker.h"

#include "support/engine_hold.h"
#include "support/mismatched_card.h"
#include "support/test_paths.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include <QDir>

#include "data/model_card.h"
#include "data/preprocess.h"
#include "import/model_loader.h"

#include <opencv2/imgcodecs.hpp>

using dyve::test::EngineHold;
using dyve::ui::InferenceJob;
using dyve::ui::InferenceResult;
using dyve::ui::InferenceWorker;
using dyve::ui::ModelSummary;
using dyve::ui::RunMode;

namespace {

constexpr int kWaitMs = 60000; // generous: the machine is shared; nothing here measures time

std::vector<std::string> cardDirs() {
    return {dyve::test::sourcePath("models/cards").toStdString()};
}

std::vector<std::string> profileDirs() {
    return {dyve::test::opsTunedProfilesDir().toStdString()};
}

// A worker on `model` (the bundled one by default) and the sample images; `summary` receives the model's
// summary.
std::unique_ptr<InferenceWorker>
readyWorker(std::vector<std::string> profiles = profileDirs(), ModelSummary* summary = nullptr,
            const QString& model = dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx")) {
    auto worker = std::make_unique<InferenceWorker>(cardDirs(), std::move(profiles));
    QSignalSpy loaded(worker.get(), &InferenceWorker::modelLoaded);
    QSignalSpy opened(worker.get(), &InferenceWorker::inputsOpened);
    worker->loadModel(model);
    worker->openInputs({dyve::test::sourcePath("resources/samples")});
    if (!opened.wait(kWaitMs) && opened.isEmpty()) return nullptr;
    if (loaded.isEmpty()) return nullptr;
    if (summary) *summary = loaded.at(0).at(0).value<ModelSummary>();
    return worker;
}

InferenceResult waitForResult(InferenceWorker& worker, quint64 id, bool* ok) {
    QSignalSpy ready(&worker, &InferenceWorker::resultReady);
    *ok = ready.wait(kWaitMs) && ready.at(0).at(0).value<quint64>() == id;
    return *ok ? ready.at(0).at(1).value<InferenceResult>() : InferenceResult{};
}

} // namespace

class InferenceWorkerTest : public QObject {
    Q_OBJECT

private slots:
    void runsARequestAndDeliversItsResult() {
        auto worker = readyWorker();
        QVERIFY(worker);
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        const quint64 id = worker->request({3});
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(ready.at(0).at(0).value<quint64>(), id);
        const auto result = ready.at(0).at(1).value<InferenceResult>();
        QCOMPARE(result.inputIndex, 3);
        QCOMPARE(result.top.size(), size_t(5));
        QVERIFY(result.label >= 0); // resources/samples is labelled
        QVERIFY(!result.run.layers.empty());
        QVERIFY(!result.image.isNull());
    }

    void requestsFasterThanTheEngineRunOnlyTheNewest() {
        auto worker = readyWorker();
        QVERIFY(worker);
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        QSignalSpy started(worker.get(), &InferenceWorker::jobStarted);
        QSignalSpy superseded(worker.get(), &InferenceWorker::superseded);
        quint64 newest = 0;
        {
            EngineHold hold(worker->engineThread());
            for (int i = 0; i < 20; ++i)
                newest = worker->request({i % 10});
        }
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).value<quint64>(), newest);
        QCOMPARE(ready.at(0).at(1).value<InferenceResult>().inputIndex, 19 % 10);
        // No queue: the 19 older requests were dropped without running.
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).value<quint64>(), newest);
        QCOMPARE(superseded.count(), 19);
    }

    void aResultOvertakenByANewerRequestIsDropped() {
        auto worker = readyWorker();
        QVERIFY(worker);
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        QSignalSpy superseded(worker.get(), &InferenceWorker::superseded);
        // The first may or may not have started when the second arrives; either way only the second counts.
        const quint64 first = worker->request({0});
        const quint64 second = worker->request({1});
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).value<quint64>(), second);
        QCOMPARE(superseded.count(), 1);
        QCOMPARE(superseded.at(0).at(0).value<quint64>(), first);
    }

    void anUnreadableImageReportsAnErrorNamingIt() {
        auto worker = readyWorker();
        QVERIFY(worker);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("not_an_image.png"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a PNG");
        f.close();
        QSignalSpy opened(worker.get(), &InferenceWorker::inputsOpened);
        worker->openInputs({bad});
        QVERIFY(opened.wait(kWaitMs));
        QSignalSpy failed(worker.get(), &InferenceWorker::failed);
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        const quint64 id = worker->request({0});
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(failed.at(0).at(0).value<quint64>(), id);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("not_an_image.png")));
        QCOMPARE(ready.count(), 0);
    }

    void aFailedModelLoadKeepsTheModelThatWasLoaded() {
        auto worker = readyWorker();
        QVERIFY(worker);
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.onnx"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(300, '\x7f'));
        f.close();
        QSignalSpy failed(worker.get(), &InferenceWorker::modelFailed);
        worker->loadModel(broken);
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("broken.onnx")));
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        worker->request({2});
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(ready.at(0).at(1).value<InferenceResult>().inputIndex, 2);
    }

    void aCardNamingOtherThanTheModelsClassCountIsRefused() {
        QTemporaryDir dir;
        const QString model = dyve::test::bundledModelWithTwoClassCard(dir);
        InferenceWorker worker({});
        QSignalSpy failed(&worker, &InferenceWorker::modelFailed);
        QSignalSpy loaded(&worker, &InferenceWorker::modelLoaded);
        worker.loadModel(model);
        QVERIFY(failed.wait(kWaitMs));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(dir.filePath("m.card.json") + ": names 2 classes but the model"),
                 qPrintable(message));
        QCOMPARE(loaded.count(), 0);
    }

    void theModelSummaryNamesTheModelsProfileAndEffortLayers() {
        ModelSummary summary;
        auto worker = readyWorker(profileDirs(), &summary);
        QVERIFY(worker);
        QVERIFY(summary.profile.has_value());
        QVERIFY(!summary.uniformProfile);
        QVERIFY(summary.profileSource.endsWith(QStringLiteral("fashion-mnist-cnn.profile.json")));
        QVERIFY(summary.effortProblem.isEmpty());
        QCOMPARE(summary.effortLayers,
                 QStringList({"/conv1/Conv", "/conv2/Conv", "/conv3/Conv", "/conv4/Conv", "/fc1/Gemm"}));
        QCOMPARE(summary.profile->levels.back().effort, 1.0);
    }

    void withoutAProfileTheUniformMappingIsCalibratedOnTheCardsData() {
        if (!QFileInfo::exists(QStringLiteral("/usr/share/datasets/fashion-mnist")))
            QSKIP("the card's default data (dataset-fashion-mnist) is not installed");
        ModelSummary summary;
        auto worker = readyWorker({}, &summary);
        QVERIFY(worker);
        QVERIFY(summary.profile.has_value());
        QVERIFY(summary.uniformProfile);
        QVERIFY2(summary.profileSource.contains(QStringLiteral("64 images")),
                 qPrintable(summary.profileSource));
        QVERIFY(summary.profileSource.contains(QStringLiteral("fashion-mnist")));
        // Calibrated: every effort layer has its measured scales.
        QCOMPARE(summary.profile->calibration.size(), size_t(summary.effortLayers.size()));
        QVERIFY(summary.profile->calibration.at("/conv2/Conv").preActStd != 1.0f);
    }

    void anEffortJobReportsWhatEachEffortLayerDid() {
        ModelSummary summary;
        auto worker = readyWorker(profileDirs(), &summary);
        QVERIFY(worker && summary.profile);
        worker->setEffort(summary.profile->settingsAt(1.0));
        bool ok = false;
        const InferenceResult result = waitForResult(*worker, worker->request({4}), &ok);
        QVERIFY(ok);
        QVERIFY(result.effortRun);
        QVERIFY(!result.dense); // no comparison asked for
        QCOMPARE(result.effort.size(), result.run.layers.size());
        int effortLayers = 0;
        for (size_t i = 0; i < result.effort.size(); ++i) {
            QCOMPARE(result.effort[i].has_value(), result.run.layers[i].effortPath);
            if (!result.effort[i]) continue;
            ++effortLayers;
            // The heatmaps' masks are recorded.
            QVERIFY(!result.effort[i]->masks.neurons.empty() || !result.effort[i]->masks.inputMaps.empty());
        }
        // The layers whose knobs the profile turns on at level 1; the others run their dense layer.
        int withKnobs = 0;
        const dyve::EffortSettings settings = summary.profile->settingsAt(1.0);
        for (const auto& [name, knobs] : settings.knobs)
            withKnobs += knobs.lossy();
        QVERIFY(effortLayers > 0);
        QCOMPARE(effortLayers, withKnobs);
        QVERIFY(effortLayers <= summary.effortLayers.size());
        QVERIFY(result.run.executedOps() < result.run.denseOps());
    }

    void aDenseJobAfterAnEffortJobRunsDense() {
        ModelSummary summary;
        auto worker = readyWorker(profileDirs(), &summary);
        QVERIFY(worker && summary.profile);
        worker->setEffort(summary.profile->settingsAt(1.0));
        bool ok = false;
        QVERIFY(waitForResult(*worker, worker->request({4}), &ok).effortRun);
        worker->setEffort(std::nullopt);
        const InferenceResult dense = waitForResult(*worker, worker->request({4}), &ok);
        QVERIFY(ok);
        QVERIFY(!dense.effortRun);
        QVERIFY(dense.effort.empty());
        QCOMPARE(dense.run.executedOps(), dense.run.denseOps());
    }

    // Issue 16: a job at a narrower width runs that width's head, dense even with effort settings, and
    // gives what the engine gives at that width; loading a model returns to full width.
    void aJobAtAWidthRunsThatWidthDense() {
        const QString model = dyve::test::sourcePath("models/width/fashion-mnist-cnn-width.onnx");
        ModelSummary summary;
        auto worker = readyWorker(profileDirs(), &summary, model);
        QVERIFY(worker);
        QCOMPARE(summary.widthSteps.outputs.size(), size_t(4));
        bool ok = false;
        const InferenceResult full = waitForResult(*worker, worker->request({2}), &ok);
        QVERIFY(ok);
        QCOMPARE(full.width, 1.0);

        worker->setWidth({0.25, "logits_width1"});
        const InferenceResult narrow = waitForResult(*worker, worker->request({2}), &ok);
        QVERIFY(ok);
        QCOMPARE(narrow.width, 0.25);
        QVERIFY(!narrow.effortRun);
        QVERIFY(narrow.run.executedOps() * 5 < full.run.executedOps());
        // The full run computed every head: the narrow run's is the full run's logits_width1 (the nesting;
        // within float rounding, as the full width may take the sparse product).
        const dyve::Tensor& head = narrow.run.outputs.front();
        const dyve::Tensor& fromFull = full.run.outputs.at(3);
        QCOMPARE(head.shape, fromFull.shape);
        for (size_t i = 0; i < head.floats.size(); ++i)
            QVERIFY(std::abs(head.floats[i] - fromFull.floats[i]) <= 1e-5f);

        QSignalSpy loaded(worker.get(), &InferenceWorker::modelLoaded);
        worker->loadModel(model);
        QVERIFY(loaded.wait(kWaitMs));
        const InferenceResult again = waitForResult(*worker, worker->request({2}), &ok);
        QVERIFY(ok);
        QCOMPARE(again.width, 1.0);
    }

    // Issue 16: the Fashion width model's committed profile runs the width cascade; a job at one of its
    // levels stops at the first width whose head is sure enough, answers with that head, and says where it
    // stopped, with the full width's channels of every layer for the heatmaps. Level 0 is the full width.
    void aJobAtACascadeLevelStopsWhereItsHeadIsSure() {
        const QString model = dyve::test::sourcePath("models/width/fashion-mnist-cnn-width.onnx");
        ModelSummary summary;
        auto worker = readyWorker({dyve::test::sourcePath("models/profiles").toStdString()}, &summary, model);
        QVERIFY(worker);
        QVERIFY(summary.profile && summary.profile->drivesWidthCascade());
        const dyve::EffortSettings level1 = summary.profile->settingsAt(1.0);
        QCOMPARE(level1.widthThresholds.size(), size_t(3));

        // The engine's own full-width run of each input gives every head (the nesting).
        dyve::Network full(dyve::loadModel(model.toStdString()));
        const dyve::ModelCard card = dyve::loadModelCard(
            dyve::test::sourcePath("models/width/fashion-mnist-cnn-width.card.json").toStdString());
        const dyve::Preprocessor pre(card, model.toStdString());
        worker->setEffort(level1, 1.0);
        int stoppedEarly = 0;
        for (int input = 0; input < 12; ++input) {
            bool ok = false;
            const InferenceResult r = waitForResult(*worker, worker->request({input}), &ok);
            QVERIFY(ok);
            QVERIFY(r.cascade.has_value());
            const dyve::ui::CascadeReach& reach = *r.cascade;
            QCOMPARE(reach.confidences.size(), reach.reached + 1);
            for (size_t w = 0; w < reach.reached; ++w)
                QVERIFY(reach.confidences[w] < reach.thresholds[w]);
            if (reach.reached + 1 < reach.fractions.size()) {
                QVERIFY(reach.confidences.back() >= reach.thresholds[reach.reached]);
                ++stoppedEarly;
            }
            QCOMPARE(r.width, reach.fractions[reach.reached]);
            QCOMPARE(reach.fullWidthChannels.size(), r.run.layers.size());
            const cv::Mat image = cv::imread(dyve::test::sourcePath("resources/samples").toStdString() + "/" +
                                                 QDir(dyve::test::sourcePath("resources/samples"))
                                                     .entryList(QDir::Files, QDir::Name)[input]
                                                     .toStdString(),
                                             cv::IMREAD_UNCHANGED);
            const dyve::RunResult fresh = full.run({pre.toTensor(image)});
            // logits, logits_width3, logits_width2, logits_width1: the head of width w is output 3 − w.
            const dyve::Tensor& head = fresh.outputs.at(3 - reach.reached);
            const dyve::Tensor& answer = r.run.outputs.front();
            QCOMPARE(answer.shape, head.shape);
            for (size_t i = 0; i < head.floats.size(); ++i)
                QVERIFY(std::abs(answer.floats[i] - head.floats[i]) <= 1e-5f);
            QVERIFY(r.run.executedOps() < fresh.executedOps() || reach.reached == 3);
        }
        QVERIFY(stoppedEarly > 0);

        worker->setEffort(summary.profile->settingsAt(0.0), 0.0);
        bool ok = false;
        const InferenceResult dense = waitForResult(*worker, worker->request({0}), &ok);
        QVERIFY(ok);
        QVERIFY(!dense.cascade);
        QCOMPARE(dense.width, 1.0);
    }

    void aJobsOwnModeWinsOverTheWorkers() {
        ModelSummary summary;
        auto worker = readyWorker(profileDirs(), &summary);
        QVERIFY(worker && summary.profile);
        worker->setEffort(summary.profile->settingsAt(1.0));
        InferenceJob job(1);
        job.mode = RunMode{}; // dense, whatever the worker was told
        bool ok = false;
        const InferenceResult result = waitForResult(*worker, worker->request(job), &ok);
        QVERIFY(ok);
        QVERIFY(!result.effortRun);
    }

    void knobChangesFasterThanTheEngineRunOnlyTheNewestSetting() {
        ModelSummary summary;
        auto worker = readyWorker(profileDirs(), &summary);
        QVERIFY(worker && summary.profile);
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        QSignalSpy started(worker.get(), &InferenceWorker::jobStarted);
        QSignalSpy superseded(worker.get(), &InferenceWorker::superseded);
        quint64 newest = 0;
        {
            EngineHold hold(worker->engineThread());
            // A slider dragged across the levels: each step sets the effort and re-runs input 2.
            for (int step = 0; step <= 10; ++step) {
                const double level = step / 10.0;
                worker->setEffort(
                    step == 0 ? std::nullopt
                              : std::optional<dyve::EffortSettings>(summary.profile->settingsAt(level)));
                newest = worker->request({2});
            }
            // The last one, at level 1, is what must run.
        }
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).value<quint64>(), newest);
        const auto result = ready.at(0).at(1).value<InferenceResult>();
        QVERIFY(result.effortRun);
        QVERIFY(result.run.executedOps() < result.run.denseOps());
        QCOMPARE(started.count(), 1);
        QCOMPARE(superseded.count(), 10);
    }

    void loadingAModelReturnsToTheDensePath() {
        ModelSummary summary;
        auto worker = readyWorker(profileDirs(), &summary);
        QVERIFY(worker && summary.profile);
        worker->setEffort(summary.profile->settingsAt(1.0));
        QVERIFY(worker->runMode().effort);
        QSignalSpy loaded(worker.get(), &InferenceWorker::modelLoaded);
        worker->loadModel(summary.path);
        QVERIFY(!worker->runMode().effort);
        QVERIFY(loaded.wait(kWaitMs));
        bool ok = false;
        QVERIFY(!waitForResult(*worker, worker->request({0}), &ok).effortRun);
        QVERIFY(ok);
    }
};

QTEST_MAIN(InferenceWorkerTest)
#include "ui_inference_worker_test.moc"
