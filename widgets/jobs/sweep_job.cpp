#include "jobs/sweep_job.h"

#include "eval/model_width.h"

#include "core/errors.h"
#include "data/project_paths.h"
#include "eval/effort_choice.h"
#include "eval/model_effort.h"
#include "eval/opened_model.h"
#include "jobs/model_file_check.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace dyve::ui {

EffortJobInputs openEffortJobInputs(const QString& model, const QString& weights, const QString& modelSha256,
                                    const QString& dataSet, size_t limit,
                                    const std::vector<std::string>& cardDirs) {
    requireModelUnchanged(model, weights, modelSha256);
    dyve::ModelOpening what;
    what.model = model.toStdString();
    what.weights = weights.toStdString();
    what.cardDirs = cardDirs;
    dyve::OpenedModel opened = dyve::openModel(what);
    EffortJobInputs in;
    in.modelFile = opened.modelFile;
    in.weightsFile = opened.weightsFile;
    in.network = std::make_unique<dyve::Network>(std::move(opened.graph));
    dyve::checkCardFitsModel(*opened.card, *in.network);
    in.card = std::move(*opened.card);
    in.pre = std::make_unique<dyve::Preprocessor>(std::move(*opened.pre));
    const dyve::ModelCard& card = in.card;
    const std::string& cardFile = card.file;
    in.dataPath = dataSet.toStdString();
    if (in.dataPath.empty()) {
        in.dataPath = dyve::resolveDefaultData(card.defaultData, cardFile, dyve::SearchWorkingDir::No);
        if (in.dataPath.empty())
            throw dyve::DataError(cardFile, card.defaultData.empty()
                                                ? "the card names no default data set; choose one"
                                                : "its default data set '" + card.defaultData +
                                                      "' is not installed; choose one");
    }
    in.data = dyve::openDataset(in.dataPath, limit);
    return in;
}

SweepJob::SweepJob(SweepRequest request, QObject* parent)
    : BackgroundJob(parent), m_request(std::move(request)) {
    qRegisterMetaType<dyve::SweepPoint>();
    qRegisterMetaType<dyve::EffortProfile>();
}

QString SweepJob::title() const {
    const QString data =
        m_request.dataSet.isEmpty() ? tr("its default data set") : QFileInfo(m_request.dataSet).fileName();
    return tr("Sweeping effort of %1 on %2")
        .arg(QString::fromStdString(dyve::effortModelName(m_request.model.toStdString())), data);
}

BackgroundJob::Work SweepJob::prepare() {
    m_profile.reset();
    m_profileSource.clear();
    m_dataSet.clear();
    m_images = 0;
    m_points.clear();
    return [job = this, request = m_request](JobContext& context) {
        EffortJobInputs in = openEffortJobInputs(request.model, request.weights, request.modelSha256,
                                                 request.dataSet, request.limit, request.cardDirs);
        dyve::Network& network = *in.network;
        const size_t images = in.data->size();

        // The profile, as the engine chooses it for the knobs and `dyve sweep` (SPEC §4.7): the one named,
        // else the model's own, else the uniform mapping calibrated on the card's default data.
        dyve::EffortChoiceRequest choose;
        choose.profile = request.profile.toStdString();
        choose.uniform = request.uniform;
        choose.profileDirs = request.profileDirs;
        dyve::ModelEffortChoice choice =
            dyve::chooseModelEffort(network, in.modelFile, in.weightsFile, &in.card, choose);
        const std::optional<dyve::EffortProfile> profile = std::move(choice.profile);
        const QString source = choice.uniform ? tr("uniform mapping, calibrated on %1 images of %2")
                                                    .arg(choice.calibrationImages)
                                                    .arg(QString::fromStdString(choice.calibrationData))
                                              : QString::fromStdString(choice.profileFile);
        const QString dataPath = QString::fromStdString(in.dataPath);
        context.deliver([job, profile = *profile, source, dataPath, images] {
            job->m_profile = profile;
            job->m_profileSource = source;
            job->m_dataSet = dataPath;
            job->m_images = images;
            emit job->profileChosen(profile, source);
        });

        // One point at a time, so that each is handed over as soon as it is measured.
        std::vector<std::optional<double>> plan;
        if (request.dense) plan.push_back(std::nullopt);
        plan.insert(plan.end(), request.levels.begin(), request.levels.end());
        // The card's narrower trained widths after the levels (SweepRequest::widths).
        std::vector<dyve::ChannelWidth> widths;
        if (request.widths)
            for (size_t w = 0; w < in.card.widthSteps.fractions.size(); ++w)
                if (in.card.widthSteps.fractions[w] < 1.0)
                    widths.push_back({in.card.widthSteps.fractions[w], in.card.widthSteps.outputs[w]});
        const qint64 total = qint64((plan.size() + widths.size()) * images);
        context.progress(0, total);
        for (size_t i = 0; i < plan.size(); ++i) {
            dyve::SweepOptions options;
            options.batch = request.batch;
            options.dense = !plan[i];
            options.mechanisms = request.mechanisms;
            options.timingRuns = request.timingRuns;
            options.cancel = context.cancelFlag();
            // A profile that runs the width cascade (issue 16) at some level: the model's nested widths.
            if (profile->drivesWidthCascade()) {
                options.cascadeWidths = dyve::cascadeWidths(&in.card, in.modelFile);
                options.batch = 1; // as the cascade runs: the dense reference's time then compares
            }
            const std::optional<double> effort = plan[i];
            const size_t points = plan.size();
            options.progress = [&context, job, i, points, effort](size_t, size_t,
                                                                  const dyve::EvalProgress& p) {
                context.progress(qint64(i * p.total + p.done), qint64(points * p.total));
                context.deliver([job, i, points, effort, p] {
                    const QString what =
                        effort ? tr("effort %1").arg(QLocale().toString(*effort, 'f', 2)) : tr("dense");
                    emit job->statusChanged(tr("%1 (%2 of %3): %4 of %5 images, top-1 %6 %")
                                                .arg(what, QLocale().toString(qulonglong(i + 1)),
                                                     QLocale().toString(qulonglong(points)),
                                                     QLocale().toString(qulonglong(p.done)),
                                                     QLocale().toString(qulonglong(p.total)),
                                                     QLocale().toString(p.top1() * 100.0, 'f', 1)));
                });
            };
            const std::vector<double> level = effort ? std::vector<double>{*effort} : std::vector<double>{};
            std::vector<dyve::SweepPoint> measured =
                dyve::sweepEffort(network, *profile, level, *in.data, *in.pre, options);
            if (measured.empty() || measured.front().report.cancelled) return false;
            context.deliver([job, point = measured.front()] {
                job->m_points.push_back(point);
                emit job->pointMeasured(point);
            });
        }
        for (size_t w = 0; w < widths.size(); ++w) {
            dyve::SweepOptions options;
            options.batch = profile->drivesWidthCascade() ? 1 : request.batch;
            options.dense = false;
            options.timingRuns = request.timingRuns;
            options.cancel = context.cancelFlag();
            const size_t done = plan.size() + w, points = plan.size() + widths.size();
            const dyve::ChannelWidth width = widths[w];
            options.progress = [&context, job, done, points, width](size_t, size_t,
                                                                    const dyve::EvalProgress& p) {
                context.progress(qint64(done * p.total + p.done), qint64(points * p.total));
                context.deliver([job, done, points, width, p] {
                    emit job->statusChanged(tr("width %1 (%2 of %3): %4 of %5 images, top-1 %6 %")
                                                .arg(QString::fromStdString(dyve::widthText(width.fraction)),
                                                     QLocale().toString(qulonglong(done + 1)),
                                                     QLocale().toString(qulonglong(points)),
                                                     QLocale().toString(qulonglong(p.done)),
                                                     QLocale().toString(qulonglong(p.total)),
                                                     QLocale().toString(p.top1() * 100.0, 'f', 1)));
                });
            };
            std::vector<dyve::SweepPoint> measured =
                dyve::sweepWidths(network, {width}, *in.data, *in.pre, options);
            if (measured.empty() || measured.front().report.cancelled) return false;
            context.deliver([job, point = measured.front()] {
                job->m_points.push_back(point);
                emit job->pointMeasured(point);
            });
        }
        return true;
    };
}

} // namespace dyve::ui
