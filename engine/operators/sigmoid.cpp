#include "operators/constant_operands.h"
#include "operators/elementwise_layer.h"

#include <cmath>

namespace dyve {

namespace {

// y = 1 / (1 + e^−x).
struct Sigmoid {
    float operator()(float x) const { return 1.0f / (1.0f + std::exp(-x)); }
};

std::unique_ptr<Layer> makeSigmoid(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<ElementwiseLayer<Sigmoid>>();
}

} // namespace

DYVE_REGISTER_LAYER("Sigmoid", makeSigmoid);

} // namespace dyve
