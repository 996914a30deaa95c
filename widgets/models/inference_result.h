#pragma once

#include "bench/dense_effort_speed.h"
#include "data/classification.h"
#include "data/model_card.h"
#include "effort/effort_profile.h"
#include "effort/effort_stats.h"
#include "runtime/run_result.h"

#include <QImage>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dyve::ui {

// What the effort path did in one layer of one run (SPEC §4.6): its counts and its masks. A dense run has
// none; an effort run has one per layer that ran its EffortConv.
struct LayerEffort {
    dyve::LayerEffortStats stats;
    dyve::EffortMasks masks;
};

// The same input run dense beside an effort run (SPEC §6 "dense ↔ effort comparison"): what the comparison
// view sets against the effort run's own numbers.
struct DenseReference {
    dyve::RunResult run;               // its outputs, per-layer stats and time
    std::vector<dyve::ClassScore> top; // best first (up to 5)
};

// One run of one input as the studio shows it: the engine's RunResult (the same type the CLI prints,
// SPEC §3) plus what the views need beside it — the decoded input, its top classes and ground truth.
// Where the width cascade (runtime/width_cascade.h) stopped for one input, and why.
struct CascadeReach {
    std::vector<double> fractions;    // the cascade's widths, narrowest first
    std::vector<double> thresholds;   // one per width but the last
    std::vector<double> confidences;  // per width tried: its head's softmax maximum
    size_t reached = 0;               // the width that answered: the last one tried
    std::vector<int64_t> executedOps; // per width tried: its run or widening
    // Per layer of the run: the output channels at full width (the maps a heatmap lays out).
    std::vector<int64_t> fullWidthChannels;

    double fraction() const { return reached < fractions.size() ? fractions[reached] : 1.0; }
};

struct InferenceResult {
    dyve::RunResult run;
    // Per layer of run.layers; empty for a dense run, nullopt for a layer the effort path left dense.
    std::vector<std::optional<LayerEffort>> effort;
    // The share of the channels the run computed (1: full width; RunMode::width); through the cascade, the
    // width it reached.
    double width = 1.0;
    // When the job's effort level runs the width cascade (EffortSettings::widthThresholds): where it stopped.
    std::optional<CascadeReach> cascade;
    // Whether `run` took the effort path (the job's RunMode had effort settings), even where every
    // mechanism was off.
    bool effortRun = false;
    // The effort level the job's settings were made at (the knob panel's), -1 when not said.
    double effortLevel = -1.0;
    // The input on screen run again only to time it (InferenceJob::timingRerun): not a new run to count.
    bool timingRerun = false;
    // The input run dense too, when the job asked for the comparison; for a dense job, the run itself.
    std::optional<DenseReference> dense;
    // The input timed both ways (medians of repeated runs), when the job asked for it (InferenceJob::
    // speedRuns) and ran the effort path.
    std::optional<dyve::DenseEffortSpeed> speed;

    int inputIndex = -1;
    QString inputName;
    QImage image;                      // the input as decoded, before preprocessing
    int label = -1;                    // ground truth when the input set is labelled
    std::vector<dyve::ClassScore> top; // best first (up to 5)
    QStringList classNames;            // of the model's card (may be empty)
    // A camera frame: when the camera read it (frame_clock.h), so that a view can tell how old the picture
    // it shows is (grab → view latency). 0 for an input from a file.
    qint64 grabbedNs = 0;

    bool hasEffort() const {
        for (const auto& e : effort)
            if (e) return true;
        return false;
    }
    // "class 3" when the card names no classes.
    QString className(int index) const {
        if (index >= 0 && index < classNames.size()) return classNames.at(index);
        return QStringLiteral("#%1").arg(index);
    }
};

// What a loaded model is, for the window's title, status bar and the views' empty states.
struct ModelSummary {
    QString path;
    QString name;     // the card's name, else the file name
    QString format;   // "onnx" or "caffe"
    QString sha256;   // dyve::effortModelDigest(): of the .onnx, or of a Caffe model's .caffemodel
    QString cardFile; // empty when no card was found
    QString inputShape;
    QString defaultData; // the card's default data set, as written in the card
    int layers = 0;
    qint64 denseOps = 0;
    qint64 executedOps = 0; // of a dense run: denseOps less the zero weights skipped
    QStringList classNames;

    // SPEC §4.7: what the effort levels of the knob panel map to — the model's tuned profile (found in the
    // profile folders by the model's SHA-256), else the uniform mapping calibrated on the card's default
    // data set; none when neither could be had, and effortProblem says why.
    std::optional<dyve::EffortProfile> profile;
    QString profileSource; // the profile file, or "uniform, calibrated on 64 images of …"
    bool uniformProfile = false;
    QString effortProblem;       // why there is no profile, or why a profile found was not used
    QStringList effortLayers;    // Network::effortLayers(), in order
    dyve::WidthSteps widthSteps; // the card's: the channel widths the model was trained for (issue 16)
};

// The images a run steps through: a labelled data set, a folder or a list of files.
struct InputSetSummary {
    QString source;
    QStringList names;   // one per input, for the position display
    QVector<int> labels; // -1 where unknown
    bool labelled = false;
};

} // namespace dyve::ui

Q_DECLARE_METATYPE(dyve::ui::InferenceResult)
Q_DECLARE_METATYPE(dyve::ui::ModelSummary)
Q_DECLARE_METATYPE(dyve::ui::InputSetSummary)
