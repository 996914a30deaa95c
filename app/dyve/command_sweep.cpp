// `dyve sweep [MODEL] --data D`: accuracy, operations and time at a series of effort levels (SPEC §5.1), as
// a table, CSV or JSON. The work is the engine's sweepEffort() (engine/eval/sweep.h).
#include "commands.h"
#include "effort_choice.h"
#include "interruption.h"
#include "model_context.h"
#include "printing.h"

#include "core/errors.h"
#include "data/preprocess.h"
#include "eval/model_width.h"
#include "eval/sweep.h"
#include "runtime/network.h"

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <iostream>

namespace dyve::cli {

namespace {

// "0,0.25,0.5": numbers separated by commas, each one `accepts`; UsageError `usage` + the text otherwise.
template <class Accepts>
std::vector<double> parseNumbers(const std::string& text, Accepts accepts, const std::string& usage) {
    std::vector<double> values;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, end - start);
        char* stop = nullptr;
        errno = 0;
        const double v = std::strtod(item.c_str(), &stop);
        if (item.empty() || *stop != '\0' || errno == ERANGE || !accepts(v))
            throw UsageError(usage + ", got '" + text + "'");
        values.push_back(v);
        start = end + 1;
    }
    return values;
}

// Effort levels in [0, 1].
std::vector<double> parseLevels(const std::string& text) {
    return parseNumbers(
        text, [](double v) { return v >= 0.0 && v <= 1.0; },
        "option --levels expects effort levels from 0 to 1 separated by commas");
}

// Shares of the channels in (0, 1].
std::vector<double> parseWidths(const std::string& text) {
    return parseNumbers(
        text, [](double v) { return v > 0.0 && v <= 1.0; },
        "option --width expects shares of the channels above 0 and at most 1 separated by commas");
}

SweepMechanisms parseMechanisms(const std::string& text) {
    if (text.empty() || text == "all") return SweepMechanisms::All;
    if (text == "spet") return SweepMechanisms::Spet;
    if (text == "sdss") return SweepMechanisms::Sdss;
    if (text == "sfma") return SweepMechanisms::Sfma;
    throw UsageError("option --only expects spet, sdss or sfma, got '" + text + "'");
}

struct Row {
    std::string effort; // "dense" or the level
    double top1, top5, opsDense, opsExecuted, reduction, ms, speedup;
};

} // namespace

CommandSpec sweepSpec() {
    CommandSpec spec;
    spec.name = "sweep";
    spec.usage = "[MODEL] [--data DATASET] [--levels 0,0.25,...] [OPTIONS]";
    spec.summary = "accuracy, operations and time at a series of effort levels";
    spec.options = commonOptions();
    spec.options.push_back(dataOption());
    spec.options.push_back(limitOption());
    spec.options.push_back({"levels", "LIST", "effort levels, comma-separated (default 0,0.25,0.5,0.75,1)"});
    spec.options.push_back(
        {"profile", "FILE", "the effort profile to sweep (default: the model's, else the uniform mapping)"});
    spec.options.push_back(
        {"only", "MECHANISM", "keep only spet, sdss or sfma on (a knob grid along one mechanism)"});
    spec.options.push_back({"width", "LIST",
                            "sweep channel widths instead of effort levels: shares of every convolution's "
                            "channels, comma-separated (0.25,0.5,0.75); the full width is measured first"});
    spec.options.push_back(batchOption());
    spec.options.push_back({"csv", "FILE", "also write the table as CSV"});
    spec.details =
        "The dense path is measured first; every level is then compared with it on the same "
        "images. Operations\n"
        "and times are per image (engine forward time). --json prints {\"model\", \"data\", "
        "\"images\", \"profile\",\n"
        "\"points\": [{\"effort\" (null: dense), \"top1\", \"top5\", \"ops_dense\", "
        "\"ops_executed\", \"ops_reduction\",\n"
        "\"ms_per_image\", \"speedup\" (dense ms / ms), \"width\"}], \"interrupted\"}. With --width, "
        "the points are\n"
        "widths (\"effort\" null), each against the full width. Ctrl-C stops between "
        "batches and\n"
        "reports the levels done (exit 130).";
    return spec;
}

int commandSweep(const Arguments& args) {
    if (args.positionals.size() > 1)
        throw UsageError("expects one MODEL, got " + std::to_string(args.positionals.size()) + " arguments");
    const bool json = args.has("json");
    const size_t limit = limitArgument(args);
    const std::vector<double> levels = parseLevels(args.value("levels", "0,0.25,0.5,0.75,1"));
    const bool byWidth = args.has("width");
    if (byWidth && (args.has("levels") || args.has("profile") || args.has("only")))
        throw UsageError("--width sweeps widths at full effort: drop --levels, --profile and --only");
    const std::vector<double> widthFractions =
        byWidth ? parseWidths(args.value("width")) : std::vector<double>{};
    SweepOptions options;
    options.batch = batchArgument(args, options.batch);
    options.mechanisms = parseMechanisms(args.value("only"));
    const std::string csvPath = args.value("csv");
    std::ofstream csv;
    if (!csvPath.empty()) { // found unwritable now, not after the sweep
        csv.open(csvPath, std::ios::trunc);
        if (!csv) throw DataError(csvPath, "cannot write the CSV file");
    }
    applyThreads(args);

    SelectedModel model =
        selectModel(args.positionals.empty() ? std::string() : args.positionals[0], args, true);
    const std::string dataPath = selectDataPath(model, args);
    const auto data = openDataset(dataPath, limit);
    Network network = networkOf(model);
    const Preprocessor& pre = *model.pre;
    EffortChoice effort;
    std::vector<ChannelWidth> widths;
    for (double fraction : widthFractions) {
        const WidthChoice choice = chooseWidth(fraction, model.card ? &*model.card : nullptr, model.path);
        if (!choice.warning.empty()) std::cerr << "dyve: warning: " << choice.warning << std::endl;
        widths.push_back(choice.width);
    }
    if (byWidth) {
        effort.source = "none (width sweep)";
    } else if (args.has("profile")) {
        effort.profile = loadProfileFor(args.value("profile"), model, network);
        effort.source = args.value("profile");
    } else {
        effort = modelProfile(model, network);
    }

    if (!byWidth && effort.profile.drivesWidthCascade()) { // its levels run the width cascade (issue 16)
        options.cascadeWidths = cascadeWidths(model.card ? &*model.card : nullptr, model.path);
        // The cascade runs one image at a time: the dense reference too, so that their times compare.
        if (options.batch != 1)
            std::cerr << "dyve: sweep: the profile runs the width cascade, one image at a time: batch 1"
                      << std::endl;
        options.batch = 1;
    }

    ProgressLine progress;
    options.progress = [&](size_t point, size_t points, const EvalProgress& p) {
        const size_t at = point - (options.dense ? 1 : 0);
        const std::string what = options.dense && point == 0 ? std::string(byWidth ? "full width" : "dense")
                                 : byWidth                   ? "width " + widthText(widths[at].fraction)
                                                             : "effort " + fixed(levels[at], 2);
        progress.update("sweep: " + what + " (" + std::to_string(point + 1) + "/" + std::to_string(points) +
                        "), " + std::to_string(p.done) + "/" + std::to_string(p.total) + " images, top-1 " +
                        percent(p.top1(), 1));
    };
    std::vector<SweepPoint> points;
    bool interrupted = false;
    {
        const Interruption interruption;
        options.cancel = interruption.flag();
        points = byWidth ? sweepWidths(network, widths, *data, pre, options)
                         : sweepEffort(network, effort.profile, levels, *data, pre, options);
        interrupted = interruption.requested();
    }
    progress.finish();
    if (interrupted) std::cerr << "dyve: sweep: interrupted; the table covers the levels done" << std::endl;

    const double denseMs =
        !points.empty() && !points.front().effort ? points.front().report.msPerImage() : 0.0;
    std::vector<Row> rows;
    for (const SweepPoint& p : points) {
        const EvalReport& r = p.report;
        const std::string label = byWidth    ? "width " + widthText(p.width)
                                  : p.effort ? fixed(*p.effort, 3)
                                             : "dense";
        // A width's operations are counted against the full width's (the first point).
        const double fullOps = points.front().report.executedOpsPerImage();
        const double reduction =
            byWidth && r.executedOpsPerImage() > 0.0 ? fullOps / r.executedOpsPerImage() : r.opsReduction();
        rows.push_back({label, r.top1(), r.top5(), r.denseOpsPerImage(), r.executedOpsPerImage(), reduction,
                        r.msPerImage(),
                        r.msPerImage() > 0.0 && denseMs > 0.0 ? denseMs / r.msPerImage() : 0.0});
    }

    std::ostream& out = humanOut(json);
    out << "model:   " << model.path << "\n"
        << "data:    " << dataPath << " (" << (points.empty() ? 0 : points.front().report.images)
        << " images)\n"
        << "profile: " << effort.source << "\n\n";
    TextTable table;
    table.addRow(
        {byWidth ? "point" : "effort", "top-1", "top-5", "ops/image", "reduction", "ms/image", "speed-up"});
    for (const Row& r : rows)
        table.addRow({r.effort, percent(r.top1), percent(r.top5), siNumber(r.opsExecuted),
                      fixed(r.reduction, 2) + "x", fixed(r.ms, 3),
                      r.speedup > 0.0 ? fixed(r.speedup, 2) + "x" : "-"});
    table.print(out);

    if (!csvPath.empty()) {
        csv << "effort,top1,top5,ops_dense,ops_executed,ops_reduction,ms_per_image,speedup,width\n";
        for (size_t i = 0; i < rows.size(); ++i) {
            const Row& r = rows[i];
            csv << r.effort << ',' << r.top1 << ',' << r.top5 << ',' << r.opsDense << ',' << r.opsExecuted
                << ',' << r.reduction << ',' << r.ms << ',' << r.speedup << ',' << points[i].width << '\n';
        }
        csv.flush();
        if (!csv) throw DataError(csvPath, "cannot write the CSV file");
    }
    if (json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (size_t i = 0; i < rows.size(); ++i) {
            const Row& r = rows[i];
            list.push_back({{"effort", points[i].effort ? nlohmann::ordered_json(*points[i].effort)
                                                        : nlohmann::ordered_json(nullptr)},
                            {"top1", r.top1},
                            {"top5", r.top5},
                            {"ops_dense", r.opsDense},
                            {"ops_executed", r.opsExecuted},
                            {"ops_reduction", r.reduction},
                            {"ms_per_image", r.ms},
                            {"speedup", r.speedup},
                            {"width", points[i].width}});
        }
        printJson({{"model", model.path},
                   {"data", dataPath},
                   {"images", points.empty() ? 0 : points.front().report.images},
                   {"profile", effort.source},
                   {"points", list},
                   {"interrupted", interrupted}});
    }
    return interrupted ? 130 : 0;
}

} // namespace dyve::cli
