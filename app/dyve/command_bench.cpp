// `dyve bench [MODEL]`: median latency after warm-up of this engine dense, this engine on its effort path
// (--effort) and OpenCV cv::dnn on the same model and input, in one process, and of ONNX Runtime (ort-bench,
// a process of its own) between their blocks, at 1 thread and at all threads, and their ratios; with
// --layers, per layer against the machine's FMA peak; `dyve bench --peak`, that peak alone (SPEC §5.1, §9).
#include "bench_cascade.h"
#include "commands.h"
#include "effort_choice.h"
#include "effort_table.h"
#include "model_context.h"
#include "printing.h"

#include "bench/benchmark.h"
#include "bench/fma_peak.h"
#include "bench/onnx_runtime_reference.h"
#include "bench/opencv_reference.h"
#include "core/errors.h"
#include "data/preprocess.h"
#include "eval/model_width.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "runtime/threading.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

namespace dyve::cli {

namespace {

// SPEC §4.2: the dense engine matches cv::dnn to a relative L2 error of 1e-4; timings of two programs
// computing different things would compare nothing.
constexpr double kMatchTolerance = 1e-4;

// ONNX Runtime runs in another process, so it cannot alternate run by run with the engine: it is invoked
// this many times per thread setting, between blocks of the engine's runs, and the median of its medians
// is its time (SPEC §9: ratios of things measured in the same run, under the same drifting load).
constexpr int kOrtInvocations = 3;

// The invocations share the engine's runs between them, so ONNX Runtime times as many runs as the engine.
int ortRunsPerInvocation(int runs) {
    return std::max(1, (runs + kOrtInvocations - 1) / kOrtInvocations);
}

struct BenchInput {
    Tensor tensor;
    std::string description;
};

// A real image when there is one (--image, else the first image of the card's default data set), else a
// deterministic pseudo-random tensor of the model's input shape.
BenchInput benchInput(const SelectedModel& model, const Graph& graph, const Arguments& args) {
    if (args.has("image")) {
        if (!model.card)
            throw DataError(model.path, "--image needs a model card to preprocess it; pass --card FILE");
        const std::string image = args.value("image");
        return {imageTensor(*model.pre, readImage(image), image), image};
    }
    if (model.card && !model.card->defaultData.empty()) {
        try {
            const std::string dataPath = selectDataPath(model, args);
            const auto data = openDataset(dataPath, 1);
            return {imageTensor(*model.pre, data->image(0), data->describe(0)), data->describe(0)};
        } catch (const Error& e) {
            std::cerr << "dyve: bench: no real input (" << oneLine(e.what())
                      << "), using a pseudo-random tensor" << std::endl;
        }
    }
    const Network probe(graph);
    const Shape shape = probe.inputShapes().at(0);
    return {pseudoRandomTensor(shape), "pseudo-random tensor " + toString(shape)};
}

std::optional<double> ratio(std::optional<double> a, std::optional<double> b) {
    if (!a || !b || *b <= 0.0) return std::nullopt;
    return *a / *b;
}

nlohmann::ordered_json orNull(std::optional<double> v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

std::string orDash(std::optional<double> v, int decimals, const std::string& suffix = {}) {
    return v ? fixed(*v, decimals) + suffix : "-";
}

struct ThreadResult {
    int threads = 1;
    Timing dense;
    std::optional<Timing> effort;
    std::optional<Timing> width; // the network at --width
    int64_t widthOps = 0;        // its operations on the input
    std::optional<Timing> opencv;
    std::optional<double> relL2;
    std::vector<LayerTiming> layers;
    std::vector<LayerTiming> effortLayers; // per-layer medians of the effort path
    std::vector<LayerTiming> widthLayers;  // per-layer medians at --width
    RunResult effortRun;                   // one effort run: its operations and mechanism counts
    FmaPeak peak;                          // measured with --layers, at this thread count
    std::vector<double> ortInvocationMs;   // ONNX Runtime's median of each invocation
    std::optional<double> ortMs;           // the median of those

    std::optional<double> opencvMs() const {
        return opencv ? std::optional<double>(opencv->medianMs) : std::nullopt;
    }
    std::optional<double> effortMs() const {
        return effort ? std::optional<double>(effort->medianMs) : std::nullopt;
    }
    std::optional<double> widthMs() const {
        return width ? std::optional<double>(width->medianMs) : std::nullopt;
    }
    // A layer's GFLOP/s as a fraction of the machine's FMA peak at the same thread count.
    std::optional<double> peakShare(const LayerTiming& l) const {
        if (!(l.gflops > 0.0) || !(peak.gflops > 0.0)) return std::nullopt;
        return l.gflops / peak.gflops;
    }
    std::optional<double> opsReduction() const {
        if (!effort || effortRun.executedOps() <= 0) return std::nullopt;
        return double(effortRun.denseOps()) / double(effortRun.executedOps());
    }

    nlohmann::ordered_json toJson(const std::string& model, int runs, int warmup) const {
        // The effort fields are null without --effort.
        nlohmann::ordered_json j = {
            {"model", model},
            {"runs", runs},
            {"warmup", warmup},
            {"threads", threads},
            {"dense_ms", dense.medianMs},
            {"dense_min_ms", dense.minMs},
            {"dense_p90_ms", dense.p90Ms},
            {"effort_ms", orNull(effortMs())},
            {"effort_min_ms",
             effort ? nlohmann::ordered_json(effort->minMs) : nlohmann::ordered_json(nullptr)},
            {"effort_p90_ms",
             effort ? nlohmann::ordered_json(effort->p90Ms) : nlohmann::ordered_json(nullptr)},
            {"opencv_ms", orNull(opencvMs())},
            {"opencv_min_ms",
             opencv ? nlohmann::ordered_json(opencv->minMs) : nlohmann::ordered_json(nullptr)},
            {"opencv_p90_ms",
             opencv ? nlohmann::ordered_json(opencv->p90Ms) : nlohmann::ordered_json(nullptr)},
            {"dense_vs_opencv", orNull(ratio(dense.medianMs, opencvMs()))},
            {"effort_vs_dense", orNull(ratio(effortMs(), dense.medianMs))},
            {"effort_vs_opencv", orNull(ratio(effortMs(), opencvMs()))},
            {"ops_dense",
             effort ? nlohmann::ordered_json(effortRun.denseOps()) : nlohmann::ordered_json(nullptr)},
            {"ops_executed",
             effort ? nlohmann::ordered_json(effortRun.executedOps()) : nlohmann::ordered_json(nullptr)},
            {"ops_reduction", orNull(opsReduction())},
            {"rel_l2_vs_opencv", orNull(relL2)},
            {"ort_ms", orNull(ortMs)},
            {"ort_invocations_ms", ortInvocationMs},
            {"dense_vs_ort", orNull(ratio(dense.medianMs, ortMs))},
            {"effort_vs_ort", orNull(ratio(effortMs(), ortMs))},
            {"width_ms", orNull(widthMs())},
            {"width_min_ms", width ? nlohmann::ordered_json(width->minMs) : nlohmann::ordered_json(nullptr)},
            {"width_speedup", orNull(ratio(dense.medianMs, widthMs()))},
            {"width_ops", width ? nlohmann::ordered_json(widthOps) : nlohmann::ordered_json(nullptr)}};
        if (!layers.empty()) {
            nlohmann::ordered_json rows = nlohmann::ordered_json::array();
            for (const LayerTiming& l : layers)
                rows.push_back({{"name", l.name},
                                {"op", l.op},
                                {"ops_dense", l.denseOps},
                                {"ms", l.medianMs},
                                {"gflops", l.gflops > 0.0 ? nlohmann::ordered_json(l.gflops)
                                                          : nlohmann::ordered_json(nullptr)},
                                {"peak_share", orNull(peakShare(l))}});
            j["layers"] = rows;
            j["peak_gflops"] = peak.gflops;
        }
        if (!effortLayers.empty()) {
            nlohmann::ordered_json rows = effortLayersJson(effortRun.layers);
            for (auto& row : rows)
                for (const LayerTiming& l : effortLayers)
                    if (l.name == row["name"].get<std::string>()) row["ms"] = l.medianMs;
            j["effort_layers"] = rows;
        }
        return j;
    }
};

void printLayerTable(std::ostream& out, const ThreadResult& r, const std::vector<LayerTiming>& layers,
                     const std::string& what) {
    out << "\nper layer, " << what << ", " << r.threads << (r.threads == 1 ? " thread" : " threads")
        << " (machine FMA peak at " << r.threads << (r.threads == 1 ? " thread: " : " threads: ")
        << fixed(r.peak.gflops, 1) << " GFLOP/s):\n";
    TextTable table;
    table.addRow({"layer", "op", "ops", "median ms", "GFLOP/s", "% of peak"});
    double total = 0.0;
    for (const LayerTiming& l : layers) {
        total += l.medianMs;
        const bool mac = l.gflops > 0.0;
        const std::optional<double> share = r.peakShare(l);
        table.addRow({l.name, l.op, siNumber(double(l.denseOps)), fixed(l.medianMs, 4),
                      mac ? fixed(l.gflops, 1) : "-", share ? fixed(100.0 * *share, 0) : "-"});
    }
    table.addRow({"total", "", "", fixed(total, 4), "", ""});
    table.print(out);
}

// The effort path per layer: its operations and mechanism counts beside its time and the dense time.
void printEffortLayerTable(std::ostream& out, const ThreadResult& r) {
    out << "\nper layer, effort path, " << r.threads << (r.threads == 1 ? " thread" : " threads") << ":\n";
    TextTable table;
    table.addRow({"layer", "op", "dense ops", "executed", "reduction", "dense ms", "effort ms", "SPET term.",
                  "SDSS interp.", "SFMA approx.", "zero maps"});
    auto share = [](int64_t part, int64_t whole) {
        return whole > 0 ? percent(double(part) / double(whole), 1) : "-";
    };
    for (size_t i = 0; i < r.effortRun.layers.size(); ++i) {
        const LayerStats& l = r.effortRun.layers[i];
        if (!l.effortPath) continue;
        const LayerEffortStats& e = l.effort;
        const double denseMs = i < r.layers.size() ? r.layers[i].medianMs : 0.0;
        const double effortMs = i < r.effortLayers.size() ? r.effortLayers[i].medianMs : 0.0;
        table.addRow({l.name, l.op, siNumber(double(l.denseOps)), siNumber(double(l.executedOps)),
                      l.executedOps > 0 ? fixed(double(l.denseOps) / double(l.executedOps), 2) + "x" : "-",
                      fixed(denseMs, 4), fixed(effortMs, 4), share(e.spetTerminated, e.neurons),
                      share(e.sdssInterpolated, e.neurons), share(e.sfmaApproximated, e.inputMaps),
                      share(e.sfmaZeroSkipped, e.inputMaps)});
    }
    double dense = 0.0, effort = 0.0;
    for (const LayerTiming& l : r.layers)
        dense += l.medianMs;
    for (const LayerTiming& l : r.effortLayers)
        effort += l.medianMs;
    table.addRow({"total (all layers)", "", siNumber(double(r.effortRun.denseOps())),
                  siNumber(double(r.effortRun.executedOps())), "", fixed(dense, 4), fixed(effort, 4), "", "",
                  "", ""});
    table.print(out);
}

// ONNX Runtime as this run's peer: the ort-bench to invoke, or why it is not compared.
struct OnnxRuntimePeer {
    std::string tool;
    std::string version;
    std::string error;   // empty while it runs
    bool silent = false; // asked for (--no-ort): nothing to tell on stderr

    bool runs() const { return error.empty(); }
};

OnnxRuntimePeer chooseOnnxRuntimePeer(const SelectedModel& model, const Arguments& args) {
    OnnxRuntimePeer peer;
    if (args.has("no-ort")) {
        peer.error = "not run (--no-ort)";
        peer.silent = true;
    } else if (detectModelFormat(model.path) != "onnx") {
        peer.error = "ONNX Runtime cannot run Caffe models";
    } else {
        peer.tool = onnxRuntimeBenchPath();
    }
    return peer;
}

// `dyve bench --peak`: the FMA peak per thread setting, each thread running the loop on its own.
int benchPeak(const std::vector<int>& threadSettings, bool json) {
    std::vector<FmaPeak> peaks;
    for (const int threads : threadSettings)
        peaks.push_back(measureFmaPeak(threads));
    std::ostream& out = humanOut(json);
    out << "FMA peak: FP32 multiply-adds on " << peaks.front().vectorBits << "-bit vectors, "
        << peaks.front().chains
        << " independent chains per thread, each thread on its own; best of 5 repeats\n\n";
    TextTable table;
    table.addRow({"threads", "GFLOP/s", "GFLOP/s per thread"});
    for (const FmaPeak& p : peaks)
        table.addRow({std::to_string(p.threads), fixed(p.gflops, 1), fixed(p.gflopsPerThread(), 1)});
    table.print(out);
    if (json) {
        nlohmann::ordered_json doc = {{"threads", peaks.back().threads},
                                      {"peak_gflops", peaks.back().gflops},
                                      {"vector_bits", peaks.back().vectorBits},
                                      {"chains", peaks.back().chains},
                                      {"by_threads", nlohmann::ordered_json::array()}};
        for (const FmaPeak& p : peaks)
            doc["by_threads"].push_back({{"threads", p.threads},
                                         {"peak_gflops", p.gflops},
                                         {"peak_gflops_per_thread", p.gflopsPerThread()}});
        printJson(doc);
    }
    return 0;
}

} // namespace

CommandSpec benchSpec() {
    CommandSpec spec;
    spec.name = "bench";
    spec.usage = "[MODEL] [OPTIONS] | --peak";
    spec.summary = "median latency of this engine (dense, effort) vs OpenCV and ONNX Runtime; FMA peak";
    spec.options = commonOptions();
    spec.options.push_back(
        {"runs", "N", "timed runs of each engine (default: enough for a second of engine time, 50 to 1000)"});
    spec.options.push_back({"warmup", "N", "untimed runs before timing (default 5)"});
    spec.options.push_back(
        {"layers", "", "also print the per-layer dense times and GFLOP/s vs the machine's FMA peak"});
    spec.options.push_back(
        {"peak", "", "measure only the machine's FP32 FMA peak (no MODEL), per thread setting"});
    spec.options.push_back({"no-ort", "", "do not time ONNX Runtime (ort-bench)"});
    spec.options.push_back(
        {"image", "FILE", "benchmark on this image (default: the card's first data set image)"});
    spec.options.push_back(effortOption());
    spec.options.push_back(widthOption());
    spec.options.push_back(dataOption());
    spec.options.push_back({"images", "N",
                            "with an effort level that runs the width cascade: time passes over the first N "
                            "images of --data (default 256)"});
    spec.details =
        "Without --threads, measures at 1 thread and at all cores; with it, at that count only. The engine "
        "and\n"
        "cv::dnn run in alternating blocks of 10, so load from other processes hits both alike. Before "
        "timing, the\n"
        "outputs are compared: a relative L2 error above 1e-4 is reported and the exit status is 1.\n"
        "ONNX Runtime is timed by ort-bench ($ORT_BENCH, else ../shared/tools/ort-bench) for an ONNX model, "
        "with\n"
        "the same thread count and input shape, invoked 3 times between blocks of the engine's runs; its "
        "time is\n"
        "the median of the invocations' medians. When it is missing or fails, one line says so and the rest "
        "runs.\n"
        "--json prints one object whose top-level fields are those of the last thread setting (all cores):\n"
        "{\"model\", \"runs\", \"threads\", \"dense_ms\", \"effort_ms\", \"opencv_ms\", "
        "\"dense_vs_opencv\",\n"
        "\"effort_vs_dense\", \"effort_vs_opencv\", \"ort_ms\", \"dense_vs_ort\", \"effort_vs_ort\" (times "
        "are\n"
        "medians in ms, ratios are of times), \"ops_dense\", \"ops_executed\", \"ops_reduction\" (of the "
        "effort\n"
        "path on the benchmark input), \"rel_l2_vs_opencv\", \"input\", \"effort\", \"profile\", \"ort\" "
        "(the tool\n"
        "and its version, or null), \"ort_error\" (why ONNX Runtime was not compared, or null), and\n"
        "\"by_threads\": an array with one such object per thread setting, which with --layers also holds\n"
        "\"layers\" (each with \"gflops\" and \"peak_share\", its fraction of the peak), \"peak_gflops\" "
        "(the FMA\n"
        "peak at that thread count) and, with --effort, \"effort_layers\". Effort fields are null without\n"
        "--effort. With --effort, the dense engine, its effort path and cv::dnn alternate in blocks.\n"
        "With --width W, the network at that width runs in the same blocks: \"width_ms\", \"width_speedup\"\n"
        "(full width's time over it), \"width_ops\" and \"width\"; null without --width.\n"
        "When the effort level runs the width cascade (a profile from 'dyve tune --cascade'), a timed run "
        "is\n"
        "a pass over --images images of --data, the cascade's and the full width's in alternating blocks\n"
        "(--runs passes each, default 20); --json then prints {\"threads\", \"full_width_ms\", "
        "\"cascade_ms\" (per\n"
        "image), \"cascade_speedup\", \"full_width_ops\", \"cascade_ops\", \"stop_share\", \"agreement\", "
        "\"model\",\n"
        "\"data\", \"images\", \"runs\", \"effort\", \"profile\", \"thresholds\", \"by_threads\"}.\n"
        "--peak runs, on each thread at once, a loop of independent FP32 multiply-adds in the widest vectors "
        "the\n"
        "CPU has, and prints GFLOP/s per thread setting; with --json, {\"threads\", \"peak_gflops\",\n"
        "\"vector_bits\", \"chains\", \"by_threads\": [{\"threads\", \"peak_gflops\", "
        "\"peak_gflops_per_thread\"}]}.";
    return spec;
}

// Sub-millisecond models need hundreds of runs before a median settles on a shared machine (README,
// Performance): by default, time enough runs for about a second of this engine's work, at least 50 and at
// most 1000.
static int defaultRuns(const Graph& graph, const Tensor& input, int threads) {
    setThreadCount(threads);
    Network network(graph);
    const std::vector<Tensor> inputs{input};
    RunResult result;
    network.run(inputs, result);
    const Timing probe = measure([&] { network.run(inputs, result); }, 1, 5);
    if (probe.medianMs <= 0.0) return 1000;
    return static_cast<int>(std::clamp(std::ceil(1000.0 / probe.medianMs), 50.0, 1000.0));
}

int commandBench(const Arguments& args) {
    if (args.positionals.size() > 1)
        throw UsageError("expects one MODEL, got " + std::to_string(args.positionals.size()) + " arguments");
    const bool json = args.has("json");
    const bool perLayer = args.has("layers");
    const bool runsGiven = args.has("runs");
    int runs = static_cast<int>(args.intValue("runs", 50, 1, 1000000));
    const int warmup = static_cast<int>(args.intValue("warmup", 5, 0, 1000000));
    const std::optional<std::string> effortArg = effortArgument(args);
    const std::optional<double> widthArg = widthArgument(args);
    std::vector<int> threadSettings;
    if (args.has("threads")) {
        threadSettings.push_back(applyThreads(args));
    } else {
        threadSettings.push_back(1);
        if (hardwareThreads() > 1) threadSettings.push_back(hardwareThreads());
    }
    if (args.has("peak")) {
        if (!args.positionals.empty())
            throw UsageError("--peak measures the machine, not a model: give no MODEL");
        return benchPeak(threadSettings, json);
    }

    SelectedModel model =
        selectModel(args.positionals.empty() ? std::string() : args.positionals[0], args, false);
    const Graph graph = std::move(model.graph);
    const BenchInput input = benchInput(model, graph, args);
    std::cerr << "dyve: bench: input " << input.description << std::endl;

    std::unique_ptr<OpenCvReference> opencv;
    try {
        opencv = std::make_unique<OpenCvReference>(model.path, model.loadOptions.weightsFile);
        // Compared with the engine's first output (a width-trained model has a head per width).
        if (graph.outputs.size() > 1) opencv->setOutput(graph.outputs.front());
    } catch (const Error& e) {
        std::cerr << "dyve: bench: " << oneLine(e.what()) << "; timing this engine alone" << std::endl;
    }
    OnnxRuntimePeer ort = chooseOnnxRuntimePeer(model, args);

    if (!runsGiven) runs = defaultRuns(graph, input.tensor, threadSettings.front());

    std::optional<EffortChoice> effort;
    if (effortArg) {
        setThreadCount(threadSettings.back());
        Network probe(graph);
        effort = chooseEffort(*effortArg, model, probe);
        if (!effort->profile.widthThresholdsAt(effort->level).empty()) {
            if (widthArg) throw UsageError("the effort level runs the width cascade: drop --width");
            return benchWidthCascade(args, model, graph, *effort, threadSettings, warmup);
        }
    }
    std::optional<ChannelWidth> width;
    if (widthArg) {
        Network probe(graph);
        width = applyWidth(probe, model, widthArg);
    }

    std::vector<ThreadResult> results;
    for (const int threads : threadSettings) {
        setThreadCount(threads);
        setOpenCvThreadCount(threads);
        // Layers take their thread count when the network is planned, so each setting gets its own.
        Network network(graph);
        ThreadResult r;
        r.threads = threads;
        std::vector<Timing> timings;
        // The input vector and the results are made once: a timed run copies and allocates nothing.
        const std::vector<Tensor> inputs{input.tensor};
        RunResult result, effortResult;
        auto runEngine = [&] { network.run(inputs, result); };
        std::unique_ptr<Network> effortNetwork;
        std::vector<std::function<void()>> candidates{runEngine};
        if (effort) {
            effortNetwork = std::make_unique<Network>(graph);
            effortNetwork->setEffort(effort->settings());
            effortNetwork->run(inputs, r.effortRun);
            candidates.push_back([&] { effortNetwork->run(inputs, effortResult); });
        }
        std::unique_ptr<Network> widthNetwork;
        RunResult widthResult;
        if (width) {
            widthNetwork = std::make_unique<Network>(graph);
            widthNetwork->setWidth(*width);
            widthNetwork->run(inputs, widthResult);
            r.widthOps = widthResult.executedOps();
            candidates.push_back([&] { widthNetwork->run(inputs, widthResult); });
        }
        ProgressLine progress;
        const std::string label =
            "bench: " + std::to_string(threads) + (threads == 1 ? " thread" : " threads");
        auto onRound = [&](int done, int total) {
            progress.update(label + ", run " + std::to_string(done) + "/" + std::to_string(total));
        };
        if (opencv) {
            const Tensor engineOut = network.run(inputs).outputs.at(0);
            r.relL2 = relativeL2Error(engineOut, opencv->run(input.tensor));
            candidates.push_back([&] { opencv->run(input.tensor); });
        }
        auto runOrt = [&](int invocation) {
            if (!ort.runs()) return;
            progress.update(label + ", ONNX Runtime " + std::to_string(invocation + 1) + "/" +
                            std::to_string(kOrtInvocations));
            try {
                const OnnxRuntimeTiming t = runOnnxRuntimeBench(
                    ort.tool, model.path, threads, ortRunsPerInvocation(runs), input.tensor.shape);
                r.ortInvocationMs.push_back(t.medianMs);
                ort.version = t.version;
            } catch (const Error& e) {
                ort.error = oneLine(e.what());
                r.ortInvocationMs.clear();
            }
        };
        timings =
            measureInSegments(candidates, warmup, runs, ort.runs() ? kOrtInvocations : 1, runOrt, onRound);
        progress.finish();
        r.dense = timings[0];
        if (effort) r.effort = timings[1];
        if (width) r.width = timings[effort ? 2 : 1];
        if (opencv) r.opencv = timings.back();
        if (!r.ortInvocationMs.empty()) r.ortMs = summarize(r.ortInvocationMs).medianMs;
        if (perLayer) {
            r.layers = measureLayers(network, {input.tensor}, std::min(warmup, 2), runs);
            if (effortNetwork)
                r.effortLayers = measureLayers(*effortNetwork, {input.tensor}, std::min(warmup, 2), runs);
            if (widthNetwork)
                r.widthLayers = measureLayers(*widthNetwork, {input.tensor}, std::min(warmup, 2), runs);
            r.peak = measureFmaPeak(threads);
        }
        results.push_back(std::move(r));
    }

    if (!ort.runs() && !ort.silent)
        std::cerr << "dyve: bench: "
                  << (ort.tool.empty() ? ort.error + "; not compared"
                                       : "ONNX Runtime not compared: " + ort.error)
                  << std::endl;

    std::ostream& out = humanOut(json);
    out << "model:  " << model.path << "\n"
        << "input:  " << input.description << "\n"
        << "timing: median of " << runs << " runs after " << warmup << " warm-up runs, engine"
        << (effort ? ", its effort path" : "") << " and cv::dnn in alternating blocks";
    if (ort.runs())
        out << ";\n        ONNX Runtime " << ort.version << " (" << ort.tool << "): the median of "
            << kOrtInvocations << " invocations' medians of " << ortRunsPerInvocation(runs)
            << " runs, between the blocks";
    out << "\n";
    if (effort)
        out << "effort: " << effort->describe() << "; "
            << fixed(results.back().opsReduction().value_or(1.0), 2) << "x fewer operations on this input\n";
    if (width)
        out << "width:  " << widthText(width->fraction)
            << (width->output.empty() ? std::string() : " (output " + width->output + ")") << ", "
            << siNumber(double(results.back().widthOps)) << " operations on this input\n";
    out << "\n";
    TextTable table;
    table.addRow({"threads", "dense ms", "min", "p90", "opencv ms", "min", "p90", "dense/opencv", "ort ms",
                  "dense/ort", "effort ms", "effort/dense", "effort/opencv", "width ms", "dense/width",
                  "rel. L2 vs opencv"});
    for (const ThreadResult& r : results) {
        std::ostringstream l2;
        if (r.relL2) l2 << std::scientific << std::setprecision(2) << *r.relL2;
        table.addRow({std::to_string(r.threads), fixed(r.dense.medianMs, 3), fixed(r.dense.minMs, 3),
                      fixed(r.dense.p90Ms, 3), orDash(r.opencvMs(), 3),
                      r.opencv ? fixed(r.opencv->minMs, 3) : "-", r.opencv ? fixed(r.opencv->p90Ms, 3) : "-",
                      orDash(ratio(r.dense.medianMs, r.opencvMs()), 2, "x"), orDash(r.ortMs, 3),
                      orDash(ratio(r.dense.medianMs, r.ortMs), 2, "x"), orDash(r.effortMs(), 3),
                      orDash(ratio(r.effortMs(), r.dense.medianMs), 2, "x"),
                      orDash(ratio(r.effortMs(), r.opencvMs()), 2, "x"), orDash(r.widthMs(), 3),
                      orDash(ratio(r.dense.medianMs, r.widthMs()), 2, "x"), r.relL2 ? l2.str() : "-"});
    }
    table.print(out);
    for (const ThreadResult& r : results) {
        if (!r.layers.empty()) printLayerTable(out, r, r.layers, "dense");
        if (!r.widthLayers.empty())
            printLayerTable(out, r, r.widthLayers, "dense at width " + widthText(width->fraction));
        if (!r.effortLayers.empty()) printEffortLayerTable(out, r);
    }

    if (json) {
        nlohmann::ordered_json doc = results.back().toJson(model.path, runs, warmup);
        doc.erase("layers");
        doc.erase("peak_gflops");
        doc.erase("effort_layers");
        doc["input"] = input.description;
        doc["effort"] = effort ? nlohmann::ordered_json(effort->level) : nlohmann::ordered_json(nullptr);
        doc["profile"] = effort ? nlohmann::ordered_json(effort->source) : nlohmann::ordered_json(nullptr);
        doc["width"] = width ? nlohmann::ordered_json(width->fraction) : nlohmann::ordered_json(nullptr);
        doc["ort"] = ort.runs() ? nlohmann::ordered_json{{"tool", ort.tool},
                                                         {"version", ort.version},
                                                         {"invocations", kOrtInvocations},
                                                         {"runs_per_invocation", ortRunsPerInvocation(runs)}}
                                : nlohmann::ordered_json(nullptr);
        doc["ort_error"] = ort.runs() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(ort.error);
        doc["by_threads"] = nlohmann::ordered_json::array();
        for (const ThreadResult& r : results)
            doc["by_threads"].push_back(r.toJson(model.path, runs, warmup));
        printJson(doc);
    }

    for (const ThreadResult& r : results)
        if (r.relL2 && !(*r.relL2 <= kMatchTolerance)) {
            std::cerr << "dyve: bench: " << model.path
                      << ": the engine's output differs from cv::dnn's (relative L2 " << *r.relL2 << " > "
                      << kMatchTolerance << " at " << r.threads << " threads)" << std::endl;
            return 1;
        }
    return 0;
}

} // namespace dyve::cli
