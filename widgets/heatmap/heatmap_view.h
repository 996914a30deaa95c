#pragma once

#include "common/result_page.h"
#include "models/heatmap_data.h"

#include <optional>
#include <vector>

class QLabel;
class QScrollArea;
class QToolButton;

namespace dyve::ui {

class HeatmapCanvas;
class LayerSelection;

// The heatmaps dock (SPEC §6): the selected layer's output maps coloured computed / SPET-terminated /
// SDSS-interpolated, its input maps marked approximated / zero-skipped, the aggregate map, a colour
// legend, zoom (buttons and Ctrl+wheel) and a tooltip per map. With no masks — the dense engine of today —
// it says that nothing was skipped and still shows the layer's maps.
class HeatmapView : public ResultPage {
    Q_OBJECT

public:
    // With a `selection`, a page: it shows the selected layer of each result, and follows the selection.
    explicit HeatmapView(LayerSelection* selection = nullptr, QWidget* parent = nullptr);

    void showResult(const InferenceResult& result) override;
    QList<PageExport> exports() const override;

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
    void showSelectedLayer();
    void updateView();
    void setCellSize(int cell);
    int fittingCellSize() const;

    LayerSelection* m_selection;
    // Of the last result: what the selected layer's maps are drawn from.
    std::vector<dyve::LayerStats> m_layers; // names, operators and output shapes only
    std::vector<std::optional<LayerEffort>> m_effort;
    std::vector<int64_t> m_fullWidthChannels; // per layer, of a run through the width cascade
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
