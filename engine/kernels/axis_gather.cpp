#include "kernels/axis_gather.h"

#include <algorithm>

namespace dyve {

void AxisGather::plan(const Shape& input, std::vector<std::vector<int64_t>> maps) {
    const size_t rank = input.size();
    m_maps = std::move(maps);
    m_output.assign(rank, 0);
    for (size_t d = 0; d < rank; ++d)
        m_output[d] = static_cast<int64_t>(m_maps[d].size());
    m_inStride.assign(rank, 1);
    m_outStride.assign(rank, 1);
    for (size_t d = rank; d-- > 1;) {
        m_inStride[d - 1] = m_inStride[d] * input[d];
        m_outStride[d - 1] = m_outStride[d] * m_output[d];
    }
}

void AxisGather::run(const float* x, float* y, float fill) const {
    if (m_output.empty()) {
        *y = *x;
        return;
    }
    if (elementCount(m_output) == 0) return;
    runAxis(0, x, y, fill);
}

void AxisGather::runAxis(size_t d, const float* x, float* y, float fill) const {
    const std::vector<int64_t>& map = m_maps[d];
    const int64_t n = static_cast<int64_t>(map.size());
    if (d + 1 == m_maps.size()) {
        for (int64_t i = 0; i < n; ++i)
            y[i] = map[i] < 0 ? fill : x[map[i]];
        return;
    }
    const int64_t inStride = m_inStride[d], outStride = m_outStride[d];
    for (int64_t i = 0; i < n; ++i) {
        float* block = y + i * outStride;
        if (map[i] < 0)
            std::fill(block, block + outStride, fill);
        else
            runAxis(d + 1, x + map[i] * inStride, block, fill);
    }
}

} // namespace dyve
