#pragma once

#include "cli_options.h"
#include "model_context.h"

#include "effort/effort_profile.h"
#include "runtime/network.h"

#include <optional>
#include <string>

namespace dyve::cli {

// What `--effort E|PROFILE` asked for (SPEC §5.1), resolved against the model: the profile and the level
// to run it at.
struct EffortChoice {
    EffortProfile profile;
    double level = 1.0;
    std::string source; // the profile file, or how the uniform mapping was calibrated
    bool uniform = false;

    EffortSettings settings() const { return profile.settingsAt(level); }
    // One line for people: "effort 0.5 (profile models/profiles/x.profile.json)".
    std::string describe() const;
};

// The option's help line, shared by run, eval, bench and sweep.
OptionSpec effortOption();

// Parses --effort E (a number: UsageError unless it is in [0, 1]) or --effort PROFILE (DataError when there
// is no such file). None when the option is absent.
std::optional<std::string> effortArgument(const Arguments& args);

// Resolves the argument for `model`, whose network is `network` (dense; used to calibrate):
//  - a number uses the model's committed profile in profileDirs() (found by the model's SHA-256), else the
//    built-in uniform mapping calibrated on the first images of the card's default data (said on stderr);
//  - a path loads that profile at level 1, its most aggressive tuned setting.
// Throws DataError for an unreadable or malformed profile, one made for another model, or one naming
// layers the model does not run on the effort path.
EffortChoice chooseEffort(const std::string& argument, const SelectedModel& model, Network& network);

// A profile file for `model`: the committed one, else the uniform mapping calibrated as above.
EffortChoice modelProfile(const SelectedModel& model, Network& network);

// Reads and checks a profile file for `model` (the errors of chooseEffort()).
EffortProfile loadProfileFor(const std::string& path, const SelectedModel& model, const Network& network);

} // namespace dyve::cli
