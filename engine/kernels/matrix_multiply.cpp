#include "kernels/matrix_multiply.h"

#include "kernels/parallel_for.h"
#include "kernels/thread_bands.h"

#include <cblas.h>

namespace dyve {

namespace {

void scaleMatrix(int64_t M, int64_t N, float beta, float* C, int64_t ldc) {
    for (int64_t i = 0; i < M; ++i)
        for (int64_t j = 0; j < N; ++j)
            C[i * ldc + j] = beta == 0.0f ? 0.0f : beta * C[i * ldc + j];
}

void multiplySerial(bool transA, bool transB, int64_t M, int64_t N, int64_t K, float alpha, const float* A,
                    int64_t lda, const float* B, int64_t ldb, float beta, float* C, int64_t ldc) {
    if (M <= 0 || N <= 0) return;
    if (K <= 0 || alpha == 0.0f) { // BLAS would reject a zero leading dimension; the product is empty
        scaleMatrix(M, N, beta, C, ldc);
        return;
    }
    // sgemv scales y by beta rather than ignoring it, and 0·NaN is NaN.
    if ((M == 1 || N == 1) && beta == 0.0f) scaleMatrix(M, N, 0.0f, C, ldc);
    const int m = static_cast<int>(M), n = static_cast<int>(N), k = static_cast<int>(K);
    const int la = static_cast<int>(lda), lb = static_cast<int>(ldb), lc = static_cast<int>(ldc);
    if (M == 1) {
        // c[1×N] = a[1×K]·op(B): a is A's only row (or, transposed, its only column).
        const int incA = transA ? la : 1;
        if (transB)
            cblas_sgemv(CblasRowMajor, CblasNoTrans, n, k, alpha, B, lb, A, incA, beta, C, 1);
        else
            cblas_sgemv(CblasRowMajor, CblasTrans, k, n, alpha, B, lb, A, incA, beta, C, 1);
        return;
    }
    if (N == 1) {
        // c[M×1] = op(A)·b[K×1]: b is B's only column (or, transposed, its only row).
        const int incB = transB ? 1 : lb;
        if (transA)
            cblas_sgemv(CblasRowMajor, CblasTrans, k, m, alpha, A, la, B, incB, beta, C, lc);
        else
            cblas_sgemv(CblasRowMajor, CblasNoTrans, m, k, alpha, A, la, B, incB, beta, C, lc);
        return;
    }
    cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans, m, n,
                k, alpha, A, la, B, lb, beta, C, lc);
}

} // namespace

void multiplyMatrices(bool transA, bool transB, int64_t M, int64_t N, int64_t K, float alpha, const float* A,
                      int64_t lda, const float* B, int64_t ldb, float beta, float* C, int64_t ldc,
                      int threads) {
    const int bands = M > 0 && N > 0 ? threadsFor(M * N * (K > 0 ? K : 1), threads) : 1;
    if (bands <= 1) {
        multiplySerial(transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
        return;
    }
    // Bands of columns (of op(B) and C) when C is wide, of rows (of op(A) and C) when it is tall; 16 at a
    // time, the width of the sgemm micro-kernels.
    const bool byColumns = N >= M;
    parallelFor(bands, bands, [&](int64_t band) {
        const auto [begin, end] = threadBand(byColumns ? N : M, bands, static_cast<int>(band), 16);
        if (end <= begin) return;
        if (byColumns)
            multiplySerial(transA, transB, M, end - begin, K, alpha, A, lda,
                           transB ? B + begin * ldb : B + begin, ldb, beta, C + begin, ldc);
        else
            multiplySerial(transA, transB, end - begin, N, K, alpha, transA ? A + begin : A + begin * lda,
                           lda, B, ldb, beta, C + begin * ldc, ldc);
    });
}

} // namespace dyve
