#pragma once

#include <limits>
#include <vector>

namespace dyve {

// The per-layer knobs of the three DyVEDeep mechanisms (SPEC §4.3–§4.5). Thresholds are in units of a
// scale the caller measured on calibration data (LayerCalibration), so that one global effort value can
// drive every layer (SPEC §4.3 item 4, §4.7). Every default turns its mechanism off.

// SPEC §4.3: Saturation Prediction and Early Termination, per output neuron.
struct SpetKnobs {
    bool enabled = false;
    // Checkpoints as fractions of the significance-ordered input channels, ascending (e.g. {0.25} or
    // {0.25, 0.5}). A fraction rounds to a whole number of channels; 0 and 1 mean no checkpoint.
    std::vector<float> checkpoints = {0.25f};
    // A neuron whose partial pre-activation is below tau·σ (σ: LayerCalibration::preActStd) is predicted
    // saturated. −∞ turns SPET off and reproduces the dense result.
    float tau = -std::numeric_limits<float>::infinity();
};

// SPEC §4.4: Significance-Driven Selective Sampling, per output feature map.
struct SdssKnobs {
    int stride = 2; // every stride-th row and column is computed first; 2 computes a quarter; < 2 is off
    // An off-grid position whose computed grid neighbours (after ReLU) are all ≤ theta·activationScale is
    // interpolated. < 0 turns SDSS off (every position computed exactly).
    float theta = -1.0f;
};

// SPEC §4.5: Similarity-based Feature Map Approximation, per input feature map.
struct SfmaKnobs {
    // A map whose standard deviation is ≤ nu·inputScale is replaced by its mean. < 0 turns the lossy part
    // off; all-zero maps are skipped whatever nu is (SPEC §4.5 item 3: lossless, on even at effort 0).
    float nu = -1.0f;
};

// Everything one Conv (or fully connected) layer followed by ReLU is run with.
struct ConvKnobs {
    SpetKnobs spet;
    SdssKnobs sdss;
    SfmaKnobs sfma;

    // Whether any mechanism may change the layer's output (SPET, SDSS or SFMA's lossy part on). A layer
    // whose knobs are all off runs its dense layer in effort mode: the dense path is the fastest exact one.
    bool lossy() const {
        const bool spetOn = spet.enabled && spet.tau > -std::numeric_limits<float>::infinity();
        return spetOn || (sdss.stride >= 2 && sdss.theta >= 0.0f) || sfma.nu >= 0.0f;
    }
};

// The scales the knobs' thresholds are expressed in, measured by the caller on calibration data with dense
// runs (see calibration.h). A zero scale makes the matching threshold 0.
struct LayerCalibration {
    float preActStd = 1.0f;       // σ of the layer's pre-activations (SPET's τ unit)
    float activationScale = 1.0f; // σ of the layer's activations after ReLU (SDSS's θ unit)
    float inputScale = 1.0f;      // σ of the layer's input values (SFMA's ν unit)
};

} // namespace dyve
