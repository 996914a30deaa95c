#include "eval/calibrate.h"

#include "eval/evaluator.h"

#include <algorithm>

namespace dyve {

std::map<std::string, LayerCalibration> calibrateEffort(Network& network, const ImageBatches& images) {
    const bool effort = network.effortMode();
    const EffortSettings settings = network.effortSettings();
    network.setDense();
    network.beginCalibration();
    try {
        RunResult result;
        for (const Tensor& batch : images.batches)
            network.run({batch}, result);
    } catch (...) {
        network.endCalibration();
        if (effort) network.setEffort(settings);
        throw;
    }
    std::map<std::string, LayerCalibration> scales = network.endCalibration();
    if (effort) network.setEffort(settings);
    return scales;
}

std::map<std::string, LayerCalibration> calibrateEffort(Network& network, const Dataset& data,
                                                        const Preprocessor& pre, size_t images) {
    const int batch =
        usableBatch(network, pre, static_cast<int>(std::min<size_t>(8, std::max<size_t>(images, 1))));
    return calibrateEffort(network, prepareImageBatches(data, pre, images, batch));
}

} // namespace dyve
