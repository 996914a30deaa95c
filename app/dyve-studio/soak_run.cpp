#include "soak_run.h"

#include "bench_wait.h"
#include "main_window.h"

#include "bench/benchmark.h"
#include "data/preprocess.h"
#include "data/project_paths.h"

#include "jobs/camera_worker.h"
#include "jobs/frame_clock.h"
#include "knobs/knob_panel.h"
#include "models/soak_log.h"

#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <vector>

namespace dyve::ui {

namespace {

// A 320×240 MJPG file of the sample images at 25 fps, each shown for 5 frames; "" when it cannot be made.
QString writeSampleVideo(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("samples.avi"));
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25.0,
                           cv::Size(320, 240), true);
    if (!writer.isOpened()) return {};
    const QDir samples(QString::fromStdString(dyve::sampleImagesDir()));
    for (const QString& name :
         samples.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files, QDir::Name)) {
        const cv::Mat image = dyve::readImage(samples.filePath(name).toStdString());
        cv::Mat colour, frame;
        if (image.channels() == 1)
            cv::cvtColor(image, colour, cv::COLOR_GRAY2BGR);
        else
            colour = image;
        cv::resize(colour, frame, cv::Size(320, 240), 0, 0, cv::INTER_NEAREST);
        for (int i = 0; i < 5; ++i)
            writer.write(frame);
    }
    return path;
}

int fail(const QString& error) {
    const QString line = QString(error).replace(QStringLiteral("\n\n"), QStringLiteral(" "));
    QTextStream(stderr) << "dyve-studio: " << line << '\n';
    return 2;
}

// Runs the window's event loop for `seconds`, gathering what reached the views.
SoakInterval measureInterval(MainWindow& window, int seconds, double startedAt, QString& error) {
    SoakInterval interval;
    std::vector<double> latencies;
    CameraWorker* camera = window.camera();
    const qint64 grabbed0 = camera->framesGrabbed(), dropped0 = camera->framesDropped();
    QEventLoop loop;
    const auto shown = QObject::connect(&window, &MainWindow::resultShown, &loop, [&] {
        ++interval.frames;
        const InferenceResult& r = *window.lastResult();
        if (r.grabbedNs > 0) latencies.push_back(msSinceGrab(r.grabbedNs));
    });
    const auto failed = QObject::connect(&window, &MainWindow::errorShown, &loop, [&](const QString& m) {
        error = m;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(seconds * 1000, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(shown);
    QObject::disconnect(failed);
    interval.seconds = double(clock.nsecsElapsed()) / 1e9;
    interval.endSeconds = startedAt + interval.seconds;
    interval.rssMb = residentMemoryMb();
    const dyve::Timing latency = dyve::summarize(latencies);
    interval.latencyMedianMs = latency.medianMs;
    interval.latencyP90Ms = latency.p90Ms;
    interval.grabbed = camera->framesGrabbed() - grabbed0;
    interval.dropped = camera->framesDropped() - dropped0;
    return interval;
}

} // namespace

int runSoak(const SoakOptions& options) {
    QTextStream out(stdout);
    QTemporaryDir scratch;
    QString video = options.video;
    if (video.isEmpty()) {
        video = writeSampleVideo(scratch);
        if (video.isEmpty())
            return fail(QStringLiteral("cannot write a sample video (OpenCV has no MJPG writer)"));
    }
    MainWindow window;
    window.show();
    if (auto* heatmaps = window.findChild<QDockWidget*>(QStringLiteral("heatmapDock"))) {
        heatmaps->show();
        heatmaps->raise();
    }
    QString error;
    window.start(options.model, {}, false);
    if (!waitForWindow(window, &MainWindow::modelReady, error)) return fail(error);
    KnobPanel* panel = window.knobPanel();
    if (!options.profile.isEmpty() && !panel->loadProfile(options.profile)) return fail(panel->message());
    panel->setLevel(options.level);
    window.openCamera(video, true);
    if (!waitForWindow(window, &MainWindow::cameraOpened, error)) return fail(error);

    out << "dyve-studio --soak: " << QFileInfo(window.modelPath()).fileName() << " at level "
        << QString::number(panel->level(), 'f', 2) << " (" << panel->profileSource() << ") on "
        << (options.video.isEmpty() ? QStringLiteral("the sample images as a video")
                                    : QFileInfo(video).fileName())
        << ", paced, heatmaps shown, " << options.seconds << " s in intervals of " << options.intervalSeconds
        << " s\n"
        << SoakLog::header() << '\n';
    out.flush();
    SoakLog log;
    double elapsed = 0.0;
    while (elapsed < options.seconds - 0.5) {
        const int seconds = std::min(options.intervalSeconds, int(std::lround(options.seconds - elapsed)));
        const SoakInterval interval = measureInterval(window, std::max(1, seconds), elapsed, error);
        if (!error.isEmpty()) {
            window.stopCamera();
            return fail(error);
        }
        elapsed = interval.endSeconds;
        log.add(interval);
        out << SoakLog::row(interval) << '\n';
        out.flush();
    }
    window.stopCamera();

    QJsonObject json = log.toJson();
    json.insert(QStringLiteral("soak"), QStringLiteral("camera"));
    json.insert(QStringLiteral("model"), QFileInfo(window.modelPath()).fileName());
    json.insert(QStringLiteral("level"), panel->level());
    json.insert(QStringLiteral("profile"), panel->profileSource());
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    const QStringList problems = log.problems();
    if (problems.isEmpty()) {
        out << "flat: memory " << QString::number(log.memoryGrowthMb(), 'f', 1)
            << " MB after the first interval, latency ×" << QString::number(log.latencyRatio(), 'f', 2)
            << '\n';
        return 0;
    }
    for (const QString& p : problems)
        out << "not flat: " << p << '\n';
    return 1;
}

} // namespace dyve::ui
