#pragma once

#include "jobs/inference_worker.h"
#include "models/inference_result.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMessageBox;
class QSlider;
class QTimer;

namespace dyve::ui {

class BackgroundJob;
class CameraWorker;
class ComparisonView;
class EvaluationJob;
class EvaluationPage;
class HeatmapView;
class InferenceWorker;
class JobProgressWidget;
class InputView;
class KnobPanel;
class LatencyPlot;
class LayerOpsPlot;
class LayerSelection;
class LayerTableModel;
class LayerTableView;
class ParetoPage;
class ResultPage;
struct PageExport;
class SweepJob;
class TuneJob;

// DyVE Studio's window (SPEC §6): docks for the input, the layer table, the heatmaps and the plots; menus
// and a toolbar to open a model and inputs, step or play through them, and export what is shown. All
// engine work goes through one InferenceWorker, so the window never waits for the engine. The result pages
// (widgets/common/result_page.h) follow the worker themselves; the window docks them, lists their exports,
// keeps the inputs, the camera, the knobs and the background jobs, and shows every error (status bar, and
// a non-modal message box for models and input sets) and carries on with what it had.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `model` (or the bundled one when empty) and `inputs` (or, when empty, the bundled sample images
    // for the bundled model, else the card's default data set), then runs the first input; with `autoplay`
    // it then plays through them (what a first start with no arguments shows).
    void start(const QString& model = {}, const QStringList& inputs = {}, bool autoplay = false);

    void openModel(const QString& path);
    void openInputs(const QStringList& paths);
    void showInput(int index);

    // Runs the newest frames of a camera (a device index, a device path, a GStreamer pipeline or a video
    // file, SPEC §6) instead of the inputs; a camera that cannot be opened is reported and the inputs
    // stay. Stepping or playing the inputs stops the camera.
    void openCamera(const QString& source, bool paced = true);
    void stopCamera();
    bool isCameraRunning() const;
    CameraWorker* camera() const { return m_camera; }

    // Evaluates the current model over a labelled data set in the background (Tools ▸ Evaluate Data
    // Set…) at the knobs' setting, and dense beside it when that is an effort setting; false when there is
    // no model yet or an evaluation is running.
    bool evaluateDataSet(const QString& path);
    EvaluationJob* evaluationJob() const { return m_evaluation.get(); }
    EvaluationPage* evaluationPage() const { return m_evaluationPage; }
    JobProgressWidget* jobProgress() const { return m_jobProgress; }

    QString modelPath() const { return m_model ? m_model->path : QString(); }
    int currentInput() const { return m_current; }
    int inputCount() const { return int(m_inputs.names.size()); }
    bool isPlaying() const { return m_playing; }
    QString lastError() const { return m_lastError; }
    const std::optional<InferenceResult>& lastResult() const { return m_result; }

    LayerTableModel* layerModel() const;
    LayerTableView* layerView() const { return m_layerView; }
    LayerSelection* layerSelection() const { return m_selection; }
    HeatmapView* heatmapView() const { return m_heatmap; }
    InputView* inputView() const { return m_inputView; }
    KnobPanel* knobPanel() const { return m_knobPanel; }
    ComparisonView* comparisonView() const { return m_comparison; }
    InferenceWorker* worker() const { return m_worker; }

    // View ▸ Compare with Dense: every run also runs dense, and the comparison dock shows both.
    QAction* compareAction() const { return m_compareAction; }
    void setCompareWithDense(bool compare);
    bool comparesWithDense() const;
    // From the last knob change to its result on screen (the status bar shows it too); < 0 before any.
    double lastKnobLatencyMs() const { return m_lastKnobMs; }

    // Tools ▸ Sweep Effort Levels: the model's profile (or the one loaded in the knob panel) at levels
    // 0, 0.25 … 1 and dense, over the labelled inputs that are open (else the card's default data set),
    // in the background; the Pareto dock plots each point as it is measured. False when there is no model
    // or a sweep or tuning is running.
    bool sweepEffort(size_t limit = 0);
    // Tools ▸ Tune Effort Profile…: `dyve tune` on the labelled inputs that are open (else the card's
    // default data set) in the background, writing `output`; the knob panel then runs the new profile.
    bool tuneEffort(const QString& output, size_t images = 0);
    SweepJob* sweepJob() const { return m_sweep.get(); }
    TuneJob* tuneJob() const { return m_tune.get(); }
    ParetoPage* paretoPage() const { return m_pareto; }

    // File ▸ Export ▸ Report: the HTML run report (report/run_report.h) of what is on screen — model,
    // effort setting, the input's result and per-layer table, the evaluation, sweep and tuning run for this
    // model, and the plots and heatmaps. False, with a message, when there is nothing to report or the
    // file cannot be written.
    bool exportReport(const QString& file);
    // One of a page's exports (File ▸ Export), written whole or not at all (writeFileAtomically): a full
    // disk leaves the previous file as it was and shows one line naming the file and the reason.
    bool exportPage(const PageExport& what, const QString& file);

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();

signals:
    void modelReady(const QString& path);
    void inputsReady(int count);
    void resultShown(int inputIndex);
    // The result of a knob change's re-run is on screen, `ms` after the change (SPEC §9: within 100 ms).
    void knobChangeShown(double ms);
    void errorShown(const QString& message);
    void cameraOpened(const QString& name);
    // The user asked for the full-screen demo (View ▸ Demo Mode); the app starts it.
    void demoRequested(const QString& model, const QString& camera);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void applyDefaultLayout();
    void createFileMenu();
    void createRunMenu();
    void createToolsMenu();
    void createViewMenu();
    void createSettingsMenu();
    void createHelpMenu();
    void createToolBar();
    void connectKnobPanel();
    void connectCamera();
    void restoreSettings();
    void saveSettings();

    void onModelLoaded(const ModelSummary& model);
    void onModelFailed(const QString& message);
    void onInputsOpened(const InputSetSummary& inputs);
    void onInputsFailed(const QString& message);
    void onResult(quint64 jobId, const InferenceResult& result);
    void showTiming(const InferenceResult& result);
    void onRunFailed(quint64 jobId, const QString& message);
    // The knob panel changed: the engine takes the new settings and re-runs the input on screen.
    void onEffortSettingsChanged();
    quint64 rerunCurrent(); // the job id, 0 when there is nothing to re-run
    InferenceJob inputJob(int index) const;
    // The knobs' setting for people: "effort 0.60 (profile x.profile.json)", "dense (effort 0.00)".
    QString knobSetting() const;

    // `boxed`: also raise the (non-blocking) message box, for errors the user asked for by opening a file.
    void reportError(const QString& message, bool boxed);
    // Writes an export, or shows why it could not be written; `what` names it in the message.
    bool writeExport(const QString& file, const QByteArray& bytes, const QString& what);
    void updateTitle();
    void updatePosition();
    void scheduleNextWhilePlaying();

    void openModelDialog();
    void openImagesDialog();
    void openFolderDialog();
    void openDataSetDialog();
    void openCameraDialog();
    void evaluateFileDialog();
    void evaluateFolderDialog();
    void onEvaluationEnded();
    void tuneDialog();
    bool effortJobRunning() const;
    QList<BackgroundJob*> backgroundJobs() const; // those made so far, running or not
    // A model is open and no sweep or tuning runs; otherwise says so (`noModelMessage` when there is no
    // model).
    bool canStartEffortJob(const QString& noModelMessage);
    void showParetoDock();
    // The labelled inputs that are open, else "" (the card's default data set).
    QString effortJobData() const;
    void updateActions();
    void exportReportDialog();
    void exportPageDialog(const PageExport& what);
    QString saveFileName(const QString& caption, const QString& suggested, const QString& filter);

    InferenceWorker* m_worker;
    LayerSelection* m_selection;
    LayerTableView* m_layerView;
    InputView* m_inputView;
    HeatmapView* m_heatmap;
    LatencyPlot* m_latencyPlot;
    LayerOpsPlot* m_layerOpsPlot;
    CameraWorker* m_camera;
    EvaluationPage* m_evaluationPage;
    JobProgressWidget* m_jobProgress;
    KnobPanel* m_knobPanel;
    ComparisonView* m_comparison;
    ParetoPage* m_pareto;
    // Every result page, in the order File ▸ Export lists their exports.
    QList<ResultPage*> m_pages;
    std::unique_ptr<EvaluationJob> m_evaluation;
    std::unique_ptr<SweepJob> m_sweep;
    std::unique_ptr<TuneJob> m_tune;

    QAction* m_playAction = nullptr;
    QAction* m_stepForwardAction = nullptr;
    QAction* m_stepBackAction = nullptr;
    QAction* m_stopCameraAction = nullptr;
    QAction* m_evaluateInputsAction = nullptr;
    QAction* m_evaluateFileAction = nullptr;
    QAction* m_evaluateFolderAction = nullptr;
    QAction* m_cancelJobAction = nullptr;
    QAction* m_sweepAction = nullptr;
    QAction* m_tuneAction = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_demoAction = nullptr;
    QList<QAction*> m_toolbarExports;
    QSlider* m_positionSlider = nullptr;
    QLabel* m_positionLabel = nullptr;
    QLabel* m_modelLabel = nullptr;
    QLabel* m_timingLabel = nullptr;
    QMessageBox* m_errorBox = nullptr;
    QTimer* m_playTimer;

    std::optional<ModelSummary> m_model;
    InputSetSummary m_inputs;
    bool m_haveInputs = false;
    bool m_wantDefaultData = false; // no inputs were named: open the card's default data once loaded
    int m_current = 0;
    bool m_playing = false;
    bool m_autoplay = false; // start playing once the first inputs are open
    std::optional<InferenceResult> m_result;
    QString m_lastError;
    QString m_lastDir;
    QString m_cameraName; // as the camera names itself once open ("camera 0", "clip.avi")
    // While a model loads, the knob panel still describes the previous one: its settings wait.
    bool m_modelLoading = false;
    quint64 m_knobJob = 0;  // the re-run of the last knob change, until its result is shown
    quint64 m_speedJob = 0; // the last timing re-run of the input on screen
    QElapsedTimer m_knobClock;
    double m_lastKnobMs = -1.0;
};

} // namespace dyve::ui
