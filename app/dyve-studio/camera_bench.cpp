#include "camera_bench.h"

#include "main_window.h"

#include "bench/benchmark.h"
#include "bench_wait.h"

#include "jobs/camera_worker.h"
#include "jobs/frame_clock.h"
#include "knobs/knob_panel.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dyve::ui {

namespace {

// Frames shown after a level change before the clock starts: the frame in flight at the change still runs
// the old settings, and the first few of a new mode warm its buffers and threads.
constexpr int kWarmUpFrames = 5;

struct CameraRun {
    double level = 0.0;
    bool effort = false;  // whether the frames measured took the effort path
    bool cascade = false; // whether they ran the width cascade (a level of a width-cascade profile)
    // Through the cascade: per width, narrowest first, the frames that stopped there.
    std::vector<int> stoppedAt;
    int frames = 0; // results that reached the views while the clock ran
    double seconds = 0.0;
    qint64 grabbed = 0;
    qint64 dropped = 0;
    std::vector<double> engineMs; // the engine's own time per frame (RunResult::ms)
    // From one frame reaching the views to the next: engine, hand-over and the views' own work together.
    std::vector<double> intervalMs;
    // From the camera reading a frame to its result reaching the views: its wait in the one-frame slot,
    // the engine, the hand-over.
    std::vector<double> latencyMs;

    double fps() const { return seconds > 0 ? frames / seconds : 0.0; }
};

// Moves the level, lets kWarmUpFrames frames through, then counts the frames shown for `seconds`.
bool measure(MainWindow& window, double level, int seconds, CameraRun& run, QString& error) {
    KnobPanel* panel = window.knobPanel();
    CameraWorker* camera = window.camera();
    panel->setLevel(level);
    run.level = panel->level();
    for (int i = 0; i < kWarmUpFrames; ++i)
        if (!waitForWindow(window, &MainWindow::resultShown, error)) return false;

    QElapsedTimer clock;
    qint64 lastShownNs = -1;
    QEventLoop loop;
    const auto shown = QObject::connect(&window, &MainWindow::resultShown, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        const InferenceResult& r = *window.lastResult();
        ++run.frames;
        run.effort = r.effortRun;
        if (r.cascade) {
            run.cascade = true;
            run.stoppedAt.resize(r.cascade->fractions.size());
            ++run.stoppedAt.at(r.cascade->reached);
        }
        run.engineMs.push_back(r.run.ms);
        if (r.grabbedNs > 0) run.latencyMs.push_back(msSinceGrab(r.grabbedNs));
        if (lastShownNs >= 0) run.intervalMs.push_back(double(now - lastShownNs) / 1e6);
        lastShownNs = now;
    });
    const auto failed =
        QObject::connect(&window, &MainWindow::errorShown, &loop, [&](const QString& message) {
            error = message;
            loop.quit();
        });
    const qint64 grabbed0 = camera->framesGrabbed();
    const qint64 dropped0 = camera->framesDropped();
    QTimer::singleShot(seconds * 1000, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    clock.start();
    loop.exec();
    const qint64 elapsedNs = clock.nsecsElapsed();
    QObject::disconnect(shown);
    QObject::disconnect(failed);
    run.seconds = double(elapsedNs) / 1e9;
    run.grabbed = camera->framesGrabbed() - grabbed0;
    run.dropped = camera->framesDropped() - dropped0;
    if (run.frames == 0 && error.isEmpty()) error = QStringLiteral("no frame shown in %1 s").arg(seconds);
    return error.isEmpty();
}

QString fixed(double value, int decimals) {
    return QString::number(value, 'f', decimals);
}

void printTable(QTextStream& out, const std::vector<CameraRun>& runs) {
    out << "  level              fps   frames  engine ms med / p90   view→view ms med / p90   camera→view ms "
           "med / "
           "p90"
           "   grabbed  dropped\n";
    for (const CameraRun& r : runs) {
        const dyve::Timing engine = dyve::summarize(r.engineMs), interval = dyve::summarize(r.intervalMs),
                           latency = dyve::summarize(r.latencyMs);
        const QString mode = r.cascade  ? fixed(r.level, 2) + QStringLiteral(" (cascade)")
                             : r.effort ? fixed(r.level, 2)
                                        : QStringLiteral("0 (dense)");
        out << "  " << mode.leftJustified(15) << fixed(r.fps(), 1).rightJustified(7)
            << QString::number(r.frames).rightJustified(9)
            << (fixed(engine.medianMs, 2) + QStringLiteral(" / ") + fixed(engine.p90Ms, 2)).rightJustified(22)
            << (fixed(interval.medianMs, 2) + QStringLiteral(" / ") + fixed(interval.p90Ms, 2))
                   .rightJustified(26)
            << (fixed(latency.medianMs, 2) + QStringLiteral(" / ") + fixed(latency.p90Ms, 2))
                   .rightJustified(28)
            << QString::number(r.grabbed).rightJustified(10) << QString::number(r.dropped).rightJustified(9)
            << '\n';
    }
    for (const CameraRun& r : runs) {
        if (!r.cascade || r.frames == 0) continue;
        out << "  level " << fixed(r.level, 2) << " stopped at the cascade's widths (narrowest first):";
        for (int n : r.stoppedAt)
            out << ' ' << fixed(100.0 * n / r.frames, 1) << '%';
        out << " of its frames\n";
    }
}

// Through the cascade: per width, narrowest first, the share of the frames that stopped there; else empty.
QJsonArray stoppedShares(const CameraRun& r) {
    QJsonArray shares;
    for (int n : r.stoppedAt)
        shares.append(r.frames ? std::round(1000.0 * n / r.frames) / 1000 : 0.0);
    return shares;
}

QJsonObject toJson(const CameraRun& r) {
    const dyve::Timing engine = dyve::summarize(r.engineMs), interval = dyve::summarize(r.intervalMs),
                       latency = dyve::summarize(r.latencyMs);
    return QJsonObject{
        {QStringLiteral("level"), r.level},
        {QStringLiteral("effort"), r.effort},
        {QStringLiteral("path"), r.cascade  ? QStringLiteral("width cascade")
                                 : r.effort ? QStringLiteral("effort")
                                            : QStringLiteral("dense")},
        {QStringLiteral("stopped_at"), stoppedShares(r)},
        {QStringLiteral("frames"), r.frames},
        {QStringLiteral("seconds"), std::round(r.seconds * 1000) / 1000},
        {QStringLiteral("fps"), std::round(r.fps() * 10) / 10},
        {QStringLiteral("engine_ms_median"), std::round(engine.medianMs * 100) / 100},
        {QStringLiteral("engine_ms_p90"), std::round(engine.p90Ms * 100) / 100},
        {QStringLiteral("view_interval_ms_median"), std::round(interval.medianMs * 100) / 100},
        {QStringLiteral("view_interval_ms_p90"), std::round(interval.p90Ms * 100) / 100},
        {QStringLiteral("camera_to_view_ms_median"), std::round(latency.medianMs * 100) / 100},
        {QStringLiteral("camera_to_view_ms_p90"), std::round(latency.p90Ms * 100) / 100},
        {QStringLiteral("frames_grabbed"), r.grabbed},
        {QStringLiteral("frames_dropped"), r.dropped},
    };
}

int fail(const QString& error) {
    QTextStream(stderr) << "dyve-studio: "
                        << QString(error).replace(QStringLiteral("\n\n"), QStringLiteral(" ")) << '\n';
    return 2;
}

} // namespace

int runCameraBench(const QString& video, const QString& model, int seconds, double level, bool paced) {
    QTextStream out(stdout);
    MainWindow window;
    window.show();
    // The heatmaps are part of what is measured, whatever the user's saved layout hides.
    if (auto* heatmaps = window.findChild<QDockWidget*>(QStringLiteral("heatmapDock"))) {
        heatmaps->show();
        heatmaps->raise();
    }
    QString error;
    window.start(model, {}, false);
    if (!waitForWindow(window, &MainWindow::modelReady, error)) return fail(error);
    KnobPanel* panel = window.knobPanel();
    if (level > 0 && !panel->available())
        return fail(QStringLiteral("%1 has no effort profile: %2")
                        .arg(QFileInfo(window.modelPath()).fileName(), panel->message()));
    // The knobs as shipped, whatever the user's settings hold; the effort path alone.
    for (Mechanism m : {Mechanism::Spet, Mechanism::Sdss, Mechanism::Sfma})
        panel->setScalePercent(m, 100);
    window.setCompareWithDense(false);

    window.openCamera(video, paced);
    if (!waitForWindow(window, &MainWindow::cameraOpened, error)) return fail(error);

    out << "dyve-studio --bench-camera: " << QFileInfo(window.modelPath()).fileName() << " on "
        << QFileInfo(video).fileName()
        << (paced ? " (a video file as camera, paced: at its own frame rate, frames dropped while the engine "
                    "is busy), "
                  : " (a video file as camera, unpaced: every frame runs), ")
        << seconds << " s per level, profile " << panel->profileSource() << '\n';
    out.flush();
    std::vector<CameraRun> runs;
    for (double l : {0.0, level}) {
        CameraRun run;
        if (!measure(window, l, seconds, run, error)) {
            window.stopCamera();
            return fail(error);
        }
        runs.push_back(run);
    }
    window.stopCamera();

    printTable(out, runs);
    QJsonArray jsonRuns;
    for (const CameraRun& r : runs)
        jsonRuns.append(toJson(r));
    const QJsonObject json{
        {QStringLiteral("bench"), QStringLiteral("camera")},
        {QStringLiteral("model"), QFileInfo(window.modelPath()).fileName()},
        {QStringLiteral("video"), QFileInfo(video).fileName()},
        {QStringLiteral("paced"), paced},
        {QStringLiteral("heatmaps"), true},
        {QStringLiteral("profile"), panel->profileSource()},
        {QStringLiteral("runs"), jsonRuns},
    };
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace dyve::ui
