#pragma once

#include "models/inference_result.h"

#include <optional>
#include <vector>

namespace dyve::ui {

// One input run both ways (SPEC §6 "dense ↔ effort comparison"): what the comparison view shows, as plain
// numbers a test can check. Operations are executed operations (SPEC §4.6), so the dense side's are its
// dense operations.
struct DenseEffortComparison {
    std::vector<dyve::ClassScore> denseTop;
    std::vector<dyve::ClassScore> effortTop;
    // Medians of repeated runs of each path when the job timed the input (InferenceResult::speed, timedRuns
    // > 0); else the one run of each, which a comparison does not show as a speed (SPEC §9).
    double denseMs = 0.0;
    double effortMs = 0.0;
    int timedRuns = 0;
    double spread = 0.0; // dyve::DenseEffortSpeed::spread() when timed
    int64_t denseOps = 0;
    int64_t effortOps = 0;
    bool effortRun = false; // false: the job ran dense (effort level 0), so both sides are the same run

    // A result that carries its dense run (InferenceResult::dense); none otherwise.
    static std::optional<DenseEffortComparison> fromResult(const InferenceResult& result);

    // Dense ÷ effort executed operations.
    double reduction() const;
    // Dense ÷ effort median time; none for an effort run that was not timed (one run is no measure), 1 for
    // a dense job (both sides are the same run).
    std::optional<double> speedup() const;
    // Whether both put the same class first; none when either ranked no classes.
    std::optional<bool> top1Agrees() const;
};

} // namespace dyve::ui
