#pragma once

#include "kernels/window_geometry.h"

#include <cstdint>
#include <vector>

namespace dyve {

// The input planes with their zero padding written out, so that every patch is a plain copy whatever its
// position (a third of a small map's positions touch the padding). Without padding it is the input itself.
struct PaddedInput {
    const float* planes = nullptr; // one plane of height × width per input channel
    int64_t height = 0, width = 0;
    std::vector<float> storage;
};

// Pads the listed channels of a C×H×W input (the others are left unwritten: nothing reads them).
void padInput(const float* input, int64_t inChannels, const WindowGeometry& geometry, const int32_t* channels,
              int64_t channelCount, PaddedInput& padded);

// The effort path's unfolding of a convolution input, position-major (the transpose of the dense path's
// im2col): row i holds the patch output position positions[i] (oy·Wo + ox) reads — for each listed input
// channel in the order given, its kh×kw taps, 0 in the zero padding. Position-major rows let SPET complete
// one neuron with one contiguous dot product (SPEC §4.3), let SDSS unfold only the positions it computes
// (§4.4), and listing the channels lets SFMA leave approximated maps out of the GEMM (§4.5).
void extractPatches(const PaddedInput& input, const WindowGeometry& geometry, const int32_t* channels,
                    int64_t channelCount, const int32_t* positions, int64_t count, float* patches);

// The K-major unfolding of one tile of n ≤ kTileLanes output positions (effort/tile_gemm.h): row k =
// j·kh·kw + ky·kw + kx holds, for each position, tap (ky, kx) of the j-th listed channel. Lanes past n
// repeat the first position (computed, never stored). A tile along one output row at a step of one or two
// columns — most tiles of SDSS's grid and off-grid lists — is copied with strided vector moves, others
// gathered.
void gatherTile(const PaddedInput& input, const WindowGeometry& geometry, const int32_t* channels,
                int64_t channelCount, const int32_t* positions, int64_t n, float* tile);

} // namespace dyve
