#pragma once

#include "effort/effort_stats.h"
#include "effort/knobs.h"

#include <cstdint>
#include <vector>

namespace dyve {

// SPEC §4.3 for one run: where the checkpoints fall in the columns of the kept-channel GEMM (SFMA may
// have removed channels, so a checkpoint at "the first p of the ordered channels" is the kept channels
// among them) and the threshold τ·σ.
struct SpetSchedule {
    std::vector<int64_t> boundaries; // ascending columns in [0, K); empty: SPET off
    float threshold = 0.0f;

    bool active() const { return !boundaries.empty(); }
};

// keptPrefix[j]: how many of the first j significance-ordered channels take part in the GEMM (j = 0..C);
// each channel is kernelSize columns.
SpetSchedule spetSchedule(const SpetKnobs& knobs, float preActStd, const std::vector<int64_t>& keptPrefix,
                          int64_t kernelSize);

// SPEC §4.3 item 3 at a checkpoint, for the output channels `rows` of a tile (values: kTileLanes partial
// sums per channel, effort/tile_gemm.h): a channel whose partial sums are all below the threshold on the
// lanes that matter (lanes[o], a bit per position) is predicted saturated and moved to `terminated`; the
// others stay in `rows` to be completed.
void spetTerminate(const float* values, std::vector<int32_t>& rows, const uint32_t* lanes, float threshold,
                   std::vector<int32_t>& terminated, LayerEffortStats& stats);

} // namespace dyve
