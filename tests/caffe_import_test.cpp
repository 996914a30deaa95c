#include "core/errors.h"
#include "import/caffe.pb.h"
#include "import/caffe_importer.h"
#include "operators/layer.h"
#include "runtime/network.h"
#include "support/temp_files.h"
#include "support/test_paths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/dnn.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sys/resource.h>
#include <unistd.h>

using namespace dyve;

namespace {

std::string zoo(const QString& relative) {
    return dyve::test::sharedPath("zoo/" + relative).toStdString();
}

std::string cifarPrototxt() {
    return zoo("cifar10-quick/deploy.prototxt");
}
std::string cifarModel() {
    return zoo("cifar10-quick/model.caffemodel");
}
std::string squeezePrototxt() {
    return zoo("squeezenet1.0-dc/deploy.prototxt");
}
std::string squeezeModel() {
    return zoo("squeezenet1.0-dc/model.caffemodel");
}

void writeFile(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

caffe::NetParameter readNet(const std::string& path) {
    caffe::NetParameter net;
    std::ifstream in(path, std::ios::binary);
    net.ParseFromIstream(&in);
    return net;
}

void writeNet(const std::string& path, const caffe::NetParameter& net) {
    std::ofstream out(path, std::ios::binary);
    net.SerializeToOstream(&out);
}

void addBlob(caffe::LayerParameter* layer, const std::vector<int64_t>& shape,
             const std::vector<float>& values) {
    caffe::BlobProto* blob = layer->add_blobs();
    for (int64_t d : shape)
        blob->mutable_shape()->add_dim(d);
    for (float v : values)
        blob->add_data(v);
}

const Node* findNode(const Graph& g, const std::string& name) {
    for (const Node& n : g.nodes)
        if (n.name == name) return &n;
    return nullptr;
}

int countOps(const Graph& g, const std::string& op) {
    return static_cast<int>(
        std::count_if(g.nodes.begin(), g.nodes.end(), [&](const Node& n) { return n.op == op; }));
}

// The first operator of the graph no kernel implements yet, or "".
std::string missingKernel(const Graph& g) {
    for (const Node& n : g.nodes)
        if (!isSupportedOperator(n.op)) return n.op;
    return "";
}

double relativeL2(const std::vector<float>& got, const float* want, size_t n) {
    double diff = 0, norm = 0;
    for (size_t i = 0; i < n; ++i) {
        diff += (double(got[i]) - want[i]) * (double(got[i]) - want[i]);
        norm += double(want[i]) * want[i];
    }
    return std::sqrt(diff / norm);
}

Tensor tensorFromBlob(const cv::Mat& blob) {
    Shape shape(blob.size.p, blob.size.p + blob.dims);
    const float* p = blob.ptr<float>();
    return Tensor(shape, std::vector<float>(p, p + blob.total()));
}

// Runs our network and OpenCV's Caffe reader on the same input blob; returns the relative L2 error.
double compareWithOpenCv(const std::string& prototxt, const std::string& caffemodel, const cv::Mat& blob) {
    Network net(importCaffe(prototxt, caffemodel));
    RunResult ours = net.run({tensorFromBlob(blob)});
    cv::dnn::Net reference = cv::dnn::readNetFromCaffe(prototxt, caffemodel);
    reference.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    reference.setInput(blob);
    cv::Mat want = reference.forward();
    if (static_cast<size_t>(ours.outputs.at(0).size()) != want.total()) return -1.0;
    return relativeL2(ours.outputs[0].floats, want.ptr<float>(), want.total());
}

// A tiny network: Input 1×2×2×2, BatchNorm and Scale in place.
const char* kBatchNormPrototxt = R"(name: "bn_scale"
layer { name: "data" type: "Input" top: "data" input_param { shape { dim: 1 dim: 2 dim: 2 dim: 2 } } }
layer { name: "bn" type: "BatchNorm" bottom: "data" top: "data" }
layer { name: "sc" type: "Scale" bottom: "data" top: "data" scale_param { bias_term: true } }
)";

// Caffe's running sums with scale factor 2: mean (1, 2), variance (4, 9); then γ (3, 0.5), β (1, −1).
caffe::NetParameter batchNormWeights() {
    caffe::NetParameter net;
    caffe::LayerParameter* bn = net.add_layer();
    bn->set_name("bn");
    bn->set_type("BatchNorm");
    addBlob(bn, {2}, {2.0f, 4.0f});
    addBlob(bn, {2}, {8.0f, 18.0f});
    addBlob(bn, {1}, {2.0f});
    caffe::LayerParameter* sc = net.add_layer();
    sc->set_name("sc");
    sc->set_type("Scale");
    addBlob(sc, {2}, {3.0f, 0.5f});
    addBlob(sc, {2}, {1.0f, -1.0f});
    return net;
}

// While alive, the process cannot map more than `bytes` beyond what it maps now: a bigger allocation throws
// std::bad_alloc at once instead of zero-filling gigabytes, so a test shows that a rejection comes before
// any large buffer. AddressSanitizer reserves its own address space and reports failed allocations
// itself, so under it the cap is off (the rejection is still checked).
class AddressSpaceCap {
public:
    explicit AddressSpaceCap(rlim_t bytes) {
#if !defined(__SANITIZE_ADDRESS__)
        std::ifstream statm("/proc/self/statm");
        rlim_t pages = 0;
        if (!(statm >> pages) || getrlimit(RLIMIT_AS, &m_saved) != 0) return;
        rlimit capped = m_saved;
        capped.rlim_cur = std::min<rlim_t>(m_saved.rlim_max, pages * sysconf(_SC_PAGESIZE) + bytes);
        m_active = setrlimit(RLIMIT_AS, &capped) == 0;
#else
        (void)bytes;
#endif
    }
    ~AddressSpaceCap() {
        if (m_active) setrlimit(RLIMIT_AS, &m_saved);
    }
    AddressSpaceCap(const AddressSpaceCap&) = delete;
    AddressSpaceCap& operator=(const AddressSpaceCap&) = delete;

private:
    rlimit m_saved{};
    bool m_active = false;
};

// What `dyve info` does with a model: import it and plan it for its declared input, here with at most
// 1 GiB of new memory (AddressSpaceCap).
void importAndPlan(const std::string& prototxt, const std::string& caffemodel) {
    AddressSpaceCap cap(rlim_t(1) << 30);
    Network net(importCaffe(prototxt, caffemodel));
}

// cifar10-quick's deploy.prototxt with the `nth` (from 1) occurrence of `from` replaced by `to`, written
// to `dir`; "" when there is no such occurrence.
std::string mutatedCifarPrototxt(const QTemporaryDir& dir, const std::string& from, const std::string& to,
                                 int nth = 1) {
    std::string text = readFile(cifarPrototxt());
    size_t at = std::string::npos;
    for (int k = 0; k < nth; ++k)
        if ((at = text.find(from, at == std::string::npos ? 0 : at + 1)) == std::string::npos) return "";
    text.replace(at, from.size(), to);
    return dyve::test::writeFile(dir, "deploy.prototxt", QByteArray::fromStdString(text)).toStdString();
}

// A protobuf varint, as the binary format writes tags.
std::string varint(uint64_t value) {
    std::string out;
    for (; value >= 0x80; value >>= 7)
        out += static_cast<char>((value & 0x7f) | 0x80);
    return out + static_cast<char>(value);
}

// Asserts that `call` throws E whose message contains every fragment.
template <typename E, typename F> bool throwsNaming(F call, const QStringList& fragments, QString* message) {
    try {
        call();
    } catch (const E& e) {
        *message = QString::fromStdString(e.what());
        for (const QString& f : fragments)
            if (!message->contains(f)) return false;
        return !message->contains('\n');
    } catch (const std::exception& e) {
        *message = QStringLiteral("other exception: ") + e.what();
        return false;
    }
    *message = "no exception";
    return false;
}

#define VERIFY_THROWS_NAMING(E, call, ...)                                                                   \
    do {                                                                                                     \
        QString message_;                                                                                    \
        QVERIFY2(throwsNaming<E>([&] { call; }, QStringList{__VA_ARGS__}, &message_), qPrintable(message_)); \
    } while (0)

} // namespace

class CaffeImportTest : public QObject {
    Q_OBJECT
private slots:
    void cifar10QuickImportsFromLegacyWeights() {
        DYVE_REQUIRE_SHARED();
        const Graph g = importCaffe(cifarPrototxt(), cifarModel());
        QCOMPARE(g.sourceFormat, std::string("caffe"));
        QCOMPARE(g.sourceFile, cifarPrototxt());
        QCOMPARE(g.inputs.size(), size_t(1));
        QCOMPARE(g.inputs[0].name, std::string("data"));
        QCOMPARE(g.inputs[0].shape, (Shape{1, 3, 32, 32}));
        // 3 Conv, 3 ReLU, 3 pooling, 2 InnerProduct (Flatten + Gemm; ip2's input is already a matrix),
        // Softmax.
        QCOMPARE(g.nodes.size(), size_t(13));
        QCOMPARE(countOps(g, "Flatten"), 1);
        QCOMPARE(findNode(g, "ip2")->inputs.at(0), std::string("ip1"));
        QCOMPARE(countOps(g, "Conv"), 3);
        QCOMPARE(countOps(g, "Relu"), 3);
        QCOMPARE(countOps(g, "MaxPool"), 1);
        QCOMPARE(countOps(g, "AveragePool"), 2);
        QCOMPARE(countOps(g, "Gemm"), 2);
        QCOMPARE(countOps(g, "Softmax"), 1);
        QCOMPARE(g.initializer("conv1/weight")->shape, (Shape{32, 3, 5, 5}));
        QCOMPARE(g.initializer("conv1/bias")->shape, (Shape{32}));
        QCOMPARE(g.initializer("conv3/weight")->shape, (Shape{64, 32, 5, 5}));
        QCOMPARE(g.initializer("ip1/weight")->shape, (Shape{64, 1024}));
        QCOMPARE(g.initializer("ip2/weight")->shape, (Shape{10, 64}));
        QCOMPARE(g.initializer("ip2/bias")->shape, (Shape{10}));
        QCOMPARE(g.outputs, (std::vector<std::string>{"prob"}));
        const Node* conv1 = findNode(g, "conv1");
        QCOMPARE(conv1->getInts("pads"), (std::vector<int64_t>{2, 2, 2, 2}));
        QCOMPARE(conv1->getInts("kernel_shape"), (std::vector<int64_t>{5, 5}));
        const Node* pool2 = findNode(g, "pool2");
        QCOMPARE(pool2->op, std::string("AveragePool"));
        QCOMPARE(pool2->getInt("ceil_mode", 0), int64_t(1));
        QCOMPARE(pool2->getInt("count_include_pad", 0), int64_t(1));
        QCOMPARE(findNode(g, "ip1")->getInt("transB", 0), int64_t(1));
    }

    void squeezenetImportsWithLegacyInputDims() {
        DYVE_REQUIRE_SHARED();
        const Graph g = importCaffe(squeezePrototxt(), squeezeModel());
        QCOMPARE(g.inputs.size(), size_t(1));
        QCOMPARE(g.inputs[0].shape, (Shape{1, 3, 227, 227}));
        QCOMPARE(countOps(g, "Conv"), 26);
        QCOMPARE(countOps(g, "Relu"), 26);
        QCOMPARE(countOps(g, "Concat"), 8);
        QCOMPARE(countOps(g, "MaxPool"), 3);
        QCOMPARE(countOps(g, "GlobalAveragePool"), 1);
        QCOMPARE(countOps(g, "Identity"), 1); // the Dropout
        QCOMPARE(g.nodes.size(), size_t(65));
        QCOMPARE(g.initializer("conv1/weight")->shape, (Shape{96, 3, 7, 7}));
        QCOMPARE(g.initializer("conv_final/weight")->shape, (Shape{1000, 512, 1, 1}));
        QCOMPARE(g.outputs, (std::vector<std::string>{"pool_final"}));
        QCOMPARE(g.parameterCount(), int64_t(1248424));
    }

    void inPlaceLayersGetFreshValueNames() {
        DYVE_REQUIRE_SHARED();
        const Graph g = importCaffe(squeezePrototxt(), squeezeModel());
        QCOMPARE(findNode(g, "conv1")->outputs, (std::vector<std::string>{"conv1"}));
        QCOMPARE(findNode(g, "relu_conv1")->inputs, (std::vector<std::string>{"conv1"}));
        QCOMPARE(findNode(g, "relu_conv1")->outputs, (std::vector<std::string>{"conv1/relu_conv1"}));
        QCOMPARE(findNode(g, "pool1")->inputs, (std::vector<std::string>{"conv1/relu_conv1"}));
        const Graph cifar = importCaffe(cifarPrototxt(), cifarModel());
        QCOMPARE(findNode(cifar, "relu1")->outputs, (std::vector<std::string>{"pool1/relu1"}));
        QCOMPARE(findNode(cifar, "conv2")->inputs.at(0), std::string("pool1/relu1"));
    }

    void legacyV1PrototxtImportsWithCurrentWeights() {
        QTemporaryDir dir;
        const std::string prototxt = dir.filePath("v1.prototxt").toStdString();
        writeFile(prototxt, R"(name: "v1"
input: "data"
input_dim: 1 input_dim: 1 input_dim: 4 input_dim: 4
layers { name: "conv" type: CONVOLUTION bottom: "data" top: "conv"
         convolution_param { num_output: 2 kernel_size: 3 stride: 1 pad: 1 bias_term: false } }
layers { name: "relu" type: RELU bottom: "conv" top: "conv" relu_param { negative_slope: 0.1 } }
layers { name: "pool" type: POOLING bottom: "conv" top: "pool"
         pooling_param { pool: AVE kernel_size: 2 stride: 2 } }
layers { name: "ip" type: INNER_PRODUCT bottom: "pool" top: "ip" inner_product_param { num_output: 3 } }
layers { name: "loss" type: SOFTMAX_LOSS bottom: "ip" bottom: "label" top: "loss" }
)");
        caffe::NetParameter weights;
        caffe::LayerParameter* conv = weights.add_layer();
        conv->set_name("conv");
        addBlob(conv, {2, 1, 3, 3}, std::vector<float>(18, 0.5f));
        caffe::LayerParameter* ip = weights.add_layer();
        ip->set_name("ip");
        addBlob(ip, {3, 8}, std::vector<float>(24, 1.0f));
        addBlob(ip, {3}, {1.0f, 2.0f, 3.0f});
        const std::string caffemodel = dir.filePath("v1.caffemodel").toStdString();
        writeNet(caffemodel, weights);

        const Graph g = importCaffe(prototxt, caffemodel);
        QCOMPARE(g.inputs.at(0).shape, (Shape{1, 1, 4, 4}));
        QCOMPARE(findNode(g, "conv")->inputs.size(), size_t(2)); // no bias
        QCOMPARE(findNode(g, "relu")->op, std::string("LeakyRelu"));
        QCOMPARE(findNode(g, "relu")->getFloat("alpha", 0.0f), 0.1f);
        QCOMPARE(findNode(g, "pool")->inputs.at(0), std::string("conv/relu"));
        QCOMPARE(g.initializer("ip/weight")->shape, (Shape{3, 8}));
        // The loss layer and its label are training-only: the scores are the output.
        QCOMPARE(g.outputs, (std::vector<std::string>{"ip"}));
    }

    void meanFileReadsAsChannelsHeightWidth() {
        DYVE_REQUIRE_SHARED();
        const Tensor mean = readCaffeMean(zoo("cifar10-quick/mean.binaryproto"));
        QCOMPARE(mean.shape, (Shape{3, 32, 32}));
        for (int c = 0; c < 3; ++c) {
            double sum = 0;
            for (int i = 0; i < 32 * 32; ++i)
                sum += mean.floats[c * 32 * 32 + i];
            const double average = sum / (32 * 32);
            QVERIFY2(average > 100 && average < 130,
                     qPrintable(QString("channel %1 mean %2").arg(c).arg(average)));
        }
    }

    void batchNormAndScaleFoldIntoOneBatchNormalization() {
        QTemporaryDir dir;
        const std::string prototxt = dir.filePath("bn.prototxt").toStdString();
        const std::string caffemodel = dir.filePath("bn.caffemodel").toStdString();
        writeFile(prototxt, kBatchNormPrototxt);
        writeNet(caffemodel, batchNormWeights());

        const Graph g = importCaffe(prototxt, caffemodel);
        QCOMPARE(g.nodes.size(), size_t(1));
        const Node& bn = g.nodes[0];
        QCOMPARE(bn.op, std::string("BatchNormalization"));
        QCOMPARE(bn.outputs, (std::vector<std::string>{"data/sc"}));
        QCOMPARE(g.outputs, (std::vector<std::string>{"data/sc"}));
        QCOMPARE(g.initializer(bn.inputs[1])->floats, (std::vector<float>{3.0f, 0.5f}));  // γ
        QCOMPARE(g.initializer(bn.inputs[2])->floats, (std::vector<float>{1.0f, -1.0f})); // β
        QCOMPARE(g.initializer(bn.inputs[3])->floats, (std::vector<float>{1.0f, 2.0f}));  // mean / 2
        QCOMPARE(g.initializer(bn.inputs[4])->floats, (std::vector<float>{4.0f, 9.0f}));  // variance / 2
        QCOMPARE(bn.getFloat("epsilon", 0.0f), 1e-5f);

        if (!isSupportedOperator("BatchNormalization")) QSKIP("no BatchNormalization kernel yet");
        Network net(g);
        // y = γ (x − μ) / √(σ² + ε) + β: channel 0 (x−1)/2·3+1, channel 1 (x−2)/3·0.5−1.
        RunResult r = net.run({Tensor({1, 2, 2, 2}, {1, 3, 5, 7, 2, 5, 8, 11})});
        const std::vector<float> want = {1.0f, 4.0f, 7.0f, 10.0f, -1.0f, -0.5f, 0.0f, 0.5f};
        for (size_t i = 0; i < want.size(); ++i)
            QVERIFY2(std::fabs(r.outputs.at(0).floats[i] - want[i]) < 1e-4f, qPrintable(QString::number(i)));
    }

    void zeroBatchNormScaleFactorMeansZeroStatistics() {
        QTemporaryDir dir;
        const std::string prototxt = dir.filePath("bn.prototxt").toStdString();
        const std::string caffemodel = dir.filePath("bn.caffemodel").toStdString();
        writeFile(prototxt, kBatchNormPrototxt);
        caffe::NetParameter weights = batchNormWeights();
        weights.mutable_layer(0)->mutable_blobs(2)->set_data(0, 0.0f);
        writeNet(caffemodel, weights);
        const Graph g = importCaffe(prototxt, caffemodel);
        QCOMPARE(g.initializer(g.nodes[0].inputs[3])->floats, (std::vector<float>{0.0f, 0.0f}));
        QCOMPARE(g.initializer(g.nodes[0].inputs[4])->floats, (std::vector<float>{0.0f, 0.0f}));
    }

    void weightsAreFoundBesideThePrototxt() {
        DYVE_REQUIRE_SHARED();
        // deploy.prototxt has no deploy.caffemodel: the folder's only .caffemodel is taken.
        QCOMPARE(findCaffeWeights(squeezePrototxt()), squeezeModel());
        QTemporaryDir dir;
        writeFile(dir.filePath("net.prototxt").toStdString(), kBatchNormPrototxt);
        writeFile(dir.filePath("net.caffemodel").toStdString(), "");
        writeFile(dir.filePath("other.caffemodel").toStdString(), "");
        QCOMPARE(findCaffeWeights(dir.filePath("net.prototxt").toStdString()),
                 dir.filePath("net.caffemodel").toStdString());
    }

    void trainingOnlyLayersAreLeftOut() {
        QTemporaryDir dir;
        const std::string prototxt = dir.filePath("phases.prototxt").toStdString();
        writeFile(prototxt,
                  R"(layer { name: "data" type: "Input" top: "data" input_param { shape { dim: 1 dim: 4 } } }
layer { name: "train_only" type: "Frobnicate" bottom: "data" top: "x" include { phase: TRAIN } }
layer { name: "not_in_test" type: "Frobnicate" bottom: "data" top: "y" exclude { phase: TEST } }
layer { name: "staged" type: "Frobnicate" bottom: "data" top: "z" include { stage: "deploy_only" } }
layer { name: "drop" type: "Dropout" bottom: "data" top: "data" include { phase: TEST } }
layer { name: "acc" type: "Accuracy" bottom: "data" bottom: "label" top: "accuracy" }
)");
        const std::string caffemodel = dir.filePath("phases.caffemodel").toStdString();
        caffe::NetParameter weights;
        weights.add_layer()->set_name("drop");
        writeNet(caffemodel, weights);
        const Graph g = importCaffe(prototxt, caffemodel);
        QCOMPARE(g.nodes.size(), size_t(1));
        QCOMPARE(g.nodes[0].op, std::string("Identity"));
        QCOMPARE(g.outputs, (std::vector<std::string>{"data/drop"}));
    }

    void eltwiseSumWithCoefficientsScalesItsTerms() {
        QTemporaryDir dir;
        const std::string prototxt = dir.filePath("diff.prototxt").toStdString();
        writeFile(
            prototxt,
            R"(layer { name: "in" type: "Input" top: "a" top: "b" input_param { shape { dim: 1 dim: 3 } } }
layer { name: "diff" type: "Eltwise" bottom: "a" bottom: "b" top: "d"
        eltwise_param { operation: SUM coeff: 1 coeff: -1 } }
)");
        const std::string caffemodel = dir.filePath("diff.caffemodel").toStdString();
        caffe::NetParameter weights;
        weights.add_layer()->set_name("diff");
        writeNet(caffemodel, weights);
        const Graph g = importCaffe(prototxt, caffemodel);
        QCOMPARE(g.inputs.size(), size_t(2));
        QCOMPARE(countOps(g, "Mul"), 1);
        QCOMPARE(countOps(g, "Add"), 1);
        QCOMPARE(g.outputs, (std::vector<std::string>{"d"}));
        if (!missingKernel(g).empty()) QSKIP("no Mul/Add kernel yet");
        Network net(g);
        RunResult r = net.run({Tensor({1, 3}, {5, 7, 9}), Tensor({1, 3}, {1, 2, 3})});
        QCOMPARE(r.outputs.at(0).floats, (std::vector<float>{4, 5, 6}));
    }

    // --- bad input (SPEC §8): each names the file and the problem, on one line -------------------------

    void missingPrototxtIsRejected() {
        DYVE_REQUIRE_SHARED();
        VERIFY_THROWS_NAMING(ImportError, importCaffe("/nonexistent/net.prototxt", cifarModel()),
                             "/nonexistent/net.prototxt", "not found");
    }

    void prototxtSyntaxErrorNamesTheLine() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        const std::string prototxt = dir.filePath("broken.prototxt").toStdString();
        writeFile(prototxt,
                  "name: \"broken\"\nlayer {\n  name: \"conv1\" type: \"Convolution\"\n  bottom: \n}\n");
        VERIFY_THROWS_NAMING(ImportError, importCaffe(prototxt, cifarModel()),
                             QString::fromStdString(prototxt), "line 5", "column");
    }

    void unknownLayerTypeIsNamed() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        const std::string prototxt = dir.filePath("odd.prototxt").toStdString();
        writeFile(prototxt,
                  R"(layer { name: "data" type: "Input" top: "data"
        input_param { shape { dim: 1 dim: 3 dim: 32 dim: 32 } } }
layer { name: "strange_layer" type: "Frobnicate" bottom: "data" top: "out" }
)");
        VERIFY_THROWS_NAMING(ImportError, importCaffe(prototxt, cifarModel()),
                             QString::fromStdString(prototxt), "Frobnicate", "strange_layer");
    }

    void truncatedCaffemodelIsRejected() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        const std::string caffemodel = dir.filePath("half.caffemodel").toStdString();
        const std::string whole = readFile(cifarModel());
        writeFile(caffemodel, whole.substr(0, whole.size() / 2));
        VERIFY_THROWS_NAMING(ImportError, importCaffe(cifarPrototxt(), caffemodel),
                             QString::fromStdString(caffemodel), "truncated");
    }

    void caffemodelMissingALayersWeightsIsRejected() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        caffe::NetParameter net = readNet(cifarModel());
        auto* layers = net.mutable_layers();
        for (int i = 0; i < layers->size(); ++i)
            if (layers->Get(i).name() == "conv2") layers->DeleteSubrange(i--, 1);
        const std::string caffemodel = dir.filePath("no_conv2.caffemodel").toStdString();
        writeNet(caffemodel, net);
        VERIFY_THROWS_NAMING(ModelError, importCaffe(cifarPrototxt(), caffemodel),
                             QString::fromStdString(caffemodel), "'conv2'", "no weights");
    }

    void weightBlobOfTheWrongShapeIsRejected() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        caffe::NetParameter net = readNet(cifarModel());
        for (caffe::V1LayerParameter& l : *net.mutable_layers())
            if (l.name() == "conv2") {
                // Same number of values, wrong kernel: 32×32×25×1 instead of 32×32×5×5.
                l.mutable_blobs(0)->set_height(25);
                l.mutable_blobs(0)->set_width(1);
            }
        const std::string caffemodel = dir.filePath("bad_shape.caffemodel").toStdString();
        writeNet(caffemodel, net);
        VERIFY_THROWS_NAMING(ModelError, importCaffe(cifarPrototxt(), caffemodel),
                             QString::fromStdString(caffemodel), "'conv2'", "32x32x25x1", "32x?x5x5");
    }

    void dataLayerInputIsReportedClearly() {
        QTemporaryDir dir;
        const std::string prototxt = dir.filePath("train_val.prototxt").toStdString();
        writeFile(prototxt,
                  R"(layer { name: "cifar" type: "Data" top: "data" top: "label" include { phase: TEST }
        transform_param { mean_file: "mean.binaryproto" } data_param { source: "test_lmdb" batch_size: 100 } }
layer { name: "ip" type: "InnerProduct" bottom: "data" top: "ip" inner_product_param { num_output: 2 } }
)");
        const std::string caffemodel = dir.filePath("train_val.caffemodel").toStdString();
        caffe::NetParameter weights;
        weights.add_layer()->set_name("ip");
        writeNet(caffemodel, weights);
        VERIFY_THROWS_NAMING(ImportError, importCaffe(prototxt, caffemodel), QString::fromStdString(prototxt),
                             "Data layer 'cifar'", "'ip'", "deploy prototxt");
    }

    void eltwiseMaxIsRejected() {
        QTemporaryDir dir;
        const std::string prototxt = dir.filePath("max.prototxt").toStdString();
        writeFile(
            prototxt,
            R"(layer { name: "in" type: "Input" top: "a" top: "b" input_param { shape { dim: 1 dim: 3 } } }
layer { name: "biggest" type: "Eltwise" bottom: "a" bottom: "b" top: "m" eltwise_param { operation: MAX } }
)");
        const std::string caffemodel = dir.filePath("max.caffemodel").toStdString();
        caffe::NetParameter weights;
        weights.add_layer()->set_name("biggest");
        writeNet(caffemodel, weights);
        VERIFY_THROWS_NAMING(ImportError, importCaffe(prototxt, caffemodel), QString::fromStdString(prototxt),
                             "'biggest'", "MAX");
    }

    // Byte flips and truncations all over a real caffemodel: every result is a graph or an Error,
    // never a crash (SPEC §8).
    void corruptedCaffemodelsNeverCrash() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        const std::string caffemodel = dir.filePath("corrupt.caffemodel").toStdString();
        const std::string whole = readFile(cifarModel());
        int rejected = 0;
        for (size_t k = 0; k < 64; ++k) {
            std::string bytes = whole;
            const size_t at = (k * 7919 * 131) % bytes.size();
            if (k % 2)
                bytes[at] = static_cast<char>(bytes[at] ^ 0x5a);
            else
                bytes.resize(at);
            writeFile(caffemodel, bytes);
            try {
                importCaffe(cifarPrototxt(), caffemodel);
            } catch (const Error& e) {
                QVERIFY2(QString(e.what()).contains("corrupt.caffemodel") ||
                             QString(e.what()).contains("deploy.prototxt"),
                         e.what());
                ++rejected;
            }
        }
        QVERIFY(rejected > 0);
    }

    // The reproducer of issue 13: 50,000 nested blocks overflowed the stack in Protobuf's skipping of
    // unknown fields (SIGSEGV); the nesting is now rejected before Protobuf sees the text.
    void deeplyNestedPrototxtIsRejected() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        std::string braces;
        for (int i = 0; i < 50000; ++i)
            braces += "layer {";
        const std::string prototxt =
            dyve::test::writeFile(dir, "braces.prototxt", QByteArray::fromStdString(braces + "\n"))
                .toStdString();
        VERIFY_THROWS_NAMING(ImportError, importCaffe(prototxt, cifarModel()),
                             QString::fromStdString(prototxt), "line 1, column 455",
                             "nesting deeper than 64 levels");
        std::string angles;
        for (int i = 0; i < 50000; ++i)
            angles += "layer <\n";
        const std::string angled =
            dyve::test::writeFile(dir, "angles.prototxt", QByteArray::fromStdString(angles)).toStdString();
        VERIFY_THROWS_NAMING(ImportError, importCaffe(angled, cifarModel()), QString::fromStdString(angled),
                             "line 65, column 7", "nesting deeper than 64 levels");
        // The fuzzer's find: an unknown field's value of 31,000 nested lists, which Protobuf skips by
        // recursing once a list (a stack overflow in TextFormat's SkipFieldValue).
        const std::string lists =
            dyve::test::writeFile(
                dir, "lists.prototxt",
                QByteArray::fromStdString("layer { name: \"p\" tride: " + std::string(31000, '[') + "\n"))
                .toStdString();
        VERIFY_THROWS_NAMING(ImportError, importCaffe(lists, cifarModel()), QString::fromStdString(lists),
                             "line 1, column 89", "nesting deeper than 64 levels");
    }

    // Braces in strings and comments are not blocks, and 64 levels of blocks are allowed.
    void nestingUpToTheLimitImports() {
        QTemporaryDir dir;
        std::string deep = "vendor_hint { ";
        for (int level = 3; level <= 64; ++level)
            deep += "inner { ";
        deep += std::string(63, '}');
        const std::string text =
            std::string("# {{{{ a comment is not a block ") + std::string(100, '{') +
            "\nname: \"with \\\" {{{ and '{{{'" + std::string(100, '{') + "\"\n" +
            "layer { name: 'in{' type: \"Input\" top: \"data\" " + deep +
            " input_param { shape { dim: 1 dim: 2 } } }\n" +
            "layer { name: \"drop\" type: \"Dropout\" bottom: \"data\" top: \"data\" }\n";
        const std::string prototxt =
            dyve::test::writeFile(dir, "deep.prototxt", QByteArray::fromStdString(text)).toStdString();
        const std::string caffemodel = dir.filePath("deep.caffemodel").toStdString();
        caffe::NetParameter weights;
        weights.add_layer()->set_name("drop");
        writeNet(caffemodel, weights);
        const Graph g = importCaffe(prototxt, caffemodel);
        QCOMPARE(g.name, std::string("with \" {{{ and '{{{'") + std::string(100, '{'));
        QCOMPARE(g.nodes.size(), size_t(1));
    }

    // Nested groups of an unknown field: Protobuf's recursion limit ends the parse with an error.
    void deeplyNestedCaffemodelIsRejected() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        const int depth = 1000000;
        std::string bytes = readFile(cifarModel());
        const std::string start = varint(1000 << 3 | 3), end = varint(1000 << 3 | 4);
        bytes.reserve(bytes.size() + depth * (start.size() + end.size()));
        for (int i = 0; i < depth; ++i)
            bytes += start;
        for (int i = 0; i < depth; ++i)
            bytes += end;
        const std::string caffemodel =
            dyve::test::writeFile(dir, "nested.caffemodel", QByteArray::fromStdString(bytes)).toStdString();
        VERIFY_THROWS_NAMING(ImportError, importCaffe(cifarPrototxt(), caffemodel),
                             QString::fromStdString(caffemodel), "not a valid .caffemodel");
    }

    // pad: 99999 asked for a 480 GB padded copy of the input in Conv's plan ("out of memory").
    void convolutionPadAboveTheLimitIsRejected() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        const std::string prototxt = mutatedCifarPrototxt(dir, "pad: 2", "pad: 99999");
        VERIFY_THROWS_NAMING(ImportError, importAndPlan(prototxt, cifarModel()),
                             QString::fromStdString(prototxt), "'conv1'", "pad 99999", "65536");
    }

    // pad: 5000 zero-filled a 1.25 GB padded input before the output size (1x32x10028x10028) was found
    // too large; pad: 65536, the most the importer accepts, asked for hundreds of GB.
    void convolutionOutputTooLargeIsRejectedBeforeAllocating() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        std::string prototxt = mutatedCifarPrototxt(dir, "pad: 2", "pad: 5000");
        VERIFY_THROWS_NAMING(ModelError, importAndPlan(prototxt, cifarModel()),
                             QString::fromStdString(prototxt), "'conv1'", "1x32x10028x10028", "2^31");
        prototxt = mutatedCifarPrototxt(dir, "pad: 2", "pad: 65536");
        VERIFY_THROWS_NAMING(ModelError, importAndPlan(prototxt, cifarModel()),
                             QString::fromStdString(prototxt), "'conv1'", "1x32x131100x131100", "2^31");
    }

    // An average pool of kernel 4·10^9 tabulated its divisors for 4·10^9 output rows (16 GB) in plan.
    void poolingWindowAboveTheLimitIsRejected() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        const std::string prototxt =
            mutatedCifarPrototxt(dir, "kernel_size: 3", "kernel_size: 4000000000 pad: 3999999999", 2);
        VERIFY_THROWS_NAMING(ImportError, importAndPlan(prototxt, cifarModel()),
                             QString::fromStdString(prototxt), "'pool2'", "kernel_size 4000000000", "65536");
    }

    // input_dim 1x3x37000x37000 (4.1·10^9 elements) passed the old 2^32 bound, then ran out of memory.
    void inputAboveTheElementLimitIsRejected() {
        DYVE_REQUIRE_SHARED();
        QTemporaryDir dir;
        const std::string prototxt = mutatedCifarPrototxt(dir, "dim: 32 dim: 32", "dim: 37000 dim: 37000");
        VERIFY_THROWS_NAMING(ImportError, importAndPlan(prototxt, cifarModel()),
                             QString::fromStdString(prototxt), "'data'", "1x3x37000x37000", "2^31");
    }

    // Every size field of a Convolution or Pooling at absurd values: an error naming a file, never a crash
    // or an allocation of gigabytes.
    void absurdSizeFieldsEndInACleanError() {
        DYVE_REQUIRE_SHARED();
        struct Mutation {
            const char* from;
            const char* to;
            int nth;
        };
        const Mutation mutations[] = {
            {"num_output: 32", "num_output: 4000000000", 1},
            {"kernel_size: 5", "kernel_size: 4000000000", 1},
            {"kernel_size: 5", "kernel_size: 65536", 1},
            {"stride: 1", "stride: 4000000000", 1},
            {"stride: 1", "stride: 65536", 1},
            {"stride: 1", "stride: 1 dilation: 4000000000", 1},
            {"stride: 1", "stride: 1 dilation: 65536 pad: 65536", 1},
            {"pad: 2", "pad: 4294967295", 2},
            {"pad: 2", "pad: 0 pad: 65536", 3},
            {"kernel_size: 3", "kernel_size: 4000000000 pad: 3999999999", 1},
            {"kernel_size: 3", "kernel_size: 65536 pad: 65535", 1},
            {"kernel_size: 3", "kernel_size: 65536 pad: 65535", 3},
            {"stride: 2", "stride: 4000000000", 1},
            {"kernel_size: 3", "kernel_h: 4000000000 kernel_w: 1", 2},
            {"num_output: 64", "num_output: 4000000000", 2},
            {"dim: 1 dim: 3", "dim: 2147483647 dim: 3", 1},
        };
        for (const Mutation& m : mutations) {
            QTemporaryDir dir;
            const std::string prototxt = mutatedCifarPrototxt(dir, m.from, m.to, m.nth);
            QVERIFY2(!prototxt.empty(), m.from);
            try {
                importAndPlan(prototxt, cifarModel());
                QFAIL(qPrintable(QString("%1 was accepted").arg(m.to)));
            } catch (const Error& e) {
                QVERIFY2(QString(e.what()).contains(QString::fromStdString(prototxt)) ||
                             QString(e.what()).contains(QString::fromStdString(cifarModel())),
                         e.what());
                QVERIFY2(!QString(e.what()).contains('\n'), e.what());
            } catch (const std::exception& e) {
                QFAIL(qPrintable(QString("%1: %2").arg(m.to, e.what())));
            }
        }
    }

    void folderWithoutCaffemodelIsRejected() {
        QTemporaryDir dir;
        const std::string prototxt = dir.filePath("lonely.prototxt").toStdString();
        writeFile(prototxt, kBatchNormPrototxt);
        VERIFY_THROWS_NAMING(ImportError, findCaffeWeights(prototxt), QString::fromStdString(prototxt),
                             ".caffemodel");
    }

    void imageGivenAsModelIsRejected() {
        DYVE_REQUIRE_SHARED();
        const std::string image = zoo("superres/cat.jpg");
        VERIFY_THROWS_NAMING(ImportError, importCaffe(image, cifarModel()), "cat.jpg",
                             "not a Caffe .prototxt");
        VERIFY_THROWS_NAMING(ImportError, importCaffe(cifarPrototxt(), image), "cat.jpg",
                             "not a valid .caffemodel");
        VERIFY_THROWS_NAMING(ImportError, readCaffeMean(image), "cat.jpg", "mean");
    }

    // --- end to end against OpenCV's reader of the same files (SPEC §4.2) ------------------------------

    void cifar10QuickMatchesOpenCv() {
        DYVE_REQUIRE_SHARED();
        const std::string missing = missingKernel(importCaffe(cifarPrototxt(), cifarModel()));
        if (!missing.empty())
            QSKIP(qPrintable(QString("no %1 kernel yet").arg(QString::fromStdString(missing))));
        // A real test image as the network was trained: RGB planes, 0–255, minus the per-pixel mean.
        cv::Mat image = cv::imread(dyve::test::sharedPath("data/cifar10-test/cat/0000.jpg").toStdString());
        QVERIFY(!image.empty());
        cv::Mat blob =
            cv::dnn::blobFromImage(image, 1.0, cv::Size(32, 32), cv::Scalar(), /*swapRB=*/true, false);
        const Tensor mean = readCaffeMean(zoo("cifar10-quick/mean.binaryproto"));
        float* p = blob.ptr<float>();
        for (int64_t i = 0; i < mean.size(); ++i)
            p[i] -= mean.floats[i];
        const double error = compareWithOpenCv(cifarPrototxt(), cifarModel(), blob);
        qInfo("cifar10-quick relative L2 error vs OpenCV: %.3g", error);
        QVERIFY(error >= 0 && error <= 1e-4);
    }

    void squeezenetMatchesOpenCv() {
        DYVE_REQUIRE_SHARED();
        const std::string missing = missingKernel(importCaffe(squeezePrototxt(), squeezeModel()));
        if (!missing.empty())
            QSKIP(qPrintable(QString("no %1 kernel yet").arg(QString::fromStdString(missing))));
        cv::Mat image = cv::imread(
            dyve::test::sharedPath("data/imagenet-test/images/ILSVRC2012_val_00011811.JPEG").toStdString());
        QVERIFY(!image.empty());
        cv::Mat blob =
            cv::dnn::blobFromImage(image, 1.0, cv::Size(227, 227), cv::Scalar(104, 117, 123), false, false);
        const double error = compareWithOpenCv(squeezePrototxt(), squeezeModel(), blob);
        qInfo("squeezenet1.0-dc relative L2 error vs OpenCV: %.3g", error);
        QVERIFY(error >= 0 && error <= 1e-4);
    }
};

QTEST_APPLESS_MAIN(CaffeImportTest)
#include "caffe_import_test.moc"
