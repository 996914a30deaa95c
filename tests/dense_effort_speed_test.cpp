// The measured speed-up of the effort path over the dense path on one input (bench/dense_effort_speed.h,
// SPEC §9): what it runs and how it summarises the runs. No assertion on a time: only on counts, on the
// arithmetic, and on the state the network is left in.
#include "bench/dense_effort_speed.h"

#include "data/model_card.h"
#include "effort/effort_profile.h"
#include "eval/model_effort.h"
#include "eval/opened_model.h"

#include "support/test_paths.h"

#include <QtTest>

using namespace dyve;

namespace {

DenseEffortSpeed withSamples(std::vector<double> dense, std::vector<double> effort) {
    DenseEffortSpeed s;
    s.dense = summarize(std::move(dense));
    s.effort = summarize(std::move(effort));
    return s;
}

} // namespace

class DenseEffortSpeedTest : public QObject {
    Q_OBJECT

private slots:
    void theSpeedUpIsTheRatioOfTheMedians() {
        const DenseEffortSpeed s = withSamples({10, 12, 11, 30, 10}, {5, 6, 5.5, 5, 20});
        QCOMPARE(s.runs(), 5);
        QCOMPARE(s.speedup(), 11.0 / 5.5);
    }

    void aSlowerEffortPathIsBelowOne() {
        const DenseEffortSpeed s = withSamples({10, 10, 10}, {12, 12, 12});
        QVERIFY(s.speedup() < 1.0);
        QCOMPARE(s.spread(), 0.0);
    }

    void theSpreadIsHalfTheInterquartileRangeOfThePairRatios() {
        // Pair ratios 1, 2, 3, 4, 5: quartiles 2 and 4, so ±1 around a speed-up of 3 (medians 3 and 1).
        const DenseEffortSpeed s = withSamples({1, 2, 3, 4, 5}, {1, 1, 1, 1, 1});
        QCOMPARE(s.speedup(), 3.0);
        QCOMPARE(s.spread(), 1.0 / 3.0);
    }

    void aMeasurementTimesBothPathsAsOftenAndLeavesTheEffortSettings() {
        ModelOpening what;
        what.model = test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx").toStdString();
        what.cardDirs = {test::sourcePath("models/cards").toStdString()};
        OpenedModel opened = openModel(what);
        Network network(std::move(opened.graph));
        const EffortProfile profile = *findModelEffortProfile(
            opened.modelFile, {}, {test::sourcePath("models/profiles").toStdString()}, network);
        network.setRecordMasks(true);
        const Tensor input = Tensor::zeros(opened.pre->inputShape());
        const EffortSettings settings = profile.settingsAt(1.0);

        const DenseEffortSpeed s = measureDenseEffortSpeed(network, {input}, settings, 5);
        QCOMPARE(s.dense.samples.size(), size_t(5));
        QCOMPARE(s.effort.samples.size(), size_t(5));
        QVERIFY(s.dense.medianMs > 0.0 && s.effort.medianMs > 0.0);
        QCOMPARE(s.layerNames.size(), network.layers().size());
        QCOMPARE(s.denseLayerMs.size(), network.layers().size());
        QCOMPARE(s.effortLayerMs.size(), network.layers().size());
        QCOMPARE(s.layerNames.front(), network.layers().front().name);
        QVERIFY(network.effortMode());
        QVERIFY(network.recordsMasks());
        QVERIFY(s.spread() >= 0.0);
    }
};

QTEST_APPLESS_MAIN(DenseEffortSpeedTest)
#include "dense_effort_speed_test.moc"
