#pragma once

#include <cstdint>

namespace dyve {

// e^x and the logistic function for a float or a GNU vector of floats (a kernel's register), the same
// arithmetic for both so that a value does not depend on whether it fell in a vector or in the tail: the
// kernels apply them to whole registers, which std::exp cannot take.
//
// e^x = 2^n · e^r with n = round(x / ln 2) and r = x − n·ln 2 in [−ln2/2, ln2/2] (ln 2 in two parts, so
// that n·ln 2 is exact), e^r by Cephes' degree-7 polynomial, and 2^n written into the exponent bits. Its
// relative error is under 1e-7 over [−87, 88] (against double std::exp, sampled every 0.001); x is clamped
// to that range, so e^x is at least 1.6e-38 (no subnormals) and at most 1.7e38 (no infinity). NaN stays
// NaN.

// Unsigned, so that the exponent arithmetic wraps where a NaN's bits would make it negative (a left shift of
// a negative int is undefined).
template <class T> struct IntegersOf { typedef uint32_t type __attribute__((vector_size(sizeof(T)))); };
template <> struct IntegersOf<float> { typedef uint32_t type; };

template <class T> inline __attribute__((always_inline)) T exponential(T x) {
    typedef typename IntegersOf<T>::type Integers;
    x = x > 88.0f ? T{} + 88.0f : x;
    x = x < -87.0f ? T{} - 87.0f : x;
    // Round to nearest by adding 1.5 · 2^23: n is then in the low bits of the sum's mantissa.
    const T shifted = x * 1.44269504088896341f + 12582912.0f;
    const T n = shifted - 12582912.0f;
    Integers nBits;
    __builtin_memcpy(&nBits, &shifted, sizeof(T));
    const T r = (x - n * 0.693359375f) - n * -2.12194440e-4f;
    T p = r * 1.9875691500e-4f + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * (r * r) + r + 1.0f;
    // (n + 127) << 23 is 2^n; shifted's bits are 0x4B400000 + n.
    const Integers scaleBits = (nBits - 0x4B400000u + 127u) << 23;
    T scale;
    __builtin_memcpy(&scale, &scaleBits, sizeof(T));
    return p * scale;
}

// 1 / (1 + e^−x), within 2e-7 of the exact value relative to it; 0 < σ(x) ≤ 1.
template <class T> inline __attribute__((always_inline)) T logistic(T x) {
    return 1.0f / (exponential(-x) + 1.0f);
}

} // namespace dyve
