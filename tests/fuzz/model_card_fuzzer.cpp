// loadModelCard on any text as model.card.json, then the card's preprocessor (which reads its mean
// file: mean.binaryproto beside the card is tests/fuzz/fixtures' 3×4×4 mean).

#include "core/errors.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "fuzz_files.h"

#include <filesystem>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    std::filesystem::copy_file(DYVE_FUZZ_FIXTURES "/mean.binaryproto",
                               dyve::fuzz::scratchDir() / "mean.binaryproto",
                               std::filesystem::copy_options::overwrite_existing);
    dyve::fuzz::writeScratch("classes.txt", "cat\ndog\nbird\n");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = dyve::fuzz::writeScratch("model.card.json", data, size);
    try {
        const dyve::Preprocessor pre(dyve::loadModelCard(path));
        pre.inputShape();
    } catch (const dyve::Error&) {
    }
    return 0;
}
