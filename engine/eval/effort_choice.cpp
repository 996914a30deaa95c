#include "eval/effort_choice.h"

#include "data/dataset.h"
#include "data/preprocess.h"
#include "eval/model_effort.h"

namespace dyve {

namespace {

std::string uncalibratedReason(UncalibratedEffortError::Missing missing, const std::string& defaultData) {
    if (missing == UncalibratedEffortError::Missing::Card)
        return "has no effort profile and no model card to calibrate the uniform effort mapping with";
    return "the model has no effort profile, and the card's default data set '" + defaultData +
           "' to calibrate the uniform effort mapping on is not found";
}

} // namespace

UncalibratedEffortError::UncalibratedEffortError(Missing missing, const std::string& file,
                                                 const std::string& defaultData)
    : DataError(file, uncalibratedReason(missing, defaultData)), m_missing(missing),
      m_defaultData(defaultData) {}

ModelEffortChoice chooseModelEffort(Network& network, const std::string& modelFile,
                                    const std::string& weightsFile, const ModelCard* card,
                                    const EffortChoiceRequest& request) {
    ModelEffortChoice choice;
    if (!request.uniform && !request.profile.empty()) {
        choice.profile = loadEffortProfileFor(request.profile, modelFile, weightsFile, network);
        choice.profileFile = request.profile;
        return choice;
    }
    if (!request.uniform) {
        try {
            if (auto profile = findModelEffortProfile(modelFile, weightsFile, request.profileDirs, network)) {
                choice.profile = std::move(*profile);
                choice.profileFile = choice.profile.file;
                return choice;
            }
        } catch (const Error& e) {
            if (!request.uniformOnBadProfile) throw;
            choice.problem = e.what();
        }
    }
    // SPEC §4.7: every model runs at any effort once calibrated; without a tuned profile, the same knobs on
    // every layer, calibrated on the card's default data — the same images whichever job asks.
    if (!card) throw UncalibratedEffortError(UncalibratedEffortError::Missing::Card, modelFile, {});
    const std::string data = resolveDefaultData(card->defaultData, card->file, request.searchWorkingDir);
    if (data.empty())
        throw UncalibratedEffortError(UncalibratedEffortError::Missing::Data, card->file, card->defaultData);
    if (request.calibrating) request.calibrating(data);
    const auto dataset = openDataset(data, request.calibrationImages);
    choice.profile = calibratedUniformProfile(network, modelFile, weightsFile, *dataset,
                                              Preprocessor(*card, modelFile), request.calibrationImages);
    choice.uniform = true;
    choice.calibrationData = data;
    choice.calibrationImages = dataset->size();
    return choice;
}

} // namespace dyve
