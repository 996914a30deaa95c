// The sparse-weight product (kernels/sparse_gemm.h) and its choice per convolution (operators/weight_path.h):
// skipping the zero weights must give the dense product's result up to the order of the additions, on every
// shape a convolution takes it, and on the Deep Compression SqueezeNet it is made for.
#include "bench/opencv_reference.h"
#include "data/classification.h"
#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "import/model_loader.h"
#include "kernels/cpu_features.h"
#include "kernels/packed_gemm.h"
#include "kernels/sparse_gemm.h"
#include "runtime/network.h"
#include "runtime/threading.h"
#include "runtime/weight_policy.h"
#include "support/test_paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace dyve;

namespace {

constexpr double kTolerance = 1e-5; // relative L2: float rounding, summed in another order

// Values in [-1, 1], each zero with probability `zeros`.
std::vector<float> randomValues(size_t count, double zeros, std::mt19937& rng) {
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    std::bernoulli_distribution isZero(zeros);
    std::vector<float> values(count);
    for (float& v : values)
        v = isZero(rng) ? 0.0f : uniform(rng);
    return values;
}

double relativeL2(const std::vector<float>& got, const std::vector<float>& want) {
    double error = 0.0, norm = 0.0;
    for (size_t i = 0; i < want.size(); ++i) {
        error += (double(got[i]) - want[i]) * (double(got[i]) - want[i]);
        norm += double(want[i]) * want[i];
    }
    return norm > 0.0 ? std::sqrt(error / norm) : std::sqrt(error);
}

// The policy and thread count in force for one scope, restored after it.
class EngineSettings {
public:
    EngineSettings(SparseWeights policy, int threads) : m_policy(sparseWeights()), m_threads(threadCount()) {
        setSparseWeights(policy);
        setThreadCount(threads);
    }
    ~EngineSettings() {
        setSparseWeights(m_policy);
        setThreadCount(m_threads);
    }

private:
    SparseWeights m_policy;
    int m_threads;
};

struct ConvCase {
    const char* name;
    int64_t n, cin, h, w, cout, group;
    int64_t kh, kw, stride, pad, dilation;
};

// One Conv (and a Relu after it when `relu`), built and planned under `policy`.
Network convNetwork(const ConvCase& c, const Tensor& w, const Tensor* b, bool relu) {
    Node conv{"conv", "Conv", {"x", "w"}, {"y"}, {}};
    if (b) conv.inputs.push_back("b");
    Attribute ints;
    ints.kind = Attribute::Kind::Ints;
    ints.ints = {c.stride, c.stride};
    conv.attributes["strides"] = ints;
    ints.ints = {c.pad, c.pad, c.pad, c.pad};
    conv.attributes["pads"] = ints;
    ints.ints = {c.dilation, c.dilation};
    conv.attributes["dilations"] = ints;
    Attribute group;
    group.kind = Attribute::Kind::Int;
    group.i = c.group;
    conv.attributes["group"] = group;
    Graph g;
    g.sourceFile = "sparse.onnx";
    g.inputs = {{"x", {c.n, c.cin, c.h, c.w}}};
    g.initializers = {{"w", w}};
    if (b) g.initializers["b"] = *b;
    g.nodes = {conv};
    g.outputs = {"y"};
    if (relu) {
        g.nodes.push_back(Node{"relu", "Relu", {"y"}, {"z"}, {}});
        g.outputs = {"z"};
    }
    return Network(std::move(g));
}

// `dyve info` on the zoo's SqueezeNet at one thread, with `extra` arguments: exit code and stdout.
std::pair<int, QByteArray> dyveInfo(const QStringList& extra) {
    QProcess process;
    process.start(
        dyve::test::cliPath(),
        QStringList{"info", dyve::test::sharedPath("zoo/squeezenet1.0-dc/model.onnx"), "--threads", "1"} +
            extra);
    if (!process.waitForStarted() || !process.waitForFinished(5 * 60 * 1000)) return {-1, {}};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput()};
}

} // namespace

class SparseWeightsTest : public QObject {
    Q_OBJECT

private slots:
    void sparseProductEqualsDenseProduct() {
        // Zero shares 0, ½, 0.9 and 1; reductions of one, within one block of k and over several; widths
        // below a vector, at and around the strip of 64 and the vector of 16; with and without bias and ReLU;
        // the AVX-512 kernel and the portable one. B's padding columns hold NaN: the product reads them and
        // must not let them into C.
        std::mt19937 rng(2024);
        const float nan = std::numeric_limits<float>::quiet_NaN();
        for (const bool avx512 : {true, false}) {
            setAvx512KernelsEnabled(avx512);
            for (const double zeros : {0.0, 0.5, 0.9, 1.0})
                for (const int64_t M : {1, 7, 16, 40})
                    for (const int64_t K : {1, 9, 144, 300})
                        for (const int64_t N : {1, 5, 16, 17, 63, 64, 65, 100, 200}) {
                            const int64_t ldb =
                                (N + kSparseColumnGranule - 1) / kSparseColumnGranule * kSparseColumnGranule +
                                kSparseColumnGranule;
                            const int64_t ldc = N + 3;
                            const std::vector<float> A = randomValues(size_t(M * K), zeros, rng);
                            std::vector<float> B = randomValues(size_t(K * ldb), 0.0, rng);
                            for (int64_t k = 0; k < K; ++k)
                                std::fill(B.begin() + k * ldb + N, B.begin() + (k + 1) * ldb, nan);
                            const std::vector<float> bias = randomValues(size_t(M), 0.0, rng);
                            const std::vector<float> packed = packPanels(A.data(), M, K, K);
                            const SparseRows sparse = compressRows(A.data(), M, K, K, ldb);
                            for (const bool withBias : {false, true})
                                for (const bool relu : {false, true}) {
                                    std::vector<float> dense(size_t(M * ldc), 42.0f), got(dense);
                                    const float* b = withBias ? bias.data() : nullptr;
                                    const Activation activation =
                                        relu ? Activation::relu() : Activation::none();
                                    multiplyPacked(packed.data(), M, N, K, B.data(), ldb, b, activation,
                                                   dense.data(), ldc);
                                    multiplySparse(sparse, B.data(), N, b, activation, got.data(), ldc);
                                    const QString what =
                                        QString("%1, %2 zeros, M %3 K %4 N %5, bias %6 relu %7")
                                            .arg(avx512 ? "AVX-512" : "portable")
                                            .arg(zeros)
                                            .arg(M)
                                            .arg(K)
                                            .arg(N)
                                            .arg(withBias)
                                            .arg(relu);
                                    const double error = relativeL2(got, dense);
                                    QVERIFY2(error <= kTolerance,
                                             qPrintable(what + QString(": relative L2 %1").arg(error)));
                                    for (int64_t i = 0; i < M; ++i) // nothing past the N columns is written
                                        QVERIFY2(got[size_t(i * ldc + N)] == 42.0f, qPrintable(what));
                                }
                        }
        }
        setAvx512KernelsEnabled(true);
    }

    void compressRowsKeepsOnlyTheNonZeroWeights() {
        // 2 × 3, one zero a row: four non-zeros in one block, each with its row of B (ldb 16) and its value.
        const float A[] = {1.0f, 0.0f, 2.0f, 0.0f, 3.0f, 4.0f};
        const SparseRows sparse = compressRows(A, 2, 3, 3, 16);
        QCOMPARE(sparse.rows, int64_t(2));
        QCOMPARE(sparse.blocks, int64_t(1));
        QCOMPARE(sparse.segmentStart, (std::vector<int32_t>{0, 2, 4}));
        QCOMPARE(sparse.offsets, (std::vector<int32_t>{0, 32, 16, 32}));
        QCOMPARE(sparse.weights, (std::vector<float>{1.0f, 2.0f, 3.0f, 4.0f}));
        QCOMPARE(zeroShare(A, 6), 2.0 / 6.0);
    }

    void rowStridesAreAnOddNumberOfCacheLines() {
        QCOMPARE(sparseRowStride(1), int64_t(16));
        QCOMPARE(sparseRowStride(16), int64_t(16));
        QCOMPARE(sparseRowStride(17), int64_t(48)); // two lines would put every other set out of use
        QCOMPARE(sparseRowStride(256), int64_t(272));
        QCOMPARE(sparseRowStride(448), int64_t(464));
    }

    void sparseConvolutionMatchesDenseOnEveryShapeClass() {
        // Every kind of convolution the sparse product serves, forced sparse against forced dense on the same
        // weights: a fraction of them zero, biased or not, the ReLU fused or not, on one thread and on all.
        const ConvCase cases[] = {
            {"1x1", 1, 24, 13, 13, 40, 1, 1, 1, 1, 0, 1},
            {"1x1 with few positions", 1, 16, 3, 5, 20, 1, 1, 1, 1, 0, 1},
            {"3x3 pad 1", 1, 16, 17, 19, 32, 1, 3, 3, 1, 1, 1},
            {"3x3 pad 1, 128 channels (unfolded when dense)", 1, 32, 9, 9, 160, 1, 3, 3, 1, 1, 1},
            {"3x3 stride 2", 1, 8, 21, 20, 24, 1, 3, 3, 2, 1, 1},
            {"7x7 stride 2, no pad (conv1-like)", 1, 3, 29, 29, 16, 1, 7, 7, 2, 0, 1},
            {"1x1 pad 1 (conv_final-like)", 1, 64, 7, 7, 100, 1, 1, 1, 1, 1, 1},
            {"3x3 dilation 2", 1, 6, 15, 15, 12, 1, 3, 3, 1, 2, 2},
            {"two groups", 1, 16, 11, 11, 24, 2, 3, 3, 1, 1, 1},
            {"batch 2", 2, 12, 10, 9, 20, 1, 3, 3, 1, 1, 1},
            {"K over several blocks", 1, 40, 9, 8, 16, 1, 3, 3, 1, 1, 1},
        };
        std::mt19937 rng(7);
        for (const ConvCase& c : cases)
            for (const double zeros : {0.5, 0.9, 1.0})
                for (const bool withBias : {false, true})
                    for (const bool relu : {false, true})
                        for (const int threads : {1, 0}) {
                            const Tensor x({c.n, c.cin, c.h, c.w},
                                           randomValues(size_t(c.n * c.cin * c.h * c.w), 0.0, rng));
                            const Shape wShape = {c.cout, c.cin / c.group, c.kh, c.kw};
                            const Tensor w(wShape, randomValues(size_t(elementCount(wShape)), zeros, rng));
                            const Tensor b({c.cout}, randomValues(size_t(c.cout), 0.0, rng));
                            const QString what = QString("%1, %2 zeros, bias %3 relu %4, %5 threads")
                                                     .arg(c.name)
                                                     .arg(zeros)
                                                     .arg(withBias)
                                                     .arg(relu)
                                                     .arg(threads);
                            Tensor dense, sparse;
                            {
                                const EngineSettings settings(SparseWeights::Dense, threads);
                                Network net = convNetwork(c, w, withBias ? &b : nullptr, relu);
                                QVERIFY2(!net.layers()[0].weightPath.sparse, qPrintable(what));
                                dense = net.run({x}).outputs.at(0);
                            }
                            {
                                const EngineSettings settings(SparseWeights::Sparse, threads);
                                Network net = convNetwork(c, w, withBias ? &b : nullptr, relu);
                                QVERIFY2(net.layers()[0].weightPath.sparse, qPrintable(what));
                                sparse = net.run({x}).outputs.at(0);
                            }
                            QCOMPARE(sparse.shape, dense.shape);
                            const double error = relativeL2(sparse.floats, dense.floats);
                            QVERIFY2(error <= kTolerance,
                                     qPrintable(what + QString(": relative L2 %1").arg(error)));
                        }
    }

    void aNetworkPlansAfreshWhenTheThreadCountChanges() {
        // A plan made for one thread count and run under another splits its work for the wrong count (and
        // the tuner, timing a layer at 1 and 2 threads, measured plans made for the other one).
        const ConvCase c{"3x3", 1, 16, 17, 19, 32, 1, 3, 3, 1, 1, 1};
        std::mt19937 rng(11);
        const Tensor x({c.n, c.cin, c.h, c.w}, randomValues(size_t(c.n * c.cin * c.h * c.w), 0.0, rng));
        const Shape wShape = {c.cout, c.cin, c.kh, c.kw};
        const Tensor w(wShape, randomValues(size_t(elementCount(wShape)), 0.5, rng));
        const EngineSettings settings(SparseWeights::Dense, 1);
        Network net = convNetwork(c, w, nullptr, true);
        const Tensor one = net.run({x}).outputs.at(0);
        QCOMPARE(net.plannedThreads(), 1);
        setThreadCount(2);
        const Tensor two = net.run({x}).outputs.at(0);
        QCOMPARE(net.plannedThreads(), 2);
        QVERIFY(relativeL2(one.floats, two.floats) <= kTolerance);
        // A checkpoint taken under one count and timed under another plans afresh too.
        NetworkCheckpoint checkpoint;
        net.runUntil({x}, 0, checkpoint);
        setThreadCount(1);
        QVERIFY(net.timeLayerAt(checkpoint) >= 0.0);
        QCOMPARE(net.plannedThreads(), 1);
    }

    void skippedZeroWeightsAreCountedAsTheirOwnCategory() {
        // SPEC §4.6: a convolution that runs the sparse product executes its dense operations less the
        // multiply-accumulates by zero weights, counted apart (zeroWeightOps); the dense product executes
        // them all. Batch 2, two groups, stride 2: every factor of the count.
        std::mt19937 rng(12);
        const ConvCase c = {"3x3 stride 2, two groups", 2, 8, 15, 13, 12, 2, 3, 3, 2, 1, 1};
        const Shape wShape = {c.cout, c.cin / c.group, c.kh, c.kw};
        const Tensor w(wShape, randomValues(size_t(elementCount(wShape)), 0.6, rng));
        const Tensor x({c.n, c.cin, c.h, c.w}, randomValues(size_t(c.n * c.cin * c.h * c.w), 0.0, rng));
        const int64_t zeros = std::count(w.floats.begin(), w.floats.end(), 0.0f);
        QVERIFY(zeros > 0);
        const int64_t positions = 8 * 7; // (15 + 2 − 3) / 2 + 1 by (13 + 2 − 3) / 2 + 1
        for (const SparseWeights policy : {SparseWeights::Dense, SparseWeights::Sparse}) {
            const EngineSettings settings(policy, 1);
            Network net = convNetwork(c, w, nullptr, true);
            const RunResult r = net.run({x});
            const LayerStats& conv = r.layers.at(0);
            QCOMPARE(conv.denseOps, c.n * positions * c.cout * (c.cin / c.group) * c.kh * c.kw);
            const int64_t skipped = policy == SparseWeights::Sparse ? c.n * positions * zeros : 0;
            QCOMPARE(conv.zeroWeightOps, skipped);
            QCOMPARE(conv.executedOps, conv.denseOps - skipped);
            QCOMPARE(net.layers().at(0).zeroWeightOps, skipped);
            QCOMPARE(r.zeroWeightOps(), skipped);
            QCOMPARE(r.executedOps(), r.denseOps() - skipped);
        }
    }

    void fewZeroWeightsKeepTheDenseProductEvenWhenSparseIsAsked() {
        std::mt19937 rng(8);
        const ConvCase c = {"3x3", 1, 8, 9, 9, 16, 1, 3, 3, 1, 1, 1};
        const Shape wShape = {c.cout, c.cin, c.kh, c.kw};
        const Tensor w(wShape, randomValues(size_t(elementCount(wShape)), 0.05, rng));
        const EngineSettings settings(SparseWeights::Sparse, 1);
        const Network net = convNetwork(c, w, nullptr, false);
        const WeightPath& path = net.layers()[0].weightPath;
        QVERIFY(path.hasWeights);
        QVERIFY(path.zeroShare < kSparseCandidateShare);
        QVERIFY(!path.candidate);
        QVERIFY(!path.sparse);
    }

    void depthwiseConvolutionHasNoSparseProduct() {
        // A depthwise convolution runs its own direct loop (K = kH·kW would make a poor GEMM of either
        // kind).
        std::mt19937 rng(9);
        const ConvCase c = {"depthwise", 1, 8, 12, 12, 8, 8, 3, 3, 1, 1, 1};
        const Tensor w({8, 1, 3, 3}, randomValues(72, 0.9, rng));
        const EngineSettings settings(SparseWeights::Sparse, 1);
        const Network net = convNetwork(c, w, nullptr, true);
        QVERIFY(!net.layers()[0].weightPath.hasWeights);
        QVERIFY(!net.layers()[0].weightPath.sparse);
    }

    void measuredChoiceKeepsTheFasterProductAndBothTimes() {
        // No claim about which product wins (that is the machine's to say), only that the sparse one is kept
        // when clearly faster.
        std::mt19937 rng(10);
        const ConvCase c = {"3x3", 1, 32, 20, 20, 64, 1, 3, 3, 1, 1, 1};
        const Shape wShape = {c.cout, c.cin, c.kh, c.kw};
        const Tensor w(wShape, randomValues(size_t(elementCount(wShape)), 0.7, rng));
        const EngineSettings settings(SparseWeights::Measured, 1);
        const Network net = convNetwork(c, w, nullptr, false);
        const WeightPath& path = net.layers()[0].weightPath;
        QVERIFY(path.candidate);
        QVERIFY(path.measured);
        QVERIFY(path.denseMs > 0.0);
        QVERIFY(path.sparseMs > 0.0);
        QCOMPARE(path.sparse, path.sparseMs <= kSparseTimeShare * path.denseMs);
    }

    void squeezeNetGivesTheSameResultsSparseAndDense() {
        // The model the sparse product is for: Deep Compression's SqueezeNet, two thirds of its expand
        // weights zero. Forced sparse against forced dense on real images: the same probabilities, the same
        // top-1.
        DYVE_REQUIRE_SHARED();
        const std::string modelFile = dyve::test::sharedPath("zoo/squeezenet1.0-dc/model.onnx").toStdString();
        const std::string cardFile =
            findModelCard(modelFile, {dyve::test::sourcePath("models/cards").toStdString()});
        QVERIFY2(!cardFile.empty(), "the zoo model has no card in models/cards");
        const Preprocessor pre(loadModelCard(cardFile), modelFile);
        const auto data = openDataset(dyve::test::sharedPath("data/imagenet-test").toStdString(), 4);
        QVERIFY(data->size() > 0);

        std::vector<Tensor> dense, sparse;
        int sparseLayers = 0;
        for (const SparseWeights policy : {SparseWeights::Dense, SparseWeights::Sparse}) {
            const EngineSettings settings(policy, 0);
            Network network(loadModel(modelFile));
            for (const LayerInfo& layer : network.layers())
                if (policy == SparseWeights::Sparse && layer.weightPath.sparse) ++sparseLayers;
            for (size_t i = 0; i < data->size(); ++i)
                (policy == SparseWeights::Dense ? dense : sparse)
                    .push_back(network.run({pre.toTensor(data->image(i))}).outputs.at(0));
        }
        QVERIFY2(sparseLayers >= 8,
                 qPrintable(QString("%1 layers took the sparse product").arg(sparseLayers)));
        // The accounting of the forced sparse run: the skipped zero weights of the layers that took the
        // sparse product, and nothing else missing from the executed operations.
        {
            const EngineSettings settings(SparseWeights::Sparse, 0);
            Network network(loadModel(modelFile));
            const RunResult r = network.run({pre.toTensor(data->image(0))});
            int64_t skipped = 0;
            for (size_t l = 0; l < r.layers.size(); ++l) {
                const LayerStats& layer = r.layers[l];
                QCOMPARE(layer.zeroWeightOps > 0, network.layers()[l].weightPath.sparse);
                QCOMPARE(layer.executedOps, layer.denseOps - layer.zeroWeightOps);
                skipped += layer.zeroWeightOps;
            }
            std::printf("  zero-weight multiply-adds skipped: %.1f%% of the dense operations\n",
                        100.0 * double(skipped) / double(r.denseOps()));
            QCOMPARE(r.executedOps(), r.denseOps() - skipped);
            // Deep Compression zeroed 48.5% of the multiply-accumulates; conv1's (1% zero) stay dense.
            QVERIFY(double(skipped) > 0.3 * double(r.denseOps()));
        }
        for (size_t i = 0; i < dense.size(); ++i) {
            const double error = relativeL2Error(sparse[i], dense[i]);
            std::printf("  %-50s relative L2 %.3g\n", data->describe(i).c_str(), error);
            QVERIFY2(
                error <= kTolerance,
                qPrintable(
                    QString("%1: relative L2 %2").arg(QString::fromStdString(data->describe(i))).arg(error)));
            QCOMPARE(topK(sparse[i], 1).at(0).index, topK(dense[i], 1).at(0).index);
        }
    }

    void dyveInfoShowsEachConvolutionsZeroWeightsAndProduct() {
        // conv1 has 1.5% zero weights and stays dense unmeasured; fire2's 3×3 expand has 67% and was timed
        // both ways, whichever won.
        DYVE_REQUIRE_SHARED();
        const auto [exitCode, out] = dyveInfo({"--json"});
        QCOMPARE(exitCode, 0);
        const QJsonArray layers = QJsonDocument::fromJson(out).object().value("layers").toArray();
        QJsonObject conv1, expand, relu;
        for (const QJsonValue& layer : layers) {
            const QString name = layer.toObject().value("name").toString();
            if (name == "conv1") conv1 = layer.toObject();
            if (name == "fire2/conv3x3_2") expand = layer.toObject();
            if (name == "relu_conv1") relu = layer.toObject();
        }
        const QJsonObject dense = conv1.value("weights").toObject();
        QVERIFY(dense.value("zero_share").toDouble() < kSparseCandidateShare);
        QCOMPARE(dense.value("product").toString(), QString("dense"));
        QCOMPARE(dense.value("measured").toBool(), false);
        const QJsonObject timed = expand.value("weights").toObject();
        QVERIFY(qAbs(timed.value("zero_share").toDouble() - 0.67) < 0.01);
        QCOMPARE(timed.value("measured").toBool(), true);
        const bool sparseFaster =
            timed.value("sparse_ms").toDouble() <= kSparseTimeShare * timed.value("dense_ms").toDouble();
        QCOMPARE(timed.value("product").toString(), QString(sparseFaster ? "sparse" : "dense"));
        QVERIFY(relu.value("weights").isNull());
    }

    void dyveSparseWeightsOptionDecidesWithoutTiming() {
        DYVE_REQUIRE_SHARED();
        for (const QString policy : {"dense", "sparse"}) {
            const auto [exitCode, out] = dyveInfo({"--json", "--sparse-weights", policy});
            QCOMPARE(exitCode, 0);
            int sparse = 0;
            for (const QJsonValue& layer : QJsonDocument::fromJson(out).object().value("layers").toArray()) {
                const QJsonObject weights = layer.toObject().value("weights").toObject();
                QCOMPARE(weights.value("measured").toBool(), false);
                sparse += weights.value("product").toString() == "sparse";
            }
            QCOMPARE(sparse > 0, policy == "sparse");
        }
        QCOMPARE(dyveInfo({"--sparse-weights", "sometimes"}).first, 2); // a usage error
    }
};

QTEST_APPLESS_MAIN(SparseWeightsTest)
#include "sparse_weights_test.moc"
