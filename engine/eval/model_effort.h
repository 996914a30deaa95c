#pragma once

#include "data/dataset.h"
#include "data/preprocess.h"
#include "effort/effort_profile.h"
#include "eval/calibrate.h"
#include "runtime/network.h"

#include <optional>
#include <string>
#include <vector>

namespace dyve {

// Where a model's effort profile comes from when the user names none (SPEC §4.7), for the CLI and the studio
// alike: the profile made for it, else the built-in uniform mapping calibrated on its data.

// Reads `path` and checks it belongs to the model (its SHA-256, effortModelDigest()) and names only layers
// that take the effort path in `network`; DataError naming the file and the problem otherwise.
EffortProfile loadEffortProfileFor(const std::string& path, const std::string& modelFile,
                                   const std::string& weightsFile, const Network& network);

// The profile in `dirs` (profileDirs(): models/profiles first) made for the model, loaded and checked as
// above; none when there is none.
std::optional<EffortProfile> findModelEffortProfile(const std::string& modelFile,
                                                    const std::string& weightsFile,
                                                    const std::vector<std::string>& dirs,
                                                    const Network& network);

// The uniform mapping (uniformEffortProfile()) over the network's effort layers, calibrated on the first
// `images` images of `data`, with the model's name and digest filled in.
EffortProfile calibratedUniformProfile(Network& network, const std::string& modelFile,
                                       const std::string& weightsFile, const Dataset& data,
                                       const Preprocessor& pre, size_t images = kDefaultCalibrationImages);

} // namespace dyve
