#pragma once

#include <cstdint>
#include <vector>

namespace dyve {

// Copies a strided view of `x` into the contiguous `y`: output element (i0, …, ir-1), over `dims`, is
// x[Σ ik·strides[k]] (a stride may be negative or zero). `index` is the odometer's scratch, resized here,
// so that a layer can keep one and allocate nothing per run. Transpose and Slice are such views.
void copyStrided(const float* x, const std::vector<int64_t>& dims, const std::vector<int64_t>& strides,
                 float* y, std::vector<int64_t>& index);

} // namespace dyve
