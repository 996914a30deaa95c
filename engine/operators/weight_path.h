#pragma once

#include <functional>
#include <utility>

namespace dyve {

// How a convolution's weights are multiplied: the dense GEMM (kernels/packed_gemm.h), or the sparse product
// that skips the zero weights (kernels/sparse_gemm.h). Neither is faster everywhere — the sparse product
// loads a vector of the input for every multiply-add it does, the dense one for every eight — so a layer
// with zeros enough to try times both on its planned shape and keeps the sparse one when it is clearly
// faster (SPEC §9: zero weights skipped losslessly, and a skipped operation counts only when it saves time).
enum class SparseWeights {
    Measured, // the faster of the two, measured when the layer is planned
    Dense,    // always the dense product
    Sparse,   // the sparse product wherever a layer has zeros enough to offer one, without measuring
};

// Below this share of zero weights a layer does not try the sparse product: at a fifth of the weights zero
// it does four fifths of the dense work at about half the dense product's rate.
constexpr double kSparseCandidateShare = 0.2;

// The sparse product is kept only when it took at most this share of the dense product's time. Timed alone,
// a layer's input is in cache for both products; in the network the sparse product's extra copy of its input
// costs more (README, Performance), and a near tie is better left to the dense baseline.
constexpr double kSparseTimeShare = 0.9;

// What a layer with a weight matrix chose, and why (dyve info).
struct WeightPath {
    bool hasWeights = false; // the layer multiplies a constant weight matrix (Conv)
    double zeroShare = 0.0;  // of those weights
    bool candidate = false;  // zeros enough to try the sparse product (kSparseCandidateShare)
    bool sparse = false;     // runs the sparse product
    bool measured = false;   // chosen by timing both; denseMs and sparseMs are then their medians
    double denseMs = 0.0, sparseMs = 0.0;
};

// Runs a and b by turns (so that a change in the machine's load falls on both) after one warm-up run each,
// and returns the median milliseconds of each over `runs` turns.
std::pair<double, double> medianMsByTurns(const std::function<void()>& a, const std::function<void()>& b,
                                          int runs);

} // namespace dyve
