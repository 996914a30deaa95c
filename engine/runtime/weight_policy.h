#pragma once

#include "operators/weight_path.h"

#include <optional>
#include <string>

namespace dyve {

// How the networks planned from now on choose between the dense and the sparse-weight product of each
// convolution (operators/weight_path.h); SparseWeights::Measured unless set. Read when a network plans, as
// the thread count is (runtime/threading.h): set it before building the Network.
void setSparseWeights(SparseWeights policy);
SparseWeights sparseWeights();

// "measured", "dense", "sparse".
std::string toString(SparseWeights policy);
std::optional<SparseWeights> parseSparseWeights(const std::string& text);

} // namespace dyve
