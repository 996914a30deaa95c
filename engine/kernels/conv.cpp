#include "kernels/im2col.h"
#include "kernels/layer.h"
#include "kernels/matrix_multiply.h"
#include "kernels/node_context.h"
#include "kernels/parallel_for.h"
#include "kernels/thread_bands.h"
#include "kernels/vector_clones.h"
#include "kernels/window_geometry.h"

#include <algorithm>

namespace dyve {

namespace {

// One output plane of a depthwise convolution from its input plane: each output row accumulates kH·kW
// shifted input rows, a contiguous multiply-add when the stride is 1, split by insideRange so that no
// element tests for padding.
DYVE_VECTOR_CLONES
void depthwisePlane(const float* __restrict plane, const float* __restrict w, float bias,
                    const WindowGeometry& g, float* __restrict out) {
    const int64_t kh = g.kernel[0], kw = g.kernel[1];
    const int64_t inH = g.in[0], inW = g.in[1], outH = g.out[0], outW = g.out[1];
    const int64_t strideW = g.stride[1];
    for (int64_t oy = 0; oy < outH; ++oy) {
        float* row = out + oy * outW;
        std::fill(row, row + outW, bias);
        const int64_t top = oy * g.stride[0] - g.padBegin[0];
        const auto [kyBegin, kyEnd] = insideRange(top, g.dilation[0], inH, kh);
        for (int64_t ky = kyBegin; ky < kyEnd; ++ky) {
            const float* src = plane + (top + ky * g.dilation[0]) * inW;
            for (int64_t kx = 0; kx < kw; ++kx) {
                const float wk = w[ky * kw + kx];
                const int64_t offset = kx * g.dilation[1] - g.padBegin[1];
                const auto [xBegin, xEnd] = insideRange(offset, strideW, inW, outW);
                if (strideW == 1) {
                    for (int64_t ox = xBegin; ox < xEnd; ++ox)
                        row[ox] += wk * src[ox + offset];
                } else {
                    for (int64_t ox = xBegin; ox < xEnd; ++ox)
                        row[ox] += wk * src[ox * strideW + offset];
                }
            }
        }
    }
}

// ONNX Conv, 1-D and 2-D, groups, strides, pads, auto_pad, dilations, optional bias (SPEC §4.1). The dense
// baseline of SPEC §4.2: per image and group one im2col and one sgemm with M = C_out/group,
// N = H_out·W_out, K = C_in/group·kH·kW (Caffe's base_conv_layer); 1×1 stride-1 unpadded convolutions
// multiply the input itself; depthwise convolutions (one input channel per group) run a direct loop, where
// a GEMM of K = kH·kW would be mostly overhead.
class ConvLayer : public Layer {
public:
    explicit ConvLayer(const LayerSetup& setup) : m_context(setup) {
        if (!setup.hasInput(1)) m_context.fail("has no weights input");
        const Tensor* weights = setup.constant(1);
        if (!weights) m_context.unsupported("weights must be constant");
        if (weights->type != DataType::Float32) m_context.fail("weights must be float");
        const Shape& w = weights->shape;
        if (w.size() < 3)
            m_context.fail("weights of shape " + toString(w) +
                           " need rank 3 or more (C_out × C_in/group × kernel)");
        const std::vector<int64_t> kernel(w.begin() + 2, w.end());
        if (setup.node.has("kernel_shape") && setup.node.getInts("kernel_shape") != kernel)
            m_context.fail("kernel_shape disagrees with the weights of shape " + toString(w));
        m_window = readWindowAttributes(setup.node, m_context, kernel);

        m_group = setup.node.getInt("group", 1);
        m_outChannels = w[0];
        m_inChannelsPerGroup = w[1];
        if (m_group < 1) m_context.fail("group must be positive");
        if (m_outChannels < 1 || m_inChannelsPerGroup < 1)
            m_context.fail("weights of shape " + toString(w) + " are empty");
        if (m_outChannels % m_group != 0)
            m_context.fail(std::to_string(m_outChannels) + " output channels do not split into " +
                           std::to_string(m_group) + " groups");
        m_weights = weights->floats; // [C_out][C_in/group·kH·kW]: already each group's GEMM left operand

        if (setup.hasInput(2)) {
            const Tensor* bias = setup.constant(2);
            if (!bias) m_context.unsupported("weights must be constant (the bias is computed)");
            if (bias->type != DataType::Float32 || bias->size() != m_outChannels)
                m_context.fail("bias of shape " + toString(bias->shape) + " does not match " +
                               std::to_string(m_outChannels) + " output channels");
            m_bias = bias->floats;
        }
        m_depthwise = m_inChannelsPerGroup == 1 && m_group > 1;
    }

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        m_geometry = placeWindow(m_window, x, m_context);
        const int64_t inChannels = m_inChannelsPerGroup * m_group;
        if (x[1] != inChannels)
            m_context.fail("input has " + std::to_string(x[1]) + " channels but the weights expect " +
                           std::to_string(inChannels) + " (" + std::to_string(m_inChannelsPerGroup) +
                           " per group × " + std::to_string(m_group) + " groups)");
        m_batch = x[0];
        const WindowGeometry& g = m_geometry;
        m_pointwise = g.kernelSize() == 1 && g.stride[0] == 1 && g.stride[1] == 1 && !g.hasPadding();
        const bool needsColumns = !m_depthwise && !m_pointwise;
        m_columns.assign(
            needsColumns ? static_cast<size_t>(m_inChannelsPerGroup * g.kernelSize() * g.outSize()) : 0,
            0.0f);
        // About 256 KiB of unfolded input a tile (half an L2 cache), in whole GEMM micro-kernel widths.
        const int64_t rows = m_inChannelsPerGroup * g.kernelSize();
        m_tileColumns = std::max<int64_t>(64, (int64_t(65536) / rows) / 16 * 16);

        Shape y = {m_batch, m_outChannels};
        if (m_window.spatialRank == 2) y.push_back(g.out[0]);
        y.push_back(g.out[1]);
        return {y};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        if (m_depthwise)
            forwardDepthwise(in[0].data, out[0].data);
        else
            forwardGemm(in[0].data, out[0].data);
    }

    int64_t operations() const override {
        return m_batch * m_outChannels * m_geometry.outSize() * m_inChannelsPerGroup *
               m_geometry.kernelSize();
    }

private:
    // The output positions are split into one band per thread; each thread unfolds and multiplies its own
    // band for every image and group, so the threads never wait for each other and a band's columns are
    // still in cache when its GEMM reads them.
    void forwardGemm(const float* x, float* y) {
        const int64_t positions = m_geometry.outSize();
        const int threads = threadsFor(operations(), this->threads());
        // Two bands a thread where they stay wide enough for an efficient GEMM, so that a thread that
        // starts late still finds work to share.
        const int64_t bands = positions >= 256 * threads ? 2 * threads : threads;
        parallelFor(bands, threads, [&](int64_t band) {
            const auto [begin, end] =
                threadBand(positions, static_cast<int>(bands), static_cast<int>(band), 16);
            forwardBand(x, y, begin, end);
        });
    }

    // Output positions [begin, end) of every image and output channel.
    void forwardBand(const float* x, float* y, int64_t begin, int64_t end) {
        if (end <= begin) return;
        const WindowGeometry& g = m_geometry;
        const int64_t inPlane = g.inSize(), outPlane = g.outSize();
        const int64_t inChannels = m_inChannelsPerGroup * m_group;
        const int64_t outPerGroup = m_outChannels / m_group;
        const int64_t K = m_inChannelsPerGroup * g.kernelSize();
        // The bias goes in first and the GEMM accumulates onto it (beta = 1): one pass over the output.
        const float beta = m_bias.empty() ? 0.0f : 1.0f;
        for (int64_t n = 0; n < m_batch; ++n) {
            float* yImage = y + n * m_outChannels * outPlane;
            for (size_t c = 0; c < m_bias.size(); ++c)
                std::fill(yImage + static_cast<int64_t>(c) * outPlane + begin,
                          yImage + static_cast<int64_t>(c) * outPlane + end, m_bias[c]);
            for (int64_t grp = 0; grp < m_group; ++grp) {
                const float* xGroup = x + (n * inChannels + grp * m_inChannelsPerGroup) * inPlane;
                const float* weights = m_weights.data() + grp * outPerGroup * K;
                float* yGroup = yImage + grp * outPerGroup * outPlane;
                if (m_pointwise) {
                    multiplyMatrices(false, false, outPerGroup, end - begin, K, 1.0f, weights, K,
                                     xGroup + begin, outPlane, beta, yGroup + begin, outPlane);
                    continue;
                }
                // Unfold and multiply a tile of columns at a time, sized so that the tile is still in the
                // core's cache when the GEMM reads it back.
                for (int64_t tile = begin; tile < end; tile += m_tileColumns) {
                    const int64_t tileEnd = std::min(end, tile + m_tileColumns);
                    im2col(xGroup, m_inChannelsPerGroup, g, tile, tileEnd, m_columns.data(), outPlane);
                    multiplyMatrices(false, false, outPerGroup, tileEnd - tile, K, 1.0f, weights, K,
                                     m_columns.data() + tile, outPlane, beta, yGroup + tile, outPlane);
                }
            }
        }
    }

    void forwardDepthwise(const float* x, float* y) {
        const WindowGeometry& g = m_geometry;
        const int64_t multiplier = m_outChannels / m_group;
        const int threads = threadsFor(operations(), this->threads());
        parallelFor(m_batch * m_outChannels, threads, [&](int64_t p) {
            const int64_t n = p / m_outChannels, oc = p % m_outChannels;
            depthwisePlane(x + (n * m_group + oc / multiplier) * g.inSize(),
                           m_weights.data() + oc * g.kernelSize(),
                           m_bias.empty() ? 0.0f : m_bias[static_cast<size_t>(oc)], g, y + p * g.outSize());
        });
    }

    NodeContext m_context;
    WindowAttributes m_window;
    WindowGeometry m_geometry;
    int64_t m_group = 1;
    int64_t m_outChannels = 0;
    int64_t m_inChannelsPerGroup = 0;
    bool m_depthwise = false;
    bool m_pointwise = false;
    std::vector<float> m_weights; // [C_out][C_in/group·kH·kW]
    std::vector<float> m_bias;    // empty when the node has none
    int64_t m_batch = 0;
    std::vector<float> m_columns; // the im2col matrix of one image and group, sized by plan()
    int64_t m_tileColumns = 0;    // output positions unfolded and multiplied at a time
};

std::unique_ptr<Layer> makeConv(const LayerSetup& setup) {
    return std::make_unique<ConvLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("Conv", makeConv);

} // namespace dyve
