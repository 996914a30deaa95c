#include "effort/neuron_compute.h"

#include "kernels/vector_clones.h"

#include <algorithm>
#include <cblas.h>

namespace dyve {

namespace {

constexpr int kLanes = 16; // independent partial sums a row, so the loop vectorises without -ffast-math

DYVE_VECTOR_CLONES
void dots4(const float* __restrict p, const float* __restrict w0, const float* __restrict w1,
           const float* __restrict w2, const float* __restrict w3, int64_t n, float* out) {
    float s0[kLanes] = {}, s1[kLanes] = {}, s2[kLanes] = {}, s3[kLanes] = {};
    int64_t k = 0;
    for (; k + kLanes <= n; k += kLanes) {
        for (int l = 0; l < kLanes; ++l) {
            const float x = p[k + l];
            s0[l] += w0[k + l] * x;
            s1[l] += w1[k + l] * x;
            s2[l] += w2[k + l] * x;
            s3[l] += w3[k + l] * x;
        }
    }
    float t0 = 0.0f, t1 = 0.0f, t2 = 0.0f, t3 = 0.0f;
    for (int l = 0; l < kLanes; ++l) {
        t0 += s0[l];
        t1 += s1[l];
        t2 += s2[l];
        t3 += s3[l];
    }
    for (; k < n; ++k) {
        t0 += w0[k] * p[k];
        t1 += w1[k] * p[k];
        t2 += w2[k] * p[k];
        t3 += w3[k] * p[k];
    }
    out[0] = t0;
    out[1] = t1;
    out[2] = t2;
    out[3] = t3;
}

DYVE_VECTOR_CLONES
float dot1(const float* __restrict p, const float* __restrict w, int64_t n) {
    float s[kLanes] = {};
    int64_t k = 0;
    for (; k + kLanes <= n; k += kLanes)
        for (int l = 0; l < kLanes; ++l)
            s[l] += w[k + l] * p[k + l];
    float t = 0.0f;
    for (int l = 0; l < kLanes; ++l)
        t += s[l];
    for (; k < n; ++k)
        t += w[k] * p[k];
    return t;
}

} // namespace

void accumulateRowDots(const float* patch, const float* weights, int64_t ldw, const int32_t* rows,
                       int64_t count, int64_t begin, int64_t end, float* acc) {
    const int64_t n = end - begin;
    if (n <= 0) return;
    const float* p = patch + begin;
    int64_t i = 0;
    for (; i + 4 <= count; i += 4) {
        float d[4];
        dots4(p, weights + rows[i] * ldw + begin, weights + rows[i + 1] * ldw + begin,
              weights + rows[i + 2] * ldw + begin, weights + rows[i + 3] * ldw + begin, n, d);
        for (int r = 0; r < 4; ++r)
            acc[rows[i + r]] += d[r];
    }
    // GCC turns a two-row version of dots4 into kilobytes of outer-loop vectorised code that runs slower
    // than two single-row dots.
    for (; i < count; ++i)
        acc[rows[i]] += dot1(p, weights + rows[i] * ldw + begin, n);
}

void multiplyByPatches(const float* weights, int64_t ldw, int64_t M, const float* patches, int64_t ldp,
                       int64_t n, int64_t columns, float* values) {
    if (n == 0 || columns == 0) return;
    if (n == 1)
        cblas_sgemv(CblasRowMajor, CblasNoTrans, static_cast<int>(M), static_cast<int>(columns), 1.0f,
                    weights, static_cast<int>(ldw), patches, 1, 1.0f, values, 1);
    else
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, static_cast<int>(M), static_cast<int>(n),
                    static_cast<int>(columns), 1.0f, weights, static_cast<int>(ldw), patches,
                    static_cast<int>(ldp), 1.0f, values, static_cast<int>(n));
}

} // namespace dyve
