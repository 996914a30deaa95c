#pragma once

#include "data/dataset.h"
#include "data/preprocess.h"
#include "effort/knobs.h"
#include "eval/image_batches.h"
#include "runtime/network.h"

#include <map>
#include <string>

namespace dyve {

// How many images calibrate a model by default (SPEC §4.3 item 4, §4.7): enough for the pooled standard
// deviations to settle to a few percent, few enough to take seconds.
constexpr size_t kDefaultCalibrationImages = 64;

// Runs `network` dense over the images and returns, per effort-eligible layer, the scales its effort knobs
// are in units of (Network::beginCalibration). The network's mode is restored afterwards.
std::map<std::string, LayerCalibration> calibrateEffort(Network& network, const ImageBatches& images);

// The same over the first `images` images of a data set (SPEC §4.7: the calibration set).
std::map<std::string, LayerCalibration> calibrateEffort(Network& network, const Dataset& data,
                                                        const Preprocessor& pre,
                                                        size_t images = kDefaultCalibrationImages);

} // namespace dyve
