#include "import/model_loader.h"

#include "core/errors.h"
#include "core/text.h"
#include "graph/fold_batch_norm.h"
#include "import/caffe_importer.h"
#include "import/onnx_importer.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace dyve {

namespace {

namespace fs = std::filesystem;

std::string readHead(const std::string& path, size_t bytes) {
    std::ifstream in(path, std::ios::binary);
    std::string head(bytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(bytes));
    head.resize(static_cast<size_t>(in.gcount()));
    return head;
}

bool looksLikeText(const std::string& head) {
    if (head.empty()) return false;
    for (unsigned char c : head)
        if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) return false;
    return true;
}

// A Caffe network description in protobuf text format: its top-level keys.
bool looksLikePrototxt(const std::string& head) {
    if (!looksLikeText(head)) return false;
    for (const char* key :
         {"layer {", "layer{", "layers {", "layers{", "input:", "input_dim:", "input_shape"})
        if (head.find(key) != std::string::npos) return true;
    return false;
}

// An ONNX ModelProto almost always starts with field 1 (ir_version, varint: tag byte 0x08) followed by
// a small version number.
bool looksLikeOnnx(const std::string& head) {
    return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x08 &&
           static_cast<unsigned char>(head[1]) >= 1 && static_cast<unsigned char>(head[1]) < 32;
}

// A .caffemodel was given where the model is named by its .prototxt (SPEC §4.1): point the user to it.
[[noreturn]] void rejectCaffeWeights(const std::string& path) {
    const fs::path file(path);
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    std::vector<std::string> prototxts;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_regular_file() && lowerExtension(entry.path().string()) == ".prototxt")
            prototxts.push_back(entry.path().string());
    const fs::path sameName = fs::path(file).replace_extension(".prototxt");
    std::string hint;
    if (fs::is_regular_file(sameName, ec))
        hint = sameName.string();
    else if (prototxts.size() == 1)
        hint = prototxts.front();
    throw ImportError(path, "is Caffe weights; open the network's .prototxt instead" +
                                (hint.empty() ? std::string() : " (" + hint + ")") +
                                ", its weights are found beside it");
}

} // namespace

std::string detectModelFormat(const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return "";
    const std::string ext = lowerExtension(path);
    const std::string head = readHead(path, 4096);
    // Content first where it is unambiguous (a prototxt saved as .onnx), then the extension.
    if (looksLikePrototxt(head)) return "caffe";
    if (ext == ".onnx") return "onnx";
    if (ext == ".prototxt" || ext == ".pbtxt" || ext == ".caffemodel") return "caffe";
    if (looksLikeOnnx(head)) return "onnx";
    return "";
}

Graph loadModel(const std::string& path, const LoadOptions& options) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw ImportError(path, "file not found");
    if (fs::is_directory(path, ec)) throw ImportError(path, "is a folder, not a model file");
    const std::string format = detectModelFormat(path);
    Graph graph;
    if (format == "onnx") {
        graph = importOnnx(path);
    } else if (format == "caffe") {
        if (lowerExtension(path) == ".caffemodel") rejectCaffeWeights(path);
        const std::string weights =
            options.weightsFile.empty() ? findCaffeWeights(path) : options.weightsFile;
        graph = importCaffe(path, weights);
    } else {
        if (fs::file_size(path, ec) == 0) throw ImportError(path, "the file is empty");
        throw ImportError(path,
                          "not a model DyVE can read (expected an ONNX .onnx file or a Caffe .prototxt)");
    }
    // Every model gets the same graph passes, whatever its format (SPEC §4.1: batch norm is folded into
    // the preceding convolution at load).
    foldBatchNorm(graph);
    validate(graph);
    return graph;
}

} // namespace dyve
