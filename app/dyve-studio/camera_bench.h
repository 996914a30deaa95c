#pragma once

#include <QString>

namespace dyve::ui {

// `dyve-studio --bench-camera VIDEO [--model M] [--seconds N] [--level E]`: the frames per second of a video
// file standing in for a camera, with the window and its heatmaps on screen — the figure SPEC §9's camera
// demo rests on. Opens the window on the model (the bundled one when empty), makes sure the heatmap dock is
// shown, and plays the file as a camera *unpaced*: the file waits for the engine, so every grabbed frame
// runs and the rate is what the engine and the views sustain, not the file's own frame rate. Runs
// `seconds` dense (effort level 0), then `seconds` at `level` (1.0 is the model's tuned profile at its most
// aggressive), each after a few frames of warm-up, and prints per run the frames that reached the views per
// second, the engine's median and 90th-percentile time per frame, the same for the interval from one frame
// reaching the views to the next (engine, hand-over and the views' work together), the same for the time
// from the camera reading a frame to its result reaching the views (InferenceResult::grabbedNs), and the
// frames grabbed and dropped; a table, then one JSON line. With `paced` the file plays at its own frame
// rate, as a camera delivers frames: frames the engine cannot take are dropped, and camera → view is the
// latency a viewer of a live camera sees (unpaced, a frame also waits in the slot for the frame before it).
// Returns the process's exit code: 0, or 2 when the model, its effort profile or the video cannot be used.
int runCameraBench(const QString& video, const QString& model, int seconds = 10, double level = 1.0,
                   bool paced = false);

} // namespace dyve::ui
