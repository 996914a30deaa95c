// The window's menus and toolbar (SPEC §6): one function a menu. File ▸ Export lists what each result page
// exports (widgets/common/result_page.h).
#include "main_window.h"

#include "studio_icons.h"
#include "studio_language.h"

#include "common/result_page.h"
#include "jobs/background_job.h"
#include "jobs/camera_worker.h"
#include "jobs/inference_worker.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

namespace dyve::ui {

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

} // namespace dyve::ui
