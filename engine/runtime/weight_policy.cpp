#include "runtime/weight_policy.h"

#include <atomic>

namespace dyve {

namespace {
std::atomic<SparseWeights> g_policy{SparseWeights::Measured};
}

void setSparseWeights(SparseWeights policy) {
    g_policy.store(policy, std::memory_order_relaxed);
}

SparseWeights sparseWeights() {
    return g_policy.load(std::memory_order_relaxed);
}

std::string toString(SparseWeights policy) {
    switch (policy) {
    case SparseWeights::Dense:
        return "dense";
    case SparseWeights::Sparse:
        return "sparse";
    case SparseWeights::Measured:
        break;
    }
    return "measured";
}

std::optional<SparseWeights> parseSparseWeights(const std::string& text) {
    for (SparseWeights policy : {SparseWeights::Measured, SparseWeights::Dense, SparseWeights::Sparse})
        if (text == toString(policy)) return policy;
    return std::nullopt;
}

} // namespace dyve
