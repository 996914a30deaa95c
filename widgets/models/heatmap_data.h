#pragma once

#include "models/inference_result.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace dyve::ui {

// What the heatmaps draw for one layer (SPEC §6 "Heatmaps"): the layer's output maps with the state of
// every neuron and the state of every input map — the EffortMasks of SPEC §4.6, with the geometry to lay
// them out. A plain value so the drawing can be tested with known masks before the effort engine exists.
struct HeatmapData {
    QString layerName;
    QString op;
    int maps = 0; // output channels (a fully connected layer: one 1×1 map per neuron)
    // Of them, the maps the run computed: fewer when it ran at a narrower width (the width cascade stopped
    // there) and the layer has more channels at full width; the others were not reached. -1: all of them.
    int mapsReached = -1;
    int height = 0; // of each output map
    int width = 0;
    std::vector<uint8_t> neurons;   // maps × height × width NeuronState values; empty: nothing reported
    std::vector<uint8_t> inputMaps; // InputMapState per input map; empty: nothing reported

    // The layer of a run: its shape, and its masks when the effort path reported them. Masks whose size
    // does not match the layer's output are ignored rather than drawn misaligned.
    // `fullWidthChannels` > the layer's channels lays out the full width's maps, the ones past the layer's
    // not reached (InferenceResult::cascade).
    static HeatmapData fromLayer(const dyve::LayerStats& layer, const std::optional<LayerEffort>& effort,
                                 int64_t fullWidthChannels = 0);
    // Whether map `map` was computed (not past mapsReached).
    bool reached(int map) const { return mapsReached < 0 || map < mapsReached; }

    bool isEmpty() const { return maps <= 0 || height <= 0 || width <= 0; }
    bool hasMasks() const { return !neurons.empty() || !inputMaps.empty(); }
    dyve::NeuronState neuron(int map, int y, int x) const;
    dyve::InputMapState inputMap(int c) const;
    // Share of the output maps whose neuron at (y, x) was not computed exactly: the aggregate map.
    double skippedFraction(int y, int x) const;
    // Neurons of one map in each state, indexed by NeuronState.
    std::array<int, 3> mapCounts(int map) const;
};

} // namespace dyve::ui
