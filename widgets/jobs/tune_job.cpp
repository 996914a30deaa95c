#include "jobs/tune_job.h"

#include "core/errors.h"
#include "effort/effort_profile.h"
#include "eval/evaluator.h"
#include "eval/image_batches.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace dyve::ui {

namespace {

// Finds an output that cannot be written before the tuning, not after it (as `dyve tune` does).
void checkWritable(const QString& output) {
    const bool existed = QFileInfo::exists(output);
    QFile probe(output);
    if (!probe.open(QIODevice::Append))
        throw dyve::DataError(output.toStdString(), "cannot write the effort profile here");
    probe.close();
    if (!existed) probe.remove();
}

} // namespace

TuneJob::TuneJob(TuneRequest request, QObject* parent)
    : BackgroundJob(parent), m_request(std::move(request)) {
    qRegisterMetaType<dyve::EffortProfile>();
}

QString TuneJob::title() const {
    const QString data =
        m_request.dataSet.isEmpty() ? tr("its default data set") : QFileInfo(m_request.dataSet).fileName();
    return tr("Tuning an effort profile for %1 on %2")
        .arg(QString::fromStdString(dyve::effortModelName(m_request.model.toStdString())), data);
}

BackgroundJob::Work TuneJob::prepare() {
    m_result.reset();
    m_denseOps = 0.0;
    m_dataSet.clear();
    m_written.clear();
    m_log.clear();
    return [job = this, request = m_request](JobContext& context) {
        if (!request.output.isEmpty()) checkWritable(request.output);
        EffortJobInputs in = openEffortJobInputs(request.model, request.weights, request.modelSha256,
                                                 request.dataSet, request.images, request.cardDirs);
        dyve::Network& network = *in.network;
        const QString dataPath = QString::fromStdString(in.dataPath);
        context.deliver([job, dataPath] { job->m_dataSet = dataPath; });
        // The dense operations of one image: the reference the Pareto table's reductions are taken from.
        network.plan({in.pre->inputShape(1)});
        const double denseOps = double(network.denseOps());

        dyve::TuneOptions options;
        options.budgetPp = request.budgetPp;
        options.objective = request.objective;
        options.screenImages = request.screenImages;
        options.calibrationImages = request.calibrationImages;
        options.data = in.dataPath;
        options.cancel = context.cancelFlag();
        const dyve::ImageBatches tuning = dyve::prepareImageBatches(
            *in.data, *in.pre, 0, dyve::usableBatch(network, *in.pre, request.batch),
            [&context, job](size_t done, size_t total) {
                context.progress(qint64(done), qint64(total));
                context.deliver([job, done, total] {
                    emit job->statusChanged(tr("Reading images: %1 of %2")
                                                .arg(QLocale().toString(qulonglong(done)),
                                                     QLocale().toString(qulonglong(total))));
                });
            },
            options.cancel);
        if (context.cancelRequested()) return false;

        options.progress = [&context, job](const dyve::TuneProgress& p) {
            // Only the sensitivity sweep knows its length; the other stages show as busy.
            if (p.stage == "sensitivity")
                context.progress(qint64(p.done), qint64(p.total));
            else
                context.progress(0, 0);
            context.deliver([job, p] {
                const QString detail = QString::fromStdString(p.detail);
                QString text;
                if (p.stage == "calibration")
                    text = tr("Calibrating the effort layers");
                else if (p.stage == "reference")
                    text = tr("Measuring the reference: %1").arg(detail);
                else if (p.stage == "sensitivity")
                    text = tr("Sensitivity of layer %1 of %2: %3")
                               .arg(QLocale().toString(qulonglong(std::min(p.done + 1, p.total))),
                                    QLocale().toString(qulonglong(p.total)), detail);
                else if (p.stage == "search")
                    text = tr("Search: %n levels found, trying %1", nullptr, int(p.done)).arg(detail);
                else
                    text = QString::fromStdString(p.stage);
                emit job->statusChanged(text);
            });
        };
        options.log = [&context, job](const std::string& line) {
            context.deliver([job, text = QString::fromStdString(line)] {
                job->m_log << text;
                emit job->logLine(text);
            });
        };

        dyve::TuneResult result = dyve::tuneEffort(network, tuning, options);
        result.cancelled = result.cancelled || context.cancelRequested();
        result.profile.model = dyve::effortModelName(in.modelFile);
        result.profile.modelSha256 = dyve::effortModelDigest(in.modelFile, in.weightsFile);
        context.deliver([job, result, denseOps] {
            job->m_result = result;
            job->m_denseOps = denseOps;
            emit job->profileReady(result.profile, denseOps);
        });
        // As `dyve tune`: a cancelled tuning that found no level has nothing worth writing. A profile that
        // cannot be written fails the job, after its result was handed over.
        if (!request.output.isEmpty() && !result.profile.levels.empty() &&
            (!result.cancelled || result.steps > 0)) {
            dyve::EffortProfile profile = result.profile;
            profile.file = request.output.toStdString();
            dyve::saveEffortProfile(profile, profile.file);
            context.deliver([job, written = request.output] { job->m_written = written; });
        }
        return !result.cancelled;
    };
}

} // namespace dyve::ui
