// Constant folding at import (graph/constant_folding.h, issue 15): on small graphs built here, and on ONNX
// files written with ONNX's protobuf classes in the forms PyTorch's exporter writes (weights shared through
// Identity nodes, reshape targets computed from Shape).
#include "core/errors.h"
#include "graph/constant_folding.h"
#include "graph/graph.h"
#include "import/model_loader.h"
#include "runtime/network.h"

#include <onnx/onnx_pb.h>

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace dyve;

namespace {

int countOp(const Graph& g, const std::string& op) {
    return static_cast<int>(
        std::count_if(g.nodes.begin(), g.nodes.end(), [&](const Node& n) { return n.op == op; }));
}

Attribute intAttribute(int64_t value) {
    Attribute a;
    a.kind = Attribute::Kind::Int;
    a.i = value;
    return a;
}

// x (1×4×2×2) → Shape → Gather(1) → Div(2) → Unsqueeze(0) → Concat([1], ·, [-1]) → Reshape(x): the
// channel split PyTorch writes for x.view(n, c / 2, -1).
Graph shapeChainGraph() {
    Graph g;
    g.sourceFile = "chain.onnx";
    g.inputs = {{"x", {1, 4, 2, 2}}};
    g.initializers["one"] = Tensor::ofInts({}, {1});
    g.initializers["two"] = Tensor::ofInts({}, {2});
    g.initializers["zero_axis"] = Tensor::ofInts({1}, {0});
    g.initializers["batch"] = Tensor::ofInts({1}, {1});
    g.initializers["rest"] = Tensor::ofInts({1}, {-1});
    g.nodes.push_back(Node{"shape", "Shape", {"x"}, {"s"}, {}});
    g.nodes.push_back(Node{"channels", "Gather", {"s", "one"}, {"c"}, {{"axis", intAttribute(0)}}});
    g.nodes.push_back(Node{"half", "Div", {"c", "two"}, {"h"}, {}});
    g.nodes.push_back(Node{"unsqueeze", "Unsqueeze", {"h", "zero_axis"}, {"h1"}, {}});
    g.nodes.push_back(Node{"target", "Concat", {"batch", "h1", "rest"}, {"t"}, {{"axis", intAttribute(0)}}});
    g.nodes.push_back(Node{"view", "Reshape", {"x", "t"}, {"y"}, {}});
    g.outputs = {"y"};
    return g;
}

// ONNX files in the exporter's forms.
onnx::ModelProto emptyModel() {
    onnx::ModelProto model;
    model.set_ir_version(8);
    auto* op = model.add_opset_import();
    op->set_domain("");
    op->set_version(13);
    return model;
}

void addValue(google::protobuf::RepeatedPtrField<onnx::ValueInfoProto>* values, const std::string& name,
              const std::vector<int64_t>& dims) {
    auto* v = values->Add();
    v->set_name(name);
    auto* type = v->mutable_type()->mutable_tensor_type();
    type->set_elem_type(onnx::TensorProto::FLOAT);
    for (int64_t d : dims)
        type->mutable_shape()->add_dim()->set_dim_value(d);
}

onnx::NodeProto* addNode(onnx::ModelProto& model, const std::string& op, const std::string& name,
                         const std::vector<std::string>& inputs, const std::vector<std::string>& outputs) {
    auto* n = model.mutable_graph()->add_node();
    n->set_op_type(op);
    n->set_name(name);
    for (const auto& i : inputs)
        n->add_input(i);
    for (const auto& o : outputs)
        n->add_output(o);
    return n;
}

void addInitializer(onnx::ModelProto& model, const std::string& name, const std::vector<int64_t>& dims,
                    const std::vector<float>& values) {
    auto* t = model.mutable_graph()->add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::FLOAT);
    for (int64_t d : dims)
        t->add_dims(d);
    for (float v : values)
        t->add_float_data(v);
}

void addConstantInts(onnx::ModelProto& model, const std::string& output, const std::vector<int64_t>& values) {
    auto* n = addNode(model, "Constant", output + "_node", {}, {output});
    auto* a = n->add_attribute();
    a->set_name("value");
    a->set_type(onnx::AttributeProto::TENSOR);
    auto* t = a->mutable_t();
    t->set_data_type(onnx::TensorProto::INT64);
    t->add_dims(static_cast<int64_t>(values.size()));
    for (int64_t v : values)
        t->add_int64_data(v);
}

std::string save(const onnx::ModelProto& model, const QTemporaryDir& dir, const char* name) {
    const std::string path = dir.filePath(name).toStdString();
    std::ofstream out(path, std::ios::binary);
    model.SerializeToOstream(&out);
    return path;
}

} // namespace

class ConstantFoldingTest : public QObject {
    Q_OBJECT
private slots:
    void identityOfAWeightIsReadAsTheWeightItself() {
        Graph g;
        g.sourceFile = "shared.onnx";
        g.inputs = {{"x", {1, 1, 2, 2}}};
        g.initializers["w"] = Tensor({1, 1, 1, 1}, {2.0f});
        g.nodes.push_back(Node{"share", "Identity", {"w"}, {"w_copy"}, {}});
        g.nodes.push_back(Node{"conv1", "Conv", {"x", "w"}, {"h"}, {}});
        g.nodes.push_back(Node{"conv2", "Conv", {"h", "w_copy"}, {"y"}, {}});
        g.outputs = {"y"};
        QCOMPARE(foldConstants(g), 1);
        QCOMPARE(countOp(g, "Identity"), 0);
        QCOMPARE(g.nodes[1].inputs[1], std::string("w")); // shared, not copied
        QCOMPARE(g.initializers.size(), size_t(1));
        Network net(std::move(g));
        const RunResult r = net.run({Tensor({1, 1, 2, 2}, {1.0f, -2.0f, 3.0f, 0.5f})});
        QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{4.0f, -8.0f, 12.0f, 2.0f}));
    }
    void identityOfAComputedValueStays() {
        Graph g;
        g.sourceFile = "identity.onnx";
        g.inputs = {{"x", {1, 4}}};
        g.nodes.push_back(Node{"copy", "Identity", {"x"}, {"h"}, {}});
        g.nodes.push_back(Node{"r", "Relu", {"h"}, {"y"}, {}});
        g.outputs = {"y"};
        QCOMPARE(foldConstants(g), 0);
        QCOMPARE(g.nodes.size(), size_t(2));
    }
    void shapeArithmeticFoldsIntoTheReshapeTarget() {
        Graph g = shapeChainGraph();
        QCOMPARE(foldConstants(g), 5);
        QCOMPARE(g.nodes.size(), size_t(1));
        QCOMPARE(g.nodes[0].op, std::string("Reshape"));
        const Tensor* target = g.initializer(g.nodes[0].inputs[1]);
        QVERIFY(target);
        QCOMPARE(target->ints, (std::vector<int64_t>{1, 2, -1}));
        // The shape arithmetic's operands and intermediate values are gone; only the target stays.
        QCOMPARE(g.initializers.size(), size_t(1));
        Network net(std::move(g));
        QCOMPARE(net.run({Tensor::zeros({1, 4, 2, 2})}).outputs.at(0).shape, (Shape{1, 2, 8}));
    }
    void shapeOfAValueOfUnknownShapeStaysAndIsNamed() {
        Graph g = shapeChainGraph();
        g.nodes.insert(g.nodes.begin(), Node{"r", "Relu", {"x"}, {"rx"}, {}});
        g.nodes[1].inputs[0] = "rx";
        QCOMPARE(foldConstants(g), 0); // without inferred shapes, Shape(rx) is not known
        try {
            Network net(g);
            QFAIL("a Shape node ran");
        } catch (const ImportError& e) {
            const QString message = e.what();
            QVERIFY2(message.startsWith("chain.onnx: unsupported operators: "), qPrintable(message));
            QVERIFY2(message.contains("Shape (node 'shape')"), qPrintable(message));
        }
    }
    void inferredShapesFoldTheShapeOfAComputedValue() {
        Graph g = shapeChainGraph();
        g.nodes.insert(g.nodes.begin(), Node{"r", "Relu", {"x"}, {"rx"}, {}});
        g.nodes[1].inputs[0] = "rx";
        QCOMPARE(foldConstants(g, {{"rx", {1, 4, 2, 2}}}), 5);
        QCOMPARE(g.nodes.size(), size_t(2)); // Relu and Reshape
        QCOMPARE(g.initializer(g.nodes.back().inputs[1])->ints, (std::vector<int64_t>{1, 2, -1}));
    }
    void constantNodeBecomesAnInitializer() {
        Graph g;
        g.sourceFile = "constant.onnx";
        g.inputs = {{"x", {1, 2}}};
        Attribute value;
        value.kind = Attribute::Kind::Tensor;
        value.tensor = Tensor({2}, {1.0f, -1.0f});
        g.nodes.push_back(Node{"k", "Constant", {}, {"k_out"}, {{"value", value}}});
        g.nodes.push_back(Node{"m", "Mul", {"x", "k_out"}, {"y"}, {}});
        g.outputs = {"y"};
        QCOMPARE(foldConstants(g), 1);
        QCOMPARE(g.initializer("k_out")->floats, (std::vector<float>{1.0f, -1.0f}));
        QCOMPARE(g.nodes.size(), size_t(1));
    }
    void floatArithmeticOnWeightsFoldsWithBroadcasting() {
        Graph g;
        g.sourceFile = "scaled.onnx";
        g.inputs = {{"x", {1, 2, 1, 1}}};
        g.initializers["w"] = Tensor({2, 2, 1, 1}, {1.0f, 2.0f, 3.0f, 4.0f});
        g.initializers["scale"] = Tensor({2, 1, 1, 1}, {10.0f, -1.0f});
        g.nodes.push_back(Node{"scale_w", "Mul", {"w", "scale"}, {"ws"}, {}});
        g.nodes.push_back(Node{"conv", "Conv", {"x", "ws"}, {"y"}, {}});
        g.outputs = {"y"};
        QCOMPARE(foldConstants(g), 1);
        QCOMPARE(g.initializer("ws")->floats, (std::vector<float>{10.0f, 20.0f, -3.0f, -4.0f}));
        QVERIFY(!g.isInitializer("scale")); // only the folded Mul read it
        QVERIFY(!g.isInitializer("w"));
    }
    void aGraphOutputIsNotFolded() {
        Graph g;
        g.sourceFile = "out.onnx";
        g.inputs = {{"x", {1, 2}}};
        g.initializers["w"] = Tensor({2}, {1.0f, 2.0f});
        g.nodes.push_back(Node{"copy", "Identity", {"w"}, {"y"}, {}});
        g.nodes.push_back(Node{"r", "Relu", {"x"}, {"z"}, {}});
        g.outputs = {"y", "z"};
        QCOMPARE(foldConstants(g), 0);
        QCOMPARE(g.nodes.size(), size_t(2));
    }
    void gatherOutOfRangeNamesTheFileAndNode() {
        Graph g = shapeChainGraph();
        g.initializers["one"] = Tensor::ofInts({}, {7});
        QVERIFY_THROWS_EXCEPTION(ModelError, foldConstants(g));
        try {
            foldConstants(g);
        } catch (const ModelError& e) {
            QCOMPARE(
                QString(e.what()),
                QString("chain.onnx: Gather node 'channels': index 7 is out of range for a dimension of 4"));
        }
    }
    void integerDivisionByZeroIsRefused() {
        Graph g = shapeChainGraph();
        g.initializers["two"] = Tensor::ofInts({}, {0});
        QVERIFY_THROWS_EXCEPTION(ModelError, foldConstants(g));
    }
    void reshapeThatDoesNotFitIsRefused() {
        Graph g;
        g.sourceFile = "reshape.onnx";
        g.inputs = {{"x", {1, 2}}};
        g.initializers["w"] = Tensor({2, 3}, {1, 2, 3, 4, 5, 6});
        g.initializers["shape"] = Tensor::ofInts({2}, {4, -1});
        g.nodes.push_back(Node{"view", "Reshape", {"w", "shape"}, {"wv"}, {}});
        g.nodes.push_back(Node{"mm", "MatMul", {"x", "wv"}, {"y"}, {}});
        g.outputs = {"y"};
        QVERIFY_THROWS_EXCEPTION(ModelError, foldConstants(g));
    }
    // Found by the ONNX fuzzer: dimensions whose product passes int64 were multiplied before the size check
    // (undefined behaviour); now a clear error naming the shape.
    void reshapeToAShapeWhoseSizeOverflowsIsRefused() {
        Graph g;
        g.sourceFile = "reshape.onnx";
        g.inputs = {{"x", {1, 2}}};
        g.initializers["w"] = Tensor({2, 3}, {1, 2, 3, 4, 5, 6});
        g.initializers["shape"] = Tensor::ofInts({2}, {257, 2305843009213693953});
        g.nodes.push_back(Node{"view", "Reshape", {"w", "shape"}, {"wv"}, {}});
        g.nodes.push_back(Node{"mm", "MatMul", {"x", "wv"}, {"y"}, {}});
        g.outputs = {"y"};
        try {
            foldConstants(g);
            QFAIL("a shape of 257 × 2305843009213693953 was accepted");
        } catch (const ModelError& e) {
            QVERIFY2(QString(e.what()).startsWith("reshape.onnx: Reshape node 'view'") &&
                         QString(e.what()).contains("is huge"),
                     e.what());
        }
    }
    void exportedIdentitySharedWeightsLoad() {
        // PyTorch 1.13 writes a weight used by two layers once and hands it on through an Identity node.
        onnx::ModelProto model = emptyModel();
        addValue(model.mutable_graph()->mutable_input(), "x", {1, 1, 2, 2});
        addValue(model.mutable_graph()->mutable_output(), "y", {1, 1, 2, 2});
        addInitializer(model, "w", {1, 1, 1, 1}, {3.0f});
        addInitializer(model, "b", {1}, {1.0f});
        addNode(model, "Identity", "Identity_0", {"w"}, {"w2"});
        addNode(model, "Identity", "Identity_1", {"b"}, {"b2"});
        addNode(model, "Conv", "conv1", {"x", "w", "b"}, {"h"});
        addNode(model, "Conv", "conv2", {"h", "w2", "b2"}, {"y"});
        QTemporaryDir dir;
        const Graph g = loadModel(save(model, dir, "shared.onnx"));
        QCOMPARE(countOp(g, "Identity"), 0);
        Network net(g);
        const RunResult r = net.run({Tensor({1, 1, 2, 2}, {1.0f, 0.0f, -1.0f, 2.0f})});
        QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{13.0f, 4.0f, -5.0f, 22.0f}));
    }
    void exportedChannelSplitFoldsThroughShapeInference() {
        // shufflenet_v2's x.chunk(2, dim=1) as PyTorch 1.13 exports it: Shape of a computed value, then
        // Gather, Add, Div and Mul on int64 constants give Slice its bounds.
        onnx::ModelProto model = emptyModel();
        addValue(model.mutable_graph()->mutable_input(), "x", {1, 4, 1, 1});
        addValue(model.mutable_graph()->mutable_output(), "y", {1, 2, 1, 1});
        addNode(model, "Relu", "relu", {"x"}, {"r"});
        addNode(model, "Shape", "shape", {"r"}, {"s"});
        addConstantInts(model, "one", {1});
        addConstantInts(model, "zero", {0});
        addConstantInts(model, "two", {2});
        auto* gather = addNode(model, "Gather", "gather", {"s", "one"}, {"c"});
        auto* axis = gather->add_attribute();
        axis->set_name("axis");
        axis->set_type(onnx::AttributeProto::INT);
        axis->set_i(0);
        addNode(model, "Add", "add", {"c", "one"}, {"c1"});
        addNode(model, "Div", "div", {"c1", "two"}, {"half"});
        addNode(model, "Slice", "slice", {"r", "zero", "half", "one"}, {"y"});
        QTemporaryDir dir;
        const Graph g = loadModel(save(model, dir, "split.onnx"));
        QCOMPARE(g.nodes.size(), size_t(2)); // Relu and Slice
        Network net(g);
        const RunResult r = net.run({Tensor({1, 4, 1, 1}, {-1.0f, 2.0f, 3.0f, 4.0f})});
        QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{0.0f, 2.0f}));
    }
};

QTEST_APPLESS_MAIN(ConstantFoldingTest)
#include "constant_folding_test.moc"
