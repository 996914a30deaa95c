#pragma once

#include "latency_history.h"

#include <QImage>
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace dyve::ui {

// Live latency per run (ms, left axis) and operation reduction (×, right axis) on QCustomPlot, drawn from
// a LatencyHistory. Replots are queued, as hotspot does, so a burst of results costs one repaint.
class LatencyPlot : public QWidget {
    Q_OBJECT

public:
    explicit LatencyPlot(QWidget* parent = nullptr);

    void addRun(const dyve::RunResult& run, bool effort = false);
    void clear();
    const LatencyHistory& history() const { return m_history; }
    bool savePng(const QString& file) const;
    QImage toImage(int width = 0, int height = 0) const; // see plotImage()

private:
    void refresh();

    LatencyHistory m_history;
    QCustomPlot* m_plot;
    QCPGraph* m_latency;
    QCPGraph* m_reduction;
};

} // namespace dyve::ui
