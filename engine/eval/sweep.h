#pragma once

#include "data/dataset.h"
#include "data/preprocess.h"
#include "effort/effort_profile.h"
#include "eval/evaluator.h"
#include "runtime/network.h"
#include "runtime/width_cascade.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dyve {

// One row of a sweep (SPEC §5.1 `dyve sweep`): an evaluation of the data set at one effort level.
struct SweepPoint {
    std::optional<double> effort; // none: the dense path, the reference every level is compared with
    double width = 1.0;           // of a width sweep (sweepWidths), the share of the channels; else 1
    EvalReport report;
    // With SweepOptions::timingRuns: the median engine time per image of that many timed runs of one
    // batch of the data set's first images, after a warm-up (SPEC §9: medians, not one pass); else 0.
    double medianMsPerImage = 0.0;
    int timingRuns = 0;
};

// Which of the three mechanisms a sweep keeps on (a knob grid along one mechanism); the others are off.
enum class SweepMechanisms { All, Spet, Sdss, Sfma };

struct SweepOptions {
    int batch = 8;
    bool dense = true; // also evaluate the dense path first
    SweepMechanisms mechanisms = SweepMechanisms::All;
    // Called after every batch, with the point being measured (index into the result) and its progress.
    std::function<void(size_t point, size_t points, const EvalProgress&)> progress;
    const std::atomic<bool>* cancel = nullptr; // stops between batches; the result then ends early
    // > 0: each point is also timed this many times on one batch (SweepPoint::medianMsPerImage).
    int timingRuns = 0;
    // The model's width steps (eval/model_width.h cascadeWidths): a level of a profile that runs the width
    // cascade (EffortLevel::widthThresholds) is evaluated through it, image by image, and its time is the
    // cascade's mean engine time per image over the data set (it depends on where each image stops).
    std::vector<ChannelWidth> cascadeWidths;
};

// Evaluates `network` over `data` dense and at each of `levels` of `profile`; the network is left dense.
// Throws DataError naming the model when a level runs the width cascade and options.cascadeWidths is empty.
std::vector<SweepPoint> sweepEffort(Network& network, const EffortProfile& profile,
                                    const std::vector<double>& levels, const Dataset& data,
                                    const Preprocessor& pre, const SweepOptions& options = {});

// Evaluates `network` over `data` dense at each of `widths` (issue 16: each a ChannelWidth, the full width
// first when options.dense, as the reference); the network is left at full width. Throws what
// Network::setWidth throws for a width the model cannot run at, before evaluating anything.
std::vector<SweepPoint> sweepWidths(Network& network, const std::vector<ChannelWidth>& widths,
                                    const Dataset& data, const Preprocessor& pre,
                                    const SweepOptions& options = {});

// `settings` with only the chosen mechanisms left on.
EffortSettings keepMechanisms(EffortSettings settings, SweepMechanisms mechanisms);

} // namespace dyve
