#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace dyve::ui {

class InferenceWorker;

// Feeds a camera (SPEC §6: device index, device path, GStreamer pipeline or a video file) to an
// InferenceWorker. Frames are grabbed on a thread of their own into a one-frame slot: a newer frame
// replaces one the engine has not taken yet, and the engine is handed the newest frame each time it
// finishes the previous one. So the picture on screen is never more than one engine run old and nothing
// queues behind a slow engine (SPEC §9: "the camera demo keeps up with the engine for an hour").
// A video file played unpaced (CameraOptions::paced = false) instead waits for the engine: every frame
// runs, at the engine's pace.
class CameraWorker : public QObject {
    Q_OBJECT

public:
    explicit CameraWorker(InferenceWorker* engine, QObject* parent = nullptr);
    ~CameraWorker() override;

    // Stops any running camera and opens `source` on the capture thread; opened() or failed() follows.
    void start(const QString& source, bool paced = true);
    // Stops grabbing and feeding; a run already handed to the engine still delivers its result.
    void stop();

    bool isRunning() const { return m_session != nullptr; }
    QString source() const { return m_source; }
    qint64 framesGrabbed() const;
    qint64 framesDropped() const; // grabbed, then replaced by a newer frame before the engine took it
    qint64 framesRun() const { return m_framesRun; }

signals:
    void opened(const QString& name, int width, int height, double frameRate);
    // One line naming the source and the problem ("camera 3: no such device"); the camera has stopped.
    void failed(const QString& message);

private:
    struct Slot;
    struct Session;

    void onOpened(quint64 generation, const QString& name, int width, int height, double frameRate);
    void onFrameAvailable(quint64 generation);
    void onFailed(quint64 generation, const QString& message);
    void onEngineDone(quint64 jobId);
    void feedEngine();

    InferenceWorker* m_engine;
    std::unique_ptr<Session> m_session;
    quint64 m_generation = 0;
    quint64 m_jobInFlight = 0; // the engine job running our last frame, 0 when none
    qint64 m_framesRun = 0;
    QString m_source;
    QString m_name;
};

} // namespace dyve::ui
