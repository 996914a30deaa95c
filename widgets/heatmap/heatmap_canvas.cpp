#include "heatmap/heatmap_canvas.h"

#include "models/heatmap_painter.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

namespace dyve::ui {

HeatmapCanvas::HeatmapCanvas(const HeatmapData& data, QWidget* parent) : QWidget(parent), m_data(data) {
    setMouseTracking(true);
    relayout();
}

void HeatmapCanvas::setCellSize(int cell) {
    m_cell = cell;
    relayout();
}

void HeatmapCanvas::setAvailableWidth(int width) {
    if (width == m_availableWidth) return;
    m_availableWidth = width;
    relayout();
}

QSize HeatmapCanvas::sizeHint() const {
    return m_size;
}

void HeatmapCanvas::relayout() {
    m_size = HeatmapPainter(m_data, m_cell, m_availableWidth).size();
    setFixedSize(m_size);
    update();
}

void HeatmapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    HeatmapPainter(m_data, m_cell, m_availableWidth).paint(painter);
}

QString HeatmapCanvas::toolTipAt(const QPoint& p) const {
    const HeatmapPainter layout(m_data, m_cell, m_availableWidth);
    if (const int map = layout.mapAt(p); map >= 0) {
        const int total = m_data.height * m_data.width;
        if (m_data.neurons.empty())
            return tr("Output map %1 of %2: %3 neurons, all computed (dense run)")
                .arg(map + 1)
                .arg(m_data.maps)
                .arg(total);
        const auto counts = m_data.mapCounts(map);
        auto pct = [total](int n) { return total ? 100.0 * n / total : 0.0; };
        return tr("Output map %1 of %2\ncomputed: %3\nSPET terminated: %4 (%5 %)\nSDSS interpolated: %6 (%7 "
                  "%)")
            .arg(map + 1)
            .arg(m_data.maps)
            .arg(counts[0])
            .arg(counts[1])
            .arg(pct(counts[1]), 0, 'f', 1)
            .arg(counts[2])
            .arg(pct(counts[2]), 0, 'f', 1);
    }
    if (const int c = layout.inputMapAt(p); c >= 0) {
        switch (m_data.inputMap(c)) {
        case dyve::InputMapState::SfmaApproximated:
            return tr("Input map %1: approximated by its mean (SFMA)").arg(c + 1);
        case dyve::InputMapState::ZeroSkipped:
            return tr("Input map %1: all zero, skipped").arg(c + 1);
        case dyve::InputMapState::Computed:
            return tr("Input map %1: computed").arg(c + 1);
        }
    }
    if (layout.aggregateContains(p)) return tr("Share of output maps skipped at each position");
    return {};
}

bool HeatmapCanvas::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void HeatmapCanvas::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        emit zoomRequested(event->angleDelta().y() > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

} // namespace dyve::ui
