#pragma once

#include "models/inference_result.h"

#include <QString>

#include <deque>

namespace dyve::ui {

// What the camera demo (SPEC §6 "large prediction text, fps and ms") prints, kept apart from its widget
// so it can be tested without a window. Frame rate, engine time and latency are those of the frames of the
// last second (a window of time, not of frames): a raw per-frame figure flickers too fast to read on a
// screen across the room, and a width cascade's engine time changes from frame to frame with the width
// that answered, so its mean over the window is the figure that compares two effort levels. At 30 fps the
// window holds 30 frames, at 400 fps (a video file played unpaced) 400.
class DemoReadout {
public:
    // `windowMs`: how far back the figures reach, above 0.
    explicit DemoReadout(double windowMs = 1000.0);

    // A result arrived at `atMs` (any monotonic clock, in ms) after `engineMs` in the engine;
    // `latencyMs`: how long before it arrived the camera read its frame (< 0: not a camera frame).
    void addFrame(double atMs, double engineMs, double latencyMs = -1.0);
    void reset();

    // Results per second over the window as shown; 0 until two frames have arrived.
    double fps() const;
    // Mean engine milliseconds per frame over the window; 0 until a frame has arrived.
    double ms() const;
    int frames() const { return m_frames; }
    // Mean milliseconds from the camera reading a frame to its result on screen over the window: the
    // engine, the frame's wait for it and the hand-over together. 0 while no camera frame has arrived.
    double latencyMs() const;
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

    // A gap longer than this (a stalled source, a paused demo) starts the window again instead of dragging
    // the frame rate down for a whole window.
    static constexpr double kMaxIntervalMs = 2000.0;

private:
    struct Frame {
        double atMs, engineMs, latencyMs; // latencyMs < 0: not a camera frame
    };
    double m_windowMs;
    int m_frames = 0;
    std::deque<Frame> m_window; // the frames of the last m_windowMs, oldest first
};

} // namespace dyve::ui
