#include "kernels/activation.h"

#include "kernels/vector_clones.h"

namespace dyve {

namespace {

typedef float UnalignedVector16 __attribute__((vector_size(64), aligned(4), may_alias));

template <Activation::Kind K>
inline __attribute__((always_inline)) void applyEach(Activation activation, const float* x, float* y,
                                                     int64_t n) {
    activation.kind = K; // a constant the compiler can fold into the loop
    int64_t i = 0;
    for (; i + 16 <= n; i += 16)
        *reinterpret_cast<UnalignedVector16*>(y + i) =
            activation(*reinterpret_cast<const UnalignedVector16*>(x + i));
    for (; i < n; ++i)
        y[i] = activation(x[i]);
}

} // namespace

DYVE_VECTOR_CLONES
void applyActivation(const Activation& activation, const float* x, float* y, int64_t n) {
    switch (activation.kind) {
    case Activation::Kind::Clamp:
        applyEach<Activation::Kind::Clamp>(activation, x, y, n);
        break;
    case Activation::Kind::HardSwish:
        applyEach<Activation::Kind::HardSwish>(activation, x, y, n);
        break;
    case Activation::Kind::Sigmoid:
        applyEach<Activation::Kind::Sigmoid>(activation, x, y, n);
        break;
    case Activation::Kind::SiLU:
        applyEach<Activation::Kind::SiLU>(activation, x, y, n);
        break;
    }
}

} // namespace dyve
