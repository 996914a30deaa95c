#include "kernels/packed_gemm.h"

#include "kernels/cpu_features.h"
#include "kernels/vector_clones.h"

#include <algorithm>
#include <cstring>
#include <type_traits>

#if DYVE_HAS_AVX512_TARGET
#include <immintrin.h>
#endif

namespace dyve {

namespace {

// GNU vector extensions (GCC and Clang, any target) rather than intrinsics, so the same source serves every
// instruction set and arm64; the compiler would not keep a plain float[8][32] accumulator array in registers.
// Eight floats are one AVX register, two SSE or NEON registers; sixteen are one AVX-512 register.
typedef float Vector8 __attribute__((vector_size(32)));
typedef float Vector16 __attribute__((vector_size(64)));

// Unaligned loads and stores of a vector. Taking a value (not an accumulator's address, as memcpy into it
// would) keeps the accumulators out of memory.
template <class Vector> inline __attribute__((always_inline)) Vector load(const float* p) {
    Vector v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template <class Vector> inline __attribute__((always_inline)) void store(float* p, Vector v) {
    std::memcpy(p, &v, sizeof v);
}

// The products of one kPanelRows × (lanes · Vectors) block of C added to `acc`: kPanelRows · Vectors
// accumulators updated by a broadcast of A times a row of
// B for every k. rowOf(k) is where row k of the block's B starts; `columns` < width only for a Narrow block,
// whose B is read through a zero-padded copy. Only the first Rows rows of the panel are computed: a panel
// with four rows or fewer in use (the last of M = 20, every panel of a 4-channel layer: a network at a
// quarter of its width) does half the multiply-adds.
//
// The block is sized to the register file: 8 × 16 (16 eight-float accumulators) for AVX2 and NEON, 8 × 32
// (16 sixteen-float accumulators) for AVX-512, whose two 512-bit FMA pipes of four cycles' latency need at
// least eight independent accumulators and whose 32 registers hold sixteen of them beside two rows of B.
template <class Vector, int Vectors, bool Narrow, int Rows, class RowOf>
inline __attribute__((always_inline)) void
accumulateInto(Vector (&acc)[Rows][Vectors], const float* __restrict a, RowOf rowOf, int64_t K, int columns) {
    constexpr int lanes = sizeof(Vector) / sizeof(float);
    constexpr int width = lanes * Vectors;
    for (int64_t k = 0; k < K; ++k, a += kPanelRows) {
        const float* b = rowOf(k);
        Vector bk[Vectors];
        if constexpr (Narrow) {
            float row[width] = {};
            std::copy(b, b + columns, row);
            std::memcpy(bk, row, sizeof bk);
        } else {
            for (int v = 0; v < Vectors; ++v)
                bk[v] = load<Vector>(b + v * lanes);
        }
        for (int r = 0; r < Rows; ++r)
            for (int v = 0; v < Vectors; ++v)
                acc[r][v] += a[r] * bk[v];
    }
}

// accumulateInto from zero, the accumulators then stored to sums[row · width + column].
template <class Vector, int Vectors, bool Narrow, int Rows, class RowOf>
inline __attribute__((always_inline)) void accumulate(const float* __restrict a, RowOf rowOf, int64_t K,
                                                      int columns, float* __restrict sums) {
    constexpr int lanes = sizeof(Vector) / sizeof(float);
    constexpr int width = lanes * Vectors;
    Vector acc[Rows][Vectors] = {};
    accumulateInto<Vector, Vectors, Narrow, Rows>(acc, a, rowOf, K, columns);
    for (int r = 0; r < Rows; ++r)
        for (int v = 0; v < Vectors; ++v)
            store(sums + r * width + v * lanes, acc[r][v]);
}

// The instruction sets' block shapes and how their accumulation is compiled. The AVX-512 accumulation is a
// function of its own: inlined into the column and reduction loops around it, GCC kept some of its sixteen
// accumulators in memory (README, Performance).
struct PortableBlocks {
    using Vector = Vector8;
    static constexpr int vectors = 2;
    template <class V, int Vectors, bool Narrow, int Rows, class RowOf>
    static inline __attribute__((always_inline)) void accumulate(const float* a, RowOf rowOf, int64_t K,
                                                                 int columns, float* sums) {
        dyve::accumulate<V, Vectors, Narrow, Rows>(a, rowOf, K, columns, sums);
    }
};

// Where a block's columns go in C: runs of lanes [from, to) of the block, lane l of a run stored at
// C[row · ldc + at + l − from]. A block of a shifted product has one run per output row it touches (the
// padding columns between are dropped); a block of an unfolded product has one.
struct ColumnRuns {
    int count = 0;
    int64_t from[kPanelColumns], to[kPanelColumns], at[kPanelColumns];
};

// Where row `row` of a product starts in panels packed panelK deep: a block may start at the second half of a
// panel, the product then reading the rows at the panel's stride from there.
inline int64_t packedRowOffset(int64_t row, int64_t panelK) {
    return (row / kPanelRows) * kPanelRows * panelK + row % kPanelRows;
}

// Calls block(first row, rows, depth) for the row blocks of an M-row product, its rows' weights ending at
// `depths` (panelDepths(): one a half panel, null: all at K). A panel runs whole, to the deeper of its
// halves' depths, unless one half's weights end at three quarters of the other's or earlier (a network
// trained at nested widths whose steps add four channels: the first four rows of a panel read half the input
// channels the next four do): each half then runs alone to its own depth.
template <class Block>
inline __attribute__((always_inline)) void forEachRowBlock(int64_t M, int64_t K, const int64_t* depths,
                                                           Block&& block) {
    constexpr int half = kPanelRows / 2;
    for (int64_t i = 0; i < M; i += kPanelRows) {
        const int rows = static_cast<int>(std::min<int64_t>(kPanelRows, M - i));
        const int64_t first = depths ? std::min(K, depths[i / half]) : K;
        if (rows <= half) {
            block(i, rows, first);
            continue;
        }
        const int64_t second = depths ? std::min(K, depths[i / half + 1]) : K;
        if (4 * std::min(first, second) <= 3 * std::max(first, second)) {
            block(i, half, first);
            block(i + half, rows - half, second);
        } else {
            block(i, rows, std::max(first, second));
        }
    }
}

// The runs of a block of a shifted product (multiplyPackedShifted) at wide positions [q0, q0 + columns):
// the block's columns fall into at most a few output rows, and each row's run of real (not padding)
// positions is stored contiguously.
inline ColumnRuns shiftedRuns(int64_t q0, int64_t columns, int64_t paddedWidth, int64_t width) {
    ColumnRuns runs;
    for (int64_t p = q0; p < q0 + columns;) {
        const int64_t y = p / paddedWidth, x = p % paddedWidth;
        const int64_t rowEnd = std::min(q0 + columns, (y + 1) * paddedWidth);
        if (x < width) {
            runs.from[runs.count] = p - q0;
            runs.to[runs.count] = std::min(rowEnd, y * paddedWidth + width) - q0;
            runs.at[runs.count] = y * width + x;
            ++runs.count;
        }
        p = rowEnd;
    }
    return runs;
}

// The masked stores of a block of `Vectors` sixteen-float vectors whose columns go where `runs` say: lane l
// of vector v goes to C at runs.at + (v · 16 + l − runs.from) of the run it falls in.
using StoreBlock = ShiftedColumns::Block;
template <int Vectors> void makeStores(const ColumnRuns& runs, StoreBlock& block) {
    constexpr int lanes = 16;
    for (int v = 0; v < Vectors; ++v) {
        int& count = block.stores[v];
        count = 0;
        for (int run = 0; run < runs.count; ++run) {
            const int64_t first = std::max<int64_t>(runs.from[run], v * lanes);
            const int64_t last = std::min<int64_t>(runs.to[run], (v + 1) * lanes);
            if (first >= last) continue;
            block.mask[v][count] =
                static_cast<uint16_t>(((1u << (last - first)) - 1u) << (first - v * lanes));
            block.offset[v][count] = runs.at[run] - runs.from[run] + v * lanes;
            ++count;
        }
    }
}

#if DYVE_HAS_AVX512_TARGET
struct Avx512Blocks {
    using Vector = Vector16;
    static constexpr int vectors = 2;
    template <class V, int Vectors, bool Narrow, int Rows, class RowOf>
    DYVE_AVX512_TARGET static __attribute__((noinline)) void accumulate(const float* a, RowOf rowOf,
                                                                        int64_t K, int columns, float* sums) {
        dyve::accumulate<V, Vectors, Narrow, Rows>(a, rowOf, K, columns, sums);
    }

    // A whole block (not Narrow) of `rows` ≤ Rows rows, its bias, residual and activation applied in the
    // registers and each run stored straight to C with masked stores (`stores`: made once a block for all its
    // panels, or once a layer's band by planShiftedColumns): no round trip through a block of sums and no
    // copy per run, which on the short rows of a narrow network's layers (K = 36: a 4-channel 3 × 3
    // convolution) cost as much as the products. The rows are
    // unrolled, so that the accumulators stay in registers to the last store. The same operations in the same
    // order as the path through the sums, so the same values bit for bit.
    template <int Vectors, int Rows, class RowOf>
    DYVE_AVX512_TARGET static __attribute__((noinline)) void
    multiplyStore(const float* __restrict a, RowOf rowOf, int64_t K, int rows, const float* bias,
                  Activation activation, const float* residual, float* C, int64_t ldc,
                  const StoreBlock& stores) {
        Vector16 acc[Rows][Vectors] = {};
        accumulateInto<Vector16, Vectors, false, Rows>(acc, a, rowOf, K, Vectors * 16);
#pragma GCC unroll 8
        for (int r = 0; r < Rows; ++r) {
            if (r >= rows) break;
            const float b = bias ? bias[r] : 0.0f;
#pragma GCC unroll 2
            for (int v = 0; v < Vectors; ++v) {
                Vector16 y = acc[r][v] + b;
                if (!residual) y = activation(y);
                for (int i = 0; i < stores.stores[v]; ++i) {
                    const int64_t offset = r * ldc + stores.offset[v][i];
                    const __mmask16 mask = stores.mask[v][i];
                    Vector16 out = y;
                    if (residual) {
                        Vector16 shortcut;
                        const __m512 loaded = _mm512_maskz_loadu_ps(mask, residual + offset);
                        std::memcpy(&shortcut, &loaded, sizeof shortcut);
                        out = activation(y + shortcut);
                    }
                    __m512 stored;
                    std::memcpy(&stored, &out, sizeof stored);
                    _mm512_mask_storeu_ps(C + offset, mask, stored);
                }
            }
        }
    }
};

// Every panel of rows of a whole block through Avx512Blocks::multiplyStore, with the block's `stores`, each
// panel's product stopping at its depth.
template <int Vectors, class RowOf>
inline __attribute__((always_inline)) void
multiplyStoredPanels(const float* packedA, int64_t M, int64_t K, int64_t panelK, const int64_t* depths,
                     RowOf rowOf, const float* bias, Activation activation, const float* residual, float* C,
                     int64_t ldc, const StoreBlock& stores) {
    forEachRowBlock(
        M, K, depths, [&](int64_t i, int rows, int64_t depth) __attribute__((always_inline)) {
            const float* a = packedA + packedRowOffset(i, panelK);
            const float* rowBias = bias ? bias + i : nullptr;
            const float* res = residual ? residual + i * ldc : nullptr;
            if (rows <= kPanelRows / 2)
                Avx512Blocks::multiplyStore<Vectors, kPanelRows / 2>(
                    a, rowOf, depth, rows, rowBias, activation, res, C + i * ldc, ldc, stores);
            else
                Avx512Blocks::multiplyStore<Vectors, kPanelRows>(a, rowOf, depth, rows, rowBias, activation,
                                                                 res, C + i * ldc, ldc, stores);
        });
}

// The same, the columns of C that `runs` say.
template <int Vectors, class RowOf>
inline __attribute__((always_inline)) void
multiplyStorePanels(const float* packedA, int64_t M, int64_t K, int64_t panelK, const int64_t* depths,
                    RowOf rowOf, const float* bias, Activation activation, const float* residual, float* C,
                    int64_t ldc, const ColumnRuns& runs) {
    StoreBlock stores;
    makeStores<Vectors>(runs, stores);
    multiplyStoredPanels<Vectors>(packedA, M, K, panelK, depths, rowOf, bias, activation, residual, C, ldc,
                                  stores);
}
#endif

// One kPanelRows × (lanes · Vectors) block of C, its rows [0, rows) stored with bias and activation applied
// by storeRow(row, values).
template <class Blocks, class Vector, int Vectors, bool Narrow, class RowOf, class Store>
inline __attribute__((always_inline)) void multiplyBlock(const float* a, RowOf rowOf, int64_t K,
                                                         const float* bias, Activation activation, int rows,
                                                         int columns, Store storeRow) {
    constexpr int lanes = sizeof(Vector) / sizeof(float);
    constexpr int width = lanes * Vectors;
    alignas(64) float sums[kPanelRows * width];
    if (rows <= kPanelRows / 2)
        Blocks::template accumulate<Vector, Vectors, Narrow, kPanelRows / 2>(a, rowOf, K, columns, sums);
    else
        Blocks::template accumulate<Vector, Vectors, Narrow, kPanelRows>(a, rowOf, K, columns, sums);
    for (int r = 0; r < rows; ++r) {
        float* out = sums + r * width;
        for (int v = 0; v < Vectors; ++v)
            store(out + v * lanes, activation(load<Vector>(out + v * lanes) + (bias ? bias[r] : 0.0f)));
        storeRow(r, out);
    }
}

// Stores a row of outputs that carry their bias: plainly, or with the residual at the same place of its
// own tensor added and then the activation applied (a residual block's Add and Relu, fused into the store).
inline __attribute__((always_inline)) void storeOutputs(const float* __restrict out, int64_t n,
                                                        const float* __restrict residual,
                                                        Activation activation, float* __restrict dst) {
    if (!residual) {
        std::copy(out, out + n, dst);
        return;
    }
    if (activation.kind == Activation::Kind::Clamp) { // one loop the compiler vectorises
        const float lo = activation.lo, hi = activation.hi;
        for (int64_t j = 0; j < n; ++j) {
            const float y = out[j] + residual[j];
            dst[j] = y < lo ? lo : (y > hi ? hi : y); // NaN stays NaN
        }
    } else {
        for (int64_t j = 0; j < n; ++j)
            dst[j] = activation(out[j] + residual[j]);
    }
}

// Splits the columns [begin, end) into blocks of `Vectors` vectors, the widest the micro-kernel has, and
// calls block(vectors, narrow, first, columns) for each, with vectors and narrow as compile-time constants
// (std::integral_constant). A tail shorter than half a block runs as a half block that overlaps the block
// before, a longer one as a whole block overlapping it: the overlapped columns are recomputed to the same
// values, cheaper than a narrow block's copies. The block is inlined (always_inline) so that it is compiled
// for the caller's instruction set. Only a range narrower than half a block runs narrow. On the 8 × 8 maps
// of ResNet's last stage (78 wide positions) this computes 80 columns where whole blocks computed 96.
template <class Vector, int Vectors, class Block>
inline __attribute__((always_inline)) void forEachColumnBlock(int64_t begin, int64_t end, Block&& block) {
    constexpr int lanes = static_cast<int>(sizeof(Vector) / sizeof(float));
    constexpr int halfVectors = Vectors > 1 ? Vectors / 2 : 1;
    constexpr int64_t width = lanes * Vectors, half = lanes * halfVectors;
    using Whole = std::integral_constant<int, Vectors>;
    using Half = std::integral_constant<int, halfVectors>;
    const int64_t n = end - begin;
    if (n < half) return block(Half{}, std::true_type{}, begin, n);
    if (n < width) {
        block(Half{}, std::false_type{}, begin, half);
        if (n > half) block(Half{}, std::false_type{}, end - half, half);
        return;
    }
    int64_t q = begin;
    for (; q + width <= end; q += width)
        block(Whole{}, std::false_type{}, q, width);
    if (q == end) return;
    if (end - q <= half)
        block(Half{}, std::false_type{}, end - half, half);
    else
        block(Whole{}, std::false_type{}, end - width, width);
}

// multiplyPacked for one column (a convolution of a 1 × 1 map: the squeeze-and-excite layers of MobileNetV3
// and EfficientNet): a matrix-vector product, panel by panel, each row of a panel one lane of an 8-float
// accumulator. A column block would compute 16 or 32 columns for it, through a zero-padded copy of B.
inline __attribute__((always_inline)) void multiplyColumn(const float* packedA, int64_t M, int64_t K,
                                                          const float* B, int64_t ldb, const float* bias,
                                                          Activation activation, float* C, int64_t ldc,
                                                          const float* residual, int64_t panelK,
                                                          const int64_t* depths) {
    for (int64_t i = 0; i < M; i += kPanelRows) {
        const float* a = packedA + i * panelK;
        // The deeper of the panel's halves: a matrix-vector product gains nothing by splitting it.
        constexpr int half = kPanelRows / 2;
        const int64_t depth =
            !depths ? K
                    : std::min(K, i + half < M ? std::max(depths[i / half], depths[i / half + 1])
                                               : depths[i / half]);
        Vector8 s0{}, s1{}, s2{}, s3{}; // four chains, to cover the FMA latency
        int64_t k = 0;
        for (; k + 4 <= depth; k += 4) {
            s0 += load<Vector8>(a + k * kPanelRows) * B[k * ldb];
            s1 += load<Vector8>(a + (k + 1) * kPanelRows) * B[(k + 1) * ldb];
            s2 += load<Vector8>(a + (k + 2) * kPanelRows) * B[(k + 2) * ldb];
            s3 += load<Vector8>(a + (k + 3) * kPanelRows) * B[(k + 3) * ldb];
        }
        for (; k < depth; ++k)
            s0 += load<Vector8>(a + k * kPanelRows) * B[k * ldb];
        const Vector8 sums = (s0 + s1) + (s2 + s3);
        const int rows = static_cast<int>(std::min<int64_t>(kPanelRows, M - i));
        for (int r = 0; r < rows; ++r) {
            float y = sums[r] + (bias ? bias[i + r] : 0.0f);
            if (residual) y += residual[(i + r) * ldc];
            C[(i + r) * ldc] = activation(y);
        }
    }
}

// multiplyPacked with blocks of `Vector`s: column blocks outside, panels inside, so a K × width block of B
// stays in cache while every panel of A passes over it.
template <class Blocks, class Vector = typename Blocks::Vector, int Vectors = Blocks::vectors>
inline __attribute__((always_inline)) void
multiplyPackedBlocks(const float* packedA, int64_t M, int64_t N, int64_t K, const float* B, int64_t ldb,
                     const float* bias, Activation activation, float* C, int64_t ldc, const float* residual,
                     int64_t panelK, const int64_t* depths) {
    if (N == 1)
        return multiplyColumn(packedA, M, K, B, ldb, bias, activation, C, ldc, residual, panelK, depths);
    forEachColumnBlock<Vector, Vectors>(
        0, N, [&](auto vectors, auto narrow, int64_t j0, int64_t columns) __attribute__((always_inline)) {
            const float* b = B + j0;
            auto rowOf = [b, ldb](int64_t k) { return b + k * ldb; };
#if DYVE_HAS_AVX512_TARGET
            if constexpr (std::is_same_v<Blocks, Avx512Blocks> && !decltype(narrow)::value) {
                ColumnRuns runs;
                runs.count = 1;
                runs.from[0] = 0;
                runs.to[0] = columns;
                runs.at[0] = j0;
                multiplyStorePanels<decltype(vectors)::value>(packedA, M, K, panelK, depths, rowOf, bias,
                                                              activation, residual, C, ldc, runs);
                return;
            }
#endif
            forEachRowBlock(
                M, K, depths, [&](int64_t i, int rows, int64_t depth) __attribute__((always_inline)) {
                    float* c = C + i * ldc + j0;
                    const float* res = residual ? residual + i * ldc + j0 : nullptr;
                    multiplyBlock<Blocks, Vector, decltype(vectors)::value, decltype(narrow)::value>(
                        packedA + packedRowOffset(i, panelK), rowOf, depth, bias ? bias + i : nullptr,
                        residual ? Activation::none() : activation, rows, static_cast<int>(columns),
                        [&](int r, const float* out) {
                            storeOutputs(out, columns, res ? res + r * ldc : nullptr, activation,
                                         c + r * ldc);
                        });
                });
        });
}

// multiplyPackedShifted with blocks of `Vector`s; `planned` (null: none), the AVX-512 blocks' stores.
template <class Blocks, class Vector = typename Blocks::Vector, int Vectors = Blocks::vectors>
inline __attribute__((always_inline)) void
multiplyShiftedBlocks(const float* packedA, int64_t M, int64_t K, const float* image, const int64_t* offsets,
                      int64_t begin, int64_t end, int64_t paddedWidth, int64_t width, const float* bias,
                      Activation activation, float* C, int64_t ldc, const float* residual, int64_t panelK,
                      const int64_t* depths, const ShiftedColumns* planned) {
    auto columnBlock = [&](auto vectors, auto narrow, int64_t q0, int64_t columns)
        __attribute__((always_inline)) {
        const float* base = image + q0;
        auto rowOf = [base, offsets](int64_t k) { return base + offsets[k]; };
        const ColumnRuns runs = shiftedRuns(q0, columns, paddedWidth, width);
#if DYVE_HAS_AVX512_TARGET
        if constexpr (std::is_same_v<Blocks, Avx512Blocks> && !decltype(narrow)::value) {
            multiplyStorePanels<decltype(vectors)::value>(packedA, M, K, panelK, depths, rowOf, bias,
                                                          activation, residual, C, ldc, runs);
            return;
        }
#endif
        forEachRowBlock(
            M, K, depths, [&](int64_t i, int rows, int64_t depth) __attribute__((always_inline)) {
                float* c = C + i * ldc;
                const float* res = residual ? residual + i * ldc : nullptr;
                multiplyBlock<Blocks, Vector, decltype(vectors)::value, decltype(narrow)::value>(
                    packedA + packedRowOffset(i, panelK), rowOf, depth, bias ? bias + i : nullptr,
                    residual ? Activation::none() : activation, rows, static_cast<int>(columns),
                    [&](int r, const float* out) {
                        for (int run = 0; run < runs.count; ++run)
                            storeOutputs(out + runs.from[run], runs.to[run] - runs.from[run],
                                         res ? res + r * ldc + runs.at[run] : nullptr, activation,
                                         c + r * ldc + runs.at[run]);
                    });
            });
    };
#if DYVE_HAS_AVX512_TARGET
    if constexpr (std::is_same_v<Blocks, Avx512Blocks>) {
        if (planned) {
            for (const StoreBlock& b : planned->blocks) {
                using Half = std::integral_constant<int, Vectors / 2>;
                if (b.narrow) {
                    columnBlock(Half{}, std::true_type{}, b.first, b.columns);
                    continue;
                }
                const float* base = image + b.first;
                auto rowOf = [base, offsets](int64_t k) { return base + offsets[k]; };
                if (b.vectors == Vectors)
                    multiplyStoredPanels<Vectors>(packedA, M, K, panelK, depths, rowOf, bias, activation,
                                                  residual, C, ldc, b);
                else
                    multiplyStoredPanels<Half::value>(packedA, M, K, panelK, depths, rowOf, bias, activation,
                                                      residual, C, ldc, b);
            }
            return;
        }
    }
#endif
    forEachColumnBlock<Vector, Vectors>(begin, end, columnBlock);
}

DYVE_VECTOR_CLONES
void multiplyPackedPortable(const float* packedA, int64_t M, int64_t N, int64_t K, const float* B,
                            int64_t ldb, const float* bias, Activation activation, float* C, int64_t ldc,
                            const float* residual, int64_t panelK, const int64_t* depths) {
    multiplyPackedBlocks<PortableBlocks>(packedA, M, N, K, B, ldb, bias, activation, C, ldc, residual, panelK,
                                         depths);
}

DYVE_VECTOR_CLONES
void multiplyShiftedPortable(const float* packedA, int64_t M, int64_t K, const float* image,
                             const int64_t* offsets, int64_t begin, int64_t end, int64_t paddedWidth,
                             int64_t width, const float* bias, Activation activation, float* C, int64_t ldc,
                             const float* residual, int64_t panelK, const int64_t* depths) {
    multiplyShiftedBlocks<PortableBlocks>(packedA, M, K, image, offsets, begin, end, paddedWidth, width, bias,
                                          activation, C, ldc, residual, panelK, depths, nullptr);
}

#if DYVE_HAS_AVX512_TARGET
DYVE_AVX512_TARGET
void multiplyPackedAvx512(const float* packedA, int64_t M, int64_t N, int64_t K, const float* B, int64_t ldb,
                          const float* bias, Activation activation, float* C, int64_t ldc,
                          const float* residual, int64_t panelK, const int64_t* depths) {
    multiplyPackedBlocks<Avx512Blocks>(packedA, M, N, K, B, ldb, bias, activation, C, ldc, residual, panelK,
                                       depths);
}

DYVE_AVX512_TARGET
void multiplyShiftedAvx512(const float* packedA, int64_t M, int64_t K, const float* image,
                           const int64_t* offsets, int64_t begin, int64_t end, int64_t paddedWidth,
                           int64_t width, const float* bias, Activation activation, float* C, int64_t ldc,
                           const float* residual, int64_t panelK, const int64_t* depths,
                           const ShiftedColumns* planned) {
    multiplyShiftedBlocks<Avx512Blocks>(packedA, M, K, image, offsets, begin, end, paddedWidth, width, bias,
                                        activation, C, ldc, residual, panelK, depths, planned);
}
#endif

} // namespace

std::vector<float> packPanels(const float* A, int64_t M, int64_t K, int64_t lda) {
    const int64_t panels = (M + kPanelRows - 1) / kPanelRows;
    std::vector<float> packed(static_cast<size_t>(panels * K * kPanelRows), 0.0f);
    for (int64_t row = 0; row < M; ++row)
        for (int64_t k = 0; k < K; ++k)
            packed[static_cast<size_t>(((row / kPanelRows) * K + k) * kPanelRows + row % kPanelRows)] =
                A[row * lda + k];
    return packed;
}

std::vector<int64_t> panelDepths(const float* A, int64_t M, int64_t K, int64_t lda) {
    constexpr int half = kPanelRows / 2;
    std::vector<int64_t> depths(static_cast<size_t>((M + half - 1) / half), 0);
    for (int64_t row = 0; row < M; ++row) {
        int64_t depth = K;
        while (depth > 0 && A[row * lda + depth - 1] == 0.0f)
            --depth;
        int64_t& rows = depths[static_cast<size_t>(row / half)];
        rows = std::max(rows, depth);
    }
    return depths;
}

int64_t depthSkippedProducts(int64_t M, int64_t K, const int64_t* depths) {
    int64_t skipped = 0;
    forEachRowBlock(M, K, depths, [&](int64_t, int rows, int64_t depth) { skipped += rows * (K - depth); });
    return skipped;
}

void multiplyPacked(const float* packedA, int64_t M, int64_t N, int64_t K, const float* B, int64_t ldb,
                    const float* bias, Activation activation, float* C, int64_t ldc, const float* residual,
                    int64_t panelK, const int64_t* depths) {
    if (M <= 0 || N <= 0) return;
    if (panelK < K) panelK = K;
#if DYVE_HAS_AVX512_TARGET
    if (avx512KernelsEnabled())
        return multiplyPackedAvx512(packedA, M, N, K, B, ldb, bias, activation, C, ldc, residual, panelK,
                                    depths);
#endif
    multiplyPackedPortable(packedA, M, N, K, B, ldb, bias, activation, C, ldc, residual, panelK, depths);
}

bool ShiftedColumns::fits(int64_t b, int64_t e, int64_t pw, int64_t w) const {
    return begin == b && end == e && paddedWidth == pw && width == w && avx512 == avx512KernelsEnabled();
}

ShiftedColumns planShiftedColumns(int64_t begin, int64_t end, int64_t paddedWidth, int64_t width) {
    ShiftedColumns plan;
    plan.begin = begin;
    plan.end = end;
    plan.paddedWidth = paddedWidth;
    plan.width = width;
    plan.avx512 = avx512KernelsEnabled();
#if DYVE_HAS_AVX512_TARGET
    // The blocks multiplyShiftedBlocks<Avx512Blocks> would make, in its order.
    if (plan.avx512 && end > begin)
        forEachColumnBlock<Vector16, Avx512Blocks::vectors>(
            begin, end, [&](auto vectors, auto narrow, int64_t q0, int64_t columns) {
                StoreBlock& b = plan.blocks.emplace_back();
                b.first = q0;
                b.columns = columns;
                b.vectors = decltype(vectors)::value;
                b.narrow = decltype(narrow)::value;
                if (!b.narrow)
                    makeStores<decltype(vectors)::value>(shiftedRuns(q0, columns, paddedWidth, width), b);
            });
#endif
    return plan;
}

void multiplyPackedShifted(const float* packedA, int64_t M, int64_t K, const float* image,
                           const int64_t* offsets, int64_t begin, int64_t end, int64_t paddedWidth,
                           int64_t width, const float* bias, Activation activation, float* C, int64_t ldc,
                           const float* residual, int64_t panelK, const int64_t* depths,
                           const ShiftedColumns* columns) {
    if (M <= 0 || end <= begin) return;
    if (panelK < K) panelK = K;
#if DYVE_HAS_AVX512_TARGET
    if (avx512KernelsEnabled())
        return multiplyShiftedAvx512(
            packedA, M, K, image, offsets, begin, end, paddedWidth, width, bias, activation, C, ldc, residual,
            panelK, depths, columns && columns->fits(begin, end, paddedWidth, width) ? columns : nullptr);
#else
    (void)columns;
#endif
    multiplyShiftedPortable(packedA, M, K, image, offsets, begin, end, paddedWidth, width, bias, activation,
                            C, ldc, residual, panelK, depths);
}

} // namespace dyve
