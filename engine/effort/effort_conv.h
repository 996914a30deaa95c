#pragma once

#include "core/tensor.h"
#include "effort/conv_patches.h"
#include "effort/effort_stats.h"
#include "effort/knobs.h"
#include "effort/sdss.h"
#include "effort/sfma.h"
#include "graph/graph.h"
#include "kernels/window_geometry.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace dyve {

// Why a Conv node cannot take the effort path, or "" when it can. The three mechanisms (SPEC §4.3–§4.5)
// need one reduction over all input channels, so for now: constant float weights M×C×kh×kw (or M×C×k),
// a constant bias if any, group = 1 (grouped and depthwise convolutions are not eligible). Whether the
// output goes through a ReLU is the caller's question.
std::string effortConvIneligibility(const Node& conv, const Graph& graph);

// The effort path of one convolution followed by ReLU (SPEC §4.3 SPET, §4.4 SDSS, §4.5 SFMA, combinable),
// batch 1 (a batch is a loop over images). A fully connected layer is the 1×1 convolution of a 1×1 input.
//
// Built once from the constant weights, it keeps what the mechanisms precompute offline: SPET's channel
// significance order with the weights permuted into it (so partial sums over the most significant
// channels are the leading columns of one dense GEMM), and, once plan() has placed it on an input size,
// SFMA's kernel sums per border class. run() is then called any number of times; it is not thread-safe
// (one EffortConv per thread of work), but uses up to setThreads() threads of the engine's pool.
class EffortConv {
public:
    // weights: M × C × kh × kw (or M × C for a 1×1 kernel), copied; bias: M values, or nullptr.
    // Throws std::invalid_argument for a shape that is not that.
    EffortConv(const float* weights, const Shape& weightShape, const float* bias);
    // A fully connected layer y = W·x + b, W of M × C (row-major), as the 1×1 convolution of a C×1×1
    // input; already planned.
    static EffortConv fullyConnected(const float* weights, int64_t outFeatures, int64_t inFeatures,
                                     const float* bias);

    // Places the layer on an input: geometry is the window placed on a concrete C×H×W input (pads
    // resolved, operators/window_attributes.h placeWindow). Needed before run(); cheap when unchanged.
    // Throws std::invalid_argument when its kernel does not match the weights.
    void plan(const WindowGeometry& geometry);
    void setCalibration(const LayerCalibration& calibration) { m_calibration = calibration; }
    void setThreads(int threads) { m_threads = threads < 1 ? 1 : threads; }

    int64_t outChannels() const { return m_outChannels; }
    int64_t inChannels() const { return m_inChannels; }
    const WindowGeometry& geometry() const { return m_geometry; }
    const LayerCalibration& calibration() const { return m_calibration; }
    // Multiply-accumulates of one dense image at the planned geometry (SPEC §4.6).
    int64_t denseOps() const;
    // Input channels, most significant first (SPEC §4.3 item 1).
    const std::vector<int32_t>& significanceOrder() const { return m_order; }

    // One image: input C×H×W → output M×Ho×Wo after ReLU, under the knobs. Adds to stats (SPEC §4.6);
    // when masks is given, overwrites it with this image's neuron and input-map states. residual, when
    // given, is M×Ho×Wo values added to the pre-activations before ReLU: the shortcut of a residual block
    // (Conv → Add → Relu), so that SPET predicts on the sum the ReLU sees. It must not alias output.
    void run(const float* input, float* output, const ConvKnobs& knobs, LayerEffortStats& stats,
             EffortMasks* masks = nullptr, const float* residual = nullptr);

    // The dense pre-activations (M×Ho×Wo, before ReLU) of one image: what calibration measures.
    void preActivations(const float* input, float* output);

private:
    // Cache blocking of run(): a chunk of tiles' patches (about 256 KiB, L2) and a block of weight rows
    // (about 32 KiB, L1), in floats.
    static constexpr int64_t kChunkFloats = 64 * 1024;
    static constexpr int64_t kBlockFloats = 8 * 1024;

    struct Scratch {
        std::vector<float> tile;         // a chunk of tiles, K × kTileLanes patches each (or one position)
        std::vector<float> values;       // M × kTileLanes accumulators
        std::vector<uint32_t> lanes;     // per output channel: the tile's positions it must compute
        std::vector<int32_t> rows;       // output channels being computed
        std::vector<int32_t> terminated; // output channels SPET stopped at the last checkpoint
    };

    struct RunContext; // what one run() computes with, effort_conv.cpp

    // One tile of output positions (effort/tile_gemm.h) and where its patches are: unfolded into one
    // K-major block (packed), or rows read in place (rows, offset).
    struct Tile {
        const int32_t* positions = nullptr;
        int n = 0;                                  // positions, at most kTileLanes
        const GridNeighbours* neighbours = nullptr; // off the grid: each position's; else nullptr
        const TileNeighbourhood* hood = nullptr;    // off the grid: the tile's
        const float* packed = nullptr;
        const float* const* rows = nullptr;
        int64_t offset = 0;
    };

    // run()'s stages, in the order the mechanisms depend on each other (effort_conv.cpp).
    uint8_t* neuronStates(EffortMasks* masks);
    void keepInputMaps(const float* input, const SfmaKnobs& sfma, RunContext& run, LayerEffortStats& image);
    const float* gatherKeptWeights(int64_t columns);
    void placeGrid(const SdssKnobs& sdss, RunContext& run);
    void computeBands(const float* input, RunContext& run, LayerEffortStats& image);
    void planBands(const float* input, RunContext& run);
    void computePositions(const RunContext& run, const std::vector<int32_t>& positions,
                          const GridNeighbours* neighbours, std::vector<LayerEffortStats>& bands);
    void computeChunk(const RunContext& run, const std::vector<int32_t>& positions,
                      const GridNeighbours* neighbours, int64_t first, int64_t end, Scratch& scratch,
                      LayerEffortStats& stats);
    void computeSinglePosition(const RunContext& run, Scratch& scratch, LayerEffortStats& stats);
    void addImageStats(LayerEffortStats& image, LayerEffortStats& stats) const;

    // Output channels [rowsBegin, rowsEnd) of one tile, and its steps.
    void computeTile(const RunContext& run, const Tile& tile, int64_t rowsBegin, int64_t rowsEnd,
                     Scratch& scratch, LayerEffortStats& stats);
    void selectRows(const RunContext& run, const Tile& tile, int64_t rowsBegin, int64_t rowsEnd,
                    Scratch& scratch, LayerEffortStats& stats);
    void startValues(const RunContext& run, const Tile& tile, Scratch& scratch, LayerEffortStats& stats);
    void accumulate(const RunContext& run, const Tile& tile, Scratch& scratch, int64_t k0, int64_t k1);
    void runToCheckpoints(const RunContext& run, const Tile& tile, Scratch& scratch, LayerEffortStats& stats);
    void storeTerminated(const RunContext& run, const Tile& tile, const Scratch& scratch,
                         LayerEffortStats& stats);
    void storeComputed(const RunContext& run, const Tile& tile, const Scratch& scratch);
    float initialValue(const RunContext& run, int64_t o, int64_t position) const;

    int64_t m_outChannels = 0, m_inChannels = 0, m_kernel[2] = {1, 1};
    std::vector<float> m_weights; // M × C·kh·kw in the model's channel order (SFMA's sums)
    std::vector<float> m_ordered; // M × C·kh·kw, channel blocks in significance order
    std::vector<float> m_bias;    // M
    std::vector<int32_t> m_order; // significance order: ordered position → channel
    WindowGeometry m_geometry;
    bool m_planned = false;
    BorderKernelSums m_borders; // SFMA's kernel sums per border class, per (o, c)
    LayerCalibration m_calibration;
    int m_threads = 1;

    // Per-run state, sized once and reused.
    InputMapSummary m_maps;
    std::vector<float> m_corrections; // [border class][o]
    std::vector<int32_t> m_kept;      // channels in the GEMM, significance order
    PaddedInput m_padded;             // the kept channels with their zero padding
    std::vector<int64_t> m_keptPrefix;
    std::vector<float> m_keptWeights;     // M × |kept|·kh·kw when SFMA removed channels
    std::vector<const float*> m_keptRows; // a pointwise layer's kept input planes, in GEMM order
    std::vector<std::pair<int64_t, int64_t>> m_keptRuns; // runs [first, end) of kept ordered channels
    std::vector<int32_t> m_grid, m_offGrid;              // SDSS's positions (every position when off)
    std::vector<GridNeighbours> m_neighbours;            // of each off-grid position
    std::vector<TileNeighbourhood> m_hoods;              // of each tile of off-grid positions
    int m_gridStride = 0;                                // the stride m_grid was made for
    std::vector<uint8_t> m_states;                       // M × Ho × Wo when the caller wants no masks
    std::vector<Scratch> m_scratch;                      // one a band
};

} // namespace dyve
