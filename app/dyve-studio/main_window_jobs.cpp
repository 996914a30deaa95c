// Tools ▸ Evaluate, Sweep and Tune (SPEC §6): the background jobs of the window, each tracked by its page
// and the status bar's progress.
#include "main_window.h"

#include "studio_paths.h"

#include "common/job_progress_widget.h"
#include "evaluation/evaluation_page.h"
#include "jobs/evaluation_job.h"
#include "jobs/sweep_job.h"
#include "jobs/tune_job.h"
#include "knobs/knob_panel.h"
#include "pareto/pareto_page.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStatusBar>

namespace dyve::ui {

namespace {

QString percent(double fraction) {
    return QLocale().toString(fraction * 100.0, 'f', 2) + QStringLiteral(" %");
}

} // namespace

bool MainWindow::evaluateDataSet(const QString& path) {
    if (!m_model) {
        reportError(tr("Open a model before evaluating a data set."), true);
        return false;
    }
    if (m_evaluation && m_evaluation->isRunning()) {
        statusBar()->showMessage(tr("An evaluation is already running; cancel it first."), 6000);
        return false;
    }
    EvaluationRequest request;
    request.model = m_model->path;
    request.modelSha256 = m_model->sha256;
    request.dataSet = path;
    request.cardDirs = cardDirs();
    // SPEC §6: what the knob shows is what is evaluated, said so, with dense beside it to compare against.
    request.effort = m_knobPanel->settings();
    request.setting = knobSetting();
    request.withDense = request.effort.has_value();
    m_evaluation = std::make_unique<EvaluationJob>(std::move(request));
    connect(m_evaluation.get(), &BackgroundJob::ended, this, &MainWindow::onEvaluationEnded);
    m_evaluationPage->track(m_evaluation.get());
    m_jobProgress->track(m_evaluation.get());
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("evaluationDock"))) {
        dock->show();
        dock->raise();
    }
    m_evaluation->start();
    updateActions();
    return true;
}

void MainWindow::onEvaluationEnded() {
    updateActions();
    if (!m_evaluation) return;
    const auto& report = m_evaluation->report();
    switch (m_evaluation->state()) {
    case BackgroundJob::State::Finished:
        if (report) {
            QString text =
                tr("Evaluated %1 images at %2: top-1 %3, top-5 %4, %5 images/s")
                    .arg(QLocale().toString(qulonglong(report->images)), m_evaluation->request().setting,
                         percent(report->top1()), percent(report->top5()),
                         QLocale().toString(report->imagesPerSecond(), 'f', 1));
            if (const auto& dense = m_evaluation->denseBeside())
                text += QStringLiteral("; ") + tr("dense %1, top-1 differs on %2 images")
                                                   .arg(percent(dense->dense.top1()))
                                                   .arg(dense->disagreements.size());
            statusBar()->showMessage(text, 15000);
        }
        break;
    case BackgroundJob::State::Cancelled:
        statusBar()->showMessage(tr("Evaluation cancelled after %1 images")
                                     .arg(QLocale().toString(report ? qulonglong(report->images) : 0)),
                                 15000);
        break;
    case BackgroundJob::State::Failed:
        reportError(tr("Cannot evaluate the data set.\n\n%1").arg(m_evaluation->errorMessage()), true);
        break;
    case BackgroundJob::State::Idle:
    case BackgroundJob::State::Running:
        break;
    }
}

QList<BackgroundJob*> MainWindow::backgroundJobs() const {
    QList<BackgroundJob*> jobs;
    for (BackgroundJob* job :
         {static_cast<BackgroundJob*>(m_evaluation.get()), static_cast<BackgroundJob*>(m_sweep.get()),
          static_cast<BackgroundJob*>(m_tune.get())})
        if (job) jobs << job;
    return jobs;
}

bool MainWindow::effortJobRunning() const {
    return (m_sweep && m_sweep->isRunning()) || (m_tune && m_tune->isRunning());
}

QString MainWindow::effortJobData() const {
    return m_inputs.labelled ? m_inputs.source : QString();
}

bool MainWindow::canStartEffortJob(const QString& noModelMessage) {
    if (!m_model) {
        reportError(noModelMessage, true);
        return false;
    }
    if (effortJobRunning()) {
        statusBar()->showMessage(tr("A sweep or tuning is already running; cancel it first."), 6000);
        return false;
    }
    return true;
}

void MainWindow::showParetoDock() {
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("paretoDock"))) {
        dock->show();
        dock->raise();
    }
}

bool MainWindow::sweepEffort(size_t limit) {
    if (!canStartEffortJob(tr("Open a model before sweeping effort levels."))) return false;
    SweepRequest request;
    request.model = m_model->path;
    request.modelSha256 = m_model->sha256;
    request.dataSet = effortJobData();
    // The profile the knobs run: a file loaded in the panel or found for the model, else the uniform mapping.
    const QString source = m_knobPanel->profileSource();
    if (!source.isEmpty() && QFileInfo::exists(source))
        request.profile = source;
    else
        request.uniform = true;
    request.limit = limit;
    request.cardDirs = cardDirs();
    request.profileDirs = profileDirs();
    m_sweep = std::make_unique<SweepJob>(std::move(request));
    connect(m_sweep.get(), &BackgroundJob::ended, this, [this] {
        if (m_sweep && m_sweep->state() == BackgroundJob::State::Failed)
            reportError(tr("Cannot sweep effort levels.\n\n%1").arg(m_sweep->errorMessage()), true);
        updateActions();
    });
    m_pareto->trackSweep(m_sweep.get());
    m_jobProgress->track(m_sweep.get());
    showParetoDock();
    m_sweep->start();
    updateActions();
    return true;
}

bool MainWindow::tuneEffort(const QString& output, size_t images) {
    if (!canStartEffortJob(tr("Open a model before tuning an effort profile."))) return false;
    TuneRequest request;
    request.model = m_model->path;
    request.modelSha256 = m_model->sha256;
    request.dataSet = effortJobData();
    request.images = images;
    request.output = output;
    request.cardDirs = cardDirs();
    m_tune = std::make_unique<TuneJob>(std::move(request));
    connect(m_tune.get(), &BackgroundJob::ended, this, [this] {
        if (!m_tune) return;
        if (m_tune->state() == BackgroundJob::State::Failed)
            reportError(tr("Cannot tune an effort profile.\n\n%1").arg(m_tune->errorMessage()), true);
        else if (!m_tune->written().isEmpty() && m_knobPanel->loadProfile(m_tune->written()))
            statusBar()->showMessage(tr("Tuned profile written to %1 and loaded").arg(m_tune->written()),
                                     8000);
        updateActions();
    });
    m_pareto->trackTune(m_tune.get());
    m_jobProgress->track(m_tune.get());
    showParetoDock();
    m_tune->start();
    updateActions();
    return true;
}

void MainWindow::tuneDialog() {
    if (!m_model) return;
    const QString suggested = QFileInfo(m_model->path).completeBaseName() + QStringLiteral(".profile.json");
    const QString file =
        saveFileName(tr("Write the Tuned Profile"), suggested, tr("Effort profiles (*.profile.json)"));
    if (!file.isEmpty()) tuneEffort(file);
}

void MainWindow::evaluateFileDialog() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Evaluate Data Set"), m_lastDir.isEmpty() ? resourcesDir() : m_lastDir,
        tr("List or IDX files (*.txt *.idx3-ubyte *.gz *-ubyte);;All files (*)"));
    if (file.isEmpty()) return;
    m_lastDir = QFileInfo(file).absolutePath();
    evaluateDataSet(file);
}

void MainWindow::evaluateFolderDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Evaluate Data Set Folder"),
                                                          m_lastDir.isEmpty() ? resourcesDir() : m_lastDir);
    if (dir.isEmpty()) return;
    m_lastDir = dir;
    evaluateDataSet(dir);
}

} // namespace dyve::ui
