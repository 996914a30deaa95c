// openDataset on a folder per class (cat/, dog/): the input is its classes.txt (none when empty), then
// after a kNextFile line the bytes of the one image in each class folder (else a 2×2 PGM). Every image
// is then read. An image whose header claims more than a megapixel is replaced by the PGM: decoding is
// linear in the pixels, and a few kilobytes of JPEG can claim ten megapixels, which take 12 s to decode
// under ASan, over libFuzzer's 10 s timeout, without being a stall (libjpeg-turbo's own fuzzers skip
// images over a megapixel the same way). The 100-megapixel limit itself is tested in preprocess_test.

#include "core/errors.h"
#include "data/dataset.h"
#include "data/image_size.h"
#include "fuzz_files.h"

namespace {

const std::string kImage("P5\n2 2\n255\n\x10\x20\x30\x40", 15);
constexpr int64_t kMaxFuzzedPixels = 1 << 20;

bool claimsOverAMegapixel(const std::string& path) {
    try {
        const auto size = dyve::readImageSize(path);
        return size && double(size->width) * double(size->height) > double(kMaxFuzzedPixels);
    } catch (const dyve::Error&) {
        return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::vector<std::string> files = dyve::fuzz::splitFiles(data, size);
    if (files[0].empty())
        dyve::fuzz::removeScratch("folder/classes.txt");
    else
        dyve::fuzz::writeScratch("folder/classes.txt", files[0]);
    std::string image = files.size() > 1 ? files[1] : kImage;
    if (claimsOverAMegapixel(dyve::fuzz::writeScratch("probe", image))) image = kImage;
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
