#include "effort/calibration.h"

#include <algorithm>
#include <cmath>

namespace dyve {

float CalibrationAccumulator::Moments::deviation() const {
    if (count == 0.0) return 1.0f;
    const double mean = sum / count;
    return static_cast<float>(std::sqrt(std::max(0.0, squares / count - mean * mean)));
}

void CalibrationAccumulator::add(const float* input, int64_t inputCount, const float* preActivations,
                                 int64_t outputCount) {
    for (int64_t i = 0; i < inputCount; ++i)
        m_input.add(input[i]);
    for (int64_t i = 0; i < outputCount; ++i) {
        m_preActivation.add(preActivations[i]);
        m_activation.add(std::max(preActivations[i], 0.0f));
    }
    ++m_samples;
}

LayerCalibration CalibrationAccumulator::calibration() const {
    LayerCalibration c;
    c.preActStd = m_preActivation.deviation();
    c.activationScale = m_activation.deviation();
    c.inputScale = m_input.deviation();
    return c;
}

LayerCalibration calibrateLayer(const float* input, int64_t inputCount, const float* preActivations,
                                int64_t outputCount) {
    CalibrationAccumulator a;
    a.add(input, inputCount, preActivations, outputCount);
    return a.calibration();
}

} // namespace dyve
