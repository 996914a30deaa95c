// Runtime channel width (SPEC §4.9, issue 16): a network run at a narrower width computes the first channels
// of every layer of the full-width run from the weights packed at load, each width's head gives its
// result, a model not trained for it warns, and bad widths are clear errors. On the project's
// width-trained Fashion-MNIST CNN (models/width) and the bundled model.
#include "core/errors.h"
#include "data/model_card.h"
#include "eval/model_width.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "runtime/weight_policy.h"
#include "support/cli_run.h"
#include "support/test_paths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace dyve;

namespace {

using dyve::test::CliResult;
using dyve::test::runCli;

std::string widthModel() {
    return test::sourcePath("models/width/fashion-mnist-cnn-width.onnx").toStdString();
}
std::string widthCard() {
    return test::sourcePath("models/width/fashion-mnist-cnn-width.card.json").toStdString();
}
std::string bundledModel() {
    return test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx").toStdString();
}

Tensor randomImage(unsigned seed) {
    Tensor t = Tensor::zeros({1, 1, 28, 28});
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    for (float& v : t.floats)
        v = normal(rng);
    return t;
}

// The graph with every Conv's and Relu's output also a graph output, so that a run shows each layer.
Graph withLayerOutputs(Graph graph) {
    for (const Node& node : graph.nodes)
        if (node.op == "Conv" || node.op == "Relu") graph.outputs.push_back(node.outputs.front());
    return graph;
}

// The outputs of a run by name: the run's own output first, then the graph's others in order.
std::map<std::string, Tensor> byName(const Network& network, const RunResult& result) {
    std::vector<std::string> names = network.graph().outputs;
    if (!network.width().output.empty()) {
        const auto at = std::find(names.begin(), names.end(), network.width().output);
        std::rotate(names.begin(), at, at + 1);
    }
    std::map<std::string, Tensor> outputs;
    for (size_t i = 0; i < names.size(); ++i)
        outputs[names[i]] = result.outputs.at(i);
    return outputs;
}

// The largest difference between `narrow` and the first channels of `full` (both N×C×… with N = 1).
float firstChannelsDifference(const Tensor& narrow, const Tensor& full) {
    const int64_t elements = elementCount(narrow.shape);
    float worst = 0.0f;
    for (int64_t i = 0; i < elements; ++i)
        worst = std::max(worst, std::abs(narrow.floats[size_t(i)] - full.floats[size_t(i)]));
    return worst;
}

} // namespace

class WidthTest : public QObject {
    Q_OBJECT
private slots:
    void theCardListsTheTrainedWidths() {
        const ModelCard card = loadModelCard(widthCard());
        QCOMPARE(card.widthSteps.fractions, (std::vector<double>{0.25, 0.5, 0.75, 1.0}));
        QCOMPARE(card.widthSteps.outputs,
                 (std::vector<std::string>{"logits_width1", "logits_width2", "logits_width3", "logits"}));
        QVERIFY(card.widthSteps.nested);
        QCOMPARE(card.widthSteps.stepOf(0.5), 1);
        QCOMPARE(card.widthSteps.stepOf(0.3), -1);
    }

    // Every Conv and Relu of the width-w run holds exactly the first channels of the full run's (the nesting
    // the training froze), and the run's own output is the full run's head of that width. Both run the dense
    // product: at full width the nesting's zero weights (37.5%) may make the sparse product faster, which
    // sums in another order (within 2e-6 here).
    void aNarrowRunIsTheFirstChannelsOfTheFullRun() {
        const SparseWeights policy = sparseWeights();
        setSparseWeights(SparseWeights::Dense);
        const auto restore = qScopeGuard([policy] { setSparseWeights(policy); });
        Network full(withLayerOutputs(loadModel(widthModel())));
        Network narrow(withLayerOutputs(loadModel(widthModel())));
        const ModelCard card = loadModelCard(widthCard());
        for (unsigned seed = 1; seed <= 3; ++seed) {
            const Tensor image = randomImage(seed);
            const auto fullOut = byName(full, full.run({image}));
            for (size_t step = 0; step + 1 < card.widthSteps.fractions.size(); ++step) {
                const double fraction = card.widthSteps.fractions[step];
                narrow.setWidth({fraction, card.widthSteps.outputs[step]});
                const RunResult result = narrow.run({image});
                const auto narrowOut = byName(narrow, result);
                int layers = 0;
                for (const Node& node : narrow.graph().nodes) {
                    if (node.op != "Conv" && node.op != "Relu") continue;
                    const Tensor& n = narrowOut.at(node.outputs.front());
                    const Tensor& f = fullOut.at(node.outputs.front());
                    QCOMPARE(n.shape.size(), f.shape.size());
                    QCOMPARE(n.shape[1], channelsAtWidth(f.shape[1], fraction));
                    QVERIFY2(firstChannelsDifference(n, f) == 0.0f,
                             qPrintable(QString("%1 at width %2: differs by %3")
                                            .arg(QString::fromStdString(node.name))
                                            .arg(fraction)
                                            .arg(firstChannelsDifference(n, f))));
                    ++layers;
                }
                QCOMPARE(layers, 10); // five convolutions and their ReLUs
                const Tensor& head = result.outputs.front();
                const Tensor& fullHead = fullOut.at(card.widthSteps.outputs[step]);
                QCOMPARE(head.shape, fullHead.shape);
                float worst = 0.0f;
                for (size_t i = 0; i < head.floats.size(); ++i)
                    worst = std::max(worst, std::abs(head.floats[i] - fullHead.floats[i]));
                QVERIFY2(worst <= 1e-5f, qPrintable(QString("head differs by %1").arg(worst)));
            }
        }
    }

    // The model as it runs (activations fused into the convolutions): each width's head equals the full
    // run's, and the work shrinks about with the square of the width.
    void eachWidthsHeadMatchesTheFullRunAndCostsLess() {
        Network full(loadModel(widthModel()));
        Network narrow(loadModel(widthModel()));
        const ModelCard card = loadModelCard(widthCard());
        const Tensor image = randomImage(7);
        const auto fullOut = byName(full, full.run({image}));
        int64_t wider = full.denseOps() + 1;
        for (size_t step = card.widthSteps.fractions.size(); step-- > 0;) {
            narrow.setWidth({card.widthSteps.fractions[step], card.widthSteps.outputs[step]});
            const Tensor head = narrow.run({image}).outputs.front();
            const Tensor& expected = fullOut.at(card.widthSteps.outputs[step]);
            for (size_t i = 0; i < head.floats.size(); ++i)
                QVERIFY(std::abs(head.floats[i] - expected.floats[i]) <= 1e-5f);
            QVERIFY(narrow.denseOps() < wider);
            wider = narrow.denseOps();
        }
        // At a quarter of the channels, about a sixteenth of the multiply-accumulates (the first
        // convolution reads the one image channel whatever the width).
        QVERIFY2(double(wider) < 0.1 * double(full.denseOps()),
                 qPrintable(QString("%1 of %2").arg(wider).arg(full.denseOps())));
        narrow.setWidth({});
        QCOMPARE(narrow.denseOps(), full.denseOps());
    }

    void widthChoiceWarnsWhenTheModelWasNotTrainedForIt() {
        const ModelCard card = loadModelCard(widthCard());
        const WidthChoice trained = chooseWidth(0.5, &card, widthModel());
        QCOMPARE(trained.width.output, std::string("logits_width2"));
        QVERIFY(trained.warning.empty());

        const WidthChoice between = chooseWidth(0.3, &card, widthModel());
        QCOMPARE(between.width.output, std::string("logits_width2"));
        QVERIFY2(QString::fromStdString(between.warning)
                     .contains("trained at widths 25%, 50%, 75%, 100%, not 30%"),
                 between.warning.c_str());

        const WidthChoice truncated = chooseWidth(0.5, nullptr, bundledModel());
        QVERIFY(truncated.width.output.empty());
        QVERIFY2(QString::fromStdString(truncated.warning).startsWith(QString::fromStdString(bundledModel())),
                 truncated.warning.c_str());
        QVERIFY(QString::fromStdString(truncated.warning).contains("not trained to run narrower"));
        QVERIFY(chooseWidth(1.0, nullptr, bundledModel()).warning.empty());
    }

    // A model not trained for widths still runs truncated: fewer operations, scores for every class.
    void aModelNotTrainedForWidthsRunsTruncated() {
        Network network(loadModel(bundledModel()));
        const int64_t fullOps = network.denseOps();
        network.setWidth({0.5, ""});
        const RunResult result = network.run({randomImage(3)});
        QCOMPARE(result.outputs.front().shape, (Shape{1, 10}));
        QVERIFY(network.denseOps() < fullOps / 2);
    }

    void badWidthsAreClearErrors_data() {
        QTest::addColumn<double>("fraction");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("negative") << -0.5;
        QTest::newRow("above one") << 1.5;
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN();
    }
    void badWidthsAreClearErrors() {
        QFETCH(double, fraction);
        Network network(loadModel(bundledModel()));
        try {
            network.setWidth({fraction, ""});
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), bundledModel());
            QVERIFY2(QString(e.what()).contains("is not a share of the channels"), e.what());
        }
        QCOMPARE(network.width().fraction, 1.0);
        QVERIFY_THROWS_EXCEPTION(DataError, chooseWidth(fraction, nullptr, bundledModel()));
    }

    void anOutputTheModelLacksIsAClearError() {
        Network network(loadModel(widthModel()));
        try {
            network.setWidth({0.5, "logits_width9"});
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            QVERIFY2(QString(e.what()).contains("has no output 'logits_width9'"), e.what());
        }
    }

    void effortModeRunsAtFullWidthOnly() {
        Network network(loadModel(bundledModel()));
        network.setWidth({0.5, ""});
        QVERIFY_THROWS_EXCEPTION(DataError, network.setEffort(EffortSettings{}));
    }

    void theCliRunsEvaluatesAndSweepsWidths() {
        if (!QFileInfo(QStringLiteral("/usr/share/datasets/fashion-mnist")).isDir())
            QSKIP("Fashion-MNIST (dataset-fashion-mnist) is not installed");
        const QString model = QString::fromStdString(widthModel());
        const CliResult sweep = runCli({"sweep", model, "--width", "0.25,0.5", "--limit", "1000", "--json"});
        QVERIFY2(sweep.exitCode == 0, sweep.err.constData());
        const QJsonArray points = QJsonDocument::fromJson(sweep.out).object()["points"].toArray();
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[0].toObject()["width"].toDouble(), 1.0);
        QCOMPARE(points[1].toObject()["width"].toDouble(), 0.25);
        QCOMPARE(points[2].toObject()["width"].toDouble(), 0.5);
        // Trained: 91.29% at full width and 89.76% at a quarter on all of t10k (models/width/README.md).
        QVERIFY(points[0].toObject()["top1"].toDouble() > 0.88);
        QVERIFY(points[1].toObject()["top1"].toDouble() > 0.85);
        QVERIFY(points[1].toObject()["ops_executed"].toDouble() <
                points[2].toObject()["ops_executed"].toDouble());
        QVERIFY(points[2].toObject()["ops_executed"].toDouble() <
                points[0].toObject()["ops_executed"].toDouble());
        QVERIFY2(!sweep.err.contains("warning"), sweep.err.constData());

        const CliResult truncated = runCli({"eval", "--width", "0.5", "--limit", "200"});
        QVERIFY2(truncated.exitCode == 0, truncated.err.constData());
        QVERIFY2(truncated.err.contains("warning") && truncated.err.contains("not trained to run narrower"),
                 truncated.err.constData());
        QVERIFY(truncated.out.contains("width:       50%"));

        const CliResult info = runCli({"info", model});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        QVERIFY2(info.out.contains("widths: trained at 25% (logits_width1"), info.out.constData());
    }

    void theCliRefusesBadWidths() {
        for (const QString& bad : {QString("0"), QString("1.5"), QString("half"), QString("")}) {
            const CliResult r = runCli({"run", "--width", bad});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("option --width expects a share of the channels"), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        }
        const CliResult both = runCli({"run", "--width", "0.5", "--effort", "0.5"});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains("--effort runs at full width only"), both.err.constData());
    }
};

QTEST_GUILESS_MAIN(WidthTest)
#include "width_test.moc"
