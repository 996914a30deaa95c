// The width cascade (SPEC §4.9, issue 16): widening a narrower run computes only the new channels and gives
// exactly what a fresh run at the wider width gives; the cascade stops where a head is confident enough,
// counts the work of each width it reached, and refuses what it cannot widen. On the project's
// width-trained Fashion-MNIST CNN (models/width) and Fashion-MNIST's test images.
#include "core/errors.h"
#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "import/model_loader.h"
#include "runtime/weight_policy.h"
#include "runtime/width_cascade.h"
#include "support/test_paths.h"

#include <QScopeGuard>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace dyve;

namespace {

std::string widthModel() {
    return test::sourcePath("models/width/fashion-mnist-cnn-width.onnx").toStdString();
}
ModelCard widthCard() {
    return loadModelCard(test::sourcePath("models/width/fashion-mnist-cnn-width.card.json").toStdString());
}

std::vector<ChannelWidth> cardWidths(const ModelCard& card) {
    std::vector<ChannelWidth> widths;
    for (size_t i = 0; i < card.widthSteps.fractions.size(); ++i)
        widths.push_back({card.widthSteps.fractions[i], card.widthSteps.outputs[i]});
    return widths;
}

// The first Fashion-MNIST test images, as the model's card feeds them.
std::vector<Tensor> testImages(size_t count) {
    const ModelCard card = widthCard();
    const Preprocessor pre(card, widthModel());
    const auto data = openDataset(card.defaultData, count);
    std::vector<Tensor> images;
    for (size_t i = 0; i < data->size(); ++i)
        images.push_back(pre.toTensor(data->image(i)));
    return images;
}

// The graph with every Conv's and Relu's output also a graph output, so that a run shows each layer.
Graph withLayerOutputs(Graph graph) {
    for (const Node& node : graph.nodes)
        if (node.op == "Conv" || node.op == "Relu" || node.op == "MaxPool")
            graph.outputs.push_back(node.outputs.front());
    return graph;
}

bool sameValues(const Tensor& a, const Tensor& b) {
    return a.shape == b.shape && a.floats == b.floats;
}

} // namespace

class WidthCascadeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!QFileInfo::exists(QString::fromStdString(widthCard().defaultData)))
            QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
    }

    void wideningEqualsAFreshRunAtTheWiderWidth() {
        // Every layer's output, and each head, after widening from 25% step by step is bit for bit what a
        // network run afresh at that width computes (the dense product in both: the sparse one sums in
        // another order).
        const SparseWeights policy = sparseWeights();
        setSparseWeights(SparseWeights::Dense);
        const auto restore = qScopeGuard([policy] { setSparseWeights(policy); });
        const ModelCard card = widthCard();
        const Graph graph = withLayerOutputs(loadModel(widthModel()));
        WidthCascade cascade(graph, cardWidths(card));
        std::vector<Network> fresh;
        for (const ChannelWidth& width : cardWidths(card)) {
            fresh.emplace_back(graph);
            fresh.back().setWidth(width);
        }
        int compared = 0;
        for (const Tensor& image : testImages(6)) {
            CascadeRun run;
            std::vector<Tensor> heads;
            cascade.runAll(image, run, heads);
            QCOMPARE(heads.size(), fresh.size());
            QCOMPARE(run.reached, fresh.size() - 1);
            const RunResult full = fresh.back().run({image});
            QCOMPARE(run.result.outputs.size(), full.outputs.size());
            for (size_t o = 0; o < full.outputs.size(); ++o, ++compared)
                QVERIFY2(sameValues(run.result.outputs[o], full.outputs[o]),
                         qPrintable(QString("graph output %1 differs").arg(o)));
            for (size_t w = 0; w < fresh.size(); ++w) {
                const RunResult alone = fresh[w].run({image});
                QVERIFY2(sameValues(heads[w], alone.outputs.front()),
                         qPrintable(QString("the head of width %1 differs").arg(w)));
                QCOMPARE(run.confidences[w], softmaxConfidence(alone.outputs.front()));
            }
        }
        QVERIFY(compared > 6 * 10);
    }

    void wideningComputesOnlyTheNewChannels() {
        // Reaching a width through the cascade costs about that width's own operations, not the sum of every
        // width before it: the convolutions resume at the 8-row panel of their first new channel.
        const SparseWeights policy = sparseWeights();
        setSparseWeights(SparseWeights::Dense);
        const auto restore = qScopeGuard([policy] { setSparseWeights(policy); });
        const ModelCard card = widthCard();
        WidthCascade cascade(loadModel(widthModel()), cardWidths(card));
        CascadeRun run;
        std::vector<Tensor> heads;
        cascade.runAll(testImages(1).front(), run, heads);
        int64_t sumOfFreshRuns = 0;
        for (size_t w = 0; w < cascade.widthCount(); ++w)
            sumOfFreshRuns += cascade.network(w).denseOps();
        const int64_t full = cascade.network(cascade.widthCount() - 1).denseOps();
        const int64_t reached = run.totalExecutedOps();
        QVERIFY2(reached < sumOfFreshRuns * 7 / 10,
                 qPrintable(QString("%1 operations through the cascade, %2 for fresh runs at every width")
                                .arg(reached)
                                .arg(sumOfFreshRuns)));
        QVERIFY2(reached < full * 13 / 10,
                 qPrintable(QString("%1 against %2 at full width").arg(reached).arg(full)));
        // Each widening's operations are those of its own new channels: positive and below a fresh run's.
        for (size_t w = 1; w < run.executedOps.size(); ++w) {
            QVERIFY(run.executedOps[w] > 0);
            QVERIFY(run.executedOps[w] < cascade.network(w).denseOps());
        }
        // The per-layer totals add up to the per-width ones.
        int64_t layers = 0;
        for (const LayerStats& l : run.result.layers)
            layers += l.executedOps;
        QCOMPARE(layers, reached);
    }

    void theCascadeStopsAtTheFirstConfidentHead() {
        const ModelCard card = widthCard();
        WidthCascade cascade(loadModel(widthModel()), cardWidths(card));
        const std::vector<Tensor> images = testImages(40);
        int stoppedEarly = 0, wentOn = 0;
        for (const Tensor& image : images) {
            CascadeRun all;
            std::vector<Tensor> heads;
            cascade.runAll(image, all, heads);
            // Thresholds at the narrowest head's confidence stop there; just above it, go on.
            const double first = all.confidences.front();
            cascade.setThresholds({first, first, first});
            CascadeRun run;
            cascade.run(image, run);
            QCOMPARE(run.reached, size_t(0));
            QVERIFY(sameValues(run.result.outputs.front(), heads.front()));
            if (first < 0.999) {
                const double above = std::nextafter(first, 2.0);
                cascade.setThresholds({above, 1.0, 1.0});
                cascade.run(image, run);
                QVERIFY(run.reached >= 1);
                QCOMPARE(run.confidences.size(), run.reached + 1);
                QVERIFY(sameValues(run.result.outputs.front(), heads[run.reached]));
                ++wentOn;
            }
            ++stoppedEarly;
            cascade.setThresholds({1.0, 1.0, 1.0});
        }
        QVERIFY(wentOn > 0 && stoppedEarly == int(images.size()));
    }

    void badThresholdsAndInputsAreClearErrors() {
        const ModelCard card = widthCard();
        WidthCascade cascade(loadModel(widthModel()), cardWidths(card));
        for (const std::vector<double>& bad :
             {std::vector<double>{0.5}, std::vector<double>{0.5, 0.5, 1.5},
              std::vector<double>{-0.1, 0.5, 0.5}, std::vector<double>{0.5, std::nan(""), 0.5}}) {
            try {
                cascade.setThresholds(bad);
                QFAIL("accepted bad thresholds");
            } catch (const DataError& e) {
                QVERIFY2(QString(e.what()).contains("fashion-mnist-cnn-width.onnx") &&
                             QString(e.what()).contains("threshold"),
                         e.what());
            }
        }
        QCOMPARE(cascade.thresholds(), std::vector<double>(3, 1.0));
        CascadeRun run;
        try {
            cascade.run(Tensor::zeros({2, 1, 28, 28}), run);
            QFAIL("ran a batch of two");
        } catch (const DataError& e) {
            QVERIFY2(QString(e.what()).contains("one image at a time"), e.what());
        }
    }

    void badWidthsAndUnwidenableModelsAreClearErrors() {
        const Graph graph = loadModel(widthModel());
        auto message = [&](const Graph& g, const std::vector<ChannelWidth>& widths) -> QString {
            try {
                WidthCascade cascade(g, widths);
            } catch (const DataError& e) {
                return e.what();
            }
            return {};
        };
        QVERIFY(message(graph, {{1.0, "logits"}}).contains("at least two widths"));
        QVERIFY(message(graph, {{0.5, "logits_width2"}, {0.25, "logits_width1"}}).contains("ascend"));
        QVERIFY(message(graph, {{0.5, "logits_width2"}, {1.0, "no_such_head"}}).contains("no_such_head"));
        // A model with a Concat of channels: a narrower run's values are not the first channels of a
        // wider one's.
        DYVE_REQUIRE_SHARED();
        const Graph squeezenet = loadModel(test::sharedPath("zoo/squeezenet1.0-dc/model.onnx").toStdString());
        const QString concat = message(squeezenet, {{0.5, ""}, {1.0, ""}});
        QVERIFY2(concat.contains("cannot widen") && concat.contains("Concat") &&
                     concat.contains("squeezenet1.0-dc"),
                 qPrintable(concat));
    }
};

QTEST_GUILESS_MAIN(WidthCascadeTest)
#include "width_cascade_test.moc"
