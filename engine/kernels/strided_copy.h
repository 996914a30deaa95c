#pragma once

#include <cstdint>
#include <vector>

namespace dyve {

// Copies a strided view of `x` into the contiguous `y`: output element (i0, …, ir-1), over `dims`, is
// x[Σ ik·strides[k]] (a stride may be negative or zero). `index` is the odometer's scratch, resized here,
// so that a layer can keep one and allocate nothing per run. Transpose and Slice are such views.
void copyStrided(const float* x, const std::vector<int64_t>& dims, const std::vector<int64_t>& strides,
                 float* y, std::vector<int64_t>& index);

// `rows` rows of n floats: dst[r·dstStride + c] = src[r·srcStride + c·step]. The rows of a padded copy of a
// convolution's input (operators/conv.cpp), step 2 for the phases of a stride-2 one: a loop the compiler
// vectorises for the CPU, where a memmove a row cost a call for 8 to 32 floats and the phases were copied
// one float at a time.
void copyRows(const float* src, int64_t srcStride, int64_t step, float* dst, int64_t dstStride, int64_t rows,
              int64_t n);

} // namespace dyve
