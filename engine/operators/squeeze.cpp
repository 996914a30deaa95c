#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>

namespace dyve {

namespace {

// Removes dimensions of size 1: those listed in `axes` (an attribute up to opset 12, a constant input
// from 13; negative from the end), or every size-1 dimension when there are none.
class SqueezeLayer : public Layer {
public:
    SqueezeLayer(const LayerSetup& setup, bool listed, std::vector<int64_t> axes)
        : m_node(setup), m_listed(listed), m_axes(std::move(axes)) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        const int64_t rank = static_cast<int64_t>(x.size());
        std::vector<bool> drop(x.size(), false);
        if (m_listed) {
            for (int64_t a : m_axes) {
                const int64_t axis = normaliseAxis(m_node, a, rank);
                if (x[axis] != 1)
                    m_node.fail("cannot squeeze axis " + std::to_string(a) + " of size " +
                                std::to_string(x[axis]) + " (input shape " + toString(x) + ")");
                drop[axis] = true;
            }
        } else {
            for (int64_t d = 0; d < rank; ++d)
                drop[d] = x[d] == 1;
        }
        Shape out;
        for (int64_t d = 0; d < rank; ++d)
            if (!drop[d]) out.push_back(x[d]);
        m_size = elementCount(x);
        return {out};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        std::copy(in[0].data, in[0].data + m_size, out[0].data);
    }

    int64_t operations() const override { return m_size; }

private:
    NodeContext m_node;
    bool m_listed;
    std::vector<int64_t> m_axes;
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeSqueeze(const LayerSetup& setup) {
    checkInputs(setup, 1, 2, {1});
    std::vector<int64_t> axes;
    // An empty axes list squeezes every size-1 dimension, as no list does (what onnxruntime does).
    const bool listed = intsOperand(setup, 1, "axes", axes) && !axes.empty();
    return std::make_unique<SqueezeLayer>(setup, listed, std::move(axes));
}

} // namespace

DYVE_REGISTER_LAYER("Squeeze", makeSqueeze);

} // namespace dyve
