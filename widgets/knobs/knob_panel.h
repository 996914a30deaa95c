#pragma once

#include "models/effort_control.h"
#include "models/inference_result.h"
#include "models/width_options.h"

#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableView;

namespace dyve::ui {

class LayerKnobsModel;

// The knob panel (SPEC §6): one global effort level (0 dense … 1 the profile's most aggressive tuned
// level), a scale per mechanism, the per-layer knobs with overrides, and Load / Save Profile. It only
// describes what to run: every change emits settingsChanged(), and whoever owns the engine re-runs with
// settings() — the newest value wins there (InferenceWorker).
class KnobPanel : public QWidget {
    Q_OBJECT

public:
    explicit KnobPanel(QWidget* parent = nullptr);

    // A model was loaded: its effort layers and its profile (or the reason it has none). Keeps the level
    // and the scales, clears the overrides; emits settingsChanged().
    void setModel(const ModelSummary& model);

    // What to run now: effort settings, or none for the dense path (always none below full width).
    std::optional<dyve::EffortSettings> settings() const;
    // The channel width chosen (issue 16): full width, or one the model's card lists with its head, or a
    // truncation of a model not trained for it. Below full width the effort knobs are off.
    dyve::ChannelWidth width() const;
    // The width control's entries (widthOptions()) and the index chosen; choosing emits settingsChanged().
    QStringList widthLabels() const;
    void setWidthIndex(int index);
    const EffortControl& control() const;
    LayerKnobsModel* knobsModel() const { return m_knobs; }
    bool available() const;

    double level() const;
    // Moves the level slider (to the nearest hundredth); emits settingsChanged() when that changes it.
    void setLevel(double level);
    int levelSteps() const; // the slider's steps from 0 to 1
    int scalePercent(Mechanism mechanism) const;
    void setScalePercent(Mechanism mechanism, int percent);

    // The run now on screen: its measured speed-up against dense (InferenceResult::speed) as the headline,
    // then its operation reduction; `speedPending`: a timing of it is on its way (said meanwhile). The
    // per-layer table shows the measured dense and effort ms of each layer when the run was timed.
    void showRun(const InferenceResult& result, bool speedPending = false);
    // The headline as shown ("1.04× faster than dense (median of 5, ±3%)"), and the line under it.
    QString speedText() const;
    QString reductionText() const;
    // The speed line for a run through the width cascade: where it stopped and why.
    static QString cascadeLine(const CascadeReach& reach);

    // Reads a profile and checks it belongs to the model (SHA-256) and names only its effort layers; on
    // success the levels map to it. On failure a one-line message naming the file and the problem, and the
    // panel carries on with the profile it had. Both return whether they worked.
    bool loadProfile(const QString& file);
    // Writes the profile as adjusted (EffortControl::adjustedProfile()).
    bool saveProfile(const QString& file);
    // The last load/save outcome, or why the model has no profile; empty when there is nothing to say.
    QString message() const;
    QString profileSource() const { return m_profileSource; }
    // The line under the table: the profile's file, and whether every level runs dense.
    QString sourceText() const;

signals:
    void settingsChanged();
    // Load / Save Profile… were used and worked, for the status bar.
    void profileLoaded(const QString& file);
    void profileSaved(const QString& file);

private:
    QGridLayout* createKnobRows();
    void setUpSource();
    void setUpLayerTable();
    void showLayerMenu(const QPoint& pos);
    QHBoxLayout* createButtons();
    void loadProfileDialog();
    void saveProfileDialog();
    void showMessage(const QString& message, bool problem);
    void updateLevelLabel();
    void updateSource();
    void updateEnabled();

    LayerKnobsModel* m_knobs;
    QString m_modelPath;
    QString m_modelSha256; // ModelSummary::sha256
    QString m_profileSource;
    QString m_lastDir;
    bool m_modelLoaded = false;
    std::optional<double> m_lastReduction; // of the run on screen
    double m_lastWidth = 1.0;              // of the run on screen
    bool m_lastCascade = false;            // the last run went through the width cascade
    qint64 m_fullWidthOps = 0;             // ModelSummary::executedOps: a full-width dense run's
    std::vector<WidthOption> m_widthOptions;
    bool m_lastRunDense = false;
    QString m_lastSpeed; // the headline of the run on screen

    QSlider* m_level;
    QLabel* m_levelValue;
    QLabel* m_speed;     // of the run on screen, measured
    QLabel* m_reduction; // of the run on screen
    QSlider* m_scales[3];
    QLabel* m_scaleValues[3];
    QComboBox* m_width; // the channel widths of m_widthOptions
    QLabel* m_source;
    QLabel* m_message;
    QTableView* m_table;
    QPushButton* m_resetButton;
    QPushButton* m_loadButton;
    QPushButton* m_saveButton;
};

} // namespace dyve::ui
