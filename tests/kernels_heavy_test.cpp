// The compute-heavy dense operators (SPEC §4.2) against plain reference implementations written here,
// loop by loop from the ONNX operator definitions: random inputs with a fixed seed over many shapes, a few
// cases small enough to compute by hand, and the shapes a model must not get away with.

#include "core/errors.h"
#include "graph/graph.h"
#include "kernels/cpu_features.h"
#include "kernels/depthwise.h"
#include "kernels/packed_gemm.h"
#include "runtime/network.h"
#include "runtime/threading.h"
#include "runtime/weight_policy.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>

using namespace dyve;

namespace {

Attribute ints(std::vector<int64_t> values) {
    Attribute a;
    a.kind = Attribute::Kind::Ints;
    a.ints = std::move(values);
    return a;
}

Attribute integer(int64_t value) {
    Attribute a;
    a.kind = Attribute::Kind::Int;
    a.i = value;
    return a;
}

Attribute real(float value) {
    Attribute a;
    a.kind = Attribute::Kind::Float;
    a.f = value;
    return a;
}

Attribute text(std::string value) {
    Attribute a;
    a.kind = Attribute::Kind::String;
    a.s = std::move(value);
    return a;
}

Tensor randomTensor(const Shape& shape, std::mt19937& rng) {
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    std::vector<float> values(static_cast<size_t>(elementCount(shape)));
    for (float& v : values)
        v = uniform(rng);
    return Tensor(shape, std::move(values));
}

using Feed = std::vector<std::pair<std::string, Tensor>>;

// Runs one node through the Network, as a model would: `feed` are graph inputs, `constants` initializers.
Tensor runNode(const Node& node, const Feed& feed, const std::map<std::string, Tensor>& constants = {}) {
    Graph g;
    g.sourceFile = "kernels.onnx";
    for (const auto& [name, t] : feed)
        g.inputs.push_back({name, t.shape});
    g.initializers = constants;
    g.nodes = {node};
    g.outputs = {node.outputs.at(0)};
    Network net(std::move(g));
    std::vector<Tensor> inputs;
    for (const auto& [name, t] : feed)
        inputs.push_back(t);
    return net.run(inputs).outputs.at(0);
}

// Empty when `got` matches `want` in shape and, element by element, within 1e-4 absolute plus relative.
QString mismatch(const Tensor& got, const Tensor& want, const QString& what) {
    if (got.shape != want.shape)
        return what + QStringLiteral(": shape %1, expected %2")
                          .arg(QString::fromStdString(toString(got.shape)),
                               QString::fromStdString(toString(want.shape)));
    for (size_t i = 0; i < want.floats.size(); ++i) {
        const float tolerance = 1e-4f * (1.0f + std::fabs(want.floats[i]));
        if (!(std::fabs(got.floats[i] - want.floats[i]) <= tolerance))
            return what + QStringLiteral(": element %1 is %2, expected %3")
                              .arg(i)
                              .arg(got.floats[i])
                              .arg(want.floats[i]);
    }
    return {};
}

// ---- Reference implementations: the definitions, one output element at a time. ----

struct Window {
    int64_t kh = 1, kw = 1, sh = 1, sw = 1;
    int64_t top = 0, left = 0, bottom = 0, right = 0; // pads
    int64_t dh = 1, dw = 1;
};

int64_t referenceOutputSize(int64_t in, int64_t k, int64_t s, int64_t begin, int64_t end, int64_t d,
                            bool ceil) {
    const int64_t span = (k - 1) * d + 1;
    const int64_t room = in + begin + end - span;
    int64_t out = ceil ? (room + s - 1) / s + 1 : room / s + 1;
    if (ceil && (out - 1) * s >= in + begin) --out;
    return out;
}

// x: N×C×H×W, w: C_out×(C/group)×kH×kW.
Tensor referenceConv(const Tensor& x, const Tensor& w, const std::vector<float>& bias, int64_t group,
                     const Window& p) {
    const int64_t n = x.shape[0], c = x.shape[1], h = x.shape[2], wd = x.shape[3];
    const int64_t cout = w.shape[0], cinG = w.shape[1];
    const int64_t oh = referenceOutputSize(h, p.kh, p.sh, p.top, p.bottom, p.dh, false);
    const int64_t ow = referenceOutputSize(wd, p.kw, p.sw, p.left, p.right, p.dw, false);
    Tensor y = Tensor::zeros({n, cout, oh, ow});
    const int64_t coutG = cout / group;
    for (int64_t b = 0; b < n; ++b)
        for (int64_t o = 0; o < cout; ++o)
            for (int64_t oy = 0; oy < oh; ++oy)
                for (int64_t ox = 0; ox < ow; ++ox) {
                    double sum = bias.empty() ? 0.0 : bias[o];
                    const int64_t g = o / coutG;
                    for (int64_t i = 0; i < cinG; ++i)
                        for (int64_t ky = 0; ky < p.kh; ++ky)
                            for (int64_t kx = 0; kx < p.kw; ++kx) {
                                const int64_t iy = oy * p.sh - p.top + ky * p.dh;
                                const int64_t ix = ox * p.sw - p.left + kx * p.dw;
                                if (iy < 0 || iy >= h || ix < 0 || ix >= wd) continue;
                                sum += double(x.floats[((b * c + g * cinG + i) * h + iy) * wd + ix]) *
                                       w.floats[((o * cinG + i) * p.kh + ky) * p.kw + kx];
                            }
                    y.floats[((b * cout + o) * oh + oy) * ow + ox] = static_cast<float>(sum);
                }
    return y;
}

enum class PoolKind { Max, AverageExcludePad, AverageIncludePad };

Tensor referencePool(const Tensor& x, PoolKind kind, const Window& p, bool ceil) {
    const int64_t n = x.shape[0], c = x.shape[1], h = x.shape[2], wd = x.shape[3];
    const int64_t oh = referenceOutputSize(h, p.kh, p.sh, p.top, p.bottom, p.dh, ceil);
    const int64_t ow = referenceOutputSize(wd, p.kw, p.sw, p.left, p.right, p.dw, ceil);
    Tensor y = Tensor::zeros({n, c, oh, ow});
    for (int64_t plane = 0; plane < n * c; ++plane)
        for (int64_t oy = 0; oy < oh; ++oy)
            for (int64_t ox = 0; ox < ow; ++ox) {
                double sum = 0.0, best = -std::numeric_limits<double>::infinity();
                int64_t inside = 0, insidePadded = 0;
                for (int64_t ky = 0; ky < p.kh; ++ky)
                    for (int64_t kx = 0; kx < p.kw; ++kx) {
                        const int64_t iy = oy * p.sh - p.top + ky * p.dh;
                        const int64_t ix = ox * p.sw - p.left + kx * p.dw;
                        if (iy >= -p.top && iy < h + p.bottom && ix >= -p.left && ix < wd + p.right)
                            ++insidePadded;
                        if (iy < 0 || iy >= h || ix < 0 || ix >= wd) continue;
                        const float v = x.floats[(plane * h + iy) * wd + ix];
                        ++inside;
                        sum += v;
                        best = std::max<double>(best, v);
                    }
                float result = 0.0f;
                if (kind == PoolKind::Max) result = static_cast<float>(best);
                if (kind == PoolKind::AverageExcludePad) result = static_cast<float>(sum / double(inside));
                if (kind == PoolKind::AverageIncludePad)
                    result = static_cast<float>(sum / double(insidePadded));
                y.floats[(plane * oh + oy) * ow + ox] = result;
            }
    return y;
}

// Y = alpha·op(A)·op(B) + beta·C, C given as an M×N matrix already broadcast (or empty).
Tensor referenceGemm(const Tensor& a, const Tensor& b, const std::vector<float>& c, bool ta, bool tb,
                     float alpha, float beta) {
    const int64_t m = ta ? a.shape[1] : a.shape[0], k = ta ? a.shape[0] : a.shape[1];
    const int64_t n = tb ? b.shape[0] : b.shape[1];
    Tensor y = Tensor::zeros({m, n});
    for (int64_t i = 0; i < m; ++i)
        for (int64_t j = 0; j < n; ++j) {
            double sum = 0.0;
            for (int64_t l = 0; l < k; ++l) {
                const float av = ta ? a.floats[l * m + i] : a.floats[i * k + l];
                const float bv = tb ? b.floats[j * k + l] : b.floats[l * n + j];
                sum += double(av) * bv;
            }
            y.floats[i * n + j] = static_cast<float>(alpha * sum + (c.empty() ? 0.0 : beta * c[i * n + j]));
        }
    return y;
}

Node convNode(const Window& p, int64_t group, bool bias) {
    Node node{"conv1", "Conv", {"x", "w"}, {"y"}, {}};
    if (bias) node.inputs.push_back("b");
    node.attributes["group"] = integer(group);
    node.attributes["strides"] = ints({p.sh, p.sw});
    node.attributes["pads"] = ints({p.top, p.left, p.bottom, p.right});
    node.attributes["dilations"] = ints({p.dh, p.dw});
    return node;
}

Node poolNode(const std::string& op, const Window& p, bool ceil) {
    Node node{"pool1", op, {"x"}, {"y"}, {}};
    node.attributes["kernel_shape"] = ints({p.kh, p.kw});
    node.attributes["strides"] = ints({p.sh, p.sw});
    node.attributes["pads"] = ints({p.top, p.left, p.bottom, p.right});
    if (p.dh != 1 || p.dw != 1) node.attributes["dilations"] = ints({p.dh, p.dw});
    node.attributes["ceil_mode"] = integer(ceil ? 1 : 0);
    return node;
}

} // namespace

class KernelsHeavyTest : public QObject {
    Q_OBJECT
private slots:
    void convMatchesReferenceAcrossShapes() {
        struct Case {
            const char* name;
            int64_t n, cin, h, w, cout, group;
            Window p;
            bool bias;
        };
        const Case cases[] = {
            {"3x3 pad 1", 1, 4, 9, 11, 6, 1, {3, 3, 1, 1, 1, 1, 1, 1, 1, 1}, true},
            {"stride 2, asymmetric pads", 1, 3, 12, 10, 5, 1, {3, 3, 2, 2, 0, 1, 2, 0, 1, 1}, true},
            {"dilation 2", 1, 3, 11, 9, 4, 1, {3, 3, 1, 1, 2, 1, 2, 0, 2, 2}, false},
            {"two groups", 1, 6, 8, 8, 4, 2, {3, 3, 1, 1, 1, 1, 1, 1, 1, 1}, true},
            {"depthwise stride 2", 1, 5, 9, 10, 5, 5, {3, 3, 2, 2, 1, 1, 1, 1, 1, 1}, true},
            {"depthwise dilated asymmetric", 1, 4, 10, 7, 4, 4, {3, 2, 1, 1, 2, 0, 1, 1, 2, 1}, false},
            {"depthwise multiplier 2", 1, 3, 7, 7, 6, 3, {3, 3, 1, 1, 1, 1, 1, 1, 1, 1}, true},
            {"pointwise", 1, 16, 5, 6, 8, 1, {1, 1, 1, 1, 0, 0, 0, 0, 1, 1}, true},
            {"pointwise grouped", 1, 8, 5, 5, 4, 2, {1, 1, 1, 1, 0, 0, 0, 0, 1, 1}, false},
            {"1x1 stride 2", 1, 4, 7, 8, 3, 1, {1, 1, 2, 2, 0, 0, 0, 0, 1, 1}, true},
            {"3x1 kernel, strides 2x1", 1, 3, 9, 5, 2, 1, {3, 1, 2, 1, 1, 0, 1, 0, 1, 1}, true},
            {"7x7 stride 2 (conv1-like)", 1, 3, 23, 23, 8, 1, {7, 7, 2, 2, 0, 0, 0, 0, 1, 1}, true},
            {"batch 3", 3, 4, 6, 7, 5, 1, {3, 3, 1, 1, 1, 1, 1, 1, 1, 1}, true},
            {"batch 3 depthwise", 3, 4, 6, 6, 4, 4, {3, 3, 1, 1, 1, 1, 1, 1, 1, 1}, true},
            {"batch 3 pointwise", 3, 5, 4, 4, 7, 1, {1, 1, 1, 1, 0, 0, 0, 0, 1, 1}, false},
            {"kernel larger than stride, pad 2", 1, 2, 5, 5, 3, 1, {5, 5, 3, 3, 2, 2, 2, 2, 1, 1}, true},
            // One window over the whole input: multiplied as it is, not unfolded.
            {"batch 3, one window over the whole input",
             3,
             5,
             3,
             4,
             7,
             1,
             {3, 4, 1, 1, 0, 0, 0, 0, 1, 1},
             true},
            {"grouped, one window over the whole input",
             2,
             6,
             3,
             3,
             4,
             2,
             {3, 3, 2, 2, 0, 0, 0, 0, 1, 1},
             true},
        };
        std::mt19937 rng(1234);
        for (const Case& c : cases) {
            const Tensor x = randomTensor({c.n, c.cin, c.h, c.w}, rng);
            const Tensor w = randomTensor({c.cout, c.cin / c.group, c.p.kh, c.p.kw}, rng);
            const Tensor b = randomTensor({c.cout}, rng);
            std::map<std::string, Tensor> constants = {{"w", w}};
            if (c.bias) constants["b"] = b;
            const Tensor got = runNode(convNode(c.p, c.group, c.bias), {{"x", x}}, constants);
            const Tensor want = referenceConv(x, w, c.bias ? b.floats : std::vector<float>{}, c.group, c.p);
            const QString error = mismatch(got, want, c.name);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void packedGemmMatchesNaiveProductOnRandomShapes() {
        // Every combination of full and partial panels (8 rows) and column blocks (16 portable, 32 AVX-512),
        // one column (the matrix-vector product), strided B and C, with and without bias and residual, no
        // activation, ReLU and SiLU; the AVX-512 kernels and the portable ones (those of AVX2 and NEON
        // machines) alike.
        for (const bool avx512 : {true, false}) {
            setAvx512KernelsEnabled(avx512);
            checkPackedGemmOnRandomShapes();
        }
        setAvx512KernelsEnabled(true);
    }

    // A convolution plans its bands' column blocks once (planShiftedColumns) and passes them with every
    // product: the same outputs, bit for bit, as the product working them out itself; a plan of another range
    // or map is not used.
    void aShiftedProductWithItsPlannedColumnsIsTheUnplannedOne() {
        std::mt19937 rng(11);
        std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
        const int64_t M = 20, channels = 3, height = 9, paddedWidth = 13, width = 11;
        std::vector<int64_t> offsets;
        for (int64_t c = 0; c < channels; ++c)
            for (int64_t ky = 0; ky < 3; ++ky)
                for (int64_t kx = 0; kx < 3; ++kx)
                    offsets.push_back((c * (height + 2) + ky) * paddedWidth + kx);
        const int64_t K = static_cast<int64_t>(offsets.size());
        std::vector<float> A(M * K), bias(M), image(channels * (height + 2) * paddedWidth);
        for (std::vector<float>* v : {&A, &bias, &image})
            for (float& e : *v)
                e = uniform(rng);
        const std::vector<float> packed = packPanels(A.data(), M, K, K);
        const int64_t outSize = height * width, wide = (height - 1) * paddedWidth + width;
        std::vector<float> residual(M * outSize);
        for (float& e : residual)
            e = uniform(rng);
        // Whole blocks and a tail, a range narrower than half a block, one inside a row.
        for (const std::pair<int64_t, int64_t>& range :
             {std::pair<int64_t, int64_t>{0, wide}, {32, wide}, {40, 52}, {3, 10}})
            for (const bool withResidual : {false, true}) {
                const int64_t begin = range.first, end = range.second; // (a lambda cannot capture a binding)
                auto planned = [&](const ShiftedColumns* columns) {
                    std::vector<float> C(M * outSize, 42.0f);
                    multiplyPackedShifted(packed.data(), M, K, image.data(), offsets.data(), begin, end,
                                          paddedWidth, width, bias.data(), Activation::relu(), C.data(),
                                          outSize, withResidual ? residual.data() : nullptr, 0, nullptr,
                                          columns);
                    return C;
                };
                const std::vector<float> unplanned = planned(nullptr);
                const ShiftedColumns columns = planShiftedColumns(begin, end, paddedWidth, width);
                QVERIFY(columns.fits(begin, end, paddedWidth, width));
                QVERIFY(avx512KernelsEnabled() == !columns.blocks.empty());
                QVERIFY(planned(&columns) == unplanned);
                const ShiftedColumns other = planShiftedColumns(begin + 1, end, paddedWidth, width);
                QVERIFY(!other.fits(begin, end, paddedWidth, width));
                QVERIFY(planned(&other) == unplanned);
            }
    }

    // A network run at a narrower width (Layer::setWidth) multiplies the top-left corner of weights packed
    // whole: the first M' rows by the first K' columns, the panels K apart. Rows whose weights end in zeros
    // (a width-trained network's nesting) stop at their panel's depth: the product is unchanged, bit for bit.
    void aCornerOfPackedWeightsAndTheirDepthsMultiplyExactly() {
        std::mt19937 rng(5);
        std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
        const int64_t M = 24, K = 72;
        std::vector<float> A(M * K);
        for (int64_t i = 0; i < M; ++i) // nested: row i reads the first 18·(1 + i / 6) columns
            for (int64_t k = 0; k < K; ++k)
                A[i * K + k] = k < 18 * (1 + i / 6) ? uniform(rng) : 0.0f;
        const std::vector<int64_t> depths = panelDepths(A.data(), M, K, K);
        QCOMPARE(depths, (std::vector<int64_t>{18, 36, 36, 54, 72, 72}));
        const std::vector<float> packed = packPanels(A.data(), M, K, K);
        for (const int64_t N : {1, 40})
            for (const auto& [rows, depth] : {std::pair<int64_t, int64_t>{12, 36}, {24, 72}, {5, 36}}) {
                std::vector<float> B(K * N);
                for (float& e : B)
                    e = uniform(rng);
                // The corner packed on its own is the reference: the same sums in the same order.
                std::vector<float> corner(rows * depth);
                for (int64_t i = 0; i < rows; ++i)
                    std::copy(A.begin() + i * K, A.begin() + i * K + depth, corner.begin() + i * depth);
                const std::vector<float> cornerPacked = packPanels(corner.data(), rows, depth, depth);
                std::vector<float> expected(rows * N), fromWhole(rows * N), withDepths(rows * N);
                multiplyPacked(cornerPacked.data(), rows, N, depth, B.data(), N, nullptr, Activation::none(),
                               expected.data(), N);
                multiplyPacked(packed.data(), rows, N, depth, B.data(), N, nullptr, Activation::none(),
                               fromWhole.data(), N, nullptr, K);
                multiplyPacked(packed.data(), rows, N, depth, B.data(), N, nullptr, Activation::none(),
                               withDepths.data(), N, nullptr, K, depths.data());
                QCOMPARE(fromWhole, expected);
                QCOMPARE(withDepths, expected);
            }
    }

    void checkPackedGemmOnRandomShapes() {
        std::mt19937 rng(77);
        std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
        for (const int64_t M : {1, 4, 7, 8, 13, 16, 20, 40})
            for (const int64_t N : {1, 5, 16, 17, 31, 32, 33, 40, 64, 95})
                for (const int64_t K : {1, 9, 144}) {
                    const int64_t lda = K + 3, ldb = N + 2, ldc = N + 1;
                    std::vector<float> A(M * lda), B(K * ldb), bias(M);
                    for (std::vector<float>* v : {&A, &B, &bias})
                        for (float& e : *v)
                            e = uniform(rng);
                    std::vector<float> residual(M * ldc);
                    for (float& e : residual)
                        e = uniform(rng);
                    const std::vector<float> packed = packPanels(A.data(), M, K, lda);
                    for (const bool withBias : {false, true})
                        for (const Activation& activation :
                             {Activation::none(), Activation::relu(), Activation::silu()})
                            for (const bool withResidual : {false, true}) {
                                std::vector<float> C(M * ldc, 42.0f);
                                multiplyPacked(packed.data(), M, N, K, B.data(), ldb,
                                               withBias ? bias.data() : nullptr, activation, C.data(), ldc,
                                               withResidual ? residual.data() : nullptr);
                                for (int64_t i = 0; i < M; ++i) {
                                    for (int64_t j = 0; j < N; ++j) {
                                        double sum = withBias ? bias[i] : 0.0;
                                        for (int64_t k = 0; k < K; ++k)
                                            sum += double(A[i * lda + k]) * B[k * ldb + j];
                                        if (withResidual) sum += residual[i * ldc + j];
                                        sum = activation(static_cast<float>(sum));
                                        QVERIFY2(
                                            std::fabs(C[i * ldc + j] - sum) <= 1e-4 * (1.0 + std::fabs(sum)),
                                            qPrintable(
                                                QString("%8: M %1 N %2 K %3: C[%4][%5] = %6, expected %7")
                                                    .arg(M)
                                                    .arg(N)
                                                    .arg(K)
                                                    .arg(i)
                                                    .arg(j)
                                                    .arg(C[i * ldc + j])
                                                    .arg(sum)
                                                    .arg(avx512KernelsEnabled() ? "AVX-512" : "portable")));
                                    }
                                    QCOMPARE(C[i * ldc + N], 42.0f); // nothing past the N columns is written
                                }
                            }
                }
    }

    void depthwiseKernelMatchesNaiveLoopOnRandomGeometries() {
        // kernels/depthwise.h on every kind of window: kernels 1 to 5 wide, strides 1 to 3, dilations 1 and
        // 2, pads 0 to 3 on each side independently, planes from 1×1 to several bands tall (bandRows) and
        // wider than a block; no activation, ReLU, a clip, hard swish and SiLU. Each output plane is followed
        // by guard values that must stay untouched (the kernel's copies overshoot inside its scratch only),
        // and the input is a buffer of exactly its size (the sanitizer build catches a read past it).
        std::mt19937 rng(2024);
        std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
        auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        const Activation activations[] = {Activation::none(), Activation::relu(),
                                          Activation::clamp(0.0f, 0.5f),
                                          Activation::hardSwish(1.0f / 6, 0.5f), Activation::silu()};
        for (int trial = 0; trial < 400; ++trial) {
            WindowGeometry g;
            const bool tall = trial % 10 == 0;
            g.in[0] = tall ? pick(150, 300) : pick(1, 40);
            g.in[1] = tall ? pick(1, 12) : pick(1, 90);
            for (int a = 0; a < 2; ++a) {
                g.kernel[a] = pick(1, 5);
                g.stride[a] = pick(1, 3);
                g.dilation[a] = pick(1, 2);
                g.padBegin[a] = pick(0, 3);
                g.padEnd[a] = pick(0, 3);
                const int64_t reach = g.dilation[a] * (g.kernel[a] - 1) + 1;
                const int64_t padded = g.in[a] + g.padBegin[a] + g.padEnd[a];
                if (padded < reach) g.padEnd[a] += reach - padded;
                g.out[a] = (g.in[a] + g.padBegin[a] + g.padEnd[a] - reach) / g.stride[a] + 1;
            }
            const Activation activation = activations[trial % 4];
            std::vector<float> x(static_cast<size_t>(g.inSize())), w(static_cast<size_t>(g.kernelSize()));
            for (float& v : x)
                v = uniform(rng);
            for (float& v : w)
                v = uniform(rng);
            const float bias = uniform(rng);
            const DepthwisePlan plan = planDepthwise(g);
            std::vector<float> scratch(static_cast<size_t>(plan.scratchFloats));
            std::vector<float> y(static_cast<size_t>(g.outSize() + 16), 42.0f);
            depthwisePlane(plan, x.data(), w.data(), bias, activation, y.data(), scratch.data());
            const QString shape = QString("in %1x%2 kernel %3x%4 stride %5x%6 dilation %7x%8 pads %9")
                                      .arg(g.in[0])
                                      .arg(g.in[1])
                                      .arg(g.kernel[0])
                                      .arg(g.kernel[1])
                                      .arg(g.stride[0])
                                      .arg(g.stride[1])
                                      .arg(g.dilation[0])
                                      .arg(g.dilation[1])
                                      .arg(QString("%1,%2,%3,%4")
                                               .arg(g.padBegin[0])
                                               .arg(g.padBegin[1])
                                               .arg(g.padEnd[0])
                                               .arg(g.padEnd[1]));
            for (int64_t oy = 0; oy < g.out[0]; ++oy)
                for (int64_t ox = 0; ox < g.out[1]; ++ox) {
                    double sum = bias;
                    for (int64_t ky = 0; ky < g.kernel[0]; ++ky)
                        for (int64_t kx = 0; kx < g.kernel[1]; ++kx) {
                            const int64_t iy = oy * g.stride[0] + ky * g.dilation[0] - g.padBegin[0];
                            const int64_t ix = ox * g.stride[1] + kx * g.dilation[1] - g.padBegin[1];
                            if (iy >= 0 && iy < g.in[0] && ix >= 0 && ix < g.in[1])
                                sum += double(w[ky * g.kernel[1] + kx]) * x[iy * g.in[1] + ix];
                        }
                    const double want = activation(static_cast<float>(sum));
                    const float got = y[oy * g.out[1] + ox];
                    QVERIFY2(std::fabs(got - want) <= 1e-5 * (1.0 + std::fabs(want)),
                             qPrintable(QString("%1: output (%2, %3) = %4, expected %5")
                                            .arg(shape)
                                            .arg(oy)
                                            .arg(ox)
                                            .arg(got)
                                            .arg(want)));
                }
            for (int64_t i = g.outSize(); i < g.outSize() + 16; ++i)
                QVERIFY2(y[i] == 42.0f, qPrintable(shape + ": wrote past the output plane"));
        }
    }

    void convMatchesReferenceOnModelSizedShapes() {
        // Shapes of the zoo's layers, large enough for full 8 × 32 blocks of the packed GEMM
        // (kernels/packed_gemm.h), output channels that leave a partial panel, position counts that leave a
        // partial column block, and im2col in several tiles; on one thread and on all; with the AVX-512
        // kernels and with the portable ones.
        struct Case {
            const char* name;
            int64_t cin, h, w, cout, group;
            Window p;
        };
        const Case cases[] = {
            {"resnet 3x3, 16 channels", 16, 32, 32, 16, 1, {3, 3, 1, 1, 1, 1, 1, 1, 1, 1}},
            {"resnet 3x3 stride 2", 16, 16, 16, 32, 1, {3, 3, 2, 2, 1, 1, 1, 1, 1, 1}},
            {"3x3 on 8x8, blocks spanning rows", 64, 8, 8, 64, 1, {3, 3, 1, 1, 1, 1, 1, 1, 1, 1}},
            {"5x3 asymmetric pads, stride 1", 6, 11, 19, 9, 1, {5, 3, 1, 1, 2, 0, 2, 2, 1, 1}},
            {"conv1 7x7 stride 2, 20 outputs", 3, 41, 37, 20, 1, {7, 7, 2, 2, 0, 0, 0, 0, 1, 1}},
            {"squeeze 1x1, 13x13 positions", 64, 13, 13, 36, 1, {1, 1, 1, 1, 0, 0, 0, 0, 1, 1}},
            {"expand 3x3 over several tiles", 24, 45, 45, 10, 1, {3, 3, 1, 1, 1, 1, 1, 1, 1, 1}},
            {"grouped 3x3, 12 per group", 16, 9, 11, 24, 2, {3, 3, 1, 1, 1, 1, 1, 1, 1, 1}},
            {"fewer positions than a block", 32, 3, 3, 17, 1, {3, 3, 1, 1, 1, 1, 1, 1, 1, 1}},
            // Stride 2 runs on the four phases of each channel (shifted views, no im2col).
            {"3x3 stride 2, odd map, asymmetric pads", 8, 15, 13, 24, 1, {3, 3, 2, 2, 1, 0, 0, 1, 1, 1}},
            {"1x1 stride 2 (ResNet's downsample)", 16, 16, 16, 32, 1, {1, 1, 2, 2, 0, 0, 0, 0, 1, 1}},
            {"5x5 stride 2 pad 2", 6, 19, 20, 10, 1, {5, 5, 2, 2, 2, 2, 2, 2, 1, 1}},
            {"grouped 3x3 stride 2", 8, 12, 12, 16, 2, {3, 3, 2, 2, 1, 1, 1, 1, 1, 1}},
            {"7x7 stride 2, end pad no window reaches", 3, 22, 22, 8, 1, {7, 7, 2, 2, 3, 3, 3, 3, 1, 1}},
            {"a fully connected layer as a 3x3 convolution of a 3x3 map",
             128,
             3,
             3,
             70,
             1,
             {3, 3, 1, 1, 0, 0, 0, 0, 1, 1}},
        };
        std::mt19937 rng(4321);
        const int before = threadCount();
        for (const Case& c : cases) {
            const Tensor x = randomTensor({1, c.cin, c.h, c.w}, rng);
            const Tensor w = randomTensor({c.cout, c.cin / c.group, c.p.kh, c.p.kw}, rng);
            const Tensor b = randomTensor({c.cout}, rng);
            const Tensor want = referenceConv(x, w, b.floats, c.group, c.p);
            for (const bool avx512 : {true, false})
                for (const int threads : {1, 0}) {
                    setAvx512KernelsEnabled(avx512);
                    setThreadCount(threads);
                    const Tensor got =
                        runNode(convNode(c.p, c.group, true), {{"x", x}}, {{"w", w}, {"b", b}});
                    const QString error = mismatch(got, want,
                                                   QString("%1, %2 threads, %3")
                                                       .arg(c.name)
                                                       .arg(threads)
                                                       .arg(avx512 ? "AVX-512" : "portable"));
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                }
        }
        setAvx512KernelsEnabled(true);
        setThreadCount(before);
    }

    void convFollowedByAnActivationMatchesUnfusedReference() {
        // The runtime fuses an activation that alone reads a convolution's output into the convolution
        // (Network::fuseActivations): Relu, Clip, HardSwish, Sigmoid, and the gated pairs PyTorch exports
        // SiLU as, Mul(y, Sigmoid(y)), and hard swish before opset 14, Mul(y, HardSigmoid(y)), either
        // operand first. The result is still the activation of
        // the convolution, and the fused nodes are still layers of the run, with no time of their own.
        struct Case {
            const char* name;
            std::vector<Node> nodes; // reading y, writing z
            std::function<double(double)> activation;
        };
        Attribute sixth, half;
        sixth.kind = half.kind = Attribute::Kind::Float;
        sixth.f = 1.0f / 6.0f;
        half.f = 0.5f;
        const auto hardSwish = [](double v) { return v * std::clamp(v / 6.0 + 0.5, 0.0, 1.0); };
        const auto logistic = [](double v) { return 1.0 / (1.0 + std::exp(-v)); };
        const Case cases[] = {
            {"Relu", {Node{"relu1", "Relu", {"y"}, {"z"}, {}}}, [](double v) { return std::max(v, 0.0); }},
            {"Clip(-0.5, 1.5)",
             {Node{"clip1", "Clip", {"y", "lo", "hi"}, {"z"}, {}}},
             [](double v) { return std::clamp(v, -0.5, 1.5); }},
            {"HardSwish", {Node{"hswish1", "HardSwish", {"y"}, {"z"}, {}}}, hardSwish},
            {"HardSigmoid, Mul(y, gate)",
             {Node{"gate1", "HardSigmoid", {"y"}, {"g"}, {{"alpha", sixth}, {"beta", half}}},
              Node{"mul1", "Mul", {"y", "g"}, {"z"}, {}}},
             hardSwish},
            {"HardSigmoid, Mul(gate, y)",
             {Node{"gate1", "HardSigmoid", {"y"}, {"g"}, {{"alpha", sixth}, {"beta", half}}},
              Node{"mul1", "Mul", {"g", "y"}, {"z"}, {}}},
             hardSwish},
            {"Sigmoid", {Node{"sigmoid1", "Sigmoid", {"y"}, {"z"}, {}}}, logistic},
            {"SiLU: Sigmoid, Mul(y, gate)",
             {Node{"gate1", "Sigmoid", {"y"}, {"g"}, {}}, Node{"mul1", "Mul", {"y", "g"}, {"z"}, {}}},
             [&](double v) { return v * logistic(v); }},
            {"SiLU: Sigmoid, Mul(gate, y)",
             {Node{"gate1", "Sigmoid", {"y"}, {"g"}, {}}, Node{"mul1", "Mul", {"g", "y"}, {"z"}, {}}},
             [&](double v) { return v * logistic(v); }},
        };
        std::mt19937 rng(99);
        const Window same{3, 3, 1, 1, 1, 1, 1, 1, 1, 1};
        for (const Case& c : cases)
            for (const int64_t group : {int64_t(1), int64_t(16)}) { // the GEMM path and the depthwise one
                const Tensor x = randomTensor({1, 16, 20, 21}, rng);
                const Tensor w = randomTensor({16, 16 / group, 3, 3}, rng), b = randomTensor({16}, rng);
                Graph g;
                g.sourceFile = "conv_activation.onnx";
                g.inputs = {{"x", x.shape}};
                g.initializers = {
                    {"w", w}, {"b", b}, {"lo", Tensor({}, {-0.5f})}, {"hi", Tensor({}, {1.5f})}};
                std::vector<Node> nodes{convNode(same, group, true)};
                nodes.insert(nodes.end(), c.nodes.begin(), c.nodes.end());
                g.nodes = std::move(nodes);
                g.outputs = {"z"};
                Network net(std::move(g));
                const Tensor conv = referenceConv(x, w, b.floats, group, same);
                Tensor want = conv;
                for (float& v : want.floats)
                    v = static_cast<float>(c.activation(v));
                const QString what = QString("%1, group %2").arg(c.name).arg(group);
                for (int run = 0; run < 2; ++run) { // buffers reused between runs
                    const RunResult result = net.run({x});
                    const QString error = mismatch(result.outputs.at(0), want, what);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    QCOMPARE(result.layers.size(), 1 + c.nodes.size());
                    for (size_t i = 1; i < result.layers.size(); ++i) {
                        QVERIFY2(result.layers[i].ms == 0.0, qPrintable(what + ": a layer ran, not fused"));
                        QCOMPARE(result.layers[i].denseOps, int64_t(16 * 20 * 21));
                    }
                }
            }
    }

    void anActivationWhoseInputIsReadElsewhereIsNotFused() {
        // y feeds the hard swish pair and is a graph output: the convolution must leave it as it is, and
        // the pair runs as two layers of its own.
        std::mt19937 rng(101);
        const Window same{3, 3, 1, 1, 1, 1, 1, 1, 1, 1};
        const Tensor x = randomTensor({1, 8, 10, 10}, rng);
        const Tensor w = randomTensor({8, 8, 3, 3}, rng), b = randomTensor({8}, rng);
        Graph g;
        g.sourceFile = "conv_hard_swish_read_twice.onnx";
        g.inputs = {{"x", x.shape}};
        g.initializers = {{"w", w}, {"b", b}};
        g.nodes = {convNode(same, 1, true), Node{"gate1", "HardSigmoid", {"y"}, {"g"}, {}},
                   Node{"mul1", "Mul", {"y", "g"}, {"z"}, {}}};
        g.outputs = {"z", "y"};
        Network net(std::move(g));
        const RunResult result = net.run({x});
        const Tensor conv = referenceConv(x, w, b.floats, 1, same);
        Tensor swished = conv;
        for (float& v : swished.floats)
            v *= std::clamp(0.2f * v + 0.5f, 0.0f, 1.0f); // HardSigmoid's defaults: alpha 0.2, beta 0.5
        QString error = mismatch(result.outputs.at(0), swished, "conv * hard_sigmoid(conv)");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = mismatch(result.outputs.at(1), conv, "conv");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void residualBlockFusedIntoTheConvolutionMatchesUnfusedReference() {
        // Conv → Add(·, shortcut) → Relu, ResNet's residual block: the runtime fuses the Add and the
        // Relu into the convolution (Network::fuseResiduals), which adds the shortcut and rectifies as each
        // output leaves its product. Every product the convolution may run: shifted views (≤ 128 channels,
        // stride 1), unfolded tiles (more channels), 1×1 straight on the input, the sparse product (half the
        // weights zero, forced); the shortcut as either operand of the Add; one thread and all; AVX-512 and
        // portable. The Add and the Relu stay layers of the run, with no time of their own.
        struct Case {
            const char* name;
            int64_t channels, h, w;
            Window p;
            bool sparse;
        };
        const Window same{3, 3, 1, 1, 1, 1, 1, 1, 1, 1}, pointwise{};
        const Case cases[] = {
            {"3x3, shifted", 16, 20, 19, same, false},
            {"3x3 on 8x8, split by output channels at 2 threads", 64, 8, 8, same, false},
            {"3x3, 160 channels, unfolded", 160, 7, 9, same, false},
            {"1x1 on the input", 24, 13, 11, pointwise, false},
            {"3x3, sparse product", 32, 12, 12, same, true},
        };
        std::mt19937 rng(2024);
        const int before = threadCount();
        for (const Case& c : cases)
            for (const bool shortcutFirst : {false, true}) {
                const Tensor x = randomTensor({1, c.channels, c.h, c.w}, rng);
                Tensor w = randomTensor({c.channels, c.channels, c.p.kh, c.p.kw}, rng);
                if (c.sparse)
                    for (size_t i = 0; i < w.floats.size(); i += 2)
                        w.floats[i] = 0.0f;
                const Tensor b = randomTensor({c.channels}, rng);
                Tensor want = referenceConv(x, w, b.floats, 1, c.p);
                for (size_t i = 0; i < want.floats.size(); ++i)
                    want.floats[i] = std::max(want.floats[i] + x.floats[i], 0.0f);
                for (const bool avx512 : {true, false})
                    for (const int threads : {1, 0}) {
                        setAvx512KernelsEnabled(avx512);
                        setThreadCount(threads);
                        setSparseWeights(c.sparse ? SparseWeights::Sparse : SparseWeights::Dense);
                        Graph g;
                        g.sourceFile = "residual_block.onnx";
                        g.inputs = {{"x", x.shape}};
                        g.initializers = {{"w", w}, {"b", b}};
                        g.nodes = {convNode(c.p, 1, true),
                                   Node{"add1",
                                        "Add",
                                        shortcutFirst ? std::vector<std::string>{"x", "y"}
                                                      : std::vector<std::string>{"y", "x"},
                                        {"s"},
                                        {}},
                                   Node{"relu1", "Relu", {"s"}, {"z"}, {}}};
                        g.outputs = {"z"};
                        Network net(std::move(g));
                        QCOMPARE(net.layers()[0].weightPath.sparse, c.sparse);
                        const QString what = QString("%1, shortcut %2, %3 threads, %4")
                                                 .arg(c.name)
                                                 .arg(shortcutFirst ? "first" : "second")
                                                 .arg(threads)
                                                 .arg(avx512 ? "AVX-512" : "portable");
                        for (int run = 0; run < 2; ++run) { // buffers reused between runs
                            const RunResult result = net.run({x});
                            const QString error = mismatch(result.outputs.at(0), want, what);
                            QVERIFY2(error.isEmpty(), qPrintable(error));
                            QCOMPARE(result.layers.size(), size_t(3));
                            QCOMPARE(result.layers[1].ms, 0.0);
                            QCOMPARE(result.layers[2].ms, 0.0);
                        }
                    }
            }
        setSparseWeights(SparseWeights::Measured);
        setAvx512KernelsEnabled(true);
        setThreadCount(before);
    }

    void residualBlockOfOneConvolutionOnAComputedValue() {
        // Relu → Conv → Add(conv, relu's output) → Relu: the shortcut is the convolution's own input, a value
        // the network computed (not a graph input, bound at run time). It used to stop the plan with "a
        // residual shortcut shares its convolution's buffer"; both only read it.
        std::mt19937 rng(2026);
        const Window same{3, 3, 1, 1, 1, 1, 1, 1, 1, 1};
        const Tensor t = randomTensor({1, 8, 9, 9}, rng);
        const Tensor w = randomTensor({8, 8, 3, 3}, rng), b = randomTensor({8}, rng);
        Graph g;
        g.sourceFile = "one_convolution_block.onnx";
        g.inputs = {{"t", t.shape}};
        g.initializers = {{"w", w}, {"b", b}};
        g.nodes = {Node{"relu0", "Relu", {"t"}, {"x"}, {}}, convNode(same, 1, true),
                   Node{"add1", "Add", {"y", "x"}, {"s"}, {}}, Node{"relu1", "Relu", {"s"}, {"z"}, {}}};
        g.outputs = {"z"};
        Network net(std::move(g));
        Tensor x = t;
        for (float& v : x.floats)
            v = std::max(v, 0.0f);
        Tensor want = referenceConv(x, w, b.floats, 1, same);
        for (size_t i = 0; i < want.floats.size(); ++i)
            want.floats[i] = std::max(want.floats[i] + x.floats[i], 0.0f);
        for (int run = 0; run < 2; ++run) {
            const QString error = mismatch(net.run({t}).outputs.at(0), want, "one-convolution block");
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void residualAddThatBroadcastsIsNotFused() {
        // A shortcut of one value per channel broadcasts over the map: not the block the convolution can
        // add, so the Add and the Relu run as layers of their own, and the answer is the same.
        std::mt19937 rng(2025);
        const Window same{3, 3, 1, 1, 1, 1, 1, 1, 1, 1};
        const Tensor x = randomTensor({1, 8, 9, 9}, rng), t = randomTensor({1, 8, 1, 1}, rng);
        const Tensor w = randomTensor({8, 8, 3, 3}, rng), b = randomTensor({8}, rng);
        Graph g;
        g.sourceFile = "broadcast_residual.onnx";
        g.inputs = {{"x", x.shape}, {"t", t.shape}};
        g.initializers = {{"w", w}, {"b", b}};
        g.nodes = {convNode(same, 1, true), Node{"add1", "Add", {"y", "t"}, {"s"}, {}},
                   Node{"relu1", "Relu", {"s"}, {"z"}, {}}};
        g.outputs = {"z"};
        Network net(std::move(g));
        Tensor want = referenceConv(x, w, b.floats, 1, same);
        for (size_t i = 0; i < want.floats.size(); ++i)
            want.floats[i] = std::max(want.floats[i] + t.floats[i / 81], 0.0f);
        for (int run = 0; run < 2; ++run) {
            const QString error = mismatch(net.run({x, t}).outputs.at(0), want, "broadcast shortcut");
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void reluIsNotFusedIntoAConvolutionWhoseOutputIsReadElsewhere() {
        // y = conv(x) is read by the Relu and by the Add, and is a graph output: it must stay unrectified.
        std::mt19937 rng(100);
        const Window same{3, 3, 1, 1, 1, 1, 1, 1, 1, 1};
        const Tensor x = randomTensor({1, 8, 10, 10}, rng);
        const Tensor w = randomTensor({16, 8, 3, 3}, rng), b = randomTensor({16}, rng);
        Graph g;
        g.sourceFile = "conv_relu_add.onnx";
        g.inputs = {{"x", x.shape}};
        g.initializers = {{"w", w}, {"b", b}};
        g.nodes = {convNode(same, 1, true), Node{"relu1", "Relu", {"y"}, {"z"}, {}},
                   Node{"add1", "Add", {"y", "z"}, {"s"}, {}}};
        g.outputs = {"s", "y"};
        Network net(std::move(g));
        const RunResult result = net.run({x});
        const Tensor conv = referenceConv(x, w, b.floats, 1, same);
        Tensor sum = conv;
        for (float& v : sum.floats)
            v += std::max(v, 0.0f);
        QString error = mismatch(result.outputs.at(0), sum, "conv + relu(conv)");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = mismatch(result.outputs.at(1), conv, "conv");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void convOneDimensionalMatchesReference() {
        std::mt19937 rng(7);
        const Tensor x = randomTensor({2, 3, 17}, rng);
        const Tensor w = randomTensor({4, 3, 5}, rng);
        Node node{"conv1d", "Conv", {"x", "w"}, {"y"}, {}};
        node.attributes["strides"] = ints({2});
        node.attributes["pads"] = ints({2, 1});
        node.attributes["dilations"] = ints({1});
        const Tensor got = runNode(node, {{"x", x}}, {{"w", w}});
        const Tensor want = referenceConv(Tensor({2, 3, 1, 17}, x.floats), Tensor({4, 3, 1, 5}, w.floats), {},
                                          1, Window{1, 5, 1, 2, 0, 2, 0, 1, 1, 1});
        QCOMPARE(got.shape, (Shape{2, 4, 8}));
        QCOMPARE(got.floats.size(), want.floats.size());
        const QString error = mismatch(Tensor(want.shape, got.floats), want, "1-D");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void convAutoPadSamePutsTheOddPadWhereOnnxSays() {
        std::mt19937 rng(11);
        const Tensor x = randomTensor({1, 2, 7, 6}, rng);
        const Tensor w = randomTensor({3, 2, 4, 4}, rng);
        // Stride 1, kernel 4: three pads per axis, the odd one at the end (UPPER) or the beginning (LOWER).
        for (const auto& [mode, window] :
             {std::pair<std::string, Window>{"SAME_UPPER", {4, 4, 1, 1, 1, 1, 2, 2, 1, 1}},
              std::pair<std::string, Window>{"SAME_LOWER", {4, 4, 1, 1, 2, 2, 1, 1, 1, 1}}}) {
            Node node{"same", "Conv", {"x", "w"}, {"y"}, {}};
            node.attributes["auto_pad"] = text(mode);
            const Tensor got = runNode(node, {{"x", x}}, {{"w", w}});
            const QString error =
                mismatch(got, referenceConv(x, w, {}, 1, window), QString::fromStdString(mode));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        Node valid{"valid", "Conv", {"x", "w"}, {"y"}, {}};
        valid.attributes["auto_pad"] = text("VALID");
        valid.attributes["strides"] = ints({2, 2});
        const Tensor got = runNode(valid, {{"x", x}}, {{"w", w}});
        const QString error =
            mismatch(got, referenceConv(x, w, {}, 1, Window{4, 4, 2, 2, 0, 0, 0, 0, 1, 1}), "VALID");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // A stride-2 convolution multiplies shifted views of its input split into phases (even and odd rows and
    // columns). With a one-pixel input and pads at the end only, the odd phases hold no input at all: their
    // copy must read nothing (the sanitizer build checks the reads).
    void convPhasesPastAOnePixelInputReadNothing() {
        std::mt19937 rng(13);
        const Tensor x = randomTensor({1, 2, 1, 1}, rng);
        const Tensor w = randomTensor({3, 2, 2, 2}, rng);
        Node node{"phases", "Conv", {"x", "w"}, {"y"}, {}};
        node.attributes["strides"] = ints({2, 2});
        node.attributes["pads"] = ints({0, 0, 3, 3});
        const Tensor got = runNode(node, {{"x", x}}, {{"w", w}});
        QCOMPARE(got.shape, (Shape{1, 3, 2, 2}));
        const QString error = mismatch(got, referenceConv(x, w, {}, 1, Window{2, 2, 2, 2, 0, 0, 3, 3, 1, 1}),
                                       "stride 2, one-pixel input");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void convHandComputedTinyCase() {
        // 1..9 in a 3×3 image, a 2×2 kernel of ones and a bias of 0.5: each output is its window's
        // sum + 0.5.
        const Tensor x({1, 1, 3, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9});
        const Tensor w({1, 1, 2, 2}, {1, 1, 1, 1});
        const Tensor b({1}, {0.5f});
        Node node{"tiny", "Conv", {"x", "w", "b"}, {"y"}, {}};
        const Tensor y = runNode(node, {{"x", x}}, {{"w", w}, {"b", b}});
        QCOMPARE(y.shape, (Shape{1, 1, 2, 2}));
        QCOMPARE(y.floats, (std::vector<float>{12.5f, 16.5f, 24.5f, 28.5f}));
    }

    void convKernelShapeIsInferredFromWeights() {
        const Tensor x({1, 1, 4, 4}, std::vector<float>(16, 1.0f));
        const Tensor w({2, 1, 3, 3}, std::vector<float>(18, 1.0f));
        Node node{"inferred", "Conv", {"x", "w"}, {"y"}, {}};
        const Tensor y = runNode(node, {{"x", x}}, {{"w", w}});
        QCOMPARE(y.shape, (Shape{1, 2, 2, 2}));
        QCOMPARE(y.floats, std::vector<float>(8, 9.0f));
    }

    void convCountsMultiplyAccumulates() {
        Graph g;
        g.sourceFile = "macs.onnx";
        g.inputs = {{"x", {2, 4, 8, 8}}};
        g.initializers["w"] = Tensor::zeros({6, 2, 3, 3});
        Node node{"conv", "Conv", {"x", "w"}, {"y"}, {}};
        node.attributes["group"] = integer(2);
        node.attributes["pads"] = ints({1, 1, 1, 1});
        g.nodes = {node};
        g.outputs = {"y"};
        Network net(g);
        // N·C_out·H_out·W_out·(C_in/group)·kH·kW
        QCOMPARE(net.denseOps(), int64_t(2 * 6 * 8 * 8 * 2 * 3 * 3));
    }

    void convChannelMismatchIsModelErrorNamingTheNode() {
        Graph g;
        g.sourceFile = "mismatch.onnx";
        g.inputs = {{"x", {1, 3, 8, 8}}};
        g.initializers["w"] = Tensor::zeros({4, 4, 3, 3});
        g.nodes = {Node{"conv_bad", "Conv", {"x", "w"}, {"y"}, {}}};
        g.outputs = {"y"};
        try {
            Network net(g);
            QFAIL("expected a ModelError");
        } catch (const ModelError& e) {
            QVERIFY(QString(e.what()).contains("mismatch.onnx"));
            QVERIFY(QString(e.what()).contains("conv_bad"));
            QVERIFY(QString(e.what()).contains("channels"));
        }
    }

    void convComputedWeightsAreImportError() {
        Graph g;
        g.sourceFile = "computed.onnx";
        g.inputs = {{"x", {1, 1, 4, 4}}, {"w", {1, 1, 3, 3}}};
        g.nodes = {Node{"conv_w", "Conv", {"x", "w"}, {"y"}, {}}};
        g.outputs = {"y"};
        try {
            Network net(g);
            QFAIL("expected an ImportError");
        } catch (const ImportError& e) {
            QVERIFY(QString(e.what()).contains("conv_w"));
            QVERIFY(QString(e.what()).contains("weights must be constant"));
        }
    }

    void convKernelLargerThanInputIsModelError() {
        Graph g;
        g.sourceFile = "small.onnx";
        g.inputs = {{"x", {1, 1, 2, 2}}};
        g.initializers["w"] = Tensor::zeros({1, 1, 3, 3});
        g.nodes = {Node{"conv_big", "Conv", {"x", "w"}, {"y"}, {}}};
        g.outputs = {"y"};
        QVERIFY_THROWS_EXCEPTION(ModelError, Network{g});
    }

    void everyOperatorGivesTheSameResultOnOneThreadAndOnAll() {
        // Shapes large enough that every kernel splits its work between threads.
        std::mt19937 rng(5);
        const Tensor image = randomTensor({2, 16, 40, 40}, rng);
        std::vector<std::pair<std::string, std::function<Tensor()>>> runs;
        const Tensor w3 = randomTensor({32, 16, 3, 3}, rng), w1 = randomTensor({24, 16, 1, 1}, rng);
        const Tensor wd = randomTensor({16, 1, 3, 3}, rng), b = randomTensor({32}, rng);
        const Window same{3, 3, 1, 1, 1, 1, 1, 1, 1, 1};
        runs.push_back({"conv 3x3", [&] {
                            return runNode(convNode(same, 1, true), {{"x", image}}, {{"w", w3}, {"b", b}});
                        }});
        runs.push_back({"conv 1x1", [&] {
                            return runNode(convNode(Window{}, 1, false), {{"x", image}}, {{"w", w1}});
                        }});
        runs.push_back({"depthwise", [&] {
                            return runNode(convNode(same, 16, false), {{"x", image}}, {{"w", wd}});
                        }});
        runs.push_back({"max pool", [&] {
                            return runNode(poolNode("MaxPool", Window{3, 3, 2, 2, 1, 1, 1, 1, 1, 1}, true),
                                           {{"x", image}});
                        }});
        runs.push_back({"average pool", [&] {
                            return runNode(
                                poolNode("AveragePool", Window{3, 3, 1, 1, 1, 1, 1, 1, 1, 1}, false),
                                {{"x", image}});
                        }});
        Node lrn{"norm", "LRN", {"x"}, {"y"}, {}};
        lrn.attributes["size"] = integer(5);
        runs.push_back({"lrn", [&] { return runNode(lrn, {{"x", image}}); }});
        const Tensor a = randomTensor({1, 512}, rng), fc = randomTensor({1000, 512}, rng);
        const Tensor am = randomTensor({64, 256}, rng), bm = randomTensor({256, 96}, rng);
        Node gemm{"fc", "Gemm", {"a", "b"}, {"y"}, {}};
        gemm.attributes["transB"] = integer(1);
        runs.push_back({"gemm single row", [&] { return runNode(gemm, {{"a", a}}, {{"b", fc}}); }});
        runs.push_back(
            {"matmul", [&] {
                 return runNode(Node{"mm", "MatMul", {"a", "b"}, {"y"}, {}}, {{"a", am}, {"b", bm}});
             }});

        const int before = threadCount();
        for (const auto& [name, run] : runs) {
            setThreadCount(1);
            const Tensor single = run();
            setThreadCount(0);
            const Tensor all = run();
            const QString error = mismatch(all, single, QString::fromStdString(name));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        setThreadCount(before);
    }

    void gemmMatchesReferenceWithTransposesAndBroadcastC() {
        std::mt19937 rng(99);
        const int64_t m = 5, n = 7, k = 6;
        // C's shapes that broadcast to M×N, and how to expand each into the full matrix.
        const std::vector<Shape> cShapes = {{}, {n}, {1, n}, {m, 1}, {m, n}, {1}};
        for (bool ta : {false, true})
            for (bool tb : {false, true})
                for (size_t ci = 0; ci <= cShapes.size(); ++ci) {
                    const bool hasC = ci < cShapes.size();
                    const Tensor a = randomTensor(ta ? Shape{k, m} : Shape{m, k}, rng);
                    const Tensor b = randomTensor(tb ? Shape{n, k} : Shape{k, n}, rng);
                    Node node{"fc", "Gemm", {"a", "b"}, {"y"}, {}};
                    node.attributes["transA"] = integer(ta);
                    node.attributes["transB"] = integer(tb);
                    node.attributes["alpha"] = real(0.75f);
                    node.attributes["beta"] = real(-1.5f);
                    std::vector<float> full;
                    std::map<std::string, Tensor> constants;
                    if (hasC) {
                        const Shape& cs = cShapes[ci];
                        const Tensor c = randomTensor(cs, rng);
                        constants["c"] = c;
                        node.inputs.push_back("c");
                        const int64_t rows = cs.size() == 2 ? cs[0] : 1, cols = cs.empty() ? 1 : cs.back();
                        for (int64_t i = 0; i < m; ++i)
                            for (int64_t j = 0; j < n; ++j)
                                full.push_back(c.floats[(rows == 1 ? 0 : i) * cols + (cols == 1 ? 0 : j)]);
                    }
                    const Tensor got = runNode(node, {{"a", a}, {"b", b}}, constants);
                    const Tensor want = referenceGemm(a, b, full, ta, tb, 0.75f, -1.5f);
                    const QString error =
                        mismatch(got, want,
                                 QStringLiteral("transA=%1 transB=%2 C=%3")
                                     .arg(ta)
                                     .arg(tb)
                                     .arg(hasC ? QString::fromStdString(toString(cShapes[ci]))
                                               : QStringLiteral("none")));
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                }
    }

    void gemmSingleRowAndColumnMatchReference() {
        // M = 1 (a fully connected layer at batch 1) and N = 1 take the matrix-vector route.
        std::mt19937 rng(3);
        for (bool ta : {false, true})
            for (bool tb : {false, true})
                for (auto [m, n] : {std::pair<int64_t, int64_t>{1, 9}, {9, 1}, {1, 1}}) {
                    const int64_t k = 13;
                    const Tensor a = randomTensor(ta ? Shape{k, m} : Shape{m, k}, rng);
                    const Tensor b = randomTensor(tb ? Shape{n, k} : Shape{k, n}, rng);
                    const Tensor c = randomTensor({n}, rng);
                    Node node{"fc", "Gemm", {"a", "b", "c"}, {"y"}, {}};
                    node.attributes["transA"] = integer(ta);
                    node.attributes["transB"] = integer(tb);
                    std::vector<float> full;
                    for (int64_t i = 0; i < m; ++i)
                        full.insert(full.end(), c.floats.begin(), c.floats.end());
                    const Tensor got = runNode(node, {{"a", a}}, {{"b", b}, {"c", c}});
                    const QString error = mismatch(
                        got, referenceGemm(a, b, full, ta, tb, 1.0f, 1.0f),
                        QStringLiteral("M=%1 N=%2 transA=%3 transB=%4").arg(m).arg(n).arg(ta).arg(tb));
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                }
    }

    void gemmHandComputedTinyCase() {
        const Tensor a({2, 2}, {1, 2, 3, 4});
        const Tensor b({2, 2}, {5, 6, 7, 8});
        const Tensor c({2}, {10, 20});
        const Tensor y =
            runNode(Node{"fc", "Gemm", {"a", "b", "c"}, {"y"}, {}}, {{"a", a}}, {{"b", b}, {"c", c}});
        QCOMPARE(y.floats, (std::vector<float>{29, 42, 53, 70}));
    }

    void gemmInnerDimensionMismatchIsModelError() {
        Graph g;
        g.sourceFile = "gemm.onnx";
        g.inputs = {{"a", {2, 3}}};
        g.initializers["b"] = Tensor::zeros({4, 5});
        g.nodes = {Node{"fc_bad", "Gemm", {"a", "b"}, {"y"}, {}}};
        g.outputs = {"y"};
        try {
            Network net(g);
            QFAIL("expected a ModelError");
        } catch (const ModelError& e) {
            QVERIFY(QString(e.what()).contains("fc_bad"));
        }
    }

    void gemmCOfWrongShapeIsModelError() {
        Graph g;
        g.sourceFile = "gemm.onnx";
        g.inputs = {{"a", {2, 3}}};
        g.initializers["b"] = Tensor::zeros({3, 4});
        g.initializers["c"] = Tensor::zeros({3});
        g.nodes = {Node{"fc_c", "Gemm", {"a", "b", "c"}, {"y"}, {}}};
        g.outputs = {"y"};
        QVERIFY_THROWS_EXCEPTION(ModelError, Network{g});
    }

    void matmulMatchesReferenceWithBroadcastAndVectors() {
        struct Case {
            Shape a, b, y;
        };
        const Case cases[] = {
            {{4, 6}, {6, 5}, {4, 5}},
            {{3, 4, 6}, {6, 5}, {3, 4, 5}},          // one B for a batch of A: stacked into one product
            {{4, 6}, {3, 6, 5}, {3, 4, 5}},          // one A for a batch of B
            {{2, 1, 3, 4}, {5, 4, 2}, {2, 5, 3, 2}}, // both broadcast
            {{2, 3, 4}, {2, 4, 1}, {2, 3, 1}},
            {{6}, {6, 5}, {5}}, // 1-D A is a row, dropped from the result
            {{4, 6}, {6}, {4}}, // 1-D B is a column, dropped from the result
            {{6}, {6}, {}},     // dot product
            {{2, 3, 6}, {6}, {2, 3}},
            {{6}, {2, 6, 3}, {2, 3}},
        };
        std::mt19937 rng(21);
        for (const Case& c : cases) {
            const Tensor a = randomTensor(c.a, rng);
            const Tensor b = randomTensor(c.b, rng);
            const Tensor got = runNode(Node{"mm", "MatMul", {"a", "b"}, {"y"}, {}}, {{"a", a}, {"b", b}});
            // Reference: promote vectors, broadcast the batch by index arithmetic, multiply plainly.
            Shape as = c.a, bs = c.b;
            if (as.size() == 1) as.insert(as.begin(), 1);
            if (bs.size() == 1) bs.push_back(1);
            const int64_t m = as[as.size() - 2], k = as.back(), n = bs.back();
            const size_t rank = std::max(as.size(), bs.size()) - 2;
            Shape batch(rank);
            for (size_t i = 0; i < rank; ++i) {
                const int64_t da = i + as.size() - 2 >= rank ? as[i + as.size() - 2 - rank] : 1;
                const int64_t db = i + bs.size() - 2 >= rank ? bs[i + bs.size() - 2 - rank] : 1;
                batch[i] = std::max(da, db);
            }
            std::vector<float> want;
            for (int64_t t = 0; t < elementCount(batch); ++t) {
                int64_t offsetA = 0, offsetB = 0, rest = t, strideA = 1, strideB = 1;
                for (size_t i = rank; i-- > 0;) {
                    const int64_t coordinate = rest % batch[i];
                    rest /= batch[i];
                    const int64_t da = i + as.size() - 2 >= rank ? as[i + as.size() - 2 - rank] : 1;
                    const int64_t db = i + bs.size() - 2 >= rank ? bs[i + bs.size() - 2 - rank] : 1;
                    offsetA += (da == 1 ? 0 : coordinate) * strideA;
                    offsetB += (db == 1 ? 0 : coordinate) * strideB;
                    strideA *= da;
                    strideB *= db;
                }
                for (int64_t i = 0; i < m; ++i)
                    for (int64_t j = 0; j < n; ++j) {
                        double sum = 0.0;
                        for (int64_t l = 0; l < k; ++l)
                            sum += double(a.floats[offsetA * m * k + i * k + l]) *
                                   b.floats[offsetB * k * n + l * n + j];
                        want.push_back(static_cast<float>(sum));
                    }
            }
            const QString error = mismatch(got, Tensor(c.y, want),
                                           QString::fromStdString(toString(c.a) + " @ " + toString(c.b)));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void matmulWithConstantWeightsMatchesComputed() {
        std::mt19937 rng(8);
        const Tensor a = randomTensor({3, 10}, rng);
        const Tensor b = randomTensor({10, 4}, rng);
        const Node node{"mm", "MatMul", {"a", "b"}, {"y"}, {}};
        const Tensor computed = runNode(node, {{"a", a}, {"b", b}});
        const Tensor constant = runNode(node, {{"a", a}}, {{"b", b}});
        QCOMPARE(constant.floats, computed.floats);
    }

    void matmulMismatchesAreModelErrors() {
        for (const auto& [a, b] : {std::pair<Shape, Shape>{{2, 3}, {4, 5}}, {{2, 2, 3}, {3, 3, 4}}}) {
            Graph g;
            g.sourceFile = "matmul.onnx";
            g.inputs = {{"a", a}, {"b", b}};
            g.nodes = {Node{"mm_bad", "MatMul", {"a", "b"}, {"y"}, {}}};
            g.outputs = {"y"};
            try {
                Network net(g);
                QFAIL("expected a ModelError");
            } catch (const ModelError& e) {
                QVERIFY(QString(e.what()).contains("mm_bad"));
            }
        }
    }

    void maxPoolMatchesReference() {
        struct Case {
            const char* name;
            int64_t n, c, h, w;
            Window p;
            bool ceil;
        };
        const Case cases[] = {
            {"2x2 stride 2", 1, 3, 8, 10, {2, 2, 2, 2, 0, 0, 0, 0, 1, 1}, false},
            // The one-pass 2x2 plane: odd sides drop their last row and column; rows wide enough to
            // vectorise.
            {"2x2 stride 2, odd sides", 1, 5, 7, 9, {2, 2, 2, 2, 0, 0, 0, 0, 1, 1}, false},
            {"2x2 stride 2, wide rows", 2, 3, 6, 75, {2, 2, 2, 2, 0, 0, 0, 0, 1, 1}, false},
            // Fashion-MNIST's maps: 28, 14 and 7 columns, shorter than one AVX-512 step of 16 outputs.
            {"2x2 stride 2, 28 x 28", 1, 4, 28, 28, {2, 2, 2, 2, 0, 0, 0, 0, 1, 1}, false},
            {"2x2 stride 2, 14 x 14", 1, 4, 14, 14, {2, 2, 2, 2, 0, 0, 0, 0, 1, 1}, false},
            {"2x2 stride 2, 7 x 7", 1, 4, 7, 7, {2, 2, 2, 2, 0, 0, 0, 0, 1, 1}, false},
            {"2x2 stride 2, 32 outputs a row", 1, 2, 4, 64, {2, 2, 2, 2, 0, 0, 0, 0, 1, 1}, false},
            {"2x2 stride 2 ceil on odd sides (the general path)",
             1,
             2,
             7,
             9,
             {2, 2, 2, 2, 0, 0, 0, 0, 1, 1},
             true},
            {"3x3 stride 2 ceil (SqueezeNet)", 1, 4, 13, 13, {3, 3, 2, 2, 0, 0, 0, 0, 1, 1}, true},
            {"3x3 stride 1 pad 1", 1, 2, 7, 6, {3, 3, 1, 1, 1, 1, 1, 1, 1, 1}, false},
            {"asymmetric pads ceil", 1, 2, 9, 8, {3, 2, 2, 3, 1, 0, 2, 1, 1, 1}, true},
            {"dilation 2", 1, 2, 10, 11, {3, 3, 1, 2, 1, 2, 0, 1, 2, 2}, false},
            {"batch 3", 3, 2, 6, 7, {2, 3, 2, 1, 1, 1, 0, 1, 1, 1}, true},
        };
        std::mt19937 rng(42);
        for (const Case& c : cases) {
            const Tensor x = randomTensor({c.n, c.c, c.h, c.w}, rng);
            for (const bool avx512 : {true, false}) {
                setAvx512KernelsEnabled(avx512);
                const Tensor got = runNode(poolNode("MaxPool", c.p, c.ceil), {{"x", x}});
                const QString error = mismatch(got, referencePool(x, PoolKind::Max, c.p, c.ceil),
                                               QString("%1, AVX-512 %2").arg(c.name).arg(avx512));
                setAvx512KernelsEnabled(true);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
    }

    void averagePoolMatchesReferenceBothWaysOfCountingPads() {
        struct Case {
            const char* name;
            int64_t n, c, h, w;
            Window p;
        };
        const Case cases[] = {
            {"2x2 stride 2", 1, 3, 8, 10, {2, 2, 2, 2, 0, 0, 0, 0, 1, 1}},
            {"3x3 stride 2 pad 1", 1, 2, 9, 9, {3, 3, 2, 2, 1, 1, 1, 1, 1, 1}},
            {"asymmetric pads", 1, 2, 9, 8, {3, 2, 2, 3, 1, 0, 2, 1, 1, 1}},
            {"5x5 stride 3 pad 2", 1, 2, 11, 12, {5, 5, 3, 3, 2, 2, 2, 2, 1, 1}},
            {"batch 3", 3, 2, 6, 7, {3, 3, 2, 2, 1, 1, 1, 1, 1, 1}},
        };
        std::mt19937 rng(43);
        for (const Case& c : cases)
            for (bool ceil : {false, true})
                for (bool includePad : {false, true}) {
                    const Tensor x = randomTensor({c.n, c.c, c.h, c.w}, rng);
                    Node node = poolNode("AveragePool", c.p, ceil);
                    node.attributes["count_include_pad"] = integer(includePad);
                    const Tensor got = runNode(node, {{"x", x}});
                    const Tensor want = referencePool(
                        x, includePad ? PoolKind::AverageIncludePad : PoolKind::AverageExcludePad, c.p, ceil);
                    const QString error = mismatch(
                        got, want,
                        QStringLiteral("%1 ceil=%2 include_pad=%3").arg(c.name).arg(ceil).arg(includePad));
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                }
    }

    void averagePoolCaffeWindowsAreClippedToTheImage() {
        // Caffe's AVE pooling as the importer emits it (ceil_mode=1, count_include_pad=1, no pads): 0..24 in
        // a 5×5 image, 2×2 windows at stride 2. The last window of each axis hangs over the edge and
        // divides by the part inside: the corner is x[4][4] alone.
        std::vector<float> values(25);
        for (int i = 0; i < 25; ++i)
            values[static_cast<size_t>(i)] = static_cast<float>(i);
        Node node = poolNode("AveragePool", Window{2, 2, 2, 2, 0, 0, 0, 0, 1, 1}, true);
        node.attributes["count_include_pad"] = integer(1);
        const Tensor y = runNode(node, {{"x", Tensor({1, 1, 5, 5}, values)}});
        QCOMPARE(y.shape, (Shape{1, 1, 3, 3}));
        QCOMPARE(y.floats[0], 3.0f);  // (0 + 1 + 5 + 6) / 4
        QCOMPARE(y.floats[2], 6.5f);  // (4 + 9) / 2
        QCOMPARE(y.floats[8], 24.0f); // 24 / 1
    }

    void averagePoolPaddedCornerDividesByWindowOrByInside() {
        // A 3×3 window with pad 1 on a 3×3 image of ones: the corner window holds four ones.
        const Tensor x({1, 1, 3, 3}, std::vector<float>(9, 1.0f));
        Node node = poolNode("AveragePool", Window{3, 3, 1, 1, 1, 1, 1, 1, 1, 1}, false);
        node.attributes["count_include_pad"] = integer(1);
        QCOMPARE(runNode(node, {{"x", x}}).floats[0], 4.0f / 9.0f);
        node.attributes["count_include_pad"] = integer(0);
        QCOMPARE(runNode(node, {{"x", x}}).floats[0], 1.0f);
    }

    void poolCeilModeDropsAWindowStartingInThePadding() {
        // H = 5, kernel 2, stride 2, pads 1+1: ceil((5 + 2 − 2) / 2) + 1 = 4, but the fourth window would
        // start at 6 ≥ H + pad_begin, so there are 3.
        const Tensor x = Tensor::zeros({1, 1, 5, 5});
        const Tensor y = runNode(poolNode("MaxPool", Window{2, 2, 2, 2, 1, 1, 1, 1, 1, 1}, true), {{"x", x}});
        QCOMPARE(y.shape, (Shape{1, 1, 3, 3}));
    }

    void poolOneDimensionalAndAutoPad() {
        std::mt19937 rng(17);
        const Tensor x = randomTensor({2, 3, 11}, rng);
        Node node{"pool1d", "AveragePool", {"x"}, {"y"}, {}};
        node.attributes["kernel_shape"] = ints({3});
        node.attributes["strides"] = ints({2});
        node.attributes["auto_pad"] = text("SAME_UPPER");
        const Tensor got = runNode(node, {{"x", x}});
        // ceil(11 / 2) = 6 outputs; (6−1)·2 + 3 − 11 = 2 pads, one each side, not counted.
        const Tensor want = referencePool(Tensor({2, 3, 1, 11}, x.floats), PoolKind::AverageExcludePad,
                                          Window{1, 3, 1, 2, 0, 1, 0, 1, 1, 1}, false);
        QCOMPARE(got.shape, (Shape{2, 3, 6}));
        const QString error = mismatch(Tensor(want.shape, got.floats), want, "1-D SAME_UPPER");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void poolPadsAsLargeAsTheKernelAreModelError() {
        Graph g;
        g.sourceFile = "pool.onnx";
        g.inputs = {{"x", {1, 1, 6, 6}}};
        g.nodes = {poolNode("MaxPool", Window{2, 2, 1, 1, 2, 2, 2, 2, 1, 1}, false)};
        g.outputs = {"y"};
        QVERIFY_THROWS_EXCEPTION(ModelError, Network{g});
    }

    void poolInputOfWrongRankIsModelError() {
        Graph g;
        g.sourceFile = "pool.onnx";
        g.inputs = {{"x", {1, 6, 6}}};
        g.nodes = {poolNode("AveragePool", Window{2, 2, 2, 2, 0, 0, 0, 0, 1, 1}, false)};
        g.outputs = {"y"};
        try {
            Network net(g);
            QFAIL("expected a ModelError");
        } catch (const ModelError& e) {
            QVERIFY(QString(e.what()).contains("pool1"));
        }
    }

    void autoPadWithExplicitPadsIsImportError() {
        Graph g;
        g.sourceFile = "pool.onnx";
        g.inputs = {{"x", {1, 1, 6, 6}}};
        Node node = poolNode("AveragePool", Window{3, 3, 1, 1, 1, 1, 1, 1, 1, 1}, false);
        node.attributes["auto_pad"] = text("VALID");
        g.nodes = {node};
        g.outputs = {"y"};
        try {
            Network net(g);
            QFAIL("expected an ImportError");
        } catch (const ImportError& e) {
            QVERIFY(QString(e.what()).contains("AveragePool node 'pool1'"));
            QVERIFY(QString(e.what()).contains("auto_pad=VALID"));
        }
    }

    void maxPoolIndicesOutputIsRejectedWhenRead() {
        Graph g;
        g.sourceFile = "indices.onnx";
        g.inputs = {{"x", {1, 1, 4, 4}}};
        Node pool = poolNode("MaxPool", Window{2, 2, 2, 2, 0, 0, 0, 0, 1, 1}, false);
        pool.outputs = {"y", "indices"};
        g.nodes = {pool, Node{"use", "Relu", {"indices"}, {"z"}, {}}};
        g.outputs = {"y", "z"};
        QVERIFY_THROWS_EXCEPTION(ImportError, Network{g});
    }

    void globalPoolsMatchReference() {
        std::mt19937 rng(31);
        for (const Shape& shape : {Shape{2, 3, 5, 7}, Shape{1, 4, 9}, Shape{3, 2, 1, 1}}) {
            const Tensor x = randomTensor(shape, rng);
            const int64_t planes = shape[0] * shape[1], size = x.size() / planes;
            Shape outShape(shape.size(), 1);
            outShape[0] = shape[0];
            outShape[1] = shape[1];
            std::vector<float> mean, best;
            for (int64_t p = 0; p < planes; ++p) {
                double sum = 0.0;
                float top = -std::numeric_limits<float>::infinity();
                for (int64_t i = 0; i < size; ++i) {
                    sum += x.floats[p * size + i];
                    top = std::max(top, x.floats[p * size + i]);
                }
                mean.push_back(static_cast<float>(sum / double(size)));
                best.push_back(top);
            }
            const QString name = QString::fromStdString(toString(shape));
            QString error = mismatch(runNode(Node{"gap", "GlobalAveragePool", {"x"}, {"y"}, {}}, {{"x", x}}),
                                     Tensor(outShape, mean), "average " + name);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            error = mismatch(runNode(Node{"gmp", "GlobalMaxPool", {"x"}, {"y"}, {}}, {{"x", x}}),
                             Tensor(outShape, best), "max " + name);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void lrnMatchesReference() {
        std::mt19937 rng(77);
        struct Case {
            int64_t size;
            float alpha, beta, bias;
        };
        for (const Case& c :
             {Case{5, 1e-4f, 0.75f, 1.0f}, Case{4, 0.5f, 0.6f, 2.0f}, Case{3, 2.0f, 1.0f, 1.0f}}) {
            const Tensor x = randomTensor({2, 7, 4, 5}, rng);
            Node node{"norm1", "LRN", {"x"}, {"y"}, {}};
            node.attributes["size"] = integer(c.size);
            node.attributes["alpha"] = real(c.alpha);
            node.attributes["beta"] = real(c.beta);
            node.attributes["bias"] = real(c.bias);
            const Tensor got = runNode(node, {{"x", x}});
            Tensor want = Tensor::zeros(x.shape);
            const int64_t channels = 7, plane = 20;
            for (int64_t n = 0; n < 2; ++n)
                for (int64_t ch = 0; ch < channels; ++ch)
                    for (int64_t i = 0; i < plane; ++i) {
                        double sum = 0.0;
                        const int64_t from = ch - (c.size - 1) / 2,
                                      to = ch + (c.size - 1 + 1) / 2; // ⌈(size−1)/2⌉
                        for (int64_t j = std::max<int64_t>(0, from); j <= std::min(channels - 1, to); ++j) {
                            const double v = x.floats[(n * channels + j) * plane + i];
                            sum += v * v;
                        }
                        const size_t at = static_cast<size_t>((n * channels + ch) * plane + i);
                        want.floats[at] = static_cast<float>(
                            x.floats[at] / std::pow(c.bias + c.alpha / c.size * sum, double(c.beta)));
                    }
            const QString error =
                mismatch(got, want, QStringLiteral("size %1 beta %2").arg(c.size).arg(c.beta));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void lrnHandComputedTinyCase() {
        // One channel, size 1: y = x / (bias + alpha·x²)^beta = 2 / (1 + 4) = 0.4.
        Node node{"norm", "LRN", {"x"}, {"y"}, {}};
        node.attributes["size"] = integer(1);
        node.attributes["alpha"] = real(1.0f);
        node.attributes["beta"] = real(1.0f);
        node.attributes["bias"] = real(1.0f);
        const Tensor y = runNode(node, {{"x", Tensor({1, 1, 1, 1}, {2.0f})}});
        QCOMPARE(y.floats.at(0), 0.4f);
    }

    void batchNormalizationMatchesReference() {
        std::mt19937 rng(13);
        const Tensor x = randomTensor({3, 4, 5, 6}, rng);
        const Tensor scale = randomTensor({4}, rng), shift = randomTensor({4}, rng),
                     mean = randomTensor({4}, rng);
        Tensor var = randomTensor({4}, rng);
        for (float& v : var.floats)
            v = std::fabs(v) + 0.1f;
        Node node{"bn", "BatchNormalization", {"x", "s", "b", "m", "v"}, {"y"}, {}};
        node.attributes["epsilon"] = real(1e-3f);
        Tensor want = Tensor::zeros(x.shape);
        for (int64_t i = 0; i < x.size(); ++i) {
            const size_t c = static_cast<size_t>((i / 30) % 4);
            want.floats[static_cast<size_t>(i)] =
                static_cast<float>((x.floats[static_cast<size_t>(i)] - mean.floats[c]) /
                                       std::sqrt(double(var.floats[c]) + 1e-3) * scale.floats[c] +
                                   shift.floats[c]);
        }
        // Constant parameters, as models have them, and computed ones, as the ONNX test suite feeds them.
        QString error =
            mismatch(runNode(node, {{"x", x}}, {{"s", scale}, {"b", shift}, {"m", mean}, {"v", var}}), want,
                     "constants");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = mismatch(runNode(node, {{"x", x}, {"s", scale}, {"b", shift}, {"m", mean}, {"v", var}}), want,
                         "computed");
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void batchNormalizationParameterMismatchIsModelError() {
        Graph g;
        g.sourceFile = "bn.onnx";
        g.inputs = {{"x", {1, 3, 2, 2}}};
        for (const char* name : {"s", "b", "m", "v"})
            g.initializers[name] = Tensor({2}, {1.0f, 1.0f});
        g.nodes = {Node{"bn_bad", "BatchNormalization", {"x", "s", "b", "m", "v"}, {"y"}, {}}};
        g.outputs = {"y"};
        try {
            Network net(g);
            QFAIL("expected a ModelError");
        } catch (const ModelError& e) {
            QVERIFY(QString(e.what()).contains("bn_bad"));
        }
    }
};

QTEST_APPLESS_MAIN(KernelsHeavyTest)
#include "kernels_heavy_test.moc"
