// The light operators of SPEC §4.1 (activations, softmax, broadcasting arithmetic, shape operators, Pad,
// nearest Resize/Upsample, DepthToSpace...) on small hand-checked inputs, across the opset differences
// ONNX made (attribute → input moves, Softmax's axis meaning), and on bad models: wrong shapes are
// ModelErrors naming the node, computed shape operands are ImportErrors.
#include "core/errors.h"
#include "graph/graph.h"
#include "kernels/parallel_for.h"
#include "kernels/vector_math.h"
#include "runtime/network.h"

#include <QtTest>
#include <atomic>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace dyve;

namespace {

Attribute intAttr(int64_t v) {
    Attribute a;
    a.kind = Attribute::Kind::Int;
    a.i = v;
    return a;
}
Attribute floatAttr(float v) {
    Attribute a;
    a.kind = Attribute::Kind::Float;
    a.f = v;
    return a;
}
Attribute intsAttr(std::vector<int64_t> v) {
    Attribute a;
    a.kind = Attribute::Kind::Ints;
    a.ints = std::move(v);
    return a;
}
Attribute floatsAttr(std::vector<float> v) {
    Attribute a;
    a.kind = Attribute::Kind::Floats;
    a.floats = std::move(v);
    return a;
}
Attribute stringAttr(std::string v) {
    Attribute a;
    a.kind = Attribute::Kind::String;
    a.s = std::move(v);
    return a;
}

// A graph of one node "n" of the given opset: runtime inputs, constants and omitted inputs in node
// order, one output "y".
class OneNode {
public:
    OneNode(const std::string& op, int64_t opset = 13) {
        m_graph.sourceFile = "light.onnx";
        m_graph.opsetVersion = opset;
        m_node.name = "n";
        m_node.op = op;
        m_node.outputs = {"y"};
    }
    OneNode& input(Shape shape) {
        const std::string name = "x" + std::to_string(m_node.inputs.size());
        m_graph.inputs.push_back({name, std::move(shape)});
        m_node.inputs.push_back(name);
        return *this;
    }
    OneNode& constant(Tensor value) {
        const std::string name = "c" + std::to_string(m_node.inputs.size());
        m_graph.initializers[name] = std::move(value);
        m_node.inputs.push_back(name);
        return *this;
    }
    OneNode& ints(std::vector<int64_t> values) {
        const int64_t n = static_cast<int64_t>(values.size());
        return constant(Tensor::ofInts({n}, std::move(values)));
    }
    OneNode& floats(std::vector<float> values) {
        const int64_t n = static_cast<int64_t>(values.size());
        return constant(Tensor({n}, std::move(values)));
    }
    OneNode& scalar(float value) { return constant(Tensor({}, {value})); }
    OneNode& omitted() {
        m_node.inputs.push_back("");
        return *this;
    }
    OneNode& attr(const std::string& name, Attribute value) {
        m_node.attributes[name] = std::move(value);
        return *this;
    }
    Graph graph() const {
        Graph g = m_graph;
        g.nodes = {m_node};
        g.outputs = {"y"};
        return g;
    }
    Tensor run(const std::vector<Tensor>& inputs) const {
        Network net(graph());
        return net.run(inputs).outputs.at(0);
    }
    int64_t operations() const { return Network(graph()).denseOps(); }

private:
    Graph m_graph;
    Node m_node;
};

Tensor iota(Shape shape, float start = 0.0f) {
    Tensor t = Tensor::zeros(std::move(shape));
    for (size_t i = 0; i < t.floats.size(); ++i)
        t.floats[i] = start + static_cast<float>(i);
    return t;
}

// Empty when `got` has this shape and these values (within tol), else what differs.
QString differs(const Tensor& got, const Shape& shape, const std::vector<float>& values, float tol = 1e-5f) {
    if (got.shape != shape)
        return QString("shape %1, expected %2").arg(toString(got.shape).c_str(), toString(shape).c_str());
    if (got.floats.size() != values.size())
        return QString("%1 values, expected %2").arg(got.floats.size()).arg(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        if (!(std::abs(got.floats[i] - values[i]) <= tol))
            return QString("element %1 is %2, expected %3").arg(i).arg(got.floats[i]).arg(values[i]);
    return {};
}

#define CHECK_TENSOR(got, shape, ...)                                                                        \
    do {                                                                                                     \
        const QString why = differs((got), (shape), __VA_ARGS__);                                            \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                            \
    } while (0)

// Building the network throws E whose message names the node and contains `text`.
template <class E> QString rejects(const OneNode& model, const QString& text) {
    try {
        Network net(model.graph());
        return "no exception";
    } catch (const E& e) {
        const QString what = e.what();
        if (!what.contains("light.onnx") || !what.contains("'n'") || !what.contains(text))
            return "message does not name the file, the node and '" + text + "': " + what;
        return {};
    } catch (const std::exception& e) {
        return QString("wrong exception type: ") + e.what();
    }
}

#define CHECK_REJECTS(E, model, text)                                                                        \
    do {                                                                                                     \
        const QString why = rejects<E>((model), (text));                                                     \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                            \
    } while (0)

float sigmoid(float x) {
    return 1.0f / (1.0f + std::exp(-x));
}

} // namespace

class KernelsLightTest : public QObject {
    Q_OBJECT
private slots:
    // --- activations ---
    void parallelForRunsEveryChunkOnceWhateverTheTeam() {
        // Chunks split into one range per thread, each taken by its owner and by the others once theirs are
        // done (kernels/parallel_for.cpp): every chunk runs exactly once, for any count of chunks and
        // threads, more threads than chunks included, and a call from inside a chunk runs inline.
        for (const int64_t chunks :
             {int64_t(1), int64_t(2), int64_t(3), int64_t(7), int64_t(64), int64_t(1000)})
            for (const int threads : {1, 2, 3, 8})
                for (int repeat = 0; repeat < 20; ++repeat) {
                    std::vector<std::atomic<int>> runs(static_cast<size_t>(chunks));
                    std::atomic<int64_t> nested{0};
                    parallelFor(chunks, threads, [&](int64_t c) {
                        runs[static_cast<size_t>(c)].fetch_add(1);
                        if (c == 0) parallelFor(5, threads, [&](int64_t) { nested.fetch_add(1); });
                    });
                    for (int64_t c = 0; c < chunks; ++c)
                        QVERIFY2(runs[static_cast<size_t>(c)].load() == 1,
                                 qPrintable(QString("chunk %1 of %2 at %3 threads ran %4 times")
                                                .arg(c)
                                                .arg(chunks)
                                                .arg(threads)
                                                .arg(runs[static_cast<size_t>(c)].load())));
                    QCOMPARE(nested.load(), int64_t(5));
                }
    }

    void leakyReluScalesNegativesByAlpha() {
        const Tensor x({4}, {-2.0f, -0.5f, 0.0f, 3.0f});
        CHECK_TENSOR(OneNode("LeakyRelu").input({4}).attr("alpha", floatAttr(0.1f)).run({x}), Shape{4},
                     {-0.2f, -0.05f, 0.0f, 3.0f});
        CHECK_TENSOR(OneNode("LeakyRelu").input({4}).run({x}), Shape{4}, {-0.02f, -0.005f, 0.0f, 3.0f});
    }
    void preluAppliesPerChannelSlope() {
        const Tensor x({1, 2, 1, 2}, {-1.0f, 2.0f, -3.0f, 4.0f});
        const OneNode model = OneNode("PRelu").input({1, 2, 1, 2}).constant(Tensor({2, 1, 1}, {0.5f, 0.25f}));
        CHECK_TENSOR(model.run({x}), (Shape{1, 2, 1, 2}), {-0.5f, 2.0f, -0.75f, 4.0f});
    }
    void preluBroadcastsTrailingSlope() {
        const Tensor x({2, 2}, {-1.0f, -1.0f, -2.0f, 2.0f});
        CHECK_TENSOR(OneNode("PRelu").input({2, 2}).floats({0.1f, 0.2f}).run({x}), (Shape{2, 2}),
                     {-0.1f, -0.2f, -0.2f, 2.0f});
    }
    void preluOneDimensionalChannelSlopeIsPerChannel() {
        const Tensor x({1, 2, 2, 3}, std::vector<float>(12, -1.0f));
        const Tensor y = OneNode("PRelu").input({1, 2, 2, 3}).floats({0.5f, 2.0f}).run({x});
        CHECK_TENSOR(y, (Shape{1, 2, 2, 3}),
                     {-0.5f, -0.5f, -0.5f, -0.5f, -0.5f, -0.5f, -2.0f, -2.0f, -2.0f, -2.0f, -2.0f, -2.0f});
    }
    void preluSlopeThatDoesNotBroadcastIsRejected() {
        CHECK_REJECTS(ModelError, OneNode("PRelu").input({1, 2, 3}).floats({1.0f, 2.0f, 3.0f, 4.0f}),
                      "slope");
    }
    void clipReadsAttributesBeforeOpset11() {
        const OneNode model =
            OneNode("Clip", 10).input({4}).attr("min", floatAttr(-1.0f)).attr("max", floatAttr(1.0f));
        CHECK_TENSOR(model.run({Tensor({4}, {-5.0f, -0.5f, 0.5f, 5.0f})}), Shape{4},
                     {-1.0f, -0.5f, 0.5f, 1.0f});
    }
    void clipReadsOptionalInputsFromOpset11() {
        const Tensor x({4}, {-5.0f, -0.5f, 0.5f, 5.0f});
        CHECK_TENSOR(OneNode("Clip", 11).input({4}).scalar(0.0f).run({x}), Shape{4},
                     {0.0f, 0.0f, 0.5f, 5.0f});
        CHECK_TENSOR(OneNode("Clip", 13).input({4}).omitted().scalar(0.0f).run({x}), Shape{4},
                     {-5.0f, -0.5f, 0.0f, 0.0f});
        CHECK_TENSOR(OneNode("Clip", 13).input({4}).run({x}), Shape{4}, {-5.0f, -0.5f, 0.5f, 5.0f});
    }
    void clipComputedBoundIsImportError() {
        CHECK_REJECTS(ImportError, OneNode("Clip", 13).input({4}).input({}), "must be a constant");
    }
    void sigmoidAndTanhFollowTheirFormulas() {
        const Tensor x({3}, {-2.0f, 0.0f, 1.5f});
        CHECK_TENSOR(OneNode("Sigmoid").input({3}).run({x}), Shape{3}, {sigmoid(-2.0f), 0.5f, sigmoid(1.5f)});
        CHECK_TENSOR(OneNode("Tanh").input({3}).run({x}), Shape{3},
                     {std::tanh(-2.0f), 0.0f, std::tanh(1.5f)});
    }

    void sigmoidLayerMatchesTheFormulaOnEveryLaneAndTheTail() {
        // 16 at a time through the polynomial e^x (kernels/vector_math.h), the last 5 of 37 one by one:
        // within 2e-7 of 1 / (1 + e^−x) in double, saturating to 0 and 1 far out, NaN kept.
        std::vector<float> values;
        for (int i = 0; i < 36; ++i)
            values.push_back(-30.0f + 1.7f * i);
        values.push_back(std::numeric_limits<float>::quiet_NaN());
        values[3] = -200.0f;
        values[20] = 200.0f;
        const Tensor y = OneNode("Sigmoid").input({37}).run({Tensor({37}, values)});
        QCOMPARE(y.floats.size(), values.size());
        for (size_t i = 0; i + 1 < values.size(); ++i) {
            const double want = 1.0 / (1.0 + std::exp(-double(values[i])));
            QVERIFY2(std::fabs(y.floats[i] - want) <= 2e-7 * want + 1e-37,
                     qPrintable(
                         QString("sigmoid(%1) = %2, expected %3").arg(values[i]).arg(y.floats[i]).arg(want)));
        }
        QVERIFY(std::isnan(y.floats.back()));
    }

    void polynomialExponentialIsWithin1e7OfStdExp() {
        // The e^x kernels apply to whole registers: relative error against double over its whole range, and
        // every lane of a vector equal to the same value computed alone.
        double worst = 0.0;
        for (double x = -87.0; x <= 88.0; x += 0.00173) {
            const float xf = static_cast<float>(x);
            const double want = std::exp(double(xf));
            worst = std::max(worst, std::fabs(exponential(xf) - want) / want);
        }
        QVERIFY2(worst < 1e-7, qPrintable(QString("worst relative error %1").arg(worst)));
        typedef float Vector8 __attribute__((vector_size(32)));
        Vector8 v;
        for (int i = 0; i < 8; ++i)
            v[i] = -9.5f + 2.6f * i;
        const Vector8 e = exponential(v), s = logistic(v);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(e[i], exponential(float(v[i])));
            QCOMPARE(s[i], logistic(float(v[i])));
        }
        QCOMPARE(exponential(1000.0f), exponential(88.0f)); // clamped: finite
        QVERIFY(std::isfinite(exponential(1000.0f)));
        QVERIFY(exponential(-1000.0f) > 0.0f);
    }

    // --- softmax ---
    void softmaxFromOpset13NormalisesTheLastAxis() {
        const Tensor y = OneNode("Softmax", 13).input({1, 2, 2}).run({iota({1, 2, 2}, 1.0f)});
        CHECK_TENSOR(y, (Shape{1, 2, 2}), {0.26894142f, 0.73105858f, 0.26894142f, 0.73105858f});
    }
    void softmaxFromOpset13NormalisesOneInnerAxis() {
        const Tensor y =
            OneNode("Softmax", 13).input({1, 2, 2}).attr("axis", intAttr(-2)).run({iota({1, 2, 2}, 1.0f)});
        CHECK_TENSOR(y, (Shape{1, 2, 2}), {0.11920292f, 0.11920292f, 0.88079708f, 0.88079708f});
    }
    void softmaxBeforeOpset13CoercesTo2d() {
        const Tensor y = OneNode("Softmax", 11).input({1, 2, 2}).run({iota({1, 2, 2}, 1.0f)});
        double sum = 0;
        for (int i = 1; i <= 4; ++i)
            sum += std::exp(i);
        CHECK_TENSOR(y, (Shape{1, 2, 2}),
                     {float(std::exp(1) / sum), float(std::exp(2) / sum), float(std::exp(3) / sum),
                      float(std::exp(4) / sum)});
    }
    void softmaxOfLargeNumbersStaysFinite() {
        const Tensor y = OneNode("Softmax").input({1, 2}).run({Tensor({1, 2}, {10000.0f, 10001.0f})});
        CHECK_TENSOR(y, (Shape{1, 2}), {0.26894142f, 0.73105858f});
    }
    void logSoftmaxIsTheLogOfSoftmax() {
        const Tensor y = OneNode("LogSoftmax").input({1, 3}).run({Tensor({1, 3}, {1.0f, 2.0f, 3.0f})});
        const double lse = std::log(std::exp(1.0) + std::exp(2.0) + std::exp(3.0));
        CHECK_TENSOR(y, (Shape{1, 3}), {float(1 - lse), float(2 - lse), float(3 - lse)});
    }
    void logSoftmaxOnInnerAxis() {
        const Tensor y = OneNode("LogSoftmax", 13).input({2, 2}).attr("axis", intAttr(0)).run({iota({2, 2})});
        const float a = float(-std::log(1 + std::exp(2.0))), b = float(2 - std::log(1 + std::exp(2.0)));
        CHECK_TENSOR(y, (Shape{2, 2}), {a, a, b, b});
    }
    void softmaxAxisOutOfRangeIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("Softmax").input({2, 3}).attr("axis", intAttr(2)), "axis");
    }
    void caffeSoftmaxNormalisesChannelsAtEachPosition() {
        // Caffe graphs carry opset 0: Caffe's softmax is per axis, over the channels by default.
        const Tensor y = OneNode("Softmax", 0).input({1, 2, 2}).run({iota({1, 2, 2}, 1.0f)});
        CHECK_TENSOR(y, (Shape{1, 2, 2}), {0.11920292f, 0.11920292f, 0.88079708f, 0.88079708f});
    }

    // --- broadcasting arithmetic ---
    void addBroadcastsPerChannelConstant() {
        const OneNode model = OneNode("Add").input({1, 2, 2, 2}).constant(Tensor({2, 1, 1}, {10.0f, 20.0f}));
        CHECK_TENSOR(model.run({iota({1, 2, 2, 2})}), (Shape{1, 2, 2, 2}),
                     {10.0f, 11.0f, 12.0f, 13.0f, 24.0f, 25.0f, 26.0f, 27.0f});
    }
    void addBroadcastsBothOperands() {
        const Tensor y =
            OneNode("Add").input({3, 1}).input({1, 4}).run({iota({3, 1}), Tensor({1, 4}, {0, 10, 20, 30})});
        CHECK_TENSOR(y, (Shape{3, 4}), {0, 10, 20, 30, 1, 11, 21, 31, 2, 12, 22, 32});
    }
    void constantCanBeTheFirstOperand() {
        const Tensor y = OneNode("Sub").scalar(10.0f).input({3}).run({Tensor({3}, {1, 2, 3})});
        CHECK_TENSOR(y, Shape{3}, {9, 8, 7});
    }
    void subAndDivBroadcastAScalar() {
        const Tensor x({3}, {2, 4, 8});
        CHECK_TENSOR(OneNode("Sub").input({3}).scalar(1.0f).run({x}), Shape{3}, {1, 3, 7});
        CHECK_TENSOR(OneNode("Div").input({3}).scalar(2.0f).run({x}), Shape{3}, {1, 2, 4});
    }
    void mulBroadcastsATrailingVector() {
        const Tensor y = OneNode("Mul").input({2, 3}).floats({1, 10, 100}).run({iota({2, 3})});
        CHECK_TENSOR(y, (Shape{2, 3}), {0, 10, 200, 3, 40, 500});
    }
    void mulOfEqualShapes() {
        const Tensor y = OneNode("Mul").input({2, 2}).input({2, 2}).run({iota({2, 2}), iota({2, 2}, 1.0f)});
        CHECK_TENSOR(y, (Shape{2, 2}), {0, 2, 6, 12});
    }
    void sumAddsAnyNumberOfBroadcastInputs() {
        const Tensor y = OneNode("Sum").input({2, 1}).input({3}).input({}).run(
            {Tensor({2, 1}, {1, 2}), Tensor({3}, {10, 20, 30}), Tensor({}, {100})});
        CHECK_TENSOR(y, (Shape{2, 3}), {111, 121, 131, 112, 122, 132});
    }
    void sumOfOneInputIsACopy() {
        CHECK_TENSOR(OneNode("Sum").input({2}).run({Tensor({2}, {1, 2})}), Shape{2}, {1, 2});
    }
    void maxAndMinBroadcastLikeSum() {
        const Tensor a({2, 2}, {1, 5, 3, 0}), b({2}, {2, 4});
        CHECK_TENSOR(OneNode("Max").input({2, 2}).input({2}).run({a, b}), (Shape{2, 2}), {2, 5, 3, 4});
        CHECK_TENSOR(OneNode("Min").input({2, 2}).input({2}).run({a, b}), (Shape{2, 2}), {1, 4, 2, 0});
    }
    void incompatibleBroadcastIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("Add").input({2, 3}).input({2}), "do not broadcast");
    }
    void integerDataOperandIsImportError() {
        CHECK_REJECTS(ImportError, OneNode("Add").input({2}).ints({1, 2}), "float32 only");
    }

    // --- shape operators ---
    void concatJoinsAlongAMiddleAxis() {
        const Tensor y = OneNode("Concat")
                             .input({1, 1, 2})
                             .input({1, 2, 2})
                             .attr("axis", intAttr(1))
                             .run({Tensor({1, 1, 2}, {1, 2}), Tensor({1, 2, 2}, {3, 4, 5, 6})});
        CHECK_TENSOR(y, (Shape{1, 3, 2}), {1, 2, 3, 4, 5, 6});
    }
    void concatAcceptsNegativeAxisAndConstants() {
        const Tensor y = OneNode("Concat")
                             .input({2, 1})
                             .constant(Tensor({2, 2}, {7, 8, 9, 10}))
                             .attr("axis", intAttr(-1))
                             .run({Tensor({2, 1}, {1, 2})});
        CHECK_TENSOR(y, (Shape{2, 3}), {1, 7, 8, 2, 9, 10});
    }
    void concatRankMismatchIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("Concat").input({1, 2}).input({1, 2, 1}).attr("axis", intAttr(0)),
                      "does not match");
    }
    void flattenSplitsAtTheAxis() {
        const Tensor x = iota({2, 3, 4});
        QCOMPARE(OneNode("Flatten").input({2, 3, 4}).run({x}).shape, (Shape{2, 12}));
        QCOMPARE(OneNode("Flatten").input({2, 3, 4}).attr("axis", intAttr(0)).run({x}).shape, (Shape{1, 24}));
        QCOMPARE(OneNode("Flatten").input({2, 3, 4}).attr("axis", intAttr(-1)).run({x}).shape, (Shape{6, 4}));
        QCOMPARE(OneNode("Flatten").input({2, 3, 4}).attr("axis", intAttr(3)).run({x}).floats, x.floats);
    }
    void reshapeCopiesZeroAndInfersMinusOne() {
        const Tensor y = OneNode("Reshape").input({2, 3, 4}).ints({0, -1}).run({iota({2, 3, 4})});
        CHECK_TENSOR(y, (Shape{2, 12}), iota({24}).floats);
    }
    void reshapeAllowZeroMakesZeroLiteral() {
        QCOMPARE(OneNode("Reshape", 14).input({2, 3}).ints({0, 3}).run({iota({2, 3})}).shape, (Shape{2, 3}));
        CHECK_REJECTS(ModelError,
                      OneNode("Reshape", 14).input({2, 3}).ints({0, 3}).attr("allowzero", intAttr(1)),
                      "(0 values)");
    }
    void reshapeToAWrongElementCountIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("Reshape").input({2, 3}).ints({4, 2}), "cannot reshape");
        CHECK_REJECTS(ModelError, OneNode("Reshape").input({2, 3}).ints({4, -1}), "cannot reshape");
        CHECK_REJECTS(ModelError, OneNode("Reshape").input({2, 3}).ints({-1, -1}), "more than one -1");
    }
    void reshapeComputedShapeIsImportError() {
        CHECK_REJECTS(ImportError, OneNode("Reshape").input({2, 3}).input({2}), "must be a constant");
    }
    void transposeReversesByDefault() {
        const Tensor y = OneNode("Transpose").input({2, 3}).run({iota({2, 3}, 1.0f)});
        CHECK_TENSOR(y, (Shape{3, 2}), {1, 4, 2, 5, 3, 6});
    }
    void transposeFollowsPerm() {
        const Tensor y =
            OneNode("Transpose").input({1, 2, 3}).attr("perm", intsAttr({2, 0, 1})).run({iota({1, 2, 3})});
        CHECK_TENSOR(y, (Shape{3, 1, 2}), {0, 3, 1, 4, 2, 5});
    }
    void transposeBadPermIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("Transpose").input({2, 3}).attr("perm", intsAttr({0, 0})), "perm");
    }
    void squeezeReadsAxesAttributeBeforeOpset13() {
        const OneNode model = OneNode("Squeeze", 11).input({1, 3, 1, 2}).attr("axes", intsAttr({0}));
        QCOMPARE(model.run({iota({1, 3, 1, 2})}).shape, (Shape{3, 1, 2}));
    }
    void squeezeReadsAxesInputFromOpset13() {
        const OneNode model = OneNode("Squeeze", 13).input({1, 3, 1, 2}).ints({-2});
        QCOMPARE(model.run({iota({1, 3, 1, 2})}).shape, (Shape{1, 3, 2}));
    }
    void squeezeWithoutAxesDropsEverySizeOne() {
        QCOMPARE(OneNode("Squeeze").input({1, 3, 1, 2}).run({iota({1, 3, 1, 2})}).shape, (Shape{3, 2}));
    }
    void squeezeWithEmptyAxesDropsEverySizeOne() {
        QCOMPARE(OneNode("Squeeze").input({1, 3, 1}).ints({}).run({iota({1, 3, 1})}).shape, (Shape{3}));
    }
    void squeezingANonUnitAxisIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("Squeeze").input({1, 3}).ints({1}), "cannot squeeze");
    }
    void unsqueezeReadsAxesAttributeOrInput() {
        QCOMPARE(
            OneNode("Unsqueeze", 11).input({3, 4}).attr("axes", intsAttr({0, 3})).run({iota({3, 4})}).shape,
            (Shape{1, 3, 4, 1}));
        QCOMPARE(OneNode("Unsqueeze", 13).input({3, 4}).ints({-1, 1}).run({iota({3, 4})}).shape,
                 (Shape{3, 1, 4, 1}));
    }
    void unsqueezeRepeatedAxisIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("Unsqueeze").input({3}).ints({0, -3}), "twice");
    }
    void dropoutIsTheIdentityAndItsMaskIsNotNeeded() {
        Graph g = OneNode("Dropout", 11).input({3}).attr("ratio", floatAttr(0.5f)).graph();
        g.nodes[0].outputs.push_back("mask");
        Network net(g);
        CHECK_TENSOR(net.run({Tensor({3}, {1, 2, 3})}).outputs.at(0), Shape{3}, {1, 2, 3});
    }
    void dropoutInTrainingModeIsImportError() {
        const OneNode model =
            OneNode("Dropout", 13).input({3}).scalar(0.5f).constant(Tensor::ofInts({}, {1}));
        CHECK_REJECTS(ImportError, model, "training mode");
    }
    void identityCopies() {
        CHECK_TENSOR(OneNode("Identity").input({2}).run({Tensor({2}, {5, 6})}), Shape{2}, {5, 6});
    }
    void constantNodeProducesItsValue() {
        Graph g = OneNode("Constant")
                      .attr("value",
                            [] {
                                Attribute a;
                                a.kind = Attribute::Kind::Tensor;
                                a.tensor = Tensor({2}, {1.5f, 2.5f});
                                return a;
                            }())
                      .graph();
        Network net(g);
        CHECK_TENSOR(net.run({}).outputs.at(0), Shape{2}, {1.5f, 2.5f});
    }

    // --- Pad ---
    void padConstantReflectAndEdge() {
        const Tensor x({3}, {1, 2, 3});
        CHECK_TENSOR(OneNode("Pad").input({3}).ints({2, 2}).scalar(9.0f).run({x}), Shape{7},
                     {9, 9, 1, 2, 3, 9, 9});
        CHECK_TENSOR(OneNode("Pad").input({3}).ints({2, 2}).attr("mode", stringAttr("reflect")).run({x}),
                     Shape{7}, {3, 2, 1, 2, 3, 2, 1});
        CHECK_TENSOR(OneNode("Pad").input({3}).ints({2, 2}).attr("mode", stringAttr("edge")).run({x}),
                     Shape{7}, {1, 1, 1, 2, 3, 3, 3});
    }
    void padTwoDimensionalBorders() {
        const Tensor y = OneNode("Pad").input({2, 2}).ints({0, 1, 1, 0}).run({Tensor({2, 2}, {1, 2, 3, 4})});
        CHECK_TENSOR(y, (Shape{3, 3}), {0, 1, 2, 0, 3, 4, 0, 0, 0});
    }
    void negativePadsCrop() {
        const Tensor y = OneNode("Pad").input({3}).ints({-1, 1}).run({Tensor({3}, {1, 2, 3})});
        CHECK_TENSOR(y, Shape{3}, {2, 3, 0});
    }
    void reflectPadWiderThanTheInputKeepsMirroring() {
        const OneNode model = OneNode("Pad").input({3}).ints({4, 0}).attr("mode", stringAttr("reflect"));
        CHECK_TENSOR(model.run({Tensor({3}, {1, 2, 3})}), Shape{7},
                     {1, 2, 3, 2, 1, 2, 3}); // numpy.pad's result
    }
    void padCroppingMoreThanTheInputIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("Pad").input({3}).ints({-2, -2}), "crop");
    }
    void padReadsAttributesBeforeOpset11() {
        const OneNode model =
            OneNode("Pad", 10).input({2}).attr("pads", intsAttr({1, 0})).attr("value", floatAttr(-1.0f));
        CHECK_TENSOR(model.run({Tensor({2}, {1, 2})}), Shape{3}, {-1, 1, 2});
    }
    void padWithWrongPadCountIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("Pad").input({2, 2}).ints({1, 1}), "pads");
    }
    void padComputedPadsIsImportError() {
        CHECK_REJECTS(ImportError, OneNode("Pad").input({2}).input({2}), "must be a constant");
    }

    // --- Resize / Upsample ---
    void resizeNearestDoublesWithScales() {
        const Tensor y = OneNode("Resize")
                             .input({1, 1, 2, 2})
                             .omitted()
                             .floats({1, 1, 2, 2})
                             .run({Tensor({1, 1, 2, 2}, {1, 2, 3, 4})});
        CHECK_TENSOR(y, (Shape{1, 1, 4, 4}), {1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4});
    }
    void resizeHalfPixelDownsamplesWithTiesToFloor() {
        const Tensor y = OneNode("Resize")
                             .input({1, 1, 1, 4})
                             .omitted()
                             .floats({1, 1, 1, 0.5f})
                             .run({Tensor({1, 1, 1, 4}, {1, 2, 3, 4})});
        CHECK_TENSOR(y, (Shape{1, 1, 1, 2}), {1, 3});
    }
    void resizeSizesWithAlignCornersAndNearestModes() {
        const Tensor x({1, 1, 1, 3}, {1, 2, 3});
        const OneNode floor = OneNode("Resize")
                                  .input({1, 1, 1, 3})
                                  .omitted()
                                  .omitted()
                                  .ints({1, 1, 1, 5})
                                  .attr("coordinate_transformation_mode", stringAttr("align_corners"));
        CHECK_TENSOR(floor.run({x}), (Shape{1, 1, 1, 5}), {1, 1, 2, 2, 3});
        const OneNode ceil = OneNode(floor).attr("nearest_mode", stringAttr("round_prefer_ceil"));
        CHECK_TENSOR(ceil.run({x}), (Shape{1, 1, 1, 5}), {1, 2, 2, 3, 3});
    }
    void resizeOpset11TakesEmptyScalesWithSizes() {
        const OneNode model = OneNode("Resize", 11)
                                  .input({1, 1, 1, 2})
                                  .floats({})
                                  .floats({})
                                  .ints({1, 1, 1, 4})
                                  .attr("coordinate_transformation_mode", stringAttr("asymmetric"))
                                  .attr("nearest_mode", stringAttr("floor"));
        CHECK_TENSOR(model.run({Tensor({1, 1, 1, 2}, {1, 2})}), (Shape{1, 1, 1, 4}), {1, 1, 2, 2});
    }
    void resizeOpset10RoundsLikeUpsample() {
        // Shrinking by 0.6: input positions 0, 1.67, 3.33 round up (onnxruntime's pre-opset-11 rule).
        const Tensor y =
            OneNode("Resize", 10).input({1, 5}).floats({1, 0.6f}).run({Tensor({1, 5}, {1, 2, 3, 4, 5})});
        CHECK_TENSOR(y, (Shape{1, 3}), {1, 3, 5});
    }
    void resizeLinearIsImportError() {
        CHECK_REJECTS(ImportError,
                      OneNode("Resize")
                          .input({1, 1, 2, 2})
                          .omitted()
                          .floats({1, 1, 2, 2})
                          .attr("mode", stringAttr("linear")),
                      "mode 'linear' is not supported (nearest only)");
    }
    void resizeComputedScalesIsImportError() {
        CHECK_REJECTS(ImportError, OneNode("Resize").input({1, 1, 2, 2}).omitted().input({4}),
                      "must be a constant");
    }
    void resizeTfCropAndResizeExtrapolatesOutsideTheImage() {
        // Axis 1 maps outputs 0, 1, 2 to input positions −2, 0, 2: the first lies outside.
        const OneNode model = OneNode("Resize")
                                  .input({1, 5})
                                  .floats({0, -0.5f, 1, 0.5f})
                                  .omitted()
                                  .ints({1, 3})
                                  .attr("coordinate_transformation_mode", stringAttr("tf_crop_and_resize"))
                                  .attr("extrapolation_value", floatAttr(9.0f));
        CHECK_TENSOR(model.run({Tensor({1, 5}, {1, 2, 3, 4, 5})}), (Shape{1, 3}), {9, 1, 3});
    }
    void resizeToAHugeSizeIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("Resize").input({1, 2}).omitted().floats({1, 1e30f}), "too large");
    }
    void resizeWithBothScalesAndSizesIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("Resize").input({1, 2}).omitted().floats({1, 2}).ints({1, 4}),
                      "exactly one of scales and sizes");
    }
    void upsampleReadsScalesAttributeOrInput() {
        const Tensor x({1, 1, 1, 2}, {1, 2});
        const OneNode v7 =
            OneNode("Upsample", 7).input({1, 1, 1, 2}).attr("scales", floatsAttr({1, 1, 2, 2}));
        CHECK_TENSOR(v7.run({x}), (Shape{1, 1, 2, 4}), {1, 1, 2, 2, 1, 1, 2, 2});
        const OneNode v9 = OneNode("Upsample", 9).input({1, 1, 1, 2}).floats({1, 1, 1, 3});
        CHECK_TENSOR(v9.run({x}), (Shape{1, 1, 1, 6}), {1, 1, 1, 2, 2, 2});
    }

    // --- DepthToSpace ---
    void depthToSpaceDcrAndCrdOrders() {
        const Tensor x = iota({1, 8, 1, 1});
        CHECK_TENSOR(OneNode("DepthToSpace").input({1, 8, 1, 1}).attr("blocksize", intAttr(2)).run({x}),
                     (Shape{1, 2, 2, 2}), {0, 2, 4, 6, 1, 3, 5, 7});
        CHECK_TENSOR(OneNode("DepthToSpace")
                         .input({1, 8, 1, 1})
                         .attr("blocksize", intAttr(2))
                         .attr("mode", stringAttr("CRD"))
                         .run({x}),
                     (Shape{1, 2, 2, 2}), {0, 1, 2, 3, 4, 5, 6, 7});
    }
    void depthToSpaceIndivisibleChannelsIsModelError() {
        CHECK_REJECTS(ModelError, OneNode("DepthToSpace").input({1, 6, 1, 1}).attr("blocksize", intAttr(2)),
                      "divisible");
    }

    // --- accounting (SPEC §4.6) ---
    void operationsAreOnePerOutputElement() {
        QCOMPARE(OneNode("Add").input({2, 3}).input({3}).operations(), int64_t(6));
        QCOMPARE(OneNode("Sum").input({4}).input({4}).input({4}).operations(), int64_t(8));
        QCOMPARE(OneNode("Pad").input({3}).ints({1, 1}).operations(), int64_t(5));
        QCOMPARE(OneNode("Softmax").input({2, 5}).operations(), int64_t(30)); // max, exp-and-sum, scale
    }
};

QTEST_APPLESS_MAIN(KernelsLightTest)
#include "kernels_light_test.moc"
