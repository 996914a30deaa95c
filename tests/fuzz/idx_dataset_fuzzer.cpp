// openDataset on a folder of MNIST-named IDX files: the input is the images file, then (after the
// kNextFile line) its labels file, raw or gzip; with no labels file, a valid one of two labels. Every
// image of the set is then read.

#include "core/errors.h"
#include "data/dataset.h"
#include "fuzz_files.h"

#include <algorithm>

namespace {

// IDX labels: magic 0x00000801, count 2, labels 0 and 1.
const std::string kTwoLabels("\0\0\x08\x01\0\0\0\x02\0\x01", 10);

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::vector<std::string> files = dyve::fuzz::splitFiles(data, size);
    dyve::fuzz::writeScratch("idx/t10k-images-idx3-ubyte", files[0]);
    dyve::fuzz::writeScratch("idx/t10k-labels-idx1-ubyte", files.size() > 1 ? files[1] : kTwoLabels);
    try {
        const auto set = dyve::openDataset((dyve::fuzz::scratchDir() / "idx").string());
        for (size_t i = 0; i < std::min<size_t>(set->size(), 16); ++i) {
            set->label(i);
            set->image(i);
        }
    } catch (const dyve::Error&) {
    }
    return 0;
}
