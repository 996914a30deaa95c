#include "bench/dense_effort_speed.h"

#include <algorithm>

namespace dyve {

namespace {

double medianOf(std::vector<double> v) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// The q-quantile of sorted values, interpolating between neighbours.
double quantile(const std::vector<double>& sorted, double q) {
    if (sorted.empty()) return 0.0;
    const double at = q * double(sorted.size() - 1);
    const size_t below = size_t(at);
    const size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (at - double(below)) * (sorted[above] - sorted[below]);
}

} // namespace

double DenseEffortSpeed::speedup() const {
    return effort.medianMs > 0.0 ? dense.medianMs / effort.medianMs : 0.0;
}

double DenseEffortSpeed::spread() const {
    const double s = speedup();
    if (s <= 0.0) return 0.0;
    std::vector<double> ratios;
    for (size_t i = 0; i < dense.samples.size() && i < effort.samples.size(); ++i)
        if (effort.samples[i] > 0.0) ratios.push_back(dense.samples[i] / effort.samples[i]);
    std::sort(ratios.begin(), ratios.end());
    return 0.5 * (quantile(ratios, 0.75) - quantile(ratios, 0.25)) / s;
}

DenseEffortSpeed measureDenseEffortSpeed(Network& network, const std::vector<Tensor>& inputs,
                                         const EffortSettings& effort, int runs, int warmup) {
    const bool masks = network.recordsMasks();
    network.setRecordMasks(false);
    RunResult result;
    const auto runOnce = [&](bool effortPath) {
        if (effortPath)
            network.setEffort(effort);
        else
            network.setDense();
        network.run(inputs, result);
    };
    for (int i = 0; i < warmup; ++i) {
        runOnce(false);
        runOnce(true);
    }

    DenseEffortSpeed speed;
    const size_t layers = network.layers().size();
    std::vector<std::vector<double>> denseLayers(layers), effortLayers(layers);
    std::vector<double> denseMs, effortMs;
    for (int i = 0; i < runs; ++i) {
        for (const bool effortPath : {i % 2 == 1, i % 2 == 0}) {
            runOnce(effortPath);
            (effortPath ? effortMs : denseMs).push_back(result.ms);
            auto& perLayer = effortPath ? effortLayers : denseLayers;
            for (size_t l = 0; l < layers && l < result.layers.size(); ++l)
                perLayer[l].push_back(result.layers[l].ms);
        }
    }
    network.setRecordMasks(masks);
    speed.dense = summarize(denseMs);
    speed.effort = summarize(effortMs);
    for (size_t l = 0; l < layers; ++l) {
        speed.layerNames.push_back(network.layers()[l].name);
        speed.denseLayerMs.push_back(medianOf(denseLayers[l]));
        speed.effortLayerMs.push_back(medianOf(effortLayers[l]));
    }
    return speed;
}

} // namespace dyve
