#include "evaluation/evaluation_page.h"

#include "evaluation/running_accuracy_plot.h"
#include "jobs/evaluation_job.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dyve::ui {

namespace {

QString percent(double fraction) {
    return QLocale().toString(fraction * 100.0, 'f', 2) + QStringLiteral(" %");
}

QLabel* figure(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

EvaluationPage::EvaluationPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_state(new QLabel(this)),
      m_images(figure(this, QStringLiteral("evalImages"))), m_top1(figure(this, QStringLiteral("evalTop1"))),
      m_top5(figure(this, QStringLiteral("evalTop5"))), m_speed(figure(this, QStringLiteral("evalSpeed"))),
      m_msPerImage(figure(this, QStringLiteral("evalMsPerImage"))), m_dense(new QLabel(this)),
      m_plot(new RunningAccuracyPlot(this)) {
    m_dense->setObjectName(QStringLiteral("evalDenseBeside"));
    m_dense->setWordWrap(true);
    m_dense->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("evalState"));
    m_state->setWordWrap(true);
    auto* figures = new QFormLayout;
    figures->setLabelAlignment(Qt::AlignLeft);
    figures->addRow(tr("Images"), m_images);
    figures->addRow(tr("Top-1"), m_top1);
    figures->addRow(tr("Top-5"), m_top5);
    figures->addRow(tr("Images per second"), m_speed);
    figures->addRow(tr("Engine time per image"), m_msPerImage);
    figures->addRow(tr("Dense beside it"), m_dense);

    auto* left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_state);
    left->addLayout(figures);
    left->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(left);
    layout->addWidget(m_plot, 1);
    clear();
}

void EvaluationPage::track(EvaluationJob* job) {
    if (m_job) disconnect(m_job, nullptr, this, nullptr);
    clear();
    m_job = job;
    if (!job) return;
    const QString setting = job->request().setting.isEmpty() ? tr("dense") : job->request().setting;
    m_title->setText(tr("<b>%1</b> on <b>%2</b> at <b>%3</b>")
                         .arg(QFileInfo(job->request().model).fileName().toHtmlEscaped(),
                              QFileInfo(job->request().dataSet).fileName().toHtmlEscaped(),
                              setting.toHtmlEscaped()));
    if (job->request().effort && job->request().withDense) m_dense->setText(tr("after the effort run"));
    m_state->setText(tr("Loading the model and the data set…"));
    connect(job, &EvaluationJob::batchEvaluated, this, &EvaluationPage::onBatch);
    connect(job, &EvaluationJob::reportReady, this, &EvaluationPage::onReport);
    connect(job, &EvaluationJob::denseBesideReady, this, &EvaluationPage::onDenseBeside);
    connect(job, &BackgroundJob::ended, this, &EvaluationPage::onEnded);
}

void EvaluationPage::clear() {
    m_title->setText(tr("No evaluation yet: start one from the Tools menu."));
    m_state->clear();
    for (QLabel* l : {m_images, m_top1, m_top5, m_speed, m_msPerImage, m_dense})
        l->setText(QStringLiteral("—"));
    m_plot->clear();
}

void EvaluationPage::onBatch(const dyve::EvalProgress& progress) {
    m_state->setText(tr("Evaluating: %1 of %2 images")
                         .arg(QLocale().toString(qulonglong(progress.done)),
                              QLocale().toString(qulonglong(progress.total))));
    m_images->setText(QLocale().toString(qulonglong(progress.done)));
    m_top1->setText(percent(progress.top1()));
    m_top5->setText(percent(progress.done ? double(progress.top5Correct) / double(progress.done) : 0.0));
    if (m_job) m_plot->setAccuracy(m_job->accuracy());
}

void EvaluationPage::onReport(const dyve::EvalReport& report) {
    m_images->setText(QLocale().toString(qulonglong(report.images)));
    m_top1->setText(percent(report.top1()));
    m_top5->setText(percent(report.top5()));
    m_speed->setText(QLocale().toString(report.imagesPerSecond(), 'f', 1));
    m_msPerImage->setText(tr("%1 ms").arg(QLocale().toString(report.msPerImage(), 'f', 3)));
    if (m_job) m_plot->setAccuracy(m_job->accuracy());
}

void EvaluationPage::onDenseBeside(const DenseBeside& dense) {
    constexpr int kListed = 20;
    QString text =
        tr("top-1 %1, %2 ms per image; the top-1 differs on %n image(s)", nullptr,
           int(dense.disagreements.size()))
            .arg(percent(dense.dense.top1()), QLocale().toString(dense.dense.msPerImage(), 'f', 3));
    if (!dense.disagreements.isEmpty()) {
        QStringList names = dense.disagreements.mid(0, kListed);
        if (dense.disagreements.size() > kListed) names << QStringLiteral("…");
        text += QStringLiteral(": ") + names.join(QStringLiteral(", "));
    }
    m_dense->setText(text);
    m_dense->setToolTip(dense.disagreements.join(QLatin1Char('\n')));
}

QString EvaluationPage::denseText() const {
    return m_dense->text();
}

void EvaluationPage::onEnded() {
    if (!m_job) return;
    switch (m_job->state()) {
    case BackgroundJob::State::Finished:
        // The images evaluated, not the progress units (an evaluation with dense beside it counts them
        // twice).
        m_state->setText(
            tr("Finished: %1 images")
                .arg(QLocale().toString(m_job->report() ? qint64(m_job->report()->images) : m_job->done())));
        break;
    case BackgroundJob::State::Cancelled:
        m_state->setText(tr("Cancelled after %1 of %2 images")
                             .arg(QLocale().toString(m_job->report() ? qint64(m_job->report()->images) : 0),
                                  QLocale().toString(m_job->total())));
        break;
    case BackgroundJob::State::Failed:
        m_state->setText(tr("Failed: %1").arg(m_job->errorMessage()));
        break;
    case BackgroundJob::State::Idle:
    case BackgroundJob::State::Running:
        break;
    }
}

QString EvaluationPage::stateText() const {
    return m_state->text();
}

QString EvaluationPage::top1Text() const {
    return m_top1->text();
}

QString EvaluationPage::top5Text() const {
    return m_top5->text();
}

QString EvaluationPage::speedText() const {
    return m_speed->text();
}

} // namespace dyve::ui
