#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>

namespace dyve {

// A window placed on a concrete input: both axes' sizes, with auto_pad resolved into pads (placeWindow,
// operators/window_attributes.h). What the dense kernels and the effort path compute with.
struct WindowGeometry {
    int64_t in[2] = {1, 1};
    int64_t out[2] = {1, 1};
    int64_t kernel[2] = {1, 1};
    int64_t stride[2] = {1, 1};
    int64_t dilation[2] = {1, 1};
    int64_t padBegin[2] = {0, 0};
    int64_t padEnd[2] = {0, 0};

    int64_t inSize() const { return in[0] * in[1]; }
    int64_t outSize() const { return out[0] * out[1]; }
    int64_t kernelSize() const { return kernel[0] * kernel[1]; }
    bool hasPadding() const { return padBegin[0] || padBegin[1] || padEnd[0] || padEnd[1]; }
};

// The output positions i in [0, count) whose input position i·stride + offset lies inside [0, limit):
// always one contiguous run, returned as [begin, end). Kernels use it to split a row into the part that
// reads padding and the part that does not, instead of testing every element.
inline std::pair<int64_t, int64_t> insideRange(int64_t offset, int64_t stride, int64_t limit, int64_t count) {
    int64_t begin = offset >= 0 ? 0 : (-offset + stride - 1) / stride;
    int64_t end = limit - offset <= 0 ? 0 : (limit - offset + stride - 1) / stride;
    begin = std::min(begin, count);
    end = std::max(begin, std::min(end, count));
    return {begin, end};
}

} // namespace dyve
