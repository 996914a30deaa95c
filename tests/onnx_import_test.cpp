// The ONNX importer and the model loader (SPEC §4.1) on real zoo models, on small models built here with
// ONNX's protobuf classes, and on every kind of bad model file SPEC §8 lists.
#include "core/errors.h"
#include "graph/graph.h"
#include "import/model_loader.h"
#include "import/onnx_importer.h"
#include "operators/layer.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <onnx/onnx_pb.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <random>

using namespace dyve;

namespace {

// Small models written with ONNX's own protobuf classes, so the bytes on disk are real ONNX.
onnx::ModelProto emptyModel(int64_t opset = 13) {
    onnx::ModelProto model;
    model.set_ir_version(8);
    model.set_producer_name("onnx_import_test");
    auto* op = model.add_opset_import();
    op->set_domain("");
    op->set_version(opset);
    model.mutable_graph()->set_name("test");
    return model;
}

void addInput(onnx::ModelProto& model, const std::string& name, const std::vector<int64_t>& dims,
              const std::string& symbolicFirst = {}) {
    auto* in = model.mutable_graph()->add_input();
    in->set_name(name);
    auto* type = in->mutable_type()->mutable_tensor_type();
    type->set_elem_type(onnx::TensorProto::FLOAT);
    for (size_t i = 0; i < dims.size(); ++i) {
        auto* d = type->mutable_shape()->add_dim();
        if (i == 0 && !symbolicFirst.empty())
            d->set_dim_param(symbolicFirst);
        else
            d->set_dim_value(dims[i]);
    }
}

void addOutput(onnx::ModelProto& model, const std::string& name) {
    auto* out = model.mutable_graph()->add_output();
    out->set_name(name);
    out->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
}

onnx::TensorProto* addFloats(onnx::ModelProto& model, const std::string& name,
                             const std::vector<int64_t>& dims, const std::vector<float>& values) {
    auto* t = model.mutable_graph()->add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::FLOAT);
    for (int64_t d : dims)
        t->add_dims(d);
    for (float v : values)
        t->add_float_data(v);
    return t;
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

void setFloat(onnx::NodeProto* n, const std::string& name, float value) {
    auto* a = n->add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::FLOAT);
    a->set_f(value);
}

void setInts(onnx::NodeProto* n, const std::string& name, const std::vector<int64_t>& values) {
    auto* a = n->add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::INTS);
    for (int64_t v : values)
        a->add_ints(v);
}

// An input whose dimensions are written as text: a number is a fixed size, a name a symbolic one
// (dim_param), "?" one that is neither.
void addInputOfDims(onnx::ModelProto& model, const std::string& name, const QStringList& dims) {
    auto* in = model.mutable_graph()->add_input();
    in->set_name(name);
    auto* type = in->mutable_type()->mutable_tensor_type();
    type->set_elem_type(onnx::TensorProto::FLOAT);
    for (const QString& text : dims) {
        auto* d = type->mutable_shape()->add_dim();
        bool isNumber = false;
        const int64_t value = text.toLongLong(&isNumber);
        if (isNumber)
            d->set_dim_value(value);
        else if (text != "?")
            d->set_dim_param(text.toStdString());
    }
}

// A float initializer whose bytes are in another file (ONNX external data): `entries` are its key/value
// pairs (location, offset, length).
void addExternal(onnx::ModelProto& model, const std::string& name, int64_t count,
                 const std::vector<std::pair<std::string, std::string>>& entries) {
    auto* t = model.mutable_graph()->add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::FLOAT);
    t->add_dims(count);
    t->set_data_location(onnx::TensorProto::EXTERNAL);
    for (const auto& [key, value] : entries) {
        auto* e = t->add_external_data();
        e->set_key(key);
        e->set_value(value);
    }
}

// x (1×4) → PRelu with the external slope "slope" of four values → y.
onnx::ModelProto externalSlopeModel(const std::vector<std::pair<std::string, std::string>>& entries) {
    onnx::ModelProto model = emptyModel();
    addInput(model, "x", {1, 4});
    addExternal(model, "slope", 4, entries);
    addNode(model, "PRelu", "p", {"x", "slope"}, {"y"});
    addOutput(model, "y");
    return model;
}

std::string floatBytes(const std::vector<float>& values) {
    return std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float));
}

// A chain of `length` Relus: x → v0 → v1 → … → v<length−1>, the model's output.
onnx::ModelProto reluChainModel(int length) {
    onnx::ModelProto model = emptyModel();
    addInput(model, "x", {1, 4});
    std::string previous = "x";
    for (int i = 0; i < length; ++i) {
        const std::string value = "v" + std::to_string(i);
        addNode(model, "Relu", "", {previous}, {value});
        previous = value;
    }
    addOutput(model, previous);
    return model;
}

std::string save(const onnx::ModelProto& model, const QTemporaryDir& dir, const QString& fileName) {
    const std::string path = dir.filePath(fileName).toStdString();
    std::ofstream out(path, std::ios::binary);
    model.SerializeToOstream(&out);
    return path;
}

std::string writeBytes(const QTemporaryDir& dir, const QString& fileName, const std::string& bytes) {
    const std::string path = dir.filePath(fileName).toStdString();
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path;
}

std::string readBytes(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray bytes = f.readAll();
    return std::string(bytes.constData(), static_cast<size_t>(bytes.size()));
}

// Conv (1 → 2 channels, 1×1 kernel, bias) followed by BatchNormalization, on a 1×1×1×2 input.
onnx::ModelProto convBatchNormModel() {
    onnx::ModelProto model = emptyModel();
    addInput(model, "x", {1, 1, 1, 2});
    addFloats(model, "w", {2, 1, 1, 1}, {2.0f, -1.0f});
    addFloats(model, "b", {2}, {0.5f, 1.0f});
    addFloats(model, "gamma", {2}, {1.0f, 2.0f});
    addFloats(model, "beta", {2}, {0.1f, -0.2f});
    addFloats(model, "mean", {2}, {0.5f, 1.0f});
    addFloats(model, "var", {2}, {4.0f, 0.25f});
    setInts(addNode(model, "Conv", "conv", {"x", "w", "b"}, {"c"}), "kernel_shape", {1, 1});
    setFloat(addNode(model, "BatchNormalization", "bn", {"c", "gamma", "beta", "mean", "var"}, {"y"}),
             "epsilon", 1e-5f);
    addOutput(model, "y");
    return model;
}

// Asserts that `call` throws E whose message names `file` and contains `problem`.
template <typename E, typename F> void expectError(F call, const std::string& file, const QString& problem) {
    try {
        call();
        QFAIL(qPrintable("expected an error mentioning '" + problem + "'"));
    } catch (const E& e) {
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(message.contains(QString::fromStdString(file)), qPrintable(message));
        QVERIFY2(message.contains(problem, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.contains('\n'), qPrintable(message));
    }
}

} // namespace

class OnnxImportTest : public QObject {
    Q_OBJECT
private slots:
    void resnet20Imports() {
        DYVE_REQUIRE_SHARED();
        const Graph g = importOnnx(dyve::test::sharedPath("zoo/resnet20-cifar10/model.onnx").toStdString());
        QCOMPARE(g.sourceFormat, std::string("onnx"));
        QCOMPARE(g.opsetVersion, int64_t(10));
        QCOMPARE(g.nodes.size(), size_t(52)); // 53 nodes, of which one Constant
        QCOMPARE(g.inputs.size(), size_t(1));
        QCOMPARE(g.inputs[0].shape, (Shape{1, 3, 32, 32}));
        QCOMPARE(g.outputs, (std::vector<std::string>{"output"}));
        QCOMPARE(g.initializers.size(), size_t(45)); // 44 weights and the Constant
        int convs = 0;
        for (const Node& n : g.nodes)
            convs += n.op == "Conv";
        QCOMPARE(convs, 21);
        QCOMPARE(g.parameterCount(), int64_t(271690));
    }
    void constantNodeBecomesInitializer() {
        DYVE_REQUIRE_SHARED();
        const Graph g = importOnnx(dyve::test::sharedPath("zoo/resnet20-cifar10/model.onnx").toStdString());
        for (const Node& n : g.nodes)
            QVERIFY(n.op != "Constant");
        const Tensor* shape = g.initializer("/Constant_output_0");
        QVERIFY(shape);
        QCOMPARE(shape->type, DataType::Int64);
        QCOMPARE(shape->ints, (std::vector<int64_t>{1, -1}));
    }
    void symbolicBatchIsMinusOne() {
        DYVE_REQUIRE_SHARED();
        const Graph g = importOnnx(dyve::test::sharedPath("zoo/superres/model.onnx").toStdString());
        QCOMPARE(g.inputs.at(0).shape, (Shape{-1, 1, 224, 224}));
        QCOMPARE(g.nodes.size(), size_t(10));
    }
    void squeezenetLoadsThroughLoader() {
        DYVE_REQUIRE_SHARED();
        const std::string path = dyve::test::sharedPath("zoo/squeezenet1.0-dc/model.onnx").toStdString();
        QCOMPARE(detectModelFormat(path), std::string("onnx"));
        const Graph g = loadModel(path);
        QCOMPARE(g.opsetVersion, int64_t(11));
        QCOMPARE(g.nodes.size(), size_t(66));
        QCOMPARE(g.inputs.at(0).shape, (Shape{1, 3, 227, 227}));
        QCOMPARE(g.outputs, (std::vector<std::string>{"prob"}));
    }
    void formatIsDetectedFromExtensionAndContent() {
        DYVE_REQUIRE_SHARED();
        QCOMPARE(detectModelFormat(dyve::test::sharedPath("zoo/cifar10-quick/deploy.prototxt").toStdString()),
                 std::string("caffe"));
        QCOMPARE(
            detectModelFormat(dyve::test::sharedPath("zoo/cifar10-quick/model.caffemodel").toStdString()),
            std::string("caffe"));
        QCOMPARE(detectModelFormat(dyve::test::sharedPath("zoo/superres/cat.jpg").toStdString()),
                 std::string());
        QTemporaryDir dir;
        const std::string renamed = writeBytes(
            dir, "net.txt", readBytes(dyve::test::sharedPath("zoo/cifar10-quick/deploy.prototxt")));
        QCOMPARE(detectModelFormat(renamed), std::string("caffe"));
        const std::string noExtension =
            writeBytes(dir, "model", readBytes(dyve::test::sharedPath("zoo/resnet20-cifar10/model.onnx")));
        QCOMPARE(detectModelFormat(noExtension), std::string("onnx"));
    }
    void caffePrototxtLoadsThroughLoader() {
        DYVE_REQUIRE_SHARED();
        const Graph g = loadModel(dyve::test::sharedPath("zoo/cifar10-quick/deploy.prototxt").toStdString());
        QCOMPARE(g.sourceFormat, std::string("caffe"));
        QCOMPARE(g.inputs.at(0).shape, (Shape{1, 3, 32, 32}));
    }
    void weightsOptionIsHonoured() {
        DYVE_REQUIRE_SHARED();
        LoadOptions options;
        options.weightsFile = "/nonexistent/other.caffemodel";
        expectError<ImportError>(
            [&] {
                loadModel(dyve::test::sharedPath("zoo/cifar10-quick/deploy.prototxt").toStdString(), options);
            },
            options.weightsFile, "");
    }
    void caffemodelPointsToItsPrototxt() {
        DYVE_REQUIRE_SHARED();
        const std::string path = dyve::test::sharedPath("zoo/cifar10-quick/model.caffemodel").toStdString();
        expectError<ImportError>([&] { loadModel(path); }, path, "deploy.prototxt");
    }
    void attributesAreConverted() {
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 1, 4, 4});
        auto* pool = addNode(model, "MaxPool", "pool", {"x"}, {"y"});
        setInts(pool, "kernel_shape", {2, 2});
        setFloat(pool, "some_float", 0.25f);
        auto* s = pool->add_attribute();
        s->set_name("auto_pad");
        s->set_type(onnx::AttributeProto::STRING);
        s->set_s("SAME_UPPER");
        auto* ss = pool->add_attribute();
        ss->set_name("names");
        ss->set_type(onnx::AttributeProto::STRINGS);
        ss->add_strings("Sigmoid");
        ss->add_strings("Tanh");
        addOutput(model, "y");
        QTemporaryDir dir;
        const Graph g = importOnnx(save(model, dir, "pool.onnx"));
        const Node& n = g.nodes.at(0);
        QCOMPARE(n.name, std::string("pool"));
        QCOMPARE(n.getInts("kernel_shape"), (std::vector<int64_t>{2, 2}));
        QCOMPARE(n.getFloat("some_float", 0.0f), 0.25f);
        QCOMPARE(n.getString("auto_pad", ""), std::string("SAME_UPPER"));
        QCOMPARE(n.attributes.at("names").strings, (std::vector<std::string>{"Sigmoid", "Tanh"}));
    }
    void rawDataOfEveryTypeIsDecoded() {
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {2});
        auto rawTensor = [&](const std::string& name, int type, const std::string& bytes, int64_t n) {
            auto* t = model.mutable_graph()->add_initializer();
            t->set_name(name);
            t->set_data_type(type);
            t->add_dims(n);
            t->set_raw_data(bytes);
        };
        const float f[2] = {1.5f, -2.0f};
        const double d[2] = {0.25, 3.0};
        const int64_t i64[2] = {-7, 1LL << 40};
        const int32_t i32[2] = {-3, 9};
        rawTensor("f32", onnx::TensorProto::FLOAT, std::string(reinterpret_cast<const char*>(f), sizeof f),
                  2);
        rawTensor("f64", onnx::TensorProto::DOUBLE, std::string(reinterpret_cast<const char*>(d), sizeof d),
                  2);
        rawTensor("f16", onnx::TensorProto::FLOAT16, std::string("\x00\x3c\x00\xc0", 4), 2); // 1.0, -2.0
        rawTensor("i64", onnx::TensorProto::INT64,
                  std::string(reinterpret_cast<const char*>(i64), sizeof i64), 2);
        rawTensor("i32", onnx::TensorProto::INT32,
                  std::string(reinterpret_cast<const char*>(i32), sizeof i32), 2);
        rawTensor("i8", onnx::TensorProto::INT8, std::string("\xff\x05", 2), 2);
        rawTensor("u8", onnx::TensorProto::UINT8, std::string("\xff\x05", 2), 2);
        rawTensor("b", onnx::TensorProto::BOOL, std::string("\x01\x00", 2), 2);
        addNode(model, "Relu", "r", {"x"}, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        const Graph g = importOnnx(save(model, dir, "types.onnx"));
        QCOMPARE(g.initializer("f32")->floats, (std::vector<float>{1.5f, -2.0f}));
        QCOMPARE(g.initializer("f64")->floats, (std::vector<float>{0.25f, 3.0f}));
        QCOMPARE(g.initializer("f16")->floats, (std::vector<float>{1.0f, -2.0f}));
        QCOMPARE(g.initializer("i64")->ints, (std::vector<int64_t>{-7, 1LL << 40}));
        QCOMPARE(g.initializer("i32")->ints, (std::vector<int64_t>{-3, 9}));
        QCOMPARE(g.initializer("i8")->ints, (std::vector<int64_t>{-1, 5}));
        QCOMPARE(g.initializer("u8")->ints, (std::vector<int64_t>{255, 5}));
        QCOMPARE(g.initializer("b")->ints, (std::vector<int64_t>{1, 0}));
    }
    void initializersAreDroppedFromInputs() {
        onnx::ModelProto model = emptyModel();
        model.set_ir_version(3); // before IR 4, weights are listed as graph inputs too
        addInput(model, "x", {1, 2});
        addInput(model, "slope", {2});
        addFloats(model, "slope", {2}, {0.1f, 0.2f});
        addNode(model, "PRelu", "p", {"x", "slope"}, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        const Graph g = importOnnx(save(model, dir, "prelu.onnx"));
        QCOMPARE(g.inputs.size(), size_t(1));
        QCOMPARE(g.inputs[0].name, std::string("x"));
    }
    void batchNormIsFoldedIntoConv() {
        QTemporaryDir dir;
        const Graph g = loadModel(save(convBatchNormModel(), dir, "convbn.onnx"));
        QCOMPARE(g.nodes.size(), size_t(1));
        const Node& conv = g.nodes[0];
        QCOMPARE(conv.op, std::string("Conv"));
        QCOMPARE(conv.outputs, (std::vector<std::string>{"y"}));
        const float eps = 1e-5f;
        const float k0 = 1.0f / std::sqrt(4.0f + eps), k1 = 2.0f / std::sqrt(0.25f + eps);
        const Tensor& w = *g.initializer(conv.inputs.at(1));
        const Tensor& b = *g.initializer(conv.inputs.at(2));
        QCOMPARE(w.shape, (Shape{2, 1, 1, 1}));
        QVERIFY(std::abs(w.floats[0] - 2.0f * k0) < 1e-6f);
        QVERIFY(std::abs(w.floats[1] - -1.0f * k1) < 1e-6f);
        QVERIFY(std::abs(b.floats[0] - ((0.5f - 0.5f) * k0 + 0.1f)) < 1e-6f);
        QVERIFY(std::abs(b.floats[1] - ((1.0f - 1.0f) * k1 - 0.2f)) < 1e-6f);
    }
    void foldedConvComputesWhatConvThenBatchNormWould() {
        if (!isSupportedOperator("Conv")) QSKIP("no Conv kernel registered yet");
        QTemporaryDir dir;
        Network net(loadModel(save(convBatchNormModel(), dir, "convbn.onnx")));
        const RunResult r = net.run({Tensor({1, 1, 1, 2}, {1.0f, 3.0f})});
        // By hand: conv = (2x + 0.5, -x + 1) = (2.5, 6.5 | 0, -2); then γ(c − μ)/√(σ² + ε) + β.
        const float eps = 1e-5f;
        const std::vector<float> expected = {(2.5f - 0.5f) * 1.0f / std::sqrt(4.0f + eps) + 0.1f,
                                             (6.5f - 0.5f) * 1.0f / std::sqrt(4.0f + eps) + 0.1f,
                                             (0.0f - 1.0f) * 2.0f / std::sqrt(0.25f + eps) - 0.2f,
                                             (-2.0f - 1.0f) * 2.0f / std::sqrt(0.25f + eps) - 0.2f};
        const Tensor& y = r.outputs.at(0);
        QCOMPARE(y.shape, (Shape{1, 2, 1, 2}));
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(y.floats[i] - expected[i]) < 1e-5f,
                     qPrintable(QString("y[%1] = %2, expected %3").arg(i).arg(y.floats[i]).arg(expected[i])));
    }
    void externalDataIsRead() {
        QTemporaryDir dir;
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 3});
        auto* slope = model.mutable_graph()->add_initializer();
        slope->set_name("slope");
        slope->set_data_type(onnx::TensorProto::FLOAT);
        slope->add_dims(3);
        slope->set_data_location(onnx::TensorProto::EXTERNAL);
        auto entry = [&](const char* key, const char* value) {
            auto* e = slope->add_external_data();
            e->set_key(key);
            e->set_value(value);
        };
        entry("location", "weights.bin");
        entry("offset", "8");
        entry("length", "12");
        addNode(model, "PRelu", "p", {"x", "slope"}, {"y"});
        addOutput(model, "y");
        const float values[3] = {0.5f, -1.25f, 3.0f};
        writeBytes(dir, "weights.bin",
                   std::string(8, '\x7f') +
                       std::string(reinterpret_cast<const char*>(values), sizeof values));
        const Graph g = importOnnx(save(model, dir, "external.onnx"));
        QCOMPARE(g.initializer("slope")->floats, (std::vector<float>{0.5f, -1.25f, 3.0f}));
    }
    void missingExternalDataFileIsRejected() {
        QTemporaryDir dir;
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 3});
        auto* slope = addFloats(model, "slope", {3}, {});
        slope->set_data_location(onnx::TensorProto::EXTERNAL);
        auto* e = slope->add_external_data();
        e->set_key("location");
        e->set_value("absent_weights.bin");
        addNode(model, "PRelu", "p", {"x", "slope"}, {"y"});
        addOutput(model, "y");
        const std::string path = save(model, dir, "external.onnx");
        expectError<ImportError>([&] { importOnnx(path); }, path,
                                 "absent_weights.bin' of initializer 'slope' is missing");
    }
    void shortExternalDataFileIsRejected() {
        QTemporaryDir dir;
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 3});
        auto* slope = addFloats(model, "slope", {3}, {});
        slope->set_data_location(onnx::TensorProto::EXTERNAL);
        auto* e = slope->add_external_data();
        e->set_key("location");
        e->set_value("weights.bin");
        addNode(model, "PRelu", "p", {"x", "slope"}, {"y"});
        addOutput(model, "y");
        writeBytes(dir, "weights.bin", std::string(8, '\0'));
        const std::string path = save(model, dir, "external.onnx");
        expectError<ImportError>([&] { importOnnx(path); }, path, "too short");
    }
    void missingFileIsRejected() {
        const std::string path = "/nonexistent/folder/model.onnx";
        expectError<ImportError>([&] { importOnnx(path); }, path, "file not found");
        expectError<ImportError>([&] { loadModel(path); }, path, "file not found");
    }
    void emptyFileIsRejected() {
        QTemporaryDir dir;
        const std::string path = writeBytes(dir, "empty.onnx", "");
        expectError<ImportError>([&] { importOnnx(path); }, path, "empty");
        expectError<ImportError>([&] { loadModel(path); }, path, "empty");
    }
    void truncatedModelIsRejected() {
        DYVE_REQUIRE_SHARED();
        const std::string bytes = readBytes(dyve::test::sharedPath("zoo/resnet20-cifar10/model.onnx"));
        QVERIFY(bytes.size() > 1000);
        QTemporaryDir dir;
        const std::string path = writeBytes(dir, "half.onnx", bytes.substr(0, bytes.size() / 2));
        expectError<ImportError>([&] { loadModel(path); }, path, "truncated or corrupt");
    }
    void corruptBytesAreRejected() {
        QTemporaryDir dir;
        std::string bytes;
        convBatchNormModel().SerializeToString(&bytes);
        for (size_t i = 4; i < 24 && i < bytes.size(); ++i)
            bytes[i] = '\xff'; // a run of 0xFF is no valid protobuf tag or varint
        const std::string path = writeBytes(dir, "corrupt.onnx", bytes);
        expectError<ImportError>([&] { importOnnx(path); }, path, "truncated or corrupt");
    }
    void imageRenamedOnnxIsRejected() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        const std::string path =
            writeBytes(dir, "cat.onnx", readBytes(dyve::test::sharedPath("zoo/superres/cat.jpg")));
        expectError<ImportError>([&] { loadModel(path); }, path, "JPEG image, not an ONNX model");
    }
    void randomlyDamagedModelsFailCleanly() {
        // A small fuzz run (SPEC §8): every damaged file either loads or is rejected with the engine's own
        // error type; nothing else escapes, nothing crashes.
        std::string original;
        convBatchNormModel().SerializeToString(&original);
        QTemporaryDir dir;
        std::mt19937 random(2024);
        int loaded = 0, rejected = 0;
        for (int round = 0; round < 2000; ++round) {
            std::string bytes = original;
            const int edits = 1 + static_cast<int>(random() % 4);
            for (int e = 0; e < edits; ++e)
                bytes[random() % bytes.size()] = static_cast<char>(random() & 0xFF);
            if (round % 5 == 0) bytes.resize(random() % bytes.size());
            const std::string path = writeBytes(dir, "damaged.onnx", bytes);
            try {
                Network net(loadModel(path));
                ++loaded;
            } catch (const Error& e) {
                QVERIFY2(QString(e.what()).startsWith(QString::fromStdString(path)), e.what());
                ++rejected;
            }
        }
        QVERIFY(rejected > 0);
        QCOMPARE(loaded + rejected, 2000);
    }
    void modelWithoutGraphIsRejected() {
        QTemporaryDir dir;
        onnx::ModelProto model;
        model.set_ir_version(8);
        const std::string path = save(model, dir, "nograph.onnx");
        expectError<ImportError>([&] { importOnnx(path); }, path, "no ONNX graph");
    }
    void constantValueIntsAndFloatsKeepTheirLength() {
        // Constant nodes in their list forms (value_ints, value_floats): a reshape target and a scale.
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 4});
        setInts(addNode(model, "Constant", "target", {}, {"shape"}), "value_ints", {2, 2});
        auto* scale = addNode(model, "Constant", "scale", {}, {"k"});
        auto* floats = scale->add_attribute();
        floats->set_name("value_floats");
        floats->set_type(onnx::AttributeProto::FLOATS);
        floats->add_floats(10.0f);
        floats->add_floats(-1.0f);
        addNode(model, "Reshape", "view", {"x", "shape"}, {"h"});
        addNode(model, "Mul", "mul", {"h", "k"}, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        Network net(loadModel(save(model, dir, "constants.onnx")));
        const RunResult r = net.run({Tensor({1, 4}, {1.0f, 2.0f, 3.0f, 4.0f})});
        QCOMPARE(r.outputs.at(0).shape, (Shape{2, 2}));
        QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{10.0f, -2.0f, 30.0f, -4.0f}));
    }
    void unsupportedOperatorIsNamedAtLoad() {
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {2, 2});
        addNode(model, "Det", "determinant_7", {"x"}, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        const std::string path = save(model, dir, "det.onnx");
        const Graph g = loadModel(path); // importing is fine: operator support is the Network's to judge
        expectError<ImportError>([&] { Network net(g); }, path,
                                 "unsupported operator 'Det' in node 'determinant_7'");
    }
    void operatorOfOtherDomainIsRejected() {
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 4});
        addNode(model, "FusedGelu", "gelu_1", {"x"}, {"y"})->set_domain("com.microsoft");
        addOutput(model, "y");
        QTemporaryDir dir;
        const std::string path = save(model, dir, "ms.onnx");
        expectError<ImportError>([&] { importOnnx(path); }, path,
                                 "'FusedGelu' of domain 'com.microsoft' in node 'gelu_1'");
    }
    void newerOpsetIsRejected() {
        onnx::ModelProto model = emptyModel(18);
        addInput(model, "x", {1, 4});
        addNode(model, "Relu", "r", {"x"}, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        const std::string path = save(model, dir, "opset18.onnx");
        expectError<ImportError>([&] { importOnnx(path); }, path, "opset 18");
    }
    void nanWeightsAreRejected() {
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 2});
        addFloats(model, "slope", {2}, {0.1f, std::numeric_limits<float>::quiet_NaN()});
        addNode(model, "PRelu", "p", {"x", "slope"}, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        const std::string path = save(model, dir, "nan.onnx");
        expectError<ModelError>([&] { loadModel(path); }, path, "weight 'slope' contains NaN");
    }
    void initializerSizeMismatchIsRejected() {
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 3});
        auto* slope = addFloats(model, "slope", {3}, {});
        slope->set_raw_data(std::string(8, '\0')); // two floats for a shape of three
        addNode(model, "PRelu", "p", {"x", "slope"}, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        const std::string path = save(model, dir, "short.onnx");
        expectError<ModelError>([&] { importOnnx(path); }, path, "initializer 'slope' holds 8 bytes");
    }
    void hugeDimensionsAreRejected() {
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 3});
        auto* slope = addFloats(model, "slope", {1000000, 1000000, 1000000}, {});
        slope->set_raw_data(std::string(12, '\0'));
        addNode(model, "PRelu", "p", {"x", "slope"}, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        const std::string path = save(model, dir, "huge.onnx");
        expectError<ModelError>([&] { importOnnx(path); }, path, "huge shape 1000000x1000000x1000000");
    }
    // Issue 13: a node with fewer inputs than its operator needs (none at all, or a required one omitted
    // as "") is an ImportError naming the file and the node, for every operator the engine implements.
    void operatorWithoutItsRequiredInputsIsRejected_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QStringList>("inputs");
        for (const std::string& op : supportedOperators())
            if (op != "Constant") QTest::newRow(op.c_str()) << QString::fromStdString(op) << QStringList();
        QTest::newRow("Conv without weights") << "Conv" << QStringList{"x", ""};
        QTest::newRow("Gemm without A") << "Gemm" << QStringList{"", "x"};
        QTest::newRow("PRelu without slope") << "PRelu" << QStringList{"x"};
        QTest::newRow("Add of one operand") << "Add" << QStringList{"x"};
        QTest::newRow("BatchNormalization of four inputs")
            << "BatchNormalization" << QStringList{"x", "x", "x", "x"};
        QTest::newRow("Concat of an omitted input") << "Concat" << QStringList{"x", ""};
        QTest::newRow("Sum of an omitted input") << "Sum" << QStringList{"", "x"};
    }
    void operatorWithoutItsRequiredInputsIsRejected() {
        QFETCH(QString, op);
        QFETCH(QStringList, inputs);
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 1, 2, 2});
        std::vector<std::string> names;
        for (const QString& name : inputs)
            names.push_back(name.toStdString());
        addNode(model, op.toStdString(), "n", names, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        const std::string path = save(model, dir, "few_inputs.onnx");
        expectError<ImportError>([&] { Network net(loadModel(path)); }, path, op + " node 'n'");
        expectError<ImportError>([&] { importOnnx(path); }, path, "input");
    }
    // Other nodes ONNX's operator definitions do not allow: too many inputs or outputs, an unnamed
    // output, an attribute of the wrong kind (which the kernels would read as 0 or empty).
    void nodeOutsideItsOperatorsSignatureIsRejected_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QStringList>("inputs");
        QTest::addColumn<QStringList>("outputs");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<int>("attributeType");
        QTest::addColumn<QString>("problem");
        const QStringList x{"x"}, y{"y"};
        const int none = onnx::AttributeProto::UNDEFINED;
        QTest::newRow("Relu of two inputs")
            << "Relu" << QStringList{"x", "x"} << y << "" << none << "has 2 inputs; ONNX's Relu takes 1";
        QTest::newRow("Relu of two outputs")
            << "Relu" << x << QStringList{"y", "z"} << "" << none << "has 2 outputs; ONNX's Relu gives 1";
        QTest::newRow("Relu of an unnamed output")
            << "Relu" << x << QStringList{""} << "" << none << "output 0 has no name";
        QTest::newRow("GlobalMaxPool of no output name")
            << "GlobalMaxPool" << x << QStringList{"", "z"} << "" << none << "output";
        QTest::newRow("Conv of a float group")
            << "Conv" << QStringList{"x", "x"} << y << "group" << int(onnx::AttributeProto::FLOAT)
            << "attribute 'group' is a float, not an int";
        QTest::newRow("MaxPool of an int kernel_shape")
            << "MaxPool" << x << y << "kernel_shape" << int(onnx::AttributeProto::INT)
            << "attribute 'kernel_shape' is an int, not a list of ints";
        QTest::newRow("Transpose of float perm")
            << "Transpose" << x << y << "perm" << int(onnx::AttributeProto::FLOATS) << "'perm'";
        QTest::newRow("Constant of an input")
            << "Constant" << x << y << "value_float" << int(onnx::AttributeProto::FLOAT) << "takes none";
        QTest::newRow("Constant of an int value_float")
            << "Constant" << QStringList{} << y << "value_float" << int(onnx::AttributeProto::INT)
            << "attribute 'value_float' is an int, not a float";
    }
    void nodeOutsideItsOperatorsSignatureIsRejected() {
        QFETCH(QString, op);
        QFETCH(QStringList, inputs);
        QFETCH(QStringList, outputs);
        QFETCH(QString, attribute);
        QFETCH(int, attributeType);
        QFETCH(QString, problem);
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 1, 2, 2});
        std::vector<std::string> ins, outs;
        for (const QString& name : inputs)
            ins.push_back(name.toStdString());
        for (const QString& name : outputs)
            outs.push_back(name.toStdString());
        auto* node = addNode(model, op.toStdString(), "n", ins, outs);
        if (!attribute.isEmpty()) {
            auto* a = node->add_attribute();
            a->set_name(attribute.toStdString());
            a->set_type(static_cast<onnx::AttributeProto::AttributeType>(attributeType));
            if (attributeType == onnx::AttributeProto::FLOAT) a->set_f(1.0f);
            if (attributeType == onnx::AttributeProto::INT) a->set_i(2);
            if (attributeType == onnx::AttributeProto::FLOATS) a->add_floats(1.0f);
        }
        addOutput(model, "y");
        QTemporaryDir dir;
        const std::string path = save(model, dir, "signature.onnx");
        expectError<ImportError>([&] { importOnnx(path); }, path, problem);
    }
    // Issue 13: graph passes are linear in the node count (a 100,000-node chain took minutes when each
    // fused Relu scanned every node for the readers of its input).
    void longReluChainImportsAndRuns() {
        const int length = 100000;
        QTemporaryDir dir;
        const std::string path = save(reluChainModel(length), dir, "chain.onnx");
        Network net(loadModel(path));
        QCOMPARE(net.graph().nodes.size(), size_t(length));
        const RunResult r = net.run({Tensor({1, 4}, {-1.0f, 2.0f, -3.0f, 4.0f})});
        QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{0.0f, 2.0f, 0.0f, 4.0f}));
        QCOMPARE(r.layers.size(), size_t(length));
    }
    void modelOfTooManyNodesIsRejected() {
        onnx::ModelProto model = reluChainModel(1);
        for (int64_t i = 0; i < kMaxGraphNodes; ++i)
            model.mutable_graph()->add_node(); // empty: refused by count before anything reads them
        QTemporaryDir dir;
        const std::string path = save(model, dir, "many_nodes.onnx");
        expectError<ImportError>(
            [&] { importOnnx(path); }, path,
            QString("has %1 nodes, more than the %2").arg(kMaxGraphNodes + 1).arg(kMaxGraphNodes));
    }
    void weightsOfTooManyValuesAreRejected() {
        // Three initializers each within the one-tensor limit, declaring 6 Gi values together, with no data:
        // refused before any of them is read or allocated.
        onnx::ModelProto model = emptyModel();
        addInput(model, "x", {1, 4});
        for (const char* name : {"a", "b", "c"})
            addFloats(model, name, {int64_t(1) << 31}, {});
        addNode(model, "Relu", "r", {"x"}, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        const std::string path = save(model, dir, "many_weights.onnx");
        expectError<ImportError>([&] { importOnnx(path); }, path, "more than the");
    }
    // Issue 13: external data must stay inside the model's folder (no absolute paths out, no "..", no
    // symbolic link out), else a model file could read any file of the machine as its weights.
    void externalDataOutsideTheModelsFolderIsRejected_data() {
        QTest::addColumn<QString>("location");
        QTest::newRow("absolute") << "/etc/passwd";
        QTest::newRow("parent folder") << "../outside.bin";
        QTest::newRow("up and down again") << "data/../../outside.bin";
        QTest::newRow("many parents") << "../../../../../../../../etc/passwd";
        QTest::newRow("symbolic link out") << "link.bin";
        QTest::newRow("symbolic link to a folder out") << "linked_folder/outside.bin";
        QTest::newRow("the folder itself") << ".";
    }
    void externalDataOutsideTheModelsFolderIsRejected() {
        QFETCH(QString, location);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("model/data"));
        writeBytes(dir, "outside.bin", floatBytes({1.0f, 2.0f, 3.0f, 4.0f}));
        QVERIFY(QFile::link(dir.filePath("outside.bin"), dir.filePath("model/link.bin")));
        QVERIFY(QFile::link(dir.path(), dir.filePath("model/linked_folder")));
        const std::string path =
            save(externalSlopeModel({{"location", location.toStdString()}}), dir, "model/model.onnx");
        expectError<ImportError>([&] { importOnnx(path); }, path,
                                 "external data '" + location + "' is outside the model's folder");
    }
    void externalDataInASubfolderIsRead() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("data"));
        writeBytes(dir, "data/slope.bin", floatBytes({0.5f, -1.0f, 2.0f, 4.0f}));
        QVERIFY(QFile::link(dir.filePath("data/slope.bin"), dir.filePath("data/alias.bin")));
        for (const char* location : {"data/slope.bin", "./data/../data/slope.bin", "data/alias.bin"}) {
            const Graph g = importOnnx(save(externalSlopeModel({{"location", location}}), dir, "m.onnx"));
            QCOMPARE(g.initializer("slope")->floats, (std::vector<float>{0.5f, -1.0f, 2.0f, 4.0f}));
        }
    }
    // Offsets and lengths are decimal byte counts that must lie within the file (ONNX external data).
    void externalDataOffsetAndLengthAreChecked_data() {
        QTest::addColumn<QString>("offset");
        QTest::addColumn<QString>("length");
        QTest::addColumn<QString>("problem");
        QTest::newRow("negative offset") << "-4"
                                         << ""
                                         << "offset '-4'";
        QTest::newRow("negative length") << "0"
                                         << "-16"
                                         << "length '-16'";
        QTest::newRow("offset beyond int64") << "99999999999999999999"
                                             << ""
                                             << "offset '99999999999999999999'";
        QTest::newRow("length beyond int64") << "0"
                                             << "18446744073709551632"
                                             << "length '18446744073709551632'";
        QTest::newRow("offset not a number") << "8abc"
                                             << ""
                                             << "offset '8abc'";
        QTest::newRow("offset past the end") << "4096"
                                             << ""
                                             << "too short";
        QTest::newRow("data past the end") << "12"
                                           << "16"
                                           << "too short";
        QTest::newRow("offset near int64's end") << "9223372036854775800"
                                                 << "16"
                                                 << "too short";
    }
    void externalDataOffsetAndLengthAreChecked() {
        QFETCH(QString, offset);
        QFETCH(QString, length);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        writeBytes(dir, "weights.bin", std::string(24, '\0')); // room for 6 floats: 4 fit from offsets 0–8
        std::vector<std::pair<std::string, std::string>> entries = {{"location", "weights.bin"},
                                                                    {"offset", offset.toStdString()}};
        if (!length.isEmpty()) entries.emplace_back("length", length.toStdString());
        const std::string path = save(externalSlopeModel(entries), dir, "external.onnx");
        expectError<ImportError>([&] { importOnnx(path); }, path, problem);
    }
    // Issue 13: a symbolic (dim_param) or unknown channel, height or width is named as such; the engine
    // plans buffers once (SPEC §4.2) and needs them fixed. Only the batch may be symbolic.
    void symbolicImageDimensionIsRejected_data() {
        QTest::addColumn<QStringList>("dims");
        QTest::addColumn<QString>("problem");
        QTest::newRow("channels") << QStringList{"1", "C", "4", "4"}
                                  << "input 'x' has a symbolic channels dimension 'C' (axis 1)";
        QTest::newRow("height") << QStringList{"N", "3", "H", "4"}
                                << "input 'x' has a symbolic height dimension 'H' (axis 2)";
        QTest::newRow("width") << QStringList{"batch", "3", "4", "batch"}
                               << "input 'x' has a symbolic width dimension 'batch' (axis 3)";
        QTest::newRow("unknown channels")
            << QStringList{"1", "?", "4", "4"} << "input 'x' has an unknown channels dimension (axis 1)";
        QTest::newRow("features") << QStringList{"N", "F"}
                                  << "input 'x' has a symbolic features dimension 'F' (axis 1)";
    }
    void symbolicImageDimensionIsRejected() {
        QFETCH(QStringList, dims);
        QFETCH(QString, problem);
        onnx::ModelProto model = emptyModel();
        addInputOfDims(model, "x", dims);
        addNode(model, "Relu", "r", {"x"}, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        const std::string path = save(model, dir, "symbolic.onnx");
        expectError<ImportError>([&] { importOnnx(path); }, path, problem);
        expectError<ImportError>([&] { importOnnx(path); }, path, "only the batch (axis 0) may be symbolic");
    }
    void symbolicBatchRunsAtAnyBatch() {
        onnx::ModelProto model = emptyModel();
        addInputOfDims(model, "x", {"batch", "1", "1", "2"});
        addNode(model, "Relu", "r", {"x"}, {"y"});
        addOutput(model, "y");
        QTemporaryDir dir;
        Network net(loadModel(save(model, dir, "batch.onnx")));
        QCOMPARE(net.graph().inputs.at(0).shape, (Shape{-1, 1, 1, 2}));
        const RunResult r = net.run({Tensor({2, 1, 1, 2}, {-1.0f, 2.0f, 3.0f, -4.0f})});
        QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{0.0f, 2.0f, 3.0f, 0.0f}));
    }
    void tensorFileOfTheBackendSuiteIsRead() {
        const QString file = dyve::test::onnxTestData() + "/node/test_abs/test_data_set_0/input_0.pb";
        if (!QFile::exists(file)) QSKIP("libonnx-testdata is not installed");
        const Tensor t = readOnnxTensorFile(file.toStdString());
        QCOMPARE(t.shape, (Shape{3, 4, 5}));
        QCOMPARE(t.type, DataType::Float32);
        QCOMPARE(t.floats.size(), size_t(60));
    }
};

QTEST_APPLESS_MAIN(OnnxImportTest)
#include "onnx_import_test.moc"
