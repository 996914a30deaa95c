#include "main_window.h"

#include "core/number_text.h"

#include "studio_icons.h"
#include "studio_language.h"
#include "studio_paths.h"

#include "common/job_progress_widget.h"
#include "evaluation/evaluation_page.h"
#include "input/camera_dialog.h"
#include "jobs/camera_worker.h"
#include "jobs/evaluation_job.h"
#include "jobs/frame_clock.h"
#include "jobs/sweep_job.h"
#include "jobs/tune_job.h"
#include "pareto/pareto_page.h"

#include "common/layer_selection.h"
#include "common/result_page.h"
#include "comparison/comparison_view.h"
#include "heatmap/heatmap_view.h"
#include "input/input_view.h"
#include "jobs/inference_worker.h"
#include "knobs/knob_panel.h"
#include "latency/latency_plot.h"
#include "layers/layer_ops_plot.h"
#include "layers/layer_table_view.h"
#include "models/layer_table_model.h"
#include "models/ops_text.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace dyve::ui {

namespace {

// Bumped when the docks change, so an old saved layout is not forced onto a different set of docks.
constexpr int kStateVersion = 4;
// While playing, how long each input stays on screen after its result arrives: long enough to read the
// prediction, short enough to feel live.
constexpr int kPlayIntervalMs = 700;

// SPEC §9: the Effort dock's speed-up and the comparison are medians of this many runs of each path.
constexpr int kSpeedRuns = 5;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_worker(new InferenceWorker(cardDirs(), profileDirs(), this)),
      m_selection(new LayerSelection(this)), m_layerView(new LayerTableView(nullptr, m_selection)),
      m_inputView(new InputView), m_heatmap(new HeatmapView(m_selection)), m_latencyPlot(new LatencyPlot),
      m_layerOpsPlot(new LayerOpsPlot(m_selection)), m_camera(new CameraWorker(m_worker, this)),
      m_evaluationPage(new EvaluationPage), m_jobProgress(new JobProgressWidget), m_knobPanel(new KnobPanel),
      m_comparison(new ComparisonView),
      m_pareto(new ParetoPage), m_pages{m_layerView, m_heatmap,   m_latencyPlot, m_layerOpsPlot,
                                        m_pareto,    m_inputView, m_comparison},
      m_playTimer(new QTimer(this)) {
    initStudioResources();
    setObjectName(QStringLiteral("DyveStudioMainWindow"));
    setWindowIcon(studioIcon("io.github.dyve.Studio", QStyle::SP_ComputerIcon));
    // The selection first: each page then sees the layer it is to show when its result arrives; the window
    // last, so that resultShown means every page shows the result.
    m_selection->follow(m_worker);
    for (ResultPage* page : m_pages)
        page->follow(m_worker);
    connect(m_worker, &InferenceWorker::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(m_worker, &InferenceWorker::modelFailed, this, &MainWindow::onModelFailed);
    connect(m_worker, &InferenceWorker::inputsOpened, this, &MainWindow::onInputsOpened);
    connect(m_worker, &InferenceWorker::inputsFailed, this, &MainWindow::onInputsFailed);
    connect(m_worker, &InferenceWorker::resultReady, this, &MainWindow::onResult);
    connect(m_worker, &InferenceWorker::failed, this, &MainWindow::onRunFailed);

    m_playTimer->setSingleShot(true);
    m_playTimer->setInterval(kPlayIntervalMs);
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        if (!m_playing || inputCount() == 0) return;
        showInput((m_current + 1) % inputCount()); // loop: a demo keeps going
    });
    m_errorBox = new QMessageBox(QMessageBox::Warning, tr("DyVE Studio"), QString(), QMessageBox::Ok, this);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    m_errorBox->setWindowModality(Qt::WindowModal);

    createDocks();
    createFileMenu();
    createRunMenu();
    createToolsMenu();
    createViewMenu();
    createSettingsMenu();
    createHelpMenu();
    createToolBar();
    connectKnobPanel();
    connectCamera();
    connect(m_inputView, &InputView::overlayShownChanged, this,
            [](bool shown) { QSettings().setValue(QStringLiteral("view/effortOverlay"), shown); });

    m_modelLabel = new QLabel(this);
    m_timingLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_timingLabel);
    statusBar()->addPermanentWidget(m_modelLabel);
    restoreSettings();
    updateTitle();
    updatePosition();
    updateActions();
}

void MainWindow::connectKnobPanel() {
    connect(m_knobPanel, &KnobPanel::settingsChanged, this, &MainWindow::onEffortSettingsChanged);
    // The Pareto plot marks the level the knobs are at; a level clicked there moves the knobs.
    connect(m_knobPanel, &KnobPanel::settingsChanged, this,
            [this] { m_pareto->setCurrentEffort(m_knobPanel->level()); });
    connect(m_pareto, &ParetoPage::effortRequested, m_knobPanel, &KnobPanel::setLevel);
    connect(m_knobPanel, &KnobPanel::profileLoaded, this, [this](const QString& file) {
        statusBar()->showMessage(tr("Effort profile %1 loaded").arg(file), 6000);
    });
    connect(m_knobPanel, &KnobPanel::profileSaved, this, [this](const QString& file) {
        statusBar()->showMessage(tr("Effort profile saved to %1").arg(file), 6000);
    });
}

void MainWindow::connectCamera() {
    connect(m_camera, &CameraWorker::opened, this, [this](const QString& name, int w, int h, double fps) {
        m_cameraName = name;
        statusBar()->showMessage(
            fps > 0 ? tr("Camera %1: %2×%3 at %4 fps").arg(name).arg(w).arg(h).arg(fps, 0, 'f', 1)
                    : tr("Camera %1: %2×%3").arg(name).arg(w).arg(h),
            6000);
        updatePosition();
        updateActions();
        emit cameraOpened(name);
    });
    connect(m_camera, &CameraWorker::failed, this, [this](const QString& message) {
        m_cameraName.clear();
        updatePosition();
        updateActions();
        reportError(tr("Cannot use the camera.\n\n%1").arg(message), true);
        // The inputs are still there: show one, so the window is not left empty after a camera that never
        // opened.
        if (m_haveInputs && !m_result) showInput(m_current);
    });
}

MainWindow::~MainWindow() {
    // QWidget's destructor, which runs after this one, closes the window and hides the docks, and a dock
    // hidden toggles its view action: a slot of this window run then would touch members already gone
    // (UBSan saw it in ui_report_test). Nothing of the window's children may call back into it now.
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

void MainWindow::createDocks() {
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    auto dock = [this](QWidget* content, const QString& title, const QString& name) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                       QDockWidget::DockWidgetClosable);
        return d;
    };
    QDockWidget* input = dock(m_inputView, tr("Input"), QStringLiteral("inputDock"));
    QDockWidget* heatmaps = dock(m_heatmap, tr("Heatmaps"), QStringLiteral("heatmapDock"));
    QDockWidget* layers = dock(m_layerView, tr("Layers"), QStringLiteral("layerDock"));
    QDockWidget* latency = dock(m_latencyPlot, tr("Latency"), QStringLiteral("latencyDock"));
    QDockWidget* ops = dock(m_layerOpsPlot, tr("Operations per layer"), QStringLiteral("layerOpsDock"));
    QDockWidget* evaluation = dock(m_evaluationPage, tr("Evaluation"), QStringLiteral("evaluationDock"));
    QDockWidget* knobs = dock(m_knobPanel, tr("Effort"), QStringLiteral("knobDock"));
    QDockWidget* comparison = dock(m_comparison, tr("Dense vs Effort"), QStringLiteral("comparisonDock"));
    QDockWidget* pareto = dock(m_pareto, tr("Pareto"), QStringLiteral("paretoDock"));

    // Every view is a dock: there is no central widget, so the docks share the whole window. The input and
    // the knobs that change what it shows make the left column, full height.
    setCentralWidget(nullptr);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, input);
    splitDockWidget(input, knobs, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, heatmaps);
    splitDockWidget(heatmaps, latency, Qt::Horizontal);
    splitDockWidget(latency, ops, Qt::Vertical);
    tabifyDockWidget(ops, comparison);
    addDockWidget(Qt::BottomDockWidgetArea, layers);
    tabifyDockWidget(layers, evaluation);
    tabifyDockWidget(evaluation, pareto);
    layers->raise();
    ops->raise();
    comparison->hide(); // View ▸ Compare with Dense opens it
}

void MainWindow::applyDefaultLayout() {
    const auto dock = [this](const char* name) { return findChild<QDockWidget*>(QLatin1String(name)); };
    resizeDocks({dock("inputDock"), dock("heatmapDock"), dock("latencyDock")}, {400, 620, 480},
                Qt::Horizontal);
    resizeDocks({dock("inputDock"), dock("knobDock")}, {430, 470}, Qt::Vertical);
    resizeDocks({dock("heatmapDock"), dock("layerDock")}, {560, 300}, Qt::Vertical);
    resizeDocks({dock("latencyDock"), dock("layerOpsDock")}, {260, 300}, Qt::Vertical);
}

void MainWindow::start(const QString& model, const QStringList& inputs, bool autoplay) {
    pause();
    m_autoplay = autoplay;
    const QString modelFile = model.isEmpty() ? bundledModelPath() : model;
    QStringList inputPaths = inputs;
    m_wantDefaultData = false;
    if (inputPaths.isEmpty()) {
        if (model.isEmpty())
            inputPaths << sampleImagesDir();
        else
            m_wantDefaultData = true;
    }
    openModel(modelFile);
    if (!inputPaths.isEmpty()) openInputs(inputPaths);
}

void MainWindow::openModel(const QString& path) {
    statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    m_modelLoading = true;
    m_worker->loadModel(path);
}

void MainWindow::openInputs(const QStringList& paths) {
    if (paths.isEmpty()) return;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(paths.front()).fileName()));
    m_worker->openInputs(paths);
}

void MainWindow::showInput(int index) {
    if (!m_haveInputs || inputCount() == 0) return;
    stopCamera();
    m_current = std::clamp(index, 0, inputCount() - 1);
    updatePosition();
    if (m_model) m_worker->request(inputJob(m_current));
}

InferenceJob MainWindow::inputJob(int index) const {
    InferenceJob job(index);
    // The comparison shows medians, never one run: a compared input is timed at once.
    if (comparesWithDense()) job.speedRuns = kSpeedRuns;
    return job;
}

void MainWindow::play() {
    if (m_playing || inputCount() == 0) return;
    stopCamera();
    m_playing = true;
    m_playAction->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_playAction->setText(tr("&Pause"));
    showInput((m_current + 1) % inputCount());
}

void MainWindow::openCamera(const QString& source, bool paced) {
    if (source.trimmed().isEmpty()) return;
    pause();
    QSettings().setValue(QStringLiteral("camera/last"), source);
    m_cameraName = source;
    statusBar()->showMessage(tr("Opening camera %1…").arg(source));
    m_camera->start(source.trimmed(), paced);
    updatePosition();
    updateActions();
}

void MainWindow::stopCamera() {
    if (!m_camera->isRunning()) return;
    m_camera->stop();
    m_cameraName.clear();
    updatePosition();
    updateActions();
}

bool MainWindow::isCameraRunning() const {
    return m_camera->isRunning();
}

LayerTableModel* MainWindow::layerModel() const {
    return m_layerView->model();
}

void MainWindow::updateActions() {
    const bool evaluating = m_evaluation && m_evaluation->isRunning();
    if (m_evaluateInputsAction)
        m_evaluateInputsAction->setEnabled(!evaluating && m_model && m_inputs.labelled);
    if (m_evaluateFileAction) m_evaluateFileAction->setEnabled(!evaluating && m_model);
    if (m_evaluateFolderAction) m_evaluateFolderAction->setEnabled(!evaluating && m_model);
    if (m_sweepAction) m_sweepAction->setEnabled(!effortJobRunning() && m_model);
    if (m_tuneAction) m_tuneAction->setEnabled(!effortJobRunning() && m_model);
    if (m_cancelJobAction) m_cancelJobAction->setEnabled(evaluating || effortJobRunning());
    if (m_stopCameraAction) m_stopCameraAction->setEnabled(isCameraRunning());
}

void MainWindow::pause() {
    m_playing = false;
    m_playTimer->stop();
    m_playAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playAction->setText(tr("&Play"));
}

void MainWindow::togglePlay() {
    if (m_playing)
        pause();
    else
        play();
}

void MainWindow::stepForward() {
    pause();
    if (inputCount() > 0) showInput((m_current + 1) % inputCount());
}

void MainWindow::stepBack() {
    pause();
    if (inputCount() > 0) showInput((m_current - 1 + inputCount()) % inputCount());
}

void MainWindow::onModelLoaded(const ModelSummary& model) {
    m_model = model;
    m_modelLoading = false;
    {
        // The input below runs with the new model's settings; no separate re-run for them.
        const QSignalBlocker quiet(m_knobPanel);
        m_knobPanel->setModel(model);
    }
    m_worker->setEffort(m_knobPanel->settings(), m_knobPanel->level());
    m_worker->setWidth(m_knobPanel->width());
    QSettings().setValue(QStringLiteral("model/last"), model.path);
    updateTitle();
    statusBar()->showMessage(tr("Loaded %1: %2 layers, %3 operations per input")
                                 .arg(model.name)
                                 .arg(model.layers)
                                 .arg(siOps(model.denseOps)),
                             6000);
    updateActions();
    emit modelReady(model.path);

    if (m_wantDefaultData) {
        m_wantDefaultData = false;
        const QString data = resolveDataPath(model.defaultData, model.cardFile);
        if (!data.isEmpty())
            openInputs({data});
        else if (!m_haveInputs)
            statusBar()->showMessage(tr("Open images, a folder or a data set to run the model."));
    }
    if (m_haveInputs && !isCameraRunning()) showInput(m_current);
}

void MainWindow::onModelFailed(const QString& message) {
    // The worker went back to the dense path for the model that did not come; the old one's settings stand.
    m_modelLoading = false;
    m_worker->setEffort(m_knobPanel->settings(), m_knobPanel->level());
    m_worker->setWidth(m_knobPanel->width());
    QString text = tr("Cannot open the model.\n\n%1").arg(message);
    if (m_model)
        text += QStringLiteral("\n\n") + tr("Still using %1.").arg(QFileInfo(m_model->path).fileName());
    reportError(text, true);
}

void MainWindow::onInputsOpened(const InputSetSummary& inputs) {
    m_inputs = inputs;
    m_haveInputs = true;
    m_current = 0;
    m_positionSlider->blockSignals(true);
    m_positionSlider->setRange(0, std::max(0, inputCount() - 1));
    m_positionSlider->setValue(0);
    m_positionSlider->blockSignals(false);
    updatePosition();
    statusBar()->showMessage(
        inputs.labelled ? tr("Opened %1 labelled inputs from %2").arg(inputCount()).arg(inputs.source)
                        : tr("Opened %1 images from %2").arg(inputCount()).arg(inputs.source),
        6000);
    emit inputsReady(inputCount());
    updateActions();
    if (!isCameraRunning()) showInput(0); // a camera that is running keeps the view
    if (m_autoplay) {
        m_autoplay = false;
        m_playing = true; // the next input follows the first result
        m_playAction->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
        m_playAction->setText(tr("&Pause"));
    }
}

void MainWindow::onInputsFailed(const QString& message) {
    reportError(tr("Cannot open the inputs.\n\n%1").arg(message), true);
}

// The pages have shown the result (they follow the worker themselves); the window shows its timing, the knob
// panel's speed-up, and asks for the timing re-run of an input that stays on screen.
void MainWindow::onResult(quint64 jobId, const InferenceResult& result) {
    m_result = result;
    // SPEC §9: the headline is the measured speed-up of the input on screen. The run just shown is one run;
    // the engine times it again (repeated runs of both paths, on its thread) unless inputs stream past.
    const bool timeIt =
        result.effortRun && !result.speed && result.inputIndex >= 0 && !m_playing && !isCameraRunning();
    m_knobPanel->showRun(result, timeIt);
    std::optional<double> knobMs;
    if (jobId != 0 && jobId == m_knobJob) {
        knobMs = double(m_knobClock.nsecsElapsed()) / 1e6;
        m_lastKnobMs = *knobMs;
        m_knobJob = 0;
    }
    showTiming(result);
    emit resultShown(result.inputIndex);
    if (knobMs) emit knobChangeShown(*knobMs);
    if (timeIt) {
        InferenceJob job(result.inputIndex);
        job.speedRuns = kSpeedRuns;
        job.timingRerun = true;
        m_speedJob = m_worker->request(job);
    }
    scheduleNextWhilePlaying();
}

void MainWindow::showTiming(const InferenceResult& result) {
    const QString mode =
        result.cascade
            ? tr("width cascade, answered at %1").arg(QString::fromStdString(dyve::widthText(result.width)))
        : result.effortRun ? tr("effort %1").arg(QLocale().toString(result.effortLevel, 'f', 2))
                           : tr("dense");
    QString timing = tr("%1 ms · %2 of %3 operations · %4")
                         .arg(QLocale().toString(result.run.ms, 'f', 2), siOps(result.run.executedOps()),
                              siOps(result.run.denseOps()), mode);
    if (m_lastKnobMs >= 0)
        timing +=
            QStringLiteral(" · ") + tr("knob → view %1 ms").arg(QLocale().toString(m_lastKnobMs, 'f', 1));
    if (result.grabbedNs > 0)
        timing += QStringLiteral(" · ") +
                  tr("camera → view %1 ms").arg(QLocale().toString(msSinceGrab(result.grabbedNs), 'f', 1));
    m_timingLabel->setText(timing);
    m_timingLabel->setToolTip(
        tr("Engine time of the run on screen, its executed and dense operations, and the "
           "time from the last knob change to its result on screen"));
}

void MainWindow::onEffortSettingsChanged() {
    if (m_modelLoading) return; // the panel still describes the previous model; onModelLoaded applies it
    m_worker->setEffort(m_knobPanel->settings(), m_knobPanel->level());
    m_worker->setWidth(m_knobPanel->width());
    m_knobClock.start();
    m_knobJob = rerunCurrent();
}

quint64 MainWindow::rerunCurrent() {
    // A camera's next frame runs with the new settings anyway.
    if (!m_model || !m_haveInputs || inputCount() == 0 || isCameraRunning()) return 0;
    return m_worker->request(inputJob(m_current));
}

void MainWindow::setCompareWithDense(bool compare) {
    if (m_compareAction->isChecked() != compare) m_compareAction->trigger();
}

bool MainWindow::comparesWithDense() const {
    return m_worker->runMode().compareWithDense;
}

QString MainWindow::knobSetting() const {
    const QString level = QLocale().toString(m_knobPanel->level(), 'f', 2);
    if (!m_knobPanel->settings()) return tr("dense (effort %1)").arg(level);
    const QFileInfo file(m_knobPanel->profileSource());
    const QString source = m_knobPanel->profileSource().endsWith(QLatin1String(".json"))
                               ? tr("profile %1").arg(file.fileName())
                               : m_knobPanel->profileSource();
    return tr("effort %1 (%2)").arg(level, source);
}

void MainWindow::onRunFailed(quint64, const QString& message) {
    // While playing, a broken file in a folder is skipped with a note instead of a box per file; a camera
    // keeps delivering, so its failed frames are noted too, not boxed.
    reportError(message, !m_playing && !isCameraRunning());
    scheduleNextWhilePlaying();
}

void MainWindow::scheduleNextWhilePlaying() {
    if (m_playing) m_playTimer->start();
}

void MainWindow::reportError(const QString& message, bool boxed) {
    m_lastError = message;
    statusBar()->showMessage(QString(message).replace(QStringLiteral("\n\n"), QStringLiteral(" ")), 15000);
    if (boxed) {
        m_errorBox->setText(message);
        m_errorBox->open();
    }
    emit errorShown(message);
}

void MainWindow::updateTitle() {
    setWindowTitle(m_model ? tr("%1 — DyVE Studio").arg(m_model->name) : tr("DyVE Studio"));
    if (m_modelLabel)
        m_modelLabel->setText(
            m_model ? tr("%1 · input %2").arg(QFileInfo(m_model->path).fileName(), m_model->inputShape)
                    : tr("no model"));
}

void MainWindow::updatePosition() {
    const int n = inputCount();
    if (isCameraRunning())
        m_positionLabel->setText(m_cameraName);
    else
        m_positionLabel->setText(n ? tr("%1 / %2").arg(m_current + 1).arg(n) : tr("no inputs"));
    if (m_positionSlider->value() != m_current) {
        m_positionSlider->blockSignals(true);
        m_positionSlider->setValue(m_current);
        m_positionSlider->blockSignals(false);
    }
    m_stepBackAction->setEnabled(n > 1);
    m_stepForwardAction->setEnabled(n > 1);
    m_playAction->setEnabled(n > 1);
    m_positionSlider->setEnabled(n > 1);
}

void MainWindow::openModelDialog() {
    const QString last = QSettings().value(QStringLiteral("model/last")).toString();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Model"), last.isEmpty() ? modelsDir() : QFileInfo(last).absolutePath(),
        tr("Models (*.onnx *.prototxt);;ONNX (*.onnx);;Caffe (*.prototxt);;All files (*)"));
    if (!file.isEmpty()) openModel(file);
}

void MainWindow::openImagesDialog() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Images"), m_lastDir.isEmpty() ? resourcesDir() : m_lastDir,
        tr("Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.tif *.tiff *.webp);;All files (*)"));
    if (files.isEmpty()) return;
    m_lastDir = QFileInfo(files.front()).absolutePath();
    openInputs(files);
}

void MainWindow::openFolderDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Folder of Images"),
                                                          m_lastDir.isEmpty() ? resourcesDir() : m_lastDir);
    if (dir.isEmpty()) return;
    m_lastDir = dir;
    openInputs({dir});
}

void MainWindow::openDataSetDialog() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Labelled Data Set"), m_lastDir.isEmpty() ? resourcesDir() : m_lastDir,
        tr("List or IDX files (*.txt *.idx3-ubyte *.gz *-ubyte);;All files (*)"));
    if (file.isEmpty()) return;
    m_lastDir = QFileInfo(file).absolutePath();
    openInputs({file});
}

void MainWindow::openCameraDialog() {
    CameraDialog dialog(QSettings().value(QStringLiteral("camera/last")).toString(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.source().isEmpty()) return;
    openCamera(dialog.source(), dialog.paced());
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // A desktop's size, or the whole screen where that is smaller (a Pi's 800×480 touch screen).
        const QRect screenArea = screen()->availableGeometry();
        resize(std::min(1500, screenArea.width()), std::min(940, screenArea.height()));
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kStateVersion)) {
        // Dock sizes only take once the window has its size: after the first layout pass.
        QTimer::singleShot(0, this, &MainWindow::applyDefaultLayout);
    }
    m_lastDir = settings.value(QStringLiteral("inputs/lastDir")).toString();
    // The knobs as they were left (the overrides belong to one model and are not kept). The level starts at
    // the profile's tuned setting, so the effort path is on screen at once.
    m_knobPanel->setLevel(settings.value(QStringLiteral("effort/level"), 1.0).toDouble());
    m_inputView->setOverlayShown(settings.value(QStringLiteral("view/effortOverlay"), true).toBool());
    const char* scaleKeys[] = {"effort/spetScale", "effort/sdssScale", "effort/sfmaScale"};
    for (int m = 0; m < 3; ++m)
        m_knobPanel->setScalePercent(Mechanism(m), settings.value(QLatin1String(scaleKeys[m]), 100).toInt());
}

void MainWindow::saveSettings() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    settings.setValue(QStringLiteral("inputs/lastDir"), m_lastDir);
    settings.setValue(QStringLiteral("effort/level"), m_knobPanel->level());
    const char* scaleKeys[] = {"effort/spetScale", "effort/sdssScale", "effort/sfmaScale"};
    for (int m = 0; m < 3; ++m)
        settings.setValue(QLatin1String(scaleKeys[m]), m_knobPanel->scalePercent(Mechanism(m)));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    pause();
    stopCamera();
    if (m_evaluation) m_evaluation->cancel();
    saveSettings();
    event->accept();
}

} // namespace dyve::ui
