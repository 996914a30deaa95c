#pragma once

#include "kernels/window_geometry.h"

namespace dyve {

// Unfolds `channels` input planes into the GEMM's right-hand matrix (Caffe's im2col, SPEC §4.2): row
// (c, ky, kx) holds, for every output position, the input value that kernel tap meets there (0 in the
// padding), so that convolution is weights[C_out × channels·kH·kW] · columns. Only the output positions
// [first, end) (row-major over outH × outW) are unfolded, position p into column p − first of a row-major
// matrix whose rows are `stride` apart: each thread of a convolution unfolds and multiplies its own tile of
// positions into its own compact buffer, small enough to stay in its core's cache.
void im2col(const float* input, int64_t channels, const WindowGeometry& geometry, int64_t first, int64_t end,
            float* columns, int64_t stride);

} // namespace dyve
