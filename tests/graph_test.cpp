#include "core/errors.h"
#include "graph/fold_batch_norm.h"
#include "graph/graph.h"
#include "graph/operator_signature.h"
#include "operators/layer.h"
#include "runtime/network.h"

#include <QtTest>
#include <algorithm>
#include <cmath>

using namespace dyve;

namespace {

// The names of the nodes that read `value`, in order.
std::vector<std::string> readers(const Graph& g, const std::string& value) {
    std::vector<std::string> names;
    for (const Node* n : g.consumers(value))
        names.push_back(n->name);
    return names;
}

using Names = std::vector<std::string>;

Node convNode(const std::string& name, const std::string& in, const std::string& weights,
              const std::string& bias, const std::string& out) {
    Node n{name, "Conv", {in, weights}, {out}, {}};
    if (!bias.empty()) n.inputs.push_back(bias);
    return n;
}

Node batchNormNode(const std::string& name, const std::string& in, const std::string& prefix,
                   const std::string& out) {
    return Node{name,
                "BatchNormalization",
                {in, prefix + "scale", prefix + "shift", prefix + "mean", prefix + "var"},
                {out},
                {}};
}

void addBatchNormWeights(Graph& g, const std::string& prefix, std::vector<float> scale,
                         std::vector<float> shift, std::vector<float> mean, std::vector<float> var) {
    const int64_t channels = static_cast<int64_t>(scale.size());
    g.initializers[prefix + "scale"] = Tensor({channels}, std::move(scale));
    g.initializers[prefix + "shift"] = Tensor({channels}, std::move(shift));
    g.initializers[prefix + "mean"] = Tensor({channels}, std::move(mean));
    g.initializers[prefix + "var"] = Tensor({channels}, std::move(var));
}

} // namespace

class GraphTest : public QObject {
    Q_OBJECT
private slots:
    void failedReplanLeavesTheNetworkUsable() {
        // A Reshape to 4 values plans for batch 1 but not for batch 2; after the failed plan, a run at
        // the original shape must plan again and compute the right answer.
        Graph g;
        g.sourceFile = "reshape.onnx";
        g.inputs = {{"x", {1, 4}}};
        g.initializers["shape"] = Tensor::ofInts({2}, {2, 2});
        g.nodes.push_back(Node{"r", "Relu", {"x"}, {"h"}, {}});
        g.nodes.push_back(Node{"s", "Reshape", {"h", "shape"}, {"y"}, {}});
        g.outputs = {"y"};
        Network net(g);
        QVERIFY_THROWS_EXCEPTION(ModelError, net.plan({{2, 4}}));
        RunResult r = net.run({Tensor({1, 4}, {-1.0f, 2.0f, -3.0f, 4.0f})});
        QCOMPARE(r.outputs.at(0).shape, (Shape{2, 2}));
        QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{0.0f, 2.0f, 0.0f, 4.0f}));
    }
    void reluNetworkRuns() {
        Graph g;
        g.sourceFile = "relu.onnx";
        g.inputs = {{"x", {1, 4}}};
        g.nodes.push_back(Node{"r", "Relu", {"x"}, {"y"}, {}});
        g.outputs = {"y"};
        Network net(g);
        RunResult r = net.run({Tensor({1, 4}, {-1.0f, 2.0f, -3.0f, 4.0f})});
        QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{0.0f, 2.0f, 0.0f, 4.0f}));
        QCOMPARE(r.layers.size(), size_t(1));
        QCOMPARE(r.denseOps(), int64_t(4));
    }
    void runIntoAnEarlierResultOverwritesIt() {
        Graph g;
        g.sourceFile = "relu.onnx";
        g.inputs = {{"x", {1, 4}}};
        g.nodes.push_back(Node{"r", "Relu", {"x"}, {"y"}, {}});
        g.outputs = {"y"};
        Network net(g);
        RunResult r;
        net.run({Tensor({1, 4}, {-1.0f, 2.0f, -3.0f, 4.0f})}, r);
        net.run({Tensor({1, 4}, {5.0f, -6.0f, 7.0f, -8.0f})}, r);
        QCOMPARE(r.outputs.size(), size_t(1));
        QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{5.0f, 0.0f, 7.0f, 0.0f}));
        QCOMPARE(r.layers.size(), size_t(1));
        QCOMPARE(r.layers[0].name, std::string("r"));
    }
    void buffersReusedBetweenValuesKeepEveryValueItsData() {
        // a is read by the last node, so it stays live while b, c and d take (and grow) the buffers that
        // c and b give back (Network's buffer pool).
        Graph g;
        g.sourceFile = "chain.onnx";
        g.inputs = {{"x", {1, 2}}};
        Attribute axis;
        axis.kind = Attribute::Kind::Int;
        axis.i = 1;
        g.nodes.push_back(Node{"r1", "Relu", {"x"}, {"a"}, {}});
        g.nodes.push_back(Node{"c1", "Concat", {"a", "x"}, {"b"}, {{"axis", axis}}});
        g.nodes.push_back(Node{"r2", "Relu", {"b"}, {"c"}, {}});
        g.nodes.push_back(Node{"c2", "Concat", {"c", "c"}, {"d"}, {{"axis", axis}}});
        g.nodes.push_back(Node{"c3", "Concat", {"d", "d", "a"}, {"e"}, {{"axis", axis}}});
        g.outputs = {"e"};
        Network net(g);
        for (int run = 0; run < 2; ++run) {
            const RunResult r = net.run({Tensor({1, 2}, {-1.0f, 2.0f})});
            QCOMPARE(r.outputs.at(0).floats,
                     (std::vector<float>{0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2}));
        }
    }
    void concatOfValuesComputedInItsOutputEqualsTheCopies() {
        // a and b are computed for c alone, so they are written where c holds them and c copies nothing
        // (Network's concat planning); s is also read by m, and x is a graph input, so e copies both; the
        // batch of 2 in f makes its parts not contiguous, so f copies too. Run twice: buffers are reused.
        for (const int64_t batch : {1, 2}) {
            Graph g;
            g.sourceFile = "concat.onnx";
            g.inputs = {{"x", {batch, 1, 2}}};
            Attribute axis;
            axis.kind = Attribute::Kind::Int;
            axis.i = 1;
            g.nodes.push_back(Node{"ra", "Relu", {"x"}, {"a"}, {}});
            g.nodes.push_back(Node{"lb", "LeakyRelu", {"x"}, {"b"}, {}});
            g.nodes.push_back(Node{"c", "Concat", {"a", "b"}, {"c"}, {{"axis", axis}}});
            g.nodes.push_back(Node{"rs", "Sigmoid", {"x"}, {"s"}, {}});
            g.nodes.push_back(Node{"e", "Concat", {"s", "x", "c"}, {"e"}, {{"axis", axis}}});
            g.nodes.push_back(Node{"m", "Mul", {"s", "e"}, {"m"}, {}});
            g.outputs = {"e", "m"};
            Network net(g);
            for (float sign : {1.0f, -1.0f}) {
                std::vector<float> x;
                for (int64_t n = 0; n < batch; ++n)
                    x.insert(x.end(), {sign * (1.0f + n), -sign * 2.0f});
                const RunResult r = net.run({Tensor({batch, 1, 2}, x)});
                std::vector<float> e, m;
                for (int64_t n = 0; n < batch; ++n) {
                    const float* xi = x.data() + n * 2;
                    const float s[2] = {1 / (1 + std::exp(-xi[0])), 1 / (1 + std::exp(-xi[1]))};
                    const std::vector<float> image = {s[0],
                                                      s[1],
                                                      xi[0],
                                                      xi[1],
                                                      std::max(xi[0], 0.0f),
                                                      std::max(xi[1], 0.0f),
                                                      xi[0] >= 0 ? xi[0] : 0.01f * xi[0],
                                                      xi[1] >= 0 ? xi[1] : 0.01f * xi[1]};
                    e.insert(e.end(), image.begin(), image.end());
                    for (size_t i = 0; i < image.size(); ++i)
                        m.push_back(s[i % 2] * image[i]);
                }
                QCOMPARE(r.outputs.at(0).shape, (Shape{batch, 4, 2}));
                for (size_t i = 0; i < e.size(); ++i) {
                    QVERIFY2(std::fabs(r.outputs.at(0).floats[i] - e[i]) < 1e-6f,
                             qPrintable(QString::number(i)));
                    QVERIFY2(std::fabs(r.outputs.at(1).floats[i] - m[i]) < 1e-6f,
                             qPrintable(QString::number(i)));
                }
            }
        }
    }
    void undefinedValueIsRejected() {
        Graph g;
        g.sourceFile = "broken.onnx";
        g.inputs = {{"x", {1, 4}}};
        g.nodes.push_back(Node{"r", "Relu", {"nowhere"}, {"y"}, {}});
        g.outputs = {"y"};
        try {
            Network net(g);
            QFAIL("expected a ModelError");
        } catch (const ModelError& e) {
            QVERIFY(QString(e.what()).contains("broken.onnx"));
            QVERIFY(QString(e.what()).contains("nowhere"));
        }
    }
    void unsupportedOperatorIsNamed() {
        Graph g;
        g.sourceFile = "odd.onnx";
        g.inputs = {{"x", {1, 4}}};
        g.nodes.push_back(Node{"strange_node", "NoSuchOp", {"x"}, {"y"}, {}});
        g.outputs = {"y"};
        try {
            Network net(g);
            QFAIL("expected an ImportError");
        } catch (const ImportError& e) {
            QVERIFY(QString(e.what()).contains("NoSuchOp"));
            QVERIFY(QString(e.what()).contains("strange_node"));
        }
    }
    // Graph::consumers answers from an index built once for the nodes as they are (issue 13: a scan of
    // every node per call made fusing the Relus of a long chain quadratic); any change of the nodes
    // through the Graph makes the next call see the new readers.
    void consumersFollowEveryChangeOfTheNodes() {
        Graph g;
        g.inputs = {{"x", {1}}};
        g.nodes.push_back(Node{"a", "Relu", {"x"}, {"a"}, {}});
        g.nodes.push_back(Node{"b", "Relu", {"a"}, {"b"}, {}});
        QCOMPARE(readers(g, "a"), (Names{"b"}));
        g.nodes.push_back(
            Node{"c", "Add", {"a", "a"}, {"c"}, {}}); // a node reading a value twice is one reader
        QCOMPARE(readers(g, "a"), (Names{"b", "c"}));
        g.nodes[1].inputs[0] = "x";
        QCOMPARE(readers(g, "a"), (Names{"c"}));
        QCOMPARE(readers(g, "x"), (Names{"a", "b"}));
        for (Node& n : g.nodes)
            n.inputs.assign(n.inputs.size(), "x");
        QCOMPARE(readers(g, "a"), Names{});
        QCOMPARE(readers(g, "x"), (Names{"a", "b", "c"}));
        g.nodes.erase(g.nodes.begin());
        QCOMPARE(readers(g, "x"), (Names{"b", "c"}));
        g.nodes.back().inputs = {"b", "nowhere"};
        QCOMPARE(readers(g, "b"), (Names{"c"}));
        QCOMPARE(readers(g, "nowhere"), (Names{"c"}));
        g.nodes = {Node{"d", "Relu", {"b"}, {"d"}, {}}};
        QCOMPARE(readers(g, "b"), (Names{"d"}));
        QCOMPARE(readers(g, "x"), Names{});
        QCOMPARE(readers(g, ""), Names{}); // an omitted input is read by no one
    }
    void aCopyOfAGraphHasReadersOfItsOwn() {
        Graph g;
        g.nodes.push_back(Node{"a", "Relu", {"x"}, {"a"}, {}});
        QCOMPARE(readers(g, "x"), (Names{"a"}));
        Graph copy = g;
        copy.nodes[0].inputs[0] = "y";
        QCOMPARE(readers(copy, "x"), Names{});
        QCOMPARE(readers(copy, "y"), (Names{"a"}));
        QCOMPARE(readers(g, "x"), (Names{"a"}));
        g = copy;
        QCOMPARE(readers(g, "y"), (Names{"a"}));
        const Graph moved = std::move(copy);
        QCOMPARE(readers(moved, "y"), (Names{"a"}));
    }
    void longReluChainPlansAndRuns() {
        const int length = 100000;
        Graph g;
        g.sourceFile = "chain.onnx";
        g.inputs = {{"x", {1, 4}}};
        std::string previous = "x";
        for (int i = 0; i < length; ++i) {
            const std::string value = "v" + std::to_string(i);
            g.nodes.push_back(Node{value, "Relu", {previous}, {value}, {}});
            previous = value;
        }
        g.outputs = {previous};
        Network net(g);
        const RunResult r = net.run({Tensor({1, 4}, {-1.0f, 2.0f, -3.0f, 4.0f})});
        QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{0.0f, 2.0f, 0.0f, 4.0f}));
    }
    // Folding follows a chain (Conv → BatchNorm → BatchNorm folds both) and leaves a batch norm whose
    // Conv output someone else reads; the folded graph computes what the original does.
    void batchNormsAfterConvolutionsAreFoldedInOnePass() {
        Graph g;
        g.sourceFile = "folds.onnx";
        g.inputs = {{"x", {1, 1, 1, 2}}};
        g.initializers["w1"] = Tensor({2, 1, 1, 1}, {2.0f, -1.0f});
        g.initializers["b1"] = Tensor({2}, {0.5f, 1.0f});
        g.initializers["w2"] = Tensor({2, 1, 1, 1}, {-0.5f, 3.0f});
        addBatchNormWeights(g, "n1/", {1.0f, 2.0f}, {0.1f, -0.2f}, {0.5f, 1.0f}, {4.0f, 0.25f});
        addBatchNormWeights(g, "n2/", {0.5f, -1.0f}, {0.0f, 0.3f}, {-1.0f, 2.0f}, {1.0f, 9.0f});
        addBatchNormWeights(g, "n3/", {3.0f, 1.0f}, {1.0f, 0.0f}, {0.0f, 0.5f}, {2.0f, 1.0f});
        g.nodes.push_back(convNode("conv1", "x", "w1", "b1", "c1"));
        g.nodes.push_back(batchNormNode("bn1", "c1", "n1/", "d1"));
        g.nodes.push_back(batchNormNode("bn2", "d1", "n2/", "e1"));
        g.nodes.push_back(convNode("conv2", "x", "w2", "", "c2"));
        g.nodes.push_back(batchNormNode("bn3", "c2", "n3/", "d2"));
        g.nodes.push_back(Node{"relu", "Relu", {"c2"}, {"r2"}, {}});
        g.nodes.push_back(Node{"add1", "Add", {"e1", "d2"}, {"s"}, {}});
        g.nodes.push_back(Node{"add2", "Add", {"s", "r2"}, {"y"}, {}});
        g.outputs = {"y"};
        const Tensor x({1, 1, 1, 2}, {1.0f, -3.0f});
        const std::vector<float> expected = Network(g).run({x}).outputs.at(0).floats;

        Graph folded = g;
        QCOMPARE(foldBatchNorm(folded), 2);
        std::vector<std::string> ops;
        for (const Node& n : folded.nodes)
            ops.push_back(n.op);
        QCOMPARE(ops, (Names{"Conv", "Conv", "BatchNormalization", "Relu", "Add", "Add"}));
        QCOMPARE(folded.nodes[0].outputs, (Names{"e1"}));
        QVERIFY(!folded.isInitializer("n1/scale"));
        QVERIFY(folded.isInitializer("n3/scale"));
        const std::vector<float> y = Network(folded).run({x}).outputs.at(0).floats;
        QCOMPARE(y.size(), expected.size());
        for (size_t i = 0; i < y.size(); ++i)
            QVERIFY2(std::fabs(y[i] - expected[i]) < 1e-5f,
                     qPrintable(QString("y[%1] = %2, expected %3").arg(i).arg(y[i]).arg(expected[i])));
    }
    // Every operator with a kernel has ONNX's signature beside it, so the importer can check a node's
    // inputs, outputs and attribute kinds before any kernel reads them (issue 13).
    void everySupportedOperatorHasASignature() {
        for (const std::string& op : supportedOperators())
            QVERIFY2(operatorSignature(op), op.c_str());
        QVERIFY(!operatorSignature("NoSuchOp"));
    }
    void signatureProblemsNameTheNode() {
        Attribute group;
        group.kind = Attribute::Kind::Float;
        QCOMPARE(signatureProblem(Node{"r", "Relu", {}, {"y"}, {}}),
                 std::string("Relu node 'r' has 0 inputs; ONNX's Relu takes 1"));
        QCOMPARE(signatureProblem(Node{"c", "Conv", {"x", ""}, {"y"}, {}}),
                 std::string("Conv node 'c': input 1 is required but omitted"));
        QCOMPARE(signatureProblem(Node{"c", "Conv", {"x", "w"}, {"y"}, {{"group", group}}}),
                 std::string("Conv node 'c': attribute 'group' is a float, not an int"));
        QCOMPARE(signatureProblem(Node{"m", "MaxPool", {"x"}, {"y", "i", "j"}, {}}),
                 std::string("MaxPool node 'm' has 3 outputs; ONNX's MaxPool gives 1 to 2"));
        QCOMPARE(signatureProblem(Node{"s", "Sum", {}, {"y"}, {}}),
                 std::string("Sum node 's' has 0 inputs; ONNX's Sum takes 1 or more"));
        QCOMPARE(signatureProblem(Node{"c", "Conv", {"x", "w", ""}, {"y"}, {}}), std::string());
        QCOMPARE(signatureProblem(Node{"o", "NoSuchOp", {}, {}, {}}), std::string());
    }
    void nanWeightIsRejected() {
        Graph g;
        g.sourceFile = "nan.onnx";
        g.inputs = {{"x", {1, 1}}};
        g.initializers["w"] = Tensor({1}, {std::numeric_limits<float>::quiet_NaN()});
        g.nodes.push_back(Node{"r", "Relu", {"x"}, {"y"}, {}});
        g.outputs = {"y"};
        QVERIFY_THROWS_EXCEPTION(ModelError, validate(g));
    }
};

QTEST_APPLESS_MAIN(GraphTest)
#include "graph_test.moc"
