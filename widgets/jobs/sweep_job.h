#pragma once

#include "jobs/background_job.h"

#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "effort/effort_profile.h"
#include "eval/sweep.h"
#include "runtime/network.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dyve::ui {

// What to sweep: a model (with its card) over a labelled data set at a series of effort levels, as
// `dyve sweep` does (SPEC §5.1).
struct SweepRequest {
    QString model;
    QString weights;     // Caffe: the .caffemodel; empty: the one beside the .prototxt
    QString modelSha256; // as opened on screen: a file changed since is refused (empty: no check)
    QString dataSet;     // empty: the card's default data set
    // The effort profile to sweep. Empty: the model's own in `profileDirs` (found by its SHA-256), else the
    // built-in uniform mapping calibrated on the card's default data (dyve::chooseModelEffort(), as the
    // knobs run it).
    QString profile;
    bool uniform = false; // sweep the calibrated uniform mapping even when the model has a profile
    std::vector<double> levels{0.0, 0.25, 0.5, 0.75, 1.0};
    dyve::SweepMechanisms mechanisms = dyve::SweepMechanisms::All;
    bool dense = true; // measure the dense path first, the reference of every level
    // Then each narrower width the model's card lists (issue 16), dense with its own head, for the Pareto
    // plot beside the levels.
    bool widths = true;
    size_t limit = 0;   // > 0: only the first `limit` images
    int batch = 8;      // see dyve::EvalOptions::batch
    int timingRuns = 5; // each point's time: the median of this many timed runs (dyve::SweepOptions)
    std::vector<std::string> cardDirs;    // where the model's card is looked for (SPEC §5.2)
    std::vector<std::string> profileDirs; // where the model's profile is looked for (dyve::profileDirs())
};

// What a sweep or a tuning job works on, opened on its thread: the model (ImportError naming the file when
// it is missing or unreadable), its card's preprocessing (DataError naming the model and the card fields it
// needs when it has no card), and the data set (`dataSet`, else the card's default data set; DataError
// naming it when it cannot be opened).
struct EffortJobInputs {
    std::string modelFile;
    std::string weightsFile;
    std::unique_ptr<dyve::Network> network;
    dyve::ModelCard card;
    std::unique_ptr<dyve::Preprocessor> pre;
    std::string dataPath;
    std::unique_ptr<dyve::Dataset> data;
};
// `modelSha256`: the model as the window opened it (requireModelUnchanged); empty checks nothing.
EffortJobInputs openEffortJobInputs(const QString& model, const QString& weights, const QString& modelSha256,
                                    const QString& dataSet, size_t limit,
                                    const std::vector<std::string>& cardDirs);

// Sweeps a model's effort levels over a labelled data set off the GUI thread, with the engine's
// sweepEffort() — the figures of `dyve sweep` (SPEC §3: one core, two front ends). Each point is handed
// over as soon as it is measured, so the Pareto plot grows while the sweep runs. Progress counts images
// over all points. The model is loaded afresh on the job's thread (a Network is not shared between
// threads).
class SweepJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit SweepJob(SweepRequest request, QObject* parent = nullptr);

    QString title() const override;
    const SweepRequest& request() const { return m_request; }

    // As delivered so far: the profile swept and where it came from, the data set, the finished points.
    const std::optional<dyve::EffortProfile>& profile() const { return m_profile; }
    const QString& profileSource() const { return m_profileSource; }
    const QString& dataSet() const { return m_dataSet; }
    size_t images() const { return m_images; }
    const std::vector<dyve::SweepPoint>& points() const { return m_points; }

signals:
    // Once the model, the data set and the profile are loaded, before the first point.
    void profileChosen(const dyve::EffortProfile& profile, const QString& source);
    // A point measured over the whole data set (a point cut short by a cancel is not delivered).
    void pointMeasured(const dyve::SweepPoint& point);
    // One line on where the sweep stands: "effort 0.50 (3 of 6): 120 of 500 images, top-1 91.2 %".
    void statusChanged(const QString& text);

protected:
    Work prepare() override;

private:
    SweepRequest m_request;
    std::optional<dyve::EffortProfile> m_profile;
    QString m_profileSource;
    QString m_dataSet;
    size_t m_images = 0;
    std::vector<dyve::SweepPoint> m_points;
};

} // namespace dyve::ui

Q_DECLARE_METATYPE(dyve::SweepPoint)
Q_DECLARE_METATYPE(dyve::EffortProfile)
