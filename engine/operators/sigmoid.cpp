#include "operators/constant_operands.h"
#include "operators/elementwise_layer.h"

namespace dyve {

namespace {

// y = 1 / (1 + e^−x) (kernels/vector_math.h); x · Sigmoid(x) is SiLU.
std::unique_ptr<Layer> makeSigmoid(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<ActivationLayer>(Activation::sigmoid(), Activation::silu());
}

} // namespace

DYVE_REGISTER_LAYER("Sigmoid", makeSigmoid);

} // namespace dyve
