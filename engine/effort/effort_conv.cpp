#include "effort/effort_conv.h"

#include "effort/conv_patches.h"
#include "effort/neuron_compute.h"
#include "effort/sdss.h"
#include "effort/spet.h"
#include "effort/tile_gemm.h"
#include "kernels/parallel_for.h"
#include "kernels/thread_bands.h"
#include "kernels/vector_clones.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <stdexcept>

namespace dyve {

std::string effortConvIneligibility(const Node& conv, const Graph& graph) {
    if (conv.op != "Conv") return conv.describe() + " is not a convolution";
    if (conv.inputs.size() < 2 || conv.inputs[1].empty()) return conv.describe() + " has no weights";
    const Tensor* w = graph.initializer(conv.inputs[1]);
    if (!w || w->type != DataType::Float32) return conv.describe() + ": weights are not constant floats";
    if (w->shape.size() != 3 && w->shape.size() != 4)
        return conv.describe() + ": weights of shape " + toString(w->shape) + " are not a 1-D or 2-D kernel";
    if (conv.getInt("group", 1) != 1)
        return conv.describe() + ": grouped and depthwise convolutions are not supported by the effort path";
    if (conv.inputs.size() > 2 && !conv.inputs[2].empty()) {
        const Tensor* b = graph.initializer(conv.inputs[2]);
        if (!b || b->type != DataType::Float32 || b->size() != w->shape[0])
            return conv.describe() + ": bias is not a constant of one value per output channel";
    }
    return {};
}

EffortConv::EffortConv(const float* weights, const Shape& shape, const float* bias) {
    if (shape.size() < 2 || shape.size() > 4 || elementCount(shape) <= 0)
        throw std::invalid_argument("effort convolution weights must be M×C[×kh]×kw, not " + toString(shape));
    m_outChannels = shape[0];
    m_inChannels = shape[1];
    m_kernel[0] = shape.size() == 4 ? shape[2] : 1;
    m_kernel[1] = shape.size() >= 3 ? shape.back() : 1;
    const int64_t k2 = m_kernel[0] * m_kernel[1], row = m_inChannels * k2;
    m_weights.assign(weights, weights + m_outChannels * row);
    m_bias.assign(static_cast<size_t>(m_outChannels), 0.0f);
    if (bias) std::copy(bias, bias + m_outChannels, m_bias.begin());

    // SPEC §4.3 item 1: significance of an input channel = L1 norm of its k×k blocks over all output
    // channels; one order for the layer, largest first (stable, so ties keep the model's order).
    std::vector<double> significance(static_cast<size_t>(m_inChannels), 0.0);
    for (int64_t o = 0; o < m_outChannels; ++o)
        for (int64_t c = 0; c < m_inChannels; ++c)
            for (int64_t t = 0; t < k2; ++t)
                significance[static_cast<size_t>(c)] +=
                    std::fabs(m_weights[static_cast<size_t>(o * row + c * k2 + t)]);
    m_order.resize(static_cast<size_t>(m_inChannels));
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [&](int32_t a, int32_t b) {
        return significance[static_cast<size_t>(a)] > significance[static_cast<size_t>(b)];
    });
    // Permuted once, so that the first p ordered channels are the leading columns of every weight row.
    m_ordered.resize(m_weights.size());
    for (int64_t o = 0; o < m_outChannels; ++o)
        for (int64_t j = 0; j < m_inChannels; ++j)
            std::memcpy(&m_ordered[static_cast<size_t>(o * row + j * k2)],
                        &m_weights[static_cast<size_t>(o * row + m_order[static_cast<size_t>(j)] * k2)],
                        static_cast<size_t>(k2) * sizeof(float));
}

EffortConv EffortConv::fullyConnected(const float* weights, int64_t outFeatures, int64_t inFeatures,
                                      const float* bias) {
    EffortConv layer(weights, Shape{outFeatures, inFeatures}, bias);
    WindowGeometry g; // 1×1 input, 1×1 kernel, 1×1 output
    layer.plan(g);
    return layer;
}

void EffortConv::plan(const WindowGeometry& g) {
    if (g.kernel[0] != m_kernel[0] || g.kernel[1] != m_kernel[1])
        throw std::invalid_argument("effort convolution planned with a " + std::to_string(g.kernel[0]) + "×" +
                                    std::to_string(g.kernel[1]) + " window for a " +
                                    std::to_string(m_kernel[0]) + "×" + std::to_string(m_kernel[1]) +
                                    " kernel");
    const auto same = [](const int64_t* a, const int64_t* b) { return a[0] == b[0] && a[1] == b[1]; };
    if (m_planned && same(g.in, m_geometry.in) && same(g.out, m_geometry.out) &&
        same(g.stride, m_geometry.stride) && same(g.dilation, m_geometry.dilation) &&
        same(g.padBegin, m_geometry.padBegin) && same(g.padEnd, m_geometry.padEnd))
        return;
    m_geometry = g;
    m_borders = borderKernelSums(m_weights.data(), m_outChannels, m_inChannels, g);
    m_grid.clear();
    m_offGrid.clear();
    m_gridStride = 0;
    m_planned = true;
}

int64_t EffortConv::denseOps() const {
    return m_outChannels * m_geometry.outSize() * m_inChannels * m_geometry.kernelSize();
}

// What one run() computes with, set up stage by stage and then read by every band.
struct EffortConv::RunContext {
    float* output = nullptr;
    const float* residual = nullptr; // M × Ho × Wo, or nullptr
    uint8_t* states = nullptr;       // M × Ho × Wo
    // SPEC §4.5: the GEMM over the kept channels, and what the others add.
    const float* weights = nullptr; // M × columns: the kept channels in significance order
    int64_t columns = 0;
    bool corrected = false; // SFMA approximated some maps: add their corrections
    // SPEC §4.3 and §4.4.
    SpetSchedule spet;
    bool sdss = false; // off-grid positions are computed after the grid, or interpolated from it
    float sdssLimit = 0.0f;
    // The bands: threads, and the cache blocking of each (planBands).
    int threads = 1;
    bool pointwise = false; // a 1×1 convolution, stride 1, no padding: patch rows are the input planes
    int64_t tileFloats = 0, chunkTiles = 0, blockRows = 0;
};

namespace {

constexpr uint8_t kComputed = static_cast<uint8_t>(NeuronState::Computed);
constexpr uint8_t kTerminated = static_cast<uint8_t>(NeuronState::SpetTerminated);
constexpr uint8_t kInterpolated = static_cast<uint8_t>(NeuronState::SdssInterpolated);

} // namespace

// --- one image ---------------------------------------------------------------------------------------------

// SPEC §4.3–§4.5 on one image, in the order the mechanisms depend on each other: the input maps SFMA
// keeps (§4.5), SPET's checkpoints among the kept channels (§4.3), SDSS's grid (§4.4), the output tiles
// in bands of threads, and the image's statistics (§4.6).
void EffortConv::run(const float* input, float* output, const ConvKnobs& knobs, LayerEffortStats& stats,
                     EffortMasks* masks, const float* residual) {
    if (!m_planned) throw std::logic_error("EffortConv::run before plan()");
    RunContext run;
    run.output = output;
    run.residual = residual;
    run.states = neuronStates(masks);
    LayerEffortStats image;
    keepInputMaps(input, knobs.sfma, run, image);
    run.spet = spetSchedule(knobs.spet, m_calibration.preActStd, m_keptPrefix, m_geometry.kernelSize());
    placeGrid(knobs.sdss, run);
    computeBands(input, run, image);
    if (masks) masks->inputMaps = m_maps.state;
    addImageStats(image, stats);
}

// Where the neuron states go: the caller's masks, or scratch when it wants none.
uint8_t* EffortConv::neuronStates(EffortMasks* masks) {
    std::vector<uint8_t>& states = masks ? masks->neurons : m_states;
    states.resize(static_cast<size_t>(m_outChannels * m_geometry.outSize()));
    return states.data();
}

// SPEC §4.5: which input maps stay in the GEMM (in significance order), what the approximated ones add as
// corrections, and the GEMM's operands: the kept channels' weight columns and their padded input.
void EffortConv::keepInputMaps(const float* input, const SfmaKnobs& sfma, RunContext& run,
                               LayerEffortStats& image) {
    const int64_t C = m_inChannels;
    summariseInputMaps(input, C, m_geometry.inSize(), sfma, m_calibration.inputScale, m_maps);
    image.overheadOps += m_maps.overheadOps;
    image.overheadOps += approximationCorrections(m_borders, m_outChannels, C, m_maps, m_corrections);
    m_kept.clear();
    m_keptPrefix.assign(static_cast<size_t>(C + 1), 0);
    for (int64_t j = 0; j < C; ++j) {
        const int32_t c = m_order[static_cast<size_t>(j)];
        const bool kept =
            m_maps.state[static_cast<size_t>(c)] == static_cast<uint8_t>(InputMapState::Computed);
        if (kept) m_kept.push_back(c);
        m_keptPrefix[static_cast<size_t>(j + 1)] = m_keptPrefix[static_cast<size_t>(j)] + (kept ? 1 : 0);
    }
    const int64_t kept = static_cast<int64_t>(m_kept.size());
    run.columns = kept * m_geometry.kernelSize();
    run.weights = kept < C ? gatherKeptWeights(run.columns) : m_ordered.data();
    padInput(input, C, m_geometry, m_kept.data(), kept, m_padded);
    run.corrected = !m_maps.approximated.empty();
}

// The kept channels' weight columns, so that the GEMM only sees kept channels. They are runs of
// consecutive ordered channels (few maps are removed), each one copy per weight row.
const float* EffortConv::gatherKeptWeights(int64_t columns) {
    const int64_t C = m_inChannels, k2 = m_geometry.kernelSize();
    m_keptRuns.clear();
    for (int64_t j = 0; j < C; ++j) {
        if (m_keptPrefix[static_cast<size_t>(j + 1)] == m_keptPrefix[static_cast<size_t>(j)]) continue;
        if (!m_keptRuns.empty() && m_keptRuns.back().second == j)
            ++m_keptRuns.back().second;
        else
            m_keptRuns.emplace_back(j, j + 1);
    }
    m_keptWeights.resize(static_cast<size_t>(m_outChannels * columns));
    for (int64_t o = 0; o < m_outChannels; ++o) {
        float* dst = m_keptWeights.data() + o * columns;
        for (const auto& [first, end] : m_keptRuns) {
            std::memcpy(dst, m_ordered.data() + (o * C + first) * k2,
                        static_cast<size_t>((end - first) * k2) * sizeof(float));
            dst += (end - first) * k2;
        }
    }
    return m_keptWeights.data();
}

// SPEC §4.4 item 1: with SDSS the grid, and the off-grid positions with their neighbours; without it every
// position is on the grid (of stride 1). Made again only when the stride changes.
void EffortConv::placeGrid(const SdssKnobs& sdss, RunContext& run) {
    const WindowGeometry& g = m_geometry;
    run.sdss = sdss.enabled() && g.outSize() > 1;
    run.sdssLimit = sdss.theta * m_calibration.activationScale;
    const int stride = run.sdss ? sdss.stride : 1;
    if (stride == m_gridStride) return;
    sdssPositions(g.out[0], g.out[1], stride, m_grid, m_offGrid);
    m_neighbours.clear();
    for (int32_t p : m_offGrid)
        m_neighbours.push_back(gridNeighbours(p, g.out[0], g.out[1], stride));
    m_hoods.clear();
    for (size_t t = 0; t < m_offGrid.size(); t += kTileLanes) {
        const int n = static_cast<int>(std::min<size_t>(kTileLanes, m_offGrid.size() - t));
        m_hoods.push_back(tileNeighbourhood(m_neighbours.data() + t, n));
    }
    m_gridStride = stride;
}

// Every output neuron: the grid's tiles (every position's without SDSS) in bands of threads, then the
// off-grid tiles, which read the grid's outputs (SPEC §4.4 item 2); a fully connected layer is one position.
void EffortConv::computeBands(const float* input, RunContext& run, LayerEffortStats& image) {
    planBands(input, run);
    std::vector<LayerEffortStats> bands(static_cast<size_t>(run.threads));
    if (m_geometry.outSize() == 1) {
        computeSinglePosition(run, m_scratch[0], bands[0]);
    } else {
        computePositions(run, m_grid, nullptr, bands);
        if (run.sdss) computePositions(run, m_offGrid, m_neighbours.data(), bands);
    }
    for (const LayerEffortStats& band : bands)
        image += band;
}

// Threads and cache blocking, as a dense GEMM is blocked: a chunk of tiles whose patches stay in the core's
// cache (unfolded once), and over it blocks of output channels whose weight rows stay in L1 while they meet
// every tile. Tile by tile over all channels would stream the whole weight matrix once per 16 positions.
void EffortConv::planBands(const float* input, RunContext& run) {
    const WindowGeometry& g = m_geometry;
    const int64_t M = m_outChannels, N = g.outSize();
    const int64_t columns = std::max<int64_t>(run.columns, 1);
    run.tileFloats = columns * kTileLanes;
    run.chunkTiles = std::max<int64_t>(1, kChunkFloats / run.tileFloats);
    run.blockRows = std::clamp<int64_t>(kBlockFloats / columns / 8 * 8, 8, std::max<int64_t>(M, 8));
    run.threads = N == 1 ? 1 : threadsFor(M * N * columns, m_threads);
    if (static_cast<int>(m_scratch.size()) < run.threads) m_scratch.resize(static_cast<size_t>(run.threads));
    for (Scratch& s : m_scratch) {
        s.tile.resize(static_cast<size_t>(run.tileFloats * run.chunkTiles));
        s.values.resize(static_cast<size_t>(M * kTileLanes));
        s.lanes.resize(static_cast<size_t>(M));
        s.rows.reserve(static_cast<size_t>(M));
        s.terminated.reserve(static_cast<size_t>(M));
    }
    run.pointwise = g.kernelSize() == 1 && g.stride[0] == 1 && g.stride[1] == 1 && !g.hasPadding();
    if (!run.pointwise) return;
    m_keptRows.resize(m_kept.size());
    for (size_t j = 0; j < m_kept.size(); ++j)
        m_keptRows[j] = input + static_cast<int64_t>(m_kept[j]) * N;
}

// The tiles of `positions` (with `neighbours`, one each, when they are off the grid), each thread a band
// of whole tiles, chunk by chunk.
void EffortConv::computePositions(const RunContext& run, const std::vector<int32_t>& positions,
                                  const GridNeighbours* neighbours, std::vector<LayerEffortStats>& bands) {
    const int64_t tiles = (static_cast<int64_t>(positions.size()) + kTileLanes - 1) / kTileLanes;
    parallelFor(run.threads, run.threads, [&](int64_t band) {
        const auto [begin, end] = threadBand(tiles, run.threads, static_cast<int>(band));
        Scratch& scratch = m_scratch[static_cast<size_t>(band)];
        LayerEffortStats& stats = bands[static_cast<size_t>(band)];
        for (int64_t chunk = begin; chunk < end; chunk += run.chunkTiles)
            computeChunk(run, positions, neighbours, chunk, std::min(end, chunk + run.chunkTiles), scratch,
                         stats);
    });
}

// Tiles [first, end) of `positions`: each tile's patches unfolded once into the chunk's buffer (a full
// tile of consecutive positions of a pointwise layer reads its rows in place instead), then each block of
// output channels over every tile of the chunk.
void EffortConv::computeChunk(const RunContext& run, const std::vector<int32_t>& positions,
                              const GridNeighbours* neighbours, int64_t first, int64_t end, Scratch& scratch,
                              LayerEffortStats& stats) {
    const int64_t count = static_cast<int64_t>(positions.size());
    const auto tileAt = [&](int64_t t) {
        Tile tile;
        tile.positions = positions.data() + t * kTileLanes;
        tile.n = static_cast<int>(std::min<int64_t>(kTileLanes, count - t * kTileLanes));
        tile.neighbours = neighbours ? neighbours + t * kTileLanes : nullptr;
        tile.hood = neighbours ? &m_hoods[static_cast<size_t>(t)] : nullptr;
        const bool inPlace = run.pointwise && tile.n == kTileLanes &&
                             tile.positions[kTileLanes - 1] - tile.positions[0] == kTileLanes - 1;
        if (inPlace) {
            tile.rows = m_keptRows.data();
            tile.offset = tile.positions[0];
        } else {
            tile.packed = scratch.tile.data() + (t - first) * run.tileFloats;
        }
        return tile;
    };
    for (int64_t t = first; t < end; ++t) {
        const Tile tile = tileAt(t);
        if (tile.packed)
            gatherTile(m_padded, m_geometry, m_kept.data(), static_cast<int64_t>(m_kept.size()),
                       tile.positions, tile.n, scratch.tile.data() + (t - first) * run.tileFloats);
    }
    for (int64_t r = 0; r < m_outChannels; r += run.blockRows)
        for (int64_t t = first; t < end; ++t)
            computeTile(run, tileAt(t), r, std::min(m_outChannels, r + run.blockRows), scratch, stats);
}

// A fully connected layer (one output position): SPET's partial sums and completions are dot products of
// weight rows with the kept inputs; SDSS has no neighbours to interpolate from.
void EffortConv::computeSinglePosition(const RunContext& run, Scratch& s, LayerEffortStats& stats) {
    const int64_t M = m_outChannels, K = run.columns;
    const int32_t position = 0;
    extractPatches(m_padded, m_geometry, m_kept.data(), static_cast<int64_t>(m_kept.size()), &position, 1,
                   s.tile.data());
    s.rows.resize(static_cast<size_t>(M));
    for (int64_t o = 0; o < M; ++o) {
        s.rows[static_cast<size_t>(o)] = static_cast<int32_t>(o);
        run.output[o] = initialValue(run, o, 0);
        run.states[o] = kComputed;
    }
    if (run.corrected) stats.overheadOps += M;
    const std::vector<int64_t>& b = run.spet.boundaries;
    const int64_t first = run.spet.active() ? b[0] : K;
    accumulateRowDots(s.tile.data(), run.weights, K, s.rows.data(), M, 0, first, run.output);
    stats.partialOps += M * first;
    for (size_t j = 0; run.spet.active() && j < b.size(); ++j) {
        size_t kept = 0;
        for (int32_t o : s.rows) {
            if (run.output[o] < run.spet.threshold) {
                run.output[o] = 0.0f;
                run.states[o] = kTerminated;
                ++stats.spetTerminated;
            } else {
                s.rows[kept++] = o;
            }
        }
        stats.overheadOps += static_cast<int64_t>(s.rows.size());
        s.rows.resize(kept);
        const int64_t end = j + 1 < b.size() ? b[j + 1] : K;
        accumulateRowDots(s.tile.data(), run.weights, K, s.rows.data(), static_cast<int64_t>(kept), b[j], end,
                          run.output);
        stats.completionOps += static_cast<int64_t>(kept) * (end - b[j]);
    }
    for (int64_t o = 0; o < M; ++o)
        run.output[o] = std::max(run.output[o], 0.0f);
}

// SPEC §4.6: the image's layer-level counts beside what its tiles added, then into the caller's stats.
void EffortConv::addImageStats(LayerEffortStats& image, LayerEffortStats& stats) const {
    image.denseOps = denseOps();
    image.executedOps = image.partialOps + image.completionOps + image.overheadOps;
    image.sfmaApproximated = static_cast<int64_t>(m_maps.approximated.size());
    image.sfmaZeroSkipped = m_maps.zeroSkipped;
    image.neurons = m_outChannels * m_geometry.outSize();
    image.inputMaps = m_inChannels;
    stats += image;
}

// --- one tile ---------------------------------------------------------------------------------------------

// One tile of output positions (effort/tile_gemm.h), output channels [rowsBegin, rowsEnd): SDSS's choice
// of channels off the grid, then SPET's partial sums, checkpoints and completions, then ReLU.
DYVE_VECTOR_CLONES
void EffortConv::computeTile(const RunContext& run, const Tile& tile, int64_t rowsBegin, int64_t rowsEnd,
                             Scratch& s, LayerEffortStats& stats) {
    selectRows(run, tile, rowsBegin, rowsEnd, s, stats);
    if (s.rows.empty()) return;
    startValues(run, tile, s, stats);
    if (run.spet.active()) {
        runToCheckpoints(run, tile, s, stats);
    } else {
        accumulate(run, tile, s, 0, run.columns);
        stats.partialOps += static_cast<int64_t>(s.rows.size()) * tile.n * run.columns;
    }
    storeComputed(run, tile, s);
}

// computeTile's steps, inlined into each of its vector clones.

// Which output channels of the tile are computed (s.rows) and on which lanes (s.lanes). On the grid, or
// without SDSS, every channel on every lane. Off the grid (SPEC §4.4 item 2) a channel whose grid
// neighbours are insignificant on every lane is interpolated (0 when none is above 0) and not computed.
inline __attribute__((always_inline)) void EffortConv::selectRows(const RunContext& run, const Tile& tile,
                                                                  int64_t rowsBegin, int64_t rowsEnd,
                                                                  Scratch& s, LayerEffortStats& stats) {
    const int64_t N = m_geometry.outSize();
    const int n = tile.n;
    s.rows.clear();
    if (!tile.neighbours) {
        for (int64_t o = rowsBegin; o < rowsEnd; ++o) {
            s.rows.push_back(static_cast<int32_t>(o));
            s.lanes[static_cast<size_t>(o)] = (1u << n) - 1u;
        }
        return;
    }
    for (int64_t o = rowsBegin; o < rowsEnd; ++o) {
        float* map = run.output + o * N;
        bool positive = true;
        const uint32_t lanes = tile.hood->count
                                   ? sdssSignificantLanes(map, *tile.hood, n, run.sdssLimit, positive, stats)
                                   : sdssSignificantLanes(map, tile.neighbours, n, run.sdssLimit, stats);
        s.lanes[static_cast<size_t>(o)] = lanes;
        if (lanes) {
            s.rows.push_back(static_cast<int32_t>(o));
            continue;
        }
        for (int i = 0; i < n; ++i) {
            map[tile.positions[i]] = positive ? sdssInterpolate(map, tile.neighbours[i], stats) : 0.0f;
            run.states[o * N + tile.positions[i]] = kInterpolated;
        }
        stats.sdssInterpolated += n;
    }
}

// The selected channels' starting values on every lane: the bias, SFMA's corrections and the residual.
inline __attribute__((always_inline)) void EffortConv::startValues(const RunContext& run, const Tile& tile,
                                                                   Scratch& s, LayerEffortStats& stats) {
    const int64_t rowCount = static_cast<int64_t>(s.rows.size());
    if (!run.corrected && !run.residual) {
        fillTileRows(m_bias.data(), s.rows.data(), rowCount, s.values.data());
        return;
    }
    for (int32_t o : s.rows) {
        float* v = s.values.data() + static_cast<int64_t>(o) * kTileLanes;
        for (int i = 0; i < kTileLanes; ++i)
            v[i] = initialValue(run, o, tile.positions[i < tile.n ? i : 0]);
    }
    if (run.corrected) stats.overheadOps += rowCount * tile.n; // adding the corrections
}

// The initial value of neuron (o, position): the bias, plus what SFMA's approximated maps contribute there
// (SPEC §4.5 item 2), plus the residual shortcut when there is one.
inline float EffortConv::initialValue(const RunContext& run, int64_t o, int64_t position) const {
    float v = m_bias[static_cast<size_t>(o)];
    if (run.corrected) {
        const int64_t borderClass = m_borders.classOf(position, m_geometry.out[1]);
        v += m_corrections[static_cast<size_t>(borderClass * m_outChannels + o)];
    }
    if (run.residual) v += run.residual[o * m_geometry.outSize() + position];
    return v;
}

// Columns [k0, k1) of the kept-channel GEMM for the channels in s.rows.
inline __attribute__((always_inline)) void EffortConv::accumulate(const RunContext& run, const Tile& tile,
                                                                  Scratch& s, int64_t k0, int64_t k1) {
    const int64_t rowCount = static_cast<int64_t>(s.rows.size());
    if (tile.packed)
        accumulateTileRows(run.weights, run.columns, s.rows.data(), rowCount, tile.packed, k0, k1,
                           s.values.data());
    else
        accumulateTileRows(run.weights, run.columns, s.rows.data(), rowCount, tile.rows, tile.offset, k0, k1,
                           s.values.data());
}

// SPEC §4.3: the partial sums up to the first checkpoint; at each checkpoint the channels predicted
// saturated on every lane that matters stop, and the others run on to the next checkpoint or the end. A
// channel that runs to the end is exact on the whole tile, the interpolations it would have had included.
inline __attribute__((always_inline)) void
EffortConv::runToCheckpoints(const RunContext& run, const Tile& tile, Scratch& s, LayerEffortStats& stats) {
    const std::vector<int64_t>& b = run.spet.boundaries;
    accumulate(run, tile, s, 0, b[0]);
    stats.partialOps += static_cast<int64_t>(s.rows.size()) * tile.n * b[0];
    for (size_t j = 0; j < b.size() && !s.rows.empty(); ++j) {
        s.terminated.clear();
        spetTerminate(s.values.data(), s.rows, s.lanes.data(), run.spet.threshold, s.terminated, stats);
        storeTerminated(run, tile, s, stats);
        const int64_t end = j + 1 < b.size() ? b[j + 1] : run.columns;
        accumulate(run, tile, s, b[j], end);
        stats.completionOps += static_cast<int64_t>(s.rows.size()) * tile.n * (end - b[j]);
    }
}

// The outputs of the channels SPET stopped at a checkpoint: 0 on the lanes they were to compute, the
// interpolation on the off-grid lanes SDSS found insignificant.
inline __attribute__((always_inline)) void EffortConv::storeTerminated(const RunContext& run,
                                                                       const Tile& tile, const Scratch& s,
                                                                       LayerEffortStats& stats) {
    const int64_t N = m_geometry.outSize();
    for (int32_t o : s.terminated) {
        const uint32_t lanes = s.lanes[static_cast<size_t>(o)];
        float* map = run.output + o * N;
        for (int i = 0; i < tile.n; ++i) {
            uint8_t& state = run.states[o * N + tile.positions[i]];
            if (lanes >> i & 1u) {
                map[tile.positions[i]] = 0.0f;
                state = kTerminated;
                ++stats.spetTerminated;
            } else {
                map[tile.positions[i]] = sdssInterpolate(map, tile.neighbours[i], stats);
                state = kInterpolated;
                ++stats.sdssInterpolated;
            }
        }
    }
}

// ReLU and into the output maps: a full tile along one output row is a run of kTileLanes floats in each.
inline __attribute__((always_inline)) void EffortConv::storeComputed(const RunContext& run, const Tile& tile,
                                                                     const Scratch& s) {
    const int64_t N = m_geometry.outSize();
    const int32_t* pos = tile.positions;
    const int n = tile.n;
    if (n == kTileLanes && pos[n - 1] - pos[0] == n - 1) {
        storeTileRowsRectified(s.values.data(), s.rows.data(), static_cast<int64_t>(s.rows.size()),
                               run.output, run.states, N, pos[0], kComputed);
        return;
    }
    for (int32_t o : s.rows) {
        const float* v = s.values.data() + static_cast<int64_t>(o) * kTileLanes;
        for (int i = 0; i < n; ++i) {
            run.output[o * N + pos[i]] = std::max(v[i], 0.0f);
            run.states[o * N + pos[i]] = kComputed;
        }
    }
}

void EffortConv::preActivations(const float* input, float* output) {
    if (!m_planned) throw std::logic_error("EffortConv::preActivations before plan()");
    const int64_t M = m_outChannels, C = m_inChannels, K = C * m_geometry.kernelSize(),
                  N = m_geometry.outSize();
    std::vector<int32_t> channels(m_order);
    std::vector<int32_t> positions(static_cast<size_t>(N));
    std::iota(positions.begin(), positions.end(), 0);
    std::vector<float> patches(static_cast<size_t>(N * K));
    padInput(input, C, m_geometry, channels.data(), C, m_padded);
    extractPatches(m_padded, m_geometry, channels.data(), C, positions.data(), N, patches.data());
    for (int64_t o = 0; o < M; ++o)
        std::fill(output + o * N, output + (o + 1) * N, m_bias[static_cast<size_t>(o)]);
    multiplyByPatches(m_ordered.data(), K, M, patches.data(), K, N, K, output);
}

} // namespace dyve
