// `dyve tune [MODEL] --data TUNE --budget 0.5`: tunes an effort profile on a tuning set and writes it
// (SPEC §4.7, §5.1). The search is the engine's tuneEffort() (engine/eval/tuner.h), which the studio runs
// too.
#include "commands.h"
#include "interruption.h"
#include "model_context.h"
#include "printing.h"

#include "core/errors.h"
#include "data/preprocess.h"
#include "effort/effort_profile.h"
#include "eval/cascade_tuner.h"
#include "eval/evaluator.h"
#include "eval/image_batches.h"
#include "eval/model_width.h"
#include "eval/tuner.h"
#include "runtime/network.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace fs = std::filesystem;

namespace dyve::cli {

namespace {

// "1,2": thread counts, each at least 1.
std::vector<int> threadList(const std::string& text) {
    std::vector<int> threads;
    size_t at = 0;
    while (at <= text.size()) {
        const size_t comma = std::min(text.find(',', at), text.size());
        const std::string item = text.substr(at, comma - at);
        char* end = nullptr;
        const long n = std::strtol(item.c_str(), &end, 10);
        if (item.empty() || *end != '\0' || n < 1 || n > 1024)
            throw UsageError("option --timing-threads expects thread counts like 1,2, got '" + text + "'");
        threads.push_back(static_cast<int>(n));
        at = comma + 1;
    }
    return threads;
}

TuneObjective parseObjective(const std::string& text) {
    if (text == "ops") return TuneObjective::Ops;
    if (text == "time") return TuneObjective::Time;
    throw UsageError("option --objective expects ops or time, got '" + text + "'");
}

nlohmann::ordered_json timesJson(const std::map<int, double>& byThreads) {
    nlohmann::ordered_json times = nlohmann::ordered_json::object();
    for (const auto& [threads, ms] : byThreads)
        times[std::to_string(threads)] = ms;
    return times;
}

// The profile's file: --out, else "<card name>.profile.json" in the working directory.
std::string outputPath(const SelectedModel& model, const Arguments& args) {
    if (args.has("out")) return args.value("out");
    const std::string name =
        model.card && !model.card->name.empty() ? model.card->name : fs::path(model.path).stem().string();
    return name + ".profile.json";
}

} // namespace

CommandSpec tuneSpec() {
    CommandSpec spec;
    spec.name = "tune";
    spec.usage = "[MODEL] --data TUNE [--budget 0.5] [--objective time|ops] [--out PROFILE] [OPTIONS]";
    spec.summary = "tune an effort profile on a tuning set within a top-1 budget";
    spec.options = commonOptions();
    spec.options.push_back(
        {"data", "DATASET",
         "the tuning set (default: the card's; images the model never trained on, e.g. cifar10-val)"});
    spec.options.push_back(
        {"budget", "PP", "allowed top-1 drop against dense, percentage points (default 0.5)"});
    spec.options.push_back({"guard-band", "F",
                            "share of the budget held back for unseen images (default 0.2): a step may "
                            "change dense's top-1 class on at most (1 - F) x budget of the images"});
    spec.options.push_back(
        {"objective", "WHAT", "minimise measured time (time, default) or executed operations (ops)"});
    spec.options.push_back({"timing-threads", "LIST",
                            "thread counts a step must make its layer faster at, e.g. 1,2 (default: "
                            "--threads)"});
    spec.options.push_back({"repeats", "N", "timed runs per layer and setting, median kept (default 9)"});
    spec.options.push_back({"images", "N", "use the first N images of the tuning set (default: all)"});
    spec.options.push_back(
        {"screen", "N", "images for the per-layer sweep and for screening steps (default 48)"});
    spec.options.push_back(batchOption());
    spec.options.push_back(
        {"out", "PROFILE", "where to write the profile (default: <card name>.profile.json)"});
    spec.options.push_back({"cascade", "",
                            "tune the width cascade's thresholds instead (a model trained at nested widths: "
                            "its card's width_steps)"});
    spec.details =
        "Calibrates every effort layer on the first 64 images and records the dense predictions, sweeps "
        "each\n"
        "layer alone over the strengths of SPET, SDSS and SFMA on the screening images, timing the layer "
        "(one\n"
        "image, median of --repeats runs) at every --timing-threads count: a strength that does not make "
        "its\n"
        "layer faster than the dense layer at every count is never taken, and a layer where nothing pays "
        "stays\n"
        "dense. It then greedily adds the step with the most time saved per prediction moved while the "
        "images\n"
        "whose top-1 class differs from dense's stay within the budget less the guard band (fidelity to the\n"
        "dense model: no labels judged). Every kept step is a level, at an effort equal to its share of the\n"
        "saving; the profile records each level's measured time, each effort layer's time against dense, "
        "and\n"
        "the Pareto table. Tune on images the model never trained on (e.g. cifar10-val), and report on "
        "another\n"
        "split: dyve eval MODEL --data TEST --effort PROFILE; dyve bench MODEL --effort 1.\n"
        "To make a profile the model's default, put it in models/profiles/.\n"
        "--json prints {\"model\", \"data\", \"images\", \"budget_pp\", \"objective\", \"dense_top1\", "
        "\"top1\",\n"
        "\"agreement\", \"ops_reduction\", \"dense_ms\", \"effort_ms\" (by thread count), \"levels\", "
        "\"rejected\", \"profile\" (the file written), \"seconds\", "
        "\"interrupted\"}.\n"
        "Ctrl-C stops between forward passes and writes the levels found so far (exit 130).\n"
        "With --cascade, every tuning image runs at every trained width, widening each time; each level's\n"
        "thresholds (one per width but the last, on the head's softmax maximum) are those with the least\n"
        "expected time whose images keep the full width's class within that level's share of the budget\n"
        "less the guard band. Levels 0.25, 0.5, 0.75 and 1 take that share of the budget; level 0 is the\n"
        "full width. --json then prints {\"model\", \"data\", \"images\", \"budget_pp\", "
        "\"full_width_top1\",\n"
        "\"full_width_ms\", \"levels\": [{\"effort\", \"thresholds\", \"top1\", \"agreement\", \"ms\", "
        "\"ops\",\n"
        "\"stop_share\"}], \"profile\", \"seconds\", \"interrupted\"}.";
    return spec;
}

namespace {

// `dyve tune --cascade`: the width cascade's thresholds (eval/cascade_tuner.h).
int tuneCascade(const Arguments& args, SelectedModel& model, const std::string& out, double budgetPp,
                double guardBand, size_t images) {
    const auto start = std::chrono::steady_clock::now();
    const bool json = args.has("json");
    const std::string dataPath = selectDataPath(model, args);
    const auto data = openDataset(dataPath, images);
    Network network = networkOf(model);
    const std::unique_ptr<WidthCascade> cascade =
        widthCascadeOf(model, network.graph(), {}); // the thresholds are the tuning's to find
    CascadeTuneOptions options;
    options.budgetPp = budgetPp;
    options.guardBand = guardBand;
    options.data = dataPath;
    ProgressLine progress;
    options.progress = [&](size_t done, size_t total) {
        progress.update("tune: " + std::to_string(done) + "/" + std::to_string(total) +
                        " images at every width");
    };
    CascadeTuneResult result;
    {
        const Interruption interruption;
        options.cancel = interruption.flag();
        std::cerr << "dyve: tune: width cascade, " << data->size() << " images of " << dataPath << ", budget "
                  << fixed(budgetPp, 2) << " pp of agreement with the full width" << std::endl;
        result = tuneWidthCascade(*cascade, *data, *model.pre, options);
    }
    progress.finish();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const bool written = !result.cancelled && !result.levels.empty();
    if (written) {
        result.profile.model = effortModelName(model.path);
        result.profile.modelSha256 = effortModelDigest(model.path, model.loadOptions.weightsFile);
        saveEffortProfile(result.profile, out);
    }
    if (result.cancelled) std::cerr << "dyve: tune: interrupted; no profile written" << std::endl;

    const CascadeObservations& o = result.observations;
    std::ostream& human = humanOut(json);
    human << "model:        " << model.path << "\n"
          << "tuning set:   " << dataPath << " (" << o.images() << " images)\n"
          << "full width:   top-1 " << percent(result.full.top1) << ", " << fixed(o.fullWidthMs, 4)
          << " ms per image (median), " << siNumber(o.fullWidthOps) << " operations\n"
          << "steps:       ";
    for (size_t w = 0; w < o.fractions.size(); ++w)
        human << " " << widthText(o.fractions[w]) << " " << fixed(o.stepMs[w], 4) << " ms";
    human << " (median time of each width's run or widening)\n";
    TextTable table;
    table.addRow(
        {"effort", "thresholds", "top-1", "same class", "ms per image", "speed-up", "stop at widths"});
    nlohmann::ordered_json levels = nlohmann::ordered_json::array();
    for (size_t l = 0; l < result.levels.size(); ++l) {
        const CascadeOutcome& c = result.levels[l];
        const double effort = result.profile.levels[l + 1].effort;
        std::string thresholds = thresholdsText(c.thresholds, 3), shares;
        if (thresholds.empty()) thresholds = "none: full width"; // the cascade would not save time
        for (double share : c.stopShare)
            shares += (shares.empty() ? "" : " / ") + percent(share, 1);
        table.addRow({fixed(effort, 2), thresholds, percent(c.top1), percent(c.agreement), fixed(c.ms, 4),
                      fixed(c.ms > 0.0 ? o.fullWidthMs / c.ms : 0.0, 2) + "x", shares});
        levels.push_back({{"effort", effort},
                          {"thresholds", c.thresholds},
                          {"top1", c.top1},
                          {"agreement", c.agreement},
                          {"ms", c.ms},
                          {"ops", c.ops},
                          {"stop_share", c.stopShare}});
    }
    table.print(human);
    human << "profile:      " << (written ? out : std::string("not written")) << "\n"
          << "tuning took:  " << fixed(seconds, 1) << " s\n";
    if (json)
        printJson({{"model", model.path},
                   {"data", dataPath},
                   {"images", o.images()},
                   {"budget_pp", budgetPp},
                   {"full_width_top1", result.full.top1},
                   {"full_width_ms", o.fullWidthMs},
                   {"levels", levels},
                   {"profile", written ? nlohmann::ordered_json(out) : nlohmann::ordered_json(nullptr)},
                   {"seconds", seconds},
                   {"interrupted", result.cancelled}});
    return result.cancelled ? 130 : 0;
}

} // namespace

int commandTune(const Arguments& args) {
    if (args.positionals.size() > 1)
        throw UsageError("expects one MODEL, got " + std::to_string(args.positionals.size()) + " arguments");
    const auto start = std::chrono::steady_clock::now();
    const bool json = args.has("json");
    TuneOptions options;
    options.budgetPp = args.doubleValue("budget", 0.5, 0.0, 100.0);
    options.objective = parseObjective(args.value("objective", "time"));
    options.guardBand = args.doubleValue("guard-band", options.guardBand, 0.0, 1.0);
    options.timingRepeats = static_cast<int>(args.intValue("repeats", options.timingRepeats, 1, 1000));
    if (args.has("timing-threads")) options.timingThreads = threadList(args.value("timing-threads"));
    options.screenImages = static_cast<size_t>(args.intValue("screen", options.screenImages, 1, 1L << 30));
    const size_t images = static_cast<size_t>(args.intValue("images", 0, 1, 1L << 30));
    const int wantedBatch = batchArgument(args);
    applyThreads(args);

    SelectedModel model =
        selectModel(args.positionals.empty() ? std::string() : args.positionals[0], args, true);
    const std::string out = outputPath(model, args);
    {
        // A profile that cannot be written is found now, not after the tuning.
        std::error_code ec;
        const bool existed = fs::exists(out, ec);
        std::ofstream probe(out, std::ios::app);
        if (!probe) throw DataError(out, "cannot write the effort profile here");
        probe.close();
        if (!existed) fs::remove(out, ec);
    }
    if (args.has("cascade"))
        return tuneCascade(args, model, out, options.budgetPp, options.guardBand, images);
    const std::string dataPath = selectDataPath(model, args);
    const auto data = openDataset(dataPath, images);
    Network network = networkOf(model);
    const Preprocessor& pre = *model.pre;
    options.data = dataPath;

    ProgressLine progress;
    TuneResult result;
    {
        const Interruption interruption;
        options.cancel = interruption.flag();
        const ImageBatches tuning = prepareImageBatches(
            *data, pre, 0, usableBatch(network, pre, wantedBatch),
            [&](size_t done, size_t total) {
                progress.update("tune: reading " + std::to_string(done) + "/" + std::to_string(total) +
                                " images");
            },
            options.cancel);
        options.progress = [&](const TuneProgress& p) {
            std::string line = "tune: " + p.stage;
            if (p.stage == "sensitivity")
                line += " " + std::to_string(p.done + 1) + "/" + std::to_string(p.total);
            if (p.stage == "search") line += ", " + std::to_string(p.done) + " levels, trying";
            if (!p.detail.empty()) line += " " + p.detail;
            progress.update(line);
        };
        options.log = [&](const std::string& line) {
            progress.finish();
            std::cerr << "dyve: tune: " << line << std::endl;
        };
        if (!interruption.requested()) {
            std::cerr << "dyve: tune: " << tuning.images() << " images of " << dataPath << ", budget "
                      << fixed(options.budgetPp, 2) << " pp of top-1, objective "
                      << (options.objective == TuneObjective::Time ? "time" : "ops") << std::endl;
            result = tuneEffort(network, tuning, options);
        }
        result.cancelled = result.cancelled || interruption.requested();
    }
    progress.finish();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    bool written = false;
    if (!result.profile.levels.empty() && (!result.cancelled || result.steps > 0)) {
        result.profile.model = effortModelName(model.path);
        result.profile.modelSha256 = effortModelDigest(model.path, model.loadOptions.weightsFile);
        saveEffortProfile(result.profile, out);
        written = true;
    }
    if (result.cancelled)
        std::cerr << "dyve: tune: interrupted"
                  << (written ? "; the profile holds the levels found so far" : "") << std::endl;

    std::ostream& human = humanOut(json);
    human << "model:        " << model.path << "\n"
          << "tuning set:   " << dataPath << " (" << (result.profile.tuned ? result.profile.tuned->images : 0)
          << " images)\n"
          << "dense top-1:  " << percent(result.denseTop1) << "\n"
          << "effort 1:     top-1 " << percent(result.top1) << ", same class as dense on "
          << percent(result.agreement) << ", " << fixed(result.opsReduction, 2) << "x fewer operations ("
          << result.steps << " levels, " << result.rejected << " steps rejected)\n";
    for (const auto& [threads, ms] : result.effortMs)
        if (result.denseMs.count(threads))
            human << "time:         " << threads << (threads == 1 ? " thread:  " : " threads: ")
                  << fixed(ms, 4) << " ms per image at effort 1, dense "
                  << fixed(result.denseMs.at(threads), 4) << " ms ("
                  << fixed(result.denseMs.at(threads) / ms, 3) << "x)\n";
    human << "profile:      " << (written ? out : std::string("not written")) << "\n"
          << "tuning took:  " << fixed(seconds, 1) << " s\n";
    if (json)
        printJson({{"model", model.path},
                   {"data", dataPath},
                   {"images", result.profile.tuned ? result.profile.tuned->images : 0},
                   {"budget_pp", options.budgetPp},
                   {"objective", options.objective == TuneObjective::Time ? "time" : "ops"},
                   {"dense_top1", result.denseTop1},
                   {"top1", result.top1},
                   {"agreement", result.agreement},
                   {"ops_reduction", result.opsReduction},
                   {"dense_ms", timesJson(result.denseMs)},
                   {"effort_ms", timesJson(result.effortMs)},
                   {"levels", result.steps},
                   {"rejected", result.rejected},
                   {"profile", written ? nlohmann::ordered_json(out) : nlohmann::ordered_json(nullptr)},
                   {"seconds", seconds},
                   {"interrupted", result.cancelled}});
    return result.cancelled ? 130 : 0;
}

} // namespace dyve::cli
