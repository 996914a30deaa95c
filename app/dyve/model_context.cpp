#include "model_context.h"

#include "bench/opencv_reference.h"
#include "core/errors.h"
#include "eval/model_width.h"
#include "eval/opened_model.h"
#include "printing.h"
#include "runtime/threading.h"
#include "runtime/weight_policy.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace dyve::cli {

namespace {

std::string withoutTrailingSlash(std::string path) {
    while (path.size() > 1 && path.back() == '/')
        path.pop_back();
    return path;
}

} // namespace

SelectedModel selectModel(const std::string& argument, const Arguments& args, bool needCard) {
    ModelOpening what;
    what.weights = args.value("weights");
    what.card = args.value("card");
    what.cardDirs = cardDirs();
    what.needCard = needCard;
    SelectedModel model;
    if (argument.empty()) {
        what.model = bundledModelPath();
        model.bundled = true;
        std::cerr << "dyve: no model given, using the bundled fashion-mnist-cnn on its test set" << std::endl;
    } else {
        what.model = argument;
    }
    OpenedModel opened;
    try {
        opened = openModel(what);
    } catch (const MissingCardError& e) {
        // One short line; what a card holds is `dyve help card`'s job.
        throw DataError(e.file(), "no model card: put " + fs::path(what.model).stem().string() +
                                      ".card.json beside it or pass --card FILE (see 'dyve help card')");
    }
    model.path = opened.modelFile;
    model.loadOptions.weightsFile = opened.weightsFile;
    model.graph = std::move(opened.graph);
    model.card = std::move(opened.card);
    model.pre = std::move(opened.pre);
    return model;
}

Network networkOf(SelectedModel& model) {
    Network network(std::move(model.graph));
    if (model.card) checkCardFitsModel(*model.card, network);
    return network;
}

Tensor imageTensor(const Preprocessor& pre, const cv::Mat& image, const std::string& name) {
    try {
        return pre.toTensor(image);
    } catch (const DataError& e) {
        if (!e.file().empty()) throw;
        throw DataError(name, e.reason());
    }
}

std::string selectDataPath(const SelectedModel& model, const Arguments& args) {
    if (args.has("data")) return args.value("data");
    if (!model.card || model.card->defaultData.empty())
        throw UsageError("no --data given and the model card names no default data set");
    const std::string& given = model.card->defaultData;
    const std::string path = resolveDefaultData(given, model.card->file, SearchWorkingDir::Yes);
    if (!path.empty()) {
        std::cerr << "dyve: no --data given, using the card's default data set " << path << std::endl;
        return path;
    }
    throw DataError(model.card->file,
                    "default data set '" + given +
                        "' not found (looked beside the card, in the "
                        "project and in $DYVE_DATA_DIR, ../shared/data, /usr/share/datasets); "
                        "pass --data DATASET");
}

std::optional<double> referenceTop1(const SelectedModel& model, const std::string& dataPath) {
    if (!model.card) return std::nullopt;
    const std::string path = withoutTrailingSlash(dataPath);
    const std::string folder = fs::path(path).filename().string();
    for (const auto& [name, top1] : model.card->accuracy) {
        const std::string key = withoutTrailingSlash(name);
        if (key == folder || key == path || fs::path(key).filename().string() == folder)
            return top1 > 1.0 ? top1 / 100.0 : top1;
    }
    return std::nullopt;
}

bool looksLikeModel(const std::string& argument) {
    const std::string ext = fs::path(argument).extension().string();
    if (ext == ".onnx" || ext == ".prototxt" || ext == ".pb") return true;
    std::error_code ec;
    return fs::is_regular_file(argument, ec) && !detectModelFormat(argument).empty();
}

int64_t denseExecutedOps(const Network& network) {
    int64_t n = 0;
    for (const LayerInfo& l : network.layers())
        n += l.denseOps - l.zeroWeightOps;
    return n;
}

OptionSpec widthOption() {
    return {"width", "W",
            "run at this share of every convolution's output channels, above 0 and at most 1 (default 1); "
            "`dyve info` lists the widths a model was trained for"};
}

std::optional<double> widthArgument(const Arguments& args) {
    if (!args.has("width")) return std::nullopt;
    const std::string text = args.value("width");
    char* end = nullptr;
    const double fraction = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !(fraction > 0.0 && fraction <= 1.0))
        throw UsageError(
            "option --width expects a share of the channels above 0 and at most 1 (0.5 for half), "
            "got '" +
            text + "'");
    return fraction;
}

ChannelWidth applyWidth(Network& network, const SelectedModel& model, std::optional<double> fraction) {
    if (!fraction) return network.width();
    const WidthChoice choice = chooseWidth(*fraction, model.card ? &*model.card : nullptr, model.path);
    if (!choice.warning.empty()) std::cerr << "dyve: warning: " << choice.warning << std::endl;
    network.setWidth(choice.width);
    return network.width();
}

std::unique_ptr<WidthCascade> widthCascadeOf(const SelectedModel& model, const Graph& graph,
                                             const std::vector<double>& thresholds) {
    auto cascade =
        std::make_unique<WidthCascade>(graph, cascadeWidths(model.card ? &*model.card : nullptr, model.path));
    if (!thresholds.empty()) cascade->setThresholds(thresholds);
    return cascade;
}

int applyThreads(const Arguments& args) {
    const int threads = static_cast<int>(args.intValue("threads", 0, 0, 1024));
    const int inForce = setThreadCount(threads);
    setOpenCvThreadCount(inForce);
    return inForce;
}

void applySparseWeights(const Arguments& args) {
    if (!args.has("sparse-weights")) return;
    const std::string text = args.value("sparse-weights");
    const std::optional<SparseWeights> policy = parseSparseWeights(text);
    if (!policy)
        throw UsageError("option --sparse-weights expects measured, dense or sparse, got '" + text + "'");
    setSparseWeights(*policy);
}

} // namespace dyve::cli
