#include "kernels/matrix_multiply.h"
#include "operators/layer.h"
#include "operators/node_context.h"

#include <algorithm>

namespace dyve {

namespace {

// ONNX MatMul with numpy's semantics: the last two axes multiply, the leading ones broadcast, and a 1-D
// operand is a row (A) or a column (B) whose axis the result drops. Operands may be constants or computed.
class MatMulLayer : public Layer {
public:
    explicit MatMulLayer(const LayerSetup& setup) : m_context(setup) {
        if (!setup.hasInput(0) || !setup.hasInput(1)) m_context.fail("needs inputs A and B");
    }

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        Shape a = inputs.at(0), b = inputs.at(1);
        if (a.empty() || b.empty())
            m_context.fail("operands of shape " + toString(a) + " and " + toString(b) +
                           " must have rank 1 or more");
        const bool aVector = a.size() == 1, bVector = b.size() == 1;
        if (aVector) a.insert(a.begin(), 1);
        if (bVector) b.push_back(1);
        m_M = a[a.size() - 2];
        m_K = a.back();
        m_N = b.back();
        if (b[b.size() - 2] != m_K)
            m_context.fail("A of shape " + toString(inputs[0]) + " and B of shape " + toString(inputs[1]) +
                           " do not multiply");

        // Broadcast the batch axes, right-aligned; a size-1 axis repeats its only matrix (offset step 0).
        const size_t rankA = a.size() - 2, rankB = b.size() - 2, rank = std::max(rankA, rankB);
        Shape batch(rank);
        std::vector<int64_t> dimA(rank), dimB(rank);
        for (size_t i = 0; i < rank; ++i) {
            dimA[i] = i < rank - rankA ? 1 : a[i - (rank - rankA)];
            dimB[i] = i < rank - rankB ? 1 : b[i - (rank - rankB)];
            if (dimA[i] != dimB[i] && dimA[i] != 1 && dimB[i] != 1)
                m_context.fail("batch axes of A of shape " + toString(inputs[0]) + " and B of shape " +
                               toString(inputs[1]) + " do not broadcast");
            batch[i] = dimA[i] == 1 ? dimB[i] : dimA[i];
        }
        const int64_t count = elementCount(batch);
        m_offsetsA.assign(static_cast<size_t>(count), 0);
        m_offsetsB.assign(static_cast<size_t>(count), 0);
        for (int64_t t = 0; t < count; ++t) {
            int64_t rest = t, indexA = 0, indexB = 0, strideA = 1, strideB = 1;
            for (size_t i = rank; i-- > 0;) {
                const int64_t coordinate = rest % batch[i];
                rest /= batch[i];
                if (dimA[i] != 1) indexA += coordinate * strideA;
                if (dimB[i] != 1) indexB += coordinate * strideB;
                strideA *= dimA[i];
                strideB *= dimB[i];
            }
            m_offsetsA[static_cast<size_t>(t)] = indexA * m_M * m_K;
            m_offsetsB[static_cast<size_t>(t)] = indexB * m_K * m_N;
        }
        // One B for every matrix of a contiguous A (a fully connected layer over a batch or a sequence):
        // stacking A's matrices makes one large product instead of many small ones.
        m_stacked = count > 1;
        for (int64_t t = 0; t < count && m_stacked; ++t)
            m_stacked = m_offsetsB[static_cast<size_t>(t)] == 0 &&
                        m_offsetsA[static_cast<size_t>(t)] == t * m_M * m_K;

        Shape y = batch;
        if (!aVector) y.push_back(m_M);
        if (!bVector) y.push_back(m_N);
        return {y};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const float* a = in[0].data;
        const float* b = in[1].data;
        float* y = out[0].data;
        if (m_stacked) {
            const int64_t rows = static_cast<int64_t>(m_offsetsA.size()) * m_M;
            multiplyMatrices(false, false, rows, m_N, m_K, 1.0f, a, m_K, b, m_N, 0.0f, y, m_N, threads());
            return;
        }
        for (size_t t = 0; t < m_offsetsA.size(); ++t)
            multiplyMatrices(false, false, m_M, m_N, m_K, 1.0f, a + m_offsetsA[t], m_K, b + m_offsetsB[t],
                             m_N, 0.0f, y + static_cast<int64_t>(t) * m_M * m_N, m_N, threads());
    }

    int64_t operations() const override { return static_cast<int64_t>(m_offsetsA.size()) * m_M * m_N * m_K; }

private:
    NodeContext m_context;
    int64_t m_M = 0, m_N = 0, m_K = 0;
    std::vector<int64_t> m_offsetsA, m_offsetsB; // per output matrix, where its operands start
    bool m_stacked = false;
};

std::unique_ptr<Layer> makeMatMul(const LayerSetup& setup) {
    return std::make_unique<MatMulLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("MatMul", makeMatMul);

} // namespace dyve
