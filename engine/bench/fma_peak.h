#pragma once

namespace dyve {

// The machine's FP32 peak as this engine's code can reach it (SPEC §9: the reference the per-layer
// GFLOP/s of `dyve bench --layers` are read against; `dyve bench --peak` prints it).
struct FmaPeak {
    int threads = 1;
    double gflops = 0.0; // all threads together; one multiply-add is 2 FLOP per lane
    int vectorBits = 0;  // the loop's vectors: 512 (AVX-512), 256 (AVX2 with FMA), 128 (SSE2, NEON)
    int chains = 0;      // independent multiply-add chains per thread

    double gflopsPerThread() const { return threads > 0 ? gflops / threads : 0.0; }
};

// `threads` threads at once, each running its own loop of independent vector multiply-adds on registers
// (no memory traffic), in the widest vectors this CPU runs; `repeats` repeats of about `secondsPerRepeat`
// each. The best repeat is the peak: anything else running on the machine can only lower a repeat.
FmaPeak measureFmaPeak(int threads, int repeats = 5, double secondsPerRepeat = 0.05);

} // namespace dyve
