#pragma once

#include "effort/effort_profile.h"
#include "eval/calibrate.h"
#include "eval/image_batches.h"
#include "runtime/network.h"

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <vector>

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
    // Allowed top-1 drop against dense, percentage points. The search judges fidelity, not labels: a
    // configuration may change the dense path's top-1 class on at most (1 − guardBand) · budget of the
    // tuning images. Every image whose class changes can at most cost one right answer, so top-1 on the
    // tuning set stays within the budget; the guard band keeps a test split, where the same setting moves a
    // slightly different share, within it too, and no label noise can pay for a loss.
    double budgetPp = 0.5;
    double guardBand = 0.2;
    TuneObjective objective = TuneObjective::Time;
    // Time objective: the thread counts a setting must make its layer faster at (empty: the current count),
    // and how many times each layer is timed per setting (the median counts; one warm-up run first).
    std::vector<int> timingThreads;
    int timingRepeats = 9;
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
    double agreement = 1.0; // share of the tuning images whose top-1 class at effort 1 is dense's
    double opsReduction = 1.0;
    // Median ms per image (batch 1) of dense and of effort 1, by thread count (time objective).
    std::map<int, double> denseMs, effortMs;
    size_t steps = 0;    // levels on the path above effort 0
    size_t rejected = 0; // steps tried and rejected
};

// Tunes an effort profile for `network` on a tuning set of images it was not trained on (SPEC §4.7
// `dyve tune`):
//  1. calibrates every effort layer on the first images;
//  2. measures the dense predictions on the whole set (the reference every step is judged against);
//  3. sensitivity: each layer alone at each step of each mechanism's ladder (SPET's τ, SDSS's θ, SFMA's
//     ν), on the screening images — how far its predictions move from dense, and what it saves: executed
//     operations, or (time objective) the layer's own measured time, the median of timingRepeats runs of
//     one image at every timing thread count against the dense layer's. A step that does not make its
//     layer faster at every count saves nothing and is never taken (layers under 1% of the network's
//     operations stay dense);
//  4. greedy search: repeatedly takes the step with the most saved per prediction moved, screens it, and
//     keeps it when the images whose top-1 class it changes stay within the budget less the guard band
//     (a second mechanism on a layer is timed together with the first, and must keep the layer faster
//     than dense); each kept step is a level, at an effort equal to its share of the final saving. It ends
//     when no step is left or after as many rejections in a row as there are tuned layers (at least 12);
//  5. time objective: times every level's whole network (batch 1, median) at every timing thread count,
//     and every layer that runs on the effort path at effort 1 against its dense layer.
// The network is left dense, at the thread count it had.
TuneResult tuneEffort(Network& network, const ImageBatches& tuning, const TuneOptions& options = {});

} // namespace dyve
