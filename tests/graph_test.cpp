#include "core/errors.h"
#include "graph/fold_batch_norm.h"
#include "graph/graph.h"
#include "runtime/network.h"

#include <QtTest>
#include <algorithm>
#include <cmath>

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
