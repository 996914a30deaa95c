// SPEC §4.5 — Similarity-based Feature Map Approximation: input maps that are (nearly) constant leave the
// GEMM and come back as their mean times precomputed kernel sums.
#include "effort/sfma.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace dyve {

namespace {

// The inside tap range [begin, end) of every output row (or column) along one axis, numbered by class.
void classifyAxis(int64_t axis, const WindowGeometry& g, std::vector<int32_t>& classOf,
                  std::vector<std::pair<int64_t, int64_t>>& ranges) {
    std::map<std::pair<int64_t, int64_t>, int32_t> ids;
    classOf.assign(static_cast<size_t>(g.out[axis]), 0);
    for (int64_t o = 0; o < g.out[axis]; ++o) {
        const int64_t start = o * g.stride[axis] - g.padBegin[axis];
        const auto range = insideRange(start, g.dilation[axis], g.in[axis], g.kernel[axis]);
        auto [it, added] = ids.emplace(range, static_cast<int32_t>(ranges.size()));
        if (added) ranges.push_back(range);
        classOf[static_cast<size_t>(o)] = it->second;
    }
}

} // namespace

BorderKernelSums borderKernelSums(const float* weights, int64_t outChannels, int64_t inChannels,
                                  const WindowGeometry& g) {
    BorderKernelSums s;
    std::vector<std::pair<int64_t, int64_t>> rows, cols;
    classifyAxis(0, g, s.rowClass, rows);
    classifyAxis(1, g, s.colClass, cols);
    s.rowClasses = static_cast<int64_t>(rows.size());
    s.colClasses = static_cast<int64_t>(cols.size());
    const int64_t kh = g.kernel[0], kw = g.kernel[1], oc = outChannels * inChannels;
    s.sums.assign(static_cast<size_t>(s.classes() * oc), 0.0f);
    for (int64_t r = 0; r < s.rowClasses; ++r)
        for (int64_t c = 0; c < s.colClasses; ++c) {
            float* out = s.sums.data() + (r * s.colClasses + c) * oc;
            for (int64_t k = 0; k < oc; ++k) {
                const float* w = weights + k * kh * kw;
                double sum = 0.0;
                for (int64_t ky = rows[r].first; ky < rows[r].second; ++ky)
                    for (int64_t kx = cols[c].first; kx < cols[c].second; ++kx)
                        sum += w[ky * kw + kx];
                out[k] = static_cast<float>(sum);
            }
        }
    return s;
}

void summariseInputMaps(const float* input, int64_t channels, int64_t plane, const SfmaKnobs& knobs,
                        float inputScale, InputMapSummary& s) {
    s.state.assign(static_cast<size_t>(channels), static_cast<uint8_t>(InputMapState::Computed));
    s.mean.assign(static_cast<size_t>(channels), 0.0f);
    s.approximated.clear();
    s.zeroSkipped = 0;
    s.overheadOps = 0;
    const bool lossy = knobs.enabled() && plane > 1;
    for (int64_t c = 0; c < channels; ++c) {
        const float* x = input + c * plane;
        if (!lossy) {
            // Only the lossless test: scan until the first non-zero value, one comparison each.
            int64_t i = 0;
            while (i < plane && x[i] == 0.0f)
                ++i;
            s.overheadOps += std::min(plane, i + 1);
            if (i == plane) {
                s.state[static_cast<size_t>(c)] = static_cast<uint8_t>(InputMapState::ZeroSkipped);
                ++s.zeroSkipped;
            }
            continue;
        }
        // Mean and variance in one pass (one add and one multiply-accumulate per value), plus the
        // comparison against ν. Deviations from the first value keep a constant map's variance exactly 0
        // and near-constant maps' variance free of cancellation.
        const float first = x[0];
        double sum = 0.0, squares = 0.0;
        bool nonZero = false;
        for (int64_t i = 0; i < plane; ++i) {
            const double d = static_cast<double>(x[i]) - first;
            sum += d;
            squares += d * d;
            nonZero |= x[i] != 0.0f;
        }
        s.overheadOps += 2 * plane + 1;
        if (!nonZero) {
            s.state[static_cast<size_t>(c)] = static_cast<uint8_t>(InputMapState::ZeroSkipped);
            ++s.zeroSkipped;
            continue;
        }
        const double meanDeviation = sum / static_cast<double>(plane);
        const double variance =
            std::max(0.0, squares / static_cast<double>(plane) - meanDeviation * meanDeviation);
        const double mean = first + meanDeviation;
        const double limit = static_cast<double>(knobs.nu) * inputScale;
        if (variance <= limit * limit) {
            s.state[static_cast<size_t>(c)] = static_cast<uint8_t>(InputMapState::SfmaApproximated);
            s.mean[static_cast<size_t>(c)] = static_cast<float>(mean);
            s.approximated.push_back(static_cast<int32_t>(c));
        }
    }
}

int64_t approximationCorrections(const BorderKernelSums& sums, int64_t outChannels, int64_t inChannels,
                                 const InputMapSummary& summary, std::vector<float>& corrections) {
    const int64_t classes = sums.classes();
    const auto& approx = summary.approximated;
    corrections.assign(static_cast<size_t>(classes * outChannels), 0.0f);
    if (approx.empty()) return 0;
    for (int64_t k = 0; k < classes; ++k)
        for (int64_t o = 0; o < outChannels; ++o) {
            const float* s = sums.sums.data() + (k * outChannels + o) * inChannels;
            float acc = 0.0f;
            for (int32_t c : approx)
                acc += summary.mean[static_cast<size_t>(c)] * s[c];
            corrections[static_cast<size_t>(k * outChannels + o)] = acc;
        }
    return classes * outChannels * static_cast<int64_t>(approx.size());
}

} // namespace dyve
