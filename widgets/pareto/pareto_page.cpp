#include "pareto/pareto_page.h"

#include "jobs/sweep_job.h"
#include "jobs/tune_job.h"
#include "models/pareto_table_model.h"
#include "pareto/pareto_plot.h"

#include "effort/effort_profile.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace dyve::ui {

namespace {

// "fashion-mnist (300 images)": the data set's file or folder name and the images measured.
QString describeData(const QString& path, qint64 images) {
    const QString name = QFileInfo(QDir::cleanPath(path)).fileName();
    if (images <= 0) return name;
    return ParetoPage::tr("%1 (%n images)", nullptr, int(images)).arg(name);
}

// "resnet20-cifar10/model.onnx": the zoo's models are all model.onnx.
QString modelName(const QString& path) {
    return QString::fromStdString(dyve::effortModelName(path.toStdString()));
}

} // namespace

ParetoPage::ParetoPage(QWidget* parent)
    : ResultPage(parent), m_title(new QLabel(this)), m_profile(new QLabel(this)), m_state(new QLabel(this)),
      m_progressRow(new QWidget(this)), m_progressBar(new QProgressBar(m_progressRow)),
      m_cancel(new QToolButton(m_progressRow)), m_xAxis(new QComboBox(this)),
      m_tableView(new QTableView(this)), m_table(new ParetoTableModel(this)), m_log(new QPlainTextEdit(this)),
      m_plot(new ParetoPlot(this)) {
    setObjectName(QStringLiteral("paretoPage"));
    m_title->setWordWrap(true);
    m_profile->setObjectName(QStringLiteral("paretoProfile"));
    m_profile->setWordWrap(true);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("paretoState"));
    m_state->setWordWrap(true);

    // The job's progress: the page's title says what it is, so no title here (JobProgressWidget has one).
    m_progressBar->setObjectName(QStringLiteral("paretoProgress"));
    m_cancel->setObjectName(QStringLiteral("paretoCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop at the next batch; the points measured so far are kept"));
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    // In ParetoPlot::XAxis order: time first.
    m_xAxis->addItem(tr("Time (ms per image)"));
    m_xAxis->addItem(tr("Images per second"));
    m_xAxis->addItem(tr("Executed operations"));
    m_xAxis->addItem(tr("Operation reduction (×)"));
    connect(m_xAxis, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { m_plot->setXAxis(ParetoPlot::XAxis(i)); });
    auto* axisRow = new QHBoxLayout;
    axisRow->addWidget(new QLabel(tr("x axis:"), this));
    axisRow->addWidget(m_xAxis, 1);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_table);
    proxy->setSortRole(ParetoTableModel::SortRole);
    m_tableView->setObjectName(QStringLiteral("paretoTable"));
    m_tableView->setModel(proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder); // as measured until the user sorts
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->setVisible(false);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 6);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_tableView, &QTableView::doubleClicked, this, [this, proxy](const QModelIndex& index) {
        const ParetoEntry& e = m_table->entry(proxy->mapToSource(index).row());
        if (e.kind == ParetoEntry::Kind::Level && e.effort) emit effortRequested(*e.effort);
    });

    m_log->setObjectName(QStringLiteral("paretoLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setPlaceholderText(tr("The tuner's steps, accepted and rejected"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_title);
    leftLayout->addWidget(m_profile);
    leftLayout->addWidget(m_state);
    leftLayout->addWidget(m_progressRow);
    leftLayout->addLayout(axisRow);
    leftLayout->addWidget(m_tableView, 3);
    leftLayout->addWidget(m_log, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_plot);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 940});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_plot, &ParetoPlot::effortClicked, this, &ParetoPage::effortRequested);
    clear();
}

void ParetoPage::disconnectJobs() {
    for (BackgroundJob* job :
         {static_cast<BackgroundJob*>(m_sweepJob.data()), static_cast<BackgroundJob*>(m_tuneJob.data())})
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            disconnect(job, nullptr, m_state, nullptr);
            disconnect(job, nullptr, m_log, nullptr);
            disconnect(m_cancel, nullptr, job, nullptr);
        }
    m_sweepJob = nullptr;
    m_tuneJob = nullptr;
    m_progressRow->hide();
}

void ParetoPage::followProgress(BackgroundJob* job) {
    connect(job, &BackgroundJob::started, this, [this] {
        m_progressBar->setRange(0, 0); // busy until the first count arrives
        m_cancel->setEnabled(true);
        m_progressRow->show();
    });
    connect(job, &BackgroundJob::progressChanged, this, &ParetoPage::onProgress);
    connect(job, &BackgroundJob::ended, m_progressRow, &QWidget::hide);
    connect(m_cancel, &QToolButton::clicked, job, [this, job] {
        job->cancel();
        m_cancel->setEnabled(false);
        m_state->setText(tr("Cancelling…"));
    });
    if (job->isRunning()) {
        m_progressBar->setRange(0, 0);
        m_cancel->setEnabled(true);
        m_progressRow->show();
    }
}

void ParetoPage::onProgress(qint64 done, qint64 total) {
    // QProgressBar counts in int: scale very large totals down. A total of 0 shows as busy.
    const qint64 scale =
        total > std::numeric_limits<int>::max() ? total / std::numeric_limits<int>::max() + 1 : 1;
    m_progressBar->setRange(0, int(total / scale));
    m_progressBar->setValue(int(done / scale));
}

void ParetoPage::trackSweep(SweepJob* job) {
    disconnectJobs();
    m_series.clearSweep();
    m_log->hide();
    m_sweepJob = job;
    if (job) {
        followProgress(job);
        const SweepRequest& r = job->request();
        m_title->setText(tr("Effort sweep of <b>%1</b>").arg(modelName(r.model).toHtmlEscaped()));
        m_plot->setModelName(modelName(r.model));
        m_state->setText(tr("Loading the model and the data set…"));
        m_profile->clear();
        m_profile->hide();
        connect(job, &SweepJob::profileChosen, this, &ParetoPage::onSweepProfile);
        connect(job, &SweepJob::pointMeasured, this, &ParetoPage::onSweepPoint);
        connect(job, &SweepJob::statusChanged, m_state, &QLabel::setText);
        connect(job, &BackgroundJob::ended, this, &ParetoPage::onSweepEnded);
        // Already under way: what it has delivered so far.
        if (job->profile()) onSweepProfile(*job->profile(), job->profileSource());
        for (const dyve::SweepPoint& p : job->points())
            m_series.addSweepPoint(p);
    }
    refresh();
}

void ParetoPage::trackTune(TuneJob* job) {
    disconnectJobs();
    m_series.clearTuning();
    m_log->clear();
    m_log->show();
    m_tuneJob = job;
    if (job) {
        followProgress(job);
        const TuneRequest& r = job->request();
        m_plot->setModelName(modelName(r.model));
        m_title->setText(
            tr("Tuning an effort profile for <b>%1</b> (budget %2 pp of top-1)")
                .arg(modelName(r.model).toHtmlEscaped(), QLocale().toString(r.budgetPp, 'f', 2)));
        m_state->setText(tr("Loading the model and the tuning set…"));
        m_profile->clear();
        m_profile->hide();
        connect(job, &TuneJob::statusChanged, m_state, &QLabel::setText);
        connect(job, &TuneJob::logLine, m_log, &QPlainTextEdit::appendPlainText);
        connect(job, &TuneJob::profileReady, this, &ParetoPage::onTuneProfile);
        connect(job, &BackgroundJob::ended, this, &ParetoPage::onTuneEnded);
        for (const QString& line : job->log())
            m_log->appendPlainText(line);
        if (job->result()) onTuneProfile(job->result()->profile, job->denseOpsPerImage());
    }
    refresh();
}

void ParetoPage::setProfile(const dyve::EffortProfile& profile, std::optional<double> denseOpsPerImage) {
    if (m_series.sweep().empty() && !profile.model.empty())
        m_plot->setModelName(QString::fromStdString(profile.model));
    m_series.setTuning(profile, denseOpsPerImage);
    m_series.setTuningData(profile.tuned ? describeData(QString::fromStdString(profile.tuned->data),
                                                        qint64(profile.tuned->images))
                                         : QString());
    showProfileSummary(profile, QString::fromStdString(profile.file));
    refresh();
}

void ParetoPage::setSweepPoints(const std::vector<dyve::SweepPoint>& points, const QString& dataDescription) {
    m_series.setSweep(points);
    m_series.setSweepData(dataDescription);
    refresh();
}

void ParetoPage::setCurrentEffort(double effort) {
    m_series.setCurrentEffort(effort);
    refresh();
}

void ParetoPage::clearCurrentEffort() {
    m_series.setCurrentEffort(std::nullopt);
    refresh();
}

void ParetoPage::clear() {
    disconnectJobs();
    const std::optional<double> effort = m_series.currentEffort();
    m_series = ParetoSeries();
    m_series.setCurrentEffort(effort);
    m_title->setText(tr("No sweep or tuning yet: start one from the Tools menu, or open a tuned profile."));
    m_plot->setModelName(QString());
    m_profile->clear();
    m_profile->hide();
    m_state->clear();
    m_log->clear();
    m_log->hide();
    refresh();
}

QString ParetoPage::stateText() const {
    return m_state->text();
}

void ParetoPage::showModel(const ModelSummary& model) {
    if (model.profile && !model.profile->pareto.empty()) setProfile(*model.profile);
}

QList<PageExport> ParetoPage::exports() const {
    return {{tr("&Pareto Plot as PNG…"), tr("Export Pareto Plot"), QStringLiteral("pareto.png"),
             tr("PNG images (*.png)"), QStringLiteral("Pareto plot"),
             [this] { return pngBytes(m_plot->toImage(0, 0)); }}};
}

void ParetoPage::refresh() {
    m_plot->setSeries(m_series);
    m_table->setSeries(m_series);
    // The source column says something only when both are shown.
    m_tableView->setColumnHidden(ParetoTableModel::Source,
                                 m_series.sweep().empty() || m_series.tuning().empty());
}

void ParetoPage::showProfileSummary(const dyve::EffortProfile& profile, const QString& source) {
    // The file's name (its path in the tooltip); the uniform mapping's source is a description.
    const bool file = source.endsWith(QStringLiteral(".json"));
    QString text = tr("Profile: %1")
                       .arg(source.isEmpty() ? tr("tuned in this session")
                            : file           ? QFileInfo(source).fileName()
                                             : source);
    m_profile->setToolTip(file ? source : QString());
    if (profile.tuned) {
        const dyve::TuningSummary& t = *profile.tuned;
        text += QStringLiteral("\n") +
                tr("Tuned on %1 within %2 pp: top-1 %3 % (dense %4 %), %5× fewer operations at effort 1")
                    .arg(describeData(QString::fromStdString(t.data), t.images),
                         QLocale().toString(t.budgetPp, 'f', 2), QLocale().toString(t.top1 * 100.0, 'f', 2),
                         QLocale().toString(t.denseTop1 * 100.0, 'f', 2),
                         QLocale().toString(t.opsReduction, 'f', 3));
    }
    m_profile->setText(text);
    m_profile->show();
}

void ParetoPage::onSweepProfile(const dyve::EffortProfile& profile, const QString& source) {
    if (m_sweepJob) m_series.setSweepData(describeData(m_sweepJob->dataSet(), qint64(m_sweepJob->images())));
    if (!profile.pareto.empty()) {
        m_series.setTuning(profile);
        m_series.setTuningData(profile.tuned ? describeData(QString::fromStdString(profile.tuned->data),
                                                            qint64(profile.tuned->images))
                                             : QString());
    }
    showProfileSummary(profile, source);
    refresh();
}

void ParetoPage::onSweepPoint(const dyve::SweepPoint& point) {
    m_series.addSweepPoint(point);
    refresh();
}

void ParetoPage::onSweepEnded() {
    if (!m_sweepJob) return;
    const qint64 points = qint64(m_sweepJob->points().size());
    switch (m_sweepJob->state()) {
    case BackgroundJob::State::Finished:
        m_state->setText(tr("Finished: %n points", nullptr, int(points)));
        break;
    case BackgroundJob::State::Cancelled:
        m_state->setText(
            tr("Cancelled: %n points measured, the one under way dropped", nullptr, int(points)));
        break;
    case BackgroundJob::State::Failed:
        m_state->setText(tr("Failed: %1").arg(m_sweepJob->errorMessage()));
        break;
    case BackgroundJob::State::Idle:
    case BackgroundJob::State::Running:
        break;
    }
}

void ParetoPage::onTuneProfile(const dyve::EffortProfile& profile, double denseOpsPerImage) {
    m_series.setTuning(profile, denseOpsPerImage);
    m_series.setTuningData(
        m_tuneJob ? describeData(m_tuneJob->dataSet(), profile.tuned ? qint64(profile.tuned->images) : 0)
                  : QString());
    showProfileSummary(profile, m_tuneJob ? m_tuneJob->request().output : QString());
    refresh();
}

void ParetoPage::onTuneEnded() {
    if (!m_tuneJob) return;
    const auto& result = m_tuneJob->result();
    switch (m_tuneJob->state()) {
    case BackgroundJob::State::Finished:
        //: %1 is "N levels" (the tuned path's levels), %2 is "N steps rejected".
        m_state->setText(tr("Finished: %1, %2")
                             .arg(tr("%n levels", "the tuned path's levels", int(result ? result->steps : 0)),
                                  tr("%n steps rejected", nullptr, int(result ? result->rejected : 0))));
        break;
    case BackgroundJob::State::Cancelled:
        m_state->setText(
            result ? tr("Cancelled: the %n levels found so far are kept", nullptr, int(result->steps))
                   : tr("Cancelled before the search began"));
        break;
    case BackgroundJob::State::Failed:
        m_state->setText(tr("Failed: %1").arg(m_tuneJob->errorMessage()));
        break;
    case BackgroundJob::State::Idle:
    case BackgroundJob::State::Running:
        break;
    }
}

} // namespace dyve::ui
