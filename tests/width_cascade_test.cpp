// The width cascade (SPEC §4.9, issue 16): widening a narrower run computes only the new channels and gives
// exactly what a fresh run at the wider width gives; the cascade stops where a head is confident enough,
// counts the work of each width it reached, and refuses what it cannot widen. On the project's
// width-trained Fashion-MNIST CNN (models/width) and Fashion-MNIST's test images.
#include "core/errors.h"
#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "eval/cascade_tuner.h"
#include "import/model_loader.h"
#include "runtime/threading.h"
#include "runtime/weight_policy.h"
#include "runtime/width_cascade.h"
#include "support/test_paths.h"

#include <QScopeGuard>
#include <QtTest>

#include <tuple>

#include <algorithm>
#include <cmath>
#include <random>

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

Attribute ints(std::vector<int64_t> values) {
    Attribute a;
    a.kind = Attribute::Kind::Ints;
    a.ints = std::move(values);
    return a;
}

// Nested weights of a convolution at widths 25/50/75/100%: output row r of width step j (the rows
// [⌈f_{j-1}·C_out⌉, ⌈f_j·C_out⌉)) reads the input channels below ⌈f_j·C_in⌉ (all of them for an image input,
// `inputNarrows` false) and has zero weights for the rest.
Tensor nestedWeights(int64_t out, int64_t in, int64_t k, bool inputNarrows, std::mt19937& rng) {
    std::normal_distribution<float> normal(0.0f, 0.3f);
    Tensor w = Tensor::zeros({out, in, k, k});
    const double fractions[] = {0.25, 0.5, 0.75, 1.0};
    for (int64_t r = 0; r < out; ++r) {
        size_t step = 0;
        while (r >= channelsAtWidth(out, fractions[step]))
            ++step;
        const int64_t reads = inputNarrows ? channelsAtWidth(in, fractions[step]) : in;
        for (int64_t c = 0; c < reads; ++c)
            for (int64_t i = 0; i < k * k; ++i)
                w.floats[size_t((r * in + c) * k * k + i)] = normal(rng);
    }
    return w;
}

Tensor randomTensor(Shape shape, std::mt19937& rng) {
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Tensor t = Tensor::zeros(std::move(shape));
    for (float& v : t.floats)
        v = normal(rng);
    return t;
}

// A nested width-trained network of the channel counts that widen mid-panel (16 and 20 channels: 4, 8, 12 and
// 5, 10, 15 at the narrower widths): 3×3 convolutions on the shifted product, one of stride 2 unfolded, a
// residual block, a 1×1 convolution, a max pool, and a head per width on the pooled features.
// A global average pool of `last`, and a classifier head per width reading the first features[j] of it.
void addHeads(Graph& g, const std::string& last, const int64_t (&features)[4], std::mt19937& rng) {
    g.nodes.push_back(Node{"gap", "GlobalAveragePool", {last}, {"gp"}, {}});
    g.nodes.push_back(Node{"flatten", "Flatten", {"gp"}, {"features"}, {}});
    const char* heads[] = {"logits_width1", "logits_width2", "logits_width3", "logits"};
    for (int j = 0; j < 4; ++j) {
        const std::string n = std::to_string(j);
        g.initializers["starts" + n] = Tensor::ofInts({1}, {0});
        g.initializers["ends" + n] = Tensor::ofInts({1}, {features[j]});
        g.initializers["axes" + n] = Tensor::ofInts({1}, {1});
        g.nodes.push_back(
            Node{"slice" + n, "Slice", {"features", "starts" + n, "ends" + n, "axes" + n}, {"f" + n}, {}});
        g.initializers["head" + n + ".w"] = randomTensor({10, features[j]}, rng);
        g.initializers["head" + n + ".b"] = randomTensor({10}, rng);
        Node gemm{"head" + n, "Gemm", {"f" + n, "head" + n + ".w", "head" + n + ".b"}, {heads[j]}, {}};
        Attribute transB;
        transB.i = 1;
        gemm.attributes["transB"] = transB;
        g.nodes.push_back(gemm);
    }
    g.outputs = {"logits", "logits_width3", "logits_width2", "logits_width1"};
}

Graph midPanelGraph() {
    std::mt19937 rng(16);
    Graph g;
    g.sourceFile = "mid_panel_widths.onnx";
    g.inputs = {{"x", {1, 3, 16, 16}}};
    auto conv = [&](const std::string& name, const std::string& in, const std::string& out, int64_t cout,
                    int64_t cin, int64_t k, int64_t stride, bool inputNarrows) {
        g.initializers[name + ".w"] = nestedWeights(cout, cin, k, inputNarrows, rng);
        g.initializers[name + ".b"] = randomTensor({cout}, rng);
        Node node{name, "Conv", {in, name + ".w", name + ".b"}, {out}, {}};
        const int64_t pad = k / 2;
        node.attributes["pads"] = ints({pad, pad, pad, pad});
        node.attributes["strides"] = ints({stride, stride});
        g.nodes.push_back(node);
    };
    conv("conv1", "x", "c1", 16, 3, 3, 1, false);
    g.nodes.push_back(Node{"relu1", "Relu", {"c1"}, {"r1"}, {}});
    conv("conv2a", "r1", "c2a", 16, 16, 3, 1, true);
    g.nodes.push_back(Node{"relu2a", "Relu", {"c2a"}, {"r2a"}, {}});
    conv("conv2", "r2a", "c2", 16, 16, 3, 1, true);
    g.nodes.push_back(Node{"add2", "Add", {"c2", "r1"}, {"s2"}, {}});
    g.nodes.push_back(Node{"relu2", "Relu", {"s2"}, {"r2"}, {}});
    conv("conv3", "r2", "c3", 20, 16, 1, 1, true);
    g.nodes.push_back(Node{"relu3", "Relu", {"c3"}, {"r3"}, {}});
    Node pool{"pool3", "MaxPool", {"r3"}, {"p3"}, {}};
    pool.attributes["kernel_shape"] = ints({2, 2});
    pool.attributes["strides"] = ints({2, 2});
    g.nodes.push_back(pool);
    conv("conv4", "p3", "c4", 20, 20, 5, 2, true);
    g.nodes.push_back(Node{"relu4", "Relu", {"c4"}, {"r4"}, {}});
    const int64_t features[] = {5, 10, 15, 20};
    addHeads(g, "r4", features, rng);
    return g;
}

// A nested network whose second convolution has 160 output channels at full width, more than the shifted
// product takes (128), and 40 to 120 at the narrower widths, which take it.
Graph wideLastGraph() {
    std::mt19937 rng(21);
    Graph g;
    g.sourceFile = "wide_last_width.onnx";
    g.inputs = {{"x", {1, 3, 12, 12}}};
    for (const auto& [name, in, out, cout, cin] :
         {std::tuple<std::string, std::string, std::string, int64_t, int64_t>{"conv1", "x", "c1", 16, 3},
          {"conv2", "r1", "c2", 160, 16}}) {
        g.initializers[name + ".w"] = nestedWeights(cout, cin, 3, name != "conv1", rng);
        g.initializers[name + ".b"] = randomTensor({cout}, rng);
        Node node{name, "Conv", {in, name + ".w", name + ".b"}, {out}, {}};
        node.attributes["pads"] = ints({1, 1, 1, 1});
        g.nodes.push_back(node);
        g.nodes.push_back(Node{"relu" + name.substr(4), "Relu", {out}, {"r" + name.substr(4)}, {}});
    }
    const int64_t features[] = {40, 80, 120, 160};
    addHeads(g, "r2", features, rng);
    return g;
}

std::vector<ChannelWidth> midPanelWidths() {
    return {{0.25, "logits_width1"}, {0.5, "logits_width2"}, {0.75, "logits_width3"}, {1.0, "logits"}};
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

    void wideningMidPanelEqualsAFreshRun() {
        // Channel counts that are not multiples of a panel's eight rows: the convolutions resume at the
        // second half of a panel (the four-row product) on the shifted, unfolded and 1×1 paths, in a residual
        // block and before a max pool, at one thread and at two; bit for bit a fresh run's, head by head and
        // layer by layer.
        const SparseWeights policy = sparseWeights();
        const int threads = threadCount();
        setSparseWeights(SparseWeights::Dense);
        const auto restore = qScopeGuard([policy, threads] {
            setSparseWeights(policy);
            setThreadCount(threads);
        });
        for (const bool layerOutputs : {false, true}) {
            for (const int t : {1, 2}) {
                setThreadCount(t);
                Graph graph = midPanelGraph();
                if (layerOutputs)
                    for (const char* value : {"c1", "r2", "c3", "p3", "c4"})
                        graph.outputs.push_back(value);
                WidthCascade cascade(graph, midPanelWidths());
                std::vector<Network> fresh;
                for (const ChannelWidth& width : midPanelWidths()) {
                    fresh.emplace_back(graph);
                    fresh.back().setWidth(width);
                }
                std::mt19937 rng(7);
                for (int image = 0; image < 3; ++image) {
                    const Tensor x = randomTensor({1, 3, 16, 16}, rng);
                    CascadeRun run;
                    std::vector<Tensor> heads;
                    cascade.runAll(x, run, heads);
                    for (size_t w = 0; w < fresh.size(); ++w)
                        QVERIFY2(sameValues(heads[w], fresh[w].run({x}).outputs.front()),
                                 qPrintable(QString("head %1, %2 threads").arg(w).arg(t)));
                    const RunResult full = fresh.back().run({x});
                    for (size_t o = 0; o < full.outputs.size(); ++o)
                        QVERIFY2(sameValues(run.result.outputs[o], full.outputs[o]),
                                 qPrintable(QString("output %1, %2 threads").arg(o).arg(t)));
                }
                // The 16-channel convolutions resumed at rows 4, 8 and 12: through the cascade conv2 costs
                // four rows per width at that width's depth, less than a fresh run at full width that
                // computes the first panel at its depth (8 channels) and the second at 16.
                CascadeRun run;
                std::vector<Tensor> heads;
                cascade.runAll(randomTensor({1, 3, 16, 16}, rng), run, heads);
                const size_t conv2 = fresh.back().stepOf("conv2");
                const int64_t perPosition = 9 * 256;
                QCOMPARE(run.result.layers[conv2].executedOps, 4 * (4 + 8 + 12 + 16) * perPosition);
            }
        }
    }

    void wideningPadsAfreshWhereTheWidestConvolutionIsNotShifted() {
        // The narrower networks' convolutions pad their input into the widest network's padded copy, and a
        // widening pads only the new channels; where the widest one has no such copy (160 output channels
        // are multiplied unfolded), every width pads all of its input again: image after image, each head
        // is a fresh run's, bit for bit.
        const SparseWeights policy = sparseWeights();
        const int threads = threadCount();
        setSparseWeights(SparseWeights::Dense);
        setThreadCount(1);
        const auto restore = qScopeGuard([policy, threads] {
            setSparseWeights(policy);
            setThreadCount(threads);
        });
        const Graph graph = wideLastGraph();
        WidthCascade cascade(graph, midPanelWidths());
        std::vector<Network> fresh;
        for (const ChannelWidth& width : midPanelWidths()) {
            fresh.emplace_back(graph);
            fresh.back().setWidth(width);
        }
        std::mt19937 rng(9);
        for (int image = 0; image < 3; ++image) {
            const Tensor x = randomTensor({1, 3, 12, 12}, rng);
            CascadeRun run;
            std::vector<Tensor> heads;
            cascade.runAll(x, run, heads);
            for (size_t w = 0; w < fresh.size(); ++w)
                QVERIFY2(sameValues(heads[w], fresh[w].run({x}).outputs.front()),
                         qPrintable(QString("image %1, head %2").arg(image).arg(w)));
        }
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

    void theTunerPicksTheCheapestThresholdsWithinTheBudgetOrNone() {
        // 100 images at two widths: 85 that the narrow head gets right with confidence 0.9, 10 it gets wrong
        // with 0.4, 5 wrong with 0.95 (over-confident). The narrow run costs 0.1 ms, widening 0.2 ms.
        CascadeObservations o;
        o.fractions = {0.5, 1.0};
        for (int i = 0; i < 100; ++i) {
            const bool wrong = i >= 85;
            const double confidence = i < 85 ? 0.9 : i < 95 ? 0.4 : 0.95;
            o.predictions.push_back({wrong ? 1 : 0, 0});
            o.confidences.push_back({confidence, 0.99});
            o.labels.push_back(0);
        }
        o.stepMs = {0.1, 0.2};
        o.stepOps = {1e6, 3e6};
        o.fullWidthMs = 0.25;
        o.fullWidthOps = 4e6;
        // A budget of 5 pp with no guard band: the 5 over-confident images may move, so 0.9 stops 90.
        const CascadeOutcome loose = chooseThresholds(o, 5.0, 0.0);
        QCOMPARE(loose.thresholds.size(), size_t(1));
        QVERIFY(loose.thresholds[0] > 0.4 && loose.thresholds[0] <= 0.9);
        QCOMPARE(loose.agreement, 0.95);
        QCOMPARE(loose.stopShare[0], 0.9);
        QVERIFY(std::abs(loose.ms - (0.1 + 0.1 * 0.2)) < 1e-12);
        // Within 1 pp only a threshold above 0.95 keeps them: then every image widens, slower than the full
        // width alone, so the level stays at the full width.
        const CascadeOutcome strict = chooseThresholds(o, 1.0, 0.0);
        QVERIFY(strict.thresholds.empty());
        QCOMPARE(strict.stopShare.back(), 1.0);
        QCOMPARE(strict.ms, 0.25);
        QCOMPARE(strict.agreement, 1.0);
        // And a cascade that would not save time is not taken even when no image moves.
        o.fullWidthMs = 0.11;
        QVERIFY(chooseThresholds(o, 5.0, 0.0).thresholds.empty());
    }

    void aLargerBudgetNeverCostsMoreTime() {
        // Random observations of four widths (seeded): confidences, answers that agree with the full width's
        // the more often the more confident, and step times. Each level's thresholds keep within its share
        // of the budget and cost no more expected time than the level below.
        std::mt19937 random(16);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        int slowerWithoutCarrying = 0;
        for (int trial = 0; trial < 3000; ++trial) {
            CascadeObservations o;
            o.fractions = {0.25, 0.5, 0.75, 1.0};
            for (int i = 0; i < 40; ++i) {
                std::vector<int> answers;
                std::vector<double> confidences;
                for (int w = 0; w < 4; ++w) {
                    const double confidence = unit(random);
                    confidences.push_back(confidence);
                    answers.push_back(w == 3 || unit(random) < 0.5 + 0.5 * confidence ? 0 : 1 + w);
                }
                o.predictions.push_back(answers);
                o.confidences.push_back(confidences);
                o.labels.push_back(0);
            }
            o.stepMs = {0.05 + 0.1 * unit(random), 0.05 + 0.1 * unit(random), 0.05 + 0.1 * unit(random),
                        0.05 + 0.1 * unit(random)};
            o.stepOps = {1e6, 2e6, 3e6, 4e6};
            o.fullWidthMs = 0.3;
            o.fullWidthOps = 1e7;
            const double budget = 1.0 + 39.0 * unit(random);
            const std::vector<CascadeOutcome> levels = chooseLevels(o, budget, 0.2);
            QCOMPARE(levels.size(), size_t(4));
            for (size_t l = 0; l < levels.size(); ++l) {
                QVERIFY(1.0 - levels[l].agreement <= kLevelShares[l] * budget * 0.8 / 100.0 + 1e-12);
                if (l > 0) QVERIFY2(levels[l].ms <= levels[l - 1].ms, qPrintable(QString::number(trial)));
                if (l > 0 && chooseThresholds(o, kLevelShares[l] * budget, 0.2).ms > levels[l - 1].ms)
                    ++slowerWithoutCarrying;
            }
        }
        // The greedy search alone does land on slower thresholds for a larger budget here.
        QVERIFY(slowerWithoutCarrying > 0);
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
