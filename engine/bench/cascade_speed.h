#pragma once

#include "bench/benchmark.h"
#include "runtime/network.h"
#include "runtime/width_cascade.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace dyve {

// The width cascade against the full width on a set of images (issue 16): its time per image depends on
// where each image stops, so one timed run is a pass over every image, for both.
struct CascadeSpeed {
    size_t images = 0;
    Timing fullWidth;          // one pass of a plain dense network at full width over the images, ms
    Timing cascade;            // one pass of the cascade over them, ms
    double fullWidthOps = 0.0; // executed operations per image
    double cascadeOps = 0.0;
    std::vector<double> stopShare; // per width: the share of the images that stop there
    double agreement = 1.0;        // the share whose class through the cascade is the full width's

    double fullWidthMsPerImage() const { return images ? fullWidth.medianMs / double(images) : 0.0; }
    double cascadeMsPerImage() const { return images ? cascade.medianMs / double(images) : 0.0; }
    double speedup() const { return cascade.medianMs > 0.0 ? fullWidth.medianMs / cascade.medianMs : 0.0; }
};

// Times passes of `fullWidth` (a plain Network at the cascade's widest width) and of `cascade` over
// `images` (each of batch 1) in alternating blocks (measureInterleaved), after `warmup` untimed passes each.
CascadeSpeed measureCascadeSpeed(WidthCascade& cascade, Network& fullWidth, const std::vector<Tensor>& images,
                                 int warmup, int runs, const std::function<void(int, int)>& progress = {});

} // namespace dyve
