#pragma once

#include "jobs/background_job.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace dyve::ui {

// The status bar's view of a background job (SPEC §6 "a progress bar and cancel"): its title, a progress
// bar and a Cancel button, shown while the job runs and hidden when it ends: evaluation, sweep or tuning,
// any BackgroundJob.
class JobProgressWidget : public QWidget {
    Q_OBJECT

public:
    explicit JobProgressWidget(QWidget* parent = nullptr);

    // Follows `job` (replacing the one followed before); the widget shows itself when the job runs.
    void track(BackgroundJob* job);
    BackgroundJob* job() const { return m_job; }

    QProgressBar* progressBar() const { return m_bar; }
    QToolButton* cancelButton() const { return m_cancel; }

private:
    void onStarted();
    void onProgress(qint64 done, qint64 total);
    void onEnded();

    QPointer<BackgroundJob> m_job;
    QLabel* m_title;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace dyve::ui
