#include "kernels/strided_copy.h"
#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>

namespace dyve {

namespace {

// Permutes the dimensions: output dimension k is input dimension perm[k]; without `perm` the order is
// reversed (ONNX). One operation per output element.
class TransposeLayer : public Layer {
public:
    explicit TransposeLayer(const LayerSetup& setup)
        : m_node(setup), m_reverse(!setup.node.has("perm")), m_perm(setup.node.getInts("perm")) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        const size_t rank = x.size();
        std::vector<int64_t> perm = m_perm;
        if (m_reverse) {
            perm.resize(rank);
            for (size_t k = 0; k < rank; ++k)
                perm[k] = static_cast<int64_t>(rank - 1 - k);
        }
        std::vector<bool> seen(rank, false);
        bool valid = perm.size() == rank;
        for (size_t k = 0; valid && k < rank; ++k) {
            valid = perm[k] >= 0 && perm[k] < static_cast<int64_t>(rank) && !seen[perm[k]];
            if (valid) seen[perm[k]] = true;
        }
        if (!valid)
            m_node.fail("perm " + toList(perm) + " is not a permutation of the input's " +
                        std::to_string(rank) + " dimensions");

        std::vector<int64_t> inStride(rank, 1);
        for (size_t d = rank; d-- > 1;)
            inStride[d - 1] = inStride[d] * x[d];
        m_dims.assign(rank, 1);
        m_strides.assign(rank, 0);
        for (size_t k = 0; k < rank; ++k) {
            m_dims[k] = x[perm[k]];
            m_strides[k] = inStride[perm[k]];
        }
        if (rank == 0) {
            m_dims = {1};
            m_strides = {1};
        }
        m_size = elementCount(x);
        Shape out(rank);
        for (size_t k = 0; k < rank; ++k)
            out[k] = x[perm[k]];
        return {out};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        if (m_size == 0) return;
        copyStrided(in[0].data, m_dims, m_strides, out[0].data, m_index);
    }

    int64_t operations() const override { return m_size; }

private:
    NodeContext m_node;
    bool m_reverse;
    std::vector<int64_t> m_perm;
    std::vector<int64_t> m_dims, m_strides; // output dimensions and the input stride along each
    std::vector<int64_t> m_index;           // copyStrided's odometer
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeTranspose(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<TransposeLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("Transpose", makeTranspose);

} // namespace dyve
