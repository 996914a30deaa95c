#pragma once

#include "data/dataset.h"
#include "data/preprocess.h"
#include "effort/effort_profile.h"
#include "runtime/width_cascade.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace dyve {

// What the width cascade's tuning reads from a tuning set: every image run at every width (widening each
// time), each width's top-1 class and confidence, and what each step cost.
struct CascadeObservations {
    std::vector<double> fractions;                // the cascade's widths
    std::vector<std::vector<int>> predictions;    // [image][width]: the head's top-1 class
    std::vector<std::vector<double>> confidences; // [image][width]: the head's softmax maximum
    std::vector<int> labels;                      // [image]
    std::vector<double> stepMs;                   // per width: median time of its run (the first) or widening
    std::vector<double> stepOps;                  // per width: executed operations of the same
    double fullWidthMs = 0.0;  // median time of a plain dense run at full width, timed in the same passes
    double fullWidthOps = 0.0; // its executed operations

    size_t images() const { return labels.size(); }
};

// Where a set of thresholds stops the tuning set's images, and what that costs and keeps.
struct CascadeOutcome {
    std::vector<double> thresholds;
    std::vector<double> stopShare; // per width: the share of the images that stop there
    double agreement = 1.0;        // share whose class is the full width's
    double top1 = 0.0;
    double ms = 0.0;  // expected time per image from the steps' medians
    double ops = 0.0; // executed operations per image
};

struct CascadeTuneOptions {
    double budgetPp = 0.5;  // allowed share of images whose class moves from the full width's, in pp
    double guardBand = 0.2; // share of the budget held back for unseen images (as TuneOptions::guardBand)
    std::string data;       // the tuning set's name, for the profile
    std::function<void(size_t done, size_t total)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

struct CascadeTuneResult {
    EffortProfile profile; // effort 0: full width; levels at efforts 0.25 … 1 at that share of the budget
    CascadeObservations observations;
    std::vector<CascadeOutcome> levels; // per cascade level of the profile, ascending effort
    CascadeOutcome full;                // the full width alone (thresholds none)
    bool cancelled = false;
};

// Runs every image of `data` through every width of `cascade`. Throws what the cascade and the data set
// throw.
CascadeObservations observeCascade(WidthCascade& cascade, const Dataset& data, const Preprocessor& pre,
                                   const CascadeTuneOptions& options);
// Where `thresholds` (one per width but the last) would stop each image, from the observations.
CascadeOutcome simulateCascade(const CascadeObservations& observed, const std::vector<double>& thresholds);
// The plain full width: no thresholds, every image at the last width, the full width's own time and
// operations.
CascadeOutcome fullWidthOutcome(const CascadeObservations& observed);
// The thresholds with the least expected time whose images keep the full width's class but for at most
// (1 − guard band) × budget of them: coordinate descent over the observed confidences, from all widths at
// one shared threshold and from the full width. When even they are not expected to beat the full width's
// median time (SPEC §4.7: a skip counts only when it saves time), fullWidthOutcome().
CascadeOutcome chooseThresholds(const CascadeObservations& observed, double budgetPp, double guardBand);
// The shares of the budget the effort levels 0.25, 0.5, 0.75 and 1 may spend.
inline constexpr double kLevelShares[] = {0.25, 0.5, 0.75, 1.0};
// A level per share of the budget (chooseThresholds), each never slower than the one below it: the
// thresholds of a smaller budget fit every larger one.
std::vector<CascadeOutcome> chooseLevels(const CascadeObservations& observed, double budgetPp,
                                         double guardBand);
// The whole tuning (SPEC §4.7 for the width cascade, issue 16): observations, then levels at efforts 0.25,
// 0.5, 0.75 and 1 with that share of the budget (chooseThresholds: a level that would not save time stays
// at the full width), and effort 0 at full width. The profile's model fields are the caller's to fill.
CascadeTuneResult tuneWidthCascade(WidthCascade& cascade, const Dataset& data, const Preprocessor& pre,
                                   const CascadeTuneOptions& options);

} // namespace dyve
