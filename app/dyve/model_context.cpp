#include "model_context.h"

#include "bench/opencv_reference.h"
#include "core/errors.h"
#include "printing.h"
#include "runtime/threading.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace dyve::cli {

namespace {

// share/dyve/<what> of an installed dyve (bin/dyve → ../share/dyve/<what>).
std::string installedShare(const std::string& what) {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    return (exe.parent_path().parent_path() / "share" / "dyve" / what).string();
}

std::string locate(const char* envName, const char* compiled, const std::string& what) {
    if (const char* env = std::getenv(envName); env && *env) return env;
    std::error_code ec;
    if (compiled && *compiled && fs::is_directory(compiled, ec)) return compiled;
    const std::string installed = installedShare(what);
    if (!installed.empty() && fs::is_directory(installed, ec)) return installed;
    return compiled ? compiled : installed;
}

std::string withoutTrailingSlash(std::string path) {
    while (path.size() > 1 && path.back() == '/')
        path.pop_back();
    return path;
}

} // namespace

std::string modelsDir() {
#ifdef DYVE_MODELS_DIR
    return locate("DYVE_MODELS_DIR", DYVE_MODELS_DIR, "models");
#else
    return locate("DYVE_MODELS_DIR", nullptr, "models");
#endif
}

std::string resourcesDir() {
#ifdef DYVE_RESOURCES_DIR
    return locate("DYVE_RESOURCES_DIR", DYVE_RESOURCES_DIR, "resources");
#else
    return locate("DYVE_RESOURCES_DIR", nullptr, "resources");
#endif
}

std::string bundledModelPath() {
    return modelsDir() + "/fashion_mnist/fashion_mnist_cnn.onnx";
}

std::vector<std::string> cardDirs() {
    std::vector<std::string> dirs{modelsDir() + "/cards"};
    for (const std::string& d : defaultCardDirs())
        if (std::find(dirs.begin(), dirs.end(), d) == dirs.end()) dirs.push_back(d);
    return dirs;
}

SelectedModel selectModel(const std::string& argument, const Arguments& args, bool needCard) {
    SelectedModel model;
    model.loadOptions.weightsFile = args.value("weights");
    if (argument.empty()) {
        model.path = bundledModelPath();
        model.bundled = true;
        std::cerr << "dyve: no model given, using the bundled fashion-mnist-cnn on its test set" << std::endl;
    } else {
        model.path = argument;
    }
    std::error_code ec;
    if (!fs::exists(model.path, ec)) throw ImportError(model.path, "no such model file");
    if (fs::is_directory(model.path, ec))
        throw ImportError(model.path, "is a folder; name the .onnx file or the Caffe .prototxt");

    std::string cardFile = args.value("card");
    if (cardFile.empty()) cardFile = findModelCard(model.path, cardDirs());
    if (!cardFile.empty()) {
        model.card = loadModelCard(cardFile);
    } else if (needCard) {
        throw DataError(model.path,
                        "no model card found (<model>.card.json beside it, or one in models/cards "
                        "listing its SHA-256); pass one with --card FILE. " +
                            oneLine(requiredCardFieldsHelp()));
    }
    return model;
}

Graph loadSelectedModel(const SelectedModel& model) {
    return loadModel(model.path, model.loadOptions);
}

std::vector<std::string> dataRoots() {
    std::vector<std::string> roots;
    if (const char* env = std::getenv("DYVE_DATA_DIR"); env && *env) {
        std::string list = env;
        for (size_t start = 0; start <= list.size();) {
            const size_t end = std::min(list.find(':', start), list.size());
            if (end > start) roots.push_back(list.substr(start, end - start));
            start = end + 1;
        }
    }
    // A source tree checked out beside ../shared (SPEC §10), then Debian's data set packages.
    roots.push_back(
        (fs::path(modelsDir()).parent_path().parent_path() / "shared" / "data").lexically_normal().string());
    roots.push_back("/usr/share/datasets");
    return roots;
}

std::string selectDataPath(const SelectedModel& model, const Arguments& args) {
    if (args.has("data")) return args.value("data");
    if (!model.card || model.card->defaultData.empty())
        throw UsageError("no --data given and the model card names no default data set");
    const std::string& given = model.card->defaultData;
    std::vector<fs::path> candidates;
    if (fs::path(given).is_absolute()) {
        candidates.push_back(given);
    } else {
        // A path relative to the card or the project, else the name of a data set in one of the data roots.
        candidates.push_back(fs::path(model.card->file).parent_path() / given);
        candidates.push_back(fs::path(modelsDir()).parent_path() / given);
        candidates.push_back(given);
        for (const std::string& root : dataRoots())
            candidates.push_back(fs::path(root) / given);
    }
    std::error_code ec;
    for (const fs::path& c : candidates)
        if (fs::exists(c, ec)) {
            const std::string path = c.lexically_normal().string();
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

int applyThreads(const Arguments& args) {
    const int threads = static_cast<int>(args.intValue("threads", 0, 0, 1024));
    const int inForce = setThreadCount(threads);
    setOpenCvThreadCount(inForce);
    return inForce;
}

} // namespace dyve::cli
