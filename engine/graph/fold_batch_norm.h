#pragma once

#include "graph/graph.h"

namespace dyve {

// Folds every BatchNormalization whose input is a Conv output read by nothing else into that Conv's
// weights and bias (SPEC §4.1): W' = W·γ/√(σ²+ε), b' = (b − μ)·γ/√(σ²+ε) + β.
// Returns how many were folded. Batch norms that cannot be folded stay and run as their own layer.
int foldBatchNorm(Graph& graph);

} // namespace dyve
