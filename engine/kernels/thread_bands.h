#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>

namespace dyve {

// The share [begin, end) of `total` items that band `index` of `bands` takes: contiguous, as equal as
// `granule` allows (bands begin at multiples of it, so that a SIMD-wide GEMM micro-kernel is not split),
// the last band taking the remainder. The engine's threads each take one band of a layer's output.
inline std::pair<int64_t, int64_t> threadBand(int64_t total, int bands, int index, int64_t granule = 1) {
    const int64_t units = (total + granule - 1) / granule;
    const int64_t begin = std::min(total, units * index / bands * granule);
    const int64_t end = std::min(total, units * (index + 1) / bands * granule);
    return {begin, end};
}

// How many threads a piece of work of `work` scalar operations deserves: fork and join cost a few
// microseconds, so work below about 2^16 multiply-accumulates stays on one thread.
inline int threadsFor(int64_t work, int threads, int64_t perThread = int64_t(1) << 16) {
    return static_cast<int>(std::max<int64_t>(1, std::min<int64_t>(threads, work / perThread)));
}

} // namespace dyve
