#pragma once

#include <limits>
#include <vector>

namespace dyve {

// The per-layer knobs of the three DyVEDeep mechanisms (SPEC §4.3–§4.5). Thresholds are in units of a
// scale the caller measured on calibration data (LayerCalibration), so that one global effort value can
// drive every layer (SPEC §4.3 item 4, §4.7). Each mechanism is off one way, by its threshold, as SPEC
// spells it: the value kOff to turn it off, enabled() to ask. Every default is off.

// SPEC §4.3: Saturation Prediction and Early Termination, per output neuron.
struct SpetKnobs {
    static constexpr float kOff = -std::numeric_limits<float>::infinity(); // τ = −∞ (SPEC §4.3 item 4)

    // Checkpoints as fractions of the significance-ordered input channels, ascending, at least one (e.g.
    // {0.25} or {0.25, 0.5}). A fraction rounds to a whole number of channels; 0 and 1 mean no checkpoint.
    std::vector<float> checkpoints = {0.25f};
    // A neuron whose partial pre-activation is below tau·σ (σ: LayerCalibration::preActStd) is predicted
    // saturated. kOff turns SPET off and reproduces the dense result.
    float tau = kOff;

    bool enabled() const { return tau > kOff; }
};

// SPEC §4.4: Significance-Driven Selective Sampling, per output feature map.
struct SdssKnobs {
    static constexpr float kOff = -1.0f; // any θ < 0 (SPEC §4.4 item 3)

    int stride = 2; // every stride-th row and column is computed first, ≥ 2; 2 computes a quarter
    // An off-grid position whose computed grid neighbours (after ReLU) are all ≤ theta·activationScale is
    // interpolated. Below 0 (kOff) SDSS is off: every position computed exactly.
    float theta = kOff;

    bool enabled() const { return theta >= 0.0f; }
};

// SPEC §4.5: Similarity-based Feature Map Approximation, per input feature map.
struct SfmaKnobs {
    static constexpr float kOff = -1.0f; // any ν < 0 (SPEC §4.5 item 4)

    // A map whose standard deviation is ≤ nu·inputScale is replaced by its mean. Below 0 (kOff) the lossy
    // part is off; all-zero maps are skipped whatever nu is (SPEC §4.5 item 3: lossless, on even at
    // effort 0).
    float nu = kOff;

    bool enabled() const { return nu >= 0.0f; }
};

// Everything one Conv (or fully connected) layer followed by ReLU is run with.
struct ConvKnobs {
    SpetKnobs spet;
    SdssKnobs sdss;
    SfmaKnobs sfma;

    // Whether any mechanism may change the layer's output (SPET, SDSS or SFMA's lossy part on). A layer
    // whose knobs are all off runs its dense layer in effort mode: the dense path is the fastest exact one.
    bool lossy() const { return spet.enabled() || sdss.enabled() || sfma.enabled(); }
};

// The scales the knobs' thresholds are expressed in, measured by the caller on calibration data with dense
// runs (see calibration.h). A zero scale makes the matching threshold 0.
struct LayerCalibration {
    float preActStd = 1.0f;       // σ of the layer's pre-activations (SPET's τ unit)
    float activationScale = 1.0f; // σ of the layer's activations after ReLU (SDSS's θ unit)
    float inputScale = 1.0f;      // σ of the layer's input values (SFMA's ν unit)
};

} // namespace dyve
