#include "kernels/layer.h"

#include <algorithm>

namespace dyve {

namespace {

// y = max(x, 0).
class ReluLayer : public Layer {
public:
    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        m_size = elementCount(inputs.at(0));
        return {inputs[0]};
    }
    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const float* x = in[0].data;
        float* y = out[0].data;
        for (int64_t i = 0; i < m_size; ++i)
            y[i] = std::max(x[i], 0.0f);
    }
    int64_t operations() const override { return m_size; }

private:
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeRelu(const LayerSetup&) { return std::make_unique<ReluLayer>(); }

} // namespace

DYVE_REGISTER_LAYER("Relu", makeRelu);

} // namespace dyve
