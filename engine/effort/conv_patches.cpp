#include "effort/conv_patches.h"

#include "effort/tile_gemm.h"
#include "kernels/vector_clones.h"

#include <algorithm>
#include <cstring>

namespace dyve {

void padInput(const float* input, int64_t inChannels, const WindowGeometry& g, const int32_t* channels,
              int64_t channelCount, PaddedInput& padded) {
    const int64_t inH = g.in[0], inW = g.in[1];
    if (!g.hasPadding()) {
        padded.planes = input;
        padded.height = inH;
        padded.width = inW;
        return;
    }
    // Tall and wide enough for the input behind padBegin and for the last window (which may stop short of
    // padEnd, or, by the rounding of the output size, reach into it).
    const int64_t top = g.padBegin[0], left = g.padBegin[1];
    const int64_t reachH = (g.out[0] - 1) * g.stride[0] + (g.kernel[0] - 1) * g.dilation[0] + 1;
    const int64_t reachW = (g.out[1] - 1) * g.stride[1] + (g.kernel[1] - 1) * g.dilation[1] + 1;
    const int64_t H = std::max(top + inH, reachH), W = std::max(left + inW, reachW);
    padded.height = H;
    padded.width = W;
    padded.storage.resize(static_cast<size_t>(inChannels * H * W));
    padded.planes = padded.storage.data();
    for (int64_t j = 0; j < channelCount; ++j) {
        const float* src = input + static_cast<int64_t>(channels[j]) * inH * inW;
        float* dst = padded.storage.data() + static_cast<int64_t>(channels[j]) * H * W;
        std::fill(dst, dst + top * W, 0.0f);
        for (int64_t y = 0; y < inH; ++y) {
            float* row = dst + (top + y) * W;
            std::fill(row, row + left, 0.0f);
            std::memcpy(row + left, src + y * inW, static_cast<size_t>(inW) * sizeof(float));
            std::fill(row + left + inW, row + W, 0.0f);
        }
        std::fill(dst + (top + inH) * W, dst + H * W, 0.0f);
    }
}

namespace {

// One patch: for each channel and kernel row, KW values dx apart (KW known at compile time for the common
// widths, so that the copy is a few moves rather than a loop or a memcpy call for 3 or 5 floats).
template <int KW>
void copyPatch(const float* planes, int64_t planeSize, const int32_t* channels, int64_t channelCount,
               int64_t origin, int64_t kh, int64_t kw, int64_t rowStep, int64_t dx, float* dst) {
    const int64_t width = KW ? KW : kw;
    for (int64_t j = 0; j < channelCount; ++j) {
        const float* src = planes + static_cast<int64_t>(channels[j]) * planeSize + origin;
        for (int64_t ky = 0; ky < kh; ++ky, src += rowStep, dst += width) {
            if (KW && dx == 1) {
                for (int64_t kx = 0; kx < width; ++kx)
                    dst[kx] = src[kx];
            } else {
                for (int64_t kx = 0; kx < width; ++kx)
                    dst[kx] = src[kx * dx];
            }
        }
    }
}

} // namespace

void extractPatches(const PaddedInput& in, const WindowGeometry& g, const int32_t* channels,
                    int64_t channelCount, const int32_t* positions, int64_t count, float* patches) {
    const int64_t kh = g.kernel[0], kw = g.kernel[1], outW = g.out[1];
    const int64_t planeSize = in.height * in.width, rowStep = g.dilation[0] * in.width, dx = g.dilation[1];
    const int64_t rowLength = channelCount * kh * kw;
    for (int64_t i = 0; i < count; ++i) {
        const int64_t oy = positions[i] / outW, ox = positions[i] % outW;
        // In the padded planes every window starts inside, at (oy·stride, ox·stride).
        const int64_t origin = oy * g.stride[0] * in.width + ox * g.stride[1];
        float* row = patches + i * rowLength;
        switch (kw) {
        case 1:
            copyPatch<1>(in.planes, planeSize, channels, channelCount, origin, kh, kw, rowStep, dx, row);
            break;
        case 3:
            copyPatch<3>(in.planes, planeSize, channels, channelCount, origin, kh, kw, rowStep, dx, row);
            break;
        case 5:
            copyPatch<5>(in.planes, planeSize, channels, channelCount, origin, kh, kw, rowStep, dx, row);
            break;
        case 7:
            copyPatch<7>(in.planes, planeSize, channels, channelCount, origin, kh, kw, rowStep, dx, row);
            break;
        default:
            copyPatch<0>(in.planes, planeSize, channels, channelCount, origin, kh, kw, rowStep, dx, row);
        }
    }
}

namespace {

// Every tap of every listed channel for the tile's lanes: Step > 0 reads lane i at src + i·Step (a run
// along one row), Step == 0 at src + offsets[i].
template <int Step>
inline void copyTaps(const PaddedInput& in, const WindowGeometry& g, const int32_t* channels,
                     int64_t channelCount, int64_t origin, const int64_t* offsets, float* tile) {
    const int64_t kh = g.kernel[0], kw = g.kernel[1], planeSize = in.height * in.width;
    const int64_t rowStep = g.dilation[0] * in.width, dx = g.dilation[1];
    for (int64_t j = 0; j < channelCount; ++j) {
        const float* plane = in.planes + static_cast<int64_t>(channels[j]) * planeSize + origin;
        for (int64_t ky = 0; ky < kh; ++ky)
            for (int64_t kx = 0; kx < kw; ++kx, tile += kTileLanes) {
                const float* src = plane + ky * rowStep + kx * dx;
                for (int i = 0; i < kTileLanes; ++i)
                    tile[i] = Step > 0 ? src[i * Step] : src[offsets[i]];
            }
    }
}

} // namespace

DYVE_VECTOR_CLONES
void gatherTile(const PaddedInput& in, const WindowGeometry& g, const int32_t* channels, int64_t channelCount,
                const int32_t* positions, int64_t n, float* tile) {
    const int64_t outW = g.out[1];
    int64_t origins[kTileLanes];
    for (int i = 0; i < kTileLanes; ++i) {
        const int64_t p = positions[i < n ? i : 0], oy = p / outW, ox = p % outW;
        // In the padded planes every window starts inside, at (oy·stride, ox·stride).
        origins[i] = oy * g.stride[0] * in.width + ox * g.stride[1];
    }
    // Evenly spaced origins (a run along one output row, or, without padding and with stride 1, along the
    // input itself across rows) are copied as runs.
    bool run = n == kTileLanes;
    const int64_t step = origins[1] - origins[0];
    for (int i = 1; run && i < kTileLanes; ++i)
        run = origins[i] - origins[i - 1] == step;
    if (run && step == 1) {
        copyTaps<1>(in, g, channels, channelCount, origins[0], nullptr, tile);
    } else if (run && step == 2) {
        copyTaps<2>(in, g, channels, channelCount, origins[0], nullptr, tile);
    } else {
        int64_t offsets[kTileLanes];
        for (int i = 0; i < kTileLanes; ++i)
            offsets[i] = origins[i] - origins[0];
        copyTaps<0>(in, g, channels, channelCount, origins[0], offsets, tile);
    }
}

} // namespace dyve
