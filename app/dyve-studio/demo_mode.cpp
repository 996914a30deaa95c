#include "demo_mode.h"

#include "studio_paths.h"

#include "demo/demo_view.h"
#include "jobs/camera_worker.h"
#include "jobs/inference_worker.h"

#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>

namespace dyve::ui {

namespace {

// Sample images stand in for a camera at a camera's pace, each held long enough to read its prediction.
constexpr int kSampleFrameMs = 33;
constexpr qint64 kSampleHoldMs = 2500;

} // namespace

DemoMode::DemoMode(QObject* parent)
    : QObject(parent), m_view(std::make_unique<DemoView>()),
      m_engine(new InferenceWorker(cardDirs(), profileDirs(), this)),
      m_camera(new CameraWorker(m_engine, this)), m_cycle(new QTimer(this)) {
    m_view->setWindowTitle(tr("DyVE Studio — Demo"));
    m_cycle->setInterval(kSampleFrameMs);
    connect(m_cycle, &QTimer::timeout, this, &DemoMode::cycleTick);

    connect(m_engine, &InferenceWorker::modelLoaded, this, &DemoMode::onModelLoaded);
    connect(m_engine, &InferenceWorker::modelFailed, this, [this](const QString& message) {
        m_view->showMessage(tr("Cannot open the model: %1").arg(message));
        applyEffort(m_view->effort()); // loading went back to dense; the model that was there stays
    });
    connect(m_engine, &InferenceWorker::inputsOpened, this, [this](const InputSetSummary& inputs) {
        m_sampleCount = int(inputs.names.size());
        m_sample = 0;
        m_sampleShownSince = QDateTime::currentMSecsSinceEpoch();
        m_view->setSource(tr("Sample images: %1").arg(QFileInfo(inputs.source).fileName()));
        m_cycle->start();
    });
    connect(m_engine, &InferenceWorker::inputsFailed, this, [this](const QString& message) {
        m_view->showMessage(tr("Cannot open the images: %1").arg(message));
    });
    connect(m_engine, &InferenceWorker::resultReady, this, &DemoMode::onResult);
    connect(m_engine, &InferenceWorker::failed, this, [this](quint64 id, const QString& message) {
        m_view->showMessage(message);
        onJobDone(id);
    });
    connect(m_engine, &InferenceWorker::superseded, this, &DemoMode::onJobDone);

    connect(m_camera, &CameraWorker::opened, this, [this](const QString& source, int w, int h, double fps) {
        // A video file by its name: a long path would crowd the prediction.
        const QString name = QFileInfo(source).isFile() ? QFileInfo(source).fileName() : source;
        m_view->setSource(fps > 0 ? tr("%1 · %2×%3 at %4 fps").arg(name).arg(w).arg(h).arg(fps, 0, 'f', 0)
                                  : tr("%1 · %2×%3").arg(name).arg(w).arg(h));
        m_view->showMessage({});
    });
    // SPEC §8: a camera that is absent or unplugged gets a message, and the demo carries on with the samples.
    connect(m_camera, &CameraWorker::failed, this, [this](const QString& message) {
        m_view->showMessage(tr("Camera: %1 — showing the sample images instead.").arg(message));
        startSamples();
    });

    connect(m_view.get(), &DemoView::effortChanged, this, [this](int percent) {
        applyEffort(percent);
        emit effortChanged(percent);
    });
    connect(m_view.get(), &DemoView::exitRequested, this, [this] {
        m_cycle->stop();
        m_camera->stop();
        m_view->close();
        emit finished();
    });
}

DemoMode::~DemoMode() {
    m_camera->stop();
}

void DemoMode::start(const QString& model, const QString& camera, bool paced) {
    m_modelPath = model.isEmpty() ? demoModelPath() : model;
    m_cameraSource = camera;
    m_paced = paced;
    m_engine->loadModel(m_modelPath);
    // The camera starts once the model is in: frames before that would only fail.
    m_samplesWanted = camera.isEmpty();
}

void DemoMode::show(bool fullScreen) {
    if (fullScreen) {
        // Without a window manager (a kiosk Pi, Xvfb) full screen is only a flag: give it the screen too.
        if (QScreen* screen = QGuiApplication::primaryScreen()) m_view->setGeometry(screen->geometry());
        m_view->showFullScreen();
    } else
        m_view->show();
    m_view->setFocus();
}

bool DemoMode::usingCamera() const {
    return m_camera->isRunning();
}

void DemoMode::onModelLoaded(const ModelSummary& model) {
    std::vector<std::string> layers;
    for (const QString& layer : model.effortLayers)
        layers.push_back(layer.toStdString());
    m_effort.setModel(std::move(layers), model.profile);
    if (!model.profile && !model.effortProblem.isEmpty()) m_view->showMessage(model.effortProblem);
    applyEffort(m_view->effort());
    // The bundled samples are Fashion-MNIST: another model shows its card's own data set when it is here.
    const QString ownData = resolveDataPath(model.defaultData, model.cardFile);
    const QFileInfo loaded(model.path);
    m_samplesPath =
        loaded == QFileInfo(bundledModelPath()) || loaded == QFileInfo(demoModelPath()) || ownData.isEmpty()
            ? sampleImagesDir()
            : ownData;
    if (!m_cameraSource.isEmpty() && !m_camera->isRunning() && !m_cycle->isActive()) {
        m_view->setSource(tr("Opening %1…").arg(m_cameraSource));
        m_camera->start(m_cameraSource, m_paced);
        return;
    }
    if (m_samplesWanted) {
        m_samplesWanted = false;
        startSamples();
    }
}

void DemoMode::startSamples() {
    m_camera->stop();
    m_cycle->stop();
    m_engine->openInputs({m_samplesPath});
}

void DemoMode::cycleTick() {
    if (m_sampleCount == 0 || m_sampleJob != 0) return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_sampleShownSince >= kSampleHoldMs) {
        m_sample = (m_sample + 1) % m_sampleCount;
        m_sampleShownSince = now;
    }
    m_sampleJob = m_engine->request({m_sample});
}

void DemoMode::onResult(quint64 jobId, const InferenceResult& result) {
    m_view->setResult(result);
    onJobDone(jobId);
    emit resultShown();
}

// The frames keep coming (camera or sample cycle), so the next one runs with the new level: no re-run here.
void DemoMode::applyEffort(int percent) {
    m_effort.setLevel(percent / 100.0);
    m_engine->setEffort(m_effort.settings());
}

void DemoMode::onJobDone(quint64 jobId) {
    if (jobId == m_sampleJob) m_sampleJob = 0;
}

} // namespace dyve::ui
