#pragma once

#include "jobs/background_job.h"
#include "models/running_accuracy.h"

#include "effort/effort_settings.h"
#include "eval/evaluator.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace dyve::ui {

// What to evaluate: a model (with its card) over a labelled data set, as `dyve eval` does.
struct EvaluationRequest {
    QString model;
    QString modelSha256; // as opened on screen: a file changed since is refused (empty: no check)
    QString dataSet;
    std::vector<std::string> cardDirs; // where the model's card is looked for (SPEC §5.2)
    int batch = 8;                     // see dyve::EvalOptions::batch
    size_t limit = 0;                  // > 0: only the first `limit` images
    // The setting to evaluate at — the knobs' (SPEC §6: Tools ▸ Evaluate runs what the knob shows); none:
    // the dense path. `setting` says which, for people: "effort 0.60 (profile x.profile.json)".
    std::optional<dyve::EffortSettings> effort;
    QString setting;
    bool withDense = false; // with effort: also evaluate dense on the same images, and compare the top-1s
};

// The same images evaluated dense beside an effort evaluation: its report and the images where the two
// put a different class first.
struct DenseBeside {
    dyve::EvalReport dense;
    QStringList disagreements; // the images' names (Dataset::describe), in the data set's order
};

// Evaluates a model over a labelled data set off the GUI thread (Tools ▸ Evaluate Data Set…), with the
// engine's evaluate() — the same code and figures as `dyve eval` (SPEC §3: one core, two front ends).
// The model is loaded afresh on the job's thread: a Network is not shared between threads, and the
// live view keeps its own.
class EvaluationJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit EvaluationJob(EvaluationRequest request, QObject* parent = nullptr);

    QString title() const override;
    const EvaluationRequest& request() const { return m_request; }
    // Per finished batch, as delivered so far.
    const RunningAccuracy& accuracy() const { return m_accuracy; }
    // Set when the evaluation ended, cancelled or not (a cancelled one covers the images done): the run at
    // the request's setting.
    const std::optional<dyve::EvalReport>& report() const { return m_report; }
    // Set when the request asked for dense beside the effort run and both finished.
    const std::optional<DenseBeside>& denseBeside() const { return m_dense; }

signals:
    void batchEvaluated(const dyve::EvalProgress& progress);
    void reportReady(const dyve::EvalReport& report);
    void denseBesideReady(const dyve::ui::DenseBeside& dense);

protected:
    Work prepare() override;

private:
    EvaluationRequest m_request;
    RunningAccuracy m_accuracy;
    std::optional<dyve::EvalReport> m_report;
    std::optional<DenseBeside> m_dense;
};

} // namespace dyve::ui

Q_DECLARE_METATYPE(dyve::EvalProgress)
Q_DECLARE_METATYPE(dyve::EvalReport)
Q_DECLARE_METATYPE(dyve::ui::DenseBeside)
