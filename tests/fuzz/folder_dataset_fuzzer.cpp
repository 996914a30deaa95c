// openDataset on a folder per class (cat/, dog/): the input is its classes.txt (none when empty), then
// after a kNextFile line the bytes of the one image in each class folder (else a 2×2 PGM). Every image
// is then read.

#include "core/errors.h"
#include "data/dataset.h"
#include "fuzz_files.h"

namespace {

const std::string kImage("P5\n2 2\n255\n\x10\x20\x30\x40", 15);

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::vector<std::string> files = dyve::fuzz::splitFiles(data, size);
    if (files[0].empty())
        dyve::fuzz::removeScratch("folder/classes.txt");
    else
        dyve::fuzz::writeScratch("folder/classes.txt", files[0]);
    const std::string image = files.size() > 1 ? files[1] : kImage;
    dyve::fuzz::writeScratch("folder/cat/0.png", image);
    dyve::fuzz::writeScratch("folder/dog/0.png", image);
    try {
        const auto set = dyve::openDataset((dyve::fuzz::scratchDir() / "folder").string());
        for (size_t i = 0; i < set->size(); ++i) {
            set->label(i);
            set->image(i);
        }
    } catch (const dyve::Error&) {
    }
    return 0;
}
