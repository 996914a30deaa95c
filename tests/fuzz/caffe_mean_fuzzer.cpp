// readCaffeMean on any bytes as a mean.binaryproto.

#include "core/errors.h"
#include "fuzz_files.h"
#include "import/caffe_importer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = dyve::fuzz::writeScratch("mean.binaryproto", data, size);
    try {
        dyve::readCaffeMean(path);
    } catch (const dyve::Error&) {
    }
    return 0;
}
