#pragma once

#include "kernels/vector_math.h"

#include <cstdint>
#include <limits>

namespace dyve {

// An activation a kernel applies to its outputs as it stores them, fused into the layer that produces the
// activation's input (SPEC §4.2): one pass over the outputs instead of two. A clamp to [lo, hi] is ReLU
// ([0, ∞)), ReLU6 and Clip ([lo, hi]) or none ((−∞, ∞)); hard swish is y · clamp(α·y + β, 0, 1) (ONNX
// HardSwish with α = 1/6, β = 1/2, or a Mul of y and HardSigmoid(y) with any α, β); the logistic function
// σ(y) = 1 / (1 + e^−y) is Sigmoid, and y · σ(y) is SiLU (swish: a Mul of y and Sigmoid(y), EfficientNet's
// activation), both through kernels/vector_math.h. A NaN output stays NaN, as std::max(y, 0) keeps it.
struct Activation {
    enum class Kind { Clamp, HardSwish, Sigmoid, SiLU };
    Kind kind = Kind::Clamp;
    float lo = -std::numeric_limits<float>::infinity(); // of a clamp
    float hi = std::numeric_limits<float>::infinity();
    float alpha = 0.0f, beta = 0.0f; // of hard swish

    static Activation none() { return {}; }
    static Activation relu() { return clamp(0.0f, std::numeric_limits<float>::infinity()); }
    static Activation clamp(float lo, float hi) { return {Kind::Clamp, lo, hi, 0.0f, 0.0f}; }
    static Activation hardSwish(float alpha, float beta) {
        return {Kind::HardSwish, -std::numeric_limits<float>::infinity(),
                std::numeric_limits<float>::infinity(), alpha, beta};
    }

    static Activation sigmoid() { return {Kind::Sigmoid, 0.0f, 1.0f, 0.0f, 0.0f}; }
    static Activation silu() {
        return {Kind::SiLU, -std::numeric_limits<float>::infinity(), std::numeric_limits<float>::infinity(),
                0.0f, 0.0f};
    }

    bool isNone() const {
        return kind == Kind::Clamp && lo == -hi && hi == std::numeric_limits<float>::infinity();
    }

    // The activation of y: a float, or a GNU vector of floats (a kernel's register).
    template <class T> inline __attribute__((always_inline)) T operator()(T y) const {
        if (kind == Kind::Sigmoid) return logistic(y);
        if (kind == Kind::SiLU) return y * logistic(y);
        if (kind == Kind::HardSwish) {
            T gate = y * alpha + beta;
            gate = gate < 0.0f ? T{} + 0.0f : gate;
            gate = gate > 1.0f ? T{} + 1.0f : gate;
            return y * gate;
        }
        y = y < lo ? T{} + lo : y;
        return y > hi ? T{} + hi : y;
    }
};

// y[i] = activation(x[i]) for i in [0, n), 16 at a time (x and y may be the same array): the activation as
// a layer of its own, where no producer could apply it.
void applyActivation(const Activation& activation, const float* x, float* y, int64_t n);

} // namespace dyve
