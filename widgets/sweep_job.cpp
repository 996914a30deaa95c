#include "sweep_job.h"

#include "core/errors.h"
#include "data/model_card.h"
#include "data/project_paths.h"
#include "eval/model_effort.h"
#include "import/model_loader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace dyve::ui {

EffortJobInputs openEffortJobInputs(const QString& model, const QString& weights, const QString& dataSet,
                                    size_t limit, const std::vector<std::string>& cardDirs) {
    EffortJobInputs in;
    in.modelFile = model.toStdString();
    in.weightsFile = weights.toStdString();
    if (!QFileInfo::exists(model)) throw dyve::ImportError(in.modelFile, "no such model file");
    dyve::LoadOptions load;
    load.weightsFile = in.weightsFile;
    in.network = std::make_unique<dyve::Network>(dyve::loadModel(in.modelFile, load));
    const std::string cardFile = dyve::findModelCard(in.modelFile, cardDirs);
    if (cardFile.empty())
        throw dyve::DataError(in.modelFile, "no model card found. " + dyve::requiredCardFieldsHelp());
    const dyve::ModelCard card = dyve::loadModelCard(cardFile);
    in.pre = std::make_unique<dyve::Preprocessor>(card, in.modelFile);
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
        EffortJobInputs in = openEffortJobInputs(request.model, request.weights, request.dataSet,
                                                 request.limit, request.cardDirs);
        dyve::Network& network = *in.network;
        const size_t images = in.data->size();

        // The profile, as `dyve sweep` chooses it (SPEC §4.7): the one named, else the model's own, else the
        // uniform mapping calibrated on the data being swept.
        std::optional<dyve::EffortProfile> profile;
        QString source;
        if (!request.uniform && !request.profile.isEmpty()) {
            profile = dyve::loadEffortProfileFor(request.profile.toStdString(), in.modelFile, in.weightsFile,
                                                 network);
            source = request.profile;
        } else if (!request.uniform) {
            profile =
                dyve::findModelEffortProfile(in.modelFile, in.weightsFile, request.profileDirs, network);
            if (profile) source = QString::fromStdString(profile->file);
        }
        if (!profile) {
            const size_t calibration = std::min(images, dyve::kDefaultCalibrationImages);
            profile = dyve::calibratedUniformProfile(network, in.modelFile, in.weightsFile, *in.data, *in.pre,
                                                     calibration);
            source = QCoreApplication::translate("dyve::ui::SweepJob",
                                                 "uniform mapping, calibrated on the first %n images",
                                                 nullptr, int(calibration));
        }
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
        const qint64 total = qint64(plan.size() * images);
        context.progress(0, total);
        for (size_t i = 0; i < plan.size(); ++i) {
            dyve::SweepOptions options;
            options.batch = request.batch;
            options.dense = !plan[i];
            options.mechanisms = request.mechanisms;
            options.cancel = context.cancelFlag();
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
        return true;
    };
}

} // namespace dyve::ui
