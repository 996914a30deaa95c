#include "layers/layer_table_view.h"

#include "common/layer_selection.h"
#include "models/layer_table_model.h"

#include <QJsonDocument>

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dyve::ui {

LayerTableView::LayerTableView(LayerTableModel* model, LayerSelection* selection, QWidget* parent)
    : ResultPage(parent), m_model(model ? model : new LayerTableModel(this)), m_selection(selection),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LayerTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // Graph order first: that is how a reader follows a network.
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The layer name takes the spare width: it is the column people read, and it can be long (SqueezeNet's
    // "fire9/expand3x3").
    m_table->horizontalHeader()->setSectionResizeMode(LayerTableModel::NameColumn, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid()) return;
                const int layer = m_proxy->mapToSource(current).row();
                if (m_selection) m_selection->select(layer);
                emit layerSelected(layer);
            });
    if (m_selection)
        connect(m_selection, &LayerSelection::changed, this, [this](int layer) {
            if (layer != selectedLayer()) selectLayer(layer);
        });
}

void LayerTableView::showResult(const InferenceResult& result) {
    m_model->setResult(result.run, result.effort);
    // A model reset (another network) loses the table's current row.
    if (m_selection && m_selection->layer() != selectedLayer()) selectLayer(m_selection->layer());
}

QList<PageExport> LayerTableView::exports() const {
    PageExport csv{tr("Layer Table as &CSV…"),    tr("Export Layer Table"),
                   QStringLiteral("layers.csv"),  tr("CSV files (*.csv)"),
                   QStringLiteral("layer table"), [this] { return m_model->toCsv().toUtf8(); }};
    csv.onToolbar = true;
    return {csv,
            {tr("Layer Table as &JSON…"), tr("Export Layer Table"), QStringLiteral("layers.json"),
             tr("JSON files (*.json)"), QStringLiteral("layer table"),
             [this] { return m_model->toJson().toJson(QJsonDocument::Indented); }}};
}

int LayerTableView::selectedLayer() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void LayerTableView::selectLayer(int layer) {
    const QModelIndex source = m_model->index(layer, 0);
    if (!source.isValid()) return;
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    m_table->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(proxy);
}

} // namespace dyve::ui
