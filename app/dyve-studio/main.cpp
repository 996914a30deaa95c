// dyve-studio [MODEL] [IMAGES_OR_DATASET…] [--camera SRC] [--demo]: the DyVE Studio desktop app (SPEC §6).
// dyve-studio --bench-knobs [MODEL] [IMAGE]: the knob-to-screen latency (SPEC §9), printed.
// dyve-studio --bench-camera VIDEO [--model M] [--seconds N] [--level E]: a video camera's fps, printed.
// dyve-studio --soak [VIDEO] [--model M] [--profile P] [--level E] [--seconds N] [--interval N]: an hour of
// camera, memory and latency logged.
#include "camera_bench.h"
#include "demo_mode.h"
#include "knob_bench.h"
#include "main_window.h"
#include "soak_run.h"
#include "studio_language.h"

#include "import/model_loader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

#include <memory>

namespace {

// The CLI's rule (app/dyve/model_context.cpp looksLikeModel): a model by extension or by content.
bool looksLikeModel(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("onnx") || suffix == QLatin1String("prototxt")) return true;
    return QFileInfo(path).isFile() && !dyve::detectModelFormat(path.toStdString()).empty();
}

// What the app shows: a model, inputs, a camera, the demo.
void describeRunOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        QApplication::translate("main", "Dynamic variable-effort CNN inference, live. With no arguments, the "
                                        "bundled model runs on the sample images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("camera"),
         QApplication::translate(
             "main",
             "Run the frames of a camera: a device number (0), a device (/dev/video0), a GStreamer pipeline "
             "ending in appsink, or a video file."),
         QStringLiteral("SRC")},
        {QStringLiteral("unpaced"),
         QApplication::translate(
             "main", "Play a video file camera as fast as the engine runs, not at its frame rate.")},
        {QStringLiteral("demo"),
         QApplication::translate("main",
                                 "Full-screen demo: the picture, the prediction in big type, fps and ms, "
                                 "one effort slider. Esc leaves.")},
        {QStringLiteral("model"),
         QApplication::translate("main", "The model to run (else the bundled one; in the demo, the bundled "
                                         "one trained for runtime width)."),
         QStringLiteral("M")},
    });
    parser.addPositionalArgument(QStringLiteral("MODEL"),
                                 QApplication::translate("main", "An ONNX model or a Caffe .prototxt."),
                                 QStringLiteral("[MODEL]"));
    parser.addPositionalArgument(QStringLiteral("IMAGES_OR_DATASET"),
                                 QApplication::translate("main", "Images, a folder or a labelled data set."),
                                 QStringLiteral("[IMAGES_OR_DATASET…]"));
}

// What the app measures and prints instead (SPEC §9): knob latency, camera fps, an hour's soak.
void describeMeasureOptions(QCommandLineParser& parser) {
    parser.addOptions({
        {QStringLiteral("bench-knobs"),
         QApplication::translate(
             "main",
             "Measure the time from an effort knob change to its result on screen: moves the effort level "
             "through 40 values on the model's first input and prints the median and the largest time, then "
             "exits.")},
        {QStringLiteral("bench-camera"),
         QApplication::translate(
             "main",
             "Measure the frames per second of a video file played as a camera, unpaced (every frame runs, "
             "as fast as the engine and the views go), with the heatmaps shown: --seconds dense, then "
             "--seconds at --level; prints a table and a JSON line, then exits."),
         QStringLiteral("VIDEO")},
        {QStringLiteral("seconds"),
         QApplication::translate("main", "With --bench-camera: the seconds per level (10)."),
         QStringLiteral("N"), QStringLiteral("10")},
        {QStringLiteral("level"),
         QApplication::translate(
             "main", "With --bench-camera: the effort level after the dense run, 0…1 (1, the model's tuned "
                     "profile)."),
         QStringLiteral("E"), QStringLiteral("1.0")},
        {QStringLiteral("paced"),
         QApplication::translate(
             "main",
             "With --bench-camera: play the file at its own frame rate, as a camera delivers frames (those "
             "the engine cannot take are dropped), for the camera → view latency a live camera has.")},
        {QStringLiteral("soak"),
         QApplication::translate(
             "main",
             "Play a video file (the positional argument; else one made of the sample images) as a live "
             "camera with the heatmaps shown for --seconds (3600), logging memory, frames and latency every "
             "--interval seconds (60); exits 1 when memory or latency grew.")},
        {QStringLiteral("interval"),
         QApplication::translate("main", "With --soak: seconds per log line (60)."), QStringLiteral("N"),
         QStringLiteral("60")},
        {QStringLiteral("profile"),
         QApplication::translate("main", "With --soak: an effort profile to load (else the model's own)."),
         QStringLiteral("P")},
    });
}

int soak(const QCommandLineParser& parser, const QString& model, const QStringList& positionals) {
    dyve::ui::SoakOptions options;
    options.video = positionals.isEmpty() ? QString() : positionals.front();
    options.model = model;
    options.profile = parser.value(QStringLiteral("profile"));
    const bool secondsSet = parser.isSet(QStringLiteral("seconds"));
    bool secondsOk = false, intervalOk = false, levelOk = false;
    options.seconds = secondsSet ? parser.value(QStringLiteral("seconds")).toInt(&secondsOk) : 3600;
    options.intervalSeconds = parser.value(QStringLiteral("interval")).toInt(&intervalOk);
    options.level = parser.value(QStringLiteral("level")).toDouble(&levelOk);
    if ((secondsSet && !secondsOk) || options.seconds < 1 || !intervalOk || options.intervalSeconds < 1 ||
        !levelOk || options.level < 0.0 || options.level > 1.0) {
        qCritical("dyve-studio: --seconds and --interval take whole numbers from 1, --level a number "
                  "from 0 to 1");
        return 2;
    }
    return dyve::ui::runSoak(options);
}

int cameraBench(const QCommandLineParser& parser, const QString& model) {
    bool secondsOk = false, levelOk = false;
    const int seconds = parser.value(QStringLiteral("seconds")).toInt(&secondsOk);
    const double level = parser.value(QStringLiteral("level")).toDouble(&levelOk);
    if (!secondsOk || seconds < 1 || !levelOk || level < 0.0 || level > 1.0) {
        qCritical("dyve-studio: --seconds takes a whole number from 1, --level a number from 0 to 1");
        return 2;
    }
    return dyve::ui::runCameraBench(parser.value(QStringLiteral("bench-camera")), model, seconds, level,
                                    parser.isSet(QStringLiteral("paced")));
}

int demo(QApplication& app, const QString& model, const QString& camera, bool paced) {
    dyve::ui::DemoMode mode;
    QObject::connect(&mode, &dyve::ui::DemoMode::finished, &app, &QApplication::quit);
    mode.start(model, camera, paced);
    mode.show();
    return app.exec();
}

int studio(QApplication& app, const QString& model, const QStringList& inputs, const QString& camera,
           bool paced) {
    dyve::ui::MainWindow window;
    // View ▸ Demo Mode: the demo over the window, which comes back when the demo is left.
    std::unique_ptr<dyve::ui::DemoMode> demoMode;
    QObject::connect(&window, &dyve::ui::MainWindow::demoRequested, &window,
                     [&](const QString& demoModel, const QString& demoCamera) {
                         demoMode = std::make_unique<dyve::ui::DemoMode>();
                         QObject::connect(demoMode.get(), &dyve::ui::DemoMode::finished, &window, [&] {
                             window.show();
                             demoMode.release()->deleteLater();
                         });
                         demoMode->start(demoModel, demoCamera, paced);
                         demoMode->show();
                         window.hide();
                     });
    window.show();
    // No arguments: the embedded default, played through, so there is something real on screen at once.
    const bool nothingNamed = model.isEmpty() && inputs.isEmpty() && camera.isEmpty();
    window.start(model, inputs, nothingNamed);
    if (!camera.isEmpty()) window.openCamera(camera, paced);
    return app.exec();
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DyVE"));
    QApplication::setApplicationName(QStringLiteral("DyVE Studio"));
    QApplication::setApplicationVersion(QStringLiteral(DYVE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.dyve.Studio"));
    dyve::ui::installTranslations(app);

    QCommandLineParser parser;
    describeRunOptions(parser);
    describeMeasureOptions(parser);
    parser.process(app);

    QStringList positionals = parser.positionalArguments();
    QString model = parser.value(QStringLiteral("model"));
    if (model.isEmpty() && !positionals.isEmpty() && looksLikeModel(positionals.front()))
        model = positionals.takeFirst();
    const QString camera = parser.value(QStringLiteral("camera"));
    const bool paced = !parser.isSet(QStringLiteral("unpaced"));

    if (parser.isSet(QStringLiteral("bench-knobs"))) return dyve::ui::runKnobBench(model, positionals);
    if (parser.isSet(QStringLiteral("soak"))) return soak(parser, model, positionals);
    if (parser.isSet(QStringLiteral("bench-camera"))) return cameraBench(parser, model);
    if (parser.isSet(QStringLiteral("demo"))) return demo(app, model, camera, paced);
    return studio(app, model, positionals, camera, paced);
}
