#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>

namespace dyve {

namespace {

// Joins its inputs along `axis` (negative counts from the end, opset ≥ 11). Every input has the same
// rank and the same dimensions except along the axis. Copies one operation per output element, unless the
// inputs are already in place.
class ConcatLayer : public Layer {
public:
    explicit ConcatLayer(const LayerSetup& setup) : m_node(setup), m_axis(setup.node.getInt("axis", 0)) {
        if (!setup.node.has("axis")) setup.fail("attribute 'axis' is required");
    }

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& first = inputs.at(0);
        const int64_t rank = static_cast<int64_t>(first.size());
        if (rank == 0) m_node.fail("cannot concatenate scalars");
        const int64_t axis = normaliseAxis(m_node, m_axis, rank);
        Shape out = first;
        out[axis] = 0;
        for (size_t i = 0; i < inputs.size(); ++i) {
            const Shape& s = inputs[i];
            bool fits = static_cast<int64_t>(s.size()) == rank;
            for (int64_t d = 0; fits && d < rank; ++d)
                fits = d == axis || s[d] == first[d];
            if (!fits)
                m_node.fail("input " + std::to_string(i) + " of shape " + toString(s) +
                            " does not match input 0 of shape " + toString(first) + " outside axis " +
                            std::to_string(axis));
            out[axis] += s[axis];
        }
        m_outer = 1;
        for (int64_t d = 0; d < axis; ++d)
            m_outer *= first[d];
        int64_t inner = 1;
        for (int64_t d = axis + 1; d < rank; ++d)
            inner *= first[d];
        m_blocks.clear();
        for (const Shape& s : inputs)
            m_blocks.push_back(s[axis] * inner);
        m_size = elementCount(out);
        return {out};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        float* y = out[0].data;
        for (int64_t o = 0; o < m_outer; ++o)
            for (size_t i = 0; i < in.size(); ++i) {
                const float* x = in[i].data + o * m_blocks[i];
                // An input its producer wrote where the output holds it (runtime/network.cpp plans that when
                // the parts are contiguous) is not copied.
                y = x == y ? y + m_blocks[i] : std::copy(x, x + m_blocks[i], y);
            }
    }

    int64_t operations() const override { return m_size; }

private:
    NodeContext m_node;
    int64_t m_axis;
    int64_t m_outer = 1;
    std::vector<int64_t> m_blocks; // contiguous values each input contributes per outer index
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeConcat(const LayerSetup& setup) {
    const size_t count = std::max<size_t>(setup.node.inputs.size(), 1); // at least one, none omitted
    checkInputs(setup, count, count);
    return std::make_unique<ConcatLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("Concat", makeConcat);

} // namespace dyve
