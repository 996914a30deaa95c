#pragma once

#include "operators/layer.h"

namespace dyve {

// A layer that maps every element through one function of it (Relu, Sigmoid, Tanh): same shape out, one
// operation per element (SPEC §4.6). Each operator's file supplies the function (with its attributes,
// HardSigmoid's alpha and beta) and registers the layer.
// A function that is also an activation kernels can apply (kernels/activation.h) says so (fusable), so
// that the producer of its input may apply it instead (Layer::fusableActivation).
template <class Function> class ElementwiseLayer : public Layer {
public:
    explicit ElementwiseLayer(Function f = Function{}, std::optional<Activation> fusable = std::nullopt)
        : m_function(f), m_fusable(fusable) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        m_size = elementCount(inputs.at(0));
        return {inputs[0]};
    }
    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const float* x = in[0].data;
        float* y = out[0].data;
        const Function f = m_function;
        for (int64_t i = 0; i < m_size; ++i)
            y[i] = f(x[i]);
    }
    int64_t operations() const override { return m_size; }
    std::optional<Activation> fusableActivation() const override { return m_fusable; }

private:
    Function m_function;
    std::optional<Activation> m_fusable;
    int64_t m_size = 0;
};

} // namespace dyve
