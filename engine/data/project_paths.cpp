#include "data/project_paths.h"

#include "data/model_card.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace dyve {

namespace {

// share/dyve/<what> of an installed dyve (bin/dyve → ../share/dyve/<what>); "" when the executable's
// path is unknown.
std::string installedShare(const std::string& what) {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    return (exe.parent_path().parent_path() / "share" / "dyve" / what).string();
}

// $envName, else the installed folder beside the executable (an installed dyve uses its own files even on
// a machine that also holds the source tree it was built from), else the source tree's folder `compiled`
// (a build run in place); when neither is there, the source tree's path all the same.
std::string locate(const char* envName, const char* compiled, const std::string& what) {
    if (const char* env = std::getenv(envName); env && *env) return env;
    std::error_code ec;
    const std::string installed = installedShare(what);
    if (!installed.empty() && fs::is_directory(installed, ec)) return installed;
    if (compiled && *compiled && fs::is_directory(compiled, ec)) return compiled;
    return compiled ? compiled : installed;
}

void addUnique(std::vector<std::string>& dirs, const std::string& dir) {
    if (!dir.empty() && std::find(dirs.begin(), dirs.end(), dir) == dirs.end()) dirs.push_back(dir);
}

// The non-empty entries of a colon-separated list such as $PATH; none for a null `list`.
std::vector<std::string> colonList(const char* list) {
    std::vector<std::string> entries;
    const std::string text = list ? list : "";
    for (size_t start = 0; start < text.size();) {
        const size_t end = std::min(text.find(':', start), text.size());
        if (end > start) entries.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return entries;
}

} // namespace

std::string modelsDir() {
#ifdef DYVE_SOURCE_MODELS_DIR
    return locate("DYVE_MODELS_DIR", DYVE_SOURCE_MODELS_DIR, "models");
#else
    return locate("DYVE_MODELS_DIR", nullptr, "models");
#endif
}

std::string resourcesDir() {
#ifdef DYVE_SOURCE_RESOURCES_DIR
    return locate("DYVE_RESOURCES_DIR", DYVE_SOURCE_RESOURCES_DIR, "resources");
#else
    return locate("DYVE_RESOURCES_DIR", nullptr, "resources");
#endif
}

std::string bundledModelPath() {
    return modelsDir() + "/fashion_mnist/fashion_mnist_cnn.onnx";
}

std::string demoModelPath() {
    const std::string widthModel = modelsDir() + "/width/fashion-mnist-cnn-width.onnx";
    std::error_code ec;
    return fs::is_regular_file(widthModel, ec) ? widthModel : bundledModelPath();
}

std::string sampleImagesDir() {
    return resourcesDir() + "/samples";
}

std::vector<std::string> cardDirs() {
    std::vector<std::string> dirs{modelsDir() + "/cards"};
    for (const std::string& d : defaultCardDirs())
        addUnique(dirs, d);
    return dirs;
}

std::vector<std::string> profileDirs() {
    std::vector<std::string> dirs = colonList(std::getenv("DYVE_PROFILE_PATH"));
    // Installed profiles are in share/dyve/models/profiles, which modelsDir() finds.
    addUnique(dirs, modelsDir() + "/profiles");
    return dirs;
}

std::vector<std::string> dataRoots() {
    std::vector<std::string> roots = colonList(std::getenv("DYVE_DATA_DIR"));
    // A source tree checked out beside ../shared (SPEC §10), then Debian's data set packages.
    roots.push_back(
        (fs::path(modelsDir()).parent_path().parent_path() / "shared" / "data").lexically_normal().string());
    roots.push_back("/usr/share/datasets");
    return roots;
}

std::string resolveDefaultData(const std::string& defaultData, const std::string& cardFile,
                               SearchWorkingDir searchWorkingDir) {
    if (defaultData.empty()) return {};
    std::vector<fs::path> candidates;
    if (fs::path(defaultData).is_absolute()) {
        candidates.push_back(defaultData);
    } else {
        // A path relative to the card or the project, else the name of a data set in one of the data roots.
        candidates.push_back(fs::path(cardFile).parent_path() / defaultData);
        candidates.push_back(fs::path(modelsDir()).parent_path() / defaultData);
        if (searchWorkingDir == SearchWorkingDir::Yes) candidates.push_back(defaultData);
        for (const std::string& root : dataRoots())
            candidates.push_back(fs::path(root) / defaultData);
    }
    std::error_code ec;
    for (const fs::path& c : candidates)
        if (fs::exists(c, ec)) return c.lexically_normal().string();
    return {};
}

} // namespace dyve
