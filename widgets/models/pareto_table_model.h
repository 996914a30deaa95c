#pragma once

#include "models/pareto_series.h"

#include <QAbstractTableModel>

#include <vector>

namespace dyve::ui {

// The Pareto page's table: one row per point of a ParetoSeries (the sweep's, then the tuning table's) with
// its figures against its own dense point. Sortable through SortRole (raw numbers); the row of the current
// effort level is bold.
class ParetoTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Source, Effort, Top1, DeltaTop1, Operations, Reduction, Milliseconds, Status, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit ParetoTableModel(QObject* parent = nullptr);

    void setSeries(const ParetoSeries& series);
    const ParetoEntry& entry(int row) const { return m_rows.at(size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ParetoEntry& e, int column) const;
    QVariant sortValue(const ParetoEntry& e, int column) const;
    double denseTop1(const ParetoEntry& e) const;
    bool isCurrent(const ParetoEntry& e) const;

    std::vector<ParetoEntry> m_rows;
    std::optional<double> m_denseTop1[2]; // by source
    std::optional<ParetoMarker> m_current;
};

} // namespace dyve::ui
