#pragma once

#include <QtGlobal>

#include <chrono>

namespace dyve::ui {

// The clock a camera frame's grab time is read on (InferenceResult::grabbedNs): monotonic, shared by the
// capture thread and the GUI thread, in nanoseconds from an arbitrary start.
inline qint64 frameClockNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Milliseconds from a frame's grab (frameClockNs() then) to now: its camera → view latency.
inline double msSinceGrab(qint64 grabbedNs) {
    return double(frameClockNs() - grabbedNs) / 1e6;
}

} // namespace dyve::ui
