// The effort path wired into the Network (SPEC §4.6): which layers take it on real models, that with every
// knob off it reproduces the dense outputs (the lossless zero-map skipping included), that the graph and
// buffer rewrites it needs leave the dense path bit-identical, and the accounting and masks of a run.
#include "core/errors.h"
#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace dyve;

namespace {

std::string bundledModel() {
    return test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx").toStdString();
}
std::string zoo(const std::string& relative) {
    return test::sharedPath(QString::fromStdString("zoo/" + relative)).toStdString();
}

ModelCard cardFor(const std::string& model) {
    const std::string file = findModelCard(model, {test::sourcePath("models/cards").toStdString()});
    if (file.empty()) throw DataError(model, "no card in models/cards");
    return loadModelCard(file);
}

// A batch of the first `count` images of a data set, preprocessed for the model.
Tensor realBatch(const std::string& model, const std::string& data, int count) {
    const ModelCard card = cardFor(model);
    const Preprocessor pre(card, model);
    const auto set = openDataset(data, static_cast<size_t>(count));
    Tensor batch = Tensor::zeros(pre.inputShape(count));
    for (int i = 0; i < count; ++i)
        pre.fill(set->image(static_cast<size_t>(i)), batch, i);
    return batch;
}

Tensor bundledBatch(int count) {
    const std::string fashion = "/usr/share/datasets/fashion-mnist";
    if (QFileInfo(QString::fromStdString(fashion)).isDir()) return realBatch(bundledModel(), fashion, count);
    // The sample images of the embedded default (resources/samples), repeated.
    const ModelCard card = cardFor(bundledModel());
    const Preprocessor pre(card, bundledModel());
    const QStringList samples =
        QDir(test::sourcePath("resources/samples")).entryList({"*.png"}, QDir::Files, QDir::Name);
    Tensor batch = Tensor::zeros(pre.inputShape(count));
    for (int i = 0; i < count; ++i)
        pre.fill(
            readImage(test::sourcePath("resources/samples/" + samples[i % samples.size()]).toStdString()),
            batch, i);
    return batch;
}

double relativeL2(const Tensor& a, const Tensor& b) {
    double diff = 0.0, norm = 0.0;
    for (size_t i = 0; i < b.floats.size(); ++i) {
        diff += std::pow(double(a.floats[i]) - b.floats[i], 2);
        norm += std::pow(double(b.floats[i]), 2);
    }
    return std::sqrt(diff / std::max(norm, 1e-30));
}

const LayerInfo* layerNamed(const Network& network, const std::string& name) {
    for (const LayerInfo& l : network.layers())
        if (l.name == name) return &l;
    return nullptr;
}

// Every Conv and Gemm layer, split by whether it takes the effort path.
std::pair<std::set<std::string>, std::set<std::string>> eligibility(const Network& network) {
    std::set<std::string> eligible, dense;
    for (const LayerInfo& l : network.layers()) {
        if (l.op != "Conv" && l.op != "Gemm") continue;
        (l.effortEligible ? eligible : dense).insert(l.name);
        if (!l.effortEligible && l.effortIneligibility.empty())
            qWarning() << "no reason given for" << l.name.c_str();
    }
    return {eligible, dense};
}

// Runs dense and in effort mode with every knob off, the effort layers through their EffortConv all the same
// (exactLayersViaEffort); checks SPEC §4.6's identities on every layer.
void verifyAllOffMatchesDense(Network& network, const Tensor& input, double tolerance = 1e-5) {
    network.setDense();
    const RunResult dense = network.run({input});
    EffortSettings allOff;
    allOff.exactLayersViaEffort = true;
    network.setEffort(allOff);
    const RunResult effort = network.run({input});
    network.setDense();
    for (size_t o = 0; o < dense.outputs.size(); ++o) {
        const double error = relativeL2(effort.outputs[o], dense.outputs[o]);
        QVERIFY2(error <= tolerance, qPrintable(QString("output %1: relative L2 %2").arg(o).arg(error)));
    }
    int effortLayers = 0;
    for (const LayerStats& l : effort.layers) {
        if (!l.effortPath) {
            QCOMPARE(l.executedOps, l.denseOps - l.zeroWeightOps); // a sparse product skips zero weights
            continue;
        }
        QCOMPARE(l.zeroWeightOps, int64_t(0)); // EffortConv multiplies every weight
        ++effortLayers;
        const LayerEffortStats& s = l.effort;
        QCOMPARE(l.executedOps, s.executedOps);
        QCOMPARE(s.executedOps, s.partialOps + s.completionOps + s.overheadOps);
        QCOMPARE(s.denseOps, l.denseOps);
        QVERIFY(s.executedOps <= s.denseOps + s.overheadOps);
        QCOMPARE(s.spetTerminated + s.sdssInterpolated + s.sfmaApproximated, int64_t(0));
        QVERIFY(l.masks.neurons.empty()); // not asked for
    }
    QVERIFY(effortLayers > 0);
    int64_t sum = 0;
    for (const LayerStats& l : effort.layers)
        sum += l.executedOps;
    QCOMPARE(effort.executedOps(), sum);
    QCOMPARE(effort.denseOps(), dense.denseOps());
    QCOMPARE(dense.executedOps(), dense.denseOps() - dense.zeroWeightOps());
}

// The same graph with the values named kept as graph outputs: every pattern that would rectify or rewrite
// them early is then off, which is the dense path as it was before the effort patterns.
Tensor outputWithoutPatterns(Graph graph, const std::vector<std::string>& keep, const Tensor& input) {
    const size_t outputs = graph.outputs.size();
    for (const std::string& v : keep)
        graph.outputs.push_back(v);
    Network network(std::move(graph));
    RunResult r = network.run({input});
    r.outputs.resize(outputs);
    return r.outputs.front();
}

bool bitIdentical(const Tensor& a, const Tensor& b) {
    return a.shape == b.shape && a.floats == b.floats;
}

// Knobs that make every mechanism do something, for the accounting tests.
EffortSettings aggressive(const Network& network) {
    EffortSettings s;
    for (const std::string& name : network.effortLayers()) {
        ConvKnobs k;
        k.spet.checkpoints = {0.25f};
        k.spet.tau = 0.0f;
        k.sdss.stride = 2;
        k.sdss.theta = 0.3f;
        k.sfma.nu = 0.2f;
        s.knobs[name] = k;
    }
    return s;
}

} // namespace

class EffortNetworkTest : public QObject {
    Q_OBJECT

private slots:
    // --- which layers take the effort path ---------------------------------------------------------

    void bundledModelEligibility() {
        const Network network(loadModel(bundledModel()));
        const auto [eligible, dense] = eligibility(network);
        QCOMPARE(eligible, (std::set<std::string>{"/conv1/Conv", "/conv2/Conv", "/conv3/Conv", "/conv4/Conv",
                                                  "/fc1/Gemm"}));
        QCOMPARE(dense, std::set<std::string>{"/fc2/Gemm"});
        QVERIFY(
            QString::fromStdString(layerNamed(network, "/fc2/Gemm")->effortIneligibility).contains("ReLU"));
        QCOMPARE(layerNamed(network, "/relu5/Relu")->effortHead, std::string("/fc1/Gemm"));
    }

    void resnet20EveryConvButTheShortcutsIsEligible() {
        DYVE_REQUIRE_SHARED();
        const Network network(loadModel(zoo("resnet20-cifar10/model.onnx")));
        const auto [eligible, dense] = eligibility(network);
        QCOMPARE(int(eligible.size()), 19); // the stem and 18 block convolutions, 9 of them residual
        QCOMPARE(dense, (std::set<std::string>{"/layer2/layer2.0/downsample/downsample.0/Conv",
                                               "/layer3/layer3.0/downsample/downsample.0/Conv", "/fc/Gemm"}));
        QVERIFY(QString::fromStdString(
                    layerNamed(network, "/layer2/layer2.0/downsample/downsample.0/Conv")->effortIneligibility)
                    .contains("shortcut"));
        QVERIFY(eligible.count("/layer2/layer2.0/conv2/Conv"));
        QCOMPARE(layerNamed(network, "/layer1/layer1.0/Add")->effortHead,
                 std::string("/layer1/layer1.0/conv2/Conv"));
    }

    void residualConvolutionIsMovedBeforeItsAdd() {
        DYVE_REQUIRE_SHARED();
        const Network network(loadModel(zoo("resnet20-cifar10/model.onnx")));
        const std::vector<LayerInfo>& layers = network.layers();
        for (size_t i = 0; i + 1 < layers.size(); ++i)
            if (layers[i + 1].op == "Add") QVERIFY2(layers[i].effortEligible, layers[i].name.c_str());
        QCOMPARE(layers.size(), network.graph().nodes.size());
    }

    void squeezenetEveryConvIsEligible() {
        DYVE_REQUIRE_SHARED();
        const Network network(loadModel(zoo("squeezenet1.0-dc/model.onnx")));
        const auto [eligible, dense] = eligibility(network);
        QCOMPARE(int(eligible.size()), 26);
        QVERIFY(dense.empty());
    }

    void cifar10QuickConvBeforeMaxPoolIsEligible() {
        DYVE_REQUIRE_SHARED();
        const Network network(loadModel(zoo("cifar10-quick/deploy.prototxt")));
        const auto [eligible, dense] = eligibility(network);
        QCOMPARE(eligible, (std::set<std::string>{"conv1", "conv2", "conv3"}));
        QCOMPARE(dense, (std::set<std::string>{"ip1", "ip2"}));
        QCOMPARE(layerNamed(network, "relu1")->effortHead, std::string("conv1"));
    }

    // --- every knob off reproduces dense --------------------------------------------------------------

    void allOffReproducesDenseOnTheBundledModel() {
        verifyAllOffMatchesDense(*std::make_unique<Network>(loadModel(bundledModel())), bundledBatch(4));
    }

    void allOffReproducesDenseOnCifar10Quick() {
        DYVE_REQUIRE_SHARED();
        const std::string model = zoo("cifar10-quick/deploy.prototxt");
        Network network(loadModel(model));
        verifyAllOffMatchesDense(network,
                                 realBatch(model, test::sharedPath("data/cifar10-test").toStdString(), 4));
    }

    void allOffReproducesDenseOnResnet20() {
        DYVE_REQUIRE_SHARED();
        const std::string model = zoo("resnet20-cifar10/model.onnx");
        Network network(loadModel(model));
        verifyAllOffMatchesDense(network,
                                 realBatch(model, test::sharedPath("data/cifar10-test").toStdString(), 1));
    }

    void allOffReproducesDenseOnSqueezenet() {
        DYVE_REQUIRE_SHARED();
        const std::string model = zoo("squeezenet1.0-dc/model.onnx");
        Network network(loadModel(model));
        verifyAllOffMatchesDense(network,
                                 realBatch(model, test::sharedPath("data/imagenet-test").toStdString(), 1));
    }

    void levelZeroIsTheDensePath() {
        // Every knob off: every layer runs its dense layer in effort mode too (SPEC §4.7: level 0 is the
        // dense path, the fastest exact one), so the outputs, the operations and the layers' paths are the
        // dense run's.
        DYVE_REQUIRE_SHARED();
        for (const char* name : {"resnet20-cifar10/model.onnx", "squeezenet1.0-dc/model.onnx"}) {
            const std::string model = zoo(name);
            const std::string data =
                std::string(name).rfind("resnet", 0) == 0 ? "data/cifar10-test" : "data/imagenet-test";
            const Tensor input = realBatch(model, test::sharedPath(data.c_str()).toStdString(), 1);
            Network network(loadModel(model));
            const RunResult reference = network.run({input});
            network.setEffort(EffortSettings{});
            const RunResult levelZero = network.run({input});
            QVERIFY(bitIdentical(levelZero.outputs.front(), reference.outputs.front()));
            QCOMPARE(levelZero.executedOps(), reference.executedOps());
            for (const LayerStats& l : levelZero.layers)
                QVERIFY2(!l.effortPath, l.name.c_str());
        }
    }

    void zeroMapsAreSkippedLosslessly() {
        DYVE_REQUIRE_SHARED();
        const std::string model = zoo("resnet20-cifar10/model.onnx");
        Network network(loadModel(model));
        EffortSettings allOff;
        allOff.exactLayersViaEffort = true;
        network.setEffort(allOff);
        const RunResult r =
            network.run({realBatch(model, test::sharedPath("data/cifar10-test").toStdString(), 1)});
        int64_t skipped = 0, executed = 0, dense = 0;
        for (const LayerStats& l : r.layers)
            if (l.effortPath) {
                skipped += l.effort.sfmaZeroSkipped;
                executed += l.effort.partialOps + l.effort.completionOps;
                dense += l.effort.denseOps;
            }
        // ReLU leaves whole maps at zero in ResNet-20; their multiply-accumulates are not executed.
        QVERIFY(skipped > 0);
        QVERIFY(executed < dense);
    }

    // --- the dense path is unchanged by the rewrites --------------------------------------------------

    void reluAfterMaxPoolRewriteIsBitIdentical() {
        DYVE_REQUIRE_SHARED();
        const std::string model = zoo("cifar10-quick/deploy.prototxt");
        const Tensor input = realBatch(model, test::sharedPath("data/cifar10-test").toStdString(), 2);
        Network network(loadModel(model));
        const Tensor rewritten = network.run({input}).outputs.front();
        const Graph graph = loadModel(model);
        QVERIFY(bitIdentical(rewritten, outputWithoutPatterns(graph, {graph.nodes[0].outputs[0]}, input)));
    }

    void residualInPlaceRewriteIsBitIdentical() {
        DYVE_REQUIRE_SHARED();
        const std::string model = zoo("resnet20-cifar10/model.onnx"); // batch 1: its Reshape fixes it
        const Tensor input = realBatch(model, test::sharedPath("data/cifar10-test").toStdString(), 1);
        Network network(loadModel(model));
        const Tensor rewritten = network.run({input}).outputs.front();
        const Graph graph = loadModel(model);
        std::vector<std::string> adds;
        for (const Node& n : graph.nodes)
            if (n.op == "Add") adds.push_back(n.outputs[0]);
        QVERIFY(bitIdentical(rewritten, outputWithoutPatterns(graph, adds, input)));
    }

    // --- accounting and masks -------------------------------------------------------------------------

    void categoriesAddUpWithEveryMechanismOn() {
        DYVE_REQUIRE_SHARED();
        const std::string model = zoo("resnet20-cifar10/model.onnx");
        Network network(loadModel(model));
        const Tensor input = realBatch(model, test::sharedPath("data/cifar10-test").toStdString(), 1);
        network.beginCalibration();
        network.run({input});
        EffortSettings settings = aggressive(network);
        settings.calibration = network.endCalibration();
        network.setEffort(settings);
        const RunResult r = network.run({input});
        int64_t terminated = 0, interpolated = 0;
        for (const LayerStats& l : r.layers) {
            if (!l.effortPath) continue;
            const LayerEffortStats& s = l.effort;
            QCOMPARE(s.executedOps, s.partialOps + s.completionOps + s.overheadOps);
            QVERIFY(s.partialOps + s.completionOps <= s.denseOps);
            QVERIFY(s.executedOps <= s.denseOps + s.overheadOps);
            QCOMPARE(l.executedOps, s.executedOps);
            QCOMPARE(s.neurons, elementCount(l.outputShape));
            terminated += s.spetTerminated;
            interpolated += s.sdssInterpolated;
        }
        QVERIFY(terminated > 0);
        QVERIFY(interpolated > 0);
        QVERIFY(r.executedOps() < r.denseOps());
    }

    void masksHaveTheLayersSizesWhenAskedFor() {
        const Tensor input = bundledBatch(2);
        Network network(loadModel(bundledModel()));
        network.setEffort(aggressive(network));
        network.setRecordMasks(true);
        const RunResult r = network.run({input});
        for (size_t i = 0; i < r.layers.size(); ++i) {
            const LayerStats& l = r.layers[i];
            if (!l.effortPath) {
                QVERIFY(l.masks.neurons.empty() && l.masks.inputMaps.empty());
                continue;
            }
            // The batch's first image: M×Ho×Wo neurons, one state per input map.
            QCOMPARE(int64_t(l.masks.neurons.size()), elementCount(l.outputShape) / l.outputShape[0]);
            const Shape& in = network.layers()[i].inputShapes.front();
            QCOMPARE(int64_t(l.masks.inputMaps.size()), in[1]);
        }
        network.setRecordMasks(false);
        for (const LayerStats& l : network.run({input}).layers)
            QVERIFY(l.masks.neurons.empty());
    }

    void batchIsALoopOverImages() {
        const Tensor batch = bundledBatch(3);
        Network network(loadModel(bundledModel()));
        network.beginCalibration();
        network.run({batch});
        EffortSettings settings = aggressive(network);
        settings.calibration = network.endCalibration();
        network.setEffort(settings);
        const RunResult together = network.run({batch});
        const int64_t image = batch.size() / 3;
        int64_t executed = 0;
        for (int i = 0; i < 3; ++i) {
            Tensor one(
                Shape{1, batch.shape[1], batch.shape[2], batch.shape[3]},
                std::vector<float>(batch.floats.begin() + i * image, batch.floats.begin() + (i + 1) * image));
            const RunResult alone = network.run({one});
            executed += alone.executedOps();
            const int64_t classes = alone.outputs[0].size();
            for (int64_t c = 0; c < classes; ++c)
                QVERIFY(std::fabs(alone.outputs[0].floats[c] - together.outputs[0].floats[i * classes + c]) <
                        1e-4f);
        }
        QCOMPARE(together.executedOps(), executed);
    }

    // --- checkpoints (the tuner's sensitivity sweep) ---------------------------------------------------

    void runFromACheckpointEqualsAWholeRun() {
        const Tensor input = bundledBatch(2);
        Network network(loadModel(bundledModel()));
        const Tensor whole = network.run({input}).outputs[0];
        network.beginCalibration();
        network.run({input});
        EffortSettings settings = aggressive(network);
        settings.calibration = network.endCalibration();
        for (size_t step = 0; step <= network.layers().size(); ++step) {
            NetworkCheckpoint checkpoint;
            network.setDense();
            network.runUntil({input}, step, checkpoint);
            RunResult rest;
            network.runFrom(checkpoint, rest);
            QVERIFY2(bitIdentical(rest.outputs[0], whole), qPrintable(QString::number(step)));
            QCOMPARE(rest.executedOps(), rest.denseOps());
            // The rest under other settings: what a run would give whose first steps were dense.
            network.setEffort(settings);
            network.runFrom(checkpoint, rest);
            QVERIFY(rest.layers.size() == network.layers().size());
            for (size_t s = 0; s < step; ++s)
                QVERIFY(!rest.layers[s].effortPath);
        }
    }

    void checkpointInsideAResidualBlock() {
        DYVE_REQUIRE_SHARED();
        const std::string model = zoo("resnet20-cifar10/model.onnx");
        const Tensor input = realBatch(model, test::sharedPath("data/cifar10-test").toStdString(), 1);
        Network network(loadModel(model));
        network.setEffort(EffortSettings{});
        const Tensor whole = network.run({input}).outputs[0];
        // Between a block's convolution and its Add: the shortcut and the convolution's output are live.
        const size_t add = network.stepOf("/layer2/layer2.0/Add");
        for (size_t step : {add - 2, add - 1, add, add + 1}) {
            NetworkCheckpoint checkpoint;
            network.runUntil({input}, step, checkpoint);
            RunResult rest;
            network.runFrom(checkpoint, rest);
            QVERIFY2(bitIdentical(rest.outputs[0], whole), qPrintable(QString::number(step)));
        }
    }

    void settingsNamingAnIneligibleLayerAreRejected() {
        Network network(loadModel(bundledModel()));
        EffortSettings settings;
        settings.knobs["/fc2/Gemm"] = ConvKnobs{};
        QVERIFY_THROWS_EXCEPTION(DataError, network.setEffort(settings));
        settings.knobs.clear();
        settings.knobs["no such layer"] = ConvKnobs{};
        QVERIFY_THROWS_EXCEPTION(DataError, network.setEffort(settings));
        QVERIFY(!network.effortMode());
    }

    void gemmWithAlphaBetaAndPlainBIsAFullyConnectedLayer() {
        // x[2×5] · B[5×3] (not transposed) · 0.5 + 2 · C → Relu
        Graph graph;
        graph.sourceFile = "synthetic.onnx";
        graph.inputs = {{"x", {2, 5}}};
        std::vector<float> b(15), c = {0.3f, -0.2f, 0.1f};
        for (size_t i = 0; i < b.size(); ++i)
            b[i] = std::sin(float(i) * 1.7f);
        graph.initializers["B"] = Tensor(Shape{5, 3}, b);
        graph.initializers["C"] = Tensor(Shape{3}, c);
        Node gemm;
        gemm.name = "fc";
        gemm.op = "Gemm";
        gemm.inputs = {"x", "B", "C"};
        gemm.outputs = {"y"};
        Attribute alpha, beta;
        alpha.kind = beta.kind = Attribute::Kind::Float;
        alpha.f = 0.5f;
        beta.f = 2.0f;
        gemm.attributes["alpha"] = alpha;
        gemm.attributes["beta"] = beta;
        Node relu;
        relu.name = "relu";
        relu.op = "Relu";
        relu.inputs = {"y"};
        relu.outputs = {"z"};
        graph.nodes = {gemm, relu};
        graph.outputs = {"z"};
        Network network(graph);
        QVERIFY(network.layers()[0].effortEligible);
        const Tensor x(Shape{2, 5}, {1, -2, 3, 0.5f, -1, 0.2f, 0.1f, -0.3f, 2, 1});
        verifyAllOffMatchesDense(network, x);
        const RunResult r = network.run({x});
        QVERIFY(*std::min_element(r.outputs[0].floats.begin(), r.outputs[0].floats.end()) >= 0.0f);
    }

    // A layer's effort output, cut out of the network: SPET's terminated neurons are 0, every other neuron
    // is the dense value (SPEC §4.3 item 3), on real layers of every shape SqueezeNet has.
    void spetNeuronsAreZeroOrExactInSqueezenet_data() {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("relu");
        QTest::newRow("conv1 7x7/2") << "conv1"
                                     << "relu_conv1";
        QTest::newRow("1x1 squeeze") << "fire4/conv1x1_1"
                                     << "fire4/relu_conv1x1_1";
        QTest::newRow("1x1 expand") << "fire4/conv1x1_2"
                                    << "fire4/relu_conv1x1_2";
        QTest::newRow("3x3 expand") << "fire4/conv3x3_2"
                                    << "fire4/relu_conv3x3_2";
        QTest::newRow("final 1x1") << "conv_final"
                                   << "relu_conv_final";
    }

    void spetNeuronsAreZeroOrExactInSqueezenet() {
        DYVE_REQUIRE_SHARED();
        QFETCH(QString, layer);
        QFETCH(QString, relu);
        const std::string model = zoo("squeezenet1.0-dc/model.onnx");
        const Tensor input = realBatch(model, test::sharedPath("data/imagenet-test").toStdString(), 1);
        Graph graph = loadModel(model);
        std::string value;
        for (const Node& n : graph.nodes)
            if (n.name == relu.toStdString()) value = n.outputs[0];
        QVERIFY(!value.empty());
        graph.outputs = {value};
        Network network(std::move(graph));
        const Tensor dense = network.run({input}).outputs[0];
        network.beginCalibration();
        network.run({input});
        EffortSettings settings;
        settings.calibration = network.endCalibration();
        ConvKnobs k;
        k.spet.checkpoints = {0.25f};
        k.spet.tau = 0.0f;
        settings.knobs[layer.toStdString()] = k;
        network.setEffort(settings);
        network.setRecordMasks(true);
        const RunResult r = network.run({input});
        const LayerStats* stats = nullptr;
        for (const LayerStats& l : r.layers)
            if (l.name == layer.toStdString()) stats = &l;
        QVERIFY(stats && stats->effortPath);
        const std::vector<uint8_t>& states = stats->masks.neurons;
        QCOMPARE(states.size(), dense.floats.size());
        int64_t terminated = 0, wrong = 0;
        double scale = 1e-30;
        for (float v : dense.floats)
            scale = std::max(scale, double(std::fabs(v)));
        for (size_t i = 0; i < states.size(); ++i) {
            const float got = r.outputs[0].floats[i];
            if (states[i] == uint8_t(NeuronState::SpetTerminated)) {
                ++terminated;
                if (got != 0.0f) ++wrong;
            } else if (std::fabs(got - dense.floats[i]) > 1e-4 * scale) {
                ++wrong;
            }
        }
        QVERIFY(terminated > 0);
        QCOMPARE(wrong, int64_t(0));
    }

    void residualAddThatBroadcastsStaysDense() {
        // y = Conv(x) (2×4×4), s = GlobalAveragePool(x) (2×1×1), Relu(y + s): not the block EffortConv
        // adds.
        Graph graph;
        graph.sourceFile = "synthetic.onnx";
        graph.inputs = {{"x", {1, 2, 4, 4}}};
        std::vector<float> w(36);
        for (size_t i = 0; i < w.size(); ++i)
            w[i] = std::cos(float(i));
        graph.initializers["w"] = Tensor(Shape{2, 2, 3, 3}, w);
        Node conv;
        conv.name = "conv";
        conv.op = "Conv";
        conv.inputs = {"x", "w"};
        conv.outputs = {"y"};
        Attribute pads;
        pads.kind = Attribute::Kind::Ints;
        pads.ints = {1, 1, 1, 1};
        conv.attributes["pads"] = pads;
        Node pool;
        pool.name = "pool";
        pool.op = "GlobalAveragePool";
        pool.inputs = {"x"};
        pool.outputs = {"s"};
        Node add;
        add.name = "add";
        add.op = "Add";
        add.inputs = {"y", "s"};
        add.outputs = {"z"};
        Node relu;
        relu.name = "relu";
        relu.op = "Relu";
        relu.inputs = {"z"};
        relu.outputs = {"out"};
        graph.nodes = {pool, conv, add, relu};
        graph.outputs = {"out"};
        Network network(graph);
        const LayerInfo* c = layerNamed(network, "conv");
        QVERIFY(!c->effortEligible);
        QVERIFY2(QString::fromStdString(c->effortIneligibility).contains("broadcasts"),
                 c->effortIneligibility.c_str());
        std::vector<float> x(32);
        for (size_t i = 0; i < x.size(); ++i)
            x[i] = std::sin(float(i) * 0.7f);
        const Tensor input(Shape{1, 2, 4, 4}, x);
        const RunResult dense = network.run({input});
        network.setEffort(EffortSettings{});
        QVERIFY(bitIdentical(network.run({input}).outputs[0], dense.outputs[0]));
    }

    void calibrationGivesPositiveFiniteScales() {
        Network network(loadModel(bundledModel()));
        network.beginCalibration();
        network.run({bundledBatch(8)});
        const std::map<std::string, LayerCalibration> scales = network.endCalibration();
        QCOMPARE(int(scales.size()), 5);
        for (const auto& [name, c] : scales) {
            QVERIFY2(c.preActStd > 0.0f && std::isfinite(c.preActStd), name.c_str());
            QVERIFY2(c.activationScale > 0.0f && std::isfinite(c.activationScale), name.c_str());
            QVERIFY2(c.inputScale > 0.0f && std::isfinite(c.inputScale), name.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(EffortNetworkTest)
#include "effort_network_test.moc"
