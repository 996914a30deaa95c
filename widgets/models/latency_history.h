#pragma once

#include "runtime/run_result.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

namespace dyve::ui {

// The live latency plot's data (SPEC §6 "live latency and operation reduction over time"): the last
// `capacity` runs, oldest first, each with its sequence number so the x axis keeps moving when old
// points fall off.
class LatencyHistory {
public:
    struct Point {
        int64_t sequence = 0; // 1 for the first run recorded
        double ms = 0.0;
        double reduction = 1.0; // dense / executed operations
        bool effort = false;    // run with the effort engine (the dense engine today)
    };

    explicit LatencyHistory(size_t capacity = 200);

    void add(const dyve::RunResult& run, bool effort = false);
    void clear();

    size_t size() const { return m_points.size(); }
    size_t capacity() const { return m_capacity; }
    const Point& at(size_t i) const { return m_points.at(i); }
    int64_t lastSequence() const { return m_sequence; }
    // Median over the points held: the number worth printing beside a noisy plot.
    double medianMs() const;
    double maxMs() const;

private:
    size_t m_capacity;
    int64_t m_sequence = 0;
    std::deque<Point> m_points;
};

} // namespace dyve::ui
