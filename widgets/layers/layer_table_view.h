#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace dyve::ui {

class LayerTableModel;

// The layer view: LayerTableModel behind a sorting proxy. Selecting a row reports the layer's row in the
// model (its index in RunResult::layers), whatever the sort order, to drive the heatmaps.
class LayerTableView : public QWidget {
    Q_OBJECT

public:
    explicit LayerTableView(LayerTableModel* model, QWidget* parent = nullptr);

    // The selected layer's index in the model, or -1.
    int selectedLayer() const;
    void selectLayer(int layer);
    QTableView* table() const { return m_table; }

signals:
    void layerSelected(int layer);

private:
    LayerTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
};

} // namespace dyve::ui
