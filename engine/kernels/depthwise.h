#pragma once

#include "kernels/activation.h"
#include "kernels/window_geometry.h"

#include <cstdint>
#include <vector>

namespace dyve {

// A depthwise convolution (one input channel per group, MobileNet's and EfficientNet's 3×3 and 5×5 layers)
// computed plane by plane, as XNNPACK's and ncnn's direct kernels do, but on NCHW planes: every output
// vector accumulates all kH·kW taps in registers and is written once.
//
// The input plane is copied, a band of rows at a time, into the stride's phases with its padding (phase
// (i, j) holds padded rows i, i + s_y, … and columns j, j + s_x, …), so that each tap (ky, kx) reads one
// phase at a constant offset from the output position: output (y, x) and its taps are then contiguous runs of
// a phase in which the output row is phaseWidth wide. Every run is computed as one flat row, the columns past
// the output width included (a few wasted lanes, where a row-by-row kernel would waste up to a vector per row
// on 7- and 14-wide maps), and only the output width is stored.
struct DepthwisePlan {
    WindowGeometry geometry;
    int64_t phaseWidth = 0;    // columns of a phase: the output width and the taps' reach beyond it
    int64_t bandRows = 0;      // output rows computed from one copy of the input
    int64_t phaseFloats = 0;   // floats of one phase's band in the scratch buffer
    std::vector<int> phases;   // the phases the taps read, as i · s_x + j
    std::vector<int64_t> taps; // per tap (ky, kx), where it reads in the scratch buffer
    int64_t sumsFloats = 0;    // floats of the band's outputs in the scratch buffer
    int64_t scratchFloats = 0; // of the buffer depthwisePlane needs
};

// Plans a depthwise convolution of the given geometry (any kernel, stride, dilation and pads).
DepthwisePlan planDepthwise(const WindowGeometry& geometry);

// One output plane [out_H × out_W] from its input plane [in_H × in_W], the kH·kW weights and a bias, the
// output activated (a fused ReLU, ReLU6 or hard swish). `scratch` holds at least plan.scratchFloats floats.
void depthwisePlane(const DepthwisePlan& plan, const float* plane, const float* weights, float bias,
                    Activation activation, float* out, float* scratch);

} // namespace dyve
