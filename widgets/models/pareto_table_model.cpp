#include "models/pareto_table_model.h"

#include "core/number_text.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace dyve::ui {

namespace {

constexpr double kMillion = 1e6;

size_t sourceIndex(ParetoEntry::Source s) {
    return s == ParetoEntry::Source::Sweep ? 0 : 1;
}

QString number(double v, int decimals) {
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

ParetoTableModel::ParetoTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ParetoTableModel::setSeries(const ParetoSeries& series) {
    beginResetModel();
    m_rows = series.all();
    for (auto s : {ParetoEntry::Source::Sweep, ParetoEntry::Source::Tuning}) {
        const auto d = series.dense(s);
        m_denseTop1[sourceIndex(s)] = d ? std::optional<double>(d->top1) : std::nullopt;
    }
    m_current = series.currentMarker();
    endResetModel();
}

int ParetoTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParetoTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool ParetoTableModel::isCurrent(const ParetoEntry& e) const {
    return m_current && m_current->measured && e.kind == ParetoEntry::Kind::Level &&
           e.source == m_current->source && e.effort && std::fabs(*e.effort - m_current->effort) < 1e-9;
}

QVariant ParetoTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const ParetoEntry& e = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case SortRole:
        return sortValue(e, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Source || index.column() == Status
                   ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (isCurrent(e)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant ParetoTableModel::display(const ParetoEntry& e, int column) const {
    const std::optional<double> dense = m_denseTop1[sourceIndex(e.source)];
    switch (column) {
    case Source:
        return e.source == ParetoEntry::Source::Sweep ? tr("sweep") : tr("tuning");
    case Effort:
        if (e.kind == ParetoEntry::Kind::Dense) return tr("dense");
        if (e.kind == ParetoEntry::Kind::Width)
            return tr("width %1").arg(QString::fromStdString(dyve::widthText(e.width)));
        return e.effort ? number(*e.effort, 3) : QStringLiteral("—");
    case Top1:
        return number(e.top1 * 100.0, 2);
    case DeltaTop1:
        if (!dense || e.kind == ParetoEntry::Kind::Dense) return QStringLiteral("—");
        return QLocale().toString((e.top1 - *dense) * 100.0, 'f', 2);
    case Operations:
        return number(e.ops / kMillion, 3);
    case Reduction:
        return e.denseOps > 0.0 ? number(e.reduction(), 3) + QStringLiteral("×") : QStringLiteral("—");
    case Milliseconds:
        return e.ms > 0.0 ? number(e.ms, 3) : QStringLiteral("—");
    case Status: {
        QStringList notes;
        if (e.kind == ParetoEntry::Kind::Level && e.source == ParetoEntry::Source::Tuning)
            notes << tr("chosen");
        if (e.kind == ParetoEntry::Kind::Candidate) notes << tr("rejected");
        if (e.onFront) notes << tr("front");
        if (isCurrent(e)) notes << tr("current");
        return notes.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant ParetoTableModel::sortValue(const ParetoEntry& e, int column) const {
    const std::optional<double> dense = m_denseTop1[sourceIndex(e.source)];
    switch (column) {
    case Source:
        return int(sourceIndex(e.source));
    case Effort:
        return e.kind == ParetoEntry::Kind::Dense ? -1.0 : e.effort.value_or(2.0);
    case Top1:
        return e.top1;
    case DeltaTop1:
        return dense ? e.top1 - *dense : 0.0;
    case Operations:
        return e.ops;
    case Reduction:
        return e.reduction();
    case Milliseconds:
        return e.ms;
    case Status:
        return display(e, column);
    default:
        return {};
    }
}

QVariant ParetoTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DeltaTop1:
            return tr("Top-1 against the dense point of the same data set, percentage points");
        case Operations:
            return tr("Executed operations per image, millions (the effort mechanisms' overheads included)");
        case Reduction:
            return tr("Dense operations ÷ executed operations");
        case Milliseconds:
            return tr("Engine time per image");
        case Status:
            return tr("chosen: a level of the tuned path; rejected: a candidate over the budget; front: no "
                      "other point has fewer operations and a higher top-1");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Source:
        return tr("Source");
    case Effort:
        return tr("Effort");
    case Top1:
        return tr("Top-1 (%)");
    case DeltaTop1:
        return tr("Δ (pp)");
    case Operations:
        return tr("Ops (M)");
    case Reduction:
        return tr("Reduction");
    case Milliseconds:
        return tr("ms/image");
    case Status:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace dyve::ui
