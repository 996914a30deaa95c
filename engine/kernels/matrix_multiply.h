#pragma once

#include <cstdint>

namespace dyve {

// C[M×N] = alpha·op(A)·op(B) + beta·C for row-major matrices, op(X) = X or Xᵀ: the one matrix product
// of the dense engine (Gemm, MatMul, 1×1 convolutions) and of anything else that multiplies matrices.
// OpenBLAS's sgemm, except that a single row or column goes to sgemv, which OpenBLAS 0.3.21 does not do by
// itself (a fully connected layer at batch 1 is one row). beta == 0 ignores C's previous contents, NaN
// included, as BLAS promises.
//
// OpenBLAS runs single-threaded in this engine (runtime/threading.cpp): with `threads` > 1 the product is
// split into bands of C's longer side, one a thread of the engine's pool (kernels/parallel_for.h).
void multiplyMatrices(bool transA, bool transB, int64_t M, int64_t N, int64_t K, float alpha, const float* A,
                      int64_t lda, const float* B, int64_t ldb, float beta, float* C, int64_t ldc,
                      int threads = 1);

} // namespace dyve
