#include "evaluation/running_accuracy_plot.h"

#include "common/plot_style.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

#include <algorithm>

namespace dyve::ui {

RunningAccuracyPlot::RunningAccuracyPlot(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    m_top1 = m_plot->addGraph();
    m_top1->setName(tr("top-1 (%)"));
    m_top1->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2.0));
    m_top5 = m_plot->addGraph();
    m_top5->setName(tr("top-5 (%)"));
    m_top5->setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 1.5, Qt::DashLine));
    m_plot->xAxis->setLabel(tr("images evaluated"));
    m_plot->yAxis->setLabel(tr("accuracy (%)"));
    placeLegendAbove(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    clear();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

void RunningAccuracyPlot::setAccuracy(const RunningAccuracy& accuracy) {
    QVector<double> x, top1, top5;
    double lowest = 100.0;
    for (size_t i = 0; i < accuracy.size(); ++i) {
        const RunningAccuracy::Point& p = accuracy.at(i);
        x << double(p.images);
        top1 << p.top1 * 100.0;
        top5 << p.top5 * 100.0;
        lowest = std::min(lowest, p.top1 * 100.0);
    }
    m_top1->setData(x, top1, true);
    m_top5->setData(x, top5, true);
    // The whole evaluation's width from the start, so the curve grows to the right as batches finish.
    m_plot->xAxis->setRange(0.0, std::max<double>(1.0, double(accuracy.total())));
    // From a round figure below the lowest point to 100 %: differences of a few points stay visible.
    const double floor = accuracy.empty() ? 0.0 : std::max(0.0, std::floor((lowest - 5.0) / 10.0) * 10.0);
    m_plot->yAxis->setRange(floor, 100.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RunningAccuracyPlot::clear() {
    m_top1->data()->clear();
    m_top5->data()->clear();
    m_plot->xAxis->setRange(0.0, 1.0);
    m_plot->yAxis->setRange(0.0, 100.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int RunningAccuracyPlot::pointCount() const {
    return m_top1->dataCount();
}

QImage RunningAccuracyPlot::toImage(int width, int height) const {
    return plotImage(m_plot, width, height);
}

bool RunningAccuracyPlot::savePng(const QString& file) const {
    return m_plot->savePng(file, 0, 0, 2.0);
}

} // namespace dyve::ui
