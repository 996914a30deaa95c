#include "operators/constant_operands.h"
#include "operators/elementwise_layer.h"

#include <algorithm>

namespace dyve {

namespace {

// y = max(0, min(1, alpha·x + beta)), alpha 0.2 and beta 0.5 by default (ONNX). PyTorch's Hardsigmoid is
// alpha 1/6 and its Hardswish, before opset 14, HardSigmoid then Mul (MobileNetV3).
struct HardSigmoid {
    float alpha, beta;
    float operator()(float x) const { return std::min(std::max(alpha * x + beta, 0.0f), 1.0f); }
};

std::unique_ptr<Layer> makeHardSigmoid(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    const HardSigmoid f{setup.node.getFloat("alpha", 0.2f), setup.node.getFloat("beta", 0.5f)};
    return std::make_unique<ElementwiseLayer<HardSigmoid>>(f, std::nullopt,
                                                           Activation::hardSwish(f.alpha, f.beta));
}

} // namespace

DYVE_REGISTER_LAYER("HardSigmoid", makeHardSigmoid);

} // namespace dyve
