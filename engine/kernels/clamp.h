#pragma once

#include <limits>

namespace dyve {

// The range a kernel clamps its outputs to as it stores them: an activation fused into the layer that
// produces its input (SPEC §4.2), ReLU as [0, ∞), ReLU6 and Clip as [lo, hi], none as (−∞, ∞). A NaN output
// stays NaN, as std::max(y, 0) keeps it.
struct Clamp {
    float lo = -std::numeric_limits<float>::infinity();
    float hi = std::numeric_limits<float>::infinity();

    static Clamp none() { return {}; }
    static Clamp relu() { return {0.0f, std::numeric_limits<float>::infinity()}; }

    bool isNone() const { return lo == -std::numeric_limits<float>::infinity() && hi == -lo; }
    float operator()(float y) const { return y < lo ? lo : (y > hi ? hi : y); }
};

} // namespace dyve
