#pragma once

#include "effort/effort_profile.h"
#include "eval/sweep.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <vector>

namespace dyve::ui {

// One point of the accuracy-vs-operations plot (SPEC §6 "the accuracy-vs-operations Pareto plot from
// sweeps and tuning").
struct ParetoEntry {
    // Where the point was measured. A sweep and a tuning run measure different data sets (SPEC §4.7: a
    // profile tuned on a tuning split is reported on a test split), so the two are never mixed: each has
    // its own dense point and its own front.
    enum class Source { Sweep, Tuning };
    // Dense: the reference path. Level: an effort level (of a sweep; of a tuning run, a level of the tuned
    // path; of a width-cascade profile, a level of the cascade). Candidate: a configuration the tuner judged
    // on its whole set and rejected. Width: a sweep's fixed channel width, dense (issue 16).
    enum class Kind { Dense, Level, Candidate, Width };

    Source source = Source::Sweep;
    Kind kind = Kind::Level;
    std::optional<double> effort; // none for dense, candidates and widths
    double width = 1.0;           // Kind::Width: the share of the channels
    double top1 = 0.0;            // fraction, 0–1
    double ops = 0.0;             // executed operations per image (SPEC §4.6)
    double denseOps = 0.0;        // the dense path's operations per image (0: not known)
    double ms = 0.0;              // engine time per image: a sweep's median of repeated timings
    bool chosen = false;          // a level of the tuned path (ParetoPoint::chosen)
    bool onFront = false;         // on its source's Pareto front

    // Dense over executed operations (1 when the dense figure is not known).
    double reduction() const { return ops > 0.0 && denseOps > 0.0 ? denseOps / ops : 1.0; }
};

// Where the plotted point for the current effort level comes from.
struct ParetoMarker {
    ParetoEntry::Source source = ParetoEntry::Source::Sweep;
    double effort = 0.0;
    double top1 = 0.0;
    double ops = 0.0;
    double denseOps = 0.0;
    double ms = 0.0; // engine time per image (0: not known)
    // True when a level at exactly this effort was measured; false when the point is interpolated between
    // the two measured levels around it (the profile interpolates its knobs between levels, SPEC §4.7).
    bool measured = false;
};

// The Pareto plot's data: the points of an effort sweep (its dense reference and its levels, as they are
// measured), the Pareto table of a tuned profile (its chosen levels and its rejected candidates), each
// source's Pareto front, and the current effort level. Plain data: tested without a window, drawn by
// ParetoPlot.
class ParetoSeries {
public:
    // A finished sweep point (dyve::sweepEffort): the dense path when it has no effort, else a level.
    // Points of a cancelled evaluation cover fewer images than the others and are ignored.
    void addSweepPoint(const dyve::SweepPoint& point);
    void setSweep(const std::vector<dyve::SweepPoint>& points);
    // The data set the sweep measured, for people ("fashion-mnist, 300 images").
    void setSweepData(const QString& description) { m_sweepData = description; }
    void clearSweep();

    // The Pareto table of a tuned profile (SPEC §4.7). `denseOps` is the dense path's operations per
    // image; without it, it is worked out from the profile's tuning summary (its effort-1 reduction,
    // written to three decimals). With the summary, the tuning set's dense top-1 is a point too.
    void setTuning(const dyve::EffortProfile& profile, std::optional<double> denseOps = std::nullopt);
    void setTuningData(const QString& description) { m_tuningData = description; }
    void clearTuning();

    void clear();

    // The effort level the studio runs at now (the knob panel's), or none.
    void setCurrentEffort(std::optional<double> effort) { m_currentEffort = effort; }
    std::optional<double> currentEffort() const { return m_currentEffort; }
    // Where the current effort sits: on the sweep's levels when they span it, else on the tuned path's.
    std::optional<ParetoMarker> currentMarker() const;

    // In the order they were added (sweep: as measured; tuning: as in the profile's table).
    const std::vector<ParetoEntry>& sweep() const { return m_sweep; }
    const std::vector<ParetoEntry>& tuning() const { return m_tuning; }
    const QString& sweepData() const { return m_sweepData; }
    const QString& tuningData() const { return m_tuningData; }
    bool empty() const { return m_sweep.empty() && m_tuning.empty(); }

    // Every point of one source, and of both.
    const std::vector<ParetoEntry>& entries(ParetoEntry::Source source) const;
    std::vector<ParetoEntry> all() const;
    // The source's dense point, if it has one.
    std::optional<ParetoEntry> dense(ParetoEntry::Source source) const;
    // The source's effort levels (for tuning: the chosen ones) by ascending effort: the path the effort
    // slider moves along.
    std::vector<ParetoEntry> levels(ParetoEntry::Source source) const;
    // The source's points that no other point of it beats (ParetoSeries::front()), by ascending operations.
    std::vector<ParetoEntry> front(ParetoEntry::Source source) const;

    // The indices of the points of `points` on the Pareto front of accuracy against operations: those for
    // which no other point has at most as many operations and at least as high a top-1, and is better in
    // one of the two. Of equal points, the first. By ascending operations.
    static std::vector<size_t> paretoFront(const std::vector<ParetoEntry>& points);

private:
    void markFront(std::vector<ParetoEntry>& points) const;

    std::vector<ParetoEntry> m_sweep;
    std::vector<ParetoEntry> m_tuning;
    QString m_sweepData;
    QString m_tuningData;
    std::optional<double> m_currentEffort;
};

} // namespace dyve::ui
