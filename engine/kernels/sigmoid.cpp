#include "kernels/constant_operands.h"
#include "kernels/layer.h"

#include <cmath>

namespace dyve {

namespace {

// y = 1 / (1 + e^−x). Counted as one operation per element (SPEC §4.6), like every activation.
class SigmoidLayer : public Layer {
public:
    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        m_size = elementCount(inputs.at(0));
        return {inputs[0]};
    }
    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const float* x = in[0].data;
        float* y = out[0].data;
        for (int64_t i = 0; i < m_size; ++i)
            y[i] = 1.0f / (1.0f + std::exp(-x[i]));
    }
    int64_t operations() const override { return m_size; }

private:
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeSigmoid(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<SigmoidLayer>();
}

} // namespace

DYVE_REGISTER_LAYER("Sigmoid", makeSigmoid);

} // namespace dyve
