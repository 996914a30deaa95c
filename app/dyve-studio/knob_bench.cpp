#include "knob_bench.h"

#include "main_window.h"

#include "bench/benchmark.h"
#include "bench_wait.h"

#include "knobs/knob_panel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dyve::ui {

namespace {

constexpr int kWarmUpChanges = 5;
constexpr double kStep = 0.05;

// 0 → 1 → 0 in steps of kStep, without the starting 0: every value differs from the one before.
std::vector<double> levelSweep(int changes) {
    std::vector<double> levels;
    const int half = int(1.0 / kStep + 0.5);
    for (int i = 1; int(levels.size()) < changes; ++i) {
        const int k = i % (2 * half);
        levels.push_back(kStep * (k <= half ? k : 2 * half - k));
    }
    return levels;
}

struct Timings {
    std::vector<double> toScreen; // knob change → window repainted with its result
    std::vector<double> engine;   // the engine's own time for the run(s) of each change
};

// Moves the level through `levels`, one change at a time.
bool sweep(MainWindow& window, const std::vector<double>& levels, Timings* timings, QString& error) {
    KnobPanel* panel = window.knobPanel();
    for (double level : levels) {
        if (std::lround(level * panel->levelSteps()) == std::lround(panel->level() * panel->levelSteps()))
            continue; // not a change: nothing would run
        QElapsedTimer clock;
        clock.start();
        panel->setLevel(level);
        if (!waitForWindow(window, &MainWindow::knobChangeShown, error)) return false;
        // The views have their data; what is queued (the plots' replots) runs, then the window paints.
        QCoreApplication::processEvents();
        window.repaint();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!timings) continue;
        timings->toScreen.push_back(ms);
        const InferenceResult& r = *window.lastResult();
        timings->engine.push_back(r.run.ms + (r.dense && r.effortRun ? r.dense->run.ms : 0.0));
    }
    return true;
}

} // namespace

int runKnobBench(const QString& model, const QStringList& inputs, int changes) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    MainWindow window;
    window.show();
    QString error;
    window.start(model, inputs, false);
    if (!waitForWindow(window, &MainWindow::resultShown, error)) {
        err << "dyve-studio: " << QString(error).replace(QStringLiteral("\n\n"), QStringLiteral(" ")) << '\n';
        return 2;
    }
    KnobPanel* panel = window.knobPanel();
    if (!panel->available()) {
        err << "dyve-studio: " << QFileInfo(window.modelPath()).fileName()
            << " has no effort profile: " << panel->message() << '\n';
        return 2;
    }
    // The knobs as shipped, whatever the user's settings hold.
    for (Mechanism m : {Mechanism::Spet, Mechanism::Sdss, Mechanism::Sfma})
        panel->setScalePercent(m, 100);

    const std::vector<double> levels = levelSweep(changes);
    out << "dyve-studio --bench-knobs: " << QFileInfo(window.modelPath()).fileName() << " on "
        << window.lastResult()->inputName << ", profile " << panel->profileSource() << '\n'
        << levels.size() << " changes of the effort level (0 → 1 → 0 in steps of " << kStep
        << "), each timed from the change to the window repainted with its result:\n";
    for (bool compare : {false, true}) {
        // Out of the timing: the comparison's first run, and a few changes to settle caches and threads.
        if (window.comparesWithDense() != compare) {
            window.setCompareWithDense(compare);
            if (!waitForWindow(window, &MainWindow::resultShown, error)) break;
        }
        std::vector<double> warmUp;
        for (int i = 0; i < kWarmUpChanges; ++i)
            warmUp.push_back(i % 2 ? 0.0 : 1.0 - kStep * i);
        Timings t;
        if (!sweep(window, warmUp, nullptr, error) || !sweep(window, levels, &t, error)) break;
        out << (compare ? "  effort + dense (Compare with Dense): "
                        : "  effort path alone:                  ")
            << "median " << QString::number(dyve::summarize(t.toScreen).medianMs, 'f', 1) << " ms, max "
            << QString::number(*std::max_element(t.toScreen.begin(), t.toScreen.end()), 'f', 1)
            << " ms (engine median " << QString::number(dyve::summarize(t.engine).medianMs, 'f', 1)
            << " ms)\n";
        out.flush();
    }
    if (!error.isEmpty()) {
        err << "dyve-studio: " << QString(error).replace(QStringLiteral("\n\n"), QStringLiteral(" ")) << '\n';
        return 2;
    }
    return 0;
}

} // namespace dyve::ui
