#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>

namespace dyve {

namespace {

// Inserts size-1 dimensions at `axes` (an attribute up to opset 12, a constant input from 13), which
// index the output: negative axes count from the output's end, in any order, without repeats.
class UnsqueezeLayer : public Layer {
public:
    UnsqueezeLayer(const LayerSetup& setup, std::vector<int64_t> axes)
        : m_node(setup), m_axes(std::move(axes)) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        const int64_t rank = static_cast<int64_t>(x.size() + m_axes.size());
        std::vector<bool> inserted(static_cast<size_t>(rank), false);
        for (int64_t a : m_axes) {
            const int64_t axis = normaliseAxis(m_node, a, rank);
            if (inserted[axis])
                m_node.fail("axes " + toList(m_axes) + " name axis " + std::to_string(axis) + " twice");
            inserted[axis] = true;
        }
        Shape out;
        size_t next = 0;
        for (int64_t d = 0; d < rank; ++d)
            out.push_back(inserted[d] ? 1 : x[next++]);
        m_size = elementCount(x);
        return {out};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        std::copy(in[0].data, in[0].data + m_size, out[0].data);
    }

    int64_t operations() const override { return m_size; }

private:
    NodeContext m_node;
    std::vector<int64_t> m_axes;
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeUnsqueeze(const LayerSetup& setup) {
    checkInputs(setup, 1, 2, {1});
    std::vector<int64_t> axes;
    if (!intsOperand(setup, 1, "axes", axes)) setup.fail("has no axes (attribute or input)");
    return std::make_unique<UnsqueezeLayer>(setup, std::move(axes));
}

} // namespace

DYVE_REGISTER_LAYER("Unsqueeze", makeUnsqueeze);

} // namespace dyve
