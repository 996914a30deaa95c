#pragma once

#include "models/effort_control.h"

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace dyve::ui {

class CameraWorker;
class DemoView;
class InferenceWorker;
struct InferenceResult;
struct ModelSummary;

// `dyve-studio --demo [--camera SRC] [--model M]` (SPEC §6 "camera demo mode"): a DemoView full screen,
// fed by its own engine worker from a camera, or — without a camera, or when the camera fails — from the
// sample images, each held for a while and re-run like a still picture in front of a camera. The view's
// effort slider drives the engine: its level on the model's effort profile, 0 being dense (SPEC §4.7).
class DemoMode : public QObject {
    Q_OBJECT

public:
    explicit DemoMode(QObject* parent = nullptr);
    ~DemoMode() override;

    // `model` empty: demoModelPath(), the bundled width-trained CNN, whose slider drives its width cascade.
    // `camera` empty: the sample images (or the model card's default data when it is not a bundled model).
    // `paced`: see dyve::CameraOptions.
    void start(const QString& model = {}, const QString& camera = {}, bool paced = true);
    // Shows the view full screen (or, with `fullScreen` false, as a normal window: for screenshots).
    void show(bool fullScreen = true);

    DemoView* view() const { return m_view.get(); }
    bool usingCamera() const;
    InferenceWorker* engine() const { return m_engine; }
    QString modelPath() const { return m_modelPath; }

signals:
    // A result shown (for tests and screenshots).
    void resultShown();
    // The user left the demo (Esc, or the ✕ button); the view has closed.
    void finished();
    // The effort slider moved: the level × 100, 0 being dense. The engine has taken it already.
    void effortChanged(int percent);

private:
    void onModelLoaded(const ModelSummary& model);
    void onResult(quint64 jobId, const InferenceResult& result);
    void onJobDone(quint64 jobId);
    void applyEffort(int percent);
    void startSamples();
    void cycleTick();

    std::unique_ptr<DemoView> m_view;
    InferenceWorker* m_engine;
    CameraWorker* m_camera;
    QTimer* m_cycle;
    EffortControl m_effort; // the slider's level on the model's profile
    QString m_modelPath;
    QString m_cameraSource;
    QString m_samplesPath;
    bool m_paced = true;
    bool m_samplesWanted = false;
    int m_sampleCount = 0;
    int m_sample = 0;
    qint64 m_sampleShownSince = 0;
    quint64 m_sampleJob = 0;
};

} // namespace dyve::ui
