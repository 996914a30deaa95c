#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace dyve::ui {

// One stretch of a soak run (dyve-studio --soak): the studio playing a camera for an hour, its memory and
// latency written down at every interval (SPEC §9: "the camera demo keeps up with the engine (no growing
// latency) for an hour"; issue 13: flat memory).
struct SoakInterval {
    double endSeconds = 0.0;                          // since the soak started
    double rssMb = 0.0;                               // the process's resident memory at the interval's end
    int frames = 0;                                   // results that reached the views in the interval
    double seconds = 0.0;                             // the interval's length
    double latencyMedianMs = 0.0, latencyP90Ms = 0.0; // camera → view
    qint64 grabbed = 0, dropped = 0;

    double fps() const { return seconds > 0 ? frames / seconds : 0.0; }
};

// What counts as flat: memory may grow by `memoryGrowthMb` after the first interval (buffers, plots and
// caches settle there), and the last interval's median latency may be at most `latencyRatio` times the
// first's plus `latencySlackMs` (a shared machine's noise).
struct SoakLimits {
    double memoryGrowthMb = 32.0;
    double latencyRatio = 3.0;
    double latencySlackMs = 20.0;
};

// The intervals of a soak and its verdict, without the window: the logic a test checks on made-up numbers.
class SoakLog {
public:
    void add(const SoakInterval& interval) { m_intervals.push_back(interval); }
    const std::vector<SoakInterval>& intervals() const { return m_intervals; }

    // Resident memory at the end of the last interval minus that at the end of the first; 0 with fewer
    // than two intervals.
    double memoryGrowthMb() const;
    // The last interval's median camera → view latency over the first's; 1 with fewer than two.
    double latencyRatio() const;
    // Why the soak is not flat, one line each: memory that grew, latency that grew, an interval in which
    // no frame reached the views. Empty: flat.
    QStringList problems(const SoakLimits& limits = {}) const;

    static QString header();
    static QString row(const SoakInterval& interval);
    // {"intervals": [...], "memory_growth_mb", "latency_ratio", "frames", "dropped", "problems": [...]}
    QJsonObject toJson(const SoakLimits& limits = {}) const;

private:
    std::vector<SoakInterval> m_intervals;
};

// The resident memory of this process in MB (VmRSS of /proc/self/status); 0 where there is none.
double residentMemoryMb();

} // namespace dyve::ui
