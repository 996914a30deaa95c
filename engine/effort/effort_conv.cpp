#include "effort/effort_conv.h"

#include "effort/conv_patches.h"
#include "effort/sdss.h"
#include "effort/spet.h"
#include "kernels/parallel_for.h"
#include "kernels/thread_bands.h"

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
    uint8_t* states = nullptr; // M × Ho × Wo
    const float* weights = nullptr; // M × columns: the kept channels in significance order
    int64_t columns = 0;
    SpetSchedule spet;
    bool corrected = false; // SFMA approximated some maps: add their corrections
    float sdssLimit = 0.0f;
    int sdssStride = 1;
};

// The initial value of neuron (o, position): the bias, plus what SFMA's approximated maps contribute
// there (SPEC §4.5 item 2).
static inline float initialValue(const std::vector<float>& bias, const std::vector<float>& corrections,
                                 const BorderKernelSums& borders, bool corrected, const float* residual, int64_t o,
                                 int64_t position, int64_t outW, int64_t M, int64_t N) {
    float v = bias[static_cast<size_t>(o)];
    if (corrected) v += corrections[static_cast<size_t>(borders.classOf(position, outW) * M + o)];
    if (residual) v += residual[o * N + position];
    return v;
}

// The listed positions exactly (or with SPET): unfold a tile of them, one GEMM (SPEC §4.2's im2col + sgemm
// on the kept channels), completions, scatter into the output maps.
void EffortConv::computePositions(const RunContext& run, const int32_t* positions, int64_t count, Scratch& s,
                                  EffortOps& ops) {
    const int64_t M = m_outChannels, K = run.columns, N = m_geometry.outSize(), outW = m_geometry.out[1];
    // About 256 KiB of patches a tile, so they are still in cache when the GEMM and completions read them.
    const int64_t tile = std::max<int64_t>(16, std::min<int64_t>(count, 65536 / std::max<int64_t>(K, 1)));
    for (int64_t t = 0; t < count; t += tile) {
        const int64_t n = std::min(tile, count - t);
        const int32_t* pos = positions + t;
        s.patches.resize(static_cast<size_t>(n * K));
        s.values.resize(static_cast<size_t>(M * n));
        s.states.resize(static_cast<size_t>(M * n));
        extractPatches(m_padded, m_geometry, m_kept.data(), static_cast<int64_t>(m_kept.size()), pos, n,
                       s.patches.data());
        for (int64_t o = 0; o < M; ++o)
            for (int64_t i = 0; i < n; ++i)
                s.values[static_cast<size_t>(o * n + i)] =
                    initialValue(m_bias, m_corrections, m_borders, run.corrected, run.residual, o, pos[i], outW, M, N);
        if (run.corrected) ops.overhead += M * n; // adding the correction
        const NeuronBlock block{run.weights, M, K, s.patches.data(), n, s.values.data(), s.states.data()};
        if (run.spet.active())
            computeBlockSpet(block, run.spet, ops);
        else
            computeBlockDense(block, ops);
        for (int64_t o = 0; o < M; ++o)
            for (int64_t i = 0; i < n; ++i) {
                run.output[o * N + pos[i]] = s.values[static_cast<size_t>(o * n + i)];
                run.states[o * N + pos[i]] = s.states[static_cast<size_t>(o * n + i)];
            }
    }
}

// SPEC §4.4 item 2: every off-grid position, once the grid is final. A position where at least half of the
// output channels need exact work joins a batch computed like the grid, every channel exact with one GEMM
// (a dot product a neuron costs several times a GEMM's multiply-accumulate, so this is the cheaper way,
// and the interpolations it overrides become exact neurons); the others compute their channels one dot
// product each.
void EffortConv::refineOffGrid(const RunContext& run, const int32_t* positions, int64_t count, Scratch& s,
                               EffortOps& ops) {
    const int64_t M = m_outChannels, K = run.columns, N = m_geometry.outSize();
    const int64_t outH = m_geometry.out[0], outW = m_geometry.out[1];
    s.patches.resize(static_cast<size_t>(K));
    s.values.resize(static_cast<size_t>(M));
    s.states.resize(static_cast<size_t>(M));
    s.whole.clear();
    for (int64_t i = 0; i < count; ++i) {
        const int32_t p = positions[i];
        s.rows.clear();
        sdssInterpolateOrSelect(run.output, run.states, M, N, p, gridNeighbours(p, outH, outW, run.sdssStride),
                                run.sdssLimit, s.rows, ops);
        if (s.rows.empty()) continue;
        if (2 * static_cast<int64_t>(s.rows.size()) >= M) {
            ops.sdssInterpolated -= M - static_cast<int64_t>(s.rows.size());
            s.whole.push_back(p);
            continue;
        }
        extractPatches(m_padded, m_geometry, m_kept.data(), static_cast<int64_t>(m_kept.size()), &p, 1,
                       s.patches.data());
        for (int32_t o : s.rows) {
            s.values[static_cast<size_t>(o)] =
                initialValue(m_bias, m_corrections, m_borders, run.corrected, run.residual, o, p, outW, M, N);
            s.states[static_cast<size_t>(o)] = static_cast<uint8_t>(NeuronState::Computed);
        }
        if (run.corrected) ops.overhead += static_cast<int64_t>(s.rows.size());
        s.exact.assign(s.rows.begin(), s.rows.end()); // SPET consumes its list
        if (run.spet.active())
            computeRowsSpet(s.patches.data(), run.weights, K, s.rows, run.spet, s.values.data(), s.states.data(), ops);
        else
            computeRowsDense(s.patches.data(), run.weights, K, s.rows, s.values.data(), ops);
        for (int32_t o : s.exact) {
            run.output[o * N + p] = s.values[static_cast<size_t>(o)];
            run.states[o * N + p] = s.states[static_cast<size_t>(o)];
        }
    }
    computePositions(run, s.whole.data(), static_cast<int64_t>(s.whole.size()), s, ops);
}

void EffortConv::run(const float* input, float* output, const ConvKnobs& knobs, LayerEffortStats& stats,
                     EffortMasks* masks, const float* residual) {
    if (!m_planned) throw std::logic_error("EffortConv::run before plan()");
    const WindowGeometry& g = m_geometry;
    const int64_t M = m_outChannels, C = m_inChannels, k2 = g.kernelSize(), N = g.outSize();
    EffortOps total;

    // SPEC §4.5: which input maps stay in the GEMM; the others' contributions as corrections.
    summariseInputMaps(input, C, g.inSize(), knobs.sfma.nu, m_calibration.inputScale, m_maps);
    total.overhead += m_maps.overheadOps;
    total.overhead += approximationCorrections(m_borders, M, C, m_maps, m_corrections);
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
        // Gather the kept channels' weight columns: the GEMM then only sees kept channels.
        m_keptWeights.resize(static_cast<size_t>(M * run.columns));
        for (int64_t o = 0; o < M; ++o) {
            float* dst = m_keptWeights.data() + o * run.columns;
            for (int64_t j = 0; j < C; ++j)
                if (m_keptPrefix[static_cast<size_t>(j + 1)] != m_keptPrefix[static_cast<size_t>(j)]) {
                    std::memcpy(dst, m_ordered.data() + (o * C + j) * k2, static_cast<size_t>(k2) * sizeof(float));
                    dst += k2;
                }
        }
        run.weights = m_keptWeights.data();
    }
    padInput(input, C, g, m_kept.data(), static_cast<int64_t>(m_kept.size()), m_padded);
    run.corrected = !m_maps.approximated.empty();
    run.spet = spetSchedule(knobs.spet, m_calibration.preActStd, m_keptPrefix, k2);

    // SPEC §4.4: with SDSS the grid first, else every position.
    const bool sdss = knobs.sdss.theta >= 0.0f && knobs.sdss.stride >= 2 && N > 1;
    const int stride = sdss ? knobs.sdss.stride : 1;
    if (stride != m_gridStride) {
        sdssPositions(g.out[0], g.out[1], stride, m_grid, m_offGrid);
        m_gridStride = stride;
    }
    run.sdssStride = stride;
    run.sdssLimit = knobs.sdss.theta * m_calibration.activationScale;

    std::vector<uint8_t>& states = masks ? masks->neurons : m_states;
    states.resize(static_cast<size_t>(M * N));
    run.states = states.data();

    const int threads = threadsFor(M * N * std::max<int64_t>(run.columns, 1), m_threads);
    if (static_cast<int>(m_scratch.size()) < threads) m_scratch.resize(static_cast<size_t>(threads));
    std::vector<EffortOps> bandOps(static_cast<size_t>(threads));
    const auto inBands = [&](const std::vector<int32_t>& positions, auto phase) {
        const int64_t count = static_cast<int64_t>(positions.size());
        parallelFor(threads, threads, [&](int64_t band) {
            const auto [begin, end] = threadBand(count, threads, static_cast<int>(band), 16);
            if (end > begin)
                (this->*phase)(run, positions.data() + begin, end - begin, m_scratch[static_cast<size_t>(band)],
                               bandOps[static_cast<size_t>(band)]);
        });
    };
    inBands(m_grid, &EffortConv::computePositions);
    if (sdss) inBands(m_offGrid, &EffortConv::refineOffGrid);
    for (const EffortOps& b : bandOps)
        total += b;

    if (masks) masks->inputMaps = m_maps.state;
    LayerEffortStats add;
    add.denseOps = denseOps();
    add.partialOps = total.partial;
    add.completionOps = total.completion;
    add.overheadOps = total.overhead;
    add.executedOps = total.partial + total.completion + total.overhead;
    add.spetTerminated = total.spetTerminated;
    add.sdssInterpolated = total.sdssInterpolated;
    add.sfmaApproximated = static_cast<int64_t>(m_maps.approximated.size());
    add.sfmaZeroSkipped = m_maps.zeroSkipped;
    add.neurons = M * N;
    add.inputMaps = C;
    stats += add;
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
