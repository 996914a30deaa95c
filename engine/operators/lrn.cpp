#include "kernels/parallel_for.h"
#include "kernels/thread_bands.h"
#include "operators/layer.h"
#include "operators/node_context.h"

#include <algorithm>
#include <cmath>

namespace dyve {

namespace {

// ONNX LRN across channels: y = x · (bias + alpha/size · Σ x²)^−beta, the sum over channels
// c − ⌊(size−1)/2⌋ … c + ⌈(size−1)/2⌉ that exist. Caffe's ACROSS_CHANNELS LRN is the
// same formula.
class LrnLayer : public Layer {
public:
    explicit LrnLayer(const LayerSetup& setup) : m_context(setup) {
        if (!setup.node.has("size")) m_context.fail("has no size");
        m_size = setup.node.getInt("size", 1);
        if (m_size < 1) m_context.fail("size must be positive");
        m_alpha = setup.node.getFloat("alpha", 1e-4f);
        m_beta = setup.node.getFloat("beta", 0.75f);
        m_bias = setup.node.getFloat("bias", 1.0f);
    }

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        if (x.size() < 2) m_context.fail("input of shape " + toString(x) + " needs rank 2 or more (N×C×...)");
        m_batch = x[0];
        m_channels = x[1];
        m_planeSize = m_batch * m_channels > 0 ? elementCount(x) / (m_batch * m_channels) : 0;
        return {x};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const float* x = in[0].data;
        float* y = out[0].data;
        const int64_t size = m_planeSize, channels = m_channels;
        const int64_t before = (m_size - 1) / 2, after = m_size - 1 - before;
        const float scale = m_alpha / static_cast<float>(m_size), bias = m_bias, beta = m_beta;
        const int threads = threadsFor(operations(), this->threads());
        parallelFor(m_batch * channels, threads, [&](int64_t p) {
            const int64_t n = p / channels, c = p % channels;
            const float* image = x + n * channels * size;
            float* dst = y + p * size;
            // The output plane accumulates the square sum first, then becomes the result in place.
            std::fill(dst, dst + size, 0.0f);
            for (int64_t j = std::max<int64_t>(0, c - before); j <= std::min(channels - 1, c + after); ++j) {
                const float* src = image + j * size;
                for (int64_t i = 0; i < size; ++i)
                    dst[i] += src[i] * src[i];
            }
            const float* src = image + c * size;
            if (beta == 0.75f) {
                // The usual beta (AlexNet, SqueezeNet's Caffe ancestors): t^−3/4 = 1/(√t·√√t), which
                // vectorises, where pow does not.
                for (int64_t i = 0; i < size; ++i) {
                    const float t = bias + scale * dst[i];
                    const float root = std::sqrt(t);
                    dst[i] = src[i] / (root * std::sqrt(root));
                }
            } else {
                for (int64_t i = 0; i < size; ++i)
                    dst[i] = src[i] * std::pow(bias + scale * dst[i], -beta);
            }
        });
    }

    int64_t operations() const override { return m_batch * m_channels * m_planeSize; }

private:
    NodeContext m_context;
    int64_t m_size = 1;
    float m_alpha = 1e-4f, m_beta = 0.75f, m_bias = 1.0f;
    int64_t m_batch = 0, m_channels = 0, m_planeSize = 0;
};

std::unique_ptr<Layer> makeLrn(const LayerSetup& setup) {
    return std::make_unique<LrnLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("LRN", makeLrn);

} // namespace dyve
