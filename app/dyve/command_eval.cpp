// `dyve eval [MODEL] --data DATASET`: top-1/top-5, speed and operations over a labelled data set
// (SPEC §5.1). The work is the engine's evaluate() (engine/eval), which the GUI runs too.
#include "commands.h"
#include "effort_choice.h"
#include "interruption.h"
#include "model_context.h"
#include "printing.h"
#include "run_report_file.h"

#include "data/preprocess.h"
#include "eval/evaluator.h"
#include "eval/model_width.h"
#include "runtime/network.h"
#include "runtime/width_cascade.h"

#include <functional>
#include <iostream>
#include <optional>

namespace dyve::cli {

CommandSpec evalSpec() {
    CommandSpec spec;
    spec.name = "eval";
    spec.usage = "[MODEL] [--data DATASET] [OPTIONS]";
    spec.summary = "top-1/top-5 accuracy, speed and operations over a labelled data set";
    spec.options = commonOptions();
    spec.options.push_back(dataOption());
    spec.options.push_back(limitOption());
    spec.options.push_back(batchOption());
    spec.options.push_back({"min-top1", "PERCENT", "exit 1 when top-1 accuracy is below PERCENT"});
    spec.options.push_back(effortOption());
    spec.options.push_back(widthOption());
    spec.options.push_back(reportOption());
    spec.details =
        "ms_per_image is the engine's forward time per image (batch time shared over its images);\n"
        "images_per_s is end to end, image decoding and preprocessing included. Operations are per image.\n"
        "--json prints {\"model\", \"card\", \"data\", \"images\", \"top1\", \"top5\" (fractions), "
        "\"reference_top1\"\n"
        "(the card's, or null), \"ops_dense\", \"ops_executed\", \"ops_reduction\", \"ms_per_image\",\n"
        "\"images_per_s\", \"wall_s\", \"batch\", \"threads\", \"effort\" (the level; 0 when dense), "
        "\"mode\" (dense or\n"
        "effort), \"profile\" (the effort profile, or null), \"interrupted\"}. With --effort, every "
        "effort-eligible\n"
        "layer runs its effort path (SPEC 4.3-4.6) and operations count what it executed, overheads "
        "included.\n"
        "Ctrl-C stops between batches, prints the figures of the images done and exits 130.";
    return spec;
}

namespace {

// The progress line of an evaluation: "eval: 120/10000 <what>, top-1 91.2%".
std::function<void(const EvalProgress&)> progressOf(ProgressLine& progress, const std::string& what) {
    return [&progress, what](const EvalProgress& p) {
        progress.update("eval: " + std::to_string(p.done) + "/" + std::to_string(p.total) + " " + what +
                        ", top-1 " + percent(p.top1(), 1));
    };
}

// `dyve eval --effort E` where the profile's level runs the width cascade (issue 16): every image through the
// cascade and, in turn, through the full width, and what each cost.
int evalWidthCascade(const SelectedModel& model, Network& fullWidth, const Dataset& data,
                     const std::string& dataPath, const EffortChoice& effort, bool json, double minTop1,
                     const std::optional<std::string>& reportPath) {
    const std::unique_ptr<WidthCascade> cascadePtr =
        widthCascadeOf(model, fullWidth.graph(), effort.profile.widthThresholdsAt(effort.level));
    WidthCascade& cascade = *cascadePtr;
    ProgressLine progress;
    EvalOptions options;
    options.progress = progressOf(progress, "images through the width cascade");
    CascadeEvaluation e;
    {
        const Interruption interruption;
        options.cancel = interruption.flag();
        e = evaluateCascade(cascade, fullWidth, data, *model.pre, options);
    }
    progress.finish();
    const EvalReport& c = e.cascade;
    const EvalReport& f = e.fullWidth;
    if (c.cancelled)
        std::cerr << "dyve: eval: interrupted after " << c.images << " of " << data.size()
                  << " images; the figures below cover those" << std::endl;
    const double speedup = c.msPerImage() > 0.0 ? f.msPerImage() / c.msPerImage() : 0.0;
    const std::string thresholds = thresholdsText(cascade.thresholds(), 4);

    std::ostream& out = humanOut(json);
    out << "model:       " << model.path << "\n"
        << "card:        " << model.card->file << "\n"
        << "data:        " << dataPath << " (" << c.images << " images)\n"
        << "cascade:     " << effort.describe() << ", thresholds " << thresholds << "\n"
        << "top-1:       " << percent(c.top1()) << "   (full width " << percent(f.top1())
        << ", same class on " << percent(e.agreement()) << ")\n"
        << "top-5:       " << percent(c.top5()) << "   (full width " << percent(f.top5()) << ")\n"
        << "time:        " << fixed(c.msPerImage(), 4) << " ms per image (engine, batch 1, " << c.threads
        << (c.threads == 1 ? " thread" : " threads") << "); full width " << fixed(f.msPerImage(), 4)
        << " ms in turn with it: " << fixed(speedup, 2) << "x faster\n"
        << "operations:  " << siNumber(f.executedOpsPerImage()) << " at full width, "
        << siNumber(c.executedOpsPerImage()) << " through the cascade per image ("
        << fixed(f.executedOpsPerImage() / std::max(c.executedOpsPerImage(), 1.0), 2) << "x fewer)\n";
    TextTable table;
    table.addRow({"stopped at", "images", "share", "ops per image", "ms per image"});
    for (const WidthReached& w : c.widthsReached)
        table.addRow({widthText(w.fraction), std::to_string(w.images),
                      percent(c.images ? double(w.images) / double(c.images) : 0.0, 1),
                      w.images ? siNumber(double(w.executedOps) / double(w.images)) : "-",
                      w.images ? fixed(w.ms / double(w.images), 4) : "-"});
    table.print(out);

    if (json) {
        nlohmann::ordered_json widths = nlohmann::ordered_json::array();
        for (const WidthReached& w : c.widthsReached)
            widths.push_back({{"width", w.fraction},
                              {"images", w.images},
                              {"ops_per_image", w.images ? double(w.executedOps) / double(w.images) : 0.0},
                              {"ms_per_image", w.images ? w.ms / double(w.images) : 0.0}});
        printJson({{"model", model.path},
                   {"card", model.card->file},
                   {"data", dataPath},
                   {"images", c.images},
                   {"mode", "width cascade"},
                   {"effort", effort.level},
                   {"profile", effort.source},
                   {"thresholds", cascade.thresholds()},
                   {"top1", c.top1()},
                   {"top5", c.top5()},
                   {"full_width_top1", f.top1()},
                   {"agreement", e.agreement()},
                   {"ms_per_image", c.msPerImage()},
                   {"full_width_ms_per_image", f.msPerImage()},
                   {"speedup", speedup},
                   {"ops_executed", c.executedOpsPerImage()},
                   {"full_width_ops", f.executedOpsPerImage()},
                   {"widths", widths},
                   {"wall_s", c.wallSeconds},
                   {"threads", c.threads},
                   {"interrupted", c.cancelled}});
    }
    if (reportPath) {
        RunReport html = reportHeader("eval", model, effort);
        html.effortDetails.push_back({"Width cascade thresholds", thresholds});
        html.evaluation = c;
        html.evaluationReference = f;
        saveReport(*reportPath, html);
    }
    if (c.cancelled) return 130;
    if (minTop1 >= 0.0 && 100.0 * c.top1() < minTop1) {
        std::cerr << "dyve: eval: top-1 " << percent(c.top1()) << " is below --min-top1 " << fixed(minTop1, 2)
                  << "%" << std::endl;
        return 1;
    }
    return 0;
}

} // namespace

int commandEval(const Arguments& args) {
    if (args.positionals.size() > 1)
        throw UsageError("expects one MODEL, got " + std::to_string(args.positionals.size()) + " arguments");
    const bool json = args.has("json");
    const size_t limit = limitArgument(args);
    EvalOptions options;
    options.batch = batchArgument(args, options.batch);
    const double minTop1 = args.doubleValue("min-top1", -1.0, 0.0, 100.0);
    const std::optional<std::string> effortArg = effortArgument(args);
    const std::optional<double> widthArg = widthArgument(args);
    if (effortArg && widthArg && *widthArg < 1.0)
        throw UsageError("--effort runs at full width only: drop --width");
    const std::optional<std::string> reportPath = reportFile(args);
    applyThreads(args);

    SelectedModel model =
        selectModel(args.positionals.empty() ? std::string() : args.positionals[0], args, true);
    const std::string dataPath = selectDataPath(model, args);
    const auto data = openDataset(dataPath, limit);
    Network network = networkOf(model);
    const int64_t fullWidthOps = denseExecutedOps(network); // planned at full width, batch 1
    const ChannelWidth width = applyWidth(network, model, widthArg);
    const Preprocessor& pre = *model.pre;
    std::optional<EffortChoice> effort;
    if (effortArg) {
        effort = chooseEffort(*effortArg, model, network);
        if (!effort->profile.widthThresholdsAt(effort->level).empty()) {
            if (widthArg) throw UsageError("the effort level runs the width cascade: drop --width");
            return evalWidthCascade(model, network, *data, dataPath, *effort, json, minTop1, reportPath);
        }
        network.setEffort(effort->settings());
    }

    ProgressLine progress;
    options.progress = progressOf(progress, "images");
    EvalReport report;
    {
        // Ctrl-C stops the evaluation between batches; the figures below cover the images done.
        const Interruption interruption;
        options.cancel = interruption.flag();
        report = evaluate(network, *data, pre, options);
    }
    progress.finish();
    if (report.cancelled)
        std::cerr << "dyve: eval: interrupted after " << report.images << " of " << data->size()
                  << " images; the figures below cover those" << std::endl;
    // The card's figure is the full width's.
    const std::optional<double> reference =
        width.fraction < 1.0 ? std::nullopt : referenceTop1(model, dataPath);

    std::ostream& out = humanOut(json);
    out << "model:       " << model.path << "\n"
        << "card:        " << model.card->file << "\n"
        << "data:        " << dataPath << " (" << report.images << " images)\n"
        << "top-1:       " << percent(report.top1());
    if (reference) out << "   (card reference " << percent(*reference) << ")";
    out << "\n"
        << "top-5:       " << percent(report.top5()) << "\n"
        << "time:        " << fixed(report.msPerImage(), 3) << " ms per image (engine, batch " << report.batch
        << ", " << report.threads << (report.threads == 1 ? " thread" : " threads") << "), "
        << fixed(report.imagesPerSecond(), 1) << " images/s end to end\n"
        << "operations:  " << siNumber(report.denseOpsPerImage()) << " dense, "
        << siNumber(report.executedOpsPerImage()) << " executed per image ("
        << fixed(report.opsReduction(), 2) << "x fewer), " << (effort ? effort->describe() : "dense") << "\n";
    if (width.fraction < 1.0)
        out << "width:       " << widthText(width.fraction)
            << (width.output.empty() ? std::string() : " (output " + width.output + ")") << ", "
            << fixed(double(fullWidthOps) / std::max(report.executedOpsPerImage(), 1.0), 2)
            << "x fewer operations than the full width\n";

    if (json) {
        nlohmann::ordered_json doc = {
            {"model", model.path},
            {"card", model.card->file},
            {"data", dataPath},
            {"images", report.images},
            {"top1", report.top1()},
            {"top5", report.top5()},
            {"reference_top1",
             reference ? nlohmann::ordered_json(*reference) : nlohmann::ordered_json(nullptr)},
            {"ops_dense", report.denseOpsPerImage()},
            {"ops_executed", report.executedOpsPerImage()},
            {"ops_reduction", report.opsReduction()},
            {"ms_per_image", report.msPerImage()},
            {"images_per_s", report.imagesPerSecond()},
            {"wall_s", report.wallSeconds},
            {"batch", report.batch},
            {"threads", report.threads},
            {"effort", effort ? effort->level : 0.0},
            {"width", width.fraction},
            {"mode", effort ? "effort" : "dense"},
            {"profile", effort ? nlohmann::ordered_json(effort->source) : nlohmann::ordered_json(nullptr)},
            {"interrupted", report.cancelled}};
        printJson(doc);
    }
    if (reportPath) {
        RunReport html = reportHeader("eval", model, effort);
        html.evaluation = report;
        saveReport(*reportPath, html);
    }
    if (report.cancelled) return 130; // the shell's convention for a run ended by SIGINT
    if (minTop1 >= 0.0 && 100.0 * report.top1() < minTop1) {
        std::cerr << "dyve: eval: top-1 " << percent(report.top1()) << " is below --min-top1 "
                  << fixed(minTop1, 2) << "%" << std::endl;
        return 1;
    }
    return 0;
}

} // namespace dyve::cli
