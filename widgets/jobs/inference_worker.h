#pragma once

#include "models/inference_result.h"

#include "effort/effort_settings.h"
#include "runtime/network.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dyve::ui {

// How a job runs the engine (SPEC §4.7, §6 knob panel): the dense path, or the effort path with these
// settings (shared, so that a camera's thirty requests a second do not copy them); and whether the same
// input also runs dense, for the comparison view.
struct RunMode {
    std::shared_ptr<const dyve::EffortSettings> effort; // null: the dense path
    double level = -1.0; // the effort level the settings were made at (InferenceResult::effortLevel)
    // The channel width (issue 16); below full width the job runs dense: the effort knobs run at full width.
    dyve::ChannelWidth width;
    bool compareWithDense = false;
};

// What to run: one input of the current input set, or a frame from a camera (SPEC §6) when `frame` is set,
// and how: its own RunMode, else the worker's at the time of the request.
struct InferenceJob {
    InferenceJob(int index = 0) : inputIndex(index) {} // NOLINT: `request({3})` reads as "run input 3"
    int inputIndex = 0;
    cv::Mat frame;        // 8-bit BGR or gray; when set, inputIndex is ignored
    QString frameName;    // how the input view names the frame ("camera 0 · frame 42")
    qint64 grabbedNs = 0; // when the camera read the frame (frameClockNs); carried into the result
    std::optional<RunMode> mode;
    // > 0: an effort job also times the input this many times each way against dense, after a warm-up, on
    // the engine's thread (InferenceResult::speed; SPEC §9: the headline is the measured speed-up).
    int speedRuns = 0;
    // The input on screen run again only to time it (InferenceResult::timingRerun).
    bool timingRerun = false;
};

// Runs the engine off the GUI thread (SPEC §6: "the GUI never blocks"). The Network, the preprocessing
// and the input set live on the worker's own QThread; this object, on the GUI thread, only posts to it
// and relays its typed signals. Like hotspot's job tracker, every request gets a job id and the newest
// wins: a request that is still waiting when a newer one arrives is dropped unrun, and a result that
// comes back after a newer request was made is dropped too — no queue builds up behind a slow engine.
// Model loads and input-set changes are never dropped; they happen in the order they were asked for.
//
// A job runs the way it says (InferenceJob::mode) or the way the worker was last told (setEffort,
// setCompareWithDense), fixed when it is requested: a knob that moves while the engine is busy makes a new
// request, which supersedes the waiting one, so only the newest setting ever runs.
class InferenceWorker : public QObject {
    Q_OBJECT

public:
    // `cardDirs`: where model cards are looked for (the CLI's rules, SPEC §5.2). `profileDirs`: where effort
    // profiles are looked for (dyve::profileDirs()); without any, every model gets the uniform mapping.
    explicit InferenceWorker(std::vector<std::string> cardDirs, std::vector<std::string> profileDirs = {},
                             QObject* parent = nullptr);
    ~InferenceWorker() override;

    // Loads an ONNX model or a Caffe .prototxt (its .caffemodel beside it) with its card, then its effort
    // profile (ModelSummary::profile). On failure the current model stays loaded. Either way the worker
    // returns to the dense path: effort settings name one model's layers.
    void loadModel(const QString& path);
    // See InputSet::open. On failure the current inputs stay.
    void openInputs(const QStringList& paths);
    // Runs `job` on the current model as soon as the engine is free; returns its id (increasing).
    quint64 request(const InferenceJob& job);
    quint64 latestJobId() const { return m_latestJobId; }

    // How the next requests run: `settings` on the effort path (made from the model's profile at effort
    // `level`, for the results to say), or with none the dense path. Requests already made keep theirs.
    void setEffort(std::optional<dyve::EffortSettings> settings, double level = -1.0);
    // Runs later jobs at this channel width (RunMode::width).
    void setWidth(const dyve::ChannelWidth& width);
    // Also runs each input dense, for the comparison view (InferenceResult::dense).
    void setCompareWithDense(bool compare);
    const RunMode& runMode() const { return m_mode; }

    // The thread the engine runs on (for its priority, and for tests that need to hold the engine busy).
    QThread* engineThread() const { return m_thread; }

signals:
    void modelLoaded(const dyve::ui::ModelSummary& model);
    // Just before modelLoaded, when the model is another than the one loaded before (not the same file
    // opened again): what was shown of the previous model no longer holds.
    void modelReplaced(const dyve::ui::ModelSummary& model);
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

    void onModelLoaded(const dyve::ui::ModelSummary& model);
    void onFinished(quint64 jobId, const dyve::ui::InferenceResult& result);
    void onFailed(quint64 jobId, const QString& message);

    QThread* m_thread = nullptr;
    Engine* m_engine = nullptr; // lives on m_thread, deleted there when it finishes
    std::shared_ptr<Mailbox> m_mailbox;
    quint64 m_latestJobId = 0;
    RunMode m_mode;
    QString m_modelPath; // of the model loaded last
};

} // namespace dyve::ui
