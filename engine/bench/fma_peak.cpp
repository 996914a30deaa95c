#include "bench/fma_peak.h"

#include "kernels/vector_clones.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>
#include <vector>

namespace dyve {

namespace {

using Clock = std::chrono::steady_clock;

typedef float Vector4 __attribute__((vector_size(16)));
typedef float Vector8 __attribute__((vector_size(32)));
typedef float Vector16 __attribute__((vector_size(64)));

// Zen 4/5 and recent Intel cores issue two FMAs a cycle, each with four cycles' latency: eight independent
// chains keep both pipes busy, twelve leave slack for the loop's own instructions. Twelve accumulators and
// the two constants fit AVX2's sixteen registers as well as AVX-512's thirty-two, so nothing spills.
constexpr int kChains = 12;

// `iterations` rounds of acc = acc · scale + offset on every chain. With 0 < scale < 1 the chains settle at
// offset / (1 − scale): no overflow and no denormals, whose slow path would be measured instead of the
// FMA units. The sum is returned so that the compiler cannot drop the work.
template <class Vector>
inline __attribute__((always_inline)) float multiplyAddChains(int64_t iterations, float scale, float offset) {
    constexpr int lanes = sizeof(Vector) / sizeof(float);
    const Vector m = Vector{} + scale;
    const Vector a = Vector{} + offset;
    Vector acc[kChains];
    for (int c = 0; c < kChains; ++c)
        acc[c] = Vector{} + offset * float(c + 1);
    for (int64_t i = 0; i < iterations; ++i)
        for (int c = 0; c < kChains; ++c)
            acc[c] = acc[c] * m + a;
    Vector sum = {};
    for (int c = 0; c < kChains; ++c)
        sum += acc[c];
    float total = 0.0f;
    for (int l = 0; l < lanes; ++l)
        total += sum[l];
    return total;
}

// Every clone (kernels/vector_clones.h) holds all three widths; the caller asks for the one that matches
// the clone the loader picks (loopLanes()), so the AVX-512 clone runs 512-bit FMAs (zmm) and the AVX2 clone
// 256-bit ones, each with its chains in registers.
DYVE_VECTOR_CLONES float runChains(int lanes, int64_t iterations, float scale, float offset) {
    switch (lanes) {
    case 16:
        return multiplyAddChains<Vector16>(iterations, scale, offset);
    case 8:
        return multiplyAddChains<Vector8>(iterations, scale, offset);
    default:
        return multiplyAddChains<Vector4>(iterations, scale, offset);
    }
}

// The lanes of the widest vectors of the clone that runs: the resolver picks the x86-64-v4 clone exactly
// when the CPU reports that level, and so on down. SSE2 (the baseline clone) has no FMA: there the loop
// is a multiply and an add, the same 2 FLOP. NEON's vectors are 128 bits.
int loopLanes() {
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__linux__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("x86-64-v4")) return 16;
    if (__builtin_cpu_supports("x86-64-v3")) return 8;
#endif
    return 4;
}

// Read through a volatile, so the compiler knows neither the constants nor that the results go unused.
volatile float g_scale = 0.9990234375f; // 1 − 2⁻¹⁰
volatile float g_offset = 0.0009765625f;
volatile float g_sink = 0.0f;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Iterations for about `seconds` of one thread's loop, doubling a short probe until it takes a few ms.
int64_t calibrateIterations(int lanes, double seconds) {
    int64_t iterations = 1 << 14;
    for (;;) {
        const auto start = Clock::now();
        g_sink = runChains(lanes, iterations, g_scale, g_offset);
        const double took = secondsSince(start);
        if (took >= 0.005 || iterations >= (int64_t(1) << 40))
            return std::max<int64_t>(1, static_cast<int64_t>(double(iterations) * seconds / took));
        iterations *= 2;
    }
}

// Wall time of `threads` threads each running `iterations` rounds, all released at once; the calling
// thread is one of them. A thread the system starts late lengthens the wall time, so a repeat where the
// threads did not all run together measures low rather than high.
double wallSeconds(int threads, int lanes, int64_t iterations) {
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<float> results(static_cast<size_t>(threads));
    auto work = [&](int t) {
        ready.fetch_add(1);
        while (!go.load(std::memory_order_acquire))
            std::this_thread::yield();
        results[static_cast<size_t>(t)] = runChains(lanes, iterations, g_scale, g_offset);
    };
    std::vector<std::thread> others;
    for (int t = 1; t < threads; ++t)
        others.emplace_back(work, t);
    while (ready.load() < threads - 1)
        std::this_thread::yield();
    const auto start = Clock::now();
    go.store(true, std::memory_order_release);
    results[0] = runChains(lanes, iterations, g_scale, g_offset);
    for (std::thread& t : others)
        t.join();
    const double took = secondsSince(start);
    float sum = 0.0f;
    for (float r : results)
        sum += r;
    g_sink = sum;
    return took;
}

} // namespace

FmaPeak measureFmaPeak(int threads, int repeats, double secondsPerRepeat) {
    FmaPeak peak;
    peak.threads = std::max(threads, 1);
    const int lanes = loopLanes();
    peak.vectorBits = lanes * 32;
    peak.chains = kChains;
    const int64_t iterations = calibrateIterations(lanes, secondsPerRepeat);
    const double flops = 2.0 * kChains * lanes * double(iterations) * peak.threads;
    wallSeconds(peak.threads, lanes, iterations / 4 + 1); // untimed: the cores clock up
    for (int r = 0; r < std::max(repeats, 1); ++r) {
        const double took = wallSeconds(peak.threads, lanes, iterations);
        if (took > 0.0) peak.gflops = std::max(peak.gflops, flops / took * 1e-9);
    }
    return peak;
}

} // namespace dyve
