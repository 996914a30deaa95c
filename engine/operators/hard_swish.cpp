#include "operators/constant_operands.h"
#include "operators/elementwise_layer.h"

#include <algorithm>

namespace dyve {

namespace {

// y = x · max(0, min(1, x/6 + 1/2)) (ONNX opset 14, PyTorch's Hardswish).
struct HardSwish {
    float operator()(float x) const { return x * std::min(std::max(x * (1.0f / 6.0f) + 0.5f, 0.0f), 1.0f); }
};

std::unique_ptr<Layer> makeHardSwish(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<ElementwiseLayer<HardSwish>>(HardSwish{},
                                                         Activation::hardSwish(1.0f / 6.0f, 0.5f));
}

} // namespace

DYVE_REGISTER_LAYER("HardSwish", makeHardSwish);

} // namespace dyve
