#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>
#include <cmath>

namespace dyve {

namespace {

// Softmax and LogSoftmax over one axis. ONNX changed what the axis means at opset 13:
// - opset < 13: the input is coerced to 2-D at `axis` (default 1), and the normalisation runs over the
//   whole flattened block of dimensions axis…rank−1;
// - opset ≥ 13: it runs over dimension `axis` alone (default −1).
// Caffe models (opset 0 in our graph) mean the per-axis form, with Caffe's default axis 1.
// Both become (outer, n, inner): normalise over n values spaced `inner` apart.
// Counted as 3 operations per element (SPEC §4.6): the max pass, the exponential-and-sum pass, and the
// scaling (or log-offset) pass.
class SoftmaxLayer : public Layer {
public:
    SoftmaxLayer(const LayerSetup& setup, bool log) : m_node(setup), m_log(log) {
        const int64_t opset = setup.graph.opsetVersion;
        m_coerce2d = opset > 0 && opset < 13;
        m_axis = setup.node.getInt("axis", opset >= 13 ? -1 : 1);
    }

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        const int64_t rank = static_cast<int64_t>(x.size());
        const int64_t axis = normaliseAxis(m_node, m_axis, std::max<int64_t>(rank, 1));
        m_outer = 1;
        m_n = 1;
        m_inner = 1;
        for (int64_t d = 0; d < rank; ++d) {
            if (d < axis)
                m_outer *= x[d];
            else if (d == axis || m_coerce2d)
                m_n *= x[d];
            else
                m_inner *= x[d];
        }
        m_scratch.assign(static_cast<size_t>(2 * m_inner), 0.0f);
        return {x};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        if (m_n == 0) return;
        for (int64_t o = 0; o < m_outer; ++o) {
            const float* x = in[0].data + o * m_n * m_inner;
            float* y = out[0].data + o * m_n * m_inner;
            if (m_inner == 1)
                normaliseContiguous(x, y);
            else
                normaliseStrided(x, y);
        }
    }

    int64_t operations() const override { return 3 * m_outer * m_n * m_inner; }

private:
    // n contiguous values (the usual classifier head).
    void normaliseContiguous(const float* x, float* y) const {
        float max = x[0];
        for (int64_t i = 1; i < m_n; ++i)
            max = std::max(max, x[i]);
        float sum = 0.0f;
        for (int64_t i = 0; i < m_n; ++i) {
            y[i] = std::exp(x[i] - max);
            sum += y[i];
        }
        if (m_log) {
            const float offset = max + std::log(sum);
            for (int64_t i = 0; i < m_n; ++i)
                y[i] = x[i] - offset;
        } else {
            const float scale = 1.0f / sum;
            for (int64_t i = 0; i < m_n; ++i)
                y[i] *= scale;
        }
    }

    // n rows of `inner` contiguous values, normalised column-wise: the loops run along the rows so they
    // stay contiguous and vectorise.
    void normaliseStrided(const float* x, float* y) {
        const int64_t inner = m_inner;
        float* max = m_scratch.data();
        float* sum = max + inner;
        std::copy(x, x + inner, max);
        for (int64_t i = 1; i < m_n; ++i)
            for (int64_t j = 0; j < inner; ++j)
                max[j] = std::max(max[j], x[i * inner + j]);
        std::fill(sum, sum + inner, 0.0f);
        for (int64_t i = 0; i < m_n; ++i)
            for (int64_t j = 0; j < inner; ++j) {
                y[i * inner + j] = std::exp(x[i * inner + j] - max[j]);
                sum[j] += y[i * inner + j];
            }
        if (m_log) {
            for (int64_t j = 0; j < inner; ++j)
                sum[j] = max[j] + std::log(sum[j]);
            for (int64_t i = 0; i < m_n; ++i)
                for (int64_t j = 0; j < inner; ++j)
                    y[i * inner + j] = x[i * inner + j] - sum[j];
        } else {
            for (int64_t j = 0; j < inner; ++j)
                sum[j] = 1.0f / sum[j];
            for (int64_t i = 0; i < m_n; ++i)
                for (int64_t j = 0; j < inner; ++j)
                    y[i * inner + j] *= sum[j];
        }
    }

    NodeContext m_node;
    bool m_log;
    bool m_coerce2d = false;
    int64_t m_axis = 1;
    int64_t m_outer = 1, m_n = 1, m_inner = 1;
    std::vector<float> m_scratch; // per-column max and sum, sized at plan time
};

std::unique_ptr<Layer> makeSoftmax(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<SoftmaxLayer>(setup, false);
}

std::unique_ptr<Layer> makeLogSoftmax(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<SoftmaxLayer>(setup, true);
}

} // namespace

DYVE_REGISTER_LAYER("Softmax", makeSoftmax);
DYVE_REGISTER_LAYER("LogSoftmax", makeLogSoftmax);

} // namespace dyve
