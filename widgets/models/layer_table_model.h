#pragma once

#include "models/inference_result.h"

#include <QAbstractTableModel>
#include <QJsonDocument>

#include <optional>
#include <vector>

namespace dyve::ui {

// The layer view's model (SPEC §6 "Layer view"): one row per layer of a RunResult with its dense and
// executed operations, reduction, time and — once the effort engine reports them — the share of work each
// mechanism skipped. Display strings are formatted here; SortRole gives the raw numbers so a
// QSortFilterProxyModel sorts 1.2 M above 900 k.
class LayerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OpColumn,
        ShapeColumn,
        DenseOpsColumn,
        ExecutedOpsColumn,
        ReductionColumn,
        TimeColumn,
        SpetColumn,     // output neurons SPET terminated, %
        SdssColumn,     // output neurons SDSS interpolated, %
        SfmaColumn,     // input maps SFMA approximated, %
        ZeroSkipColumn, // input maps skipped as all-zero, %
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit LayerTableModel(QObject* parent = nullptr);

    // Shows a run. When the layers are the same as before (the next image through the same model) the rows
    // are updated in place, so the view keeps its selection and scroll position.
    void setResult(const dyve::RunResult& run, const std::vector<std::optional<LayerEffort>>& effort = {});
    void clear();

    const dyve::LayerStats& layer(int row) const { return m_layers.at(size_t(row)); }
    bool hasEffort(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The table as a report: CSV with a header row, and JSON {"layers": [...]} with raw numbers (skipped
    // percentages null where the effort engine gave none).
    QString toCsv() const;
    QJsonDocument toJson() const;

private:
    // The raw value of a cell: a number for numeric columns, NaN for "not reported".
    double number(int row, int column) const;
    QString text(int row, int column) const;

    std::vector<dyve::LayerStats> m_layers;
    std::vector<std::optional<LayerEffort>> m_effort; // same length as m_layers
};

} // namespace dyve::ui
