#include "core/errors.h"
#include "operators/constant_operands.h"
#include "operators/copy_layer.h"

namespace dyve {

namespace {

// Dropout is the identity at inference (SPEC §4.1): a CopyLayer. Its optional mask output is not produced:
// the runtime rejects a model that reads it. Training mode (opset ≥ 12, input 2) would be random and is
// refused unless the ratio is 0, where it is the identity too.
std::unique_ptr<Layer> makeDropout(const LayerSetup& setup) {
    checkInputs(setup, 1, 3, {1, 2});
    if (setup.hasInput(2)) {
        const std::vector<int64_t> training = constantInts(setup, 2, "training_mode");
        float ratio = 0.5f; // ONNX's default
        if (setup.hasInput(1)) {
            const std::vector<float> r = constantFloats(setup, 1, "ratio");
            ratio = r.empty() ? ratio : r[0];
        }
        if (!training.empty() && training[0] != 0 && ratio != 0.0f)
            throw ImportError(setup.graph.sourceFile,
                              setup.node.describe() + ": training mode is not supported (inference only)");
    }
    return std::make_unique<CopyLayer>();
}

} // namespace

DYVE_REGISTER_LAYER("Dropout", makeDropout);

} // namespace dyve
