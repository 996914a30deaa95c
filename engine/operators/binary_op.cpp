#include "kernels/broadcast.h"
#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>
#include <cstring>

namespace dyve {

namespace {

enum class Arithmetic { Add, Sub, Mul, Div, Max, Min };

// Add, Sub, Mul, Div (two operands) and Sum, Max, Min (one or more), with numpy multidirectional
// broadcasting (ONNX opset ≥ 7; SPEC §4.1). Either operand may be a constant (a bias, a scale). The
// variadic forms fold left: y = x0 ∘ x1, then y = y ∘ x2, ... in place.
class BinaryOpLayer : public Layer {
public:
    BinaryOpLayer(const LayerSetup& setup, Arithmetic op) : m_node(setup), m_op(op) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        Shape out = inputs.at(0);
        for (size_t i = 1; i < inputs.size(); ++i)
            if (!broadcastShapes(out, inputs[i], out))
                m_node.fail("input shapes " + toString(inputs[0]) + " and " + toString(inputs[i]) +
                            " do not broadcast");
        m_steps.assign(inputs.size() < 2 ? 1 : inputs.size() - 1, BinaryBroadcast{});
        if (inputs.size() == 1) {
            m_steps[0].plan(inputs[0], inputs[0], out);
        } else {
            m_steps[0].plan(inputs[0], inputs[1], out);
            for (size_t i = 2; i < inputs.size(); ++i)
                m_steps[i - 1].plan(out, inputs[i], out);
        }
        m_size = elementCount(out);
        return {out};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        float* y = out[0].data;
        if (in.size() == 1) { // Sum/Max/Min of one input: a (possibly broadcasting) copy
            m_steps[0].run(in[0].data, in[0].data, y, [](float a, float) { return a; });
            return;
        }
        apply(m_steps[0], in[0].data, in[1].data, y);
        for (size_t i = 2; i < in.size(); ++i)
            apply(m_steps[i - 1], y, in[i].data, y);
    }

    int64_t operations() const override {
        return m_size * static_cast<int64_t>(std::max<size_t>(m_steps.size(), 1));
    }

private:
    void apply(const BinaryBroadcast& step, const float* a, const float* b, float* y) const {
        switch (m_op) {
        case Arithmetic::Add:
            step.run(a, b, y, [](float u, float v) { return u + v; });
            break;
        case Arithmetic::Sub:
            step.run(a, b, y, [](float u, float v) { return u - v; });
            break;
        case Arithmetic::Mul:
            step.run(a, b, y, [](float u, float v) { return u * v; });
            break;
        case Arithmetic::Div:
            step.run(a, b, y, [](float u, float v) { return u / v; });
            break;
        case Arithmetic::Max: // NaN propagates, as in ONNX's reference
            step.run(a, b, y, [](float u, float v) { return u != u || u > v ? u : v; });
            break;
        case Arithmetic::Min:
            step.run(a, b, y, [](float u, float v) { return u != u || u < v ? u : v; });
            break;
        }
    }

    NodeContext m_node;
    Arithmetic m_op;
    std::vector<BinaryBroadcast> m_steps;
    int64_t m_size = 0;
};

template <Arithmetic op> std::unique_ptr<Layer> makeBinary(const LayerSetup& setup) {
    checkInputs(setup, 2, 2);
    return std::make_unique<BinaryOpLayer>(setup, op);
}

template <Arithmetic op> std::unique_ptr<Layer> makeVariadic(const LayerSetup& setup) {
    const size_t count = std::max<size_t>(setup.node.inputs.size(), 1); // at least one, none omitted
    checkInputs(setup, count, count);
    return std::make_unique<BinaryOpLayer>(setup, op);
}

} // namespace

DYVE_REGISTER_LAYER("Add", makeBinary<Arithmetic::Add>);
DYVE_REGISTER_LAYER("Sub", makeBinary<Arithmetic::Sub>);
DYVE_REGISTER_LAYER("Mul", makeBinary<Arithmetic::Mul>);
DYVE_REGISTER_LAYER("Div", makeBinary<Arithmetic::Div>);
DYVE_REGISTER_LAYER("Sum", makeVariadic<Arithmetic::Add>);
DYVE_REGISTER_LAYER("Max", makeVariadic<Arithmetic::Max>);
DYVE_REGISTER_LAYER("Min", makeVariadic<Arithmetic::Min>);

} // namespace dyve
