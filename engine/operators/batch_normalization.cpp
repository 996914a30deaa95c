#include "kernels/parallel_for.h"
#include "kernels/thread_bands.h"
#include "operators/layer.h"
#include "operators/node_context.h"

#include <cmath>

namespace dyve {

namespace {

// ONNX BatchNormalization in inference mode: y = (x − mean)/√(var + ε)·scale + B per channel. Most are
// folded into the preceding Conv at load (graph/fold_batch_norm.cpp, SPEC §4.1); this runs the rest, whose
// parameters may even be computed. Training mode and opset 7's per-activation variant (spatial=0) are not
// supported; the training outputs (running mean and variance) are not produced.
class BatchNormalizationLayer : public Layer {
public:
    explicit BatchNormalizationLayer(const LayerSetup& setup) : m_context(setup) {
        for (size_t i = 0; i < 5; ++i)
            if (!setup.hasInput(i)) m_context.fail("needs five inputs (X, scale, B, mean, var)");
        if (setup.node.getInt("training_mode", 0) != 0)
            m_context.unsupported("training_mode=1 is not supported");
        if (setup.node.getInt("spatial", 1) != 1) m_context.unsupported("spatial=0 is not supported");
        m_epsilon = setup.node.getFloat("epsilon", 1e-5f);
    }

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        if (x.size() < 2) m_context.fail("input of shape " + toString(x) + " needs rank 2 or more (N×C×...)");
        m_batch = x[0];
        m_channels = x[1];
        m_planeSize = m_batch * m_channels > 0 ? elementCount(x) / (m_batch * m_channels) : 0;
        static const char* const names[] = {"", "scale", "B", "mean", "var"};
        for (size_t i = 1; i < 5; ++i)
            if (elementCount(inputs.at(i)) != m_channels || inputs[i].size() != 1)
                m_context.fail(std::string(names[i]) + " of shape " + toString(inputs[i]) +
                               " does not match " + std::to_string(m_channels) + " channels");
        m_multiplier.assign(static_cast<size_t>(m_channels), 0.0f);
        m_offset.assign(static_cast<size_t>(m_channels), 0.0f);
        return {x};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const float *scale = in[1].data, *shift = in[2].data, *mean = in[3].data, *var = in[4].data;
        for (int64_t c = 0; c < m_channels; ++c) {
            const float k = scale[c] / std::sqrt(var[c] + m_epsilon);
            m_multiplier[static_cast<size_t>(c)] = k;
            m_offset[static_cast<size_t>(c)] = shift[c] - mean[c] * k;
        }
        const float* x = in[0].data;
        float* y = out[0].data;
        const int64_t size = m_planeSize, channels = m_channels;
        const float* multiplier = m_multiplier.data();
        const float* offset = m_offset.data();
        const int threads = threadsFor(operations(), this->threads());
        parallelFor(m_batch * channels, threads, [&](int64_t p) {
            const float k = multiplier[p % channels], b = offset[p % channels];
            const float* src = x + p * size;
            float* dst = y + p * size;
            for (int64_t i = 0; i < size; ++i)
                dst[i] = src[i] * k + b;
        });
    }

    int64_t operations() const override { return m_batch * m_channels * m_planeSize; }

private:
    NodeContext m_context;
    float m_epsilon = 1e-5f;
    int64_t m_batch = 0, m_channels = 0, m_planeSize = 0;
    std::vector<float> m_multiplier,
        m_offset; // per channel, recomputed each run: the parameters may be computed
};

std::unique_ptr<Layer> makeBatchNormalization(const LayerSetup& setup) {
    return std::make_unique<BatchNormalizationLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("BatchNormalization", makeBatchNormalization);

} // namespace dyve
