#include "data/folder_dataset.h"

#include "core/errors.h"
#include "core/text.h"
#include "data/class_names.h"
#include "data/image_file_dataset.h"
#include "data/preprocess.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace dyve {

namespace {

bool isHidden(const fs::path& p) {
    return p.filename().string().rfind('.', 0) == 0;
}

// The extensions OpenCV's imgcodecs decodes on Debian; other files (notes, thumbnails DBs) are skipped.
bool isImageFile(const fs::path& p) {
    static const std::set<std::string> extensions = {".jpg",  ".jpeg", ".png", ".bmp", ".ppm",
                                                     ".pgm",  ".pbm",  ".pnm", ".tif", ".tiff",
                                                     ".webp", ".jp2",  ".jpe"};
    return extensions.count(lowerExtension(p.string())) > 0;
}

std::vector<fs::path> sortedEntries(const fs::path& dir, bool folders) {
    std::vector<fs::path> entries;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (isHidden(it->path())) continue;
        std::error_code typeError;
        if (folders ? it->is_directory(typeError)
                    : (it->is_regular_file(typeError) && isImageFile(it->path())))
            entries.push_back(it->path());
    }
    if (ec) throw DataError(dir.string(), "cannot list folder (" + ec.message() + ")");
    std::sort(entries.begin(), entries.end());
    return entries;
}

} // namespace

std::unique_ptr<Dataset> openFolderDataset(const std::string& root, size_t limit) {
    const fs::path rootPath(root);
    const std::vector<fs::path> folders = sortedEntries(rootPath, true);
    std::vector<std::string> classNames;
    std::error_code ec;
    const fs::path classesFile = rootPath / "classes.txt";
    if (fs::is_regular_file(classesFile, ec)) {
        classNames = readClassNames(classesFile.string());
        // A folder classes.txt does not name would be silently left out of every accuracy figure.
        for (const fs::path& folder : folders) {
            const std::string name = folder.filename().string();
            if (std::find(classNames.begin(), classNames.end(), name) == classNames.end())
                throw DataError(classesFile.string(), "does not name the class folder '" + name + "'");
        }
    } else {
        for (const fs::path& folder : folders)
            classNames.push_back(folder.filename().string());
    }
    if (classNames.empty()) throw DataError(root, "no class folders (and no labels.txt or IDX files)");

    std::vector<std::vector<fs::path>> perClass;
    size_t longest = 0;
    for (const std::string& name : classNames) {
        const fs::path folder = rootPath / name;
        perClass.push_back(fs::is_directory(folder, ec) ? sortedEntries(folder, false)
                                                        : std::vector<fs::path>{});
        longest = std::max(longest, perClass.back().size());
    }

    std::vector<std::string> files;
    std::vector<int> labels;
    for (size_t k = 0; k < longest && (limit == 0 || files.size() < limit); ++k)
        for (size_t c = 0; c < perClass.size() && (limit == 0 || files.size() < limit); ++c)
            if (k < perClass[c].size()) {
                files.push_back(perClass[c][k].string());
                labels.push_back(int(c));
            }
    if (files.empty()) throw DataError(root, "no images in the class folders");
    return std::make_unique<ImageFileDataset>(root, std::move(files), std::move(labels),
                                              std::move(classNames));
}

} // namespace dyve
