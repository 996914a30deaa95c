#include "common/job_progress_widget.h"

#include "jobs/background_job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <limits>

namespace dyve::ui {

JobProgressWidget::JobProgressWidget(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this)) {
    setObjectName(QStringLiteral("jobProgress"));
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setMaximumWidth(220);
    m_bar->setMinimumWidth(140);
    m_bar->setMaximumHeight(m_title->fontMetrics().height() + 4);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop after the current batch; the figures of what was done are kept"));
    m_cancel->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void JobProgressWidget::track(BackgroundJob* job) {
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        disconnect(m_cancel, nullptr, m_job, nullptr);
    }
    m_job = job;
    if (!job) {
        hide();
        return;
    }
    connect(job, &BackgroundJob::started, this, &JobProgressWidget::onStarted);
    connect(job, &BackgroundJob::progressChanged, this, &JobProgressWidget::onProgress);
    connect(job, &BackgroundJob::ended, this, &JobProgressWidget::onEnded);
    connect(m_cancel, &QToolButton::clicked, job, [this] {
        if (!m_job) return;
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_title->setText(tr("Cancelling…"));
    });
    if (job->isRunning()) onStarted();
}

void JobProgressWidget::onStarted() {
    m_title->setText(m_job ? m_job->title() : QString());
    m_bar->setRange(0, 0); // busy until the first count arrives
    m_cancel->setEnabled(true);
    show();
}

void JobProgressWidget::onProgress(qint64 done, qint64 total) {
    // QProgressBar counts in int: scale very large totals down.
    const qint64 scale =
        total > std::numeric_limits<int>::max() ? total / std::numeric_limits<int>::max() + 1 : 1;
    m_bar->setRange(0, int(total / scale));
    m_bar->setValue(int(done / scale));
}

void JobProgressWidget::onEnded() {
    hide();
}

} // namespace dyve::ui
