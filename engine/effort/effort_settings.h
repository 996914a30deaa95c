#pragma once

#include "effort/knobs.h"

#include <map>
#include <string>
#include <vector>

namespace dyve {

// What a Network runs its effort path with (SPEC §4.6): per effort-eligible layer, by layer name (the node's
// name, as in LayerInfo::name), the knobs of the three mechanisms and the scales their thresholds are in.
// A layer without knobs, or whose knobs are all off (ConvKnobs::lossy), runs its dense layer, unless
// exactLayersViaEffort asks for its EffortConv with every mechanism off (only the lossless zero-map
// skipping of SPEC §4.5 item 3: for studies of that skipping and tests of EffortConv's exactness; it is
// slower than the dense layer on every zoo model); a layer without calibration uses scales of 1. An effort
// level of a profile becomes one of these (effort_profile.h).
struct EffortSettings {
    std::map<std::string, ConvKnobs> knobs;
    std::map<std::string, LayerCalibration> calibration;
    bool exactLayersViaEffort = false;
    // The width cascade's thresholds at this level (EffortLevel::widthThresholds, runtime/width_cascade.h):
    // when there are some, a front end runs each input through the cascade instead (Network ignores them).
    std::vector<double> widthThresholds;
};

} // namespace dyve
