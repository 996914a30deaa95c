#include "run_report.h"

#include "core/errors.h"
#include "core/file_output.h"
#include "core/number_text.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <ostream>
#include <sstream>

namespace dyve {

namespace {

// One row of a per-layer table, from a run (LayerStats) or an evaluation (EvalLayerTotals, per image).
struct LayerRow {
    std::string name;
    std::string op;
    std::string shape; // empty for an evaluation's totals
    double denseOps = 0.0;
    double executedOps = 0.0;
    double ms = 0.0;
    bool effortPath = false;
    LayerEffortStats effort;
};

const char* const kStyle = R"(
body{font:14px/1.45 system-ui,sans-serif;color:#1d1d1f;margin:2em auto;max-width:1100px;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #ccc}
.meta{color:#666}table{border-collapse:collapse;margin:.6em 0}
th,td{padding:.2em .6em;border-bottom:1px solid #e4e4e4;text-align:left;vertical-align:middle}
th{background:#f3f3f3;position:sticky;top:0}table.sortable th{cursor:pointer}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.facts th{background:none;font-weight:normal;color:#555;position:static}
.bar{background:#d6d6d6;height:9px;min-width:1px}.bar span{display:block;height:100%;background:#2f6fba}
.good{color:#1a7f37}.bad{color:#c62828}figure{margin:1em 0}figure img{max-width:100%;border:1px solid #ddd}
figcaption{color:#555}details summary{cursor:pointer;margin:.4em 0}
)";

// Clicking a header sorts by it (numbers by their data-v value), again reverses.
const char* const kSortScript = R"(
document.querySelectorAll('table.sortable').forEach(function(t){
 t.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){
  var b=t.tBodies[0],r=Array.from(b.rows),d=th.dataset.d==='a'?-1:1;th.dataset.d=d>0?'a':'d';
  r.sort(function(x,y){var p=x.cells[i],q=y.cells[i],u=p.dataset.v,v=q.dataset.v;
   if(u!==undefined&&v!==undefined)return d*(parseFloat(u)-parseFloat(v));
   return d*p.textContent.localeCompare(q.textContent);});
  r.forEach(function(x){b.appendChild(x);});});});});
)";

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.9g", value);
    return buffer;
}

// A numeric cell: the text shown and the value it sorts by.
std::string numberCell(const std::string& text, double value) {
    return "<td class=\"n\" data-v=\"" + number(value) + "\">" + htmlEscape(text) + "</td>";
}

std::string emptyCell() {
    return "<td class=\"n\" data-v=\"-1\">—</td>";
}

std::string shareCell(int64_t part, int64_t whole, bool reported) {
    if (!reported || whole <= 0) return emptyCell();
    const double fraction = double(part) / double(whole);
    return numberCell(percent(fraction, 1), 100.0 * fraction);
}

std::string className(const RunReport& report, int index) {
    if (index >= 0 && size_t(index) < report.classNames.size()) return report.classNames[size_t(index)];
    return "class " + std::to_string(index);
}

void fact(std::ostream& out, const std::string& name, const std::string& value) {
    out << "<tr><th>" << htmlEscape(name) << "</th><td>" << htmlEscape(value) << "</td></tr>\n";
}

std::string reductionText(double dense, double executed) {
    return executed > 0.0 ? fixed(dense / executed, 2) + "×" : "—";
}

void writeLayerTable(std::ostream& out, const std::vector<LayerRow>& rows, const std::string& opsUnit) {
    double maxDense = 0.0;
    bool shapes = false;
    for (const LayerRow& r : rows) {
        maxDense = std::max(maxDense, r.denseOps);
        shapes = shapes || !r.shape.empty();
    }
    out << "<table class=\"sortable layers\"><thead><tr><th>#</th><th>Layer</th><th>Operator</th>";
    if (shapes) out << "<th>Output</th>";
    out << "<th>Dense ops" << opsUnit << "</th><th>Executed ops" << opsUnit
        << "</th><th>Reduction</th><th title=\"executed (blue) within dense (grey), to scale across "
           "layers\">Operations</th><th>Time (ms"
        << opsUnit << ")</th><th>SPET %</th><th>SDSS %</th><th>SFMA %</th><th>Zero-skip %</th></tr></thead>"
        << "<tbody>\n";
    for (size_t i = 0; i < rows.size(); ++i) {
        const LayerRow& r = rows[i];
        const LayerEffortStats& e = r.effort;
        out << "<tr>" << numberCell(std::to_string(i + 1), double(i + 1)) << "<td>" << htmlEscape(r.name)
            << "</td><td>" << htmlEscape(r.op) << "</td>";
        if (shapes) out << "<td>" << htmlEscape(r.shape) << "</td>";
        out << numberCell(siNumber(r.denseOps), r.denseOps)
            << numberCell(siNumber(r.executedOps), r.executedOps);
        if (r.executedOps > 0.0)
            out << numberCell(reductionText(r.denseOps, r.executedOps), r.denseOps / r.executedOps);
        else
            out << emptyCell();
        const double width = maxDense > 0.0 ? 100.0 * r.denseOps / maxDense : 0.0;
        const double filled = r.denseOps > 0.0 ? std::min(100.0, 100.0 * r.executedOps / r.denseOps) : 0.0;
        out << "<td data-v=\"" << number(r.denseOps)
            << "\" style=\"min-width:8em\"><div class=\"bar\" style=\"width:" << fixed(width, 1)
            << "%\"><span style=\"width:" << fixed(filled, 1) << "%\"></span></div></td>";
        out << numberCell(fixed(r.ms, 3), r.ms) << shareCell(e.spetTerminated, e.neurons, r.effortPath)
            << shareCell(e.sdssInterpolated, e.neurons, r.effortPath)
            << shareCell(e.sfmaApproximated, e.inputMaps, r.effortPath)
            << shareCell(e.sfmaZeroSkipped, e.inputMaps, r.effortPath) << "</tr>\n";
    }
    out << "</tbody></table>\n";
}

std::vector<LayerRow> rowsOf(const RunResult& run) {
    std::vector<LayerRow> rows;
    for (const LayerStats& l : run.layers)
        rows.push_back({l.name, l.op, toString(l.outputShape), double(l.denseOps), double(l.executedOps),
                        l.ms, l.effortPath, l.effort});
    return rows;
}

std::vector<LayerRow> rowsOf(const EvalReport& eval) {
    const double images = double(std::max<size_t>(eval.images, 1));
    std::vector<LayerRow> rows;
    for (const EvalLayerTotals& l : eval.layers)
        rows.push_back({l.name,
                        l.op,
                        {},
                        double(l.denseOps) / images,
                        double(l.executedOps) / images,
                        l.ms / images,
                        l.effortPath,
                        l.effort});
    return rows;
}

void writeTop(std::ostream& out, const RunReport& report, const ReportInput& input) {
    const bool dense = input.dense.has_value();
    out << "<table class=\"top\"><thead><tr><th>#</th><th>Class</th><th>Index</th><th>Probability</th>";
    if (dense) out << "<th>Dense class</th><th>Dense probability</th>";
    out << "</tr></thead><tbody>\n";
    const size_t rows = std::max(input.top.size(), dense ? input.denseTop.size() : size_t(0));
    for (size_t r = 0; r < rows; ++r) {
        out << "<tr>" << numberCell(std::to_string(r + 1), double(r + 1));
        if (r < input.top.size()) {
            const ClassScore& s = input.top[r];
            const bool truth = s.index == input.label;
            out << "<td" << (truth ? " class=\"good\"" : "") << ">" << htmlEscape(className(report, s.index))
                << (truth ? " ✓" : "") << "</td>" << numberCell(std::to_string(s.index), s.index)
                << numberCell(fixed(s.score, 4), s.score);
        } else {
            out << "<td></td><td></td><td></td>";
        }
        if (dense) {
            if (r < input.denseTop.size())
                out << "<td>" << htmlEscape(className(report, input.denseTop[r].index)) << "</td>"
                    << numberCell(fixed(input.denseTop[r].score, 4), input.denseTop[r].score);
            else
                out << "<td></td><td></td>";
        }
        out << "</tr>\n";
    }
    out << "</tbody></table>\n";
}

void writeInput(std::ostream& out, const RunReport& report, const ReportInput& input, bool open) {
    out << "<h2>Input: " << htmlEscape(input.name) << "</h2>\n<table class=\"facts\">\n";
    if (input.label >= 0) {
        const bool right = !input.top.empty() && input.top.front().index == input.label;
        out << "<tr><th>Ground truth</th><td>" << htmlEscape(className(report, input.label))
            << " <span class=\"" << (right ? "good\">top-1 right" : "bad\">top-1 wrong")
            << "</span></td></tr>\n";
    }
    const RunResult& run = input.run;
    fact(out, "Time", fixed(run.ms, 3) + " ms");
    fact(out, "Operations",
         siNumber(double(run.executedOps())) + " executed of " + siNumber(double(run.denseOps())) +
             " dense (" + reductionText(double(run.denseOps()), double(run.executedOps())) + " fewer)");
    if (input.dense) {
        const RunResult& d = *input.dense;
        fact(out, "Dense time",
             fixed(d.ms, 3) + " ms (effort ÷ dense " +
                 (d.ms > 0.0 ? fixed(run.ms / d.ms, 2) : std::string("—")) + ")");
        if (!input.top.empty() && !input.denseTop.empty())
            fact(out, "Top-1 against dense",
                 input.top.front().index == input.denseTop.front().index ? "the same class" : "different");
    }
    out << "</table>\n";
    writeTop(out, report, input);
    out << "<details" << (open ? " open" : "") << "><summary>Per layer (" << run.layers.size()
        << " layers)</summary>\n";
    writeLayerTable(out, rowsOf(run), "");
    out << "</details>\n";
}

// Where a width cascade's images stopped: per width, how many and what they cost.
void writeWidthsReached(std::ostream& out, const EvalReport& eval) {
    out << "<table class=\"sortable\"><thead><tr><th>Stopped at width</th><th>Images</th><th>Share</th>"
           "<th>Ops / image</th><th>ms / image</th></tr></thead><tbody>\n";
    for (const WidthReached& w : eval.widthsReached) {
        const double images = double(w.images);
        out << "<tr>" << numberCell(widthText(w.fraction), w.fraction)
            << numberCell(std::to_string(w.images), images)
            << shareCell(int64_t(w.images), int64_t(eval.images), true)
            << (w.images
                    ? numberCell(siNumber(double(w.executedOps) / images), double(w.executedOps) / images)
                    : emptyCell())
            << (w.images ? numberCell(fixed(w.ms / images, 4), w.ms / images) : emptyCell()) << "</tr>\n";
    }
    out << "</tbody></table>\n";
}

void writeEvaluation(std::ostream& out, const EvalReport& eval, const std::optional<EvalReport>& reference) {
    const bool cascade = !eval.widthsReached.empty();
    const std::string referenceName = cascade ? "full width" : "dense";
    out << "<h2>Evaluation</h2>\n<table class=\"facts\">\n";
    fact(out, "Data set", eval.dataset);
    fact(out, "Images", std::to_string(eval.images) + (eval.cancelled ? " (cancelled before the end)" : ""));
    fact(out, "Path", cascade ? "width cascade (batch 1)" : eval.effortMode ? "effort" : "dense");
    fact(out, "Top-1",
         percent(eval.top1()) +
             (reference ? " (" + referenceName + " " + percent(reference->top1()) + ", same class on " +
                              percent(classAgreement(eval, *reference)) + ")"
                        : std::string()));
    fact(out, "Top-5",
         percent(eval.top5()) +
             (reference ? " (" + referenceName + " " + percent(reference->top5()) + ")" : std::string()));
    if (cascade && reference)
        fact(out, "Operations per image",
             siNumber(eval.executedOpsPerImage()) + " executed, " +
                 siNumber(reference->executedOpsPerImage()) + " at full width (" +
                 fixed(reference->executedOpsPerImage() / std::max(eval.executedOpsPerImage(), 1.0), 2) +
                 "× fewer)");
    else
        fact(out, "Operations per image",
             siNumber(eval.executedOpsPerImage()) + " executed of " + siNumber(eval.denseOpsPerImage()) +
                 " dense (" + fixed(eval.opsReduction(), 2) + "× fewer)");
    // A cascade's evaluation runs the full width in turn with it, image by image: its wall time covers both.
    fact(out, "Time per image",
         fixed(eval.msPerImage(), 4) + " ms (engine), " + fixed(eval.imagesPerSecond(), 1) +
             " images/s end to end" + (cascade && reference ? " (both paths, in turn)" : ""));
    if (reference && reference->msPerImage() > 0.0 && eval.msPerImage() > 0.0)
        fact(out, "Time per image, " + referenceName,
             fixed(reference->msPerImage(), 4) + " ms (engine), " +
                 (cascade ? "image by image in turn with it: " : "evaluated after it: ") +
                 fixed(reference->msPerImage() / eval.msPerImage(), 2) + "× the time of the run above");
    fact(out, "Batch, threads", std::to_string(eval.batch) + ", " + std::to_string(eval.threads));
    out << "</table>\n";
    if (cascade) writeWidthsReached(out, eval);
    if (!eval.layers.empty()) {
        out << "<details><summary>Per layer, per image (" << eval.layers.size() << " layers)</summary>\n";
        writeLayerTable(out, rowsOf(eval), " / image");
        out << "</details>\n";
    }
}

void writeEffortPoints(std::ostream& out, const std::string& title, const std::string& data,
                       const std::vector<ReportEffortPoint>& points) {
    out << "<h2>" << htmlEscape(title) << "</h2>\n";
    if (!data.empty()) out << "<p>" << htmlEscape(data) << "</p>\n";
    const ReportEffortPoint* dense = nullptr;
    for (const ReportEffortPoint& p : points)
        if (p.kind == ReportEffortPoint::Kind::Dense) dense = &p;
    out << "<table class=\"sortable\"><thead><tr><th>Effort</th><th>Top-1</th><th>Δ pp</th><th>Ops / "
           "image</th>"
           "<th>Reduction</th><th>ms / image</th><th>Pareto front</th></tr></thead><tbody>\n";
    for (const ReportEffortPoint& p : points) {
        out << "<tr>";
        switch (p.kind) {
        case ReportEffortPoint::Kind::Dense:
            out << "<td data-v=\"-1\">dense</td>";
            break;
        case ReportEffortPoint::Kind::Rejected:
            out << "<td data-v=\"-1\">rejected</td>";
            break;
        case ReportEffortPoint::Kind::Level:
            out << (p.effort ? numberCell(fixed(*p.effort, 3), *p.effort) : emptyCell());
            break;
        case ReportEffortPoint::Kind::Width:
            out << "<td data-v=\"-1\">width " << htmlEscape(widthText(p.width)) << "</td>";
            break;
        }
        out << numberCell(percent(p.top1), p.top1);
        if (dense && p.kind != ReportEffortPoint::Kind::Dense) {
            const double pp = 100.0 * (p.top1 - dense->top1);
            out << numberCell((pp >= 0 ? "+" : "") + fixed(pp, 2), pp);
        } else {
            out << emptyCell();
        }
        out << numberCell(siNumber(p.ops), p.ops);
        if (p.ops > 0.0 && p.denseOps > 0.0)
            out << numberCell(fixed(p.denseOps / p.ops, 3) + "×", p.denseOps / p.ops);
        else
            out << emptyCell();
        // A tuned profile's dense point has no time: its summary keeps only accuracy and operations.
        out << (p.ms > 0.0 ? numberCell(fixed(p.ms, 3), p.ms) : emptyCell()) << "<td>"
            << (p.onFront ? "yes" : "") << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

} // namespace

std::string htmlEscape(const std::string& text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        case '\'':
            escaped += "&#39;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

std::string base64(const std::vector<unsigned char>& bytes) {
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string text;
    text.reserve((bytes.size() + 2) / 3 * 4);
    for (size_t i = 0; i < bytes.size(); i += 3) {
        const size_t n = std::min<size_t>(3, bytes.size() - i);
        uint32_t v = uint32_t(bytes[i]) << 16;
        if (n > 1) v |= uint32_t(bytes[i + 1]) << 8;
        if (n > 2) v |= uint32_t(bytes[i + 2]);
        text += kAlphabet[(v >> 18) & 63];
        text += kAlphabet[(v >> 12) & 63];
        text += n > 1 ? kAlphabet[(v >> 6) & 63] : '=';
        text += n > 2 ? kAlphabet[v & 63] : '=';
    }
    return text;
}

std::string reportTimestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local);
    return buffer;
}

void writeHtmlReport(std::ostream& out, const RunReport& report) {
    const std::string title =
        "DyVE report: " + (report.modelName.empty() ? report.modelPath : report.modelName);
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" << htmlEscape(title)
        << "</title>\n<style>" << kStyle << "</style></head><body>\n<h1>" << htmlEscape(title) << "</h1>\n"
        << "<p class=\"meta\">" << htmlEscape(report.generator) << " · " << htmlEscape(report.created)
        << " · " << report.threads << (report.threads == 1 ? " thread" : " threads") << "</p>\n";

    out << "<h2>Model</h2>\n<table class=\"facts\">\n";
    fact(out, "File", report.modelPath);
    if (!report.modelFormat.empty()) fact(out, "Format", report.modelFormat);
    if (!report.modelSha256.empty()) fact(out, "SHA-256", report.modelSha256);
    fact(out, "Card", report.cardFile.empty() ? "none" : report.cardFile);
    if (!report.classNames.empty()) fact(out, "Classes", std::to_string(report.classNames.size()));
    out << "</table>\n<h2>Effort</h2>\n<table class=\"facts\">\n";
    if (report.effortLevel) {
        fact(out, "Path", "effort, level " + fixed(*report.effortLevel, 2));
        fact(out, "Knobs from", report.effortSource);
    } else {
        fact(out, "Path", "dense");
    }
    for (const auto& [name, value] : report.effortDetails)
        fact(out, name, value);
    out << "</table>\n";

    for (size_t i = 0; i < report.inputs.size(); ++i)
        writeInput(out, report, report.inputs[i], i == 0);
    if (report.evaluation) writeEvaluation(out, *report.evaluation, report.evaluationReference);
    if (!report.sweep.empty()) writeEffortPoints(out, "Effort sweep", report.sweepData, report.sweep);
    if (!report.tuning.empty()) writeEffortPoints(out, "Tuned profile", report.tuningData, report.tuning);

    if (!report.figures.empty()) out << "<h2>Figures</h2>\n";
    for (const ReportFigure& f : report.figures) {
        out << "<figure><figcaption><b>" << htmlEscape(f.title) << "</b>"
            << (f.caption.empty() ? "" : " — " + htmlEscape(f.caption)) << "</figcaption>\n<img alt=\""
            << htmlEscape(f.title) << "\" src=\"data:image/png;base64," << base64(f.png) << "\"></figure>\n";
    }
    out << "<script>" << kSortScript << "</script>\n</body></html>\n";
}

void saveHtmlReport(const std::string& file, const RunReport& report) {
    std::ostringstream html;
    writeHtmlReport(html, report);
    writeFileAtomically(file, html.str(), "report");
}

} // namespace dyve
