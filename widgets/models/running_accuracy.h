#pragma once

#include "eval/evaluator.h"

#include <cstddef>
#include <vector>

namespace dyve::ui {

// The running accuracy of an evaluation (SPEC §6 "running accuracy on a labelled set"): one point per
// finished batch, so a plot shows the estimate settling as images are added.
class RunningAccuracy {
public:
    struct Point {
        size_t images = 0;
        double top1 = 0.0; // fractions, 0–1
        double top5 = 0.0;
    };

    void add(const dyve::EvalProgress& progress);
    void clear() {
        m_points.clear();
        m_total = 0;
    }

    size_t size() const { return m_points.size(); }
    bool empty() const { return m_points.empty(); }
    const Point& at(size_t i) const { return m_points.at(i); }
    const Point& last() const { return m_points.back(); }
    // Images the evaluation will cover (the x axis' end).
    size_t total() const { return m_total; }

private:
    std::vector<Point> m_points;
    size_t m_total = 0;
};

} // namespace dyve::ui
