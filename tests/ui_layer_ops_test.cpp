// The per-layer operation bars' data (widgets/layer_ops_series.h, SPEC §6): which layers of a real run get a
// bar (those that multiply-accumulate) with which numbers, and which bars get a label when SqueezeNet's
// 60-odd names do not all fit.
#include "models/layer_ops_series.h"

#include "data/model_card.h"
#include "data/preprocess.h"
#include "effort/effort_profile.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <QtTest>

#include <algorithm>

using dyve::ui::LayerOpsSeries;

namespace {

// A series of `bars` layers with operations, as a deep network gives.
LayerOpsSeries seriesOf(int bars) {
    dyve::RunResult run;
    for (int i = 0; i < bars; ++i) {
        dyve::LayerStats l;
        l.name = "layer" + std::to_string(i);
        l.op = "Conv";
        l.denseOps = l.executedOps = 1000 + i;
        run.layers.push_back(l);
    }
    LayerOpsSeries series;
    series.setResult(run);
    return series;
}

} // namespace

class LayerOpsTest : public QObject {
    Q_OBJECT

private slots:
    void aRealRunGivesABarPerLayerWithOperations() {
        const std::string model =
            dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx").toStdString();
        const dyve::ModelCard card = dyve::loadModelCard(
            dyve::findModelCard(model, {dyve::test::sourcePath("models/cards").toStdString()}));
        dyve::Network network(dyve::loadModel(model));
        network.setEffort(
            dyve::loadEffortProfile(
                dyve::test::sourcePath("tests/data/profiles/fashion-mnist-cnn.profile.json").toStdString())
                .settingsAt(1.0));
        const dyve::Preprocessor pre(card, model);
        const dyve::RunResult run = network.run({pre.toTensor(
            dyve::readImage(dyve::test::sourcePath("resources/samples/0004_shirt.png").toStdString()))});

        LayerOpsSeries series;
        series.setResult(run);
        int bar = 0;
        for (size_t i = 0; i < run.layers.size(); ++i) {
            const dyve::LayerStats& l = run.layers[i];
            if (l.op != "Conv" && l.op != "Gemm" && l.op != "MatMul") {
                QCOMPARE(series.barOfLayer(int(i)), -1);
                continue;
            }
            QCOMPARE(series.barOfLayer(int(i)), bar);
            QCOMPARE(series.layerIndex(bar), int(i));
            QCOMPARE(series.names().at(bar), QString::fromStdString(l.name));
            QCOMPARE(series.dense()[size_t(bar)], double(l.denseOps));
            QCOMPARE(series.executed()[size_t(bar)], double(l.executedOps));
            ++bar;
        }
        QCOMPARE(series.size(), bar);
        QCOMPARE(bar, 6); // four convolutions, fc1 and fc2
        // The effort run executed fewer operations than dense somewhere.
        bool fewer = false;
        for (int b = 0; b < series.size(); ++b)
            fewer = fewer || series.executed()[size_t(b)] < series.dense()[size_t(b)];
        QVERIFY(fewer);
    }

    void aLabelDropsThePathPartsTheNextPartRepeatsAndTheOperator() {
        using dyve::ui::LayerOpsSeries;
        QCOMPARE(LayerOpsSeries::shortName("/features/features.10/conv/conv.0/conv.0.0/Conv", "Conv"),
                 QStringLiteral("features.10/conv.0.0"));
        QCOMPARE(LayerOpsSeries::shortName("/layer1/layer1.0/conv1/Conv", "Conv"),
                 QStringLiteral("layer1.0/conv1"));
        QCOMPARE(LayerOpsSeries::shortName("/conv1/Conv", "Conv"), QStringLiteral("conv1"));
        QCOMPARE(LayerOpsSeries::shortName("/fc1/Gemm", "Gemm"), QStringLiteral("fc1"));
        // Nothing repeated: the name as it is (Caffe's names).
        QCOMPARE(LayerOpsSeries::shortName("fire9/expand3x3", "Conv"), QStringLiteral("fire9/expand3x3"));
        QCOMPARE(LayerOpsSeries::shortName("conv1", "Conv"), QStringLiteral("conv1"));
        QCOMPARE(LayerOpsSeries::shortName("Conv", "Conv"), QStringLiteral("Conv"));
    }

    void everyBarIsLabelledWhenThereIsRoom() {
        const LayerOpsSeries series = seriesOf(10);
        const std::vector<int> labelled = series.labelledBars(20, 400, 3);
        QCOMPARE(labelled, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }

    // 66 bars, room for 21 labels: every fourth, never two closer than that, and the selected one always.
    void crowdedLabelsAreThinnedAroundTheSelectedBar() {
        const LayerOpsSeries series = seriesOf(66);
        for (const int selected : {-1, 0, 10, 41, 65}) {
            const std::vector<int> labelled = series.labelledBars(14, 300, selected);
            QVERIFY(int(labelled.size()) <= 300 / 14 + 1);
            QVERIFY(labelled.size() >= 15);
            QVERIFY(std::is_sorted(labelled.begin(), labelled.end()));
            for (size_t i = 1; i < labelled.size(); ++i)
                QVERIFY2(labelled[i] - labelled[i - 1] >= 4, qPrintable(QString::number(labelled[i])));
            if (selected >= 0) QVERIFY(std::count(labelled.begin(), labelled.end(), selected) == 1);
        }
        QCOMPARE(series.labelledBars(14, 300, -1).front(), 0);
        QCOMPARE(series.labelledBars(14, 300, -1)[1], 4);
    }
};

QTEST_MAIN(LayerOpsTest)
#include "ui_layer_ops_test.moc"
