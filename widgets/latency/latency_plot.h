#pragma once

#include "common/result_page.h"
#include "models/latency_history.h"

#include <QImage>
#include <QPointF>
#include <QVector>

class QCustomPlot;
class QCPGraph;

namespace dyve::ui {

// Live latency per run (ms, left axis) — dense runs and effort runs as two series, so that neither is read
// as the other (SPEC §6 "live latency (dense vs effort)") — and the effort runs' operation reduction (×,
// right axis) on QCustomPlot, drawn from a LatencyHistory. Replots are queued, as hotspot does, so a burst
// of results costs one repaint.
class LatencyPlot : public ResultPage {
    Q_OBJECT

public:
    explicit LatencyPlot(QWidget* parent = nullptr);

    enum class Series { Dense, Effort, Reduction };

    // Every run but a timing re-run of the input on screen (which is not a new point).
    void showResult(const InferenceResult& result) override;
    void clearResults() override { clear(); }
    QList<PageExport> exports() const override;

    void addRun(const dyve::RunResult& run, bool effort = false);
    void clear();
    const LatencyHistory& history() const { return m_history; }
    bool savePng(const QString& file) const;
    QImage toImage(int width = 0, int height = 0) const; // see plotImage()
    // The points a series draws: x the run, y its ms (or ×); for tests and exports.
    QVector<QPointF> points(Series series) const;

private:
    void refresh();

    LatencyHistory m_history;
    QCustomPlot* m_plot;
    QCPGraph* m_dense;
    QCPGraph* m_effort;
    QCPGraph* m_reduction;
};

} // namespace dyve::ui
