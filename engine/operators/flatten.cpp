#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>

namespace dyve {

namespace {

// Reshapes to 2-D: dimensions before `axis` (default 1) become the rows, the rest the columns. The axis
// may be negative (opset ≥ 11), 0 (a single row) or the rank (a single column). Data is copied as is.
class FlattenLayer : public Layer {
public:
    explicit FlattenLayer(const LayerSetup& setup) : m_node(setup), m_axis(setup.node.getInt("axis", 1)) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        const int64_t rank = static_cast<int64_t>(x.size());
        if (m_axis < -rank || m_axis > rank)
            m_node.fail("axis " + std::to_string(m_axis) + " is out of range for rank " +
                        std::to_string(rank));
        const int64_t axis = m_axis < 0 ? m_axis + rank : m_axis;
        int64_t rows = 1, cols = 1;
        for (int64_t d = 0; d < rank; ++d)
            (d < axis ? rows : cols) *= x[d];
        m_size = rows * cols;
        return {{rows, cols}};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        std::copy(in[0].data, in[0].data + m_size, out[0].data);
    }

    int64_t operations() const override { return m_size; }

private:
    NodeContext m_node;
    int64_t m_axis;
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeFlatten(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<FlattenLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("Flatten", makeFlatten);

} // namespace dyve
