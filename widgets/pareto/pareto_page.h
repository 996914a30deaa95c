#pragma once

#include "common/result_page.h"
#include "models/pareto_series.h"

#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTableView;
class QToolButton;

namespace dyve {
struct EffortProfile;
struct SweepPoint;
} // namespace dyve

namespace dyve::ui {

class BackgroundJob;
class ParetoPlot;
class ParetoTableModel;
class SweepJob;
class TuneJob;

// The Pareto page (a dock of the studio, SPEC §6): accuracy against operations from effort sweeps and
// tuning. The plot grows as a sweep measures its points; a tuned profile's Pareto table (its chosen levels
// and rejected candidates) is shown beside it; the effort level the studio runs at is ringed. Beside the
// plot: what is shown, the job's progress with a Cancel button, a table of every point, and a tuning's
// log. The page shows one model's figures: as a page it clears when another model is opened, and shows the
// Pareto table of a model's tuned profile.
class ParetoPage : public ResultPage {
    Q_OBJECT

public:
    explicit ParetoPage(QWidget* parent = nullptr);

    void clearResults() override { clear(); }
    void showModel(const ModelSummary& model) override;
    QList<PageExport> exports() const override;

    // Shows `job` from now on: replaces the sweep shown by its points as they are measured and, when the
    // profile it sweeps carries a Pareto table (a tuned profile), the tuning table by that one.
    void trackSweep(SweepJob* job);
    // Shows `job` from now on: its progress and log, then its profile's Pareto table (replacing the tuning
    // table shown; the sweep stays, for comparison).
    void trackTune(TuneJob* job);

    // Shows a tuned profile's Pareto table (the profile the studio loaded, say). `denseOpsPerImage`: the
    // dense operations of one image when known (else worked out from the profile's summary).
    void setProfile(const dyve::EffortProfile& profile,
                    std::optional<double> denseOpsPerImage = std::nullopt);
    // Shows finished sweep points (from `dyve sweep`, say) measured on `dataDescription`.
    void setSweepPoints(const std::vector<dyve::SweepPoint>& points, const QString& dataDescription);
    // The effort level the studio runs at (the knob panel's): ringed on the plot, bold in the table.
    void setCurrentEffort(double effort);
    void clearCurrentEffort();
    void clear();

    const ParetoSeries& series() const { return m_series; }
    ParetoPlot* plot() const { return m_plot; }
    ParetoTableModel* tableModel() const { return m_table; }
    // The job's progress and its Cancel button, shown while a tracked job runs.
    QProgressBar* progressBar() const { return m_progressBar; }
    QToolButton* cancelButton() const { return m_cancel; }
    QString stateText() const;

signals:
    // The user clicked a level on the plot or double-clicked one in the table: run at this effort.
    void effortRequested(double effort);

private:
    void refresh();
    void onSweepProfile(const dyve::EffortProfile& profile, const QString& source);
    void onSweepPoint(const dyve::SweepPoint& point);
    void onSweepEnded();
    void onTuneProfile(const dyve::EffortProfile& profile, double denseOpsPerImage);
    void onTuneEnded();
    void showProfileSummary(const dyve::EffortProfile& profile, const QString& source);
    void disconnectJobs();
    void followProgress(BackgroundJob* job);
    void onProgress(qint64 done, qint64 total);

    ParetoSeries m_series;
    QPointer<SweepJob> m_sweepJob;
    QPointer<TuneJob> m_tuneJob;
    QLabel* m_title;
    QLabel* m_profile;
    QLabel* m_state;
    QWidget* m_progressRow;
    QProgressBar* m_progressBar;
    QToolButton* m_cancel;
    QComboBox* m_xAxis;
    QTableView* m_tableView;
    ParetoTableModel* m_table;
    QPlainTextEdit* m_log;
    ParetoPlot* m_plot;
};

} // namespace dyve::ui
