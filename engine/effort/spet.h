#pragma once

#include "effort/knobs.h"
#include "effort/neuron_compute.h"

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

// Every neuron of the block: partial sums up to the first checkpoint with one GEMM, then per position the
// unsaturated neurons only, through each further checkpoint to the end; predicted-saturated neurons are 0.
void computeBlockSpet(const NeuronBlock& block, const SpetSchedule& schedule, EffortOps& ops);

// The listed output channels of one position (values: its M-vector with bias and corrections; states: its
// M NeuronState values): SPET applied to SDSS's exact off-grid neurons.
void computeRowsSpet(const float* patch, const float* weights, int64_t columns, std::vector<int32_t>& rows,
                     const SpetSchedule& schedule, float* values, uint8_t* states, EffortOps& ops);

} // namespace dyve
