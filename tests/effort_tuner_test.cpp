// Tuning and sweeping (SPEC §4.7, §5.1 `dyve tune`, `dyve sweep`) on the bundled model and real
// Fashion-MNIST images: the profile the tuner writes keeps its promise on the tuning set, its levels climb
// from dense to effort 1, and a sweep measures every level against dense.
#include "core/errors.h"
#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "eval/evaluator.h"
#include "eval/image_batches.h"
#include "eval/sweep.h"
#include "eval/tuner.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "runtime/threading.h"
#include "support/test_paths.h"

#include <QtTest>

#include <atomic>

using namespace dyve;

namespace {

const char* kFashionTrain = "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz";

std::string bundledModel() {
    return test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx").toStdString();
}

Preprocessor bundledPreprocessor() {
    const std::string card = findModelCard(bundledModel(), {test::sourcePath("models/cards").toStdString()});
    return Preprocessor(loadModelCard(card), bundledModel());
}

#define REQUIRE_FASHION_MNIST()                                                                              \
    do {                                                                                                     \
        if (!QFileInfo::exists(kFashionTrain)) QSKIP("dataset-fashion-mnist is absent");                     \
    } while (0)

// The first training images (the tuning set of these tests; the test split stays unseen).
ImageBatches tuningImages(size_t count) {
    const auto data = openDataset(kFashionTrain, count);
    return prepareImageBatches(*data, bundledPreprocessor(), 0, 8);
}

// Each image's top-1 class under the network's current mode.
std::vector<int> classesOf(Network& network, const ImageBatches& images) {
    std::vector<int> classes;
    for (const Tensor& batch : images.batches) {
        const RunResult r = network.run({batch});
        const int64_t n = batch.shape[0], k = r.outputs[0].size() / n;
        for (int64_t i = 0; i < n; ++i) {
            const float* row = r.outputs[0].floats.data() + i * k;
            classes.push_back(static_cast<int>(std::max_element(row, row + k) - row));
        }
    }
    return classes;
}

} // namespace

class EffortTunerTest : public QObject {
    Q_OBJECT

private slots:
    void preparedBatchesHoldTheImagesInOrder() {
        REQUIRE_FASHION_MNIST();
        const ImageBatches all = tuningImages(20);
        QCOMPARE(all.images(), size_t(20));
        QCOMPARE(all.batches.size(), size_t(3)); // 8 + 8 + 4
        QCOMPARE(all.batches.back().shape[0], int64_t(4));
        const ImageBatches part = firstImages(all, 10);
        QCOMPARE(part.images(), size_t(10));
        QCOMPARE(part.batches.size(), size_t(2));
        QCOMPARE(part.batches[1].shape[0], int64_t(2));
        QCOMPARE(part.labels, std::vector<int>(all.labels.begin(), all.labels.begin() + 10));
    }

    void tunedProfileStaysWithinTheBudgetOnTheTuningSet() {
        REQUIRE_FASHION_MNIST();
        Network network(loadModel(bundledModel()));
        const ImageBatches tuning = tuningImages(240);
        TuneOptions options;
        options.budgetPp = 1.0;
        options.objective = TuneObjective::Ops;
        options.screenImages = 32;
        options.data = kFashionTrain;
        std::vector<std::string> stages;
        options.progress = [&](const TuneProgress& p) {
            if (stages.empty() || stages.back() != p.stage) stages.push_back(p.stage);
        };
        const TuneResult result = tuneEffort(network, tuning, options);
        QVERIFY(!result.cancelled);
        QCOMPARE(stages, (std::vector<std::string>{"calibration", "reference", "sensitivity", "search"}));
        QVERIFY(!network.effortMode());

        const EffortProfile& p = result.profile;
        QVERIFY(p.tuned.has_value());
        QCOMPARE(p.tuned->images, int64_t(240));
        QCOMPARE(p.tuned->objective, std::string("ops"));
        QCOMPARE(p.calibration.size(), network.effortLayers().size());
        // Levels climb from dense to 1, each a kept step.
        QVERIFY(p.levels.size() >= 2);
        QCOMPARE(p.levels.front().effort, 0.0);
        QVERIFY(p.levels.front().layers.empty());
        QCOMPARE(p.levels.back().effort, 1.0);
        for (size_t i = 1; i < p.levels.size(); ++i)
            QVERIFY(p.levels[i].effort > p.levels[i - 1].effort);
        QCOMPARE(result.steps, p.levels.size() - 1);
        QVERIFY(result.opsReduction > 1.0);
        QVERIFY(result.top1 >= result.denseTop1 - 0.01 - 1e-9);

        // Its effort 1 reproduces what the tuner measured, and keeps dense's top-1 class on all but
        // (1 − guard band) · budget of the images: 0.8 % of 240, 1 image.
        network.setDense();
        const std::vector<int> denseClasses = classesOf(network, tuning);
        network.setEffort(p.settingsAt(1.0));
        size_t correct = 0, image = 0, changed = 0;
        double executed = 0.0, dense = 0.0;
        for (const Tensor& batch : tuning.batches) {
            const RunResult r = network.run({batch});
            const int64_t n = batch.shape[0], classes = r.outputs[0].size() / n;
            for (int64_t i = 0; i < n; ++i, ++image) {
                const float* row = r.outputs[0].floats.data() + i * classes;
                const int best = static_cast<int>(std::max_element(row, row + classes) - row);
                correct += best == tuning.labels[image];
                changed += best != denseClasses[image];
            }
            executed += double(r.executedOps());
            dense += double(r.denseOps());
        }
        QVERIFY2(changed <= 1, qPrintable(QString::number(changed)));
        QCOMPARE(1.0 - double(changed) / double(tuning.images()), result.agreement);
        QCOMPARE(p.tuned->agreement, result.agreement);
        QCOMPARE(double(correct) / double(tuning.images()), result.top1);
        QVERIFY(std::fabs(dense / executed - result.opsReduction) < 1e-6 * result.opsReduction);

        // The Pareto table: effort 0 and every level chosen, in order of effort.
        int chosen = 0;
        for (const ParetoPoint& point : p.pareto)
            if (point.chosen) {
                QVERIFY(point.effort.has_value());
                QCOMPARE(*point.effort, p.levels[static_cast<size_t>(chosen)].effort);
                ++chosen;
            }
        QCOMPARE(chosen, int(p.levels.size()));
    }

    // The time objective keeps a knob only where the clock says its layer got faster: every layer it timed
    // is in the profile with its dense and effort times at each timing thread count, a layer on the effort
    // path at effort 1 is exactly one that was measured faster there, and every level carries its
    // whole-network time. (No time is asserted: which layers pay is the machine's to say.)
    void timeObjectiveShipsOnlyLayersMeasuredFaster() {
        REQUIRE_FASHION_MNIST();
        Network network(loadModel(bundledModel()));
        const ImageBatches tuning = tuningImages(64);
        TuneOptions options;
        options.budgetPp = 2.0;
        options.screenImages = 16;
        options.timingRepeats = 3;
        options.timingThreads = {1, 2};
        std::vector<std::string> stages;
        options.progress = [&](const TuneProgress& p) {
            if (stages.empty() || stages.back() != p.stage) stages.push_back(p.stage);
        };
        const int threadsBefore = threadCount();
        const TuneResult result = tuneEffort(network, tuning, options);
        QCOMPARE(threadCount(), threadsBefore);
        QCOMPARE(stages.back(), std::string("timing"));
        const EffortProfile& p = result.profile;
        QCOMPARE(p.tuned->objective, std::string("time"));
        QVERIFY(!p.layerTiming.empty());
        for (const EffortLevel& level : p.levels) {
            QCOMPARE(level.ms.size(), size_t(2));
            QVERIFY(level.ms.at(1) > 0.0 && level.ms.at(2) > 0.0);
        }
        QCOMPARE(result.denseMs, p.levels.front().ms);
        QCOMPARE(result.effortMs, p.levels.back().ms);
        const auto atOne = p.knobsAt(1.0);
        for (const auto& [layer, timing] : p.layerTiming) {
            QVERIFY(!timing.setting.empty());
            QCOMPARE(timing.denseMs.size(), size_t(2));
            QCOMPARE(timing.effortMs.size(), size_t(2));
            QCOMPARE(timing.chosen, atOne.count(layer) == 1);
        }
        for (const auto& [layer, knobs] : atOne) {
            QVERIFY(p.layerTiming.count(layer));
            QVERIFY(p.layerTiming.at(layer).chosen);
        }
    }

    void zeroBudgetLosesNoImageDenseGotRight() {
        REQUIRE_FASHION_MNIST();
        Network network(loadModel(bundledModel()));
        const ImageBatches tuning = tuningImages(96);
        TuneOptions options;
        options.budgetPp = 0.0;
        options.screenImages = 16;
        const TuneResult result = tuneEffort(network, tuning, options);
        for (const ParetoPoint& point : result.profile.pareto)
            if (point.chosen) QVERIFY(point.top1 >= result.denseTop1 - 1e-9 || point.effort == 0.0);
    }

    void cancelStopsAndKeepsWhatWasFound() {
        REQUIRE_FASHION_MNIST();
        Network network(loadModel(bundledModel()));
        const ImageBatches tuning = tuningImages(64);
        std::atomic<bool> cancel{false};
        TuneOptions options;
        options.screenImages = 16;
        options.cancel = &cancel;
        options.progress = [&](const TuneProgress& p) {
            if (p.stage == "sensitivity") cancel = true;
        };
        const TuneResult result = tuneEffort(network, tuning, options);
        QVERIFY(result.cancelled);
        QCOMPARE(result.profile.levels.size(), size_t(1)); // effort 0 only: the search never ran
        QVERIFY(!network.effortMode());
    }

    void emptyTuningSetIsRejected() {
        Network network(loadModel(bundledModel()));
        QVERIFY_THROWS_EXCEPTION(DataError, tuneEffort(network, ImageBatches{}, TuneOptions{}));
    }

    void sweepMeasuresDenseThenEveryLevel() {
        REQUIRE_FASHION_MNIST();
        Network network(loadModel(bundledModel()));
        const auto data = openDataset(kFashionTrain, 40);
        const Preprocessor pre = bundledPreprocessor();
        const EffortProfile uniform = uniformEffortProfile(network.effortLayers(), {});
        const std::vector<SweepPoint> points = sweepEffort(network, uniform, {0.0, 1.0}, *data, pre);
        QCOMPARE(points.size(), size_t(3));
        QVERIFY(!points[0].effort.has_value());
        QCOMPARE(points[0].report.executedOps, points[0].report.denseOps);
        QVERIFY(!points[0].report.effortMode);
        QVERIFY(points[1].report.effortMode);
        // Effort 0 skips only all-zero maps; effort 1 skips more.
        QVERIFY(points[1].report.executedOps <= points[0].report.executedOps);
        QVERIFY(points[2].report.executedOps < points[1].report.executedOps);
        QCOMPARE(points[1].report.top1Correct, points[0].report.top1Correct);
        QVERIFY(!network.effortMode());
        // The per-layer totals carry the mechanisms' counts.
        int64_t interpolated = 0;
        for (const EvalLayerTotals& l : points[2].report.layers)
            interpolated += l.effort.sdssInterpolated;
        QVERIFY(interpolated > 0);
    }

    void sweepAlongOneMechanismTurnsTheOthersOff() {
        EffortSettings s;
        ConvKnobs k;
        k.spet.tau = 0.0f;
        k.sdss.theta = 0.5f;
        k.sfma.nu = 0.1f;
        s.knobs["a"] = k;
        const ConvKnobs only = keepMechanisms(s, SweepMechanisms::Sdss).knobs.at("a");
        QVERIFY(!only.spet.enabled());
        QCOMPARE(only.sdss.theta, 0.5f);
        QVERIFY(!only.sfma.enabled());
    }
};

QTEST_APPLESS_MAIN(EffortTunerTest)
#include "effort_tuner_test.moc"
