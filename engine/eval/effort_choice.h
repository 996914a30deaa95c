#pragma once

#include "core/errors.h"
#include "data/model_card.h"
#include "data/project_paths.h"
#include "effort/effort_profile.h"
#include "eval/calibrate.h"
#include "eval/opened_model.h"
#include "runtime/network.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dyve {

// The one place that chooses what a model's effort levels mean (SPEC §4.7), for the CLI and every studio
// job alike, so that the knobs, a sweep and `dyve` run the same profile: the profile named, else the one
// made for the model (found in the profile folders by its SHA-256), else the built-in uniform mapping
// calibrated on the first images of the card's default data set — always that data, whatever a job then
// runs on, so a sweep measures the mapping the knobs run.

struct EffortChoiceRequest {
    std::string profile;                  // a profile file to use; empty: the model's own, else uniform
    bool uniform = false;                 // the uniform mapping even when the model has a profile
    std::vector<std::string> profileDirs; // where the model's own profile is looked for (profileDirs())
    // A damaged or mismatched profile in the folders: an error (the CLI), or said in
    // ModelEffortChoice::problem and the uniform mapping used instead (the studio).
    bool uniformOnBadProfile = false;
    SearchWorkingDir searchWorkingDir = SearchWorkingDir::No; // for the card's default data
    size_t calibrationImages = kDefaultCalibrationImages;
    // Called before the uniform mapping is calibrated, with the data set (the CLI says so on stderr).
    std::function<void(const std::string& data)> calibrating;
};

struct ModelEffortChoice {
    EffortProfile profile;
    bool uniform = false;
    std::string profileFile;     // the profile's file; empty for the uniform mapping
    std::string calibrationData; // the uniform mapping's data set
    size_t calibrationImages = 0;
    std::string problem; // why a profile in the folders was not used (uniformOnBadProfile)
};

// Why the uniform mapping could not be calibrated; what() names the file, and front ends say what to do.
class UncalibratedEffortError : public DataError {
public:
    enum class Missing { Card, Data };
    UncalibratedEffortError(Missing missing, const std::string& file, const std::string& defaultData);
    Missing missing() const { return m_missing; }
    const std::string& defaultData() const { return m_defaultData; } // as the card writes it

private:
    Missing m_missing;
    std::string m_defaultData;
};

// Chooses the profile of `model` (opened by openModel(); `network` runs its graph, dense, and is used to
// check the profile's layers and to calibrate). DataError for an unreadable or malformed profile, one made
// for another model, or one naming layers the model does not run on the effort path;
// UncalibratedEffortError when the uniform mapping is needed and the model has no card or the card's
// default data is not found.
ModelEffortChoice chooseModelEffort(Network& network, const std::string& modelFile,
                                    const std::string& weightsFile, const ModelCard* card,
                                    const EffortChoiceRequest& request);

} // namespace dyve
