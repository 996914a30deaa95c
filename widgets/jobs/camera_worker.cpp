#include "jobs/camera_worker.h"

#include "jobs/frame_clock.h"
#include "jobs/inference_worker.h"

#include "data/camera_source.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>

#include <atomic>

namespace dyve::ui {

// The newest grabbed frame, shared by the capture thread (writes) and the GUI thread (takes).
struct CameraWorker::Slot {
    QMutex mutex;
    QWaitCondition taken; // an unpaced video file waits here for the engine to take its frame
    cv::Mat frame;        // empty when the engine has taken the last one
    qint64 sequence = 0;  // of the frame in the slot
    qint64 grabbedNs = 0; // when it was read from the camera (frameClockNs)
    bool stop = false;
    bool announced = false; // a frameAvailable notice is on its way to the GUI thread
    std::atomic<qint64> grabbed{0};
    std::atomic<qint64> dropped{0};
};

struct CameraWorker::Session {
    std::shared_ptr<Slot> slot = std::make_shared<Slot>();
    QThread* thread = nullptr;

    ~Session() {
        {
            QMutexLocker lock(&slot->mutex);
            slot->stop = true;
            slot->taken.wakeAll();
        }
        // At most one frame period (a paced file) or one device read away.
        thread->wait();
        delete thread;
    }
};

CameraWorker::CameraWorker(InferenceWorker* engine, QObject* parent) : QObject(parent), m_engine(engine) {
    connect(engine, &InferenceWorker::resultReady, this, [this](quint64 id) { onEngineDone(id); });
    connect(engine, &InferenceWorker::failed, this, [this](quint64 id) { onEngineDone(id); });
    connect(engine, &InferenceWorker::superseded, this, &CameraWorker::onEngineDone);
}

CameraWorker::~CameraWorker() {
    stop();
}

void CameraWorker::start(const QString& source, bool paced) {
    stop();
    const quint64 generation = ++m_generation;
    m_source = source;
    m_name = source;
    m_framesRun = 0;
    m_session = std::make_unique<Session>();
    std::shared_ptr<Slot> slot = m_session->slot;
    const std::string src = source.toStdString();

    // Posts to this object on the GUI thread; dropped by Qt if this object is gone by then.
    auto post = [this](auto&& f) {
        QMetaObject::invokeMethod(this, std::forward<decltype(f)>(f), Qt::QueuedConnection);
    };

    m_session->thread = QThread::create([this, slot, src, paced, generation, post] {
        try {
            dyve::CameraSource camera(src, dyve::CameraOptions{paced});
            const QString name = QString::fromStdString(camera.name());
            const int w = camera.width(), h = camera.height();
            const double fps = camera.frameRate();
            post([this, generation, name, w, h, fps] { onOpened(generation, name, w, h, fps); });
            // A live camera must be drained even when nobody wants its frames, or its driver's buffer
            // serves stale ones later; only an unpaced file may wait for the engine.
            const bool waitForEngine = !paced && camera.kind() == dyve::CameraKind::VideoFile;
            for (;;) {
                {
                    QMutexLocker lock(&slot->mutex);
                    while (waitForEngine && !slot->frame.empty() && !slot->stop)
                        slot->taken.wait(&slot->mutex);
                    if (slot->stop) return;
                }
                cv::Mat frame = camera.read();
                const qint64 grabbedNs = frameClockNs();
                QMutexLocker lock(&slot->mutex);
                if (slot->stop) return;
                if (!slot->frame.empty()) ++slot->dropped;
                slot->frame = std::move(frame);
                slot->sequence = ++slot->grabbed;
                slot->grabbedNs = grabbedNs;
                if (!slot->announced) {
                    slot->announced = true;
                    post([this, generation] { onFrameAvailable(generation); });
                }
            }
        } catch (const std::exception& e) {
            const QString message = QString::fromUtf8(e.what());
            post([this, generation, message] { onFailed(generation, message); });
        }
    });
    m_session->thread->setObjectName(QStringLiteral("dyve-camera"));
    m_session->thread->start();
}

void CameraWorker::stop() {
    ++m_generation; // whatever the old thread already posted is now ignored
    m_session.reset();
    m_jobInFlight = 0;
}

qint64 CameraWorker::framesGrabbed() const {
    return m_session ? m_session->slot->grabbed.load() : 0;
}

qint64 CameraWorker::framesDropped() const {
    return m_session ? m_session->slot->dropped.load() : 0;
}

void CameraWorker::onOpened(quint64 generation, const QString& name, int width, int height,
                            double frameRate) {
    if (generation != m_generation) return;
    m_name = name;
    emit opened(name, width, height, frameRate);
}

void CameraWorker::onFrameAvailable(quint64 generation) {
    if (generation != m_generation || !m_session) return;
    {
        QMutexLocker lock(&m_session->slot->mutex);
        m_session->slot->announced = false;
    }
    feedEngine();
}

void CameraWorker::onFailed(quint64 generation, const QString& message) {
    if (generation != m_generation) return;
    stop();
    emit failed(message);
}

void CameraWorker::onEngineDone(quint64 jobId) {
    if (jobId == 0 || jobId != m_jobInFlight) return;
    m_jobInFlight = 0;
    feedEngine();
}

void CameraWorker::feedEngine() {
    if (m_jobInFlight != 0 || !m_session) return;
    InferenceJob job;
    {
        Slot& slot = *m_session->slot;
        QMutexLocker lock(&slot.mutex);
        if (slot.frame.empty()) return;
        job.frame = std::move(slot.frame);
        slot.frame = cv::Mat();
        job.frameName = tr("%1 · frame %2").arg(m_name).arg(slot.sequence);
        job.grabbedNs = slot.grabbedNs;
        slot.taken.wakeAll();
    }
    ++m_framesRun;
    m_jobInFlight = m_engine->request(job);
}

} // namespace dyve::ui
