#include "latency/latency_plot.h"

#include <qcustomplot.h>

#include "common/plot_style.h"

#include <QVBoxLayout>

#include <algorithm>

namespace dyve::ui {

LatencyPlot::LatencyPlot(QWidget* parent) : ResultPage(parent), m_plot(new QCustomPlot(this)) {
    m_dense = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_dense->setName(tr("dense (ms)"));
    m_dense->setPen(QPen(QColor(0x7f, 0x7f, 0x7f), 1.5));
    m_dense->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 4));
    m_effort = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_effort->setName(tr("effort (ms)"));
    m_effort->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.5));
    m_effort->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    m_reduction = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_reduction->setName(tr("effort: operation reduction (×)"));
    m_reduction->setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 1.5, Qt::DashLine));

    m_plot->xAxis->setLabel(tr("run"));
    m_plot->yAxis->setLabel(tr("latency (ms)"));
    m_plot->yAxis2->setLabel(tr("reduction (×)"));
    m_plot->yAxis2->setVisible(true);
    placeLegendAbove(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->xAxis->setRange(0, 10);
    m_plot->yAxis->setRange(0, 1);
    m_plot->yAxis2->setRange(0, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

void LatencyPlot::showResult(const InferenceResult& result) {
    // A run through the width cascade is an effort level's too: its reduction is against the full width.
    if (!result.timingRerun) addRun(result.run, result.effortRun || result.cascade.has_value());
}

QList<PageExport> LatencyPlot::exports() const {
    return {{tr("&Latency Plot as PNG…"), tr("Export Latency Plot"), QStringLiteral("latency.png"),
             tr("PNG images (*.png)"), QStringLiteral("latency plot"),
             [this] { return pngBytes(toImage(0, 0)); }}};
}

void LatencyPlot::addRun(const dyve::RunResult& run, bool effort) {
    m_history.add(run, effort);
    refresh();
}

void LatencyPlot::clear() {
    m_history.clear();
    refresh();
}

QImage LatencyPlot::toImage(int width, int height) const {
    return plotImage(m_plot, width, height);
}

bool LatencyPlot::savePng(const QString& file) const {
    return m_plot->savePng(file, 0, 0, 2.0);
}

QVector<QPointF> LatencyPlot::points(Series series) const {
    const QCPGraph* graph = series == Series::Dense    ? m_dense
                            : series == Series::Effort ? m_effort
                                                       : m_reduction;
    QVector<QPointF> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        if (!qIsNaN(it->value)) out << QPointF(it->key, it->value); // NaN: a run of the other path
    return out;
}

void LatencyPlot::refresh() {
    // A line joins the runs of one path only; a run of the other path in between leaves a gap, not a
    // jump between two different things.
    QVector<double> x, dense, effort, reductionX, reduction;
    double maxReduction = 1.0;
    for (size_t i = 0; i < m_history.size(); ++i) {
        const LatencyHistory::Point& p = m_history.at(i);
        x << double(p.sequence);
        dense << (p.effort ? qQNaN() : p.ms);
        effort << (p.effort ? p.ms : qQNaN());
        if (p.effort) {
            reductionX << double(p.sequence);
            reduction << p.reduction;
            maxReduction = std::max(maxReduction, p.reduction);
        }
    }
    m_dense->setData(x, dense, true);
    m_effort->setData(x, effort, true);
    m_reduction->setData(reductionX, reduction, true);
    const double last = double(std::max<int64_t>(m_history.lastSequence(), 1));
    const double first = m_history.size() ? x.front() : 0.0;
    m_plot->xAxis->setRange(std::max(0.0, std::min(first, last - 10.0)), std::max(last, 10.0) + 0.5);
    // Zero-based axes: a latency plot that starts at 0.9 ms exaggerates jitter.
    m_plot->yAxis->setRange(0.0, std::max(0.1, m_history.maxMs() * 1.2));
    m_plot->yAxis2->setRange(0.0, std::max(2.0, maxReduction * 1.2));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace dyve::ui
