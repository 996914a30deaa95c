#include "jobs/evaluation_job.h"

#include "core/errors.h"
#include "data/dataset.h"
#include "eval/evaluator.h"
#include "eval/model_width.h"
#include "eval/opened_model.h"
#include "jobs/model_file_check.h"
#include "runtime/network.h"
#include "runtime/width_cascade.h"

#include <QFileInfo>

namespace dyve::ui {

EvaluationJob::EvaluationJob(EvaluationRequest request, QObject* parent)
    : BackgroundJob(parent), m_request(std::move(request)) {
    qRegisterMetaType<dyve::EvalProgress>();
    qRegisterMetaType<dyve::EvalReport>();
    qRegisterMetaType<dyve::ui::DenseBeside>();
}

QString EvaluationJob::title() const {
    const QString setting = m_request.setting.isEmpty() ? tr("dense") : m_request.setting;
    return tr("Evaluating %1 on %2 at %3")
        .arg(QFileInfo(m_request.model).fileName(), QFileInfo(m_request.dataSet).fileName(), setting);
}

BackgroundJob::Work EvaluationJob::prepare() {
    m_accuracy.clear();
    m_report.reset();
    m_dense.reset();
    return [job = this, request = m_request](JobContext& context) {
        requireModelUnchanged(request.model, {}, request.modelSha256);
        dyve::ModelOpening what;
        what.model = request.model.toStdString();
        what.cardDirs = request.cardDirs;
        dyve::OpenedModel opened = dyve::openModel(what);
        dyve::Network network(std::move(opened.graph));
        dyve::checkCardFitsModel(*opened.card, network);
        const dyve::Preprocessor& pre = *opened.pre;
        const auto data = dyve::openDataset(request.dataSet.toStdString(), request.limit);
        const bool withDense = request.effort && request.withDense;
        const qint64 passes = withDense ? 2 : 1;
        context.progress(0, passes * qint64(data->size()));

        dyve::EvalOptions options;
        options.batch = request.batch;
        options.cancel = context.cancelFlag();
        options.progress = [&context, job, passes](const dyve::EvalProgress& p) {
            context.deliver([job, p] {
                job->m_accuracy.add(p);
                emit job->batchEvaluated(p);
            });
            context.progress(qint64(p.done), passes * qint64(p.total));
        };
        // A level of a width-cascade profile (issue 16): every image through the cascade and, in turn,
        // through the full width, which is then the dense run beside it.
        if (request.effort && !request.effort->widthThresholds.empty()) {
            dyve::WidthCascade cascade(network.graph(),
                                       dyve::cascadeWidths(&*opened.card, request.model.toStdString()));
            cascade.setThresholds(request.effort->widthThresholds);
            options.progress = [&context, job](const dyve::EvalProgress& p) {
                context.deliver([job, p] {
                    job->m_accuracy.add(p);
                    emit job->batchEvaluated(p);
                });
                context.progress(qint64(p.done), qint64(p.total));
            };
            const dyve::CascadeEvaluation e = dyve::evaluateCascade(cascade, network, *data, pre, options);
            context.deliver([job, report = e.cascade] {
                job->m_report = report;
                emit job->reportReady(report);
            });
            if (e.cascade.cancelled || !withDense) return !e.cascade.cancelled;
            DenseBeside dense;
            dense.dense = e.fullWidth;
            for (size_t i = 0; i < e.cascade.predictions.size() && i < e.fullWidth.predictions.size(); ++i)
                if (e.cascade.predictions[i] != e.fullWidth.predictions[i])
                    dense.disagreements << QString::fromStdString(data->describe(i));
            context.deliver([job, dense] {
                job->m_dense = dense;
                emit job->denseBesideReady(dense);
            });
            return true;
        }
        // The knobs' setting first: that is the figure asked for.
        if (request.effort) network.setEffort(*request.effort);
        // A cancel while the model or data set was loading stops evaluate() before its first batch.
        const dyve::EvalReport report = dyve::evaluate(network, *data, pre, options);
        context.deliver([job, report] {
            job->m_report = report;
            emit job->reportReady(report);
        });
        if (report.cancelled || !withDense) return !report.cancelled;

        network.setDense();
        options.progress = [&context](const dyve::EvalProgress& p) {
            context.progress(qint64(p.total + p.done), qint64(2 * p.total));
        };
        DenseBeside dense;
        dense.dense = dyve::evaluate(network, *data, pre, options);
        if (dense.dense.cancelled) return false;
        for (size_t i = 0; i < report.predictions.size() && i < dense.dense.predictions.size(); ++i)
            if (report.predictions[i] != dense.dense.predictions[i])
                dense.disagreements << QString::fromStdString(data->describe(i));
        context.deliver([job, dense] {
            job->m_dense = dense;
            emit job->denseBesideReady(dense);
        });
        return true;
    };
}

} // namespace dyve::ui
