#include "kernels/depthwise.h"

#include "kernels/vector_clones.h"

#include <algorithm>

namespace dyve {

namespace {

// Sixteen floats: one AVX-512 register, two AVX or four SSE and NEON registers (GNU vector extensions, as in
// kernels/packed_gemm.cpp, so one source serves every instruction set).
typedef float Vector16 __attribute__((vector_size(64)));
// The same, read from any float address: an unaligned load.
typedef float UnalignedVector16 __attribute__((vector_size(64), aligned(4), may_alias));
constexpr int kLanes = 16;
// Output positions computed at a time: four vectors, so that four independent multiply-adds hide the
// latency of each and the taps' weights stay in registers beside them.
constexpr int kVectors = 4; // (the named accumulators of accumulateRun)
constexpr int64_t kBlock = kLanes * kVectors;
// Floats of scratch one band's phases aim for: a third of a 48 KiB L1 data cache, the rest for the output.
constexpr int64_t kBandFloats = 4096;

// Positions [0, count) of the flat output run `sums`, rounded up to whole blocks: bias plus every tap's
// weight times the scratch at the tap's offset, activated. Taps > 0 fixes the tap count so that the loop over
// taps unrolls and the weights stay in registers (3×3 and 5×5 kernels); 0 reads it from `tapCount`.
template <int Taps>
inline __attribute__((always_inline)) void accumulateRun(const float* __restrict scratch, const int64_t* taps,
                                                         int tapCount, const float* __restrict weights,
                                                         float bias, Activation activation, int64_t count,
                                                         float* __restrict sums) {
    const int n = Taps > 0 ? Taps : tapCount;
    for (int64_t q = 0; q < count; q += kBlock) {
        // Four named accumulators: GCC keeps an array of them in memory.
        Vector16 acc0 = Vector16{} + bias, acc1 = acc0, acc2 = acc0, acc3 = acc0;
#pragma GCC unroll 25
        for (int t = 0; t < n; ++t) {
            const UnalignedVector16* at = reinterpret_cast<const UnalignedVector16*>(scratch + taps[t] + q);
            const float w = weights[t];
            acc0 += w * at[0];
            acc1 += w * at[1];
            acc2 += w * at[2];
            acc3 += w * at[3];
        }
        UnalignedVector16* out = reinterpret_cast<UnalignedVector16*>(sums + q);
        out[0] = activation(acc0);
        out[1] = activation(acc1);
        out[2] = activation(acc2);
        out[3] = activation(acc3);
    }
}

// The row copies below are tens of floats, where a call of memmove or memset costs as much as the copy: they
// move whole vectors, and may write up to a vector past the run where the caller has room that it writes
// again later; they read only below `readable`.

// dst[c] = src[c] for c in [0, n), overshooting up to `writable`.
inline __attribute__((always_inline)) void copyRun(const float* __restrict src, int64_t n,
                                                   const float* readable, float* __restrict dst,
                                                   const float* writable) {
    int64_t c = 0;
    for (; c < n && src + c + kLanes <= readable && dst + c + kLanes <= writable; c += kLanes)
        *reinterpret_cast<UnalignedVector16*>(dst + c) = *reinterpret_cast<const UnalignedVector16*>(src + c);
    for (; c < n; ++c)
        dst[c] = src[c];
}

// dst[c] = 0 for c in [0, n), overshooting.
inline __attribute__((always_inline)) void zeroRun(float* dst, int64_t n) {
    for (int64_t c = 0; c < n; c += kLanes)
        *reinterpret_cast<UnalignedVector16*>(dst + c) = Vector16{};
}

// dst[c] = src[2c] for c in [0, n), overshooting: two vectors' even lanes at a time.
inline __attribute__((always_inline)) void copyEvenRun(const float* __restrict src, int64_t n,
                                                       const float* readable, float* __restrict dst) {
    int64_t c = 0;
    for (; c < n && src + 2 * c + 2 * kLanes <= readable; c += kLanes) {
        const UnalignedVector16* in = reinterpret_cast<const UnalignedVector16*>(src + 2 * c);
        *reinterpret_cast<UnalignedVector16*>(dst + c) =
            __builtin_shufflevector(in[0], in[1], 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
    }
    for (; c < n; ++c)
        dst[c] = src[2 * c];
}

// Copies the padded input rows that output rows [firstRow, firstRow + rows) read into each phase of the
// scratch buffer (zeros where the window meets padding), and zeroes the slack the last block reads past them.
// Each row is written left padding, input, right padding, each overshooting into what comes next; the slack
// after the last row takes the last overshoot.
inline __attribute__((always_inline)) void fillPhases(const DepthwisePlan& plan, const float* plane,
                                                      int64_t firstRow, int64_t rows, float* scratch) {
    const WindowGeometry& g = plan.geometry;
    const int64_t sy = g.stride[0], sx = g.stride[1];
    const int64_t reach = (g.dilation[0] * (g.kernel[0] - 1)) / sy;
    const int64_t width = plan.phaseWidth;
    const float* planeEnd = plane + g.inSize();
    for (size_t slot = 0; slot < plan.phases.size(); ++slot) {
        const int64_t i = plan.phases[slot] / sx, j = plan.phases[slot] % sx;
        float* phase = scratch + static_cast<int64_t>(slot) * plan.phaseFloats;
        const int64_t offset = j - g.padBegin[1];
        const auto [columnBegin, columnEnd] = insideRange(offset, sx, g.in[1], width);
        for (int64_t r = 0; r < rows + reach; ++r) {
            float* dst = phase + r * width;
            const int64_t y = (firstRow + r) * sy + i - g.padBegin[0];
            if (y < 0 || y >= g.in[0]) {
                zeroRun(dst, width);
                continue;
            }
            const float* src = plane + y * g.in[1] + offset + sx * columnBegin;
            zeroRun(dst, columnBegin);
            const int64_t n = columnEnd - columnBegin;
            if (sx == 1)
                copyRun(src, n, planeEnd, dst + columnBegin, phase + plan.phaseFloats);
            else if (sx == 2)
                copyEvenRun(src, n, planeEnd, dst + columnBegin);
            else
                for (int64_t c = 0; c < n; ++c)
                    dst[columnBegin + c] = src[c * sx];
            zeroRun(dst + columnEnd, width - columnEnd);
        }
        zeroRun(phase + (rows + reach) * width, plan.phaseFloats - (rows + reach) * width);
    }
}

} // namespace

DepthwisePlan planDepthwise(const WindowGeometry& geometry) {
    DepthwisePlan plan;
    const WindowGeometry& g = plan.geometry = geometry;
    const int64_t sy = g.stride[0], sx = g.stride[1];
    const int64_t rowReach = (g.dilation[0] * (g.kernel[0] - 1)) / sy;
    const int64_t columnReach = (g.dilation[1] * (g.kernel[1] - 1)) / sx;
    plan.phaseWidth = g.out[1] + columnReach;
    std::vector<int> slotOf(static_cast<size_t>(sy * sx), -1);
    std::vector<int> tapSlots;
    for (int64_t ky = 0; ky < g.kernel[0]; ++ky)
        for (int64_t kx = 0; kx < g.kernel[1]; ++kx) {
            const int phase = static_cast<int>(((ky * g.dilation[0]) % sy) * sx + (kx * g.dilation[1]) % sx);
            if (slotOf[static_cast<size_t>(phase)] < 0) {
                slotOf[static_cast<size_t>(phase)] = static_cast<int>(plan.phases.size());
                plan.phases.push_back(phase);
            }
            tapSlots.push_back(slotOf[static_cast<size_t>(phase)]);
        }
    const int64_t phases = static_cast<int64_t>(plan.phases.size());
    plan.bandRows = std::clamp(kBandFloats / (phases * plan.phaseWidth) - rowReach, int64_t(1),
                               std::max<int64_t>(g.out[0], 1));
    // The last block of a band reads up to a block past its run and a tap's reach beyond that.
    // (and the overshoot of the copies, less than a vector).
    plan.phaseFloats = (plan.bandRows + rowReach + 1) * plan.phaseWidth + kBlock + kLanes;
    size_t t = 0;
    for (int64_t ky = 0; ky < g.kernel[0]; ++ky)
        for (int64_t kx = 0; kx < g.kernel[1]; ++kx, ++t)
            plan.taps.push_back(tapSlots[t] * plan.phaseFloats + (ky * g.dilation[0]) / sy * plan.phaseWidth +
                                (kx * g.dilation[1]) / sx);
    plan.sumsFloats = (plan.bandRows * plan.phaseWidth + kBlock - 1) / kBlock * kBlock + kLanes;
    plan.scratchFloats = phases * plan.phaseFloats + plan.sumsFloats;
    return plan;
}

// GCC would turn the short row copies and fills into calls of memmove and memset; clang has no such option.
#if defined(__clang__)
#define DYVE_NO_LIBRARY_LOOPS
#else
#define DYVE_NO_LIBRARY_LOOPS __attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif

DYVE_VECTOR_CLONES DYVE_NO_LIBRARY_LOOPS void depthwisePlane(const DepthwisePlan& plan, const float* plane,
                                                             const float* weights, float bias,
                                                             Activation activation, float* out,
                                                             float* scratch) {
    const WindowGeometry& g = plan.geometry;
    const int64_t outW = g.out[1];
    float* sums = scratch + static_cast<int64_t>(plan.phases.size()) * plan.phaseFloats;
    const int tapCount = static_cast<int>(plan.taps.size());
    for (int64_t firstRow = 0; firstRow < g.out[0]; firstRow += plan.bandRows) {
        const int64_t rows = std::min(plan.bandRows, g.out[0] - firstRow);
        fillPhases(plan, plane, firstRow, rows, scratch);
        const int64_t count = rows * plan.phaseWidth;
        if (tapCount == 9)
            accumulateRun<9>(scratch, plan.taps.data(), tapCount, weights, bias, activation, count, sums);
        else if (tapCount == 25)
            accumulateRun<25>(scratch, plan.taps.data(), tapCount, weights, bias, activation, count, sums);
        else
            accumulateRun<0>(scratch, plan.taps.data(), tapCount, weights, bias, activation, count, sums);
        // A row may overshoot into the rows after it, which are written later, but not past the plane.
        for (int64_t r = 0; r < rows; ++r)
            copyRun(sums + r * plan.phaseWidth, outW, sums + plan.sumsFloats, out + (firstRow + r) * outW,
                    out + g.outSize());
    }
}

} // namespace dyve
