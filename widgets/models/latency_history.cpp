#include "models/latency_history.h"

#include <algorithm>

namespace dyve::ui {

LatencyHistory::LatencyHistory(size_t capacity) : m_capacity(std::max<size_t>(capacity, 1)) {}

void LatencyHistory::add(const dyve::RunResult& run, bool effort) {
    Point p;
    p.sequence = ++m_sequence;
    p.ms = run.ms;
    const int64_t executed = run.executedOps();
    p.reduction = executed > 0 ? double(run.denseOps()) / double(executed) : 1.0;
    p.effort = effort;
    m_points.push_back(p);
    while (m_points.size() > m_capacity)
        m_points.pop_front();
}

void LatencyHistory::clear() {
    m_points.clear();
    m_sequence = 0;
}

double LatencyHistory::medianMs() const {
    if (m_points.empty()) return 0.0;
    std::vector<double> ms;
    ms.reserve(m_points.size());
    for (const Point& p : m_points)
        ms.push_back(p.ms);
    const size_t mid = ms.size() / 2;
    std::nth_element(ms.begin(), ms.begin() + long(mid), ms.end());
    if (ms.size() % 2) return ms[mid];
    const double upper = ms[mid];
    return (upper + *std::max_element(ms.begin(), ms.begin() + long(mid))) / 2.0;
}

double LatencyHistory::maxMs() const {
    double m = 0.0;
    for (const Point& p : m_points)
        m = std::max(m, p.ms);
    return m;
}

} // namespace dyve::ui
