// The per-layer compute core of the DyVEDeep mechanisms (SPEC §4.3 SPET, §4.4 SDSS, §4.5 SFMA) and their
// accounting (§4.6), on real convolution weights and activations where the shared zoo is present and on
// synthetic layers with odd geometry (strides, dilations, asymmetric pads) everywhere. Every result is
// checked against a plain reference convolution + ReLU written here.
#include "data/model_card.h"
#include "data/preprocess.h"
#include "effort/calibration.h"
#include "effort/effort_conv.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace dyve;

namespace {

// A convolution layer: weights M×C×kh×kw, bias, and its window on a C×H×W input.
struct ConvCase {
    int64_t M = 0, C = 0;
    std::vector<float> weights, bias;
    WindowGeometry g;

    int64_t inSize() const { return C * g.inSize(); }
    int64_t outSize() const { return M * g.outSize(); }
    EffortConv build() const {
        EffortConv conv(weights.data(), Shape{M, C, g.kernel[0], g.kernel[1]}, bias.data());
        conv.plan(g);
        return conv;
    }
};

WindowGeometry window(int64_t h, int64_t w, int64_t kh, int64_t kw, int64_t stride = 1, int64_t pad = 0,
                      int64_t dilation = 1) {
    WindowGeometry g;
    g.in[0] = h;
    g.in[1] = w;
    g.kernel[0] = kh;
    g.kernel[1] = kw;
    for (int a = 0; a < 2; ++a) {
        g.stride[a] = stride;
        g.dilation[a] = dilation;
        g.padBegin[a] = g.padEnd[a] = pad;
    }
    return g;
}

void placeOutput(WindowGeometry& g) {
    for (int a = 0; a < 2; ++a)
        g.out[a] =
            (g.in[a] + g.padBegin[a] + g.padEnd[a] - (g.kernel[a] - 1) * g.dilation[a] - 1) / g.stride[a] + 1;
}

std::vector<float> randomValues(int64_t n, unsigned seed, float low = -1.0f, float high = 1.0f) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> d(low, high);
    std::vector<float> v(static_cast<size_t>(n));
    for (float& x : v)
        x = d(rng);
    return v;
}

ConvCase randomCase(int64_t M, int64_t C, WindowGeometry g, unsigned seed = 1) {
    placeOutput(g);
    ConvCase c;
    c.M = M;
    c.C = C;
    c.g = g;
    c.weights = randomValues(M * C * g.kernelSize(), seed);
    c.bias = randomValues(M, seed + 1, -0.2f, 0.2f);
    return c;
}

// The reference: direct convolution in double, bias, optional ReLU.
std::vector<float> referenceConv(const ConvCase& c, const std::vector<float>& x, bool relu = true) {
    const WindowGeometry& g = c.g;
    std::vector<float> y(static_cast<size_t>(c.outSize()));
    for (int64_t o = 0; o < c.M; ++o)
        for (int64_t oy = 0; oy < g.out[0]; ++oy)
            for (int64_t ox = 0; ox < g.out[1]; ++ox) {
                double acc = c.bias[static_cast<size_t>(o)];
                for (int64_t ch = 0; ch < c.C; ++ch)
                    for (int64_t ky = 0; ky < g.kernel[0]; ++ky)
                        for (int64_t kx = 0; kx < g.kernel[1]; ++kx) {
                            const int64_t iy = oy * g.stride[0] - g.padBegin[0] + ky * g.dilation[0];
                            const int64_t ix = ox * g.stride[1] - g.padBegin[1] + kx * g.dilation[1];
                            if (iy < 0 || iy >= g.in[0] || ix < 0 || ix >= g.in[1]) continue;
                            acc += static_cast<double>(c.weights[static_cast<size_t>(
                                       ((o * c.C + ch) * g.kernel[0] + ky) * g.kernel[1] + kx)]) *
                                   x[static_cast<size_t>((ch * g.in[0] + iy) * g.in[1] + ix)];
                        }
                const double v = relu ? std::max(acc, 0.0) : acc;
                y[static_cast<size_t>((o * g.out[0] + oy) * g.out[1] + ox)] = static_cast<float>(v);
            }
    return y;
}

// Largest difference relative to the largest reference magnitude: float rounding of sums of a few
// thousand terms stays far below 1e-5.
double relativeError(const std::vector<float>& actual, const std::vector<float>& expected) {
    double scale = 1e-30, worst = 0.0;
    for (size_t i = 0; i < expected.size(); ++i) {
        scale = std::max(scale, std::fabs(static_cast<double>(expected[i])));
        worst = std::max(worst, std::fabs(static_cast<double>(actual[i]) - expected[i]));
    }
    return worst / scale;
}

struct RunOutcome {
    std::vector<float> output;
    LayerEffortStats stats;
    EffortMasks masks;
};

RunOutcome runEffort(EffortConv& conv, const ConvCase& c, const std::vector<float>& x,
                     const ConvKnobs& knobs) {
    RunOutcome r;
    r.output.assign(static_cast<size_t>(c.outSize()), -1.0f);
    conv.run(x.data(), r.output.data(), knobs, r.stats, &r.masks);
    return r;
}

int64_t countState(const std::vector<uint8_t>& states, uint8_t state) {
    return std::count(states.begin(), states.end(), state);
}

// The accounting identities of SPEC §4.6 that hold for every run.
void verifyAccounting(const LayerEffortStats& s) {
    QCOMPARE(s.executedOps, s.partialOps + s.completionOps + s.overheadOps);
    QVERIFY(s.partialOps + s.completionOps <= s.denseOps);
    QVERIFY(s.executedOps <= s.denseOps + s.overheadOps);
}

// --- real layers from the shared zoo ------------------------------------------------------------------

std::string zoo(const std::string& relative) {
    return test::sharedPath(QString::fromStdString("zoo/" + relative)).toStdString();
}

const Node* findNode(const Graph& graph, const std::string& name) {
    for (const Node& n : graph.nodes)
        if (n.name == name) return &n;
    return nullptr;
}

// cifar10-quick's conv2 (32×32×5×5, pad 2) with the activations of a real test image at its input.
struct RealLayer {
    ConvCase conv;
    std::vector<std::vector<float>> inputs;
};

RealLayer cifarConv2(int images = 2) {
    const std::string prototxt = zoo("cifar10-quick/deploy.prototxt");
    Graph graph = loadModel(prototxt);
    const Node* node = findNode(graph, "conv2");
    if (!node) throw std::runtime_error("cifar10-quick has no conv2");
    const Tensor& w = *graph.initializer(node->inputs[1]);
    const Tensor& b = *graph.initializer(node->inputs[2]);
    RealLayer layer;
    layer.conv.M = w.shape[0];
    layer.conv.C = w.shape[1];
    layer.conv.weights = w.floats;
    layer.conv.bias = b.floats;

    // The network cut at conv2's input: that value's activations for real images.
    const std::string input = node->inputs[0];
    graph.outputs = {input};
    Network net(std::move(graph));
    const ModelCard card =
        loadModelCard(test::sourcePath("models/cards/cifar10-quick.card.json").toStdString());
    Preprocessor pre(card, prototxt);
    const char* files[] = {"cat/0000.jpg", "ship/0001.jpg", "frog/0002.jpg", "airplane/0003.jpg"};
    for (int i = 0; i < images; ++i) {
        const std::string path = test::sharedPath(QString("data/cifar10-test/") + files[i % 4]).toStdString();
        RunResult result = net.run({pre.toTensor(readImage(path))});
        const Tensor& activation = result.outputs.at(0);
        layer.conv.g = window(activation.shape[2], activation.shape[3], w.shape[2], w.shape[3], 1, 2);
        layer.inputs.push_back(activation.floats);
    }
    placeOutput(layer.conv.g);
    return layer;
}

LayerCalibration calibrate(EffortConv& conv, const ConvCase& c,
                           const std::vector<std::vector<float>>& inputs) {
    CalibrationAccumulator acc;
    std::vector<float> pre(static_cast<size_t>(c.outSize()));
    for (const auto& x : inputs) {
        conv.preActivations(x.data(), pre.data());
        acc.add(x.data(), c.inSize(), pre.data(), c.outSize());
    }
    return acc.calibration();
}

} // namespace

class EffortConvTest : public QObject {
    Q_OBJECT

private slots:
    // --- everything off ------------------------------------------------------------------------------

    void allOffReproducesDenseOnRealLayer() {
        DYVE_REQUIRE_SHARED();
        const RealLayer layer = cifarConv2();
        EffortConv conv = layer.conv.build();
        for (const auto& x : layer.inputs) {
            const RunOutcome r = runEffort(conv, layer.conv, x, ConvKnobs{});
            QVERIFY(relativeError(r.output, referenceConv(layer.conv, x)) < 1e-5);
            QCOMPARE(r.stats.spetTerminated + r.stats.sdssInterpolated + r.stats.sfmaApproximated,
                     int64_t(0));
        }
    }

    void allOffReproducesDenseWithStridesDilationsAndPads() {
        WindowGeometry g = window(13, 11, 3, 3, 2, 1, 2);
        g.padBegin[0] = 2;
        g.padEnd[1] = 0;
        const ConvCase c = randomCase(7, 5, g);
        EffortConv conv = c.build();
        const std::vector<float> x = randomValues(c.inSize(), 7);
        const RunOutcome r = runEffort(conv, c, x, ConvKnobs{});
        QVERIFY(relativeError(r.output, referenceConv(c, x)) < 1e-5);
    }

    // A 1×1 convolution with stride 1 and no padding reads its input planes in place (no unfolding), also
    // with zero maps removed and SPET's order; tiles then cross output rows.
    void pointwiseLayerReadsItsInputInPlace() {
        const ConvCase c = randomCase(20, 12, window(9, 7, 1, 1), 91);
        EffortConv conv = c.build();
        std::vector<float> x = randomValues(c.inSize(), 92);
        std::fill(x.begin() + 3 * 63, x.begin() + 4 * 63, 0.0f); // channel 3 all zero
        QVERIFY(relativeError(runEffort(conv, c, x, ConvKnobs{}).output, referenceConv(c, x)) < 1e-5);
        ConvKnobs knobs;
        knobs.spet.checkpoints = {0.5f};
        knobs.spet.tau = 1.0f; // above the partial sums of most tiles
        const RunOutcome r = runEffort(conv, c, x, knobs);
        QCOMPARE(r.stats.sfmaZeroSkipped, int64_t(1));
        QVERIFY(r.stats.spetTerminated > 0);
        std::vector<float> expected = referenceConv(c, x);
        for (size_t i = 0; i < expected.size(); ++i)
            if (r.masks.neurons[i] == uint8_t(NeuronState::SpetTerminated)) expected[i] = 0.0f;
        QVERIFY(relativeError(r.output, expected) < 1e-5);
        verifyAccounting(r.stats);
    }

    // A long reduction is cut into blocks of weight rows over chunks of tiles (cache blocking): every block
    // and chunk boundary must give the same sums, with and without SPET.
    void blockedLayerReproducesDense() {
        const ConvCase c = randomCase(27, 400, window(9, 9, 1, 1, 1, 1), 93);
        EffortConv conv = c.build();
        const std::vector<float> x = randomValues(c.inSize(), 94);
        QVERIFY(relativeError(runEffort(conv, c, x, ConvKnobs{}).output, referenceConv(c, x)) < 1e-5);
        ConvKnobs knobs;
        knobs.spet.checkpoints = {0.25f};
        knobs.spet.tau = 0.0f;
        const RunOutcome r = runEffort(conv, c, x, knobs);
        std::vector<float> expected = referenceConv(c, x);
        for (size_t i = 0; i < expected.size(); ++i)
            if (r.masks.neurons[i] == uint8_t(NeuronState::SpetTerminated)) expected[i] = 0.0f;
        QVERIFY(relativeError(r.output, expected) < 1e-5);
        QVERIFY(r.stats.spetTerminated > 0 && r.stats.spetTerminated < r.stats.neurons);
    }

    // A residual block's shortcut is added before ReLU, with SPET deciding on the sum (Conv → Add →
    // Relu).
    void residualIsAddedBeforeRelu() {
        const ConvCase c = randomCase(12, 9, window(10, 10, 3, 3, 1, 1), 31);
        EffortConv conv = c.build();
        const std::vector<float> x = randomValues(c.inSize(), 32);
        const std::vector<float> shortcut = randomValues(c.outSize(), 33, -3.0f, 3.0f);
        std::vector<float> expected = referenceConv(c, x, false);
        for (size_t i = 0; i < expected.size(); ++i)
            expected[i] = std::max(expected[i] + shortcut[i], 0.0f);
        std::vector<float> out(static_cast<size_t>(c.outSize()));
        LayerEffortStats stats;
        conv.run(x.data(), out.data(), ConvKnobs{}, stats, nullptr, shortcut.data());
        QVERIFY(relativeError(out, expected) < 1e-5);
        // With SPET on, every neuron that ran to the end is exact, every stopped one is 0.
        ConvKnobs knobs;
        knobs.spet.tau = 2.0f;
        EffortMasks masks;
        LayerEffortStats spet;
        conv.run(x.data(), out.data(), knobs, spet, &masks, shortcut.data());
        QVERIFY(spet.spetTerminated > 0);
        for (size_t i = 0; i < expected.size(); ++i)
            if (masks.neurons[i] == uint8_t(NeuronState::SpetTerminated)) expected[i] = 0.0f;
        QVERIFY(relativeError(out, expected) < 1e-5);
    }

    void fullyConnectedIsTheOneByOneCase() {
        const int64_t M = 10, C = 300;
        ConvCase c = randomCase(M, C, window(1, 1, 1, 1));
        EffortConv fc = EffortConv::fullyConnected(c.weights.data(), M, C, c.bias.data());
        const std::vector<float> x = randomValues(C, 3);
        const RunOutcome r = runEffort(fc, c, x, ConvKnobs{});
        QVERIFY(relativeError(r.output, referenceConv(c, x)) < 1e-5);
        QCOMPARE(r.stats.denseOps, M * C);
    }

    void preActivationsAreTheDenseConvolutionBeforeRelu() {
        const ConvCase c = randomCase(6, 4, window(9, 9, 3, 3, 1, 1));
        EffortConv conv = c.build();
        const std::vector<float> x = randomValues(c.inSize(), 5);
        std::vector<float> pre(static_cast<size_t>(c.outSize()));
        conv.preActivations(x.data(), pre.data());
        QVERIFY(relativeError(pre, referenceConv(c, x, false)) < 1e-5);
    }

    // --- SPEC §4.3 SPET -------------------------------------------------------------------------------

    void significanceOrderIsByWeightL1Norm() {
        const ConvCase c = randomCase(5, 6, window(4, 4, 3, 3));
        const EffortConv conv = c.build();
        std::vector<double> norm(6, 0.0);
        for (int64_t o = 0; o < 5; ++o)
            for (int64_t ch = 0; ch < 6; ++ch)
                for (int64_t t = 0; t < 9; ++t)
                    norm[static_cast<size_t>(ch)] +=
                        std::fabs(c.weights[static_cast<size_t>((o * 6 + ch) * 9 + t)]);
        const std::vector<int32_t>& order = conv.significanceOrder();
        QCOMPARE(order.size(), size_t(6));
        for (size_t j = 1; j < order.size(); ++j)
            QVERIFY(norm[static_cast<size_t>(order[j - 1])] >= norm[static_cast<size_t>(order[j])]);
    }

    void spetWithMinusInfinityReproducesDense() {
        const ConvCase c = randomCase(8, 6, window(10, 10, 3, 3, 1, 1));
        EffortConv conv = c.build();
        const std::vector<float> x = randomValues(c.inSize(), 11);
        ConvKnobs knobs;
        knobs.spet.checkpoints = {0.25f, 0.5f};
        knobs.spet.tau = -std::numeric_limits<float>::infinity();
        const RunOutcome r = runEffort(conv, c, x, knobs);
        QVERIFY(relativeError(r.output, referenceConv(c, x)) < 1e-5);
        QCOMPARE(r.stats.spetTerminated, int64_t(0));
        QCOMPARE(r.stats.completionOps, int64_t(0));
    }

    void spetHighTauTerminatesNeuronsAndSavesOperations() {
        DYVE_REQUIRE_SHARED();
        const RealLayer layer = cifarConv2();
        EffortConv conv = layer.conv.build();
        conv.setCalibration(calibrate(conv, layer.conv, layer.inputs));
        ConvKnobs knobs;
        knobs.spet.checkpoints = {0.25f};
        knobs.spet.tau = 0.5f;
        const auto& x = layer.inputs[0];
        const RunOutcome r = runEffort(conv, layer.conv, x, knobs);
        QVERIFY2(r.stats.spetTerminated > r.stats.neurons / 3,
                 qPrintable(QString::number(r.stats.spetTerminated)));
        // Partial sums over the kept channels among the 8 most significant for every neuron; the rest
        // only for the neurons that were not terminated.
        int64_t first = 0, rest = 0;
        for (size_t j = 0; j < conv.significanceOrder().size(); ++j)
            if (r.masks.inputMaps[static_cast<size_t>(conv.significanceOrder()[j])] ==
                uint8_t(InputMapState::Computed))
                ++(j < 8 ? first : rest);
        const int64_t k2 = 25;
        QCOMPARE(r.stats.partialOps, r.stats.neurons * first * k2);
        QCOMPARE(r.stats.completionOps, (r.stats.neurons - r.stats.spetTerminated) * rest * k2);
        QVERIFY(r.stats.executedOps < r.stats.denseOps);
        verifyAccounting(r.stats);
    }

    void spetCompletedNeuronsAreExactAndTerminatedAreZero() {
        DYVE_REQUIRE_SHARED();
        const RealLayer layer = cifarConv2();
        EffortConv conv = layer.conv.build();
        conv.setCalibration(calibrate(conv, layer.conv, layer.inputs));
        ConvKnobs knobs;
        knobs.spet.tau = 0.3f;
        const auto& x = layer.inputs[1];
        const RunOutcome r = runEffort(conv, layer.conv, x, knobs);
        std::vector<float> expected = referenceConv(layer.conv, x);
        for (size_t i = 0; i < expected.size(); ++i)
            if (r.masks.neurons[i] == uint8_t(NeuronState::SpetTerminated)) {
                QCOMPARE(r.output[i], 0.0f);
                expected[i] = 0.0f;
            }
        QVERIFY(relativeError(r.output, expected) < 1e-5);
    }

    void spetCheckpointsChain() {
        const ConvCase c = randomCase(16, 16, window(8, 8, 3, 3, 1, 1), 21);
        EffortConv conv = c.build();
        const std::vector<float> x = randomValues(c.inSize(), 22);
        ConvKnobs one;
        one.spet.checkpoints = {0.25f};
        // Pre-activations here have σ ≈ 4 (uncalibrated: τ is absolute). SPET stops an output channel for
        // a tile of 16 positions only when all 16 are below τ, so τ = 3 stops a fair share at each
        // checkpoint.
        one.spet.tau = 3.0f;
        ConvKnobs two = one;
        two.spet.checkpoints = {0.25f, 0.5f};
        const RunOutcome a = runEffort(conv, c, x, one);
        const RunOutcome b = runEffort(conv, c, x, two);
        // Every neuron stopped at the first checkpoint stops there again; the second stops more.
        for (size_t i = 0; i < a.masks.neurons.size(); ++i)
            if (a.masks.neurons[i] == uint8_t(NeuronState::SpetTerminated))
                QCOMPARE(b.masks.neurons[i], uint8_t(NeuronState::SpetTerminated));
        QVERIFY(b.stats.spetTerminated > a.stats.spetTerminated);
        QVERIFY(b.stats.completionOps < a.stats.completionOps);
        verifyAccounting(b.stats);
    }

    // --- SPEC §4.4 SDSS -------------------------------------------------------------------------------

    void sdssWithNegativeThetaReproducesDense() {
        const ConvCase c = randomCase(6, 5, window(12, 12, 3, 3, 1, 1));
        EffortConv conv = c.build();
        const std::vector<float> x = randomValues(c.inSize(), 31);
        ConvKnobs knobs;
        knobs.sdss.stride = 2;
        knobs.sdss.theta = -1.0f;
        const RunOutcome r = runEffort(conv, c, x, knobs);
        QVERIFY(relativeError(r.output, referenceConv(c, x)) < 1e-5);
        QCOMPARE(r.stats.sdssInterpolated, int64_t(0));
    }

    void sdssWithLargeThetaInterpolatesBetweenExactGridPoints() {
        const ConvCase c = randomCase(4, 3, window(11, 9, 3, 3, 1, 1), 41);
        EffortConv conv = c.build();
        const std::vector<float> x = randomValues(c.inSize(), 42);
        ConvKnobs knobs;
        knobs.sdss.stride = 2;
        knobs.sdss.theta = 1e6f;
        const RunOutcome r = runEffort(conv, c, x, knobs);
        const std::vector<float> expected = referenceConv(c, x);
        const int64_t H = c.g.out[0], W = c.g.out[1];
        const int64_t gridPoints = ((H + 1) / 2) * ((W + 1) / 2);
        QCOMPARE(r.stats.sdssInterpolated, c.M * (H * W - gridPoints));
        for (int64_t o = 0; o < c.M; ++o)
            for (int64_t y = 0; y < H; ++y)
                for (int64_t xx = 0; xx < W; ++xx) {
                    const float* plane = expected.data() + o * H * W;
                    const float got = r.output[static_cast<size_t>((o * H + y) * W + xx)];
                    // Grid points exact; between two grid points their mean; elsewhere the mean of four,
                    // and past the last grid row or column the nearest grid line.
                    const int64_t y0 = y / 2 * 2, x0 = xx / 2 * 2;
                    const int64_t y1 = (y % 2 && y0 + 2 < H) ? y0 + 2 : y0;
                    const int64_t x1 = (xx % 2 && x0 + 2 < W) ? x0 + 2 : x0;
                    const float want = 0.25f * (plane[y0 * W + x0] + plane[y0 * W + x1] + plane[y1 * W + x0] +
                                                plane[y1 * W + x1]);
                    QVERIFY(std::fabs(got - want) <= 1e-5f * (1.0f + std::fabs(want)));
                }
    }

    void sdssOnSparseInputInterpolatesZeroRegions() {
        DYVE_REQUIRE_SHARED();
        const RealLayer layer = cifarConv2();
        EffortConv conv = layer.conv.build();
        conv.setCalibration(calibrate(conv, layer.conv, layer.inputs));
        ConvKnobs knobs;
        knobs.sdss.theta = 0.0f; // only where every grid neighbour is 0: lossless by SPEC §4.4's rule
        const auto& x = layer.inputs[0];
        const RunOutcome r = runEffort(conv, layer.conv, x, knobs);
        QVERIFY(r.stats.sdssInterpolated > 0);
        const std::vector<float> expected = referenceConv(layer.conv, x);
        for (size_t i = 0; i < expected.size(); ++i) {
            if (r.masks.neurons[i] == uint8_t(NeuronState::SdssInterpolated))
                QCOMPARE(r.output[i], 0.0f);
            else
                QVERIFY(std::fabs(r.output[i] - expected[i]) <= 1e-4f * (1.0f + std::fabs(expected[i])));
        }
        QVERIFY(r.stats.partialOps < r.stats.denseOps);
        verifyAccounting(r.stats);
    }

    // --- SPEC §4.5 SFMA -------------------------------------------------------------------------------

    void zeroMapsAreSkippedWithoutChangingTheResult() {
        const ConvCase c = randomCase(8, 10, window(9, 9, 3, 3, 1, 1));
        EffortConv conv = c.build();
        std::vector<float> x = randomValues(c.inSize(), 51);
        const int64_t plane = c.g.inSize();
        for (int64_t ch : {1, 4, 5, 9})
            std::fill(x.begin() + ch * plane, x.begin() + (ch + 1) * plane, 0.0f);
        ConvKnobs knobs; // ν < 0: only the lossless part
        const RunOutcome r = runEffort(conv, c, x, knobs);
        QVERIFY(relativeError(r.output, referenceConv(c, x)) < 1e-5);
        QCOMPARE(r.stats.sfmaZeroSkipped, int64_t(4));
        QCOMPARE(r.stats.sfmaApproximated, int64_t(0));
        QCOMPARE(r.stats.partialOps, r.stats.denseOps / 10 * 6); // 6 of 10 channels in the GEMM
        QCOMPARE(r.masks.inputMaps[4], uint8_t(InputMapState::ZeroSkipped));
        QCOMPARE(r.masks.inputMaps[0], uint8_t(InputMapState::Computed));
    }

    void constantMapsAreApproximatedExactlyBordersIncluded() {
        // Asymmetric pads, stride and dilation: many border classes.
        WindowGeometry g = window(10, 12, 5, 3, 2, 2, 1);
        g.padEnd[0] = 1;
        g.dilation[1] = 2;
        const ConvCase c = randomCase(6, 7, g, 61);
        EffortConv conv = c.build();
        std::vector<float> x = randomValues(c.inSize(), 62);
        const int64_t plane = c.g.inSize();
        for (int64_t ch : {0, 3, 6})
            std::fill(x.begin() + ch * plane, x.begin() + (ch + 1) * plane, 0.75f * float(ch + 1));
        ConvKnobs knobs;
        knobs.sfma.nu = 0.0f; // exactly constant maps only
        const RunOutcome r = runEffort(conv, c, x, knobs);
        QVERIFY(relativeError(r.output, referenceConv(c, x)) < 1e-5);
        QCOMPARE(r.stats.sfmaApproximated, int64_t(3));
        QCOMPARE(r.masks.inputMaps[3], uint8_t(InputMapState::SfmaApproximated));
        QCOMPARE(r.stats.partialOps, r.stats.denseOps / 7 * 4);
    }

    void nearConstantMapsAreApproximatedWithinNu() {
        const ConvCase c = randomCase(4, 6, window(8, 8, 3, 3, 1, 1), 71);
        EffortConv conv = c.build();
        std::vector<float> x = randomValues(c.inSize(), 72);
        const int64_t plane = c.g.inSize();
        const std::vector<float> noise = randomValues(plane, 73, -0.01f, 0.01f);
        for (int64_t i = 0; i < plane; ++i)
            x[static_cast<size_t>(2 * plane + i)] = 1.0f + noise[static_cast<size_t>(i)];
        ConvKnobs knobs;
        knobs.sfma.nu = 0.05f; // inputScale 1: σ ≈ 0.006 ≤ 0.05, the random maps' σ ≈ 0.58 is not
        const RunOutcome r = runEffort(conv, c, x, knobs);
        QCOMPARE(r.stats.sfmaApproximated, int64_t(1));
        QCOMPARE(r.masks.inputMaps[2], uint8_t(InputMapState::SfmaApproximated));
        QVERIFY(relativeError(r.output, referenceConv(c, x)) < 0.05);
    }

    // --- SPEC §4.6 accounting and masks -------------------------------------------------------------

    void categoriesAddUpWithEveryMechanismOn() {
        DYVE_REQUIRE_SHARED();
        const RealLayer layer = cifarConv2(3);
        EffortConv conv = layer.conv.build();
        conv.setCalibration(calibrate(conv, layer.conv, layer.inputs));
        ConvKnobs knobs;
        knobs.spet.checkpoints = {0.25f, 0.5f};
        knobs.spet.tau = 0.2f;
        knobs.sdss.theta = 0.2f;
        knobs.sfma.nu = 0.3f;
        LayerEffortStats total;
        for (const auto& x : layer.inputs) {
            const RunOutcome r = runEffort(conv, layer.conv, x, knobs);
            verifyAccounting(r.stats);
            QVERIFY(r.stats.overheadOps > 0);
            total += r.stats;
        }
        verifyAccounting(total);
        QCOMPARE(total.denseOps, 3 * conv.denseOps());
        QVERIFY(total.executedOps < total.denseOps);
    }

    void masksMatchStats() {
        DYVE_REQUIRE_SHARED();
        const RealLayer layer = cifarConv2();
        EffortConv conv = layer.conv.build();
        conv.setCalibration(calibrate(conv, layer.conv, layer.inputs));
        ConvKnobs knobs;
        knobs.spet.tau = 0.1f;
        knobs.sdss.theta = 0.1f;
        knobs.sfma.nu = 0.2f;
        const RunOutcome r = runEffort(conv, layer.conv, layer.inputs[0], knobs);
        QCOMPARE(int64_t(r.masks.neurons.size()), r.stats.neurons);
        QCOMPARE(int64_t(r.masks.inputMaps.size()), r.stats.inputMaps);
        QCOMPARE(countState(r.masks.neurons, uint8_t(NeuronState::SpetTerminated)), r.stats.spetTerminated);
        QCOMPARE(countState(r.masks.neurons, uint8_t(NeuronState::SdssInterpolated)),
                 r.stats.sdssInterpolated);
        QCOMPARE(countState(r.masks.inputMaps, uint8_t(InputMapState::SfmaApproximated)),
                 r.stats.sfmaApproximated);
        QCOMPARE(countState(r.masks.inputMaps, uint8_t(InputMapState::ZeroSkipped)), r.stats.sfmaZeroSkipped);
        QVERIFY(r.stats.spetTerminated > 0);
        QVERIFY(r.stats.sdssInterpolated > 0);
    }

    void multiThreadedRunMatchesSingleThreaded() {
        const ConvCase c = randomCase(32, 16, window(24, 24, 3, 3, 1, 1), 81);
        EffortConv one = c.build(), two = c.build();
        two.setThreads(2);
        const std::vector<float> x = randomValues(c.inSize(), 82);
        ConvKnobs knobs;
        knobs.spet.tau = 0.0f;
        knobs.sdss.theta = 0.5f;
        const RunOutcome a = runEffort(one, c, x, knobs), b = runEffort(two, c, x, knobs);
        QCOMPARE(a.masks.neurons, b.masks.neurons);
        QCOMPARE(a.stats.executedOps, b.stats.executedOps);
        QVERIFY(relativeError(a.output, b.output) < 1e-6);
    }

    // --- calibration and eligibility ----------------------------------------------------------------

    void calibrationMeasuresStandardDeviations() {
        const std::vector<float> input = {1, 3, 1, 3};        // σ 1
        const std::vector<float> pre = {-2, 2, -2, 2, -2, 2}; // σ 2; after ReLU {0, 2, ...}: σ 1
        const LayerCalibration c = calibrateLayer(input.data(), 4, pre.data(), 6);
        QCOMPARE(c.inputScale, 1.0f);
        QCOMPARE(c.preActStd, 2.0f);
        QCOMPARE(c.activationScale, 1.0f);
    }

    void groupedConvolutionsAreNotEligible() {
        Graph graph;
        graph.initializers["w"] = Tensor(Shape{4, 2, 3, 3}, std::vector<float>(72, 0.5f));
        Node node;
        node.name = "c";
        node.op = "Conv";
        node.inputs = {"x", "w"};
        node.outputs = {"y"};
        QVERIFY(effortConvIneligibility(node, graph).empty());
        Attribute group;
        group.i = 2;
        node.attributes["group"] = group;
        QVERIFY(!effortConvIneligibility(node, graph).empty());
    }
};

QTEST_APPLESS_MAIN(EffortConvTest)
#include "effort_conv_test.moc"
