#pragma once

#include "models/heatmap_data.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

namespace dyve::ui {

class HeatmapCanvas;

// The heatmaps dock (SPEC §6): the selected layer's output maps coloured computed / SPET-terminated /
// SDSS-interpolated, its input maps marked approximated / zero-skipped, the aggregate map, a colour
// legend, zoom (buttons and Ctrl+wheel) and a tooltip per map. With no masks — the dense engine of today —
// it says that nothing was skipped and still shows the layer's maps.
class HeatmapView : public QWidget {
    Q_OBJECT

public:
    explicit HeatmapView(QWidget* parent = nullptr);

    void setData(HeatmapData data);
    void clear();
    const HeatmapData& data() const { return m_data; }
    // The one-line state shown above the maps ("Dense run: nothing skipped" when there are no masks).
    QString statusText() const;
    int cellSize() const { return m_cellSize; }
    // The heatmaps as drawn, for export.
    QImage renderImage() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

private:
    void updateView();
    void setCellSize(int cell);
    int fittingCellSize() const;

    HeatmapData m_data;
    int m_cellSize = 4;
    QLabel* m_title;
    QLabel* m_status;
    QScrollArea* m_scroll;
    HeatmapCanvas* m_canvas;
    QToolButton* m_zoomIn;
    QToolButton* m_zoomOut;
    QToolButton* m_zoomFit;
};

} // namespace dyve::ui
