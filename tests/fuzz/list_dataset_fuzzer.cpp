// openDataset on a list file ("relative/path label" per line) beside two small images (a.pgm and
// "sub dir/b.pgm"); after a kNextFile line, the input's rest is the classes.txt beside it (none when
// absent). The first images listed are then read.

#include "core/errors.h"
#include "data/dataset.h"
#include "fuzz_files.h"

#include <algorithm>

namespace {

// A 2×2 8-bit grey PGM.
const std::string kImage("P5\n2 2\n255\n\x10\x20\x30\x40", 15);

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    dyve::fuzz::writeScratch("list/a.pgm", kImage);
    dyve::fuzz::writeScratch("list/sub dir/b.pgm", kImage);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::vector<std::string> files = dyve::fuzz::splitFiles(data, size);
    const std::string list = dyve::fuzz::writeScratch("list/val.txt", files[0]);
    if (files.size() > 1)
        dyve::fuzz::writeScratch("list/classes.txt", files[1]);
    else
        dyve::fuzz::removeScratch("list/classes.txt");
    try {
        const auto set = dyve::openDataset(list);
        for (size_t i = 0; i < std::min<size_t>(set->size(), 4); ++i) {
            set->label(i);
            set->describe(i);
            set->image(i);
        }
    } catch (const dyve::Error&) {
    }
    return 0;
}
