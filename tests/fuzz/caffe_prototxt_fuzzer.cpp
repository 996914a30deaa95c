// The Caffe importer on any text as deploy.prototxt, with the fixed weights of tests/fuzz/fixtures'
// tiny net beside it (layers may also carry their own blobs), then the network built from it.

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
    const std::string path = dyve::fuzz::writeScratch("deploy.prototxt", data, size);
    try {
        dyve::Network network(dyve::importCaffe(path, DYVE_FUZZ_FIXTURES "/tiny_net.caffemodel"));
    } catch (const dyve::Error&) {
    }
    return 0;
}
