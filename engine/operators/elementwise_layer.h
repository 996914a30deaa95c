#pragma once

#include "operators/layer.h"

namespace dyve {

// A layer that maps every element through one function of it (Relu, Sigmoid, Tanh): same shape out, one
// operation per element (SPEC §4.6). Each operator's file supplies the function (with its attributes,
// HardSigmoid's alpha and beta) and registers the layer.
// A function that is also an activation kernels can apply (kernels/activation.h) says so (fusable), so
// that the producer of its input may apply it instead (Layer::fusableActivation), and so does one whose
// product with its input is one (Layer::gatedActivation).
template <class Function> class ElementwiseLayer : public Layer {
public:
    explicit ElementwiseLayer(Function f = Function{}, std::optional<Activation> fusable = std::nullopt,
                              std::optional<Activation> gated = std::nullopt)
        : m_function(f), m_fusable(fusable), m_gated(gated) {}

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
    std::optional<Activation> gatedActivation() const override { return m_gated; }

private:
    Function m_function;
    std::optional<Activation> m_fusable, m_gated;
    int64_t m_size = 0;
};

// A layer that is an activation kernels apply (Sigmoid): runs it 16 elements at a time (applyActivation),
// and offers it, and the gated activation a Mul would make of it, to the producer of its input.
class ActivationLayer : public Layer {
public:
    ActivationLayer(Activation activation, std::optional<Activation> gated)
        : m_activation(activation), m_gated(gated) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        m_size = elementCount(inputs.at(0));
        return {inputs[0]};
    }
    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        applyActivation(m_activation, in[0].data, out[0].data, m_size);
    }
    int64_t operations() const override { return m_size; }
    std::optional<Activation> fusableActivation() const override { return m_activation; }
    std::optional<Activation> gatedActivation() const override { return m_gated; }

private:
    Activation m_activation;
    std::optional<Activation> m_gated;
    int64_t m_size = 0;
};

} // namespace dyve
