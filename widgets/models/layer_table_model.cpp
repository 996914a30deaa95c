#include "models/layer_table_model.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <limits>

namespace dyve::ui {

namespace {

constexpr double kNotReported = std::numeric_limits<double>::quiet_NaN();

// 1234567 → "1.23 M": operation counts span six orders of magnitude between layers.
QString siNumber(double value) {
    static const char* const kPrefixes[] = {"", " k", " M", " G", " T"};
    int p = 0;
    while (std::abs(value) >= 1000.0 && p < 4) {
        value /= 1000.0;
        ++p;
    }
    const int decimals = p == 0 ? 0 : (std::abs(value) < 10 ? 2 : std::abs(value) < 100 ? 1 : 0);
    return QLocale().toString(value, 'f', decimals) + QLatin1String(kPrefixes[p]);
}

QString shapeText(const dyve::Shape& shape) {
    QStringList dims;
    for (int64_t d : shape)
        dims << QString::number(d);
    return dims.join(QStringLiteral("×"));
}

double percent(int64_t part, int64_t whole) {
    return whole > 0 ? 100.0 * double(part) / double(whole) : kNotReported;
}

QString csvField(QString s) {
    if (s.contains(',') || s.contains('"') || s.contains('\n')) s = '"' + s.replace('"', "\"\"") + '"';
    return s;
}

} // namespace

LayerTableModel::LayerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LayerTableModel::setResult(const dyve::RunResult& run,
                                const std::vector<std::optional<LayerEffort>>& effort) {
    std::vector<std::optional<LayerEffort>> padded = effort;
    padded.resize(run.layers.size());
    bool sameLayers = run.layers.size() == m_layers.size();
    for (size_t i = 0; sameLayers && i < m_layers.size(); ++i)
        sameLayers = run.layers[i].name == m_layers[i].name && run.layers[i].op == m_layers[i].op;

    if (sameLayers) {
        m_layers = run.layers;
        m_effort = std::move(padded);
        if (!m_layers.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_layers = run.layers;
    m_effort = std::move(padded);
    endResetModel();
}

void LayerTableModel::clear() {
    beginResetModel();
    m_layers.clear();
    m_effort.clear();
    endResetModel();
}

bool LayerTableModel::hasEffort(int row) const {
    return row >= 0 && size_t(row) < m_effort.size() && m_effort[size_t(row)].has_value();
}

int LayerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_layers.size());
}

int LayerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

double LayerTableModel::number(int row, int column) const {
    const dyve::LayerStats& l = m_layers[size_t(row)];
    const std::optional<LayerEffort>& e = m_effort[size_t(row)];
    switch (column) {
    case DenseOpsColumn:
        return double(l.denseOps);
    case ExecutedOpsColumn:
        return double(l.executedOps);
    case ReductionColumn:
        // A layer with no counted operations (ReLU, pooling: SPEC §4.6 counts multiply-accumulates) has
        // nothing to reduce.
        return l.executedOps > 0 ? double(l.denseOps) / double(l.executedOps) : kNotReported;
    case TimeColumn:
        return l.ms;
    case SpetColumn:
        return e ? percent(e->stats.spetTerminated, e->stats.neurons) : kNotReported;
    case SdssColumn:
        return e ? percent(e->stats.sdssInterpolated, e->stats.neurons) : kNotReported;
    case SfmaColumn:
        return e ? percent(e->stats.sfmaApproximated, e->stats.inputMaps) : kNotReported;
    case ZeroSkipColumn:
        return e ? percent(e->stats.sfmaZeroSkipped, e->stats.inputMaps) : kNotReported;
    default:
        return kNotReported;
    }
}

QString LayerTableModel::text(int row, int column) const {
    const dyve::LayerStats& l = m_layers[size_t(row)];
    const double value = number(row, column);
    switch (column) {
    case NameColumn:
        return QString::fromStdString(l.name);
    case OpColumn:
        return QString::fromStdString(l.op);
    case ShapeColumn:
        return shapeText(l.outputShape);
    case DenseOpsColumn:
    case ExecutedOpsColumn:
        return siNumber(value);
    case ReductionColumn:
        return std::isnan(value) ? QStringLiteral("—")
                                 : QLocale().toString(value, 'f', 2) + QStringLiteral("×");
    case TimeColumn:
        return QLocale().toString(value, 'f', 3);
    default:
        // Not reported yet: the dense engine skips nothing and the effort engine is not wired in.
        return std::isnan(value) ? QStringLiteral("—")
                                 : QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
    }
}

QVariant LayerTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case SortRole:
        if (column == NameColumn || column == OpColumn || column == ShapeColumn) return text(row, column);
        {
            const double v = number(row, column);
            // Unreported values sort below every reported one.
            return std::isnan(v) ? -1.0 : v;
        }
    case Qt::TextAlignmentRole:
        return column <= ShapeColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column >= SpetColumn && !hasEffort(row))
            return tr("Dense run: the effort engine reported nothing for this layer.");
        if (column == DenseOpsColumn || column == ExecutedOpsColumn)
            return QLocale().toString(qlonglong(number(row, column)));
        return {};
    default:
        return {};
    }
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole) return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Layer");
        case OpColumn:
            return tr("Operator");
        case ShapeColumn:
            return tr("Output");
        case DenseOpsColumn:
            return tr("Dense ops");
        case ExecutedOpsColumn:
            return tr("Executed ops");
        case ReductionColumn:
            return tr("Reduction");
        case TimeColumn:
            return tr("Time (ms)");
        case SpetColumn:
            return tr("SPET %");
        case SdssColumn:
            return tr("SDSS %");
        case SfmaColumn:
            return tr("SFMA %");
        case ZeroSkipColumn:
            return tr("Zero-skip %");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DenseOpsColumn:
            return tr("Multiply-accumulates of the dense layer (SPEC §4.6)");
        case ExecutedOpsColumn:
            return tr("Operations actually executed, overheads included");
        case ReductionColumn:
            return tr("Dense operations divided by executed operations");
        case SpetColumn:
            return tr("Output neurons predicted saturated and terminated early (SPET)");
        case SdssColumn:
            return tr("Output neurons interpolated from sampled neighbours (SDSS)");
        case SfmaColumn:
            return tr("Input maps replaced by their mean (SFMA)");
        case ZeroSkipColumn:
            return tr("All-zero input maps skipped");
        default:
            return {};
        }
    }
    return {};
}

QString LayerTableModel::toCsv() const {
    static const char* const kKeys[] = {"layer",
                                        "op",
                                        "output_shape",
                                        "ops_dense",
                                        "ops_executed",
                                        "reduction",
                                        "ms",
                                        "spet_terminated_pct",
                                        "sdss_interpolated_pct",
                                        "sfma_approximated_pct",
                                        "zero_skipped_pct"};
    QStringList lines;
    QStringList header;
    for (const char* k : kKeys)
        header << QLatin1String(k);
    lines << header.join(',');
    for (int r = 0; r < rowCount(); ++r) {
        const dyve::LayerStats& l = m_layers[size_t(r)];
        QStringList fields{csvField(QString::fromStdString(l.name)), csvField(QString::fromStdString(l.op)),
                           QString::fromStdString(dyve::toString(l.outputShape)), QString::number(l.denseOps),
                           QString::number(l.executedOps)};
        for (int c = ReductionColumn; c < ColumnCount; ++c) {
            const double v = number(r, c);
            fields << (std::isnan(v) ? QString() : QString::number(v, 'g', 10));
        }
        lines << fields.join(',');
    }
    return lines.join('\n') + '\n';
}

QJsonDocument LayerTableModel::toJson() const {
    QJsonArray layers;
    auto orNull = [](double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(v); };
    for (int r = 0; r < rowCount(); ++r) {
        const dyve::LayerStats& l = m_layers[size_t(r)];
        QJsonArray shape;
        for (int64_t d : l.outputShape)
            shape.append(qint64(d));
        layers.append(QJsonObject{{"layer", QString::fromStdString(l.name)},
                                  {"op", QString::fromStdString(l.op)},
                                  {"output_shape", shape},
                                  {"ops_dense", qint64(l.denseOps)},
                                  {"ops_executed", qint64(l.executedOps)},
                                  {"reduction", orNull(number(r, ReductionColumn))},
                                  {"ms", l.ms},
                                  {"spet_terminated_pct", orNull(number(r, SpetColumn))},
                                  {"sdss_interpolated_pct", orNull(number(r, SdssColumn))},
                                  {"sfma_approximated_pct", orNull(number(r, SfmaColumn))},
                                  {"zero_skipped_pct", orNull(number(r, ZeroSkipColumn))}});
    }
    return QJsonDocument(QJsonObject{{"layers", layers}});
}

} // namespace dyve::ui
