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
                significance[static_cast<size_t>(c)] += std::fabs(m_weights[static_cast<size_t>(o * row + c * k2 + t)]);
    m_order.resize(static_cast<size_t>(m_inChannels));
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int32_t a, int32_t b) { return significance[static_cast<size_t>(a)] > significance[static_cast<size_t>(b)]; });
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
                                    std::to_string(g.kernel[1]) + " window for a " + std::to_string(m_kernel[0]) +
                                    "×" + std::to_string(m_kernel[1]) + " kernel");
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

struct EffortConv::RunContext {
    float* output = nullptr;
    const float* residual = nullptr; // M × Ho × Wo, or nullptr
    uint8_t* states = nullptr;       // M × Ho × Wo
    const float* weights = nullptr;  // M × columns: the kept channels in significance order
    int64_t columns = 0;
    SpetSchedule spet;
    bool corrected = false; // SFMA approximated some maps: add their corrections
    float sdssLimit = 0.0f;
};

namespace {

constexpr uint8_t kComputed = static_cast<uint8_t>(NeuronState::Computed);
constexpr uint8_t kTerminated = static_cast<uint8_t>(NeuronState::SpetTerminated);
constexpr uint8_t kInterpolated = static_cast<uint8_t>(NeuronState::SdssInterpolated);

} // namespace

// The initial value of neuron (o, position): the bias, plus what SFMA's approximated maps contribute there
// (SPEC §4.5 item 2), plus the residual shortcut when there is one.
inline float EffortConv::initialValue(const RunContext& run, int64_t o, int64_t position) const {
    float v = m_bias[static_cast<size_t>(o)];
    if (run.corrected)
        v += m_corrections[static_cast<size_t>(m_borders.classOf(position, m_geometry.out[1]) * m_outChannels + o)];
    if (run.residual) v += run.residual[o * m_geometry.outSize() + position];
    return v;
}

// One tile of output positions (effort/tile_gemm.h). On the grid (or without SDSS) every output channel
// is computed; off the grid (SPEC §4.4 item 2) a channel whose grid neighbours are all insignificant on the
// tile is interpolated and the others computed. Computing is one partial multiplication of the channels
// over the columns before SPET's first checkpoint, then at each checkpoint the channels predicted
// saturated on every lane that matters stop (SPEC §4.3) and the others run on to the next; a channel that
// runs to the end is exact on the whole tile, the interpolations it would have had included.
DYVE_VECTOR_CLONES
void EffortConv::computeTile(const RunContext& run, const int32_t* pos, int n,
                             const GridNeighbours* neighbours, const TileNeighbourhood* hood,
                             const TilePatches& tile, int64_t rowsBegin, int64_t rowsEnd, Scratch& s,
                             LayerEffortStats& stats) {
    const int64_t K = run.columns, N = m_geometry.outSize();
    const auto accumulate = [&](int64_t rowCount, int64_t k0, int64_t k1) {
        if (tile.packed)
            accumulateTileRows(run.weights, K, s.rows.data(), rowCount, tile.packed, k0, k1, s.values.data());
        else
            accumulateTileRows(run.weights, K, s.rows.data(), rowCount, tile.rows, tile.offset, k0, k1,
                               s.values.data());
    };
    const uint32_t all = (1u << n) - 1u;
    s.rows.clear();
    if (!neighbours) {
        for (int64_t o = rowsBegin; o < rowsEnd; ++o) {
            s.rows.push_back(static_cast<int32_t>(o));
            s.lanes[static_cast<size_t>(o)] = all;
        }
    } else {
        for (int64_t o = rowsBegin; o < rowsEnd; ++o) {
            bool positive = true;
            const uint32_t lanes =
                hood->count
                    ? sdssSignificantLanes(run.output + o * N, *hood, n, run.sdssLimit, positive, stats)
                    : sdssSignificantLanes(run.output + o * N, neighbours, n, run.sdssLimit, stats);
            s.lanes[static_cast<size_t>(o)] = lanes;
            if (lanes) {
                s.rows.push_back(static_cast<int32_t>(o));
                continue;
            }
            for (int i = 0; i < n; ++i) {
                run.output[o * N + pos[i]] =
                    positive ? sdssInterpolate(run.output + o * N, neighbours[i], stats) : 0.0f;
                run.states[o * N + pos[i]] = kInterpolated;
            }
            stats.sdssInterpolated += n;
        }
        if (s.rows.empty()) return;
    }
    if (!run.corrected && !run.residual) {
        fillTileRows(m_bias.data(), s.rows.data(), static_cast<int64_t>(s.rows.size()), s.values.data());
    } else {
        for (int32_t o : s.rows) {
            float* v = s.values.data() + static_cast<int64_t>(o) * kTileLanes;
            for (int i = 0; i < kTileLanes; ++i)
                v[i] = initialValue(run, o, pos[i < n ? i : 0]);
        }
    }
    const int64_t rowCount = static_cast<int64_t>(s.rows.size());
    if (run.corrected) stats.overheadOps += rowCount * n; // adding the corrections
    if (!run.spet.active()) {
        accumulate(rowCount, 0, K);
        stats.partialOps += rowCount * n * K;
    } else {
        const std::vector<int64_t>& b = run.spet.boundaries;
        accumulate(rowCount, 0, b[0]);
        stats.partialOps += rowCount * n * b[0];
        for (size_t j = 0; j < b.size() && !s.rows.empty(); ++j) {
            s.terminated.clear();
            spetTerminate(s.values.data(), s.rows, s.lanes.data(), run.spet.threshold, s.terminated, stats);
            for (int32_t o : s.terminated) {
                const uint32_t lanes = s.lanes[static_cast<size_t>(o)];
                for (int i = 0; i < n; ++i) {
                    float& out = run.output[o * N + pos[i]];
                    uint8_t& state = run.states[o * N + pos[i]];
                    if (lanes >> i & 1u) {
                        out = 0.0f;
                        state = kTerminated;
                        ++stats.spetTerminated;
                    } else { // an off-grid position SDSS found insignificant
                        out = sdssInterpolate(run.output + o * N, neighbours[i], stats);
                        state = kInterpolated;
                        ++stats.sdssInterpolated;
                    }
                }
            }
            const int64_t end = j + 1 < b.size() ? b[j + 1] : K;
            accumulate(static_cast<int64_t>(s.rows.size()), b[j], end);
            stats.completionOps += static_cast<int64_t>(s.rows.size()) * n * (end - b[j]);
        }
    }
    // ReLU and into the output maps: a tile along one output row is a run of n floats in each map.
    if (n == kTileLanes && pos[n - 1] - pos[0] == n - 1) {
        storeTileRowsRectified(s.values.data(), s.rows.data(), static_cast<int64_t>(s.rows.size()), run.output,
                               run.states, N, pos[0], kComputed);
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

void EffortConv::run(const float* input, float* output, const ConvKnobs& knobs, LayerEffortStats& stats,
                     EffortMasks* masks, const float* residual) {
    if (!m_planned) throw std::logic_error("EffortConv::run before plan()");
    const WindowGeometry& g = m_geometry;
    const int64_t M = m_outChannels, C = m_inChannels, k2 = g.kernelSize(), N = g.outSize();
    LayerEffortStats total; // this image's

    // SPEC §4.5: which input maps stay in the GEMM; the others' contributions as corrections.
    summariseInputMaps(input, C, g.inSize(), knobs.sfma, m_calibration.inputScale, m_maps);
    total.overheadOps += m_maps.overheadOps;
    total.overheadOps += approximationCorrections(m_borders, M, C, m_maps, m_corrections);
    m_kept.clear();
    m_keptPrefix.assign(static_cast<size_t>(C + 1), 0);
    for (int64_t j = 0; j < C; ++j) {
        const int32_t c = m_order[static_cast<size_t>(j)];
        const bool kept = m_maps.state[static_cast<size_t>(c)] == static_cast<uint8_t>(InputMapState::Computed);
        if (kept) m_kept.push_back(c);
        m_keptPrefix[static_cast<size_t>(j + 1)] = m_keptPrefix[static_cast<size_t>(j)] + (kept ? 1 : 0);
    }
    RunContext run;
    run.output = output;
    run.residual = residual;
    run.columns = static_cast<int64_t>(m_kept.size()) * k2;
    run.weights = m_ordered.data();
    if (static_cast<int64_t>(m_kept.size()) < C) {
        // Gather the kept channels' weight columns: the GEMM then only sees kept channels. They are runs of
        // consecutive ordered channels (few maps are removed), each one copy per weight row.
        m_keptRuns.clear();
        for (int64_t j = 0; j < C; ++j) {
            if (m_keptPrefix[static_cast<size_t>(j + 1)] == m_keptPrefix[static_cast<size_t>(j)]) continue;
            if (!m_keptRuns.empty() && m_keptRuns.back().second == j)
                ++m_keptRuns.back().second;
            else
                m_keptRuns.emplace_back(j, j + 1);
        }
        m_keptWeights.resize(static_cast<size_t>(M * run.columns));
        for (int64_t o = 0; o < M; ++o) {
            float* dst = m_keptWeights.data() + o * run.columns;
            for (const auto& [first, end] : m_keptRuns) {
                std::memcpy(dst, m_ordered.data() + (o * C + first) * k2,
                            static_cast<size_t>((end - first) * k2) * sizeof(float));
                dst += (end - first) * k2;
            }
        }
        run.weights = m_keptWeights.data();
    }
    padInput(input, C, g, m_kept.data(), static_cast<int64_t>(m_kept.size()), m_padded);
    run.corrected = !m_maps.approximated.empty();
    run.spet = spetSchedule(knobs.spet, m_calibration.preActStd, m_keptPrefix, k2);

    // SPEC §4.4: with SDSS the grid first, else every position.
    const bool sdss = knobs.sdss.enabled() && N > 1;
    const int stride = sdss ? knobs.sdss.stride : 1;
    // A 1×1 convolution with stride 1 and no padding: the patch rows are the kept input planes themselves.
    const bool pointwise = k2 == 1 && g.stride[0] == 1 && g.stride[1] == 1 && !g.hasPadding();
    if (stride != m_gridStride) {
        sdssPositions(g.out[0], g.out[1], stride, m_grid, m_offGrid);
        m_neighbours.clear();
        for (int32_t p : m_offGrid)
            m_neighbours.push_back(gridNeighbours(p, g.out[0], g.out[1], stride));
        m_hoods.clear();
        for (size_t t = 0; t < m_offGrid.size(); t += kTileLanes)
            m_hoods.push_back(tileNeighbourhood(m_neighbours.data() + t,
                                                static_cast<int>(std::min<size_t>(kTileLanes, m_offGrid.size() - t))));
        m_gridStride = stride;
    }
    run.sdssLimit = knobs.sdss.theta * m_calibration.activationScale;

    std::vector<uint8_t>& states = masks ? masks->neurons : m_states;
    states.resize(static_cast<size_t>(M * N));
    run.states = states.data();

    // Blocked as a dense GEMM is: a chunk of tiles whose patches stay in the core's cache (unfolded once),
    // and over it blocks of output channels whose weight rows stay in L1 while they meet every tile. Tile
    // by tile over all channels would stream the whole weight matrix once per 16 positions.
    const int64_t columns = std::max<int64_t>(run.columns, 1);
    const int64_t tileFloats = columns * kTileLanes;
    const int64_t chunkTiles = std::max<int64_t>(1, kChunkFloats / tileFloats);
    const int64_t blockRows = std::clamp<int64_t>(kBlockFloats / columns / 8 * 8, 8, std::max<int64_t>(M, 8));

    const int threads = N == 1 ? 1 : threadsFor(M * N * columns, m_threads);
    if (static_cast<int>(m_scratch.size()) < threads) m_scratch.resize(static_cast<size_t>(threads));
    for (Scratch& s : m_scratch) {
        s.tile.resize(static_cast<size_t>(tileFloats * chunkTiles));
        s.values.resize(static_cast<size_t>(M * kTileLanes));
        s.lanes.resize(static_cast<size_t>(M));
        s.rows.reserve(static_cast<size_t>(M));
        s.terminated.reserve(static_cast<size_t>(M));
    }
    std::vector<LayerEffortStats> bandStats(static_cast<size_t>(threads));
    if (pointwise) {
        m_keptRows.resize(m_kept.size());
        for (size_t j = 0; j < m_kept.size(); ++j)
            m_keptRows[j] = input + static_cast<int64_t>(m_kept[j]) * N;
    }
    // Each thread takes a band of whole tiles; the off-grid tiles start once every grid tile is done.
    const auto inBands = [&](const std::vector<int32_t>& positions, const GridNeighbours* neighbours) {
        const int64_t count = static_cast<int64_t>(positions.size());
        const int64_t tiles = (count + kTileLanes - 1) / kTileLanes;
        parallelFor(threads, threads, [&](int64_t band) {
            const auto [begin, end] = threadBand(tiles, threads, static_cast<int>(band));
            Scratch& scratch = m_scratch[static_cast<size_t>(band)];
            LayerEffortStats& work = bandStats[static_cast<size_t>(band)];
            const auto lanesOf = [&](int64_t t) {
                return static_cast<int>(std::min<int64_t>(kTileLanes, count - t * kTileLanes));
            };
            // A full tile of consecutive positions of a pointwise layer reads its rows in place; any other
            // is unfolded into the chunk's buffer.
            const auto inPlace = [&](int64_t t) {
                const int32_t* p = positions.data() + t * kTileLanes;
                return pointwise && lanesOf(t) == kTileLanes && p[kTileLanes - 1] - p[0] == kTileLanes - 1;
            };
            const auto unfolded = [&](int64_t t, int64_t chunk) { return scratch.tile.data() + (t - chunk) * tileFloats; };
            const auto patchesOf = [&](int64_t t, int64_t chunk) {
                TilePatches patches;
                if (inPlace(t)) {
                    patches.rows = m_keptRows.data();
                    patches.offset = positions[static_cast<size_t>(t * kTileLanes)];
                } else {
                    patches.packed = unfolded(t, chunk);
                }
                return patches;
            };
            for (int64_t chunk = begin; chunk < end; chunk += chunkTiles) {
                const int64_t chunkEnd = std::min(end, chunk + chunkTiles);
                for (int64_t t = chunk; t < chunkEnd; ++t)
                    if (!inPlace(t))
                        gatherTile(m_padded, g, m_kept.data(), static_cast<int64_t>(m_kept.size()),
                                   positions.data() + t * kTileLanes, lanesOf(t), unfolded(t, chunk));
                for (int64_t r = 0; r < M; r += blockRows)
                    for (int64_t t = chunk; t < chunkEnd; ++t) {
                        const int64_t first = t * kTileLanes;
                        computeTile(run, positions.data() + first, lanesOf(t),
                                    neighbours ? neighbours + first : nullptr,
                                    neighbours ? &m_hoods[static_cast<size_t>(t)] : nullptr,
                                    patchesOf(t, chunk), r, std::min(M, r + blockRows), scratch, work);
                    }
            }
        });
    };
    if (N == 1) {
        computeSinglePosition(run, m_scratch[0], bandStats[0]);
    } else {
        inBands(m_grid, nullptr);
        if (sdss) inBands(m_offGrid, m_neighbours.data());
    }
    for (const LayerEffortStats& b : bandStats)
        total += b;

    if (masks) masks->inputMaps = m_maps.state;
    total.denseOps = denseOps();
    total.executedOps = total.partialOps + total.completionOps + total.overheadOps;
    total.sfmaApproximated = static_cast<int64_t>(m_maps.approximated.size());
    total.sfmaZeroSkipped = m_maps.zeroSkipped;
    total.neurons = M * N;
    total.inputMaps = C;
    stats += total;
}

void EffortConv::preActivations(const float* input, float* output) {
    if (!m_planned) throw std::logic_error("EffortConv::preActivations before plan()");
    const int64_t M = m_outChannels, C = m_inChannels, K = C * m_geometry.kernelSize(), N = m_geometry.outSize();
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
