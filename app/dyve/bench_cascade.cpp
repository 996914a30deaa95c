#include "bench_cascade.h"

#include "printing.h"

#include "bench/cascade_speed.h"
#include "data/dataset.h"
#include "eval/model_width.h"
#include "runtime/threading.h"

#include <iostream>

namespace dyve::cli {

int benchWidthCascade(const Arguments& args, SelectedModel& model, const Graph& graph,
                      const EffortChoice& effort, const std::vector<int>& threadSettings, int warmup) {
    const bool json = args.has("json");
    const int runs = static_cast<int>(args.intValue("runs", 20, 1, 100000));
    const size_t limit = static_cast<size_t>(args.intValue("images", 256, 1, 1L << 30));
    const std::vector<ChannelWidth> widths = cascadeWidths(model.card ? &*model.card : nullptr, model.path);
    const std::vector<double> thresholds = effort.profile.widthThresholdsAt(effort.level);
    const std::string dataPath = selectDataPath(model, args);
    const auto data = openDataset(dataPath, limit);
    std::vector<Tensor> images;
    for (size_t i = 0; i < data->size(); ++i)
        images.push_back(imageTensor(*model.pre, data->image(i), data->describe(i)));
    std::cerr << "dyve: bench: width cascade at " << effort.describe() << " on the first " << images.size()
              << " images of " << dataPath << std::endl;

    nlohmann::ordered_json byThreads = nlohmann::ordered_json::array();
    std::ostream& out = humanOut(json);
    out << "model:      " << model.path << "\n"
        << "data:       " << dataPath << " (" << images.size() << " images, batch 1)\n"
        << "cascade:    " << effort.describe() << "\n";
    for (const int threads : threadSettings) {
        setThreadCount(threads);
        WidthCascade cascade(graph, widths);
        cascade.setThresholds(thresholds);
        Network fullWidth(graph);
        fullWidth.setWidth(widths.back());
        ProgressLine progress;
        const std::string label =
            "bench: " + std::to_string(threads) + (threads == 1 ? " thread" : " threads");
        const CascadeSpeed s =
            measureCascadeSpeed(cascade, fullWidth, images, warmup, runs, [&](int done, int total) {
                progress.update(label + ", pass " + std::to_string(done) + "/" + std::to_string(total));
            });
        progress.finish();
        std::string shares;
        for (size_t w = 0; w < widths.size(); ++w)
            shares += (shares.empty() ? "" : ", ") + widthText(widths[w].fraction) + " " +
                      percent(s.stopShare[w], 1);
        out << "\n"
            << threads << (threads == 1 ? " thread:" : " threads:") << "\n"
            << "  full width:  " << fixed(s.fullWidthMsPerImage(), 4) << " ms per image (median of " << runs
            << " passes), " << siNumber(s.fullWidthOps) << " operations\n"
            << "  cascade:     " << fixed(s.cascadeMsPerImage(), 4) << " ms per image, "
            << siNumber(s.cascadeOps) << " operations: " << fixed(s.speedup(), 2) << "x faster, "
            << fixed(s.fullWidthOps / std::max(s.cascadeOps, 1.0), 2) << "x fewer operations\n"
            << "  stopped at:  " << shares << "; same class as the full width on " << percent(s.agreement)
            << "\n";
        byThreads.push_back({{"threads", threads},
                             {"full_width_ms", s.fullWidthMsPerImage()},
                             {"cascade_ms", s.cascadeMsPerImage()},
                             {"cascade_speedup", s.speedup()},
                             {"full_width_ops", s.fullWidthOps},
                             {"cascade_ops", s.cascadeOps},
                             {"stop_share", s.stopShare},
                             {"agreement", s.agreement}});
    }
    if (json) {
        nlohmann::ordered_json doc = byThreads.back();
        doc["model"] = model.path;
        doc["data"] = dataPath;
        doc["images"] = images.size();
        doc["runs"] = runs;
        doc["effort"] = effort.level;
        doc["profile"] = effort.source;
        doc["thresholds"] = thresholds;
        doc["by_threads"] = byThreads;
        printJson(doc);
    }
    return 0;
}

} // namespace dyve::cli
