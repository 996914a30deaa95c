#include "data/idx_dataset.h"

#include "core/errors.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace fs = std::filesystem;

namespace dyve {

namespace {

// IDX magic numbers (LeCun's MNIST page): two zero bytes, the element type (0x08: unsigned byte), the
// number of dimensions.
constexpr uint32_t kImagesMagic = 0x00000803;
constexpr uint32_t kLabelsMagic = 0x00000801;
// Far above MNIST's 28×28; stops a corrupt header from asking for gigabytes per image (SPEC §8).
constexpr uint32_t kMaxSide = 16384;

std::string hex32(uint32_t v) {
    char text[11];
    std::snprintf(text, sizeof text, "0x%08x", v);
    return text;
}

// gzread reads gzip and plain files alike, so one reader serves both forms of the data set.
class IdxReader {
public:
    explicit IdxReader(std::string path) : m_path(std::move(path)) {
        std::error_code ec;
        if (!fs::is_regular_file(m_path, ec)) throw DataError(m_path, "no such file");
        m_file = gzopen(m_path.c_str(), "rb");
        if (!m_file) throw DataError(m_path, "cannot open");
    }
    ~IdxReader() { gzclose(m_file); }
    IdxReader(const IdxReader&) = delete;
    IdxReader& operator=(const IdxReader&) = delete;

    // Reads up to `size` bytes; returns how many arrived. Throws on a gzip stream that is corrupt
    // (a stream that simply ends is reported by the caller, who knows what was expected).
    size_t read(uint8_t* into, size_t size) {
        size_t total = 0;
        while (total < size) {
            const unsigned chunk = unsigned(std::min<size_t>(size - total, 1u << 20));
            const int got = gzread(m_file, into + total, chunk);
            if (got < 0) {
                int code = 0;
                const char* message = gzerror(m_file, &code);
                if (code == Z_BUF_ERROR) break; // truncated gzip: unexpected end of file
                throw DataError(m_path, std::string("corrupt gzip data (") + message + ")");
            }
            if (got == 0) break;
            total += size_t(got);
        }
        return total;
    }

    uint32_t readBigEndian32(const char* what) {
        uint8_t b[4];
        if (read(b, 4) != 4) throw DataError(m_path, std::string("truncated: the file ends in the ") + what);
        return uint32_t(b[0]) << 24 | uint32_t(b[1]) << 16 | uint32_t(b[2]) << 8 | uint32_t(b[3]);
    }

    // The header: magic, then one big-endian count per dimension.
    std::vector<uint32_t> readHeader(uint32_t expectedMagic, const char* what) {
        const uint32_t magic = readBigEndian32("header");
        if (magic != expectedMagic)
            throw DataError(m_path, "bad magic number " + hex32(magic) + " (expected " +
                                        hex32(expectedMagic) + ": IDX unsigned-byte " + what + ")");
        std::vector<uint32_t> dims(magic & 0xff);
        for (uint32_t& d : dims)
            d = readBigEndian32("header");
        return dims;
    }

    // `count` items of `itemBytes` each; the buffer grows with the data actually read, so a header that
    // lies about the size cannot make us allocate more than the file holds.
    std::vector<uint8_t> readItems(size_t count, size_t itemBytes, const char* what) {
        std::vector<uint8_t> data;
        const size_t wanted = count * itemBytes;
        const size_t step = size_t(1) << 22;
        while (data.size() < wanted) {
            const size_t before = data.size();
            const size_t take = std::min(step, wanted - before);
            data.resize(before + take);
            const size_t got = read(data.data() + before, take);
            if (got < take) {
                data.resize(before + got);
                throw DataError(m_path, "truncated: expected " + std::to_string(count) + " " + what +
                                            ", the file holds " + std::to_string(data.size() / itemBytes));
            }
        }
        return data;
    }

private:
    std::string m_path;
    gzFile m_file = nullptr;
};

class IdxDataset : public Dataset {
public:
    IdxDataset(std::string imagesFile, int rows, int cols, std::vector<uint8_t> pixels,
               std::vector<uint8_t> labels)
        : m_imagesFile(std::move(imagesFile)), m_rows(rows), m_cols(cols), m_pixels(std::move(pixels)),
          m_labels(std::move(labels)) {}

    size_t size() const override { return m_labels.size(); }
    int label(size_t i) const override { return m_labels.at(i); }
    cv::Mat image(size_t i) const override {
        const size_t bytes = size_t(m_rows) * m_cols;
        if (i >= m_labels.size()) throw DataError(m_imagesFile, "no image #" + std::to_string(i));
        cv::Mat view(m_rows, m_cols, CV_8UC1, const_cast<uint8_t*>(m_pixels.data() + i * bytes));
        return view.clone();
    }
    std::string describe(size_t i) const override { return m_imagesFile + "#" + std::to_string(i); }
    const std::vector<std::string>& classNames() const override { return m_classNames; }
    std::string source() const override { return m_imagesFile; }

private:
    std::string m_imagesFile;
    int m_rows, m_cols;
    std::vector<uint8_t> m_pixels;
    std::vector<uint8_t> m_labels;
    std::vector<std::string> m_classNames; // IDX files do not name classes: the model card does
};

bool replaceOnce(std::string& s, const std::string& from, const std::string& to) {
    const size_t at = s.rfind(from);
    if (at == std::string::npos) return false;
    s.replace(at, from.size(), to);
    return true;
}

bool isImagesName(const std::string& name) {
    return name.find("images-idx3") != std::string::npos || name.find("images.idx3") != std::string::npos;
}

} // namespace

std::unique_ptr<Dataset> openIdxDataset(const std::string& imagesFile, const std::string& labelsFile,
                                        size_t limit) {
    IdxReader images(imagesFile);
    const std::vector<uint32_t> imageDims = images.readHeader(kImagesMagic, "images");
    const uint32_t rows = imageDims[1], cols = imageDims[2];
    if (rows == 0 || cols == 0 || rows > kMaxSide || cols > kMaxSide)
        throw DataError(imagesFile, "bad image size " + std::to_string(rows) + "x" + std::to_string(cols));

    IdxReader labels(labelsFile);
    const std::vector<uint32_t> labelDims = labels.readHeader(kLabelsMagic, "labels");
    if (imageDims[0] != labelDims[0])
        throw DataError(labelsFile, std::to_string(labelDims[0]) + " labels but " + imagesFile + " holds " +
                                        std::to_string(imageDims[0]) + " images");
    if (imageDims[0] == 0) throw DataError(imagesFile, "holds no images");

    const size_t count = limit > 0 ? std::min<size_t>(limit, imageDims[0]) : imageDims[0];
    std::vector<uint8_t> pixels = images.readItems(count, size_t(rows) * cols, "images");
    std::vector<uint8_t> labelBytes = labels.readItems(count, 1, "labels");
    return std::make_unique<IdxDataset>(imagesFile, int(rows), int(cols), std::move(pixels),
                                        std::move(labelBytes));
}

std::string idxLabelsFileFor(const std::string& imagesFile) {
    const fs::path path(imagesFile);
    std::string name = path.filename().string();
    if (!replaceOnce(name, "images-idx3", "labels-idx1") && !replaceOnce(name, "images.idx3", "labels.idx1"))
        return "";
    std::string other = name;
    if (!replaceOnce(other, ".gz", "")) other += ".gz";
    std::error_code ec;
    for (const std::string& candidate : {name, other}) {
        const fs::path file = path.parent_path() / candidate;
        if (fs::is_regular_file(file, ec)) return file.string();
    }
    return "";
}

std::string idxImagesFileIn(const std::string& folder) {
    std::vector<std::string> found;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        if (isImagesName(it->path().filename().string())) found.push_back(it->path().string());
    if (found.empty()) return "";
    std::sort(found.begin(), found.end());
    // MNIST names its test split t10k-*; evaluating means the test split.
    for (const std::string& file : found) {
        const std::string name = fs::path(file).filename().string();
        if (name.rfind("t10k", 0) == 0 || name.find("test") != std::string::npos) return file;
    }
    return found.front();
}

bool looksLikeIdx(const std::string& file) {
    gzFile f = gzopen(file.c_str(), "rb");
    if (!f) return false;
    uint8_t magic[4];
    const int got = gzread(f, magic, 4);
    gzclose(f);
    // Two zero bytes, an IDX element type (0x08 ubyte … 0x0E double), 1–4 dimensions.
    return got == 4 && magic[0] == 0 && magic[1] == 0 && magic[2] >= 0x08 && magic[2] <= 0x0e &&
           magic[3] >= 1 && magic[3] <= 4;
}

} // namespace dyve
