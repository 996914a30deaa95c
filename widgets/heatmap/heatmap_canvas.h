#pragma once

#include "models/heatmap_data.h"

#include <QWidget>

namespace dyve::ui {

// The drawing surface inside HeatmapView's scroll area: sizes itself to the layout, paints with
// HeatmapPainter, answers tooltips per map and input map, and turns Ctrl+wheel into zoom requests.
class HeatmapCanvas : public QWidget {
    Q_OBJECT

public:
    explicit HeatmapCanvas(const HeatmapData& data, QWidget* parent = nullptr);

    void setCellSize(int cell);
    // The width the grid may use before wrapping (the scroll area's viewport).
    void setAvailableWidth(int width);
    QSize sizeHint() const override;

signals:
    void zoomRequested(int steps);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void relayout();
    QString toolTipAt(const QPoint& p) const;

    const HeatmapData& m_data;
    int m_cell = 4;
    int m_availableWidth = 400;
    QSize m_size;
};

} // namespace dyve::ui
