#pragma once

// The hot loops of the kernels are plain C++ that the compiler vectorises for whatever it targets (NEON on
// arm64). A portable x86-64 build targets SSE2 only, so on x86-64 Linux with GCC the functions marked
// DYVE_VECTOR_CLONES are compiled three times (AVX-512, AVX2 with FMA, baseline) and the loader picks the one
// this CPU runs (GCC's target_clones, an ifunc). Elsewhere the mark is empty.
//
// The clones name the x86-64 micro-architecture levels, not CPU models: GCC's resolver selects an
// "arch=<cpu>" clone with __builtin_cpu_is, so "arch=skylake-avx512" and "arch=haswell" never ran on an AMD
// processor (an AVX-512 Zen 4 ran the SSE2 baseline), whereas "arch=x86-64-v4" / "-v3" are chosen by the
// instruction sets the CPU reports, whoever made it.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__linux__)
#define DYVE_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define DYVE_VECTOR_CLONES
#endif
