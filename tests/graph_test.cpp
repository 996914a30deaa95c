#include "core/errors.h"
#include "graph/fold_batch_norm.h"
#include "graph/graph.h"
#include "runtime/network.h"

#include <QtTest>

using namespace dyve;

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
            QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2}));
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
