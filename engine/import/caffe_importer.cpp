#include "import/caffe_importer.h"

#include "core/errors.h"
#include "import/caffe.pb.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/text_format.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace dyve {

namespace {

namespace fs = std::filesystem;

// What a Caffe file may ask for (SPEC §8 "huge dimensions"), checked before anything is allocated from it.
// Blocks (`{ }`, `< >`) and lists (`[ ]`) nest at most this deep, in the text and in the binary format:
// Protobuf recurses once a level, also to skip an unknown field, and 50,000 nested blocks overflowed the
// stack, as did 31,000 nested lists in an unknown field's value (the fuzzer's find). Caffe's own files nest
// four levels deep.
constexpr int kMaxNesting = 64;
// No declared input holds more elements than this (8 GiB of float32), the runtime's limit for any tensor.
constexpr int64_t kMaxElements = int64_t(1) << 31;
// Window sizes (kernel, pad, stride, dilation of a Convolution or Pooling) are unsigned 32-bit in Caffe;
// above this they describe no real network, and the sizes the kernels derive from them (padded extents,
// output rows, tabulated per output row) stay small enough for the layers' own checks of their buffers.
constexpr int64_t kMaxWindowSize = int64_t(1) << 16;

// Messages are one line (SPEC §8): parser messages may quote bytes of a binary file.
std::string printable(const std::string& text) {
    std::string out;
    for (unsigned char c : text)
        out += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
    return out;
}

std::string shapeText(const Shape& shape) {
    std::string out;
    for (size_t i = 0; i < shape.size(); ++i)
        out += (i ? "x" : "") + (shape[i] < 0 ? std::string("?") : std::to_string(shape[i]));
    return out.empty() ? "scalar" : out;
}

void requireReadableFile(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw ImportError(path, "file not found");
    if (!fs::is_regular_file(path, ec)) throw ImportError(path, "not a regular file");
}

std::string readWholeFile(const std::string& path) {
    requireReadableFile(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError(path, "cannot open the file for reading");
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

// Keeps the first syntax error with its position; warnings (unknown fields) are expected.
class FirstErrorCollector : public google::protobuf::io::ErrorCollector {
public:
    void AddError(int line, google::protobuf::io::ColumnNumber column, const std::string& message) override {
        if (!m_error.empty()) return;
        // The parser counts from zero; editors count from one.
        m_error = "line " + std::to_string(line + 1) + ", column " + std::to_string(column + 1) + ": " +
                  printable(message);
    }
    void AddWarning(int, google::protobuf::io::ColumnNumber, const std::string&) override {}
    const std::string& error() const { return m_error; }

private:
    std::string m_error;
};

// Counts `{`, `<` and `[` against `}`, `>` and `]` outside quoted strings and `#` comments, as Protobuf's
// tokenizer reads them, so that nesting deeper than kMaxNesting is rejected before Protobuf recurses into
// it.
// Protobuf stops at the first close that matches no open, so it never nests deeper than this count.
void requireShallowNesting(const std::string& path, const std::string& text) {
    int depth = 0, line = 1;
    size_t lineStart = 0;
    char quote = 0; // the quote of the string being read, or 0
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
            quote = 0; // a string never crosses a line
        } else if (quote) {
            if (c == '\\' && i + 1 < text.size() && text[i + 1] != '\n')
                ++i;
            else if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#') {
            i = std::min(text.find('\n', i), text.size()) - 1;
        } else if (c == '{' || c == '<' || c == '[') {
            if (++depth > kMaxNesting)
                throw ImportError(path, "not a valid Caffe .prototxt: line " + std::to_string(line) +
                                            ", column " + std::to_string(i - lineStart + 1) +
                                            ": blocks and lists nesting deeper than " +
                                            std::to_string(kMaxNesting) + " levels");
        } else if (c == '}' || c == '>' || c == ']') {
            --depth;
        }
    }
}

caffe::NetParameter readPrototxt(const std::string& path) {
    const std::string text = readWholeFile(path);
    // A text file has no control bytes; catching binary files here gives a clearer message than the
    // tokenizer's complaint about the first odd byte.
    const size_t probe = std::min<size_t>(text.size(), 4096);
    for (size_t i = 0; i < probe; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x09 || (c > 0x0d && c < 0x20))
            throw ImportError(path, "not a Caffe .prototxt: it is a binary file, not text");
    }
    requireShallowNesting(path, text);
    caffe::NetParameter net;
    FirstErrorCollector errors;
    google::protobuf::TextFormat::Parser parser;
    parser.RecordErrorsTo(&errors);
    // Real prototxts carry fields this schema does not model (fillers of other forks, solver hints).
    parser.AllowUnknownField(true);
    parser.AllowUnknownExtension(true);
    if (!parser.ParseFromString(text, &net))
        throw ImportError(path, "not a valid Caffe .prototxt: " +
                                    (errors.error().empty() ? std::string("syntax error") : errors.error()));
    if (net.layer_size() == 0 && net.layers_size() == 0)
        throw ImportError(path, "not a Caffe .prototxt: it declares no layers");
    return net;
}

caffe::NetParameter readCaffemodel(const std::string& path) {
    requireReadableFile(path);
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) throw ImportError(path, "cannot read the file size");
    if (size > static_cast<uintmax_t>(INT_MAX))
        throw ImportError(path, "the .caffemodel is larger than 2 GB, which Protobuf cannot read");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError(path, "cannot open the file for reading");
    google::protobuf::io::IstreamInputStream raw(&in);
    google::protobuf::io::CodedInputStream coded(&raw);
    // Weights exceed Protobuf's default 64 MB message limit.
    coded.SetTotalBytesLimit(INT_MAX);
    coded.SetRecursionLimit(kMaxNesting);
    caffe::NetParameter net;
    if (!net.ParseFromCodedStream(&coded) || !coded.ConsumedEntireMessage())
        throw ImportError(path,
                          "not a valid .caffemodel: the file is truncated, corrupt or of another format");
    if (net.layer_size() == 0 && net.layers_size() == 0)
        throw ImportError(path, "not a valid .caffemodel: it holds no layers");
    return net;
}

// Caffe's own names for the legacy enum types (its UpgradeV1LayerType).
std::string v1TypeName(caffe::V1LayerParameter::LayerType type) {
    using V1 = caffe::V1LayerParameter;
    static const std::map<int, const char*> names = {
        {V1::ABSVAL, "AbsVal"},
        {V1::ACCURACY, "Accuracy"},
        {V1::ARGMAX, "ArgMax"},
        {V1::BNLL, "BNLL"},
        {V1::CONCAT, "Concat"},
        {V1::CONTRASTIVE_LOSS, "ContrastiveLoss"},
        {V1::CONVOLUTION, "Convolution"},
        {V1::DATA, "Data"},
        {V1::DECONVOLUTION, "Deconvolution"},
        {V1::DROPOUT, "Dropout"},
        {V1::DUMMY_DATA, "DummyData"},
        {V1::EUCLIDEAN_LOSS, "EuclideanLoss"},
        {V1::ELTWISE, "Eltwise"},
        {V1::EXP, "Exp"},
        {V1::FLATTEN, "Flatten"},
        {V1::HDF5_DATA, "HDF5Data"},
        {V1::HDF5_OUTPUT, "HDF5Output"},
        {V1::HINGE_LOSS, "HingeLoss"},
        {V1::IM2COL, "Im2col"},
        {V1::IMAGE_DATA, "ImageData"},
        {V1::INFOGAIN_LOSS, "InfogainLoss"},
        {V1::INNER_PRODUCT, "InnerProduct"},
        {V1::LRN, "LRN"},
        {V1::MEMORY_DATA, "MemoryData"},
        {V1::MULTINOMIAL_LOGISTIC_LOSS, "MultinomialLogisticLoss"},
        {V1::MVN, "MVN"},
        {V1::POOLING, "Pooling"},
        {V1::POWER, "Power"},
        {V1::RELU, "ReLU"},
        {V1::SIGMOID, "Sigmoid"},
        {V1::SIGMOID_CROSS_ENTROPY_LOSS, "SigmoidCrossEntropyLoss"},
        {V1::SILENCE, "Silence"},
        {V1::SOFTMAX, "Softmax"},
        {V1::SOFTMAX_LOSS, "SoftmaxWithLoss"},
        {V1::SPLIT, "Split"},
        {V1::SLICE, "Slice"},
        {V1::TANH, "TanH"},
        {V1::WINDOW_DATA, "WindowData"},
        {V1::THRESHOLD, "Threshold"},
    };
    auto it = names.find(type);
    return it == names.end() ? std::string() : it->second;
}

// A legacy `layers { ... }` entry in the current form, so one translator serves both (the blobs stay
// in the V1 message: weights are looked up separately).
caffe::LayerParameter upgradeV1(const caffe::V1LayerParameter& v1) {
    caffe::LayerParameter l;
    l.set_name(v1.name());
    l.set_type(v1TypeName(v1.type()));
    *l.mutable_bottom() = v1.bottom();
    *l.mutable_top() = v1.top();
    *l.mutable_include() = v1.include();
    *l.mutable_exclude() = v1.exclude();
    if (v1.has_concat_param()) *l.mutable_concat_param() = v1.concat_param();
    if (v1.has_convolution_param()) *l.mutable_convolution_param() = v1.convolution_param();
    if (v1.has_dropout_param()) *l.mutable_dropout_param() = v1.dropout_param();
    if (v1.has_eltwise_param()) *l.mutable_eltwise_param() = v1.eltwise_param();
    if (v1.has_inner_product_param()) *l.mutable_inner_product_param() = v1.inner_product_param();
    if (v1.has_lrn_param()) *l.mutable_lrn_param() = v1.lrn_param();
    if (v1.has_pooling_param()) *l.mutable_pooling_param() = v1.pooling_param();
    if (v1.has_power_param()) *l.mutable_power_param() = v1.power_param();
    if (v1.has_relu_param()) *l.mutable_relu_param() = v1.relu_param();
    if (v1.has_sigmoid_param()) *l.mutable_sigmoid_param() = v1.sigmoid_param();
    if (v1.has_softmax_param()) *l.mutable_softmax_param() = v1.softmax_param();
    if (v1.has_tanh_param()) *l.mutable_tanh_param() = v1.tanh_param();
    if (v1.has_transform_param()) *l.mutable_transform_param() = v1.transform_param();
    return l;
}

// Caffe's StateMeetsRule for the state DyVE runs in: phase TEST, level 0, no stages.
bool testStateMeets(const caffe::NetStateRule& rule) {
    if (rule.has_phase() && rule.phase() != caffe::TEST) return false;
    if (rule.has_min_level() && rule.min_level() > 0) return false;
    if (rule.has_max_level() && rule.max_level() < 0) return false;
    return rule.stage_size() == 0; // required stages are never set; not_stage always holds
}

bool inTestNet(const caffe::LayerParameter& layer) {
    if (layer.include_size() > 0)
        return std::any_of(layer.include().begin(), layer.include().end(), testStateMeets);
    return std::none_of(layer.exclude().begin(), layer.exclude().end(), testStateMeets);
}

bool isDataLayer(const std::string& type) {
    static const std::set<std::string> types = {"Data",       "ImageData", "HDF5Data",      "WindowData",
                                                "MemoryData", "DummyData", "AnnotatedData", "VideoData"};
    return types.count(type) != 0;
}

// Training and evaluation layers: they need labels, and nothing of the deployed network reads them.
bool isTrainingOnlyLayer(const std::string& type) {
    static const std::set<std::string> types = {"Accuracy",
                                                "SoftmaxWithLoss",
                                                "EuclideanLoss",
                                                "HingeLoss",
                                                "InfogainLoss",
                                                "MultinomialLogisticLoss",
                                                "SigmoidCrossEntropyLoss",
                                                "ContrastiveLoss",
                                                "Silence",
                                                "HDF5Output"};
    return types.count(type) != 0;
}

Attribute intsAttr(std::vector<int64_t> values) {
    Attribute a;
    a.kind = Attribute::Kind::Ints;
    a.ints = std::move(values);
    return a;
}

Attribute intAttr(int64_t value) {
    Attribute a;
    a.kind = Attribute::Kind::Int;
    a.i = value;
    return a;
}

Attribute floatAttr(float value) {
    Attribute a;
    a.kind = Attribute::Kind::Float;
    a.f = value;
    return a;
}

Shape blobShape(const caffe::BlobProto& blob) {
    if (blob.has_shape()) return Shape(blob.shape().dim().begin(), blob.shape().dim().end());
    return {blob.num(), blob.channels(), blob.height(), blob.width()};
}

// Element count of a declared shape, or -1 when a dimension is negative or the count absurd.
int64_t checkedCount(const Shape& shape) {
    const int64_t limit = int64_t(1) << 40;
    int64_t count = 1;
    for (int64_t d : shape) {
        if (d < 0 || (d > 0 && count > limit / d)) return -1;
        count *= d;
    }
    return count;
}

std::vector<float> blobValues(const caffe::BlobProto& blob) {
    if (blob.data_size() > 0) return std::vector<float>(blob.data().begin(), blob.data().end());
    return std::vector<float>(blob.double_data().begin(), blob.double_data().end());
}

// Weight blobs by layer name, from both the current and the legacy format; the caffemodel's entries
// replace blobs embedded in the prototxt.
using BlobsByLayer = std::map<std::string, std::vector<const caffe::BlobProto*>>;

template <typename LayerMessage> void collectLayerBlobs(const LayerMessage& layer, BlobsByLayer& out) {
    if (layer.blobs_size() == 0) return;
    std::vector<const caffe::BlobProto*>& blobs = out[layer.name()];
    blobs.clear();
    for (const caffe::BlobProto& blob : layer.blobs())
        blobs.push_back(&blob);
}

void collectBlobs(const caffe::NetParameter& net, BlobsByLayer& out) {
    for (const caffe::LayerParameter& l : net.layer())
        collectLayerBlobs(l, out);
    for (const caffe::V1LayerParameter& l : net.layers())
        collectLayerBlobs(l, out);
}

// Two spatial values from Caffe's repeated form (none: fallback, one: both, two: h and w) or its
// explicit _h/_w fields.
struct Pair {
    int64_t h, w;
};

class CaffeTranslator {
public:
    CaffeTranslator(std::string prototxt, std::string caffemodel, const BlobsByLayer& blobs)
        : m_prototxt(std::move(prototxt)), m_caffemodel(std::move(caffemodel)), m_blobs(blobs) {}

    Graph translate(const caffe::NetParameter& net) {
        m_graph.name = net.name();
        m_graph.sourceFile = m_prototxt;
        m_graph.sourceFormat = "caffe";
        addLegacyInputs(net);
        for (const caffe::LayerParameter& l : net.layer())
            addLayer(l);
        for (const caffe::V1LayerParameter& v1 : net.layers())
            addLayer(upgradeV1(v1));
        if (m_graph.inputs.empty())
            throw ImportError(m_prototxt,
                              "the network declares no input (an Input layer or input/input_dim)");
        fuseScaleIntoBatchNorm();
        for (const std::string& value : m_produced)
            if (!m_consumed.count(value)) m_graph.outputs.push_back(value);
        validate(m_graph);
        return std::move(m_graph);
    }

private:
    // --- values -------------------------------------------------------------------------------------

    std::string uniqueName(const std::string& base) {
        std::string name = base;
        for (int k = 2; m_names.count(name); ++k)
            name = base + "_" + std::to_string(k);
        m_names.insert(name);
        return name;
    }

    std::string read(const caffe::LayerParameter& l, const std::string& blob) {
        auto it = m_latest.find(blob);
        if (it != m_latest.end()) {
            m_consumed.insert(it->second);
            return it->second;
        }
        auto skipped = m_skippedTops.find(blob);
        if (skipped != m_skippedTops.end())
            throw ImportError(m_prototxt,
                              "layer '" + l.name() + "' reads '" + blob + "', which comes from " +
                                  skipped->second +
                                  ", skipped at inference; use a deploy prototxt that declares its "
                                  "input (an Input layer or input/input_dim)");
        throw ImportError(m_prototxt, "layer '" + l.name() + "' reads '" + blob +
                                          "', which no earlier layer or input produces");
    }

    // An in-place top (or any redefinition of a blob) becomes a fresh value "<blob>/<layer>", so every
    // value of the graph is defined once; later bottoms read the latest.
    std::string define(const caffe::LayerParameter& l, const std::string& blob) {
        const std::string name = uniqueName(m_latest.count(blob) ? blob + "/" + l.name() : blob);
        m_latest[blob] = name;
        m_produced.push_back(name);
        return name;
    }

    std::string intermediate(const std::string& base) {
        const std::string name = uniqueName(base);
        m_produced.push_back(name);
        return name;
    }

    std::string constant(const std::string& base, Tensor tensor) {
        const std::string name = uniqueName(base);
        m_graph.initializers[name] = std::move(tensor);
        return name;
    }

    Node& addNode(const std::string& name, const std::string& op, std::vector<std::string> inputs,
                  std::vector<std::string> outputs) {
        m_graph.nodes.push_back(Node{name, op, std::move(inputs), std::move(outputs), {}});
        return m_graph.nodes.back();
    }

    // --- errors -------------------------------------------------------------------------------------

    [[noreturn]] void unsupported(const caffe::LayerParameter& l, const std::string& reason) const {
        throw ImportError(m_prototxt, l.type() + " layer '" + l.name() + "': " + reason);
    }

    void requireBottoms(const caffe::LayerParameter& l, int count) const {
        if (l.bottom_size() != count)
            unsupported(l, "expects " + std::to_string(count) + " bottom(s), has " +
                               std::to_string(l.bottom_size()));
    }

    // --- weights ------------------------------------------------------------------------------------

    const std::vector<const caffe::BlobProto*>& blobsOf(const caffe::LayerParameter& l, int expected,
                                                        const std::string& what) const {
        auto it = m_blobs.find(l.name());
        if (it == m_blobs.end())
            throw ModelError(m_caffemodel,
                             l.type() + " layer '" + l.name() + "' has no weights in the caffemodel");
        if (static_cast<int>(it->second.size()) != expected)
            throw ModelError(m_caffemodel,
                             l.type() + " layer '" + l.name() + "' has " + std::to_string(it->second.size()) +
                                 " weight blob(s), expected " + std::to_string(expected) + " (" + what + ")");
        return it->second;
    }

    // Blob `index` of a layer as a tensor of the expected shape (-1: any size). Caffe's legacy blobs are
    // 4-D (1x1xNxK for a matrix), so leading ones are ignored in the comparison, as Caffe does.
    Tensor weight(const caffe::LayerParameter& l, const caffe::BlobProto& blob, int index,
                  const Shape& expected) const {
        const Shape declared = blobShape(blob);
        const int64_t count = checkedCount(declared);
        std::vector<float> values = blobValues(blob);
        const std::string where =
            l.type() + " layer '" + l.name() + "': weight blob " + std::to_string(index);
        if (count < 0) throw ModelError(m_caffemodel, where + " has an invalid shape " + shapeText(declared));
        if (count != static_cast<int64_t>(values.size()))
            throw ModelError(m_caffemodel, where + " declares shape " + shapeText(declared) + " but holds " +
                                               std::to_string(values.size()) + " values");
        Shape got = declared;
        while (got.size() > expected.size() && got.front() == 1)
            got.erase(got.begin());
        while (got.size() < expected.size())
            got.insert(got.begin(), 1);
        bool fits = got.size() == expected.size();
        for (size_t i = 0; fits && i < got.size(); ++i)
            fits = expected[i] == -1 || expected[i] == got[i];
        if (!fits)
            throw ModelError(m_caffemodel, where + " has shape " + shapeText(declared) + ", expected " +
                                               shapeText(expected));
        return Tensor(got, std::move(values));
    }

    // --- layers -------------------------------------------------------------------------------------

    void addLegacyInputs(const caffe::NetParameter& net) {
        for (int i = 0; i < net.input_size(); ++i) {
            Shape shape;
            if (net.input_shape_size() == net.input_size())
                shape.assign(net.input_shape(i).dim().begin(), net.input_shape(i).dim().end());
            else if (net.input_dim_size() == 4 * net.input_size())
                shape.assign(net.input_dim().begin() + 4 * i, net.input_dim().begin() + 4 * i + 4);
            else
                throw ImportError(m_prototxt, "input '" + net.input(i) +
                                                  "' has no shape: " + std::to_string(net.input_size()) +
                                                  " input(s) need as many " +
                                                  "input_shape or four input_dim each");
            addInput(net.input(i), shape);
        }
    }

    void addInput(const std::string& blob, const Shape& shape) {
        if (shape.empty() || std::any_of(shape.begin(), shape.end(), [](int64_t d) { return d <= 0; }))
            throw ImportError(m_prototxt, "input '" + blob + "' has an invalid shape " + shapeText(shape));
        const int64_t count = checkedCount(shape);
        if (count < 0 || count > kMaxElements)
            throw ImportError(m_prototxt, "input '" + blob + "' of shape " + shapeText(shape) +
                                              " holds more than 2^31 elements, the most a tensor may hold");
        if (m_latest.count(blob)) throw ImportError(m_prototxt, "input '" + blob + "' is declared twice");
        const std::string name = uniqueName(blob);
        m_latest[blob] = name;
        m_graph.inputs.push_back(ValueInfo{name, shape});
    }

    void addLayer(const caffe::LayerParameter& l) {
        if (!inTestNet(l)) return;
        const std::string& type = l.type();
        if (type.empty()) throw ImportError(m_prototxt, "layer '" + l.name() + "' has no type");
        if (isDataLayer(type) || isTrainingOnlyLayer(type)) {
            for (const std::string& top : l.top())
                m_skippedTops[top] = "the " + type + " layer '" + l.name() + "'";
            return;
        }
        if (type == "Input") {
            const auto& p = l.input_param();
            if (p.shape_size() != 1 && p.shape_size() != l.top_size())
                unsupported(l, "declares " + std::to_string(p.shape_size()) + " shapes for " +
                                   std::to_string(l.top_size()) + " tops");
            for (int i = 0; i < l.top_size(); ++i) {
                const auto& dims = p.shape(p.shape_size() == 1 ? 0 : i).dim();
                addInput(l.top(i), Shape(dims.begin(), dims.end()));
            }
            return;
        }
        std::vector<std::string> in;
        for (const std::string& bottom : l.bottom())
            in.push_back(read(l, bottom));
        std::vector<std::string> out;
        for (const std::string& top : l.top())
            out.push_back(define(l, top));
        if (out.empty()) unsupported(l, "has no top");

        if (type == "Convolution")
            addConvolution(l, in, out);
        else if (type == "InnerProduct")
            addInnerProduct(l, in, out);
        else if (type == "ReLU")
            addRelu(l, in, out);
        else if (type == "Pooling")
            addPooling(l, in, out);
        else if (type == "LRN")
            addLrn(l, in, out);
        else if (type == "Concat")
            addConcat(l, in, out);
        else if (type == "Eltwise")
            addEltwise(l, in, out);
        else if (type == "Softmax")
            addSoftmax(l, in, out);
        else if (type == "Dropout")
            addSingle(l, "Identity", in, out);
        else if (type == "Sigmoid")
            addSingle(l, "Sigmoid", in, out);
        else if (type == "TanH")
            addSingle(l, "Tanh", in, out);
        else if (type == "Split")
            addSplit(l, in, out);
        else if (type == "Flatten")
            addFlatten(l, in, out);
        else if (type == "Reshape")
            addReshape(l, in, out);
        else if (type == "Power")
            addPower(l, in, out);
        else if (type == "BatchNorm")
            addBatchNorm(l, in, out);
        else if (type == "Scale")
            addScale(l, in, out);
        else
            throw ImportError(m_prototxt, "layer '" + l.name() + "' has type '" + type +
                                              "', which DyVE does not support");
        // Element-wise layers keep a matrix a matrix (fc → relu → dropout → fc needs no Flatten).
        static const std::set<std::string> shapeKeeping = {"ReLU",  "Dropout",   "Sigmoid", "TanH",
                                                           "Power", "BatchNorm", "Scale"};
        if (shapeKeeping.count(type) && m_matrices.count(in[0])) m_matrices.insert(out[0]);
    }

    using Names = std::vector<std::string>;

    void addSingle(const caffe::LayerParameter& l, const std::string& op, const Names& in, const Names& out) {
        requireBottoms(l, 1);
        if (out.size() != 1) unsupported(l, "expects one top");
        addNode(l.name(), op, in, out);
    }

    void requireWindowSize(const caffe::LayerParameter& l, const std::string& field, Pair value) const {
        for (int64_t v : {value.h, value.w})
            if (v > kMaxWindowSize)
                unsupported(l, field + " " + std::to_string(v) + " is above the limit of " +
                                   std::to_string(kMaxWindowSize));
    }

    Pair spatial(const caffe::LayerParameter& l, const char* what,
                 const google::protobuf::RepeatedField<uint32_t>& values, bool hasHW, uint32_t h, uint32_t w,
                 int64_t fallback) const {
        if (hasHW) return {h, w};
        if (values.size() == 0) return {fallback, fallback};
        if (values.size() == 1) return {values[0], values[0]};
        if (values.size() == 2) return {values[0], values[1]};
        unsupported(l, std::string(what) + " has " + std::to_string(values.size()) +
                           " values; only 2-D convolutions are supported");
    }

    void addConvolution(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        requireBottoms(l, 1);
        if (out.size() != 1) unsupported(l, "expects one top");
        const auto& p = l.convolution_param();
        if (p.axis() != 1) unsupported(l, "axis " + std::to_string(p.axis()) + " is not supported (only 1)");
        if (p.num_output() == 0) unsupported(l, "num_output is missing");
        if (p.group() == 0 || p.num_output() % p.group() != 0)
            unsupported(l, "group " + std::to_string(p.group()) + " does not divide num_output");
        const bool hasKernelHW = p.has_kernel_h() || p.has_kernel_w();
        if (hasKernelHW && !(p.has_kernel_h() && p.has_kernel_w()))
            unsupported(l, "kernel_h and kernel_w must be given together");
        if (!hasKernelHW && p.kernel_size_size() == 0) unsupported(l, "kernel_size is missing");
        const Pair kernel =
            spatial(l, "kernel_size", p.kernel_size(), hasKernelHW, p.kernel_h(), p.kernel_w(), 0);
        const Pair pad = spatial(l, "pad", p.pad(), p.has_pad_h() || p.has_pad_w(), p.pad_h(), p.pad_w(), 0);
        const Pair stride = spatial(l, "stride", p.stride(), p.has_stride_h() || p.has_stride_w(),
                                    p.stride_h(), p.stride_w(), 1);
        const Pair dilation = spatial(l, "dilation", p.dilation(), false, 1, 1, 1);
        if (kernel.h <= 0 || kernel.w <= 0 || stride.h <= 0 || stride.w <= 0 || dilation.h <= 0 ||
            dilation.w <= 0)
            unsupported(l, "kernel, stride and dilation must be positive");
        requireWindowSize(l, hasKernelHW ? "kernel_h/kernel_w" : "kernel_size", kernel);
        requireWindowSize(l, p.has_pad_h() || p.has_pad_w() ? "pad_h/pad_w" : "pad", pad);
        requireWindowSize(l, p.has_stride_h() || p.has_stride_w() ? "stride_h/stride_w" : "stride", stride);
        requireWindowSize(l, "dilation", dilation);

        const int expected = p.bias_term() ? 2 : 1;
        const auto& blobs = blobsOf(l, expected, p.bias_term() ? "weights and bias" : "weights");
        const int64_t outputs = p.num_output();
        Names inputs = {in[0], constant(l.name() + "/weight",
                                        weight(l, *blobs[0], 0, {outputs, -1, kernel.h, kernel.w}))};
        if (p.bias_term()) inputs.push_back(constant(l.name() + "/bias", weight(l, *blobs[1], 1, {outputs})));
        Node& n = addNode(l.name(), "Conv", inputs, out);
        n.attributes["kernel_shape"] = intsAttr({kernel.h, kernel.w});
        n.attributes["strides"] = intsAttr({stride.h, stride.w});
        n.attributes["pads"] = intsAttr({pad.h, pad.w, pad.h, pad.w}); // ONNX: begins, then ends
        n.attributes["dilations"] = intsAttr({dilation.h, dilation.w});
        n.attributes["group"] = intAttr(p.group());
    }

    // Caffe's InnerProduct flattens from `axis` on and multiplies by W (N×K, or K×N when transposed):
    // Flatten + Gemm.
    void addInnerProduct(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        requireBottoms(l, 1);
        if (out.size() != 1) unsupported(l, "expects one top");
        const auto& p = l.inner_product_param();
        if (p.num_output() == 0) unsupported(l, "num_output is missing");
        if (p.axis() < 1)
            unsupported(l, "axis " + std::to_string(p.axis()) + " is not supported (only positive)");
        const int expected = p.bias_term() ? 2 : 1;
        const auto& blobs = blobsOf(l, expected, p.bias_term() ? "weights and bias" : "weights");
        const int64_t outputs = p.num_output();
        const Shape weightShape = p.transpose() ? Shape{-1, outputs} : Shape{outputs, -1};
        std::string flat = in[0];
        if (p.axis() != 1 || !m_matrices.count(in[0])) {
            flat = intermediate(l.name() + "/flatten");
            m_consumed.insert(flat);
            Node& flatten = addNode(l.name() + "/flatten", "Flatten", {in[0]}, {flat});
            flatten.attributes["axis"] = intAttr(p.axis());
        }
        Names inputs = {flat, constant(l.name() + "/weight", weight(l, *blobs[0], 0, weightShape))};
        if (p.bias_term()) inputs.push_back(constant(l.name() + "/bias", weight(l, *blobs[1], 1, {outputs})));
        Node& gemm = addNode(l.name(), "Gemm", inputs, out);
        gemm.attributes["transB"] = intAttr(p.transpose() ? 0 : 1);
        m_matrices.insert(out[0]);
    }

    void addRelu(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        const float slope = l.relu_param().negative_slope();
        if (slope == 0.0f) return addSingle(l, "Relu", in, out);
        addSingle(l, "LeakyRelu", in, out);
        m_graph.nodes.back().attributes["alpha"] = floatAttr(slope);
    }

    // Caffe pools with rounded-up output sizes and averages over the window clipped to the padded
    // extent: ceil_mode=1 and count_include_pad=1 in ONNX terms (the kernels follow Caffe's rule of
    // dropping a last window that would start inside the end padding).
    void addPooling(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        requireBottoms(l, 1);
        if (out.size() != 1) unsupported(l, "expects one top");
        const auto& p = l.pooling_param();
        if (p.pool() == caffe::PoolingParameter::STOCHASTIC)
            unsupported(l, "STOCHASTIC pooling is not supported");
        const bool isMax = p.pool() == caffe::PoolingParameter::MAX;
        if (p.global_pooling()) {
            addNode(l.name(), isMax ? "GlobalMaxPool" : "GlobalAveragePool", in, out);
            return;
        }
        Pair kernel{p.kernel_size(), p.kernel_size()};
        if (!p.has_kernel_size()) {
            if (!p.has_kernel_h() || !p.has_kernel_w()) unsupported(l, "kernel_size is missing");
            kernel = {p.kernel_h(), p.kernel_w()};
        }
        const Pair pad =
            (p.has_pad_h() || p.has_pad_w()) ? Pair{p.pad_h(), p.pad_w()} : Pair{p.pad(), p.pad()};
        const Pair stride = (p.has_stride_h() || p.has_stride_w()) ? Pair{p.stride_h(), p.stride_w()}
                                                                   : Pair{p.stride(), p.stride()};
        if (kernel.h <= 0 || kernel.w <= 0 || stride.h <= 0 || stride.w <= 0)
            unsupported(l, "kernel and stride must be positive");
        requireWindowSize(l, p.has_kernel_size() ? "kernel_size" : "kernel_h/kernel_w", kernel);
        requireWindowSize(l, p.has_pad_h() || p.has_pad_w() ? "pad_h/pad_w" : "pad", pad);
        requireWindowSize(l, p.has_stride_h() || p.has_stride_w() ? "stride_h/stride_w" : "stride", stride);
        if (pad.h >= kernel.h || pad.w >= kernel.w) unsupported(l, "pad must be smaller than the kernel");
        Node& n = addNode(l.name(), isMax ? "MaxPool" : "AveragePool", in, out);
        n.attributes["kernel_shape"] = intsAttr({kernel.h, kernel.w});
        n.attributes["strides"] = intsAttr({stride.h, stride.w});
        n.attributes["pads"] = intsAttr({pad.h, pad.w, pad.h, pad.w});
        n.attributes["ceil_mode"] = intAttr(p.round_mode() == caffe::PoolingParameter::CEIL ? 1 : 0);
        if (!isMax) n.attributes["count_include_pad"] = intAttr(1);
    }

    // Caffe and ONNX both scale the windowed sum of squares by alpha/size.
    void addLrn(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        const auto& p = l.lrn_param();
        if (p.norm_region() != caffe::LRNParameter::ACROSS_CHANNELS)
            unsupported(l, "WITHIN_CHANNEL normalization is not supported");
        addSingle(l, "LRN", in, out);
        Node& n = m_graph.nodes.back();
        n.attributes["size"] = intAttr(p.local_size());
        n.attributes["alpha"] = floatAttr(p.alpha());
        n.attributes["beta"] = floatAttr(p.beta());
        n.attributes["bias"] = floatAttr(p.k());
    }

    void addConcat(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        if (in.empty() || out.size() != 1) unsupported(l, "expects bottoms and one top");
        const auto& p = l.concat_param();
        // concat_dim is the legacy spelling of axis.
        const int64_t axis =
            (p.has_concat_dim() && !p.has_axis()) ? int64_t(p.concat_dim()) : int64_t(p.axis());
        Node& n = addNode(l.name(), "Concat", in, out);
        n.attributes["axis"] = intAttr(axis);
    }

    // A chain of binary ops over the bottoms, the last writing the layer's top.
    void addChain(const caffe::LayerParameter& l, const std::string& op, const Names& in,
                  const std::string& top) {
        std::string acc = in[0];
        for (size_t i = 1; i < in.size(); ++i) {
            const bool last = i + 1 == in.size();
            const std::string result = last ? top : intermediate(l.name() + "/" + std::to_string(i));
            if (!last) m_consumed.insert(result);
            addNode(last ? l.name() : l.name() + "/" + std::to_string(i), op, {acc, in[i]}, {result});
            acc = result;
        }
    }

    void addEltwise(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        if (in.size() < 2 || out.size() != 1) unsupported(l, "expects at least two bottoms and one top");
        const auto& p = l.eltwise_param();
        if (p.coeff_size() != 0 && p.coeff_size() != static_cast<int>(in.size()))
            unsupported(l, "has " + std::to_string(p.coeff_size()) + " coefficients for " +
                               std::to_string(in.size()) + " bottoms");
        switch (p.operation()) {
        case caffe::EltwiseParameter::PROD:
            if (p.coeff_size() != 0) unsupported(l, "coefficients apply to SUM only");
            return addChain(l, "Mul", in, out[0]);
        case caffe::EltwiseParameter::SUM: {
            // Weighted sums (e.g. a difference, coefficients 1 and -1) scale their terms first.
            Names terms = in;
            for (int i = 0; i < p.coeff_size(); ++i) {
                if (p.coeff(i) == 1.0f) continue;
                const std::string c =
                    constant(l.name() + "/coeff" + std::to_string(i), Tensor({1}, {p.coeff(i)}));
                const std::string scaled = intermediate(l.name() + "/scaled" + std::to_string(i));
                m_consumed.insert(scaled);
                addNode(l.name() + "/scale" + std::to_string(i), "Mul", {in[i], c}, {scaled});
                terms[i] = scaled;
            }
            return addChain(l, "Add", terms, out[0]);
        }
        default:
            unsupported(l, "the MAX operation is not supported");
        }
    }

    void addSoftmax(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        addSingle(l, "Softmax", in, out);
        m_graph.nodes.back().attributes["axis"] = intAttr(l.softmax_param().axis());
    }

    void addSplit(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        requireBottoms(l, 1);
        for (size_t i = 0; i < out.size(); ++i)
            addNode(out.size() == 1 ? l.name() : l.name() + "/" + std::to_string(i), "Identity", in,
                    {out[i]});
    }

    // Caffe's Flatten keeps the axes before `axis`; ONNX's Flatten collapses them, so only axis 1 maps
    // to Flatten and other axes become a Reshape keeping the leading dimensions (ONNX 0 = copy).
    void addFlatten(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        const auto& p = l.flatten_param();
        if (p.end_axis() != -1) unsupported(l, "end_axis other than -1 is not supported");
        if (p.axis() < 0) unsupported(l, "a negative axis is not supported");
        if (p.axis() == 1) {
            addSingle(l, "Flatten", in, out);
            m_graph.nodes.back().attributes["axis"] = intAttr(1);
            return;
        }
        requireBottoms(l, 1);
        std::vector<int64_t> dims(static_cast<size_t>(p.axis()), 0);
        dims.push_back(-1);
        const int64_t rank = static_cast<int64_t>(dims.size());
        addNode(l.name(), "Reshape", {in[0], constant(l.name() + "/shape", Tensor::ofInts({rank}, dims))},
                out);
    }

    void addReshape(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        requireBottoms(l, 1);
        const auto& p = l.reshape_param();
        if (p.axis() != 0 || p.num_axes() != -1)
            unsupported(l, "partial reshapes (axis, num_axes) are not supported");
        // Caffe's 0 (copy) and -1 (infer) mean what they mean in ONNX.
        std::vector<int64_t> dims(p.shape().dim().begin(), p.shape().dim().end());
        const int64_t rank = static_cast<int64_t>(dims.size());
        addNode(l.name(), "Reshape", {in[0], constant(l.name() + "/shape", Tensor::ofInts({rank}, dims))},
                out);
    }

    // y = (shift + scale·x)^power, for power 1.
    void addPower(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        requireBottoms(l, 1);
        const auto& p = l.power_param();
        if (p.power() != 1.0f) unsupported(l, "power other than 1 is not supported");
        if (p.scale() == 1.0f && p.shift() == 0.0f) return addSingle(l, "Identity", in, out);
        std::string x = in[0];
        if (p.scale() != 1.0f) {
            const bool last = p.shift() == 0.0f;
            const std::string y = last ? out[0] : intermediate(l.name() + "/scaled");
            if (!last) m_consumed.insert(y);
            addNode(last ? l.name() : l.name() + "/scale", "Mul",
                    {x, constant(l.name() + "/scale", Tensor({1}, {p.scale()}))}, {y});
            x = y;
        }
        if (p.shift() != 0.0f)
            addNode(l.name(), "Add", {x, constant(l.name() + "/shift", Tensor({1}, {p.shift()}))}, out);
    }

    // Caffe's BatchNorm stores running sums: mean and variance are blob 0 and 1 divided by the scale
    // factor in blob 2 (0 meaning "nothing accumulated": Caffe then uses zeros).
    void addBatchNorm(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        requireBottoms(l, 1);
        if (out.size() != 1) unsupported(l, "expects one top");
        const auto& blobs = blobsOf(l, 3, "mean, variance and scale factor");
        Tensor mean = weight(l, *blobs[0], 0, {-1});
        const int64_t channels = mean.size();
        Tensor variance = weight(l, *blobs[1], 1, {channels});
        const Tensor factor = weight(l, *blobs[2], 2, {1});
        const float f = factor.floats[0] == 0.0f ? 0.0f : 1.0f / factor.floats[0];
        for (float& v : mean.floats)
            v *= f;
        for (float& v : variance.floats)
            v *= f;
        Names inputs = {in[0],
                        constant(l.name() + "/scale", Tensor({channels}, std::vector<float>(channels, 1.0f))),
                        constant(l.name() + "/bias", Tensor::zeros({channels})),
                        constant(l.name() + "/mean", std::move(mean)),
                        constant(l.name() + "/variance", std::move(variance))};
        Node& n = addNode(l.name(), "BatchNormalization", inputs, out);
        n.attributes["epsilon"] = floatAttr(l.batch_norm_param().eps());
    }

    // A per-channel affine map: a BatchNormalization with zero mean, unit variance and no epsilon, which
    // fuseScaleIntoBatchNorm merges into the BatchNorm it usually follows.
    void addScale(const caffe::LayerParameter& l, const Names& in, const Names& out) {
        requireBottoms(l, 1);
        if (out.size() != 1) unsupported(l, "expects one top");
        const auto& p = l.scale_param();
        if (p.axis() != 1 || p.num_axes() != 1)
            unsupported(l, "only per-channel scaling (axis 1, num_axes 1) is supported");
        const int expected = p.bias_term() ? 2 : 1;
        const auto& blobs = blobsOf(l, expected, p.bias_term() ? "scale and bias" : "scale");
        Tensor gamma = weight(l, *blobs[0], 0, {-1});
        const int64_t channels = gamma.size();
        Tensor beta = p.bias_term() ? weight(l, *blobs[1], 1, {channels}) : Tensor::zeros({channels});
        Names inputs = {
            in[0], constant(l.name() + "/scale", std::move(gamma)),
            constant(l.name() + "/bias", std::move(beta)),
            constant(l.name() + "/mean", Tensor::zeros({channels})),
            constant(l.name() + "/variance", Tensor({channels}, std::vector<float>(channels, 1.0f)))};
        Node& n = addNode(l.name(), "BatchNormalization", inputs, out);
        n.attributes["epsilon"] = floatAttr(0.0f);
        m_scaleNodes.insert(l.name());
    }

    // BatchNorm then Scale is Caffe's spelling of one BatchNormalization: γ·(x−μ)/√(σ²+ε)+β.
    // One pass over the nodes, and one to drop the fused Scales: linear in the layers.
    void fuseScaleIntoBatchNorm() {
        NodeList& nodes = m_graph.nodes;
        std::map<std::string, size_t> readers;          // value → how many nodes read it
        std::map<std::string, size_t> batchNormWriting; // value → the (last) BatchNorm that writes it
        for (size_t i = 0; i < nodes.size(); ++i) {
            for (const std::string& in : nodes[i].inputs)
                if (!in.empty()) ++readers[in];
            if (nodes[i].op == "BatchNormalization" && !m_scaleNodes.count(nodes[i].name))
                batchNormWriting[nodes[i].outputs[0]] = i;
        }
        std::vector<bool> fused(nodes.size(), false);
        std::set<std::string> vanished; // BatchNorm outputs replaced by their Scale's
        for (size_t si = 0; si < nodes.size(); ++si) {
            const Node& scale = nodes[si];
            if (scale.op != "BatchNormalization" || !m_scaleNodes.count(scale.name)) continue;
            const auto writer = batchNormWriting.find(scale.inputs[0]);
            if (writer == batchNormWriting.end()) continue;
            Node* bn = &nodes[writer->second];
            if (readers[bn->outputs[0]] != 1) continue;
            Tensor& bnScale = m_graph.initializers.at(bn->inputs[1]);
            Tensor& bnBias = m_graph.initializers.at(bn->inputs[2]);
            const Tensor& gamma = m_graph.initializers.at(scale.inputs[1]);
            const Tensor& beta = m_graph.initializers.at(scale.inputs[2]);
            if (gamma.size() != bnScale.size()) continue;
            for (int64_t c = 0; c < gamma.size(); ++c) {
                bnScale.floats[c] *= gamma.floats[c];
                bnBias.floats[c] = bnBias.floats[c] * gamma.floats[c] + beta.floats[c];
            }
            // The BatchNorm now writes the Scale's output; its own output value disappears.
            vanished.insert(bn->outputs[0]);
            const size_t bnIndex = writer->second;
            batchNormWriting.erase(writer);
            bn->outputs[0] = scale.outputs[0];
            batchNormWriting[bn->outputs[0]] = bnIndex;
            for (size_t i = 1; i < 5; ++i)
                m_graph.initializers.erase(scale.inputs[i]);
            fused[si] = true;
        }
        if (vanished.empty()) return;
        size_t kept = 0;
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (fused[i]) continue;
            if (kept != i) nodes[kept] = std::move(nodes[i]);
            ++kept;
        }
        nodes.resize(kept);
        m_produced.erase(std::remove_if(m_produced.begin(), m_produced.end(),
                                        [&](const std::string& v) { return vanished.count(v) > 0; }),
                         m_produced.end());
    }

    std::string m_prototxt;
    std::string m_caffemodel;
    const BlobsByLayer& m_blobs;
    Graph m_graph;
    std::set<std::string> m_names;                    // every value and initializer name in use
    std::map<std::string, std::string> m_latest;      // Caffe blob -> the value holding it now
    std::map<std::string, std::string> m_skippedTops; // blob -> the skipped layer that produced it
    std::vector<std::string> m_produced;              // node outputs, in order
    std::set<std::string> m_consumed;                 // values some node reads
    std::set<std::string> m_matrices;   // values known to be N×K (no Flatten needed before a Gemm)
    std::set<std::string> m_scaleNodes; // BatchNormalization nodes made from Scale layers
};

} // namespace

Graph importCaffe(const std::string& prototxt, const std::string& caffemodel) {
    const caffe::NetParameter net = readPrototxt(prototxt);
    const caffe::NetParameter weights = readCaffemodel(caffemodel);
    BlobsByLayer blobs;
    collectBlobs(net, blobs);
    collectBlobs(weights, blobs);
    return CaffeTranslator(prototxt, caffemodel, blobs).translate(net);
}

std::string findCaffeWeights(const std::string& prototxt) {
    requireReadableFile(prototxt);
    fs::path sameName = fs::path(prototxt).replace_extension(".caffemodel");
    std::error_code ec;
    if (fs::is_regular_file(sameName, ec)) return sameName.string();
    const fs::path folder =
        fs::path(prototxt).parent_path().empty() ? fs::path(".") : fs::path(prototxt).parent_path();
    std::vector<fs::path> found;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".caffemodel" && it->is_regular_file(ec)) found.push_back(it->path());
    if (ec) throw ImportError(prototxt, "cannot list its folder " + folder.string() + ": " + ec.message());
    if (found.size() == 1) return found[0].string();
    if (found.empty())
        throw ImportError(prototxt, "no .caffemodel weights beside it (looked for " +
                                        sameName.filename().string() + " and any .caffemodel in " +
                                        folder.string() + ")");
    std::sort(found.begin(), found.end());
    std::string names;
    for (const fs::path& p : found)
        names += (names.empty() ? "" : ", ") + p.filename().string();
    throw ImportError(prototxt,
                      "several .caffemodel files beside it (" + names + "); name the weights to use");
}

Tensor readCaffeMean(const std::string& path) {
    requireReadableFile(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError(path, "cannot open the file for reading");
    caffe::BlobProto blob;
    if (!blob.ParseFromIstream(&in))
        throw ImportError(path, "not a Caffe mean file (BlobProto): truncated, corrupt or of another format");
    Shape shape = blobShape(blob);
    // Caffe writes means as 1×C×H×W.
    while (shape.size() > 3 && shape.front() == 1)
        shape.erase(shape.begin());
    const int64_t count = checkedCount(shape);
    std::vector<float> values = blobValues(blob);
    if (shape.size() != 3 || count <= 0)
        throw ImportError(path,
                          "not a Caffe mean file: shape " + shapeText(blobShape(blob)) + " is not 1xCxHxW");
    if (count != static_cast<int64_t>(values.size()))
        throw ImportError(path, "mean of shape " + shapeText(shape) + " holds " +
                                    std::to_string(values.size()) + " values");
    return Tensor(shape, std::move(values));
}

} // namespace dyve
