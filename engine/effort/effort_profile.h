#pragma once

#include "effort/effort_settings.h"
#include "effort/knobs.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dyve {

// One point of an effort profile's tuned path (SPEC §4.7): the knobs of every layer at that effort. A layer
// that is absent, or a mechanism absent from a layer, is off.
struct EffortLevel {
    double effort = 0.0; // in [0, 1]
    std::map<std::string, ConvKnobs> layers;
    std::map<int, double> ms; // measured when tuned for time: median ms per image (batch 1), by threads
    // The width cascade's thresholds at this level (runtime/width_cascade.h, issue 16), one per width of the
    // model's card but the last: a width answers when its head's softmax maximum reaches its threshold.
    // Empty: no cascade, the full width.
    std::vector<double> widthThresholds;
};

// One layer's measured time on the effort path against its dense layer (tuned for time; SPEC §4.7: a knob
// is kept only where it pays): median ms per image (batch 1) by thread count. For a layer on the effort path
// at effort 1, its setting there; for any other, the fastest setting the tuner timed, which did not pay.
struct LayerEffortTiming {
    std::string setting; // "SPET tau -1 + SDSS theta 0", say
    bool chosen = false; // on the effort path at effort 1 (its times say whether it pays there)
    std::map<int, double> denseMs, effortMs;
};

// What `dyve tune` measured on the tuning set for one configuration (SPEC §4.7 Pareto table).
struct ParetoPoint {
    std::optional<double> effort; // the level's effort; none for a configuration tried and rejected
    double top1 = 0.0;            // on the tuning set, a fraction
    double ops = 0.0;             // executed operations per image
    double ms = 0.0;              // engine time per image
    bool chosen = false;          // a level of the tuned path
};

// How a profile was tuned, for people and reports.
struct TuningSummary {
    std::string data;                // the tuning set
    int64_t images = 0;              // images of it used
    double budgetPp = 0.5;           // allowed top-1 drop, percentage points
    std::string objective;           // "ops" or "time"
    double denseTop1 = 0.0;          // on the tuning set, fractions
    double top1 = 0.0;               // at effort 1
    double opsReduction = 1.0;       // dense ÷ executed operations at effort 1
    std::optional<double> agreement; // share of the images whose top-1 class at effort 1 is dense's
    std::optional<double> guardBand; // share of the budget held back (TuneOptions::guardBand)
};

// An effort profile (SPEC §4.7): the model it belongs to, the calibration its thresholds are in units of,
// and a path of levels from dense (effort 0) to the most aggressive tuned setting (effort 1). JSON on disk:
//
//   {"format": "dyve-effort-profile/1", "model": "model.onnx", "model_sha256": "<hex>",
//    "tuned": {"data", "images", "budget_pp", "objective", "dense_top1", "top1", "ops_reduction",
//              "agreement", "guard_band"},
//    "calibration": {"<layer>": {"pre_act_std", "activation_scale", "input_scale"}, ...},
//    "levels": [{"effort": 0, "layers": {}, "ms": {"1": 0.61, "2": 0.42}},
//               {"effort": 0.5, "layers": {}, "width_thresholds": [0.9, 0.8, 0.7]},
//               {"effort": 0.4, "layers": {"<layer>": {"spet": {"checkpoints": [0.25], "tau": -0.5},
//                                                        "sdss": {"stride": 2, "theta": 0.1},
//                                                        "sfma": {"nu": 0.05}}}}, ...],
//    "pareto": [{"effort", "top1", "ops", "ms", "chosen"}, ...],
//    "layer_timing": {"<layer>": {"setting": "SPET tau -1", "chosen": false, "dense_ms": {"1": 0.05},
//                                 "effort_ms": {"1": 0.08}}, ...}}
//
// "tuned", "pareto", "layer_timing", a level's "ms" and "width_thresholds" and the last two fields of
// "tuned" are optional (a built-in uniform profile has none of them; "ms" keys are thread counts).
struct EffortProfile {
    std::string file;        // where it was read from, for messages; "" for one made in memory
    std::string model;       // the model's folder and file name, for people (effortModelName())
    std::string modelSha256; // effortModelDigest() of the model
    std::optional<TuningSummary> tuned;
    std::map<std::string, LayerCalibration> calibration;
    std::vector<EffortLevel> levels; // ascending effort
    std::vector<ParetoPoint> pareto;
    std::map<std::string, LayerEffortTiming> layerTiming; // every layer the tuner timed

    // SPEC §4.7: the knobs at effort e ∈ [0, 1]: those of the last level whose effort is ≤ e, with the
    // continuous thresholds (τ, θ, ν) interpolated linearly towards the next level for every mechanism
    // that is on in both with the same discrete settings (SPET's checkpoints, SDSS's stride). Below the first
    // level, and with no levels, every mechanism is off (dense, but for SFMA's lossless zero-map skipping,
    // which is always on).
    std::map<std::string, ConvKnobs> knobsAt(double effort) const;
    // The width cascade's thresholds at effort e: those of the last level whose effort is ≤ e (not
    // interpolated: each level's were tuned as a whole); empty below the first level and where that level
    // has none (the full width).
    std::vector<double> widthThresholdsAt(double effort) const;
    // Whether any level runs the width cascade.
    bool drivesWidthCascade() const;
    // knobsAt() with the profile's calibration: what Network::setEffort takes.
    EffortSettings settingsAt(double effort) const;
};

// Reads a profile; throws DataError naming the file and the bad field by its JSON path
// ("levels[2].layers[\"conv1\"].spet.tau") for an unreadable file, bad JSON, a missing, mistyped, unknown
// or out-of-range field (a number beyond a double too), no levels, levels out of order.
EffortProfile loadEffortProfile(const std::string& path);
// The same from JSON text; `file` names it in messages.
EffortProfile parseEffortProfile(const std::string& text, const std::string& file);
// The profile as JSON text (the format above), and written to a file (DataError when it cannot be).
std::string effortProfileJson(const EffortProfile& profile);
void saveEffortProfile(const EffortProfile& profile, const std::string& path);

// The model's name in a profile, for people: its folder and file ("squeezenet1.0-dc/model.onnx").
std::string effortModelName(const std::string& modelFile);
// The SHA-256 that names a model in profiles: of the model file, or for Caffe of its weights (the
// .caffemodel beside the .prototxt, or `weightsFile`), as model cards do (SPEC §5.2).
std::string effortModelDigest(const std::string& modelFile, const std::string& weightsFile = {});
// Throws DataError naming both files when the profile was tuned for another model.
void checkProfileModel(const EffortProfile& profile, const std::string& modelFile,
                       const std::string& weightsFile = {});
// Throws DataError naming the profile and the field when it names a layer that is not among
// `effortLayers` (Network::effortLayers()).
void checkProfileLayers(const EffortProfile& profile, const std::vector<std::string>& effortLayers);
// The profile in `dirs` (files *.profile.json) whose model_sha256 is `digest`, or "" when there is none.
std::string findEffortProfile(const std::string& digest, const std::vector<std::string>& dirs);

// The built-in mapping for a model with no tuned profile (SPEC §4.7: every model can run at any effort once
// calibrated): the same knobs on every layer, each threshold a monotone curve of e — SPET at checkpoint
// 0.25 with τ rising, SDSS at stride 2 with θ rising, SFMA with ν rising (effort_profile.cpp gives the
// curves) — off at e = 0.
ConvKnobs uniformKnobs(double effort);
// uniformKnobs() for `layers` as a profile (levels sampled so that interpolating them follows the curves).
EffortProfile uniformEffortProfile(const std::vector<std::string>& layers,
                                   const std::map<std::string, LayerCalibration>& calibration);

} // namespace dyve
