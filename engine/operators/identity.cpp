#include "operators/constant_operands.h"
#include "operators/copy_layer.h"

namespace dyve {

namespace {

// y = x: a CopyLayer.
std::unique_ptr<Layer> makeIdentity(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<CopyLayer>();
}

} // namespace

DYVE_REGISTER_LAYER("Identity", makeIdentity);

} // namespace dyve
