#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>
#include <limits>

namespace dyve {

namespace {

// y = min(max(x, min), max). The bounds are attributes up to opset 10 and optional scalar inputs from
// opset 11 (ONNX); either way they are fixed when the model loads. NaN inputs stay NaN.
class ClipLayer : public Layer {
public:
    ClipLayer(float lo, float hi) : m_lo(lo), m_hi(hi) {}
    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        m_size = elementCount(inputs.at(0));
        return {inputs[0]};
    }
    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const float* x = in[0].data;
        float* y = out[0].data;
        const float lo = m_lo, hi = m_hi;
        for (int64_t i = 0; i < m_size; ++i)
            y[i] = std::min(std::max(x[i], lo), hi);
    }
    int64_t operations() const override { return m_size; }
    std::optional<Activation> fusableActivation() const override { return Activation::clamp(m_lo, m_hi); }

private:
    float m_lo, m_hi;
    int64_t m_size = 0;
};

float bound(const LayerSetup& setup, size_t input, const char* name, float fallback) {
    if (setup.hasInput(input)) {
        const std::vector<float> v = constantFloats(setup, input, name);
        if (v.size() != 1) setup.fail(std::string(name) + " must be a scalar");
        return v[0];
    }
    return setup.node.getFloat(name, fallback);
}

std::unique_ptr<Layer> makeClip(const LayerSetup& setup) {
    checkInputs(setup, 1, 3, {1, 2});
    const float lo = bound(setup, 1, "min", std::numeric_limits<float>::lowest());
    const float hi = bound(setup, 2, "max", std::numeric_limits<float>::max());
    return std::make_unique<ClipLayer>(lo, hi);
}

} // namespace

DYVE_REGISTER_LAYER("Clip", makeClip);

} // namespace dyve
