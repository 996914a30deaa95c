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

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DyVE"));
    QApplication::setApplicationName(QStringLiteral("DyVE Studio"));
    QApplication::setApplicationVersion(QStringLiteral(DYVE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.dyve.Studio"));
    dyve::ui::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Dynamic variable-effort CNN inference, live. With no arguments, the bundled model runs on "
                "the sample images."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption camera(
        QStringLiteral("camera"),
        QApplication::translate("main",
                                "Run the frames of a camera: a device number (0), a device (/dev/video0), "
                                "a GStreamer pipeline ending in appsink, or a video file."),
        QStringLiteral("SRC"));
    const QCommandLineOption unpaced(
        QStringLiteral("unpaced"),
        QApplication::translate(
            "main", "Play a video file camera as fast as the engine runs, not at its frame rate."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Full-screen demo: the picture, the prediction in big type, fps and ms, "
                                "one effort slider. Esc leaves."));
    const QCommandLineOption modelOption(
        QStringLiteral("model"), QApplication::translate("main", "The model to run (else the bundled one)."),
        QStringLiteral("M"));
    const QCommandLineOption benchKnobs(
        QStringLiteral("bench-knobs"),
        QApplication::translate("main",
                                "Measure the time from an effort knob change to its result on screen: moves "
                                "the effort level through 40 values on the model's first input and prints "
                                "the median and the largest time, then exits."));
    const QCommandLineOption benchCamera(
        QStringLiteral("bench-camera"),
        QApplication::translate("main",
                                "Measure the frames per second of a video file played as a camera, unpaced "
                                "(every frame runs, as fast as the engine and the views go), with the "
                                "heatmaps shown: --seconds dense, then --seconds at --level; prints a table "
                                "and a JSON line, then exits."),
        QStringLiteral("VIDEO"));
    const QCommandLineOption benchSeconds(
        QStringLiteral("seconds"),
        QApplication::translate("main", "With --bench-camera: the seconds per level (10)."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption benchLevel(
        QStringLiteral("level"),
        QApplication::translate("main",
                                "With --bench-camera: the effort level after the dense run, 0…1 (1, the "
                                "model's tuned profile)."),
        QStringLiteral("E"), QStringLiteral("1.0"));
    const QCommandLineOption benchPaced(
        QStringLiteral("paced"),
        QApplication::translate(
            "main", "With --bench-camera: play the file at its own frame rate, as a camera delivers "
                    "frames (those the engine cannot take are dropped), for the camera → view "
                    "latency a live camera has."));
    const QCommandLineOption soak(
        QStringLiteral("soak"),
        QApplication::translate("main",
                                "Play a video file (the positional argument; else one made of the sample "
                                "images) as a live camera with the heatmaps shown for --seconds (3600), "
                                "logging memory, frames and latency every --interval seconds (60); exits 1 "
                                "when memory or latency grew."));
    const QCommandLineOption soakInterval(
        QStringLiteral("interval"),
        QApplication::translate("main", "With --soak: seconds per log line (60)."), QStringLiteral("N"),
        QStringLiteral("60"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "With --soak: an effort profile to load (else the model's own)."),
        QStringLiteral("P"));
    parser.addOptions({camera, unpaced, demo, modelOption, benchKnobs, benchCamera, benchSeconds, benchLevel,
                       benchPaced, soak, soakInterval, profileOption});
    parser.addPositionalArgument(QStringLiteral("MODEL"),
                                 QApplication::translate("main", "An ONNX model or a Caffe .prototxt."),
                                 QStringLiteral("[MODEL]"));
    parser.addPositionalArgument(QStringLiteral("IMAGES_OR_DATASET"),
                                 QApplication::translate("main", "Images, a folder or a labelled data set."),
                                 QStringLiteral("[IMAGES_OR_DATASET…]"));
    parser.process(app);

    QStringList positionals = parser.positionalArguments();
    QString model = parser.value(modelOption);
    if (model.isEmpty() && !positionals.isEmpty() && looksLikeModel(positionals.front()))
        model = positionals.takeFirst();
    const QString cameraSource = parser.value(camera);
    const bool paced = !parser.isSet(unpaced);

    if (parser.isSet(benchKnobs)) return dyve::ui::runKnobBench(model, positionals);
    if (parser.isSet(soak)) {
        dyve::ui::SoakOptions options;
        options.video = positionals.isEmpty() ? QString() : positionals.front();
        options.model = model;
        options.profile = parser.value(profileOption);
        bool secondsOk = false, intervalOk = false, levelOk = false;
        options.seconds = parser.isSet(benchSeconds) ? parser.value(benchSeconds).toInt(&secondsOk) : 3600;
        options.intervalSeconds = parser.value(soakInterval).toInt(&intervalOk);
        options.level = parser.value(benchLevel).toDouble(&levelOk);
        if ((parser.isSet(benchSeconds) && !secondsOk) || options.seconds < 1 || !intervalOk ||
            options.intervalSeconds < 1 || !levelOk || options.level < 0.0 || options.level > 1.0) {
            qCritical("dyve-studio: --seconds and --interval take whole numbers from 1, --level a number "
                      "from 0 to 1");
            return 2;
        }
        return dyve::ui::runSoak(options);
    }
    if (parser.isSet(benchCamera)) {
        bool secondsOk = false, levelOk = false;
        const int seconds = parser.value(benchSeconds).toInt(&secondsOk);
        const double level = parser.value(benchLevel).toDouble(&levelOk);
        if (!secondsOk || seconds < 1 || !levelOk || level < 0.0 || level > 1.0) {
            qCritical("dyve-studio: --seconds takes a whole number from 1, --level a number from 0 to 1");
            return 2;
        }
        return dyve::ui::runCameraBench(parser.value(benchCamera), model, seconds, level,
                                        parser.isSet(benchPaced));
    }

    if (parser.isSet(demo)) {
        dyve::ui::DemoMode mode;
        QObject::connect(&mode, &dyve::ui::DemoMode::finished, &app, &QApplication::quit);
        mode.start(model, cameraSource, paced);
        mode.show();
        return app.exec();
    }

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
    const bool nothingNamed = model.isEmpty() && positionals.isEmpty() && cameraSource.isEmpty();
    window.start(model, positionals, nothingNamed);
    if (!cameraSource.isEmpty()) window.openCamera(cameraSource, paced);
    return app.exec();
}
