// The Caffe importer on any bytes as the .caffemodel of tests/fuzz/fixtures' tiny net, then the network
// built from it.

#include "core/errors.h"
#include "fuzz_files.h"
#include "import/caffe_importer.h"
#include "runtime/network.h"
#include "runtime/threading.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    dyve::setThreadCount(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = dyve::fuzz::writeScratch("model.caffemodel", data, size);
    try {
        dyve::Network network(dyve::importCaffe(DYVE_FUZZ_FIXTURES "/tiny_net.prototxt", path));
    } catch (const dyve::Error&) {
    }
    return 0;
}
