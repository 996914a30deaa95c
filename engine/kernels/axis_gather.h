#pragma once

#include "core/tensor.h"

#include <cstdint>
#include <vector>

namespace dyve {

// Copies x into y where, along every axis d, output index i reads input index maps[d][i], or writes
// `fill` when that index is −1. Pad (constant, reflect, edge, negative pads) and nearest-neighbour
// Resize/Upsample are both exactly this, so they share one tested loop. Per-axis maps are built once at
// plan time; forward() only walks them.
class AxisGather {
public:
    // maps[d].size() is output dimension d; entries index input dimension d (or −1).
    void plan(const Shape& input, std::vector<std::vector<int64_t>> maps);
    void run(const float* x, float* y, float fill) const;
    const Shape& outputShape() const { return m_output; }

private:
    void runAxis(size_t d, const float* x, float* y, float fill) const;

    Shape m_output;
    std::vector<std::vector<int64_t>> m_maps;
    std::vector<int64_t> m_inStride, m_outStride;
};

} // namespace dyve
