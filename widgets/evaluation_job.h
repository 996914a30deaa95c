#pragma once

#include "background_job.h"
#include "running_accuracy.h"

#include "eval/evaluator.h"

#include <QMetaType>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace dyve::ui {

// What to evaluate: a model (with its card) over a labelled data set, as `dyve eval` does.
struct EvaluationRequest {
    QString model;
    QString dataSet;
    std::vector<std::string> cardDirs; // where the model's card is looked for (SPEC §5.2)
    int batch = 8;                     // see dyve::EvalOptions::batch
    size_t limit = 0;                  // > 0: only the first `limit` images
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
    // Set when the evaluation ended, cancelled or not (a cancelled one covers the images done).
    const std::optional<dyve::EvalReport>& report() const { return m_report; }

signals:
    void batchEvaluated(const dyve::EvalProgress& progress);
    void reportReady(const dyve::EvalReport& report);

protected:
    Work prepare() override;

private:
    EvaluationRequest m_request;
    RunningAccuracy m_accuracy;
    std::optional<dyve::EvalReport> m_report;
};

} // namespace dyve::ui

Q_DECLARE_METATYPE(dyve::EvalProgress)
Q_DECLARE_METATYPE(dyve::EvalReport)
