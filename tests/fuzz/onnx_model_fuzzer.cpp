// The ONNX importer on any bytes named model.onnx, then the network built from what it accepted (shape
// planning and buffers: what `dyve info` does with a model). SPEC §8: bad input is a dyve::Error.

#include "core/errors.h"
#include "fuzz_files.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "runtime/threading.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    dyve::setThreadCount(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = dyve::fuzz::writeScratch("model.onnx", data, size);
    try {
        dyve::Network network(dyve::loadModel(path));
    } catch (const dyve::Error&) {
    }
    return 0;
}
