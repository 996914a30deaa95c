#include "models/soak_log.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace dyve::ui {

namespace {

double rounded(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

double SoakLog::memoryGrowthMb() const {
    if (m_intervals.size() < 2) return 0.0;
    return m_intervals.back().rssMb - m_intervals.front().rssMb;
}

double SoakLog::latencyRatio() const {
    if (m_intervals.size() < 2 || m_intervals.front().latencyMedianMs <= 0.0) return 1.0;
    return m_intervals.back().latencyMedianMs / m_intervals.front().latencyMedianMs;
}

QStringList SoakLog::problems(const SoakLimits& limits) const {
    QStringList found;
    for (const SoakInterval& i : m_intervals)
        if (i.frames == 0) {
            found << QStringLiteral("no frame reached the views in the interval ending at %1 s")
                         .arg(i.endSeconds, 0, 'f', 0);
            break;
        }
    if (m_intervals.size() < 2) return found;
    const SoakInterval &first = m_intervals.front(), &last = m_intervals.back();
    if (memoryGrowthMb() > limits.memoryGrowthMb)
        found << QStringLiteral("memory grew by %1 MB (%2 → %3 MB), more than %4 MB")
                     .arg(memoryGrowthMb(), 0, 'f', 1)
                     .arg(first.rssMb, 0, 'f', 1)
                     .arg(last.rssMb, 0, 'f', 1)
                     .arg(limits.memoryGrowthMb, 0, 'f', 0);
    if (last.latencyMedianMs > first.latencyMedianMs * limits.latencyRatio + limits.latencySlackMs)
        found << QStringLiteral("camera → view latency grew from %1 to %2 ms (median)")
                     .arg(first.latencyMedianMs, 0, 'f', 1)
                     .arg(last.latencyMedianMs, 0, 'f', 1);
    return found;
}

QString SoakLog::header() {
    return QStringLiteral(
        "  time s   memory MB   frames    fps   camera→view ms med / p90   grabbed  dropped");
}

QString SoakLog::row(const SoakInterval& i) {
    return QStringLiteral("  %1 %2 %3 %4 %5 %6 %7")
        .arg(QString::number(i.endSeconds, 'f', 0), 6)
        .arg(QString::number(i.rssMb, 'f', 1), 11)
        .arg(i.frames, 8)
        .arg(QString::number(i.fps(), 'f', 1), 6)
        .arg(QString::number(i.latencyMedianMs, 'f', 1) + QStringLiteral(" / ") +
                 QString::number(i.latencyP90Ms, 'f', 1),
             26)
        .arg(i.grabbed, 9)
        .arg(i.dropped, 8);
}

QJsonObject SoakLog::toJson(const SoakLimits& limits) const {
    QJsonArray intervals;
    qint64 frames = 0, dropped = 0;
    for (const SoakInterval& i : m_intervals) {
        intervals.append(QJsonObject{
            {QStringLiteral("end_s"), rounded(i.endSeconds, 1)},
            {QStringLiteral("rss_mb"), rounded(i.rssMb, 1)},
            {QStringLiteral("frames"), i.frames},
            {QStringLiteral("fps"), rounded(i.fps(), 1)},
            {QStringLiteral("camera_to_view_ms_median"), rounded(i.latencyMedianMs, 2)},
            {QStringLiteral("camera_to_view_ms_p90"), rounded(i.latencyP90Ms, 2)},
            {QStringLiteral("frames_grabbed"), i.grabbed},
            {QStringLiteral("frames_dropped"), i.dropped},
        });
        frames += i.frames;
        dropped += i.dropped;
    }
    return QJsonObject{
        {QStringLiteral("intervals"), intervals},
        {QStringLiteral("memory_growth_mb"), rounded(memoryGrowthMb(), 1)},
        {QStringLiteral("latency_ratio"), rounded(latencyRatio(), 2)},
        {QStringLiteral("frames"), frames},
        {QStringLiteral("dropped"), dropped},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems(limits))},
    };
}

double residentMemoryMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return 0.0;
    static const QRegularExpression vmRss(QStringLiteral("^VmRSS:\\s+(\\d+) kB"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = vmRss.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : 0.0;
}

} // namespace dyve::ui
