#pragma once

#include "models/effort_control.h"
#include "models/inference_result.h"
#include "models/pareto_series.h"

#include "eval/evaluator.h"
#include "report/run_report.h"

#include <QImage>
#include <QString>

namespace dyve::ui {

// Puts together what the studio shows as the engine's run report (report/run_report.h, SPEC §2 "export
// figures and a report"): the same sections and numbers `dyve run --report` and `dyve eval --report`
// write, plus the studio's own — the comparison with dense, the knob panel's scales and overrides, the
// evaluation, sweep and tuning it ran, and its plots and heatmaps as figures.
class ReportBuilder {
public:
    explicit ReportBuilder(const ModelSummary& model);

    // The input on screen: its top classes, its per-layer table and, when it was run dense too, the dense
    // side. When it took the effort path, the knob panel's setting (`control`, its profile from
    // `profileSource`) is the report's Effort section; a dense result is reported as dense whatever the
    // knobs say now.
    void setResult(const InferenceResult& result, const EffortControl& control, const QString& profileSource);
    // `reference`: the same images evaluated in turn on the path the report compares with (dense beside
    // an effort evaluation, full width beside a width cascade's).
    void setEvaluation(const dyve::EvalReport& report, const std::optional<dyve::EvalReport>& reference = {});
    // The sweep's and the tuning's points, as the Pareto dock shows them.
    void setPareto(const ParetoSeries& series);
    // Null images are skipped.
    void addFigure(const QString& title, const QString& caption, const QImage& image);

    const dyve::RunReport& report() const { return m_report; }
    // Writes the HTML report; throws dyve::Error naming the file when it cannot be written.
    void save(const QString& file) const;

    // The input as the input view shows it — scaled without blur when small, with the effort overlay
    // when the result has one — `longSide` pixels on its longer side.
    static QImage inputPicture(const InferenceResult& result, int longSide = 384);

private:
    void setEffort(const EffortControl& control, const QString& profileSource);

    dyve::RunReport m_report;
};

} // namespace dyve::ui
