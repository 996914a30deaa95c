#include "main_window.h"

#include "studio_language.h"
#include "studio_paths.h"

#include "input/camera_dialog.h"
#include "jobs/camera_worker.h"
#include "jobs/evaluation_job.h"
#include "evaluation/evaluation_page.h"
#include "jobs/frame_clock.h"
#include "common/job_progress_widget.h"
#include "pareto/pareto_page.h"
#include "jobs/sweep_job.h"
#include "jobs/tune_job.h"

#include "common/layer_selection.h"
#include "common/result_page.h"
#include "comparison/comparison_view.h"
#include "heatmap/heatmap_view.h"
#include "jobs/inference_worker.h"
#include "input/input_view.h"
#include "knobs/knob_panel.h"
#include "latency/latency_plot.h"
#include "layers/layer_ops_plot.h"
#include "models/layer_table_model.h"
#include "models/ops_text.h"
#include "layers/layer_table_view.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

// resources/dyve_studio.qrc is compiled into this static library: its initialiser must be named to be
// linked in, and Q_INIT_RESOURCE only works outside a namespace.
static void initStudioResources() {
    Q_INIT_RESOURCE(dyve_studio);
}

namespace dyve::ui {

namespace {

// Bumped when the docks change, so an old saved layout is not forced onto a different set of docks.
constexpr int kStateVersion = 4;
// While playing, how long each input stays on screen after its result arrives: long enough to read the
// prediction, short enough to feel live.
constexpr int kPlayIntervalMs = 700;

// SPEC §9: the Effort dock's speed-up and the comparison are medians of this many runs of each path.
constexpr int kSpeedRuns = 5;

// An icon of resources/icons, or the style's `fallback` where Qt's SVG plugin is not installed.
QIcon studioIcon(const char* name, QStyle::StandardPixmap fallback) {
    QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    if (icon.pixmap(16, 16).isNull()) return QApplication::style()->standardIcon(fallback);
    return icon;
}

QString percent(double fraction) {
    return QLocale().toString(fraction * 100.0, 'f', 2) + QStringLiteral(" %");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_worker(new InferenceWorker(cardDirs(), profileDirs(), this)),
      m_selection(new LayerSelection(this)), m_layerView(new LayerTableView(nullptr, m_selection)),
      m_inputView(new InputView), m_heatmap(new HeatmapView(m_selection)), m_latencyPlot(new LatencyPlot),
      m_layerOpsPlot(new LayerOpsPlot(m_selection)), m_camera(new CameraWorker(m_worker, this)),
      m_evaluationPage(new EvaluationPage), m_jobProgress(new JobProgressWidget), m_knobPanel(new KnobPanel),
      m_comparison(new ComparisonView), m_pareto(new ParetoPage),
      m_pages{m_layerView, m_heatmap, m_latencyPlot, m_layerOpsPlot, m_pareto, m_inputView, m_comparison},
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

void MainWindow::createFileMenu() {
    QStyle* s = style();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openModel = file->addAction(s->standardIcon(QStyle::SP_DialogOpenButton), tr("Open &Model…"),
                                         this, &MainWindow::openModelDialog);
    openModel->setObjectName(QStringLiteral("openModelAction"));
    openModel->setShortcut(QKeySequence::Open);
    openModel->setToolTip(tr("Open an ONNX model or a Caffe .prototxt (with its .caffemodel beside it)"));
    QAction* openImages = file->addAction(s->standardIcon(QStyle::SP_FileIcon), tr("Open &Images…"), this,
                                          &MainWindow::openImagesDialog);
    openImages->setObjectName(QStringLiteral("openImagesAction"));
    openImages->setShortcut(Qt::CTRL | Qt::Key_I);
    file->addAction(s->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &Folder…"), this,
                    &MainWindow::openFolderDialog)
        ->setObjectName(QStringLiteral("openFolderAction"));
    file->addAction(tr("Open Labelled &Data Set…"), this, &MainWindow::openDataSetDialog)
        ->setToolTip(tr("A list file (path label), an IDX file, or a folder per class"));
    QAction* openCamera = file->addAction(studioIcon("camera", QStyle::SP_DriveNetIcon), tr("Open &Camera…"),
                                          this, &MainWindow::openCameraDialog);
    openCamera->setObjectName(QStringLiteral("openCameraAction"));
    openCamera->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    openCamera->setIconText(tr("Camera")); // the toolbar's short label
    openCamera->setToolTip(tr("A camera, a GStreamer pipeline or a video file standing in for a camera"));
    file->addAction(tr("Open &Bundled Example"), this, [this] { start({}, {}, true); });
    file->addSeparator();
    // Export: the report of everything shown, then what each page exports of itself.
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Report as HTML…"), this, &MainWindow::exportReportDialog)
        ->setShortcut(Qt::CTRL | Qt::Key_E);
    exportMenu->addSeparator();
    for (const ResultPage* page : m_pages)
        for (const PageExport& what : page->exports()) {
            QAction* a = exportMenu->addAction(what.menuText, this, [this, what] { exportPageDialog(what); });
            if (!what.onToolbar) continue;
            a->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
            m_toolbarExports << a;
        }
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);
}

void MainWindow::createRunMenu() {
    QStyle* s = style();
    QMenu* run = menuBar()->addMenu(tr("&Run"));
    m_stepBackAction = run->addAction(s->standardIcon(QStyle::SP_MediaSeekBackward), tr("Step &Back"), this,
                                      &MainWindow::stepBack);
    m_stepBackAction->setShortcut(Qt::Key_Left);
    m_playAction =
        run->addAction(s->standardIcon(QStyle::SP_MediaPlay), tr("&Play"), this, &MainWindow::togglePlay);
    m_playAction->setShortcut(Qt::Key_Space);
    m_stepForwardAction = run->addAction(s->standardIcon(QStyle::SP_MediaSeekForward), tr("Step &Forward"),
                                         this, &MainWindow::stepForward);
    m_stepForwardAction->setShortcut(Qt::Key_Right);
    run->addSeparator();
    m_stopCameraAction = run->addAction(s->standardIcon(QStyle::SP_MediaStop), tr("Stop &Camera"), this,
                                        &MainWindow::stopCamera);
}

void MainWindow::createToolsMenu() {
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    m_evaluateInputsAction = tools->addAction(studioIcon("evaluate", QStyle::SP_FileDialogDetailedView),
                                              tr("&Evaluate Current Data Set"), this, [this] {
                                                  if (m_inputs.labelled) evaluateDataSet(m_inputs.source);
                                              });
    m_evaluateInputsAction->setIconText(tr("Evaluate"));
    m_evaluateInputsAction->setToolTip(
        tr("Top-1 and top-5 of the model over the labelled inputs that are open"));
    m_evaluateFileAction =
        tools->addAction(tr("Evaluate Data Set &File…"), this, &MainWindow::evaluateFileDialog);
    m_evaluateFileAction->setToolTip(tr("A list file (path label) or an IDX file"));
    m_evaluateFolderAction =
        tools->addAction(tr("Evaluate Data Set F&older…"), this, &MainWindow::evaluateFolderDialog);
    m_evaluateFolderAction->setToolTip(tr("A folder per class, or a folder with a labels.txt"));
    tools->addSeparator();
    m_sweepAction = tools->addAction(tr("&Sweep Effort Levels"), this, [this] { sweepEffort(); });
    m_sweepAction->setToolTip(tr("Accuracy, operations and time at effort levels 0 … 1 and dense, over the "
                                 "labelled inputs that are open (else the model's default data set)"));
    m_tuneAction = tools->addAction(tr("&Tune Effort Profile…"), this, &MainWindow::tuneDialog);
    m_tuneAction->setToolTip(
        tr("Search per-layer knobs within 0.5 points of dense top-1 and write a profile"));
    tools->addSeparator();
    m_cancelJobAction = tools->addAction(style()->standardIcon(QStyle::SP_BrowserStop),
                                         tr("&Cancel Background Job"), this, [this] {
                                             for (BackgroundJob* job : backgroundJobs())
                                                 if (job->isRunning()) job->cancel();
                                         });
}

void MainWindow::createViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : findChildren<QDockWidget*>())
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    m_demoAction =
        view->addAction(studioIcon("demo", QStyle::SP_TitleBarMaxButton), tr("&Demo Mode"), this, [this] {
            pause();
            const QString camera = isCameraRunning() ? m_camera->source() : QString();
            stopCamera();
            emit demoRequested(modelPath(), camera);
        });
    m_demoAction->setShortcut(Qt::Key_F11);
    m_demoAction->setIconText(tr("Demo"));
    m_demoAction->setToolTip(
        tr("Full screen: the picture, the prediction in big type and one effort slider (Esc leaves)"));

    // SPEC §6 "dense ↔ effort comparison": the comparison dock's own show/hide action, so closing the dock
    // turns the comparison off too.
    auto* comparisonDock = findChild<QDockWidget*>(QStringLiteral("comparisonDock"));
    m_compareAction = comparisonDock->toggleViewAction();
    m_compareAction->setText(tr("Compare with &Dense"));
    m_compareAction->setIconText(tr("Compare"));
    m_compareAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_compareAction->setShortcut(Qt::CTRL | Qt::Key_D);
    m_compareAction->setToolTip(tr("Also run each input dense and show both side by side: top-5, latency, "
                                   "operations, and whether the top-1 agrees"));
    connect(m_compareAction, &QAction::toggled, this, [this, comparisonDock](bool on) {
        m_worker->setCompareWithDense(on);
        // The dock shows itself after this (the action's triggered() follows toggled()): raise it then.
        if (on) QTimer::singleShot(0, comparisonDock, &QDockWidget::raise);
        m_knobJob = 0;
        rerunCurrent();
    });
}

// Settings ▸ Language (SPEC §6: translations, selectable), stored in QSettings, used from the next start.
void MainWindow::createSettingsMenu() {
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    const QString current = chosenLanguage();
    QList<StudioLanguage> choices{{QString(), tr("System Default")}};
    choices << studioLanguages();
    for (const StudioLanguage& choice : choices) {
        QAction* a = language->addAction(choice.nativeName);
        a->setData(choice.code);
        a->setCheckable(true);
        a->setChecked(choice.code == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = choice.code] {
            setChosenLanguage(code);
            statusBar()->showMessage(tr("The language changes when DyVE Studio is started again."), 8000);
        });
    }
}

void MainWindow::createHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DyVE Studio"), this, [this] {
        QMessageBox::about(
            this, tr("About DyVE Studio"),
            tr("<b>DyVE Studio %1</b><p>Dynamic variable-effort CNN inference: load a model and "
               "images, watch the engine run, and see per layer where the effort went.</p>")
                .arg(QStringLiteral(DYVE_VERSION)));
    });
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char* name : {"openModelAction", "openImagesAction", "openFolderAction", "openCameraAction"})
        bar->addAction(findChild<QAction*>(QLatin1String(name)));
    bar->addSeparator();
    bar->addAction(m_stepBackAction);
    bar->addAction(m_playAction);
    bar->addAction(m_stepForwardAction);
    m_positionSlider = new QSlider(Qt::Horizontal, this);
    m_positionSlider->setMinimumWidth(160);
    m_positionSlider->setMaximumWidth(260);
    m_positionSlider->setToolTip(tr("Input to show; dragging runs each one (the newest request wins)"));
    connect(m_positionSlider, &QSlider::valueChanged, this, [this](int value) {
        if (value != m_current) showInput(value);
    });
    bar->addWidget(m_positionSlider);
    m_positionLabel = new QLabel(this);
    m_positionLabel->setMinimumWidth(70);
    m_positionLabel->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(m_positionLabel);
    bar->addSeparator();
    bar->addAction(m_compareAction);
    bar->addAction(m_evaluateInputsAction);
    bar->addAction(m_demoAction);
    bar->addActions(m_toolbarExports);
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

bool MainWindow::evaluateDataSet(const QString& path) {
    if (!m_model) {
        reportError(tr("Open a model before evaluating a data set."), true);
        return false;
    }
    if (m_evaluation && m_evaluation->isRunning()) {
        statusBar()->showMessage(tr("An evaluation is already running; cancel it first."), 6000);
        return false;
    }
    EvaluationRequest request;
    request.model = m_model->path;
    request.modelSha256 = m_model->sha256;
    request.dataSet = path;
    request.cardDirs = cardDirs();
    // SPEC §6: what the knob shows is what is evaluated, said so, with dense beside it to compare against.
    request.effort = m_knobPanel->settings();
    request.setting = knobSetting();
    request.withDense = request.effort.has_value();
    m_evaluation = std::make_unique<EvaluationJob>(std::move(request));
    connect(m_evaluation.get(), &BackgroundJob::ended, this, &MainWindow::onEvaluationEnded);
    m_evaluationPage->track(m_evaluation.get());
    m_jobProgress->track(m_evaluation.get());
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("evaluationDock"))) {
        dock->show();
        dock->raise();
    }
    m_evaluation->start();
    updateActions();
    return true;
}

void MainWindow::onEvaluationEnded() {
    updateActions();
    if (!m_evaluation) return;
    const auto& report = m_evaluation->report();
    switch (m_evaluation->state()) {
    case BackgroundJob::State::Finished:
        if (report) {
            QString text =
                tr("Evaluated %1 images at %2: top-1 %3, top-5 %4, %5 images/s")
                    .arg(QLocale().toString(qulonglong(report->images)), m_evaluation->request().setting,
                         percent(report->top1()), percent(report->top5()),
                         QLocale().toString(report->imagesPerSecond(), 'f', 1));
            if (const auto& dense = m_evaluation->denseBeside())
                text += QStringLiteral("; ") + tr("dense %1, top-1 differs on %2 images")
                                                   .arg(percent(dense->dense.top1()))
                                                   .arg(dense->disagreements.size());
            statusBar()->showMessage(text, 15000);
        }
        break;
    case BackgroundJob::State::Cancelled:
        statusBar()->showMessage(tr("Evaluation cancelled after %1 images")
                                     .arg(QLocale().toString(report ? qulonglong(report->images) : 0)),
                                 15000);
        break;
    case BackgroundJob::State::Failed:
        reportError(tr("Cannot evaluate the data set.\n\n%1").arg(m_evaluation->errorMessage()), true);
        break;
    case BackgroundJob::State::Idle:
    case BackgroundJob::State::Running:
        break;
    }
}

QList<BackgroundJob*> MainWindow::backgroundJobs() const {
    QList<BackgroundJob*> jobs;
    for (BackgroundJob* job : {static_cast<BackgroundJob*>(m_evaluation.get()),
                               static_cast<BackgroundJob*>(m_sweep.get()), static_cast<BackgroundJob*>(m_tune.get())})
        if (job) jobs << job;
    return jobs;
}

LayerTableModel* MainWindow::layerModel() const {
    return m_layerView->model();
}

bool MainWindow::effortJobRunning() const {
    return (m_sweep && m_sweep->isRunning()) || (m_tune && m_tune->isRunning());
}

QString MainWindow::effortJobData() const {
    return m_inputs.labelled ? m_inputs.source : QString();
}

bool MainWindow::canStartEffortJob(const QString& noModelMessage) {
    if (!m_model) {
        reportError(noModelMessage, true);
        return false;
    }
    if (effortJobRunning()) {
        statusBar()->showMessage(tr("A sweep or tuning is already running; cancel it first."), 6000);
        return false;
    }
    return true;
}

void MainWindow::showParetoDock() {
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("paretoDock"))) {
        dock->show();
        dock->raise();
    }
}

bool MainWindow::sweepEffort(size_t limit) {
    if (!canStartEffortJob(tr("Open a model before sweeping effort levels."))) return false;
    SweepRequest request;
    request.model = m_model->path;
    request.modelSha256 = m_model->sha256;
    request.dataSet = effortJobData();
    // The profile the knobs run: a file loaded in the panel or found for the model, else the uniform mapping.
    const QString source = m_knobPanel->profileSource();
    if (!source.isEmpty() && QFileInfo::exists(source))
        request.profile = source;
    else
        request.uniform = true;
    request.limit = limit;
    request.cardDirs = cardDirs();
    request.profileDirs = profileDirs();
    m_sweep = std::make_unique<SweepJob>(std::move(request));
    connect(m_sweep.get(), &BackgroundJob::ended, this, [this] {
        if (m_sweep && m_sweep->state() == BackgroundJob::State::Failed)
            reportError(tr("Cannot sweep effort levels.\n\n%1").arg(m_sweep->errorMessage()), true);
        updateActions();
    });
    m_pareto->trackSweep(m_sweep.get());
    m_jobProgress->track(m_sweep.get());
    showParetoDock();
    m_sweep->start();
    updateActions();
    return true;
}

bool MainWindow::tuneEffort(const QString& output, size_t images) {
    if (!canStartEffortJob(tr("Open a model before tuning an effort profile."))) return false;
    TuneRequest request;
    request.model = m_model->path;
    request.modelSha256 = m_model->sha256;
    request.dataSet = effortJobData();
    request.images = images;
    request.output = output;
    request.cardDirs = cardDirs();
    m_tune = std::make_unique<TuneJob>(std::move(request));
    connect(m_tune.get(), &BackgroundJob::ended, this, [this] {
        if (!m_tune) return;
        if (m_tune->state() == BackgroundJob::State::Failed)
            reportError(tr("Cannot tune an effort profile.\n\n%1").arg(m_tune->errorMessage()), true);
        else if (!m_tune->written().isEmpty() && m_knobPanel->loadProfile(m_tune->written()))
            statusBar()->showMessage(tr("Tuned profile written to %1 and loaded").arg(m_tune->written()),
                                     8000);
        updateActions();
    });
    m_pareto->trackTune(m_tune.get());
    m_jobProgress->track(m_tune.get());
    showParetoDock();
    m_tune->start();
    updateActions();
    return true;
}

void MainWindow::tuneDialog() {
    if (!m_model) return;
    const QString suggested = QFileInfo(m_model->path).completeBaseName() + QStringLiteral(".profile.json");
    const QString file =
        saveFileName(tr("Write the Tuned Profile"), suggested, tr("Effort profiles (*.profile.json)"));
    if (!file.isEmpty()) tuneEffort(file);
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
    const QString mode = result.effortRun
                             ? tr("effort %1").arg(QLocale().toString(result.effortLevel, 'f', 2))
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

void MainWindow::evaluateFileDialog() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Evaluate Data Set"), m_lastDir.isEmpty() ? resourcesDir() : m_lastDir,
        tr("List or IDX files (*.txt *.idx3-ubyte *.gz *-ubyte);;All files (*)"));
    if (file.isEmpty()) return;
    m_lastDir = QFileInfo(file).absolutePath();
    evaluateDataSet(file);
}

void MainWindow::evaluateFolderDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Evaluate Data Set Folder"),
                                                          m_lastDir.isEmpty() ? resourcesDir() : m_lastDir);
    if (dir.isEmpty()) return;
    m_lastDir = dir;
    evaluateDataSet(dir);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(1500, 940);
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
