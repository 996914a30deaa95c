#pragma once

#include <memory>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace dyve {

// A labelled image set (SPEC §5.2): a list file ("relative/path label" per line, paths relative to the
// list's folder or absolute, and free to lead out of it: a list is its user's own and its entries are only
// decoded as images, never shown; class names from classes.txt or synset_words.txt beside it; a folder
// holding labels.txt is that list), a folder per class (class names from classes.txt if present, else the
// sorted folder names), or IDX files (MNIST / Fashion-MNIST, gzip or raw: a folder holding
// *-images-idx3-ubyte[.gz] and *-labels-idx1-ubyte[.gz] — the t10k test pair when train files are there
// too — or either file itself).
class Dataset {
public:
    virtual ~Dataset() = default;
    virtual size_t size() const = 0;
    virtual int label(size_t i) const = 0;
    // The i-th image, 8-bit BGR or grayscale; throws DataError naming the file when it cannot be read.
    virtual cv::Mat image(size_t i) const = 0;
    // A name for messages and reports: the file path of sample i (or "<idx file>#i").
    virtual std::string describe(size_t i) const = 0;
    // Class names when the data set itself names them (classes.txt, folder names), else empty.
    virtual const std::vector<std::string>& classNames() const = 0;
    virtual std::string source() const = 0;
};

// Opens a data set of any supported kind; throws DataError "<file>[:line]: reason" for a missing path, an
// empty set, a bad label, a listed file that does not exist or is a folder or a device, a damaged IDX
// file, or an unknown layout (quoting at most kMaxQuotedChars of a list line, core/text.h).
// `limit` > 0 keeps only the first `limit` samples (in file order for list and IDX sets; for folder sets,
// interleaved across classes so a prefix stays balanced).
std::unique_ptr<Dataset> openDataset(const std::string& path, size_t limit = 0);

} // namespace dyve
