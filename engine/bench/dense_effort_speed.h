#pragma once

#include "bench/benchmark.h"
#include "core/tensor.h"
#include "effort/effort_settings.h"
#include "runtime/network.h"

#include <string>
#include <vector>

namespace dyve {

// How much faster the effort path runs one input than the dense path, measured (SPEC §9: the studio's
// headline figure is the measured speed-up, then the operation reduction). Times are the engine's own
// forward-pass wall times (RunResult::ms), without the heatmaps' masks.
struct DenseEffortSpeed {
    Timing dense;  // whole forward pass, ms
    Timing effort; // the same with the effort settings
    // Per layer of Network::layers(): the median ms of each path (0 for a layer that takes no time).
    std::vector<std::string> layerNames;
    std::vector<double> denseLayerMs;
    std::vector<double> effortLayerMs;

    int runs() const { return int(dense.samples.size()); }
    // Dense median ÷ effort median: > 1 when the effort path is faster.
    double speedup() const;
    // How far the run-pair ratios (dense ÷ effort of runs made next to each other) spread around
    // speedup(): half their interquartile range, relative to speedup() (0.03 reads "±3%").
    double spread() const;
};

// Runs `inputs` `warmup` times each way untimed, then `runs` times each way in the order dense, effort,
// effort, dense, dense, effort … (each pair swapped from the last, so that a load drifting during the
// measurement and thread pools still spinning after the previous run hit both paths alike). Leaves the
// network in effort mode with `effort`, its masks recorded as before.
DenseEffortSpeed measureDenseEffortSpeed(Network& network, const std::vector<Tensor>& inputs,
                                         const EffortSettings& effort, int runs = 5, int warmup = 1);

} // namespace dyve
