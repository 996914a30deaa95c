#pragma once

#include "models/inference_result.h"

#include <QString>

namespace dyve::ui {

// What the camera demo (SPEC §6 "large prediction text, fps and ms") prints, kept apart from its widget
// so it can be tested without a window. Frame rate and engine time are smoothed with an exponential
// moving average: a raw per-frame figure flickers too fast to read on a screen across the room.
class DemoReadout {
public:
    // `smoothing`: the weight of each new frame, in (0, 1]; 1 shows the last frame's figures unsmoothed.
    explicit DemoReadout(double smoothing = 0.15);

    // A result arrived at `atMs` (any monotonic clock, in ms) after `engineMs` in the engine;
    // `latencyMs`: how long before it arrived the camera read its frame (< 0: not a camera frame).
    void addFrame(double atMs, double engineMs, double latencyMs = -1.0);
    void reset();

    // Results per second as shown; 0 until two frames have arrived.
    double fps() const;
    // Engine milliseconds per frame as shown; 0 until a frame has arrived.
    double ms() const { return m_ms; }
    int frames() const { return m_frames; }
    // Milliseconds from the camera reading a frame to its result on screen, as shown: the engine, the
    // frame's wait for it and the hand-over together. 0 while no camera frame has arrived.
    double latencyMs() const { return m_latencyMs; }
    // "24.8 fps" and "3.21 ms per frame", in the current locale; a dash while there is nothing to show.
    QString fpsText() const;
    QString msText() const;
    // "48 ms camera → screen"; empty without a camera frame.
    QString latencyText() const;

    // The big line of the demo: the top class and its probability.
    struct Prediction {
        QString label;          // class name, "#3" when the model's card names none, "—" with no result
        QString probability;    // "97.3 %", empty with no result
        bool confident = false; // the top class has at least kConfident probability
    };
    static constexpr double kConfident = 0.5;
    static Prediction prediction(const InferenceResult& result);

    // A gap longer than this (a stalled source, a paused demo) restarts the frame-rate average instead of
    // dragging it down for many frames.
    static constexpr double kMaxIntervalMs = 2000.0;

private:
    double m_smoothing;
    int m_frames = 0;
    double m_lastAtMs = 0.0;
    double m_intervalMs = 0.0; // smoothed; 0 until two frames
    double m_ms = 0.0;         // smoothed
    double m_latencyMs = 0.0;  // smoothed; 0 until a camera frame
};

} // namespace dyve::ui
