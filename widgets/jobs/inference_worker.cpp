#include "jobs/inference_worker.h"

#include "jobs/input_set.h"

#include "core/errors.h"
#include "data/classification.h"
#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "data/project_paths.h"
#include "eval/effort_choice.h"
#include "eval/model_width.h"
#include "eval/opened_model.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "runtime/width_cascade.h"

#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <optional>

namespace dyve::ui {

namespace {

constexpr int kTopClasses = 5;

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

// The input as the user knows it (8-bit, any channel count) for the input view.
QImage toQImage(const cv::Mat& image) {
    if (image.empty()) return {};
    cv::Mat eight;
    if (image.depth() != CV_8U)
        image.convertTo(eight, CV_8U);
    else
        eight = image;
    if (eight.channels() == 1)
        return QImage(eight.data, eight.cols, eight.rows, int(eight.step), QImage::Format_Grayscale8).copy();
    cv::Mat rgb;
    cv::cvtColor(eight, rgb, eight.channels() == 4 ? cv::COLOR_BGRA2RGB : cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

// The top classes of a run's first output; none for a model whose output is an image (super-resolution).
std::vector<dyve::ClassScore> topClasses(const dyve::RunResult& run, bool named) {
    const dyve::Tensor& output = run.outputs.at(0);
    if (!named && output.shape.size() > 2) return {};
    return dyve::topK(output, int(std::min<int64_t>(kTopClasses, output.size())));
}

} // namespace

// The newest waiting request; the GUI thread writes it, the engine thread takes it.
struct InferenceWorker::Mailbox {
    QMutex mutex;
    std::optional<std::pair<quint64, InferenceJob>> pending;
};

// Everything that touches the engine, used only on the worker's thread.
class InferenceWorker::Engine : public QObject {
public:
    Engine(InferenceWorker* front, std::shared_ptr<Mailbox> mailbox, std::vector<std::string> cardDirs,
           std::vector<std::string> profileDirs)
        : m_front(front), m_mailbox(std::move(mailbox)), m_cardDirs(std::move(cardDirs)),
          m_profileDirs(std::move(profileDirs)) {}

    void loadModel(const QString& path) {
        try {
            const std::string file = path.toStdString();
            dyve::ModelOpening what;
            what.model = file;
            what.cardDirs = m_cardDirs;
            dyve::OpenedModel opened;
            try {
                opened = dyve::openModel(what);
            } catch (const dyve::MissingCardError& e) {
                throw dyve::DataError(e.file(), e.reason() + ". " + dyve::requiredCardFieldsHelp());
            }
            auto network = std::make_unique<dyve::Network>(std::move(opened.graph));
            const dyve::ModelCard& card = *opened.card;
            dyve::checkCardFitsModel(card, *network); // as the CLI: one class name a score, or none
            const std::string& cardFile = card.file;
            auto pre = std::make_unique<dyve::Preprocessor>(std::move(*opened.pre));
            // One untimed pass: the first run pays for page faults and thread start-up, which is not what
            // the latency plot should show.
            network->run({dyve::Tensor::zeros(pre->inputShape())});

            ModelSummary summary;
            summary.path = path;
            summary.name = card.name.empty() ? QFileInfo(path).fileName() : fromStd(card.name);
            summary.format = fromStd(dyve::detectModelFormat(file));
            summary.sha256 = fromStd(dyve::effortModelDigest(file));
            summary.cardFile = fromStd(cardFile);
            summary.inputShape = fromStd(dyve::toString(pre->inputShape()));
            summary.defaultData = fromStd(card.defaultData);
            summary.layers = int(network->layers().size());
            summary.denseOps = network->denseOps();
            for (const dyve::LayerInfo& l : network->layers())
                summary.executedOps += l.denseOps - l.zeroWeightOps;
            for (const std::string& n : card.classNames)
                summary.classNames << fromStd(n);
            summary.widthSteps = card.widthSteps;
            findProfile(*network, file, card, summary);
            // The heatmaps draw the masks; and one untimed effort pass builds the effort layers (their
            // significance orders and kernel sums), so the first knob change costs what every other does.
            network->setRecordMasks(true);
            if (summary.profile) {
                network->setEffort(summary.profile->settingsAt(1.0));
                network->run({dyve::Tensor::zeros(pre->inputShape())});
                network->setDense();
            }

            // A width-trained model whose profile runs the width cascade: one network per width, built now so
            // that the first cascade run costs what every other does.
            std::unique_ptr<dyve::WidthCascade> cascade;
            if (summary.profile && summary.profile->drivesWidthCascade()) {
                try {
                    cascade = std::make_unique<dyve::WidthCascade>(network->graph(),
                                                                   dyve::cascadeWidths(&card, file));
                    dyve::CascadeRun warm;
                    cascade->run(dyve::Tensor::zeros(pre->inputShape()), warm);
                } catch (const dyve::Error& e) {
                    // The levels then run their (empty) knobs: dense, at full width.
                    cascade.reset();
                    summary.effortProblem = QString::fromUtf8(e.what());
                }
            }

            m_network = std::move(network);
            m_cascade = std::move(cascade);
            m_cascadeShape = {};
            if (m_cascade) {
                for (size_t w = 0; w < m_cascade->widthCount(); ++w)
                    m_cascadeShape.fractions.push_back(m_cascade->width(w).fraction);
                for (const dyve::LayerInfo& layer : m_cascade->network(m_cascade->widthCount() - 1).layers())
                    m_cascadeShape.fullWidthChannels.push_back(layer.outputShapes.empty() ||
                                                                       layer.outputShapes[0].size() < 2
                                                                   ? 0
                                                                   : layer.outputShapes[0][1]);
            }
            m_appliedEffort.reset();
            m_pre = std::move(pre);
            m_classNames = summary.classNames;
            post([f = m_front, summary] { f->onModelLoaded(summary); });
        } catch (const std::exception& e) {
            const QString message = QString::fromUtf8(e.what());
            post([f = m_front, message] { emit f->modelFailed(message); });
        }
    }

    void openInputs(const QStringList& paths) {
        try {
            InputSet inputs = InputSet::open(paths);
            const InputSetSummary summary = inputs.summary();
            m_inputs = std::move(inputs);
            post([f = m_front, summary] { emit f->inputsOpened(summary); });
        } catch (const std::exception& e) {
            const QString message = QString::fromUtf8(e.what());
            post([f = m_front, message] { emit f->inputsFailed(message); });
        }
    }

    void runPending() {
        std::optional<std::pair<quint64, InferenceJob>> job;
        {
            QMutexLocker lock(&m_mailbox->mutex);
            job.swap(m_mailbox->pending);
        }
        if (!job) return; // an earlier wake-up already took it
        const quint64 id = job->first;
        post([f = m_front, id] { emit f->jobStarted(id); });
        if (!job->second.mode) job->second.mode = RunMode{};
        try {
            InferenceResult result = run(job->second);
            result.effortLevel = job->second.mode->level;
            result.timingRerun = job->second.timingRerun;
            post([f = m_front, id, result = std::move(result)] { f->onFinished(id, result); });
        } catch (const std::exception& e) {
            const QString message = QString::fromUtf8(e.what());
            post([f = m_front, id, message] { f->onFailed(id, message); });
        }
    }

private:
    // SPEC §4.7: the profile the effort levels map to, as the engine chooses it for every front end
    // (dyve::chooseModelEffort); none when it cannot be had, and the summary says why.
    void findProfile(dyve::Network& network, const std::string& file, const dyve::ModelCard& card,
                     ModelSummary& summary) {
        for (const std::string& layer : network.effortLayers())
            summary.effortLayers << fromStd(layer);
        if (summary.effortLayers.isEmpty()) {
            summary.effortProblem = InferenceWorker::tr("No layer of this model takes the effort path.");
            return;
        }
        dyve::EffortChoiceRequest request;
        request.profileDirs = m_profileDirs;
        request.uniformOnBadProfile = true;
        try {
            dyve::ModelEffortChoice choice = dyve::chooseModelEffort(network, file, {}, &card, request);
            summary.effortProblem = fromStd(choice.problem);
            summary.uniformProfile = choice.uniform;
            summary.profileSource = choice.uniform
                                        ? InferenceWorker::tr("uniform, calibrated on %1 images of %2")
                                              .arg(choice.calibrationImages)
                                              .arg(fromStd(choice.calibrationData))
                                        : fromStd(choice.profileFile);
            summary.profile = std::move(choice.profile);
        } catch (const dyve::UncalibratedEffortError& e) {
            summary.effortProblem =
                InferenceWorker::tr("No effort profile for this model, and its card's default data set "
                                    "'%1' to calibrate the uniform mapping on is not found; load a profile.")
                    .arg(fromStd(e.defaultData()));
        } catch (const std::exception& e) {
            summary.effortProblem = QString::fromUtf8(e.what());
        }
    }

    InferenceResult run(const InferenceJob& job) {
        if (!m_network) throw dyve::ModelError("", "no model loaded");
        if (!job.frame.empty()) return runFrame(job);
        if (job.inputIndex < 0 || size_t(job.inputIndex) >= m_inputs.size())
            throw dyve::DataError(m_inputs.source().toStdString(),
                                  "no input " + std::to_string(job.inputIndex + 1));
        const size_t index = size_t(job.inputIndex);
        const cv::Mat image = m_inputs.image(index);

        InferenceResult result;
        result.inputIndex = job.inputIndex;
        result.inputName = m_inputs.name(index);
        result.label = m_inputs.label(index);
        result.image = toQImage(image);
        result.classNames = m_classNames.isEmpty() ? m_inputs.classNames() : m_classNames;
        runNetwork(image, *job.mode, job.speedRuns, result);
        return result;
    }

    // A camera frame: no ground truth, and the model's own class names.
    InferenceResult runFrame(const InferenceJob& job) {
        InferenceResult result;
        result.inputIndex = -1;
        result.inputName = job.frameName;
        result.grabbedNs = job.grabbedNs;
        result.image = toQImage(job.frame);
        result.classNames = m_classNames;
        runNetwork(job.frame, *job.mode, job.speedRuns, result);
        return result;
    }

    void runNetwork(const cv::Mat& image, const RunMode& mode, int speedRuns, InferenceResult& result) {
        const dyve::Tensor input = m_pre->toTensor(image);
        if (m_cascade && mode.effort && !mode.effort->widthThresholds.empty() && mode.width.fraction >= 1.0) {
            runCascade(input, mode, result);
            return;
        }
        applyMode(mode);
        result.run = m_network->run({input});
        result.width = m_network->width().fraction;
        result.effortRun = m_network->effortMode();
        result.top = topClasses(result.run, !result.classNames.isEmpty());
        if (result.effortRun) {
            result.effort.resize(result.run.layers.size());
            for (size_t i = 0; i < result.run.layers.size(); ++i) {
                dyve::LayerStats& layer = result.run.layers[i];
                if (layer.effortPath) result.effort[i] = LayerEffort{layer.effort, std::move(layer.masks)};
            }
        }
        if (result.effortRun && speedRuns > 0)
            result.speed = dyve::measureDenseEffortSpeed(*m_network, {input}, *mode.effort, speedRuns);
        if (!mode.compareWithDense) return;
        DenseReference dense;
        if (result.effortRun) {
            m_network->setDense();
            dense.run = m_network->run({input});
            dense.top = topClasses(dense.run, !result.classNames.isEmpty());
        } else {
            dense.run = result.run;
            dense.top = result.top;
        }
        result.dense = std::move(dense);
    }

    // The input through the width cascade at the level's thresholds: the answer of the width it reached, and
    // where and why it stopped. Dense at every width; the comparison's dense run is the full width's.
    void runCascade(const dyve::Tensor& input, const RunMode& mode, InferenceResult& result) {
        m_cascade->setThresholds(mode.effort->widthThresholds);
        m_cascade->run(input, m_cascadeRun);
        result.run = m_cascadeRun.result;
        CascadeReach reach = m_cascadeShape; // the widths and full-width channels, made at load
        reach.thresholds = m_cascade->thresholds();
        reach.confidences = m_cascadeRun.confidences;
        reach.reached = m_cascadeRun.reached;
        reach.executedOps = m_cascadeRun.executedOps;
        result.width = reach.fraction();
        result.cascade = std::move(reach);
        result.top = topClasses(result.run, !result.classNames.isEmpty());
        if (!mode.compareWithDense) return;
        m_network->setDense();
        if (m_network->width().fraction < 1.0) m_network->setWidth({});
        DenseReference dense;
        dense.run = m_network->run({input});
        dense.top = topClasses(dense.run, !result.classNames.isEmpty());
        result.dense = std::move(dense);
    }

    // The job's settings into the Network; setting the same ones again is skipped, as a camera asks for
    // them thirty times a second.
    void applyMode(const RunMode& mode) {
        const dyve::ChannelWidth& now = m_network->width();
        if (mode.width.fraction < 1.0) m_network->setDense(); // effort knobs run at full width only
        if (now.fraction != mode.width.fraction || now.output != mode.width.output)
            m_network->setWidth(mode.width);
        if (!mode.effort || mode.width.fraction < 1.0) {
            m_network->setDense();
            return;
        }
        if (mode.effort == m_appliedEffort && m_network->effortMode()) return;
        m_network->setEffort(*mode.effort);
        m_appliedEffort = mode.effort;
    }

    template <typename F> void post(F&& f) {
        QMetaObject::invokeMethod(m_front, std::forward<F>(f), Qt::QueuedConnection);
    }

    InferenceWorker* m_front;
    std::shared_ptr<Mailbox> m_mailbox;
    std::vector<std::string> m_cardDirs;
    std::vector<std::string> m_profileDirs;
    std::unique_ptr<dyve::Network> m_network;
    std::unique_ptr<dyve::WidthCascade> m_cascade; // when the model's profile runs the width cascade
    dyve::CascadeRun m_cascadeRun;
    CascadeReach m_cascadeShape; // of m_cascade: its widths and every layer's full-width channels
    std::shared_ptr<const dyve::EffortSettings> m_appliedEffort;
    std::unique_ptr<dyve::Preprocessor> m_pre;
    QStringList m_classNames;
    InputSet m_inputs;
};

InferenceWorker::InferenceWorker(std::vector<std::string> cardDirs, std::vector<std::string> profileDirs,
                                 QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_mailbox(std::make_shared<Mailbox>()) {
    qRegisterMetaType<dyve::ui::InferenceResult>();
    qRegisterMetaType<dyve::ui::ModelSummary>();
    qRegisterMetaType<dyve::ui::InputSetSummary>();
    m_thread->setObjectName(QStringLiteral("dyve-inference"));
    m_engine = new Engine(this, m_mailbox, std::move(cardDirs), std::move(profileDirs));
    m_engine->moveToThread(m_thread);
    m_thread->start();
}

InferenceWorker::~InferenceWorker() {
    m_thread->quit();
    m_thread->wait();
    delete m_engine; // its thread has finished: nothing else can touch it now
}

void InferenceWorker::loadModel(const QString& path) {
    m_mode.effort.reset();
    m_mode.level = -1.0;
    m_mode.width = {}; // a model's own widths: the knob panel offers them once it is loaded
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, path] { e->loadModel(path); }, Qt::QueuedConnection);
}

void InferenceWorker::openInputs(const QStringList& paths) {
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, paths] { e->openInputs(paths); }, Qt::QueuedConnection);
}

void InferenceWorker::setEffort(std::optional<dyve::EffortSettings> settings, double level) {
    m_mode.level = level;
    if (settings)
        m_mode.effort = std::make_shared<const dyve::EffortSettings>(std::move(*settings));
    else
        m_mode.effort.reset();
}

void InferenceWorker::setWidth(const dyve::ChannelWidth& width) {
    m_mode.width = width;
}

void InferenceWorker::onModelLoaded(const ModelSummary& model) {
    if (model.path != m_modelPath) {
        m_modelPath = model.path;
        emit modelReplaced(model);
    }
    emit modelLoaded(model);
}

void InferenceWorker::setCompareWithDense(bool compare) {
    m_mode.compareWithDense = compare;
}

quint64 InferenceWorker::request(const InferenceJob& job) {
    const quint64 id = ++m_latestJobId;
    InferenceJob stamped = job;
    if (!stamped.mode) stamped.mode = m_mode;
    std::optional<quint64> dropped;
    {
        QMutexLocker lock(&m_mailbox->mutex);
        if (m_mailbox->pending) dropped = m_mailbox->pending->first;
        m_mailbox->pending = std::make_pair(id, std::move(stamped));
    }
    if (dropped) emit superseded(*dropped);
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine] { e->runPending(); }, Qt::QueuedConnection);
    return id;
}

void InferenceWorker::onFinished(quint64 jobId, const InferenceResult& result) {
    if (jobId != m_latestJobId) {
        emit superseded(jobId);
        return;
    }
    emit resultReady(jobId, result);
}

void InferenceWorker::onFailed(quint64 jobId, const QString& message) {
    if (jobId != m_latestJobId) {
        emit superseded(jobId);
        return;
    }
    emit failed(jobId, message);
}

} // namespace dyve::ui
