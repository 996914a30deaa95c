#include "operators/constant_operands.h"
#include "operators/layer.h"

namespace dyve {

namespace {

// y = x for x ≥ 0, alpha·x below (alpha defaults to 0.01, ONNX).
class LeakyReluLayer : public Layer {
public:
    explicit LeakyReluLayer(float alpha) : m_alpha(alpha) {}
    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        m_size = elementCount(inputs.at(0));
        return {inputs[0]};
    }
    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const float* x = in[0].data;
        float* y = out[0].data;
        const float alpha = m_alpha;
        for (int64_t i = 0; i < m_size; ++i)
            y[i] = x[i] < 0.0f ? alpha * x[i] : x[i];
    }
    int64_t operations() const override { return m_size; }

private:
    float m_alpha;
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeLeakyRelu(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<LeakyReluLayer>(setup.node.getFloat("alpha", 0.01f));
}

} // namespace

DYVE_REGISTER_LAYER("LeakyRelu", makeLeakyRelu);

} // namespace dyve
