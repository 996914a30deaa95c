#include "kernels/cpu_features.h"
#include "kernels/parallel_for.h"
#include "kernels/thread_bands.h"
#include "kernels/vector_clones.h"
#include "operators/layer.h"
#include "operators/node_context.h"
#include "operators/window_attributes.h"

#include <algorithm>
#include <limits>
#include <vector>

#if DYVE_HAS_AVX512_TARGET
#include <immintrin.h>
#endif

namespace dyve {

namespace {

// Row by row, in two passes: the window's rows first (a contiguous element-wise max of the kH input rows it
// covers, vectorised whatever the strides), then its columns over that one row (kW taps, contiguous when the
// stride is 1). A 3×3 window then costs 2 maxima per input column and 3 per output, where taking all nine
// taps per output at stride 2 read every input element through a strided, scalar loop. The kernel taps that
// fall in the padding are left out of each pass by insideRange, so nothing tests for padding.
DYVE_VECTOR_CLONES
void maxPoolPlane(const WindowGeometry& g, const float* __restrict x, float* __restrict y,
                  float* __restrict rows) {
    const int64_t inW = g.in[1], outW = g.out[1], strideW = g.stride[1];
    for (int64_t oy = 0; oy < g.out[0]; ++oy) {
        const int64_t top = oy * g.stride[0] - g.padBegin[0];
        const auto [kyBegin, kyEnd] = insideRange(top, g.dilation[0], g.in[0], g.kernel[0]);
        std::fill(rows, rows + inW, std::numeric_limits<float>::lowest());
        for (int64_t ky = kyBegin; ky < kyEnd; ++ky) {
            const float* src = x + (top + ky * g.dilation[0]) * inW;
            for (int64_t ix = 0; ix < inW; ++ix)
                rows[ix] = std::max(rows[ix], src[ix]);
        }
        float* row = y + oy * outW;
        std::fill(row, row + outW, std::numeric_limits<float>::lowest());
        for (int64_t kx = 0; kx < g.kernel[1]; ++kx) {
            const int64_t offset = kx * g.dilation[1] - g.padBegin[1];
            const auto [begin, end] = insideRange(offset, strideW, inW, outW);
            if (strideW == 1) {
                for (int64_t ox = begin; ox < end; ++ox)
                    row[ox] = std::max(row[ox], rows[ox + offset]);
            } else if (strideW == 2) {
                for (int64_t ox = begin; ox < end; ++ox)
                    row[ox] = std::max(row[ox], rows[ox * 2 + offset]);
            } else {
                for (int64_t ox = begin; ox < end; ++ox)
                    row[ox] = std::max(row[ox], rows[ox * strideW + offset]);
            }
        }
    }
}

// The 2×2 window of stride 2 without padding that most CNNs pool with, in one pass: each output is the
// largest of two adjacent values of two input rows, a loop of contiguous pairs the compiler vectorises. The
// general two-pass plane above spent most of its time on the bookkeeping of 14-wide rows (the Fashion-MNIST
// CNN's pools took 17% of its time).
DYVE_VECTOR_CLONES
void maxPool2x2Plane(const WindowGeometry& g, const float* __restrict x, float* __restrict y) {
    const int64_t inW = g.in[1], outW = g.out[1];
    for (int64_t oy = 0; oy < g.out[0]; ++oy) {
        const float* a = x + 2 * oy * inW;
        const float* b = a + inW;
        float* row = y + oy * outW;
        for (int64_t ox = 0; ox < outW; ++ox)
            row[ox] = std::max(std::max(a[2 * ox], b[2 * ox]), std::max(a[2 * ox + 1], b[2 * ox + 1]));
    }
}

#if DYVE_HAS_AVX512_TARGET
// _mm512_max_ps, spelt with a full mask: GCC 12 warns about the undefined vector the plain one merges into.
DYVE_AVX512_TARGET inline __m512 maxOf(__m512 p, __m512 q) {
    return _mm512_maskz_max_ps(0xFFFF, p, q);
}

// The lanes [0, n) of a vector of sixteen.
inline __mmask16 firstLanes(int64_t n) {
    return __mmask16(n >= 16 ? 0xFFFF : (1u << n) - 1u);
}

// maxPool2x2Plane with AVX-512, sixteen outputs at a time: the larger of the two input rows over 32 columns,
// then the even and the odd columns of that picked out by two permutes. The rows of the CNNs' small maps
// (28, 14 and 7 columns) are shorter than the vectors the compiler's loop above wants, which then ran them
// one float at a time; here a short row is one masked load per input row and one masked store.
DYVE_AVX512_TARGET
void maxPool2x2PlaneAvx512(const WindowGeometry& g, const float* __restrict x, float* __restrict y) {
    const int64_t inW = g.in[1], outW = g.out[1];
    const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
    const __m512i odd = _mm512_setr_epi32(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
    for (int64_t oy = 0; oy < g.out[0]; ++oy) {
        const float* a = x + 2 * oy * inW;
        const float* b = a + inW;
        float* row = y + oy * outW;
        for (int64_t ox = 0; ox < outW; ox += 16) {
            const int64_t inputs = 2 * std::min<int64_t>(16, outW - ox);
            const __mmask16 low = firstLanes(inputs), high = firstLanes(std::max<int64_t>(0, inputs - 16));
            const float *ax = a + 2 * ox, *bx = b + 2 * ox;
            const __m512 lo = maxOf(_mm512_maskz_loadu_ps(low, ax), _mm512_maskz_loadu_ps(low, bx));
            const __m512 hi =
                maxOf(_mm512_maskz_loadu_ps(high, ax + 16), _mm512_maskz_loadu_ps(high, bx + 16));
            const __m512 pooled =
                maxOf(_mm512_permutex2var_ps(lo, even, hi), _mm512_permutex2var_ps(lo, odd, hi));
            _mm512_mask_storeu_ps(row + ox, firstLanes(inputs / 2), pooled);
        }
    }
}
#endif

// Whether the window is the plain 2×2 of stride 2 whose windows all lie inside the input.
bool isPlain2x2(const WindowGeometry& g) {
    return g.kernel[0] == 2 && g.kernel[1] == 2 && g.stride[0] == 2 && g.stride[1] == 2 &&
           g.dilation[0] == 1 && g.dilation[1] == 1 && !g.hasPadding() && 2 * g.out[0] <= g.in[0] &&
           2 * g.out[1] <= g.in[1];
}

// ONNX MaxPool (opsets 7–17): kernel_shape, strides, pads, auto_pad, ceil_mode, dilations; padding never
// wins. The optional Indices output is not produced: plan() returns one shape and the runtime rejects a
// model that reads the second.
class MaxPoolLayer : public Layer {
public:
    explicit MaxPoolLayer(const LayerSetup& setup)
        : m_context(setup), m_window(readPoolWindow(setup.node, m_context)) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        m_geometry = placeWindow(m_window, x, m_context);
        m_planes = x[0] * x[1];
        m_batch = x[0];
        m_firstPlane = 0;
        Shape y = {x[0], x[1]};
        if (m_window.spatialRank == 2) y.push_back(m_geometry.out[0]);
        y.push_back(m_geometry.out[1]);
        return {y};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const WindowGeometry& g = m_geometry;
        const float* x = in[0].data;
        float* y = out[0].data;
        // A window element costs a fraction of a multiply-accumulate, but the pools of small CIFAR networks
        // still repay a second thread from about 16 k window elements.
        const int threads = threadsFor(operations(), this->threads(), int64_t(1) << 14);
        if (isPlain2x2(g)) {
            auto plane = maxPool2x2Plane;
#if DYVE_HAS_AVX512_TARGET
            if (avx512KernelsEnabled()) plane = maxPool2x2PlaneAvx512;
#endif
            parallelFor(m_planes - m_firstPlane, threads, [&, first = m_firstPlane](int64_t i) {
                plane(g, x + (first + i) * g.inSize(), y + (first + i) * g.outSize());
            });
            return;
        }
        parallelFor(m_planes - m_firstPlane, threads, [&, first = m_firstPlane](int64_t i) {
            const int64_t p = first + i;
            // One input row of window maxima per thread, kept between runs.
            thread_local std::vector<float> rows;
            if (rows.size() < static_cast<size_t>(g.in[1])) rows.resize(static_cast<size_t>(g.in[1]));
            maxPoolPlane(g, x + p * g.inSize(), y + p * g.outSize(), rows.data());
        });
    }

    int64_t operations() const override {
        return (m_planes - m_firstPlane) * m_geometry.outSize() * m_geometry.kernelSize();
    }

    // Widening (Layer::resumeFromChannel): one image's planes are its channels, each pooled alone.
    int64_t resumeFromChannel(int64_t channels) override {
        m_firstPlane = m_batch == 1 ? std::clamp<int64_t>(channels, 0, m_planes) : 0;
        return m_firstPlane;
    }

private:
    NodeContext m_context;
    WindowAttributes m_window;
    WindowGeometry m_geometry;
    int64_t m_planes = 0;
    int64_t m_batch = 0;
    int64_t m_firstPlane = 0; // widening: the first plane forward() pools
};

std::unique_ptr<Layer> makeMaxPool(const LayerSetup& setup) {
    return std::make_unique<MaxPoolLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("MaxPool", makeMaxPool);

} // namespace dyve
