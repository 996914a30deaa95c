#pragma once

#include "inference_result.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QMessageBox;
class QSlider;
class QTimer;

namespace dyve::ui {

class HeatmapView;
class InferenceWorker;
class InputView;
class LatencyPlot;
class LayerOpsPlot;
class LayerTableModel;
class LayerTableView;

// DyVE Studio's window (SPEC §6): docks for the input, the layer table, the heatmaps and the plots; menus
// and a toolbar to open a model and inputs, step or play through them, and export what is shown. All
// engine work goes through one InferenceWorker, so the window never waits for the engine; every error is
// shown (status bar, and a non-modal message box for models and input sets) and the window carries on
// with what it had.
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

    QString modelPath() const { return m_model ? m_model->path : QString(); }
    int currentInput() const { return m_current; }
    int inputCount() const { return int(m_inputs.names.size()); }
    bool isPlaying() const { return m_playing; }
    QString lastError() const { return m_lastError; }
    const std::optional<InferenceResult>& lastResult() const { return m_result; }

    LayerTableModel* layerModel() const { return m_layerModel; }
    HeatmapView* heatmapView() const { return m_heatmap; }
    InputView* inputView() const { return m_inputView; }

    bool exportLayerTableCsv(const QString& file);
    bool exportLayerTableJson(const QString& file);

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
    void errorShown(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void applyDefaultLayout();
    void createActions();
    void restoreSettings();
    void saveSettings();

    void onModelLoaded(const ModelSummary& model);
    void onModelFailed(const QString& message);
    void onInputsOpened(const InputSetSummary& inputs);
    void onInputsFailed(const QString& message);
    void onResult(quint64 jobId, const InferenceResult& result);
    void onRunFailed(quint64 jobId, const QString& message);
    void onLayerSelected(int layer);

    // `modal`: also raise the (non-blocking) message box, for errors the user asked for by opening a file.
    void reportError(const QString& message, bool boxed);
    void updateTitle();
    void updatePosition();
    void updateHeatmap();
    void scheduleNextWhilePlaying();

    void openModelDialog();
    void openImagesDialog();
    void openFolderDialog();
    void openDataSetDialog();
    void exportCsvDialog();
    void exportJsonDialog();
    void exportHeatmapDialog();
    void exportLatencyDialog();
    void exportLayerOpsDialog();
    QString saveFileName(const QString& caption, const QString& suggested, const QString& filter);

    InferenceWorker* m_worker;
    LayerTableModel* m_layerModel;
    LayerTableView* m_layerView;
    InputView* m_inputView;
    HeatmapView* m_heatmap;
    LatencyPlot* m_latencyPlot;
    LayerOpsPlot* m_layerOpsPlot;

    QAction* m_playAction = nullptr;
    QAction* m_stepForwardAction = nullptr;
    QAction* m_stepBackAction = nullptr;
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
    int m_selectedLayer = -1;
    bool m_playing = false;
    bool m_autoplay = false; // start playing once the first inputs are open
    std::optional<InferenceResult> m_result;
    QString m_lastError;
    QString m_lastDir;
};

} // namespace dyve::ui
