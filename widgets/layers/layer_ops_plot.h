#pragma once

#include "common/result_page.h"
#include "models/layer_ops_series.h"

#include <QImage>

class QCustomPlot;
class QCPBars;

namespace dyve::ui {

class LayerSelection;

// Per-layer bars of dense vs executed operations on QCustomPlot, drawn from a LayerOpsSeries; the selected
// layer's label is highlighted.
class LayerOpsPlot : public ResultPage {
    Q_OBJECT

public:
    // With a `selection`, the selected layer's label is highlighted as the selection moves.
    explicit LayerOpsPlot(LayerSelection* selection = nullptr, QWidget* parent = nullptr);

    void showResult(const InferenceResult& result) override;
    QList<PageExport> exports() const override;

    void setResult(const dyve::RunResult& run);
    void setSelectedLayer(int layer);
    void clear();
    const LayerOpsSeries& series() const { return m_series; }
    // The layer names under the bars, as drawn (elided, the selected one marked), for tests.
    const QStringList& tickLabels() const { return m_tickLabels; }
    bool savePng(const QString& file) const;
    QImage toImage(int width = 0, int height = 0) const; // see plotImage()

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();

    LayerOpsSeries m_series;
    int m_selectedLayer = -1;
    QStringList m_tickLabels;
    QCustomPlot* m_plot;
    QCPBars* m_dense;
    QCPBars* m_executed;
};

} // namespace dyve::ui
