#pragma once

// The hot loops of the kernels are plain C++ that the compiler vectorises for whatever it targets (NEON on
// arm64). A portable x86-64 build targets SSE2 only, so on x86-64 Linux with GCC the functions marked
// DYVE_VECTOR_CLONES are compiled three times (AVX-512, AVX2 with FMA, baseline) and the loader picks the one
// this CPU runs (GCC's target_clones, an ifunc). Elsewhere the mark is empty.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__linux__)
#define DYVE_VECTOR_CLONES __attribute__((target_clones("arch=skylake-avx512", "arch=haswell", "default")))
#else
#define DYVE_VECTOR_CLONES
#endif
