#include "kernels/cpu_features.h"

#include <atomic>

namespace dyve {

namespace {

bool cpuHasAvx512() {
#if DYVE_HAS_AVX512_TARGET
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") &&
           __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq");
#else
    return false;
#endif
}

std::atomic<bool>& avx512Wanted() {
    static std::atomic<bool> wanted{cpuHasAvx512()};
    return wanted;
}

} // namespace

bool avx512KernelsEnabled() {
    return avx512Wanted().load(std::memory_order_relaxed);
}

void setAvx512KernelsEnabled(bool enabled) {
    avx512Wanted().store(enabled && cpuHasAvx512(), std::memory_order_relaxed);
}

} // namespace dyve
