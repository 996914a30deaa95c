#pragma once

#include "core/tensor.h"
#include "graph/graph.h"
#include "kernels/window_geometry.h"
#include "operators/node_context.h"

#include <vector>

namespace dyve {

enum class AutoPad { NotSet, SameUpper, SameLower, Valid };

// The sliding-window attributes Conv, MaxPool and AveragePool share, as ONNX spells them (kernel_shape,
// strides, dilations, pads, auto_pad, ceil_mode), checked once at load. There are always two spatial axes,
// height then width: a 1-D operator is a 2-D one of height 1, so every kernel has one code path.
struct WindowAttributes {
    int spatialRank = 2; // 1 or 2, as in the model
    int64_t kernel[2] = {1, 1};
    int64_t stride[2] = {1, 1};
    int64_t dilation[2] = {1, 1};
    int64_t padBegin[2] = {0, 0};
    int64_t padEnd[2] = {0, 0};
    AutoPad autoPad = AutoPad::NotSet;
    bool ceilMode = false;
};

// Reads the attributes of a window of kernelShape (one or two entries, from kernel_shape or from the
// weights). Throws ModelError for malformed values and ImportError for 3-D windows and for auto_pad
// combined with explicit pads.
WindowAttributes readWindowAttributes(const Node& node, const NodeContext& context,
                                      const std::vector<int64_t>& kernelShape);

// MaxPool's and AveragePool's window: kernel_shape is required, and, as ONNX's shape inference demands,
// every pad is smaller than the dilated kernel, so no window lies wholly in the padding.
WindowAttributes readPoolWindow(const Node& node, const NodeContext& context);

// Places the window on an input of shape N×C×[H×]W. The output size follows ONNX: floor((in + pads −
// dilated kernel) / stride) + 1, or with ceil_mode the ceiling, minus one when the last window would start
// at or past in + padBegin (the rule of Caffe, PyTorch and ONNX Runtime); SAME_* gives ceil(in / stride)
// with the odd pad at the end (UPPER) or the beginning (LOWER). Throws ModelError when the rank does not
// match or the window does not fit.
WindowGeometry placeWindow(const WindowAttributes& attributes, const Shape& input,
                           const NodeContext& context);

} // namespace dyve
