#include "effort_choice.h"

#include "printing.h"

#include "core/errors.h"
#include "data/project_paths.h"
#include "eval/effort_choice.h"
#include "eval/model_effort.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace dyve::cli {

namespace {

// A level: a plain number, nothing after it.
std::optional<double> parseLevel(const std::string& text) {
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(text.c_str(), &end);
    if (*end != '\0' || errno == ERANGE) return std::nullopt;
    return v;
}

} // namespace

std::string EffortChoice::describe() const {
    return "effort " + fixed(level, 2) + " (" + (uniform ? source : "profile " + source) + ")";
}

OptionSpec effortOption() {
    return {"effort", "E|PROFILE",
            "run the effort path: a level from 0 (dense) to 1 (the model's profile, else the uniform "
            "mapping), or an effort profile file (run at its level 1)"};
}

std::optional<std::string> effortArgument(const Arguments& args) {
    if (!args.has("effort")) return std::nullopt;
    const std::string value = args.value("effort");
    if (const std::optional<double> level = parseLevel(value); level && !(*level >= 0.0 && *level <= 1.0))
        throw UsageError("option --effort expects an effort level from 0 to 1 or a profile file, got '" +
                         value + "'");
    if (value.empty())
        throw UsageError("option --effort expects an effort level from 0 to 1 or a profile file");
    std::error_code ec;
    if (!parseLevel(value) && !fs::exists(value, ec)) // found before any other work
        throw DataError(value,
                        "no such effort profile (--effort takes a level from 0 to 1 or a profile file)");
    return value;
}

EffortProfile loadProfileFor(const std::string& path, const SelectedModel& model, const Network& network) {
    return loadEffortProfileFor(path, model.path, model.loadOptions.weightsFile, network);
}

EffortChoice modelProfile(const SelectedModel& model, Network& network) {
    EffortChoiceRequest request;
    request.profileDirs = profileDirs();
    request.searchWorkingDir = SearchWorkingDir::Yes;
    request.calibrating = [&model](const std::string& data) {
        std::cerr << "dyve: no effort profile for " << fs::path(model.path).filename().string()
                  << " in models/profiles; using the uniform effort mapping, calibrated on the first "
                  << kDefaultCalibrationImages << " images of " << data << std::endl;
    };
    ModelEffortChoice chosen;
    try {
        chosen = chooseModelEffort(network, model.path, model.loadOptions.weightsFile,
                                   model.card ? &*model.card : nullptr, request);
    } catch (const UncalibratedEffortError& e) {
        if (e.missing() == UncalibratedEffortError::Missing::Card)
            throw DataError(model.path, "has no effort profile in models/profiles and no model card to "
                                        "calibrate the uniform effort mapping with; pass --card FILE or "
                                        "--effort PROFILE");
        throw DataError(e.file(), e.reason() + "; pass --effort PROFILE (see 'dyve tune')");
    }
    EffortChoice choice;
    choice.profile = std::move(chosen.profile);
    choice.uniform = chosen.uniform;
    choice.source =
        chosen.uniform ? "uniform mapping, calibrated on " + chosen.calibrationData : chosen.profileFile;
    return choice;
}

EffortChoice chooseEffort(const std::string& argument, const SelectedModel& model, Network& network) {
    if (const std::optional<double> level = parseLevel(argument)) {
        EffortChoice choice = modelProfile(model, network);
        choice.level = *level;
        return choice;
    }
    EffortChoiceRequest request;
    request.profile = argument;
    EffortChoice choice;
    choice.profile = chooseModelEffort(network, model.path, model.loadOptions.weightsFile,
                                       model.card ? &*model.card : nullptr, request)
                         .profile;
    choice.source = argument;
    choice.level = 1.0;
    return choice;
}

} // namespace dyve::cli
