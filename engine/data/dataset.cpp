#include "data/dataset.h"

#include "core/errors.h"
#include "data/folder_dataset.h"
#include "data/idx_dataset.h"
#include "data/list_dataset.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace dyve {

namespace {

std::unique_ptr<Dataset> openIdxFile(const std::string& file, size_t limit) {
    std::string imagesFile = file;
    const std::string name = fs::path(file).filename().string();
    // Given the label file, use the images beside it.
    for (auto [labels, images] : {std::pair<const char*, const char*>{"labels-idx1", "images-idx3"},
                                  std::pair<const char*, const char*>{"labels.idx1", "images.idx3"}}) {
        const size_t at = name.rfind(labels);
        if (at == std::string::npos) continue;
        std::string other = name;
        other.replace(at, std::string(labels).size(), images);
        const bool gzipped = other.size() > 3 && other.compare(other.size() - 3, 3, ".gz") == 0;
        const std::string plain = gzipped ? other.substr(0, other.size() - 3) : other;
        std::error_code ec;
        for (const std::string& candidate : {plain, plain + ".gz"}) {
            const fs::path path = fs::path(file).parent_path() / candidate;
            if (fs::is_regular_file(path, ec)) {
                imagesFile = path.string();
                break;
            }
        }
        if (imagesFile == file) throw DataError(file, "an IDX label file without its images file beside it");
    }
    const std::string labelsFile = idxLabelsFileFor(imagesFile);
    if (labelsFile.empty())
        throw DataError(imagesFile, "no IDX label file beside it (expected *-labels-idx1-ubyte[.gz])");
    return openIdxDataset(imagesFile, labelsFile, limit);
}

} // namespace

std::unique_ptr<Dataset> openDataset(const std::string& path, size_t limit) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) throw DataError(path, "no such file or folder");

    if (fs::is_directory(status)) {
        const fs::path labels = fs::path(path) / "labels.txt";
        if (fs::is_regular_file(labels, ec)) return openListDataset(labels.string(), limit);
        const std::string idxImages = idxImagesFileIn(path);
        if (!idxImages.empty()) return openIdxFile(idxImages, limit);
        return openFolderDataset(path, limit);
    }
    // By content, or by MNIST's naming so that a damaged IDX file gets an IDX message, not a list one.
    const std::string name = fs::path(path).filename().string();
    const bool idxName = name.find("-idx") != std::string::npos || name.find(".idx") != std::string::npos;
    if (looksLikeIdx(path) || idxName) return openIdxFile(path, limit);
    return openListDataset(path, limit);
}

} // namespace dyve
