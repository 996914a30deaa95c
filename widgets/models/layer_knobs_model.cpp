#include "models/layer_knobs_model.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <cmath>
#include <limits>

namespace dyve::ui {

namespace {

constexpr int kMaxStride = 16;          // as effort profiles allow (engine/effort/effort_profile.cpp)
const QColor kSlower(0xc6, 0x28, 0x28); // a layer's knobs cost time
const QColor kFaster(0x2e, 0x7d, 0x32); // they save time

// A number typed in the user's locale or in C ("0.5" works everywhere).
std::optional<double> parseNumber(const QString& text) {
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok) v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v)) return std::nullopt;
    return v;
}

bool isOffText(const QString& text) {
    const QString t = text.trimmed();
    return t.isEmpty() || t.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0 ||
           t.compare(LayerKnobsModel::offText(), Qt::CaseInsensitive) == 0;
}

QString number(double v, int decimals, bool forEditing) {
    // The table shows a real minus sign; the editor a plain one, which any keyboard can type back.
    const QString s = QLocale().toString(v, 'f', decimals);
    return forEditing ? s : QString(s).replace(QLatin1Char('-'), QChar(0x2212));
}

// Dense ms ÷ effort ms at `threads`, if both were timed.
std::optional<double> speedUp(const dyve::LayerEffortTiming& t, int threads) {
    const auto dense = t.denseMs.find(threads), effort = t.effortMs.find(threads);
    if (dense == t.denseMs.end() || effort == t.effortMs.end() || effort->second <= 0.0) return std::nullopt;
    return dense->second / effort->second;
}

// Whether the setting made its layer faster at every thread count it was timed at.
bool pays(const dyve::LayerEffortTiming& t) {
    if (t.effortMs.empty()) return false;
    for (const auto& [threads, ms] : t.effortMs) {
        const std::optional<double> s = speedUp(t, threads);
        if (!s || *s <= 1.0) return false;
    }
    return true;
}

// The tuner's names ("SPET tau -1.5 + SDSS theta 0") with the table's symbols.
QString settingText(const std::string& setting) {
    QString s = QString::fromStdString(setting);
    s.replace(QLatin1String(" tau "), QStringLiteral(" τ "));
    s.replace(QLatin1String(" theta "), QStringLiteral(" θ "));
    s.replace(QLatin1String(" nu "), QStringLiteral(" ν "));
    s.replace(QLatin1Char('-'), QChar(0x2212));
    return s;
}

} // namespace

QString LayerKnobsModel::tunedText(const dyve::LayerEffortTiming& timing) {
    if (timing.effortMs.empty()) return {};
    const std::optional<double> s = speedUp(timing, timing.effortMs.begin()->first);
    if (!s) return settingText(timing.setting);
    return tr("%1 · %2×").arg(settingText(timing.setting), QLocale().toString(*s, 'f', 2));
}

LayerKnobsModel::LayerKnobsModel(QObject* parent) : QAbstractTableModel(parent) {}

QString LayerKnobsModel::offText() {
    return tr("off");
}

void LayerKnobsModel::setModel(std::vector<std::string> effortLayers,
                               std::optional<dyve::EffortProfile> profile) {
    beginResetModel();
    m_times.clear();
    m_control.setModel(std::move(effortLayers), std::move(profile));
    endResetModel();
    emit settingsChanged();
}

void LayerKnobsModel::setLayerTimes(std::map<std::string, std::pair<double, double>> denseEffortMs) {
    m_times = std::move(denseEffortMs);
    if (rowCount() > 0) emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void LayerKnobsModel::setProfile(dyve::EffortProfile profile) {
    m_control.setProfile(std::move(profile));
    knobsChanged();
}

void LayerKnobsModel::setLevel(double level) {
    m_control.setLevel(level);
    knobsChanged();
}

void LayerKnobsModel::setScale(Mechanism mechanism, double scale) {
    m_control.setScale(mechanism, scale);
    knobsChanged();
}

void LayerKnobsModel::resetOverride(int row) {
    if (row < 0 || row >= rowCount()) return;
    m_control.resetOverride(m_control.layers()[size_t(row)]);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit settingsChanged();
}

void LayerKnobsModel::resetOverrides() {
    m_control.resetOverrides();
    knobsChanged();
}

void LayerKnobsModel::knobsChanged() {
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit settingsChanged();
}

int LayerKnobsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_control.layers().size());
}

int LayerKnobsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool LayerKnobsModel::overridden(int row, int column) const {
    const KnobOverride o = m_control.layerOverride(m_control.layers()[size_t(row)]);
    switch (column) {
    case CheckpointsColumn:
        return o.checkpoints.has_value();
    case TauColumn:
        return o.tau.has_value();
    case StrideColumn:
        return o.stride.has_value();
    case ThetaColumn:
        return o.theta.has_value();
    case NuColumn:
        return o.nu.has_value();
    case TimeColumn:
    case TunedColumn:
        return false;
    default:
        return !o.empty();
    }
}

bool LayerKnobsModel::mechanismOn(int row, int column) const {
    const dyve::ConvKnobs k = m_control.knobs(m_control.layers()[size_t(row)]);
    switch (column) {
    case CheckpointsColumn:
    case TauColumn:
        return k.spet.enabled();
    case StrideColumn:
    case ThetaColumn:
        return k.sdss.enabled();
    case NuColumn:
        return k.sfma.enabled();
    default:
        return k.lossy();
    }
}

QString LayerKnobsModel::text(int row, int column, bool forEditing) const {
    const std::string& layer = m_control.layers()[size_t(row)];
    const dyve::ConvKnobs k = m_control.knobs(layer);
    switch (column) {
    case LayerColumn:
        return QString::fromStdString(layer);
    case CheckpointsColumn: {
        QStringList points;
        for (float c : k.spet.checkpoints)
            points << number(c, 2, forEditing);
        return points.join(QStringLiteral(", "));
    }
    case TauColumn:
        return k.spet.enabled() ? number(k.spet.tau, 2, forEditing) : offText();
    case StrideColumn:
        return QLocale().toString(k.sdss.stride);
    case ThetaColumn:
        return k.sdss.enabled() ? number(k.sdss.theta, 2, forEditing) : offText();
    case NuColumn:
        return k.sfma.enabled() ? number(k.sfma.nu, 3, forEditing) : offText();
    case TimeColumn: {
        const auto t = m_times.find(layer);
        if (t == m_times.end()) return {};
        const auto ms = [](double v) { return QLocale().toString(v, 'f', v < 0.1 ? 3 : 2); };
        return tr("%1 → %2").arg(ms(t->second.first), ms(t->second.second));
    }
    case TunedColumn: {
        const dyve::LayerEffortTiming* t = tuned(layer);
        return t ? tunedText(*t) : QString();
    }
    default:
        return {};
    }
}

const dyve::LayerEffortTiming* LayerKnobsModel::tuned(const std::string& layer) const {
    if (!m_control.profile()) return nullptr;
    const auto& timing = m_control.profile()->layerTiming;
    const auto t = timing.find(layer);
    return t == timing.end() ? nullptr : &t->second;
}

QString LayerKnobsModel::tunedToolTip(const std::string& layer) const {
    const dyve::LayerEffortTiming* t = tuned(layer);
    if (!t)
        return tr("Not timed by the tuner: the profile has no layer_timing for this layer (tuned for "
                  "operations, or before time tuning)");
    QStringList lines{tr("The tuner's fastest setting for this layer: %1").arg(settingText(t->setting))};
    const auto ms = [](double v) { return QLocale().toString(v, 'f', 4); };
    for (const auto& [threads, effort] : t->effortMs) {
        const auto dense = t->denseMs.find(threads);
        if (dense == t->denseMs.end()) continue;
        const QString on = threads == 1 ? tr("1 thread") : tr("%1 threads").arg(threads);
        const QString speed = QLocale().toString(dense->second / effort, 'f', 2);
        lines << tr("%1: %2 ms dense, %3 ms with it (%4× dense speed)")
                     .arg(on, ms(dense->second), ms(effort), speed);
    }
    if (t->chosen)
        lines << tr("Shipped: on the effort path at level 1");
    else if (pays(*t))
        lines << tr("Not shipped: it pays in this layer, but not within the accuracy budget");
    else
        lines << tr("Not shipped: it does not make the layer faster, so the layer stays dense");
    return lines.join(QLatin1Char('\n'));
}

QVariant LayerKnobsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const int row = index.row(), column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column, false);
    case Qt::EditRole:
        return text(row, column, true);
    case OverriddenRole:
        return overridden(row, column);
    case Qt::FontRole:
        if (overridden(row, column)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        // A discrete setting of a mechanism that is off does nothing: grey, like the "off" beside it.
        if (column == TimeColumn) {
            const auto t = m_times.find(m_control.layers()[size_t(row)]);
            if (t != m_times.end() && t->second.second > t->second.first)
                return QBrush(kSlower); // this layer's knobs cost time
            return {};
        }
        if (column == TunedColumn) {
            const dyve::LayerEffortTiming* t = tuned(m_control.layers()[size_t(row)]);
            if (!t) return {};
            return pays(*t) ? QBrush(kFaster) : QBrush(kSlower);
        }
        if (column != LayerColumn && !mechanismOn(row, column) && !overridden(row, column))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        return column == LayerColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == TunedColumn) return tunedToolTip(m_control.layers()[size_t(row)]);
        if (column == TimeColumn)
            return tr("Measured on the input shown: median ms of the layer on the dense path → on the effort "
                      "path (red: slower than dense)");
        if (column == LayerColumn)
            return overridden(row, column) ? tr("%1: some knobs overridden (bold); right-click to reset")
                                                 .arg(text(row, column, false))
                                           : text(row, column, false);
        return overridden(row, column)
                   ? tr("Overridden: stays at every level until reset (right-click ▸ Reset)")
                   : tr("From the profile at this level and the mechanism's scale; double-click to override");
    default:
        return {};
    }
}

QVariant LayerKnobsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        if (role == Qt::DisplayRole) return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case LayerColumn:
            return tr("Layer");
        case CheckpointsColumn:
            return tr("SPET p");
        case TauColumn:
            return tr("SPET τ");
        case StrideColumn:
            return tr("SDSS s");
        case ThetaColumn:
            return tr("SDSS θ");
        case NuColumn:
            return tr("SFMA ν");
        case TimeColumn:
            return tr("ms dense → effort");
        case TunedColumn:
            return tr("Tuned: fastest × dense");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CheckpointsColumn:
            return tr("SPET checkpoints: fractions of the significance-ordered inputs summed before "
                      "predicting (e.g. 0.25 or 0.25, 0.5)");
        case TauColumn:
            return tr("SPET threshold τ in pre-activation standard deviations: a neuron whose partial sum "
                      "is below it is predicted zero; off disables SPET");
        case StrideColumn:
            return tr("SDSS stride s: every s-th row and column is computed first");
        case ThetaColumn:
            return tr("SDSS threshold θ in activation standard deviations: positions whose computed "
                      "neighbours are all at most θ are interpolated; off disables SDSS");
        case NuColumn:
            return tr("SFMA threshold ν in input standard deviations: input maps whose spread is at most "
                      "ν are replaced by their mean; off disables the lossy part");
        case TunedColumn:
            return tr("From the profile's tuning: the fastest setting timed on this layer and the layer's "
                      "speed with it against dense at the fewest threads timed (green: faster at every "
                      "thread count; red: no faster, so not shipped)");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags LayerKnobsModel::flags(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int c = index.column();
    if (c != LayerColumn && c != TimeColumn && c != TunedColumn && m_control.available())
        f |= Qt::ItemIsEditable;
    return f;
}

bool LayerKnobsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !m_control.available() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::string& layer = m_control.layers()[size_t(index.row())];
    KnobOverride o = m_control.layerOverride(layer);
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case CheckpointsColumn: {
        std::vector<float> points;
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<double> c = parseNumber(part.trimmed());
            if (!c || *c <= 0.0 || *c >= 1.0 || (!points.empty() && float(*c) <= points.back())) return false;
            points.push_back(float(*c));
        }
        if (points.empty()) return false;
        o.checkpoints = points;
        break;
    }
    case TauColumn:
        if (isOffText(text)) {
            o.tau = dyve::SpetKnobs::kOff;
        } else if (const auto v = parseNumber(text.split(QChar(0x2212)).join(QLatin1Char('-')))) {
            o.tau = float(*v);
        } else {
            return false;
        }
        break;
    case StrideColumn: {
        bool ok = false;
        const int s = text.toInt(&ok);
        if (!ok || s < 2 || s > kMaxStride) return false;
        o.stride = s;
        break;
    }
    case ThetaColumn:
    case NuColumn: {
        // Off: SdssKnobs::kOff and SfmaKnobs::kOff are the same value.
        float v = index.column() == ThetaColumn ? dyve::SdssKnobs::kOff : dyve::SfmaKnobs::kOff;
        if (!isOffText(text)) {
            const auto parsed = parseNumber(text);
            if (!parsed || *parsed < 0.0) return false;
            v = float(*parsed);
        }
        (index.column() == ThetaColumn ? o.theta : o.nu) = v;
        break;
    }
    default:
        return false;
    }
    m_control.setOverride(layer, o);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit settingsChanged();
    return true;
}

} // namespace dyve::ui
