#include "eval/model_effort.h"

namespace dyve {

EffortProfile loadEffortProfileFor(const std::string& path, const std::string& modelFile,
                                   const std::string& weightsFile, const Network& network) {
    EffortProfile profile = loadEffortProfile(path);
    checkProfileModel(profile, modelFile, weightsFile);
    checkProfileLayers(profile, network.effortLayers());
    return profile;
}

std::optional<EffortProfile> findModelEffortProfile(const std::string& modelFile,
                                                    const std::string& weightsFile,
                                                    const std::vector<std::string>& dirs,
                                                    const Network& network) {
    const std::string file = findEffortProfile(effortModelDigest(modelFile, weightsFile), dirs);
    if (file.empty()) return std::nullopt;
    return loadEffortProfileFor(file, modelFile, weightsFile, network);
}

EffortProfile calibratedUniformProfile(Network& network, const std::string& modelFile,
                                       const std::string& weightsFile, const Dataset& data,
                                       const Preprocessor& pre, size_t images) {
    EffortProfile profile =
        uniformEffortProfile(network.effortLayers(), calibrateEffort(network, data, pre, images));
    profile.model = effortModelName(modelFile);
    profile.modelSha256 = effortModelDigest(modelFile, weightsFile);
    return profile;
}

} // namespace dyve
