#pragma once

#include <QString>

namespace dyve::ui {

struct SoakOptions {
    QString video;   // a video file played as a live camera; empty: one made of the sample images
    QString model;   // empty: the bundled model
    QString profile; // an effort profile to load into the knob panel; empty: the model's own
    double level = 1.0;
    int seconds = 3600;
    int intervalSeconds = 60;
};

// `dyve-studio --soak [VIDEO] [--model M] [--profile P] [--level E] [--seconds N] [--interval N]`: the studio
// playing a video file as a live camera (paced, at the file's frame rate; frames the engine cannot take
// are dropped), with the heatmaps shown, for `seconds` (an hour by default), writing down at every
// interval the process's resident memory, the frames shown and dropped and the camera → view latency; a
// table row per interval, then one JSON line (SoakLog::toJson) and the verdict. Returns 0 when memory and
// latency stayed flat (SoakLimits), 1 when they did not (each problem printed), 2 when the model, profile
// or video cannot be used.
int runSoak(const SoakOptions& options);

} // namespace dyve::ui
