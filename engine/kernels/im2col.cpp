#include "kernels/im2col.h"

#include "kernels/vector_clones.h"

#include <algorithm>

namespace dyve {

DYVE_VECTOR_CLONES
void im2col(const float* __restrict input, int64_t channels, const WindowGeometry& g, int64_t first,
            int64_t end, float* __restrict columns, int64_t stride) {
    const int64_t kh = g.kernel[0], kw = g.kernel[1];
    const int64_t inH = g.in[0], inW = g.in[1], outW = g.out[1];
    const int64_t strideH = g.stride[0], strideW = g.stride[1];
    const int64_t rows = channels * kh * kw;
    if (end <= first) return;
    const int64_t firstRow = first / outW, lastRow = (end - 1) / outW;

    for (int64_t r = 0; r < rows; ++r) {
        const int64_t c = r / (kh * kw);
        const int64_t ky = (r / kw) % kh;
        const int64_t kx = r % kw;
        const float* plane = input + c * inH * inW;
        float* row = columns + r * stride;
        const int64_t offsetH = ky * g.dilation[0] - g.padBegin[0];
        const int64_t offsetW = kx * g.dilation[1] - g.padBegin[1];
        const auto [inBegin, inEnd] = insideRange(offsetW, strideW, inW, outW);
        for (int64_t y = firstRow; y <= lastRow; ++y) {
            // This output row's share of [first, end), and the part of it that reads the image.
            const int64_t from = std::max<int64_t>(0, first - y * outW), to = std::min(outW, end - y * outW);
            const int64_t xBegin = std::clamp(inBegin, from, to), xEnd = std::clamp(inEnd, xBegin, to);
            // Column of output position (y, x) is y·outW + x − first; dst points at x = from's.
            float* dst = row + (y * outW + from - first);
            const int64_t iy = y * strideH + offsetH;
            if (iy < 0 || iy >= inH) {
                std::fill(dst, dst + (to - from), 0.0f);
                continue;
            }
            // Plain loops, not memcpy and memset: the runs are one output row long, 8 to 55 floats in the
            // zoo's late layers, where a library call per run cost as much as the GEMM that reads the
            // columns.
            const float* src = plane + iy * inW;
            for (int64_t x = from; x < xBegin; ++x)
                dst[x - from] = 0.0f;
            if (strideW == 1) {
                for (int64_t x = xBegin; x < xEnd; ++x)
                    dst[x - from] = src[x + offsetW];
            } else if (strideW == 2) {
                for (int64_t x = xBegin; x < xEnd; ++x)
                    dst[x - from] = src[x * 2 + offsetW];
            } else {
                for (int64_t x = xBegin; x < xEnd; ++x)
                    dst[x - from] = src[x * strideW + offsetW];
            }
            for (int64_t x = xEnd; x < to; ++x)
                dst[x - from] = 0.0f;
        }
    }
}

} // namespace dyve
