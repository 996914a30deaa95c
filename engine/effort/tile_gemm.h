#pragma once

#include <cstdint>

namespace dyve {

// The effort path's unit of work (SPEC §4.3–§4.5): a tile of kTileLanes output positions of one
// convolution. Its patches are unfolded K-major — row k holds column k of the kept-channel GEMM for every
// position of the tile, kTileLanes floats — so that any subset of output channels can be multiplied with
// any range of columns at the speed of a dense GEMM micro-kernel: SPET's partial sums are the leading
// columns for every channel, its completions the remaining columns for the channels still running, SDSS's
// exact neurons the channels whose neighbourhood is significant. Decisions are taken per (output channel,
// tile): a channel is completed for the whole tile when any of its positions needs it, so skipped work is
// whole micro-kernel rows and never dense work followed by masking.
constexpr int kTileLanes = 16;

// values[o·kTileLanes + i] += Σ_{k ∈ [k0, k1)} weights[o·ldw + k] · tile[k·kTileLanes + i] for every o
// in rows[0..rowCount) and every lane i: eight output channels at a time, each weight row read in place.
void accumulateTileRows(const float* weights, int64_t ldw, const int32_t* rows, int64_t rowCount,
                        const float* tile, int64_t k0, int64_t k1, float* values);

// The same with the tile's rows read in place: row k of the tile is the kTileLanes floats at
// patchRows[k] + offset (a 1×1 convolution with stride 1 and no padding reads its input planes directly).
void accumulateTileRows(const float* weights, int64_t ldw, const int32_t* rows, int64_t rowCount,
                        const float* const* patchRows, int64_t offset, int64_t k0, int64_t k1, float* values);
// values[o·kTileLanes + i] = bias[o] for every o in rows and every lane: the tile's starting values when the
// bias is all there is to add.
void fillTileRows(const float* bias, const int32_t* rows, int64_t rowCount, float* values);

// output[o·plane + first + i] = max(values[o·kTileLanes + i], 0) and states[o·plane + first + i] = state
// for every o in rows and every lane: a full tile along one output row leaving through ReLU.
void storeTileRowsRectified(const float* values, const int32_t* rows, int64_t rowCount, float* output,
                            uint8_t* states, int64_t plane, int64_t first, uint8_t state);

} // namespace dyve
