#pragma once

#include "kernels/activation.h"

#include <cstdint>
#include <vector>

namespace dyve {

// The convolution GEMM C[M×N] = A·B + bias of the dense engine (kernels/packed_gemm.h) for a weight matrix
// A with many zeros: Deep Compression's pruned SqueezeNet multiplies a zero weight in half of its
// multiply-accumulates (two thirds of a 3×3 expand's weights, four fifths of conv_final's). A is kept as its
// non-zero weights only, and each one is broadcast against a strip of its row of B — the sparse × dense
// product of Elsen et al., "Fast Sparse ConvNets" (XNNPACK's SpMM), vectorised across the output positions N,
// so that the time follows the non-zero weights and a skipped weight costs nothing (SPEC §9: zero weights
// skipped losslessly). B is the operand the dense path already builds: an im2col tile, or the input itself
// for a 1×1 stride-1 convolution.

// A[M×K] without its zeros, laid out for multiplySparse. The reduction is cut into blocks of k (depths of B
// that stay in the L1 cache while every row passes over them); the non-zeros of row i in block b are
// [segmentStart[b·rows + i], segmentStart[b·rows + i + 1]), in increasing k.
struct SparseRows {
    int64_t rows = 0;
    int64_t blocks = 0;
    std::vector<int32_t> segmentStart; // blocks·rows + 1 entries
    std::vector<int32_t> offsets;      // of each non-zero A[i][k]: k·ldb, where its row of B starts
    std::vector<float> weights;        // of each non-zero: its value

    int64_t nonZeros() const { return static_cast<int64_t>(weights.size()); }
};

// Whether the offsets k·ldb of a K-deep B fit SparseRows' 32-bit offsets.
bool sparseOffsetsFit(int64_t K, int64_t ldb);

// The non-zeros of A[M×K] (row-major, rows lda apart) for a B whose rows are ldb apart. Needs
// sparseOffsetsFit(K, ldb).
SparseRows compressRows(const float* A, int64_t M, int64_t K, int64_t lda, int64_t ldb);

// The share of values that are exactly zero (0 for none).
double zeroShare(const float* values, int64_t count);

// B is read in whole vectors of this many columns: a row's columns up to N rounded up to a multiple of it
// must be readable (their values past N do not matter). Each non-zero weight loads a vector of B per
// multiply-add, so alignment matters as it does not for the dense GEMM: B's rows start at 64-byte
// boundaries (B aligned, ldb a multiple of kSparseColumnGranule), so that no load crosses a cache line
// (README, Performance).
constexpr int64_t kSparseColumnGranule = 16;

// The row stride, in floats, to give a B of `columns` columns: whole 64-byte lines, an odd number of them.
// A strip of the product reads the same columns of 128 rows of B; rows an even number of lines apart fall
// into a fraction of the L1 cache's sets and evict each other (README, Performance).
int64_t sparseRowStride(int64_t columns);

// C[M×N] = A·B (+ bias[row]) (then the activation), A from compressRows with B's ldb, C row-major
// with rows ldc apart; C's previous contents are ignored. bias may be null. The same product as
// multiplyPacked up to the order of the additions.
void multiplySparse(const SparseRows& A, const float* B, int64_t N, const float* bias, Activation activation,
                    float* C, int64_t ldc);

} // namespace dyve
