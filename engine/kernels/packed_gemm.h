#pragma once

#include "kernels/activation.h"

#include <cstdint>
#include <vector>

namespace dyve {

// The convolution GEMM of the dense engine (SPEC §4.2): C[M×N] = A·B + bias, then an activation (ReLU,
// ReLU6), for the shapes a batch-1 convolution has — few rows (output channels, 16 to 1000), K = C_in·kH·kW
// in the tens to thousands, N = the output positions of one thread's band. OpenBLAS's sgemm packs both
// operands on every call, which at these shapes costs more than the multiplication (README, Performance);
// here the weights are packed once when the model is loaded and the columns are read where im2col (or the
// input itself, for 1×1 convolutions) put them.

// Rows of A that one micro-kernel call computes; A is packed in panels of this many rows.
constexpr int kPanelRows = 8;
// The widest block of columns of B and C that one micro-kernel call computes: 32 with AVX-512 (8 × 32 is
// sixteen 512-bit accumulators), 16 with AVX2 or NEON. Callers that split the columns between threads split
// at multiples of it.
constexpr int kPanelColumns = 32;

// A[M×K] (row-major, rows lda apart) in panels of kPanelRows rows, k-major inside a panel:
// packed[(panel·K + k)·kPanelRows + row]. Rows past M are zero.
std::vector<float> packPanels(const float* A, int64_t M, int64_t K, int64_t lda);

// C[M×N] = activation(A·B (+ bias[row]) (+ residual)), A packed by packPanels, B row-major
// with rows ldb apart, C row-major with rows ldc apart; C's previous contents are ignored. bias and
// residual may be null; a residual is laid out like C (rows ldc apart) and must not overlap it. Every
// element of C is written once, bias, residual and activation applied as it leaves the registers: one pass
// over the output where fill-bias + sgemm(beta = 1) + an Add and a ReLU layer made four.
// A may be the top-left M × K corner of a matrix packed with more rows and a depth panelK ≥ K (0: K): a
// convolution run at a narrower channel width (SPEC §4.9) multiplies the first rows of its weights by the
// first input channels, from the panels packed at load. `depths` (panelDepths(), null: none) stops each
// panel's product where its weights are all zero to the end.
void multiplyPacked(const float* packedA, int64_t M, int64_t N, int64_t K, const float* B, int64_t ldb,
                    const float* bias, Activation activation, float* C, int64_t ldc,
                    const float* residual = nullptr, int64_t panelK = 0, const int64_t* depths = nullptr);

// For each half panel (kPanelRows / 2 rows) of packPanels(A, M, K, lda): how far along k its rows have
// non-zero weights (1 + the last k with one; 0 for all-zero rows). A network trained at nested widths (SPEC
// §4.9) has each width's channels read only the input channels of narrower widths: their rows end in
// zeros, 37.5% of the weights at four widths, which a product that stops at the depth skips, exactly (the sum
// adds them last). The product runs a panel to the deeper of its halves' depths, or each half to its own when
// they differ by a quarter or more.
std::vector<int64_t> panelDepths(const float* A, int64_t M, int64_t K, int64_t lda);

// The multiply-adds per column that multiplyPacked(Shifted) with these depths skips of an M × K product.
int64_t depthSkippedProducts(int64_t M, int64_t K, const int64_t* depths);

// The same product for a stride-1 convolution without im2col ("implicit GEMM"): `image` is the input
// with its padding made real (channels × paddedHeight × paddedWidth, zeros around), and an output position
// (y, x) is taken at "wide" index q = y·paddedWidth + x, so that row k = (c, ky, kx) of B is the image
// itself shifted by offsets[k] = c·paddedHeight·paddedWidth + ky·paddedWidth + kx:
// B[k][q] = image[offsets[k] + q]. Computes wide positions [begin, end) and stores those with x < width at
// C[row·ldc + y·width + x] (adding residual[row·ldc + y·width + x] when there is one); the
// kW − 1 wide positions at the end of each row are padding and computed for nothing; with
// end ≤ (height − 1)·paddedWidth + width every read stays inside the padded image. Saves unfolding K
// copies of the input (a third of the time of a 16-channel 3×3 convolution) at the cost of
// (kW − 1) / paddedWidth wasted columns.
struct ShiftedColumns;
void multiplyPackedShifted(const float* packedA, int64_t M, int64_t K, const float* image,
                           const int64_t* offsets, int64_t begin, int64_t end, int64_t paddedWidth,
                           int64_t width, const float* bias, Activation activation, float* C, int64_t ldc,
                           const float* residual = nullptr, int64_t panelK = 0,
                           const int64_t* depths = nullptr, const ShiftedColumns* columns = nullptr);

// Where the column blocks of a shifted product over wide positions [begin, end) put their outputs: for each
// block of the AVX-512 kernels, the masked stores of its vectors (which lanes go to which place of C, the
// padding columns left out). They depend only on the range and the map, so a convolution works them out
// once for each band of positions (planShiftedColumns) and passes them with every product of that band,
// instead of every call working them out again: on a narrow network's short products that was 3-8% of the
// time (README, Performance). Empty without the AVX-512 kernels, whose portable blocks store otherwise.
struct ShiftedColumns {
    struct Block {
        int64_t first = 0, columns = 0; // wide positions [first, first + columns)
        int vectors = 0;                // 16-float vectors: 2, or 1 for a half block
        bool narrow = false;            // fewer columns than a half block: run by the unplanned path
        int stores[2] = {};             // per vector, how many masked stores (at most 16: one a lane)
        uint16_t mask[2][16];           // store i of vector v: lanes mask[v][i] ...
        int64_t offset[2][16];          // ... to C at the row's start + offset[v][i] + lane
    };
    int64_t begin = 0, end = 0, paddedWidth = 0, width = 0;
    bool avx512 = false; // planned for the AVX-512 kernels (they were on)
    std::vector<Block> blocks;

    // Whether these are the blocks of this range and map for the kernels now in use.
    bool fits(int64_t begin, int64_t end, int64_t paddedWidth, int64_t width) const;
};
ShiftedColumns planShiftedColumns(int64_t begin, int64_t end, int64_t paddedWidth, int64_t width);

} // namespace dyve
