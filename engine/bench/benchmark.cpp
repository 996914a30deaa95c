#include "bench/benchmark.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>

namespace dyve {

namespace {

using Clock = std::chrono::steady_clock;

double elapsedMs(Clock::time_point since) {
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

bool isMacOperator(const std::string& op) {
    return op == "Conv" || op == "Gemm" || op == "MatMul";
}

} // namespace

Timing summarize(std::vector<double> samples) {
    Timing t;
    t.samples = samples;
    if (samples.empty()) return t;
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    t.medianMs = n % 2 ? samples[n / 2] : 0.5 * (samples[n / 2 - 1] + samples[n / 2]);
    t.minMs = samples.front();
    // Nearest-rank percentile: the smallest sample with at least 90% of the samples at or below it.
    t.p90Ms = samples[static_cast<size_t>(std::ceil(0.9 * double(n))) - 1];
    t.meanMs = std::accumulate(samples.begin(), samples.end(), 0.0) / double(n);
    return t;
}

Timing measure(const std::function<void()>& fn, int warmup, int runs) {
    return measureInterleaved({fn}, warmup, runs).front();
}

std::vector<Timing> measureInterleaved(const std::vector<std::function<void()>>& candidates, int warmup,
                                       int runs, const std::function<void(int, int)>& progress, int block) {
    block = std::max(block, 1);
    std::vector<std::vector<double>> samples(candidates.size());
    for (const auto& fn : candidates)
        for (int w = 0; w < warmup; ++w)
            fn();
    for (int first = 0; first < runs; first += block) {
        const int n = std::min(block, runs - first);
        for (size_t c = 0; c < candidates.size(); ++c) {
            if (candidates.size() > 1) candidates[c](); // settle after the switch
            for (int r = 0; r < n; ++r) {
                const auto start = Clock::now();
                candidates[c]();
                samples[c].push_back(elapsedMs(start));
            }
        }
        if (progress) progress(first + n, runs);
    }
    std::vector<Timing> timings;
    for (auto& s : samples)
        timings.push_back(summarize(std::move(s)));
    return timings;
}

std::vector<Timing> measureInSegments(const std::vector<std::function<void()>>& candidates, int warmup,
                                      int runs, int segments, const std::function<void(int)>& between,
                                      const std::function<void(int, int)>& progress) {
    segments = std::max(segments, 1);
    std::vector<std::vector<double>> samples(candidates.size());
    int done = 0;
    for (int s = 0; s < segments; ++s) {
        const int partRuns = runs * (s + 1) / segments - runs * s / segments;
        auto partProgress = [&](int partDone, int) {
            if (progress) progress(done + partDone, runs);
        };
        const std::vector<Timing> part =
            measureInterleaved(candidates, s == 0 ? warmup : 0, partRuns, partProgress);
        for (size_t c = 0; c < candidates.size(); ++c)
            samples[c].insert(samples[c].end(), part[c].samples.begin(), part[c].samples.end());
        done += partRuns;
        if (between) between(s);
    }
    std::vector<Timing> timings;
    for (auto& s : samples)
        timings.push_back(summarize(std::move(s)));
    return timings;
}

std::vector<LayerTiming> layerMedians(const std::vector<std::vector<double>>& msPerLayerPerRun,
                                      const std::vector<LayerInfo>& layers) {
    std::vector<LayerTiming> table;
    for (size_t l = 0; l < layers.size(); ++l) {
        std::vector<double> samples;
        for (const auto& run : msPerLayerPerRun)
            if (l < run.size()) samples.push_back(run[l]);
        LayerTiming row;
        row.name = layers[l].name;
        row.op = layers[l].op;
        row.denseOps = layers[l].denseOps;
        row.medianMs = summarize(std::move(samples)).medianMs;
        if (isMacOperator(row.op) && row.medianMs > 0.0)
            row.gflops = 2.0 * double(row.denseOps) / (row.medianMs * 1e6);
        table.push_back(std::move(row));
    }
    return table;
}

std::vector<LayerTiming> measureLayers(Network& network, const std::vector<Tensor>& inputs, int warmup,
                                       int runs) {
    for (int w = 0; w < warmup; ++w)
        network.run(inputs);
    std::vector<std::vector<double>> perRun;
    for (int r = 0; r < runs; ++r) {
        const RunResult result = network.run(inputs);
        std::vector<double> ms;
        for (const LayerStats& l : result.layers)
            ms.push_back(l.ms);
        perRun.push_back(std::move(ms));
    }
    return layerMedians(perRun, network.layers());
}

Tensor pseudoRandomTensor(const Shape& shape, uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> dist(0.0f, 1.0f);
    std::vector<float> values(static_cast<size_t>(elementCount(shape)));
    for (float& v : values)
        v = dist(rng);
    return Tensor(shape, std::move(values));
}

} // namespace dyve
