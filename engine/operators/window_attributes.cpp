#include "operators/window_attributes.h"

#include <string>

namespace dyve {

namespace {

std::string joined(const std::vector<int64_t>& values) {
    std::string s = "[";
    for (size_t i = 0; i < values.size(); ++i)
        s += (i ? "," : "") + std::to_string(values[i]);
    return s + "]";
}

// A per-axis attribute (strides, dilations) with its default of all ones; `axes` entries, each ≥ 1.
std::vector<int64_t> positiveInts(const Node& node, const NodeContext& context, const char* name,
                                  size_t axes) {
    std::vector<int64_t> values = node.getInts(name, std::vector<int64_t>(axes, 1));
    if (values.size() != axes)
        context.fail(std::string(name) + " " + joined(values) + " needs " + std::to_string(axes) + " values");
    for (int64_t v : values)
        if (v < 1) context.fail(std::string(name) + " " + joined(values) + " must be positive");
    return values;
}

AutoPad readAutoPad(const Node& node, const NodeContext& context) {
    const std::string value = node.getString("auto_pad", "NOTSET");
    if (value == "NOTSET" || value.empty()) return AutoPad::NotSet;
    if (value == "SAME_UPPER") return AutoPad::SameUpper;
    if (value == "SAME_LOWER") return AutoPad::SameLower;
    if (value == "VALID") return AutoPad::Valid;
    context.fail("unknown auto_pad '" + value + "'");
}

} // namespace

WindowAttributes readWindowAttributes(const Node& node, const NodeContext& context,
                                      const std::vector<int64_t>& kernelShape) {
    const size_t axes = kernelShape.size();
    if (axes == 3) context.unsupported("3-D windows are not supported");
    if (axes < 1 || axes > 3) context.fail("kernel shape " + joined(kernelShape) + " must have 1 or 2 axes");
    for (int64_t k : kernelShape)
        if (k < 1) context.fail("kernel shape " + joined(kernelShape) + " must be positive");

    WindowAttributes w;
    w.spatialRank = static_cast<int>(axes);
    const std::vector<int64_t> strides = positiveInts(node, context, "strides", axes);
    const std::vector<int64_t> dilations = positiveInts(node, context, "dilations", axes);
    const std::vector<int64_t> pads = node.getInts("pads", std::vector<int64_t>(2 * axes, 0));
    if (pads.size() != 2 * axes)
        context.fail("pads " + joined(pads) + " needs " + std::to_string(2 * axes) + " values");
    bool anyPad = false;
    for (int64_t p : pads) {
        if (p < 0) context.fail("pads " + joined(pads) + " must not be negative");
        anyPad = anyPad || p != 0;
    }
    w.autoPad = readAutoPad(node, context);
    if (w.autoPad != AutoPad::NotSet && anyPad)
        context.unsupported("auto_pad=" + node.getString("auto_pad", "") + " with explicit pads " +
                            joined(pads) + " is not supported");
    const int64_t ceilMode = node.getInt("ceil_mode", 0);
    if (ceilMode != 0 && ceilMode != 1) context.fail("ceil_mode must be 0 or 1");
    w.ceilMode = ceilMode == 1;

    // A 1-D window is the width axis of a 2-D one whose height axis is 1 wide.
    const size_t first = 2 - axes;
    for (size_t a = 0; a < axes; ++a) {
        w.kernel[first + a] = kernelShape[a];
        w.stride[first + a] = strides[a];
        w.dilation[first + a] = dilations[a];
        w.padBegin[first + a] = pads[a];
        w.padEnd[first + a] = pads[axes + a];
    }
    return w;
}

WindowAttributes readPoolWindow(const Node& node, const NodeContext& context) {
    if (!node.has("kernel_shape")) context.fail("has no kernel_shape");
    WindowAttributes w = readWindowAttributes(node, context, node.getInts("kernel_shape"));
    for (size_t a = 0; a < 2; ++a) {
        const int64_t span = (w.kernel[a] - 1) * w.dilation[a] + 1;
        if (w.padBegin[a] >= span || w.padEnd[a] >= span)
            context.fail("pads must be smaller than the kernel (" + std::to_string(span) + " with dilation)");
    }
    return w;
}

WindowGeometry placeWindow(const WindowAttributes& w, const Shape& input, const NodeContext& context) {
    const size_t rank = 2 + static_cast<size_t>(w.spatialRank);
    if (input.size() != rank)
        context.fail("input of shape " + toString(input) + " has rank " + std::to_string(input.size()) +
                     ", a " + std::to_string(w.spatialRank) + "-D window needs rank " + std::to_string(rank));
    for (int64_t d : input)
        if (d < 1) context.fail("input of shape " + toString(input) + " is empty");

    WindowGeometry g;
    const size_t first = 2 - static_cast<size_t>(w.spatialRank);
    for (size_t a = 0; a < 2; ++a) {
        const int64_t in = a < first ? 1 : input[2 + a - first];
        const int64_t k = w.kernel[a], s = w.stride[a], d = w.dilation[a];
        const int64_t span = (k - 1) * d + 1; // the dilated kernel's extent
        int64_t pb = w.padBegin[a], pe = w.padEnd[a], out = 0;
        switch (w.autoPad) {
        case AutoPad::NotSet: {
            const int64_t room = in + pb + pe - span;
            if (room < 0) break;
            out = w.ceilMode ? (room + s - 1) / s + 1 : room / s + 1;
            if (w.ceilMode && (out - 1) * s >= in + pb) --out;
            break;
        }
        case AutoPad::Valid:
            pb = pe = 0;
            out = in >= span ? (in - span) / s + 1 : 0;
            break;
        case AutoPad::SameUpper:
        case AutoPad::SameLower: {
            out = (in + s - 1) / s;
            const int64_t total = std::max<int64_t>(0, (out - 1) * s + span - in);
            const int64_t small = total / 2;
            pb = w.autoPad == AutoPad::SameUpper ? small : total - small;
            pe = total - pb;
            break;
        }
        }
        if (out < 1)
            context.fail("a window of " + std::to_string(span) + " (kernel " + std::to_string(k) +
                         ", dilation " + std::to_string(d) + ") does not fit an input of " +
                         std::to_string(in) + " padded by " + std::to_string(pb) + "+" + std::to_string(pe));
        g.in[a] = in;
        g.out[a] = out;
        g.kernel[a] = k;
        g.stride[a] = s;
        g.dilation[a] = d;
        g.padBegin[a] = pb;
        g.padEnd[a] = pe;
    }
    return g;
}

} // namespace dyve
