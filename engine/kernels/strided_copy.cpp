#include "kernels/strided_copy.h"

#include "kernels/vector_clones.h"

#include <algorithm>

namespace dyve {

void copyStrided(const float* x, const std::vector<int64_t>& dims, const std::vector<int64_t>& strides,
                 float* y, std::vector<int64_t>& index) {
    if (dims.empty()) {
        y[0] = x[0];
        return;
    }
    int64_t size = 1;
    for (int64_t d : dims)
        size *= d;
    if (size == 0) return;
    const size_t rank = dims.size();
    const int64_t n = dims.back(), stride = strides.back();
    index.assign(rank, 0);
    int64_t offset = 0;
    for (int64_t done = 0; done < size; done += n) {
        const float* px = x + offset;
        float* py = y + done;
        for (int64_t i = 0; i < n; ++i)
            py[i] = px[i * stride];
        // The next row: the innermost outer dimension that has not run out steps on, those after it restart.
        for (size_t d = rank - 1; d-- > 0;) {
            offset += strides[d];
            if (++index[d] < dims[d]) break;
            offset -= strides[d] * dims[d];
            index[d] = 0;
        }
    }
}

// The loops stay loops: GCC would make the one of step 1 a call of memcpy, which for rows of 8 to 32 floats
// costs more than the copy.
#if defined(__GNUC__) && !defined(__clang__)
#define DYVE_NO_MEMCPY_CALLS __attribute__((optimize("no-tree-loop-distribute-patterns")))
#else
#define DYVE_NO_MEMCPY_CALLS
#endif
DYVE_VECTOR_CLONES DYVE_NO_MEMCPY_CALLS void copyRows(const float* __restrict src, int64_t srcStride,
                                                      int64_t step, float* __restrict dst, int64_t dstStride,
                                                      int64_t rows, int64_t n) {
    for (int64_t r = 0; r < rows; ++r, src += srcStride, dst += dstStride) {
        if (step == 1) {
            for (int64_t c = 0; c < n; ++c)
                dst[c] = src[c];
        } else if (step == 2) {
            for (int64_t c = 0; c < n; ++c)
                dst[c] = src[2 * c];
        } else {
            for (int64_t c = 0; c < n; ++c)
                dst[c] = src[c * step];
        }
    }
}

} // namespace dyve
