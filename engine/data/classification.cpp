#include "data/classification.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace dyve {

namespace {

// A model that ends in a softmax already gives probabilities; applying softmax again would flatten them.
bool isProbabilityVector(const float* scores, size_t count) {
    double sum = 0.0;
    for (size_t i = 0; i < count; ++i) {
        if (!(scores[i] >= 0.0f && scores[i] <= 1.0f)) return false;
        sum += scores[i];
    }
    return std::abs(sum - 1.0) < 1e-3;
}

} // namespace

std::vector<ClassScore> topK(const Tensor& output, int k, int n) {
    const std::vector<float> converted = output.floats.empty() && !output.ints.empty()
                                             ? std::vector<float>(output.ints.begin(), output.ints.end())
                                             : std::vector<float>();
    const float* data = converted.empty() ? output.floats.data() : converted.data();
    const size_t total = converted.empty() ? output.floats.size() : converted.size();
    const int64_t batch = output.shape.empty() ? 1 : std::max<int64_t>(output.shape[0], 1);
    if (n < 0 || n >= batch)
        throw std::out_of_range("topK: sample " + std::to_string(n) + " of " + std::to_string(batch));
    const size_t count = total / size_t(batch);
    if (k <= 0 || count == 0) return {};
    const float* scores = data + size_t(n) * count;

    std::vector<ClassScore> all(count);
    if (isProbabilityVector(scores, count)) {
        for (size_t i = 0; i < count; ++i)
            all[i] = {int(i), scores[i]};
    } else {
        float maximum = -INFINITY;
        for (size_t i = 0; i < count; ++i)
            if (scores[i] > maximum) maximum = scores[i];
        double sum = 0.0;
        for (size_t i = 0; i < count; ++i)
            sum += std::exp(double(scores[i]) - maximum);
        for (size_t i = 0; i < count; ++i)
            all[i] = {int(i), float(std::exp(double(scores[i]) - maximum) / sum)};
    }
    // NaN (a broken model) sorts last; ties keep the lower class index first, so results are stable.
    auto better = [](const ClassScore& a, const ClassScore& b) {
        const bool aNan = std::isnan(a.score), bNan = std::isnan(b.score);
        if (aNan != bNan) return bNan;
        if (!aNan && a.score != b.score) return a.score > b.score;
        return a.index < b.index;
    };
    const size_t keep = std::min(count, size_t(k));
    std::partial_sort(all.begin(), all.begin() + long(keep), all.end(), better);
    all.resize(keep);
    return all;
}

int topClass(const Tensor& output, int n) {
    const std::vector<ClassScore> best = topK(output, 1, n);
    return best.empty() ? -1 : best.front().index;
}

} // namespace dyve
