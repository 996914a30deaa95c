#pragma once

// Kernels written for one instruction set beside the portable ones (kernels/vector_clones.h): where a
// kernel's best register tiling differs between instruction sets — AVX-512 has 32 registers of sixteen
// floats, AVX2 16 of eight — one template is compiled per tiling, the AVX-512 one under DYVE_AVX512_TARGET,
// and the caller picks it at run time with avx512KernelsEnabled().
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__linux__)
#define DYVE_HAS_AVX512_TARGET 1
#define DYVE_AVX512_TARGET __attribute__((target("arch=x86-64-v4")))
#else
#define DYVE_HAS_AVX512_TARGET 0
#define DYVE_AVX512_TARGET
#endif

namespace dyve {

// Whether this CPU runs AVX-512 (F, VL, BW, DQ: x86-64-v4) and the AVX-512 kernels have not been turned off.
bool avx512KernelsEnabled();

// Turns the AVX-512 kernels off (the portable kernels then run, as on a CPU without AVX-512) or back on where
// the CPU has them; for tests that compare the two on one machine. Not to be called while a network runs.
void setAvx512KernelsEnabled(bool enabled);

} // namespace dyve
