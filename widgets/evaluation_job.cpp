#include "evaluation_job.h"

#include "core/errors.h"
#include "data/dataset.h"
#include "eval/opened_model.h"
#include "runtime/network.h"

#include <QFileInfo>

namespace dyve::ui {

EvaluationJob::EvaluationJob(EvaluationRequest request, QObject* parent)
    : BackgroundJob(parent), m_request(std::move(request)) {
    qRegisterMetaType<dyve::EvalProgress>();
    qRegisterMetaType<dyve::EvalReport>();
}

QString EvaluationJob::title() const {
    return tr("Evaluating %1 on %2")
        .arg(QFileInfo(m_request.model).fileName(), QFileInfo(m_request.dataSet).fileName());
}

BackgroundJob::Work EvaluationJob::prepare() {
    m_accuracy.clear();
    m_report.reset();
    return [job = this, request = m_request](JobContext& context) {
        dyve::ModelOpening what;
        what.model = request.model.toStdString();
        what.cardDirs = request.cardDirs;
        dyve::OpenedModel opened = dyve::openModel(what);
        dyve::Network network(std::move(opened.graph));
        const dyve::Preprocessor& pre = *opened.pre;
        const auto data = dyve::openDataset(request.dataSet.toStdString(), request.limit);
        context.progress(0, qint64(data->size()));

        dyve::EvalOptions options;
        options.batch = request.batch;
        options.cancel = context.cancelFlag();
        options.progress = [&context, job](const dyve::EvalProgress& p) {
            context.deliver([job, p] {
                job->m_accuracy.add(p);
                emit job->batchEvaluated(p);
            });
            context.progress(qint64(p.done), qint64(p.total));
        };
        // A cancel while the model or data set was loading stops evaluate() before its first batch.
        const dyve::EvalReport report = dyve::evaluate(network, *data, pre, options);
        context.deliver([job, report] {
            job->m_report = report;
            emit job->reportReady(report);
        });
        return !report.cancelled;
    };
}

} // namespace dyve::ui
