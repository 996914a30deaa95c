#pragma once

#include "effort/effort_profile.h"
#include "eval/calibrate.h"
#include "eval/image_batches.h"
#include "runtime/network.h"

#include <atomic>
#include <functional>
#include <string>

namespace dyve {

// What the tuner minimises (SPEC §4.7): executed operations, or measured time.
enum class TuneObjective { Ops, Time };

struct TuneProgress {
    std::string stage; // "calibration", "reference", "sensitivity", "search"
    size_t done = 0;   // of `total` in this stage
    size_t total = 0;
    std::string detail; // what is being measured, for a progress line
};

struct TuneOptions {
    double budgetPp = 0.5; // allowed top-1 drop against dense on the tuning set, percentage points
    TuneObjective objective = TuneObjective::Ops;
    size_t calibrationImages = kDefaultCalibrationImages;
    // The first images of the tuning set (rounded up to whole batches), on which the per-layer sensitivity
    // is measured and every candidate is screened before the whole set judges it.
    size_t screenImages = 48;
    std::string data; // the tuning set's name, recorded in the profile
    std::function<void(const TuneProgress&)> progress;
    std::function<void(const std::string&)> log; // one line per accepted or rejected step
    const std::atomic<bool>* cancel = nullptr;   // stops between forward passes, keeping the levels found
};

struct TuneResult {
    EffortProfile profile; // its model and model_sha256 are the caller's to fill
    bool cancelled = false;
    double denseTop1 = 0.0; // on the tuning set
    double top1 = 0.0;      // at effort 1
    double opsReduction = 1.0;
    size_t steps = 0;    // levels on the path above effort 0
    size_t rejected = 0; // steps tried and rejected
};

// Tunes an effort profile for `network` on a labelled tuning set (SPEC §4.7 `dyve tune`):
//  1. calibrates every effort layer on the first images;
//  2. measures the dense top-1 and predictions on the whole set;
//  3. sensitivity: each layer alone at each step of each mechanism's ladder (SPET's τ, SDSS's θ, SFMA's
//     ν), on the screening images — the operations (or time) it saves and how far its predictions move
//     from dense (layers under 1% of the network's operations stay dense);
//  4. greedy search: repeatedly takes the step with the most saved per prediction lost, screens it, and
//     keeps it when the images it gets wrong that dense gets right stay within the budget (so the whole
//     set's top-1 stays within the budget of dense, whatever it mends); each kept step is a level, at an
//     effort equal to its share of the final saving. It ends when no step is left or after as many
//     rejections in a row as there are tuned layers (at least 12).
// The network is left dense.
TuneResult tuneEffort(Network& network, const ImageBatches& tuning, const TuneOptions& options = {});

} // namespace dyve
