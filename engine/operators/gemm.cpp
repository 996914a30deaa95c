#include "kernels/matrix_multiply.h"
#include "operators/layer.h"
#include "operators/node_context.h"

namespace dyve {

namespace {

// ONNX Gemm: Y = alpha·op(A)·op(B) + beta·C, A and B 2-D (constants or computed), C optional and
// broadcast to M×N in one direction (SPEC §4.1). Fully connected layers at batch 1 are a single row,
// which multiplyMatrices sends to sgemv.
class GemmLayer : public Layer {
public:
    explicit GemmLayer(const LayerSetup& setup) : m_context(setup) {
        if (!setup.hasInput(0) || !setup.hasInput(1)) m_context.fail("needs inputs A and B");
        m_alpha = setup.node.getFloat("alpha", 1.0f);
        m_beta = setup.node.getFloat("beta", 1.0f);
        m_transA = setup.node.getInt("transA", 0) != 0;
        m_transB = setup.node.getInt("transB", 0) != 0;
        m_hasC = setup.hasInput(2);
    }

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& a = inputs.at(0);
        const Shape& b = inputs.at(1);
        if (a.size() != 2 || b.size() != 2)
            m_context.fail("A of shape " + toString(a) + " and B of shape " + toString(b) +
                           " must both be 2-D");
        m_M = m_transA ? a[1] : a[0];
        m_K = m_transA ? a[0] : a[1];
        m_N = m_transB ? b[0] : b[1];
        const int64_t kB = m_transB ? b[1] : b[0];
        // At a narrower width (Layer::setWidth) a fully connected layer reads the features it is given, the
        // first rows of B (with transB, the first columns of its rows).
        m_ldb = m_transB ? kB : m_N;
        const bool firstFeatures = width() < 1.0 && !m_transA && m_K < kB;
        if (m_K != kB && !firstFeatures)
            m_context.fail("A of shape " + toString(a) + (m_transA ? " (transposed)" : "") +
                           " and B of shape " + toString(b) + (m_transB ? " (transposed)" : "") +
                           " do not multiply");
        if (m_hasC) {
            // Unidirectional broadcasting: C's dimensions, aligned right, are 1 or equal to Y's.
            const Shape& c = inputs.at(2);
            const bool fits = c.size() <= 2 && (c.size() < 1 || c.back() == 1 || c.back() == m_N) &&
                              (c.size() < 2 || c[0] == 1 || c[0] == m_M);
            if (!fits)
                m_context.fail("C of shape " + toString(c) + " does not broadcast to " + std::to_string(m_M) +
                               "x" + std::to_string(m_N));
            m_cRowStride = c.size() == 2 && c[0] != 1 ? c[1] : 0;
            m_cColumnStride = !c.empty() && c.back() != 1 ? 1 : 0;
        }
        return {{m_M, m_N}};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        float* y = out[0].data;
        float beta = 0.0f;
        if (m_hasC && m_beta != 0.0f) {
            const float* c = in[2].data;
            for (int64_t i = 0; i < m_M; ++i)
                for (int64_t j = 0; j < m_N; ++j)
                    y[i * m_N + j] = m_beta * c[i * m_cRowStride + j * m_cColumnStride];
            beta = 1.0f;
        }
        const int64_t lda = m_transA ? m_M : m_K;
        multiplyMatrices(m_transA, m_transB, m_M, m_N, m_K, m_alpha, in[0].data, lda, in[1].data, m_ldb, beta,
                         y, m_N, threads());
    }

    int64_t operations() const override { return m_M * m_N * m_K; }

private:
    NodeContext m_context;
    float m_alpha = 1.0f, m_beta = 1.0f;
    bool m_transA = false, m_transB = false, m_hasC = false;
    int64_t m_M = 0, m_N = 0, m_K = 0;
    int64_t m_ldb = 0; // B's row stride: its rows may be longer than K at a narrower width
    int64_t m_cRowStride = 0, m_cColumnStride = 0; // 0 along a broadcast axis
};

std::unique_ptr<Layer> makeGemm(const LayerSetup& setup) {
    return std::make_unique<GemmLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("Gemm", makeGemm);

} // namespace dyve
