#pragma once

#include "inference_result.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <string>
#include <vector>

namespace dyve::ui {

// What to run: one input of the current input set, or a frame from a camera (SPEC §6) when `frame` is set.
struct InferenceJob {
    InferenceJob(int index = 0) : inputIndex(index) {} // NOLINT: `request({3})` reads as "run input 3"
    int inputIndex = 0;
    cv::Mat frame;     // 8-bit BGR or gray; when set, inputIndex is ignored
    QString frameName; // how the input view names the frame ("camera 0 · frame 42")
};

// Runs the engine off the GUI thread (SPEC §6: "the GUI never blocks"). The Network, the preprocessing
// and the input set live on the worker's own QThread; this object, on the GUI thread, only posts to it
// and relays its typed signals. Like hotspot's job tracker, every request gets a job id and the newest
// wins: a request that is still waiting when a newer one arrives is dropped unrun, and a result that
// comes back after a newer request was made is dropped too — no queue builds up behind a slow engine.
// Model loads and input-set changes are never dropped; they happen in the order they were asked for.
class InferenceWorker : public QObject {
    Q_OBJECT

public:
    // `cardDirs`: where model cards are looked for (the CLI's rules, SPEC §5.2).
    explicit InferenceWorker(std::vector<std::string> cardDirs, QObject* parent = nullptr);
    ~InferenceWorker() override;

    // Loads an ONNX model or a Caffe .prototxt (its .caffemodel beside it) with its card. On failure the
    // current model stays loaded.
    void loadModel(const QString& path);
    // See InputSet::open. On failure the current inputs stay.
    void openInputs(const QStringList& paths);
    // Runs `job` on the current model as soon as the engine is free; returns its id (increasing).
    quint64 request(const InferenceJob& job);
    quint64 latestJobId() const { return m_latestJobId; }

    // The thread the engine runs on (for its priority, and for tests that need to hold the engine busy).
    QThread* engineThread() const { return m_thread; }

signals:
    void modelLoaded(const dyve::ui::ModelSummary& model);
    void modelFailed(const QString& message);
    void inputsOpened(const dyve::ui::InputSetSummary& inputs);
    void inputsFailed(const QString& message);
    void jobStarted(quint64 jobId);
    void resultReady(quint64 jobId, const dyve::ui::InferenceResult& result);
    void failed(quint64 jobId, const QString& message);
    // A job that was dropped: never run, or run but overtaken by a newer request.
    void superseded(quint64 jobId);

private:
    class Engine;
    struct Mailbox;

    void onFinished(quint64 jobId, const dyve::ui::InferenceResult& result);
    void onFailed(quint64 jobId, const QString& message);

    QThread* m_thread = nullptr;
    Engine* m_engine = nullptr; // lives on m_thread, deleted there when it finishes
    std::shared_ptr<Mailbox> m_mailbox;
    quint64 m_latestJobId = 0;
};

} // namespace dyve::ui
