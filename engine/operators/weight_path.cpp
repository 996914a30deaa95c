#include "operators/weight_path.h"

#include <algorithm>
#include <chrono>
#include <vector>

namespace dyve {

namespace {

double msOf(const std::function<void()>& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

} // namespace

std::pair<double, double> medianMsByTurns(const std::function<void()>& a, const std::function<void()>& b,
                                          int runs) {
    a();
    b();
    std::vector<double> msA, msB;
    for (int r = 0; r < std::max(1, runs); ++r) {
        msA.push_back(msOf(a));
        msB.push_back(msOf(b));
    }
    return {median(msA), median(msB)};
}

} // namespace dyve
