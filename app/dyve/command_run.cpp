// `dyve run [MODEL] IMAGE…`: top-5 with class names, time and operations per image (SPEC §5.1).
#include "commands.h"
#include "effort_choice.h"
#include "effort_table.h"
#include "model_context.h"
#include "printing.h"
#include "run_report_file.h"

#include "core/errors.h"
#include "core/text.h"
#include "data/classification.h"
#include "data/preprocess.h"
#include "eval/model_width.h"
#include "runtime/network.h"
#include "runtime/width_cascade.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace dyve::cli {

namespace {

struct InputImage {
    std::string name;
    cv::Mat image;
    int label = -1; // known for images taken from a labelled data set
};

constexpr size_t kDefaultImages = 5;

// The project's sample images for the bundled model (resources/samples), sorted by name.
std::vector<std::string> sampleImages() {
    std::vector<std::string> files;
    std::error_code ec;
    const fs::path dir = fs::path(resourcesDir()) / "samples";
    if (!fs::is_directory(dir, ec)) return files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string ext = lowerExtension(entry.path().string());
        if (entry.is_regular_file() && (ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp"))
            files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// No IMAGE given: the embedded default (SPEC §5.1) — the sample images for the bundled model, else the
// first images of the card's default data set.
std::vector<InputImage> defaultImages(const SelectedModel& model, const Arguments& args) {
    std::vector<InputImage> images;
    if (model.bundled) {
        const std::vector<std::string> samples = sampleImages();
        if (!samples.empty()) {
            std::cerr << "dyve: no image given, using the " << samples.size() << " sample images in "
                      << fs::path(samples.front()).parent_path().string() << std::endl;
            for (const std::string& f : samples)
                images.push_back({f, readImage(f), -1});
            return images;
        }
    }
    const std::string dataPath = selectDataPath(model, args);
    const auto data = openDataset(dataPath, kDefaultImages);
    std::cerr << "dyve: no image given, using the first " << data->size() << " images of " << dataPath
              << std::endl;
    for (size_t i = 0; i < data->size(); ++i)
        images.push_back({data->describe(i), data->image(i), data->label(i)});
    return images;
}

std::string className(const ModelCard& card, int index) {
    if (index >= 0 && static_cast<size_t>(index) < card.classNames.size()) return card.classNames[index];
    return "class " + std::to_string(index);
}

} // namespace

CommandSpec runSpec() {
    CommandSpec spec;
    spec.name = "run";
    spec.usage = "[MODEL] [IMAGE...] [OPTIONS]";
    spec.summary = "top-5 classes with names, time and operations for each image";
    spec.options = commonOptions();
    spec.options.push_back({"top", "K", "how many classes to show (default 5)"});
    spec.options.push_back(effortOption());
    spec.options.push_back(widthOption());
    spec.options.push_back({"layers", "", "with --effort, also print per layer what the effort path did"});
    spec.options.push_back(reportOption());
    spec.details =
        "The first argument is the model when it is an .onnx or .prototxt file; otherwise every argument\n"
        "is an image and the bundled model is used. With no image, the bundled model runs on the sample\n"
        "images and any other model on the first images of its card's default data set.\n"
        "Times are of the forward pass after one untimed warm-up run.\n"
        "--json prints {\"model\", \"card\", \"effort\", \"images\": [{\"image\", \"label\", "
        "\"output_shape\", \"top\": [{\"index\",\n"
        "\"class\", \"score\"}], \"ms\", \"ops_dense\", \"ops_executed\", \"ops_zero_weight\"}]} "
        "(\"effort\": the level,\n"
        "0 when dense; \"ops_zero_weight\": of ops_dense, the multiply-adds by zero weights that a sparse "
        "product\n"
        "skipped; with\n"
        "--effort also \"profile\", and with --layers per image \"layers\": the effort layers' operations "
        "and counts).\n"
        "At an effort level of a width-cascade profile ('dyve tune --cascade'), each image runs through the\n"
        "cascade, and says the width that answered and its head's confidence (JSON: \"width_reached\",\n"
        "\"confidences\", one per width tried).";
    return spec;
}

int commandRun(const Arguments& args) {
    const bool json = args.has("json");
    const int topCount = static_cast<int>(args.intValue("top", 5, 1, 1000));
    const std::optional<std::string> effortArg = effortArgument(args);
    const std::optional<double> widthArg = widthArgument(args);
    if (effortArg && widthArg && *widthArg < 1.0)
        throw UsageError("--effort runs at full width only: drop --width");
    const bool perLayer = args.has("layers");
    if (perLayer && !effortArg) throw UsageError("--layers needs --effort");
    const std::optional<std::string> reportPath = reportFile(args);
    applyThreads(args);

    std::vector<std::string> positionals = args.positionals;
    std::string modelArgument;
    if (!positionals.empty() && looksLikeModel(positionals.front())) {
        modelArgument = positionals.front();
        positionals.erase(positionals.begin());
    }
    SelectedModel model = selectModel(modelArgument, args, true);
    Network network = networkOf(model);
    const int64_t fullWidthOps = denseExecutedOps(network); // planned at full width, batch 1
    const ChannelWidth width = applyWidth(network, model, widthArg);
    const Preprocessor& pre = *model.pre;
    std::optional<EffortChoice> effort;
    // A level of a width-cascade profile runs each image through the cascade (issue 16).
    std::unique_ptr<WidthCascade> cascade;
    if (effortArg) {
        effort = chooseEffort(*effortArg, model, network);
        const std::vector<double> thresholds = effort->profile.widthThresholdsAt(effort->level);
        if (!thresholds.empty()) {
            if (widthArg) throw UsageError("the effort level runs the width cascade: drop --width");
            cascade = widthCascadeOf(model, network.graph(), thresholds);
        } else {
            network.setEffort(effort->settings());
        }
    }

    std::vector<InputImage> images;
    if (positionals.empty()) {
        images = defaultImages(model, args);
    } else {
        for (const std::string& f : positionals)
            images.push_back({f, readImage(f), -1});
    }

    std::ostream& out = humanOut(json);
    if (effort) out << effort->describe() << "\n";
    if (width.fraction < 1.0)
        out << "width " << widthText(width.fraction)
            << (width.output.empty() ? std::string() : " (output " + width.output + ")") << "\n";
    RunReport report;
    if (reportPath) report = reportHeader("run", model, effort);
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    bool warmedUp = false;
    for (const InputImage& input : images) {
        const Tensor tensor = imageTensor(pre, input.image, input.name);
        CascadeRun through;
        if (!warmedUp) {
            // The first pass pays for page faults and thread start-up; what a user wants is the steady time.
            if (cascade)
                cascade->run(tensor, through);
            else
                network.run({tensor});
            warmedUp = true;
        }
        RunResult result;
        if (cascade) {
            cascade->run(tensor, through);
            result = through.result;
        } else {
            result = network.run({tensor});
        }
        const Tensor& output = result.outputs.at(0);
        // A model whose card names no classes and whose output is an image (super-resolution, say) has no
        // top-K to show: report the output itself.
        const bool classifier = !model.card->classNames.empty() || output.shape.size() <= 2;
        std::vector<ClassScore> best;
        if (classifier) best = topK(output, static_cast<int>(std::min<int64_t>(topCount, output.size())));

        out << input.name << ": " << fixed(result.ms, 2) << " ms, " << siNumber(double(result.executedOps()))
            << " operations";
        if (effort || result.zeroWeightOps() > 0)
            out << " ("
                << fixed(double(result.denseOps()) / double(std::max<int64_t>(result.executedOps(), 1)), 2)
                << "x fewer than dense"
                << (result.zeroWeightOps() > 0 ? ", " + siNumber(double(result.zeroWeightOps())) +
                                                     " zero-weight multiply-adds skipped"
                                               : std::string())
                << ")";
        if (cascade) {
            const size_t w = through.reached;
            out << "; answered at width " << widthText(cascade->width(w).fraction) << " (head "
                << percent(through.confidences.back(), 1) << " sure"
                << (w < cascade->thresholds().size()
                        ? ", threshold " + percent(cascade->thresholds()[w], 1)
                        : std::string(", no narrower head reached its threshold"))
                << ")";
        }
        if (width.fraction < 1.0 || cascade)
            out << "; " << fixed(double(fullWidthOps) / double(std::max<int64_t>(result.executedOps(), 1)), 2)
                << "x fewer than the full width";
        if (input.label >= 0) out << ", label " << className(*model.card, input.label);
        out << "\n";
        if (!classifier && !output.floats.empty()) {
            const auto [lo, hi] = std::minmax_element(output.floats.begin(), output.floats.end());
            out << "  output " << toString(output.shape) << " (not a classifier), values " << fixed(*lo, 4)
                << " to " << fixed(*hi, 4) << "\n";
        }
        nlohmann::ordered_json top = nlohmann::ordered_json::array();
        for (size_t r = 0; r < best.size(); ++r) {
            out << "  " << r + 1 << ". " << fixed(best[r].score, 4) << "  "
                << className(*model.card, best[r].index) << " (" << best[r].index << ")\n";
            top.push_back({{"index", best[r].index},
                           {"class", className(*model.card, best[r].index)},
                           {"score", best[r].score}});
        }
        nlohmann::ordered_json entry = {{"image", input.name},
                                        {"output_shape", shapeJson(output.shape)},
                                        {"top", top},
                                        {"ms", result.ms},
                                        {"ops_dense", result.denseOps()},
                                        {"ops_executed", result.executedOps()},
                                        {"ops_zero_weight", result.zeroWeightOps()}};
        entry["label"] =
            input.label >= 0 ? nlohmann::ordered_json(input.label) : nlohmann::ordered_json(nullptr);
        if (cascade) {
            entry["width_reached"] = cascade->width(through.reached).fraction;
            entry["confidences"] = through.confidences;
        }
        if (perLayer) {
            printEffortLayers(out, result.layers);
            entry["layers"] = effortLayersJson(result.layers);
        }
        results.push_back(std::move(entry));
        if (reportPath) report.inputs.push_back({input.name, input.label, best, result, std::nullopt, {}});
    }
    if (reportPath) saveReport(*reportPath, report);

    if (json) {
        nlohmann::ordered_json doc = {{"model", model.path},
                                      {"card", model.card->file},
                                      {"effort", effort ? effort->level : 0.0},
                                      {"width", width.fraction}};
        if (effort) doc["profile"] = effort->source;
        doc["images"] = results;
        printJson(doc);
    }
    return 0;
}

} // namespace dyve::cli
