#include "kernels/sparse_gemm.h"

#include "kernels/cpu_features.h"
#include "kernels/vector_clones.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

namespace dyve {

namespace {

// GNU vector extensions, as in kernels/packed_gemm.cpp: one source for every instruction set and arm64.
typedef float Vector8 __attribute__((vector_size(32)));
typedef float Vector16 __attribute__((vector_size(64)));

// Depth of a block of the reduction: 128 rows of a 64-column strip of B are 32 KiB, which stay in a core's
// L1 cache while all M rows of A pass over them. Unblocked, a 576-deep strip (SqueezeNet's fire8 expand)
// came from L2 at every non-zero, and the loads, not the multiply-adds, set the pace.
constexpr int64_t kBlockDepth = 128;

// Columns [0, lanes·Vectors) of C from the same columns of B, but only `lastColumns` of the last vector
// are stored. Each non-zero weight is broadcast and multiplied with `Vectors` vectors of its row of B;
// Unroll non-zeros at a time go to separate accumulators, so that the chain of dependent multiply-adds a row
// makes does not wait on the multiply-add's latency. Blocks after the first continue from the partial sums
// the first left in C; bias and the activation are applied as the last block stores.
template <class Vector, int Vectors, int Unroll>
inline __attribute__((always_inline)) void multiplyStrip(const SparseRows& A, const float* __restrict b,
                                                         const float* bias, Activation activation,
                                                         float* __restrict c, int64_t ldc, int lastColumns) {
    constexpr int lanes = sizeof(Vector) / sizeof(float);
    const int32_t* start = A.segmentStart.data();
    const int32_t* __restrict offsets = A.offsets.data();
    const float* __restrict weights = A.weights.data();
    for (int64_t block = 0; block < A.blocks; ++block) {
        const bool first = block == 0, last = block + 1 == A.blocks;
        for (int64_t i = 0; i < A.rows; ++i, ++start) {
            float* row = c + i * ldc;
            Vector acc[Unroll][Vectors] = {};
            if (!first) {
                for (int v = 0; v + 1 < Vectors; ++v)
                    std::memcpy(&acc[0][v], row + v * lanes, sizeof(Vector));
                std::memcpy(&acc[0][Vectors - 1], row + (Vectors - 1) * lanes, lastColumns * sizeof(float));
            }
            int32_t n = start[0];
            const int32_t end = start[1];
            for (; n + Unroll <= end; n += Unroll)
                for (int u = 0; u < Unroll; ++u) {
                    const float* x = b + offsets[n + u];
                    const float w = weights[n + u];
                    for (int v = 0; v < Vectors; ++v) {
                        Vector xv;
                        std::memcpy(&xv, x + v * lanes, sizeof xv);
                        acc[u][v] += w * xv;
                    }
                }
            for (; n < end; ++n) {
                const float* x = b + offsets[n];
                const float w = weights[n];
                for (int v = 0; v < Vectors; ++v) {
                    Vector xv;
                    std::memcpy(&xv, x + v * lanes, sizeof xv);
                    acc[0][v] += w * xv;
                }
            }
            for (int v = 0; v < Vectors; ++v) {
                Vector y = acc[0][v];
                for (int u = 1; u < Unroll; ++u)
                    y += acc[u][v];
                if (last) {
                    if (bias) y += bias[i];
                    y = activation(y);
                }
                std::memcpy(row + v * lanes, &y, (v + 1 < Vectors ? lanes : lastColumns) * sizeof(float));
            }
        }
    }
}

// Strips of lanes·Vectors columns, then one each of half, a quarter... of that width for the rest, each
// unrolled to as many accumulators as a full strip has.
template <class Vector, int Vectors, int Unroll>
inline __attribute__((always_inline)) void multiplyStrips(const SparseRows& A, const float* B, int64_t N,
                                                          const float* bias, Activation activation, float* C,
                                                          int64_t ldc) {
    constexpr int lanes = sizeof(Vector) / sizeof(float);
    constexpr int width = lanes * Vectors;
    int64_t j = 0;
    for (; j + width <= N; j += width)
        multiplyStrip<Vector, Vectors, Unroll>(A, B + j, bias, activation, C + j, ldc, lanes);
    if constexpr (Vectors > 1) {
        if (j < N)
            multiplyStrips<Vector, Vectors / 2, Unroll * 2>(A, B + j, N - j, bias, activation, C + j, ldc);
    } else if (j < N) {
        multiplyStrip<Vector, 1, Unroll>(A, B + j, bias, activation, C + j, ldc, static_cast<int>(N - j));
    }
}

// Four vectors of eight floats a strip, two non-zeros at a time: eight accumulators, what two multiply-add
// pipes of four cycles' latency keep busy, in half of AVX2's sixteen registers.
DYVE_VECTOR_CLONES
void multiplySparsePortable(const SparseRows& A, const float* B, int64_t N, const float* bias,
                            Activation activation, float* C, int64_t ldc) {
    multiplyStrips<Vector8, 4, 2>(A, B, N, bias, activation, C, ldc);
}

#if DYVE_HAS_AVX512_TARGET
DYVE_AVX512_TARGET
void multiplySparseAvx512(const SparseRows& A, const float* B, int64_t N, const float* bias,
                          Activation activation, float* C, int64_t ldc) {
    multiplyStrips<Vector16, 4, 2>(A, B, N, bias, activation, C, ldc);
}
#endif

} // namespace

bool sparseOffsetsFit(int64_t K, int64_t ldb) {
    return K <= 0 || ldb <= 0 || (K - 1) <= std::numeric_limits<int32_t>::max() / ldb;
}

int64_t sparseRowStride(int64_t columns) {
    const int64_t lines = std::max<int64_t>(1, (columns + kSparseColumnGranule - 1) / kSparseColumnGranule);
    return (lines % 2 == 0 ? lines + 1 : lines) * kSparseColumnGranule;
}

SparseRows compressRows(const float* A, int64_t M, int64_t K, int64_t lda, int64_t ldb) {
    if (!sparseOffsetsFit(K, ldb))
        throw std::length_error("compressRows: offsets of a " + std::to_string(K) + "-deep B with rows " +
                                std::to_string(ldb) + " apart do not fit 32 bits");
    SparseRows sparse;
    sparse.rows = M;
    sparse.blocks = std::max<int64_t>(1, (K + kBlockDepth - 1) / kBlockDepth);
    sparse.segmentStart.reserve(static_cast<size_t>(sparse.blocks * M + 1));
    sparse.segmentStart.push_back(0);
    for (int64_t block = 0; block < sparse.blocks; ++block)
        for (int64_t i = 0; i < M; ++i) {
            for (int64_t k = block * kBlockDepth; k < std::min(K, (block + 1) * kBlockDepth); ++k)
                if (const float w = A[i * lda + k]; w != 0.0f) {
                    sparse.offsets.push_back(static_cast<int32_t>(k * ldb));
                    sparse.weights.push_back(w);
                }
            if (sparse.weights.size() > size_t(std::numeric_limits<int32_t>::max()))
                throw std::length_error("compressRows: more than 2^31 non-zero weights");
            sparse.segmentStart.push_back(static_cast<int32_t>(sparse.weights.size()));
        }
    return sparse;
}

double zeroShare(const float* values, int64_t count) {
    if (count <= 0) return 0.0;
    int64_t zeros = 0;
    for (int64_t i = 0; i < count; ++i)
        zeros += values[i] == 0.0f;
    return double(zeros) / double(count);
}

void multiplySparse(const SparseRows& A, const float* B, int64_t N, const float* bias, Activation activation,
                    float* C, int64_t ldc) {
    if (A.rows <= 0 || N <= 0) return;
#if DYVE_HAS_AVX512_TARGET
    if (avx512KernelsEnabled()) return multiplySparseAvx512(A, B, N, bias, activation, C, ldc);
#endif
    multiplySparsePortable(A, B, N, bias, activation, C, ldc);
}

} // namespace dyve
