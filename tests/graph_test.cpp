#include "core/errors.h"
#include "graph/fold_batch_norm.h"
#include "graph/graph.h"
#include "runtime/network.h"

#include <QtTest>

using namespace dyve;

class GraphTest : public QObject {
    Q_OBJECT
private slots:
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
