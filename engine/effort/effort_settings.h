#pragma once

#include "effort/knobs.h"

#include <map>
#include <string>

namespace dyve {

// What a Network runs its effort path with (SPEC §4.6): per effort-eligible layer, by layer name (the node's
// name, as in LayerInfo::name), the knobs of the three mechanisms and the scales their thresholds are in.
// A layer without knobs runs with every mechanism off (only the lossless zero-map skipping of SPEC §4.5
// item 3); a layer without calibration uses scales of 1. An effort level of a profile becomes one of these
// (effort_profile.h).
struct EffortSettings {
    std::map<std::string, ConvKnobs> knobs;
    std::map<std::string, LayerCalibration> calibration;
};

} // namespace dyve
