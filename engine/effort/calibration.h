#pragma once

#include "effort/knobs.h"

#include <cstdint>

namespace dyve {

// Measures a layer's LayerCalibration on calibration data from dense runs (SPEC §4.3 item 4: thresholds
// in units of scales measured on calibration data): σ of the input values (SFMA's ν unit), σ of the
// pre-activations (SPET's τ unit) and σ of the activations after ReLU (SDSS's θ unit), pooled over every
// element of every sample added.
class CalibrationAccumulator {
public:
    // One dense run of the layer: its input (inputCount values) and its pre-activations (outputCount).
    void add(const float* input, int64_t inputCount, const float* preActivations, int64_t outputCount);
    int64_t samples() const { return m_samples; }
    // The scales so far; 1 for a scale with no data.
    LayerCalibration calibration() const;

private:
    struct Moments {
        double count = 0.0, sum = 0.0, squares = 0.0;
        void add(double v) {
            count += 1.0;
            sum += v;
            squares += v * v;
        }
        float deviation() const;
    };
    Moments m_input, m_preActivation, m_activation;
    int64_t m_samples = 0;
};

// The calibration of one sample.
LayerCalibration calibrateLayer(const float* input, int64_t inputCount, const float* preActivations,
                                int64_t outputCount);

} // namespace dyve
