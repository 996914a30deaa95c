#include "inference_worker.h"

#include "input_set.h"

#include "core/errors.h"
#include "data/classification.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "import/model_loader.h"
#include "runtime/network.h"

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

} // namespace

// The newest waiting request; the GUI thread writes it, the engine thread takes it.
struct InferenceWorker::Mailbox {
    QMutex mutex;
    std::optional<std::pair<quint64, InferenceJob>> pending;
};

// Everything that touches the engine, used only on the worker's thread.
class InferenceWorker::Engine : public QObject {
public:
    Engine(InferenceWorker* front, std::shared_ptr<Mailbox> mailbox, std::vector<std::string> cardDirs)
        : m_front(front), m_mailbox(std::move(mailbox)), m_cardDirs(std::move(cardDirs)) {}

    void loadModel(const QString& path) {
        try {
            const std::string file = path.toStdString();
            if (!QFileInfo::exists(path)) throw dyve::ImportError(file, "no such model file");
            if (QFileInfo(path).isDir())
                throw dyve::ImportError(file, "is a folder; name the .onnx file or the Caffe .prototxt");
            // The model first: a damaged file should be reported as damaged, not as lacking a card.
            auto network = std::make_unique<dyve::Network>(dyve::loadModel(file));
            const std::string cardFile = dyve::findModelCard(file, m_cardDirs);
            if (cardFile.empty())
                throw dyve::DataError(file, "no model card found (<model>.card.json beside it, or one in "
                                            "models/cards listing its SHA-256). " +
                                                dyve::requiredCardFieldsHelp());
            dyve::ModelCard card = dyve::loadModelCard(cardFile);
            auto pre = std::make_unique<dyve::Preprocessor>(card, file);
            // One untimed pass: the first run pays for page faults and thread start-up, which is not what
            // the latency plot should show.
            network->run({dyve::Tensor::zeros(pre->inputShape())});

            ModelSummary summary;
            summary.path = path;
            summary.name = card.name.empty() ? QFileInfo(path).fileName() : fromStd(card.name);
            summary.format = fromStd(dyve::detectModelFormat(file));
            summary.cardFile = fromStd(cardFile);
            summary.inputShape = fromStd(dyve::toString(pre->inputShape()));
            summary.defaultData = fromStd(card.defaultData);
            summary.layers = int(network->layers().size());
            summary.denseOps = network->denseOps();
            for (const std::string& n : card.classNames)
                summary.classNames << fromStd(n);

            m_network = std::move(network);
            m_pre = std::move(pre);
            m_classNames = summary.classNames;
            post([f = m_front, summary] { emit f->modelLoaded(summary); });
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
        try {
            InferenceResult result = run(job->second);
            post([f = m_front, id, result = std::move(result)] { f->onFinished(id, result); });
        } catch (const std::exception& e) {
            const QString message = QString::fromUtf8(e.what());
            post([f = m_front, id, message] { f->onFailed(id, message); });
        }
    }

private:
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
        runNetwork(image, result);
        return result;
    }

    // A camera frame: no ground truth, and the model's own class names.
    InferenceResult runFrame(const InferenceJob& job) {
        InferenceResult result;
        result.inputIndex = -1;
        result.inputName = job.frameName;
        result.image = toQImage(job.frame);
        result.classNames = m_classNames;
        runNetwork(job.frame, result);
        return result;
    }

    void runNetwork(const cv::Mat& image, InferenceResult& result) {
        result.run = m_network->run({m_pre->toTensor(image)});
        // A model whose output is an image (super-resolution) has no classes to rank.
        const dyve::Tensor& output = result.run.outputs.at(0);
        if (!result.classNames.isEmpty() || output.shape.size() <= 2)
            result.top = dyve::topK(output, int(std::min<int64_t>(kTopClasses, output.size())));
    }

    template <typename F> void post(F&& f) {
        QMetaObject::invokeMethod(m_front, std::forward<F>(f), Qt::QueuedConnection);
    }

    InferenceWorker* m_front;
    std::shared_ptr<Mailbox> m_mailbox;
    std::vector<std::string> m_cardDirs;
    std::unique_ptr<dyve::Network> m_network;
    std::unique_ptr<dyve::Preprocessor> m_pre;
    QStringList m_classNames;
    InputSet m_inputs;
};

InferenceWorker::InferenceWorker(std::vector<std::string> cardDirs, QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_mailbox(std::make_shared<Mailbox>()) {
    qRegisterMetaType<dyve::ui::InferenceResult>();
    qRegisterMetaType<dyve::ui::ModelSummary>();
    qRegisterMetaType<dyve::ui::InputSetSummary>();
    m_thread->setObjectName(QStringLiteral("dyve-inference"));
    m_engine = new Engine(this, m_mailbox, std::move(cardDirs));
    m_engine->moveToThread(m_thread);
    m_thread->start();
}

InferenceWorker::~InferenceWorker() {
    m_thread->quit();
    m_thread->wait();
    delete m_engine; // its thread has finished: nothing else can touch it now
}

void InferenceWorker::loadModel(const QString& path) {
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, path] { e->loadModel(path); }, Qt::QueuedConnection);
}

void InferenceWorker::openInputs(const QStringList& paths) {
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, paths] { e->openInputs(paths); }, Qt::QueuedConnection);
}

quint64 InferenceWorker::request(const InferenceJob& job) {
    const quint64 id = ++m_latestJobId;
    std::optional<quint64> dropped;
    {
        QMutexLocker lock(&m_mailbox->mutex);
        if (m_mailbox->pending) dropped = m_mailbox->pending->first;
        m_mailbox->pending = std::make_pair(id, job);
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
