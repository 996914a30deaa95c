#pragma once

#include "common/result_page.h"

class QSortFilterProxyModel;
class QTableView;

namespace dyve::ui {

class LayerSelection;
class LayerTableModel;

// The layer view: LayerTableModel behind a sorting proxy. Selecting a row reports the layer's row in the
// model (its index in RunResult::layers), whatever the sort order, to drive the heatmaps; as a page it shows
// each result and selects the shared LayerSelection's layer.
class LayerTableView : public ResultPage {
    Q_OBJECT

public:
    // Shows `model`, or a model of its own when null; with a `selection`, selecting a row selects its layer
    // there, and the row follows the selection.
    explicit LayerTableView(LayerTableModel* model = nullptr, LayerSelection* selection = nullptr,
                            QWidget* parent = nullptr);

    void showResult(const InferenceResult& result) override;
    // The table as CSV (on the toolbar too) and as JSON.
    QList<PageExport> exports() const override;
    LayerTableModel* model() const { return m_model; }

    // The selected layer's index in the model, or -1.
    int selectedLayer() const;
    void selectLayer(int layer);
    QTableView* table() const { return m_table; }

signals:
    void layerSelected(int layer);

private:
    LayerTableModel* m_model;
    LayerSelection* m_selection;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
};

} // namespace dyve::ui
