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
// reaching the views to the next (engine, hand-over and the views' work together), and the frames grabbed
// and dropped; a table, then one JSON line. A frame's grab time is not visible outside CameraWorker, so no
// grab-to-view time is given.
// Returns the process's exit code: 0, or 2 when the model, its effort profile or the video cannot be used.
int runCameraBench(const QString& video, const QString& model, int seconds = 10, double level = 1.0);

} // namespace dyve::ui
