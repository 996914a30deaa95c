#pragma once

#include "models/effort_control.h"

#include <QAbstractTableModel>

#include <map>
#include <string>
#include <utility>

namespace dyve::ui {

// The knob panel's per-layer table (SPEC §6 "per-layer overrides"): one row per effort layer with the
// knobs it runs with now — SPET's checkpoints and τ, SDSS's stride and θ, SFMA's ν — editable. An edited
// cell becomes an override of that field (shown bold), kept at every level until it is reset. The model
// holds the EffortControl and is the one place its state changes, so the table, the sliders and the
// engine always agree: every change that can change the settings emits settingsChanged().
class LayerKnobsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LayerColumn,
        TimeColumn,        // measured ms, dense → effort (empty when not measured)
        TunedColumn,       // the tuner's fastest setting for the layer and its speed against dense
        CheckpointsColumn, // SPET
        TauColumn,         // SPET, × pre-activation σ
        StrideColumn,      // SDSS
        ThetaColumn,       // SDSS, × activation σ
        NuColumn,          // SFMA, × input σ
        ColumnCount
    };
    // Whether the cell holds an override (bool).
    static constexpr int OverriddenRole = Qt::UserRole + 1;

    explicit LayerKnobsModel(QObject* parent = nullptr);

    const EffortControl& control() const { return m_control; }

    void setModel(std::vector<std::string> effortLayers, std::optional<dyve::EffortProfile> profile);
    void setProfile(dyve::EffortProfile profile);
    void setLevel(double level);
    void setScale(Mechanism mechanism, double scale);
    void resetOverride(int row);
    void resetOverrides();
    // Measured milliseconds of each layer (by name), dense and effort, shown in TimeColumn; layers without
    // an entry show nothing there. An empty map clears the column.
    void setLayerTimes(std::map<std::string, std::pair<double, double>> denseEffortMs);

    // "off", or the value as the table shows it (for tests and the tooltips).
    static QString offText();
    // A layer's row in the profile's layer_timing, as TunedColumn shows it: the fastest setting the tuner
    // timed, then dense ms ÷ its ms at the fewest threads timed (above 1 pays), e.g. "SPET τ −1.5 · 0.55×";
    // "" for a layer the tuner did not time.
    static QString tunedText(const dyve::LayerEffortTiming& timing);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Takes a number, "off" (or empty) for a threshold, or a comma-separated list of fractions for the
    // checkpoints; false, and nothing changed, for anything out of range.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void settingsChanged();

private:
    QString text(int row, int column, bool forEditing) const;
    bool overridden(int row, int column) const;
    bool mechanismOn(int row, int column) const;
    void knobsChanged();                                                  // every row's values may have moved
    const dyve::LayerEffortTiming* tuned(const std::string& layer) const; // the profile's, or null
    QString tunedToolTip(const std::string& layer) const;

    EffortControl m_control;
    std::map<std::string, std::pair<double, double>> m_times;
};

} // namespace dyve::ui
