#include "models/pareto_series.h"

#include <algorithm>
#include <cmath>

namespace dyve::ui {

namespace {

// Efforts are written to the profile with nine decimals and typed with two: closer than this is the same.
constexpr double kSameEffort = 1e-9;

bool byEffort(const ParetoEntry& a, const ParetoEntry& b) {
    return a.effort.value_or(-1.0) < b.effort.value_or(-1.0);
}

// The point at `effort` along a path of levels sorted by effort, or none when the path does not span it.
std::optional<ParetoMarker> alongPath(const std::vector<ParetoEntry>& path, double effort) {
    if (path.empty() || effort < *path.front().effort - kSameEffort ||
        effort > *path.back().effort + kSameEffort)
        return std::nullopt;
    for (size_t i = 0; i < path.size(); ++i) {
        const ParetoEntry& p = path[i];
        if (std::fabs(*p.effort - effort) <= kSameEffort)
            return ParetoMarker{p.source, effort, p.top1, p.ops, p.denseOps, p.ms, true};
        if (i + 1 < path.size() && *path[i + 1].effort > effort) {
            const ParetoEntry& q = path[i + 1];
            const double t = (effort - *p.effort) / (*q.effort - *p.effort);
            return ParetoMarker{p.source,
                                effort,
                                p.top1 + t * (q.top1 - p.top1),
                                p.ops + t * (q.ops - p.ops),
                                p.denseOps > 0.0 ? p.denseOps : q.denseOps,
                                p.ms > 0.0 && q.ms > 0.0 ? p.ms + t * (q.ms - p.ms) : 0.0,
                                false};
        }
    }
    return std::nullopt;
}

} // namespace

void ParetoSeries::addSweepPoint(const dyve::SweepPoint& point) {
    const dyve::EvalReport& r = point.report;
    if (r.cancelled || r.images == 0) return;
    ParetoEntry e;
    e.source = ParetoEntry::Source::Sweep;
    e.kind = point.effort        ? ParetoEntry::Kind::Level
             : point.width < 1.0 ? ParetoEntry::Kind::Width
                                 : ParetoEntry::Kind::Dense;
    e.effort = point.effort;
    e.width = point.width;
    e.top1 = r.top1();
    e.ops = r.executedOpsPerImage();
    e.denseOps = r.denseOpsPerImage();
    // SPEC §9: the median of repeated timings when the sweep made them, else its one pass over the data.
    e.ms = point.timingRuns > 0 ? point.medianMsPerImage : r.msPerImage();
    m_sweep.push_back(e);
    markFront(m_sweep);
}

void ParetoSeries::setSweep(const std::vector<dyve::SweepPoint>& points) {
    m_sweep.clear();
    for (const dyve::SweepPoint& p : points)
        addSweepPoint(p);
}

void ParetoSeries::clearSweep() {
    m_sweep.clear();
    m_sweepData.clear();
}

void ParetoSeries::setTuning(const dyve::EffortProfile& profile, std::optional<double> denseOps) {
    m_tuning.clear();
    if (!denseOps && profile.tuned) {
        // The summary's reduction is of the last level of the tuned path.
        const dyve::ParetoPoint* last = nullptr;
        for (const dyve::ParetoPoint& p : profile.pareto)
            if (p.chosen && p.effort && (!last || *p.effort >= *last->effort)) last = &p;
        if (last) denseOps = last->ops * profile.tuned->opsReduction;
    }
    const double dense = denseOps.value_or(0.0);
    if (profile.tuned && dense > 0.0) {
        ParetoEntry e;
        e.source = ParetoEntry::Source::Tuning;
        e.kind = ParetoEntry::Kind::Dense;
        e.top1 = profile.tuned->denseTop1;
        e.ops = dense;
        e.denseOps = dense;
        m_tuning.push_back(e);
    }
    for (const dyve::ParetoPoint& p : profile.pareto) {
        ParetoEntry e;
        e.source = ParetoEntry::Source::Tuning;
        e.kind = p.chosen && p.effort ? ParetoEntry::Kind::Level : ParetoEntry::Kind::Candidate;
        e.effort = p.effort;
        e.top1 = p.top1;
        e.ops = p.ops;
        e.denseOps = dense;
        e.ms = p.ms;
        e.chosen = p.chosen;
        m_tuning.push_back(e);
    }
    markFront(m_tuning);
}

void ParetoSeries::clearTuning() {
    m_tuning.clear();
    m_tuningData.clear();
}

void ParetoSeries::clear() {
    clearSweep();
    clearTuning();
}

std::optional<ParetoMarker> ParetoSeries::currentMarker() const {
    if (!m_currentEffort) return std::nullopt;
    if (auto m = alongPath(levels(ParetoEntry::Source::Sweep), *m_currentEffort)) return m;
    return alongPath(levels(ParetoEntry::Source::Tuning), *m_currentEffort);
}

const std::vector<ParetoEntry>& ParetoSeries::entries(ParetoEntry::Source source) const {
    return source == ParetoEntry::Source::Sweep ? m_sweep : m_tuning;
}

std::vector<ParetoEntry> ParetoSeries::all() const {
    std::vector<ParetoEntry> out = m_sweep;
    out.insert(out.end(), m_tuning.begin(), m_tuning.end());
    return out;
}

std::optional<ParetoEntry> ParetoSeries::dense(ParetoEntry::Source source) const {
    for (const ParetoEntry& e : entries(source))
        if (e.kind == ParetoEntry::Kind::Dense) return e;
    return std::nullopt;
}

std::vector<ParetoEntry> ParetoSeries::levels(ParetoEntry::Source source) const {
    std::vector<ParetoEntry> out;
    for (const ParetoEntry& e : entries(source))
        if (e.kind == ParetoEntry::Kind::Level) out.push_back(e);
    std::stable_sort(out.begin(), out.end(), byEffort);
    return out;
}

std::vector<ParetoEntry> ParetoSeries::front(ParetoEntry::Source source) const {
    const std::vector<ParetoEntry>& points = entries(source);
    std::vector<ParetoEntry> out;
    for (size_t i : paretoFront(points))
        out.push_back(points[i]);
    return out;
}

std::vector<size_t> ParetoSeries::paretoFront(const std::vector<ParetoEntry>& points) {
    // Sweep by ascending operations (the higher top-1 first among equal operations, then the first given):
    // a point is on the front when its top-1 beats every point before it.
    std::vector<size_t> order(points.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (points[a].ops != points[b].ops) return points[a].ops < points[b].ops;
        return points[a].top1 > points[b].top1;
    });
    std::vector<size_t> front;
    for (size_t i : order)
        if (front.empty() || points[i].top1 > points[front.back()].top1) front.push_back(i);
    return front;
}

void ParetoSeries::markFront(std::vector<ParetoEntry>& points) const {
    for (ParetoEntry& e : points)
        e.onFront = false;
    for (size_t i : paretoFront(points))
        points[i].onFront = true;
}

} // namespace dyve::ui
