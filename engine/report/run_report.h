#pragma once

#include "data/classification.h"
#include "effort/effort_profile.h"
#include "eval/evaluator.h"
#include "runtime/run_result.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dyve {

// A picture in a report, already encoded as PNG: the studio renders its plots and heatmaps; the engine
// draws nothing.
struct ReportFigure {
    std::string title;
    std::string caption;
    std::vector<unsigned char> png;
};

// One input and what the engine made of it.
struct ReportInput {
    std::string name;
    int label = -1;              // ground truth, -1 when unknown
    std::vector<ClassScore> top; // best first
    RunResult run;               // the run the report is about (effort or dense)
    // The same input run dense (the studio's comparison, SPEC §6), beside an effort run.
    std::optional<RunResult> dense;
    std::vector<ClassScore> denseTop;
};

// A point of an accuracy-against-operations table: a sweep's level or dense path, a tuned profile's level
// or a configuration its tuning rejected.
struct ReportEffortPoint {
    enum class Kind { Dense, Level, Rejected, Width };
    Kind kind = Kind::Level;
    std::optional<double> effort; // a level's
    double width = 1.0;           // a fixed channel width's share of the channels (Kind::Width)
    double top1 = 0.0;            // fraction
    double ops = 0.0;             // executed operations per image
    double denseOps = 0.0;        // the dense path's, 0 when not known
    double ms = 0.0;              // engine time per image
    bool onFront = false;         // on the Pareto front of its table
};

// Everything one report says (SPEC §2 "export figures and a report"): the model, the effort setting,
// the inputs with their per-layer tables, and — when they were measured — an evaluation, a sweep and a
// tuned profile's Pareto table, with the figures the front end drew. Written by `dyve run --report` and
// the studio's File ▸ Export ▸ Report, so both report the same numbers in the same form.
struct RunReport {
    std::string generator; // "dyve run 0.4.0", "dyve-studio 0.4.0"
    std::string created;   // local time, "2026-11-25 14:03"
    int threads = 1;

    std::string modelPath;
    std::string modelName; // the card's name
    std::string modelFormat;
    std::string modelSha256;
    std::string cardFile;
    std::vector<std::string> classNames;

    // None: the dense path. Else the effort level (SPEC §4.7) and where its knobs come from.
    std::optional<double> effortLevel;
    std::string effortSource;
    std::vector<std::pair<std::string, std::string>> effortDetails; // further knobs, as (name, value)

    std::vector<ReportInput> inputs;

    std::optional<EvalReport> evaluation;
    // The same images evaluated in turn with `evaluation` on the path it is measured against: the full width
    // beside a width cascade (EvalReport::widthsReached), the dense path beside an effort evaluation.
    std::optional<EvalReport> evaluationReference;
    std::vector<ReportEffortPoint> sweep;  // an effort sweep's dense path and levels
    std::string sweepData;                 // what it measured, for people
    std::vector<ReportEffortPoint> tuning; // a tuned profile's Pareto table
    std::string tuningData;

    std::vector<ReportFigure> figures;
};

// A self-contained HTML page: inline style, figures as data: URIs, tables sortable by clicking a header.
void writeHtmlReport(std::ostream& out, const RunReport& report);
// The same into a file, whole or not at all (writeFileAtomically); throws dyve::DataError naming the file
// and the reason when it cannot be written.
void saveHtmlReport(const std::string& file, const RunReport& report);

std::string htmlEscape(const std::string& text);
std::string base64(const std::vector<unsigned char>& bytes);
// The local time now as "YYYY-MM-DD HH:MM", for RunReport::created.
std::string reportTimestamp();

} // namespace dyve
