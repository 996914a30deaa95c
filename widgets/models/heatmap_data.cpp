#include "models/heatmap_data.h"

namespace dyve::ui {

HeatmapData HeatmapData::fromLayer(const dyve::LayerStats& layer, const std::optional<LayerEffort>& effort,
                                   int64_t fullWidthChannels) {
    HeatmapData d;
    d.layerName = QString::fromStdString(layer.name);
    d.op = QString::fromStdString(layer.op);
    const dyve::Shape& s = layer.outputShape;
    // N×C×H×W, N×C (fully connected) or anything else flattened to one row of neurons per map.
    if (s.size() >= 4) {
        d.maps = int(s[1]);
        d.height = int(s[2]);
        d.width = int(s[3]);
    } else if (s.size() >= 2) {
        d.maps = int(s[1]);
        d.height = d.width = 1;
    } else if (s.size() == 1) {
        d.maps = int(s[0]);
        d.height = d.width = 1;
    }
    if (fullWidthChannels > d.maps && d.maps > 0 && s.size() >= 2) {
        d.mapsReached = d.maps;
        d.maps = int(fullWidthChannels);
        return d; // a cascade runs dense: no masks
    }
    if (effort) {
        const size_t neurons = size_t(d.maps) * size_t(d.height) * size_t(d.width);
        if (effort->masks.neurons.size() == neurons) d.neurons = effort->masks.neurons;
        d.inputMaps = effort->masks.inputMaps;
    }
    return d;
}

dyve::NeuronState HeatmapData::neuron(int map, int y, int x) const {
    if (neurons.empty()) return dyve::NeuronState::Computed;
    return dyve::NeuronState(neurons[(size_t(map) * size_t(height) + size_t(y)) * size_t(width) + size_t(x)]);
}

dyve::InputMapState HeatmapData::inputMap(int c) const {
    if (c < 0 || size_t(c) >= inputMaps.size()) return dyve::InputMapState::Computed;
    return dyve::InputMapState(inputMaps[size_t(c)]);
}

double HeatmapData::skippedFraction(int y, int x) const {
    if (neurons.empty() || maps == 0) return 0.0;
    int skipped = 0;
    for (int m = 0; m < maps; ++m)
        if (neuron(m, y, x) != dyve::NeuronState::Computed) ++skipped;
    return double(skipped) / double(maps);
}

std::array<int, 3> HeatmapData::mapCounts(int map) const {
    std::array<int, 3> counts{0, 0, 0};
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const int s = int(neuron(map, y, x));
            if (s >= 0 && s < 3) ++counts[size_t(s)];
        }
    return counts;
}

} // namespace dyve::ui
