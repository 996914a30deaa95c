#include "operators/elementwise_layer.h"

#include <algorithm>

namespace dyve {

namespace {

// y = max(x, 0). Most Relus are fused into the Conv before them (runtime/network.cpp); this runs the rest.
struct Relu {
    float operator()(float x) const { return std::max(x, 0.0f); }
};

std::unique_ptr<Layer> makeRelu(const LayerSetup&) {
    return std::make_unique<ElementwiseLayer<Relu>>(Relu{}, Activation::relu());
}

} // namespace

DYVE_REGISTER_LAYER("Relu", makeRelu);

} // namespace dyve
