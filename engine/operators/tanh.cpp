#include "operators/constant_operands.h"
#include "operators/elementwise_layer.h"

#include <cmath>

namespace dyve {

namespace {

// y = tanh(x).
struct Tanh {
    float operator()(float x) const { return std::tanh(x); }
};

std::unique_ptr<Layer> makeTanh(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<ElementwiseLayer<Tanh>>();
}

} // namespace

DYVE_REGISTER_LAYER("Tanh", makeTanh);

} // namespace dyve
