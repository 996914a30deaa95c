#include "kernels/depthwise.h"
#include "kernels/im2col.h"
#include "kernels/packed_gemm.h"
#include "kernels/parallel_for.h"
#include "kernels/sparse_gemm.h"
#include "kernels/strided_copy.h"
#include "kernels/thread_bands.h"
#include "kernels/vector_clones.h"
#include "operators/layer.h"
#include "operators/node_context.h"
#include "operators/window_attributes.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>

namespace dyve {

namespace {

// No buffer that plan() sizes holds more elements than this, the runtime's limit for any tensor (8 GiB of
// float32, SPEC §8). The Network checks the output plan() returns only after plan() has sized its buffers
// from the same numbers, so plan() checks first: a pad of 5000 on a 32×32 input would otherwise zero-fill a
// 1.25 GB padded copy before the output is found too large.
constexpr int64_t kMaxElements = int64_t(1) << 31;

// The product of non-negative factors, or kMaxElements + 1 once it exceeds kMaxElements (never overflowing).
int64_t cappedProduct(std::initializer_list<int64_t> factors) {
    int64_t product = 1;
    for (int64_t f : factors) {
        if (f != 0 && product > kMaxElements / f) return kMaxElements + 1;
        product *= f;
    }
    return product;
}

// ONNX Conv, 1-D and 2-D, groups, strides, pads, auto_pad, dilations, optional bias (SPEC §4.1). The dense
// baseline of SPEC §4.2: per image and group an im2col and a GEMM with M = C_out/group,
// N = H_out·W_out, K = C_in/group·kH·kW (Caffe's base_conv_layer), the GEMM being the packed small-GEMM
// kernel (kernels/packed_gemm.h) with the weights packed once at load; stride-1 undilated convolutions
// with few output channels skip im2col and multiply shifted views of a padded copy of the input (implicit
// GEMM; README, Performance); 1×1 stride-1 unpadded convolutions multiply the input itself; depthwise
// convolutions (one input channel per group) run their own kernel (kernels/depthwise.h), where a GEMM of
// K = kH·kW would be mostly overhead. An activation that only this convolution feeds (ReLU, Clip, hard
// swish) can be fused into it (fuseActivation): applied as each output leaves the GEMM, it costs no pass of
// its own. A convolution with many
// zero weights (Deep Compression's pruned models) may instead multiply only its non-zero weights
// (kernels/sparse_gemm.h), when that is measured faster on its planned shape (operators/weight_path.h).
class ConvLayer : public Layer {
public:
    explicit ConvLayer(const LayerSetup& setup) : m_context(setup) {
        if (!setup.hasInput(1)) m_context.fail("has no weights input");
        const Tensor* weights = setup.constant(1);
        if (!weights) m_context.unsupported("weights must be constant");
        if (weights->type != DataType::Float32) m_context.fail("weights must be float");
        const Shape& w = weights->shape;
        if (w.size() < 3)
            m_context.fail("weights of shape " + toString(w) +
                           " need rank 3 or more (C_out × C_in/group × kernel)");
        const std::vector<int64_t> kernel(w.begin() + 2, w.end());
        if (setup.node.has("kernel_shape") && setup.node.getInts("kernel_shape") != kernel)
            m_context.fail("kernel_shape disagrees with the weights of shape " + toString(w));
        m_window = readWindowAttributes(setup.node, m_context, kernel);

        m_group = m_modelGroup = setup.node.getInt("group", 1);
        m_outChannels = m_modelOutChannels = w[0];
        m_inChannelsPerGroup = m_modelInChannelsPerGroup = w[1];
        if (m_group < 1) m_context.fail("group must be positive");
        if (m_outChannels < 1 || m_inChannelsPerGroup < 1)
            m_context.fail("weights of shape " + toString(w) + " are empty");
        if (m_outChannels % m_group != 0)
            m_context.fail(std::to_string(m_outChannels) + " output channels do not split into " +
                           std::to_string(m_group) + " groups");
        m_weights = weights->floats; // [C_out][C_in/group·kH·kW]: each group's GEMM left operand

        if (setup.hasInput(2)) {
            const Tensor* bias = setup.constant(2);
            if (!bias) m_context.unsupported("weights must be constant (the bias is computed)");
            if (bias->type != DataType::Float32 || bias->size() != m_outChannels)
                m_context.fail("bias of shape " + toString(bias->shape) + " does not match " +
                               std::to_string(m_outChannels) + " output channels");
            m_bias = bias->floats;
        }
        m_depthwise = m_inChannelsPerGroup == 1 && m_group > 1;
        if (!m_depthwise) {
            m_weightPath.hasWeights = true;
            m_weightPath.zeroShare = zeroShare(m_weights.data(), static_cast<int64_t>(m_weights.size()));
            m_weightPath.candidate = m_weightPath.zeroShare >= kSparseCandidateShare;
            const int64_t outPerGroup = m_outChannels / m_group;
            const int64_t K = static_cast<int64_t>(m_weights.size()) / m_outChannels;
            m_packedK = K;
            for (int64_t grp = 0; grp < m_group; ++grp) {
                const std::vector<float> panels =
                    packPanels(m_weights.data() + grp * outPerGroup * K, outPerGroup, K, K);
                if (grp == 0) m_groupPanels = static_cast<int64_t>(panels.size());
                m_packedWeights.insert(m_packedWeights.end(), panels.begin(), panels.end());
            }
            // Rows that end in zero weights (a network trained at nested widths) stop their product early.
            if (m_group == 1) {
                m_panelDepths = panelDepths(m_weights.data(), m_outChannels, K, K);
                if (std::all_of(m_panelDepths.begin(), m_panelDepths.end(),
                                [K](int64_t d) { return d == K; }))
                    m_panelDepths.clear();
            }
            if (!m_weightPath.candidate) m_weights = {}; // the packed copy is all the GEMM path reads
        }
    }

    bool fuseActivation(const Activation& activation) override {
        m_activation = activation;
        return true;
    }

    bool fuseResidual() override { return !m_depthwise; }

    void shareScratchWith(Layer* host) override {
        m_scratchHost = host == this ? nullptr : dynamic_cast<ConvLayer*>(host);
    }

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        m_firstRow = 0;
        m_geometry = placeWindow(m_window, x, m_context);
        narrowTo(x);
        const int64_t inChannels = m_inChannelsPerGroup * m_group;
        if (x[1] != inChannels)
            m_context.fail("input has " + std::to_string(x[1]) + " channels but the weights expect " +
                           std::to_string(inChannels) + " (" + std::to_string(m_inChannelsPerGroup) +
                           " per group × " + std::to_string(m_group) + " groups)");
        m_batch = x[0];
        const WindowGeometry& g = m_geometry;
        Shape y = {m_batch, m_outChannels};
        if (m_window.spatialRank == 2) y.push_back(g.out[0]);
        y.push_back(g.out[1]);
        if (cappedProduct({m_batch, m_outChannels, g.out[0], g.out[1]}) > kMaxElements)
            m_context.fail("output of shape " + toString(y) + " would hold more than 2^31 elements");
        m_pointwise = g.kernelSize() == 1 && g.stride[0] == 1 && g.stride[1] == 1 && !g.hasPadding();
        // One window over the whole input, unpadded (a fully connected layer written as a convolution): its
        // one column, rows (c, ky, kx), is the input itself, rows (c, y, x).
        m_wholeInput = !m_depthwise && !m_pointwise && g.outSize() == 1 && !g.hasPadding() &&
                       g.kernel[0] == g.in[0] && g.kernel[1] == g.in[1] && g.dilation[0] == 1 &&
                       g.dilation[1] == 1;
        // Undilated k×k convolutions of stride 1 or 2 read shifted views of a padded copy of the input
        // instead of unfolding it (multiplyPackedShifted), up to 128 output channels. Unfolding costs the
        // same whatever C_out, so it matters most when the GEMM is short, and on small maps, where it copies
        // one short row at a time; with many output channels it is as fast or faster (README, Performance).
        // At stride 2 the copy splits each channel into its four phases (even and odd rows by even and odd
        // columns): input (2y + ky, 2x + kx) is phase (ky mod 2, kx mod 2) at (y + ky / 2, x + kx / 2), a
        // shift again.
        const int64_t stride = g.stride[0];
        // (A 1×1 convolution of stride 2 reads one phase in four: unfolded, it copies no more. A convolution
        // with one output position, a fully connected layer written as a convolution of its whole input,
        // is unfolded too: its one column then takes the matrix-vector product, where a shifted block
        // computes 32 columns for it.)
        m_shifted = !m_depthwise && !m_pointwise && g.stride[1] == stride && stride <= 2 &&
                    g.kernel[0] >= stride && g.kernel[1] >= stride && g.dilation[0] == 1 &&
                    g.dilation[1] == 1 && m_outChannels / m_group <= 128 && g.outSize() > 1;
        const int64_t paddedHeight = g.in[0] + g.padBegin[0] + g.padEnd[0];
        const int64_t paddedWidth = g.in[1] + g.padBegin[1] + g.padEnd[1];
        if (m_shifted && ((paddedHeight - g.kernel[0]) / stride + 1 != g.out[0] ||
                          (paddedWidth - g.kernel[1]) / stride + 1 != g.out[1]))
            m_shifted = false; // a pad at the end that no window reaches (explicit pads): unfold
        // Each band pads its own copy, which grows with the pads where an unfolded tile does not: past the
        // element limit, unfold (the phases of a stride-2 copy round each side up by at most the stride).
        if (m_shifted && cappedProduct({threadsFor(operations(), threads()), m_batch, inChannels,
                                        paddedHeight + stride, paddedWidth + stride}) > kMaxElements)
            m_shifted = false;
        // At stride 2 only while the padded input stays in cache: the product then reads kH·kW·C_in rows
        // scattered over the phases, where an unfolded tile is contiguous (README, Performance).
        if (m_shifted && stride > 1 &&
            m_batch * m_inChannelsPerGroup * m_group * paddedHeight * paddedWidth * int64_t(sizeof(float)) >
                (int64_t(256) << 10))
            m_shifted = false;
        m_phases = m_shifted ? stride : 1;
        m_paddedHeight = (paddedHeight + m_phases - 1) / m_phases;
        m_paddedWidth = (paddedWidth + m_phases - 1) / m_phases;
        m_shiftedBands = m_shifted ? threadsFor(operations(), threads()) : 0;
        m_padded.assign(static_cast<size_t>(m_shiftedBands * paddedImages()), 0.0f); // the padding stays zero
        m_shiftedColumns.assign(static_cast<size_t>(m_shiftedBands), ShiftedColumns{});
        m_paddedSource = nullptr;
        m_offsets.clear();
        m_phaseUsed.assign(static_cast<size_t>(m_phases * m_phases), false);
        if (m_shifted)
            for (int64_t c = 0; c < m_inChannelsPerGroup; ++c)
                for (int64_t ky = 0; ky < g.kernel[0]; ++ky)
                    for (int64_t kx = 0; kx < g.kernel[1]; ++kx) {
                        const int64_t phase = (ky % m_phases) * m_phases + kx % m_phases;
                        m_phaseUsed[static_cast<size_t>(phase)] = true;
                        m_offsets.push_back(
                            ((c * m_phases * m_phases + phase) * m_paddedHeight + ky / m_phases) *
                                m_paddedWidth +
                            kx / m_phases);
                    }
        if (m_depthwise) {
            m_depthwisePlan = planDepthwise(g);
            m_depthwiseBands = threadsFor(operations(), threads());
            m_depthwiseScratch.assign(static_cast<size_t>(m_depthwiseBands * m_depthwisePlan.scratchFloats),
                                      0.0f);
        }
        const bool needsColumns = !m_depthwise && !m_pointwise && !m_shifted && !m_wholeInput;
        // About 256 KiB of unfolded input a tile (a quarter of a Zen 4 or Skylake-SP L2), in whole GEMM
        // micro-kernel widths; each band (kernels/thread_bands.h) unfolds into its own tile buffer.
        const int64_t rows = m_inChannelsPerGroup * g.kernelSize();
        m_tileColumns = std::min(
            std::max<int64_t>(64, (int64_t(65536) / rows) / kPanelColumns * kPanelColumns), g.outSize());
        m_bands = bandsFor(g.outSize(), threadsFor(operations(), threads()));
        if (needsColumns && cappedProduct({m_bands, rows, m_tileColumns}) > kMaxElements)
            m_context.fail("unfolding needs tiles of " + std::to_string(rows) + " rows for " +
                           std::to_string(m_bands) + " bands, more than 2^31 elements");
        m_columns.assign(needsColumns ? static_cast<size_t>(m_bands * rows * m_tileColumns) : 0, 0.0f);
        planWeightPath(x);
        return {y};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        if (m_firstRow >= m_outChannels)
            return; // widening: every channel this plan computes is there already
        // A residual block's shortcut, when the runtime fused its Add and Relu into this layer.
        m_shortcut = in.size() > kResidualInput ? in[kResidualInput].data : nullptr;
        if (!m_shifted || m_depthwise || (m_weightPath.sparse && m_firstRow == 0))
            forgetPaddedCopy(); // the input may be another image's now
        if (m_depthwise)
            forwardDepthwise(in[0].data, out[0].data);
        else if (m_weightPath.sparse && m_firstRow == 0)
            forwardSparse(in[0].data, out[0].data);
        else
            forwardDense(in[0].data, out[0].data);
        m_shortcut = nullptr;
    }

    WeightPath weightPath() const override { return m_weightPath; }

    // Widening from the block of four rows that holds channel `channels` on (rowBlocks): the dense product of
    // those rows (an old row recomputed there reads zero weights for the new input channels, so it gets its
    // old value). Grouped and depthwise convolutions compute everything again.
    int64_t resumeFromChannel(int64_t channels) override {
        m_firstRow = 0;
        if (channels <= 0 || m_depthwise || m_group != 1) return 0;
        m_firstRow = std::min(m_outChannels, channels / (kPanelRows / 2) * (kPanelRows / 2));
        return m_firstRow;
    }

    int64_t zeroWeightOperations() const override {
        if (!m_weightPath.sparse || m_firstRow > 0) return trailingZeroOperations();
        int64_t nonZero = 0;
        for (const SparseRows& rows : m_sparseRows)
            nonZero += rows.nonZeros();
        return m_batch * m_geometry.outSize() *
               (m_outChannels * m_inChannelsPerGroup * m_geometry.kernelSize() - nonZero);
    }

    int64_t operations() const override {
        return m_batch * (m_outChannels - m_firstRow) * m_geometry.outSize() * m_inChannelsPerGroup *
               m_geometry.kernelSize();
    }

private:
    // The multiply-accumulates of the dense product's rows past their depth (panelDepths()): rows that end
    // in zero weights, skipped; in the row blocks forwardBand and forwardShifted multiply.
    int64_t trailingZeroOperations() const {
        if (m_panelDepths.empty() || m_depthwise) return 0;
        const int64_t K = m_inChannelsPerGroup * m_geometry.kernelSize();
        RowBlock blocks[2];
        const int blockCount = rowBlocks(m_firstRow, m_outChannels, blocks);
        int64_t skipped = 0;
        for (int b = 0; b < blockCount; ++b)
            skipped += depthSkippedProducts(blocks[b].end - blocks[b].begin, K, depths(blocks[b].begin));
        return m_batch * m_geometry.outSize() * skipped;
    }

    // The channels this plan computes: the weights' at full width; at a narrower one (Layer::setWidth) the
    // first ⌈width · C_out⌉ outputs, from the input channels x has (a prefix of those the weights read). A
    // depthwise convolution keeps one output per input channel. Grouped convolutions are not narrowed: their
    // groups would no longer be prefixes.
    void narrowTo(const Shape& x) {
        m_group = m_modelGroup;
        m_outChannels = m_modelOutChannels;
        m_inChannelsPerGroup = m_modelInChannelsPerGroup;
        m_narrowed = false;
        if (width() >= 1.0 || x.size() < 2) return;
        if (m_depthwise && m_modelOutChannels == m_modelGroup && x[1] <= m_modelGroup) {
            m_group = m_outChannels = x[1];
        } else if (m_modelGroup == 1 && x[1] <= m_modelInChannelsPerGroup) {
            m_inChannelsPerGroup = x[1];
            m_outChannels = channelsAtWidth(m_modelOutChannels, width());
        } else if (m_modelGroup != 1) {
            m_context.fail("a convolution of " + std::to_string(m_modelGroup) +
                           " groups cannot run at a narrower width (its groups would not be the first "
                           "channels)");
        }
        m_narrowed = m_outChannels != m_modelOutChannels || m_inChannelsPerGroup != m_modelInChannelsPerGroup;
    }

    void forwardDense(const float* x, float* y) {
        if (m_shifted)
            forwardShifted(x, y);
        else
            forwardGemm(x, y);
    }

    // The sparse product's operands for the planned shape, and unless the policy decides, both products
    // timed on that shape with a scratch input (the time of neither depends on the values); the sparse one
    // is kept when clearly faster (kSparseTimeShare).
    void planWeightPath(const Shape& xShape) {
        m_weightPath.sparse = m_weightPath.measured = false;
        m_weightPath.denseMs = m_weightPath.sparseMs = 0.0;
        m_sparseRows.clear();
        m_sparseColumns = {};
        const int64_t K = m_inChannelsPerGroup * m_geometry.kernelSize();
        const int64_t outPerGroup = m_outChannels / m_group;
        // About 512 KiB of unfolded input a tile, half a Zen 4 or Zen 5 L2: the product passes over the tile
        // in blocks of 128 k (kernels/sparse_gemm.cpp) that stay in L1 whatever the tile's width, and wider
        // tiles unfold faster and read the non-zero weights fewer times (README, Performance).
        m_sparseTileColumns =
            std::min(std::max<int64_t>(64, (int64_t(131072) / K) / 64 * 64), m_geometry.outSize());
        m_sparseStride = sparseRowStride(m_sparseTileColumns);
        if (!m_weightPath.candidate || sparseWeights() == SparseWeights::Dense || m_narrowed ||
            !sparseOffsetsFit(K, m_sparseStride) ||
            cappedProduct({m_bands, K, m_sparseStride}) > kMaxElements)
            return;
        for (int64_t grp = 0; grp < m_group; ++grp)
            m_sparseRows.push_back(
                compressRows(m_weights.data() + grp * outPerGroup * K, outPerGroup, K, K, m_sparseStride));
        // One tile a band, 64-byte aligned (sparseColumns()).
        m_sparseColumns.assign(static_cast<size_t>(m_bands * K * m_sparseStride + kSparseColumnGranule),
                               0.0f);
        m_weightPath.sparse = true;
        if (sparseWeights() == SparseWeights::Sparse) return;

        std::vector<float> x(static_cast<size_t>(elementCount(xShape)), 1.0f);
        std::vector<float> y(static_cast<size_t>(m_batch * m_outChannels * m_geometry.outSize()));
        const auto [denseMs, sparseMs] = medianMsByTurns([&] { forwardDense(x.data(), y.data()); },
                                                         [&] { forwardSparse(x.data(), y.data()); }, 5);
        m_weightPath.measured = true;
        m_weightPath.denseMs = denseMs;
        m_weightPath.sparseMs = sparseMs;
        m_weightPath.sparse = sparseMs <= kSparseTimeShare * denseMs;
        if (!m_weightPath.sparse) {
            m_sparseRows.clear();
            m_sparseColumns = {};
        }
    }

    // Band `band`'s tile of m_sparseColumns: its rows start at 64-byte boundaries, as the sparse product
    // loads them fastest.
    float* sparseColumns(int64_t band) {
        const auto address = reinterpret_cast<std::uintptr_t>(m_sparseColumns.data());
        float* aligned = m_sparseColumns.data() + (64 - address % 64) % 64 / sizeof(float);
        return aligned + band * m_inChannelsPerGroup * m_geometry.kernelSize() * m_sparseStride;
    }

    // forwardGemm with the sparse product: every band unfolds its positions a tile at a time (a copy, for a
    // 1×1 convolution, that puts the rows of B at aligned addresses) and multiplies the tile by the non-zero
    // weights.
    void forwardSparse(const float* x, float* y) {
        const WindowGeometry& g = m_geometry;
        const int64_t positions = g.outSize();
        const int threads = threadsFor(operations(), this->threads());
        const int64_t bands = std::min(m_bands, bandsFor(positions, threads));
        const int64_t inChannels = m_inChannelsPerGroup * m_group;
        const int64_t outPerGroup = m_outChannels / m_group;
        parallelFor(bands, threads, [&](int64_t band) {
            const auto [begin, end] =
                threadBand(positions, static_cast<int>(bands), static_cast<int>(band), kPanelColumns);
            float* columns = sparseColumns(band);
            for (int64_t n = 0; n < m_batch; ++n)
                for (int64_t grp = 0; grp < m_group; ++grp) {
                    const float* xGroup = x + (n * inChannels + grp * m_inChannelsPerGroup) * g.inSize();
                    const float* bias = m_bias.empty() ? nullptr : m_bias.data() + grp * outPerGroup;
                    float* yGroup = y + (n * m_outChannels + grp * outPerGroup) * positions;
                    for (int64_t tile = begin; tile < end; tile += m_sparseTileColumns) {
                        const int64_t tileEnd = std::min(end, tile + m_sparseTileColumns);
                        im2col(xGroup, m_inChannelsPerGroup, g, tile, tileEnd, columns, m_sparseStride);
                        multiplySparse(m_sparseRows[static_cast<size_t>(grp)], columns, tileEnd - tile, bias,
                                       m_shortcut ? Activation::none() : m_activation, yGroup + tile,
                                       positions);
                        if (m_shortcut) addShortcut(yGroup - y, outPerGroup, tile, tileEnd, positions, y);
                    }
                }
        });
    }

    // The activation the outputs leave through: the one fused into this layer, or a residual block's ReLU,
    // applied after the shortcut.
    Activation activation() const { return m_shortcut ? Activation::relu() : m_activation; }

    // The residual block's Add and Relu on positions [begin, end) of `rows` output rows from y + offset
    // (rows `positions` apart), just written and still in cache: the sparse product's tiles accumulate in
    // several passes, so the shortcut is added after the last.
    void addShortcut(int64_t offset, int64_t rows, int64_t begin, int64_t end, int64_t positions,
                     float* y) const {
        for (int64_t r = 0; r < rows; ++r) {
            float* out = y + offset + r * positions;
            const float* shortcut = m_shortcut + offset + r * positions;
            for (int64_t j = begin; j < end; ++j) {
                const float v = out[j] + shortcut[j];
                out[j] = v < 0.0f ? 0.0f : v; // as std::max(v, 0): NaN stays NaN
            }
        }
    }

    // Two bands a thread where they stay wide enough for an efficient GEMM, so that a thread that starts
    // late still finds work to share.
    static int64_t bandsFor(int64_t positions, int threads) {
        return positions >= 256 * threads ? 2 * threads : threads;
    }

    // The output positions are split into bands; each thread unfolds and multiplies its own band for every
    // image and group, so the threads never wait for each other and a band's columns are still in cache
    // when its GEMM reads them.
    void forwardGemm(const float* x, float* y) {
        const int64_t positions = m_geometry.outSize();
        const int threads = threadsFor(operations(), this->threads());
        const int64_t bands = std::min(m_bands, bandsFor(positions, threads));
        parallelFor(bands, threads, [&](int64_t band) {
            const auto [begin, end] =
                threadBand(positions, static_cast<int>(bands), static_cast<int>(band), kPanelColumns);
            // No columns when nothing is unfolded (a 1×1 stride-1 convolution reads x in place).
            float* columns = m_columns.empty()
                                 ? nullptr
                                 : m_columns.data() +
                                       band * m_inChannelsPerGroup * m_geometry.kernelSize() * m_tileColumns;
            forwardBand(x, y, begin, end, columns);
        });
    }

    // Output positions [begin, end) of every image and output channel, unfolding into `columns`.
    void forwardBand(const float* x, float* y, int64_t begin, int64_t end, float* columns) {
        if (end <= begin) return;
        const WindowGeometry& g = m_geometry;
        const int64_t inPlane = g.inSize(), outPlane = g.outSize();
        const int64_t inChannels = m_inChannelsPerGroup * m_group;
        const int64_t outPerGroup = m_outChannels / m_group;
        const int64_t K = m_inChannelsPerGroup * g.kernelSize();
        // Rows [m_firstRow, outPerGroup) of each group: all but when widening (resumeFromChannel, group 1).
        RowBlock blocks[2];
        const int blockCount = rowBlocks(m_firstRow, outPerGroup, blocks);
        for (int64_t n = 0; n < m_batch; ++n) {
            for (int64_t grp = 0; grp < m_group; ++grp) {
                const float* xGroup = x + (n * inChannels + grp * m_inChannelsPerGroup) * inPlane;
                // Rows [b.begin, b.end) of this group, from the columns of positions [from, to) in `in`.
                auto multiplyRows = [&](const RowBlock& b, const float* in, int64_t ldIn, int64_t from,
                                        int64_t to) {
                    const int64_t row = grp * outPerGroup + b.begin;
                    float* out = y + (n * m_outChannels + row) * outPlane + from;
                    multiplyPacked(m_packedWeights.data() + grp * m_groupPanels + packedOffset(b.begin),
                                   b.end - b.begin, to - from, K, in, ldIn,
                                   m_bias.empty() ? nullptr : m_bias.data() + row, activation(), out,
                                   outPlane, m_shortcut ? m_shortcut + (out - y) : nullptr, m_packedK,
                                   depths(b.begin));
                };
                if (m_pointwise) {
                    for (int b = 0; b < blockCount; ++b)
                        multiplyRows(blocks[b], xGroup + begin, outPlane, begin, end);
                    continue;
                }
                if (m_wholeInput) { // no unfolding: the column is the input, one float per row
                    for (int b = 0; b < blockCount; ++b)
                        multiplyRows(blocks[b], xGroup, 1, begin, end);
                    continue;
                }
                // Unfold and multiply a tile of columns at a time, sized so that the tile is still in the
                // core's cache when the GEMM reads it back.
                for (int64_t tile = begin; tile < end; tile += m_tileColumns) {
                    const int64_t tileEnd = std::min(end, tile + m_tileColumns);
                    im2col(xGroup, m_inChannelsPerGroup, g, tile, tileEnd, columns, tileEnd - tile);
                    for (int b = 0; b < blockCount; ++b)
                        multiplyRows(blocks[b], columns, tileEnd - tile, tile, tileEnd);
                }
            }
        }
    }

    // Rows [begin, end) of the weights, multiplied in one call of the packed product.
    struct RowBlock {
        int64_t begin = 0, end = 0;
    };
    // Rows [r0, r1) as blocks of the packed product: when r0 is the middle of a panel (a widening from a
    // channel count that is a multiple of four, resumeFromChannel), the rest of that panel alone, as the
    // product reads a row's weights at the panel's stride from any offset (packedOffset) and computes four
    // rows or fewer at half the cost of eight; then whole panels. Returns how many blocks.
    static int rowBlocks(int64_t r0, int64_t r1, RowBlock* blocks) {
        int n = 0;
        if (r0 % kPanelRows != 0 && r0 < r1) {
            const int64_t end = std::min(r1, (r0 / kPanelRows + 1) * kPanelRows);
            blocks[n++] = {r0, end};
            r0 = end;
        }
        if (r0 < r1) blocks[n++] = {r0, r1};
        return n;
    }
    // Where row `row`'s weights start in a group's packed panels.
    int64_t packedOffset(int64_t row) const {
        return (row / kPanelRows) * kPanelRows * m_packedK + row % kPanelRows;
    }

    // The depths of the rows from `row` on (a multiple of kPanelRows / 2) for the dense product (group 1
    // only), or null.
    const int64_t* depths(int64_t row) const {
        return m_panelDepths.empty() ? nullptr : m_panelDepths.data() + row / (kPanelRows / 2);
    }

    // Output positions of the shifted product: rows of the padded (phase) width, of which the columns past
    // the output's width fall outside the output and are not stored.
    int64_t shiftedPositions() const { return (m_geometry.out[0] - 1) * m_paddedWidth + m_geometry.out[1]; }

    // Floats of one padded copy of the input, [N][C_in][phase][paddedHeight][paddedWidth] (one phase at
    // stride 1).
    int64_t paddedImages() const {
        return m_batch * m_inChannelsPerGroup * m_group * m_phases * m_phases * m_paddedHeight *
               m_paddedWidth;
    }

    // The input's values in padded rows [rowBegin, rowEnd) of every phase the product reads, for input planes
    // [firstPlane, planes); the padding of `padded` was zeroed at plan time and is never written.
    void padRows(const float* x, int64_t rowBegin, int64_t rowEnd, float* padded,
                 int64_t firstPlane = 0) const {
        const WindowGeometry& g = m_geometry;
        const int64_t planes = m_batch * m_inChannelsPerGroup * m_group;
        const int64_t s = m_phases, width = m_paddedWidth;
        for (int64_t p = firstPlane; p < planes; ++p)
            for (int64_t py = 0; py < s; ++py)
                for (int64_t px = 0; px < s; ++px) {
                    if (!m_phaseUsed[static_cast<size_t>(py * s + px)]) continue;
                    float* plane = padded + ((p * s + py) * s + px) * m_paddedHeight * width;
                    // The phase's rows r and columns c whose input row r·s + py − padBegin and column
                    // c·s + px − padBegin lie inside the input.
                    // (A phase past the input's last row or column, with padding at the end only, has none.)
                    const int64_t lastColumn = g.in[1] - 1 + g.padBegin[1] - px;
                    const int64_t lastRow = g.in[0] - 1 + g.padBegin[0] - py;
                    const int64_t first = std::max<int64_t>(0, (g.padBegin[1] - px + s - 1) / s);
                    const int64_t last = lastColumn < 0 ? 0 : std::min(width, lastColumn / s + 1);
                    const int64_t top = std::max(rowBegin, (g.padBegin[0] - py + s - 1) / s);
                    const int64_t bottom = lastRow < 0 ? 0 : std::min(rowEnd, lastRow / s + 1);
                    if (top >= bottom || first >= last) continue;
                    const float* src = x + (p * g.in[0] + top * s + py - g.padBegin[0]) * g.in[1] +
                                       first * s + px - g.padBegin[1];
                    copyRows(src, s * g.in[1], s, plane + top * width + first, width, bottom - top,
                             last - first);
                }
    }

    // The layer whose padded copy a run of one band pads into, which remembers what the copy holds
    // (m_paddedSource): the same convolution of the wider network whose memory this network's values live in
    // (shareScratchWith), when its copy has room for this one's, or this one when it has no such host. Null
    // for a batch, several bands or a host without room, where each band pads its rows afresh: a copy of
    // its own would hold this network's last image, whose input had the same memory.
    ConvLayer* paddedCopyOwner(int64_t bands) {
        if (bands != 1 || m_batch != 1 || m_group != 1) return nullptr;
        ConvLayer* host = m_scratchHost;
        if (!host) return this;
        const bool fits = host->m_shifted && host->m_batch == 1 && host->m_group == 1 &&
                          host->m_phases == m_phases && host->m_paddedHeight == m_paddedHeight &&
                          host->m_paddedWidth == m_paddedWidth &&
                          host->m_padded.size() >= static_cast<size_t>(paddedImages());
        return fits ? host : nullptr;
    }

    // A run that does not leave a padded copy of its input where paddedCopyOwner() says: the copies there
    // no longer hold the input (its memory may hold another image now).
    void forgetPaddedCopy() {
        m_paddedSource = nullptr;
        if (m_scratchHost) m_scratchHost->m_paddedSource = nullptr;
    }

    // Bands of wide positions (multiplyPackedShifted) split between the threads like forwardGemm's bands.
    // Every band pads the input rows its positions read into a padded copy of its own, so the thread that
    // runs band i copies the rows that it wrote itself as band i of the layer before and reads the copy
    // from its own cache.
    void forwardShifted(const float* x, float* y) {
        const WindowGeometry& g = m_geometry;
        const int64_t channelFloats = m_phases * m_phases * m_paddedHeight * m_paddedWidth;
        const int64_t wide = shiftedPositions();
        const int threads = threadsFor(operations(), this->threads());
        const int64_t bands = std::min<int64_t>(m_shiftedBands, threads);
        const int64_t outPerGroup = m_outChannels / m_group;
        const int64_t K = static_cast<int64_t>(m_offsets.size());
        // Panels [m_firstRow / kPanelRows, panels): all but when widening (resumeFromChannel, group 1).
        const int64_t firstPanel = m_firstRow / kPanelRows;
        const int64_t panels = (outPerGroup + kPanelRows - 1) / kPanelRows;
        // A map too small for two column blocks a band (ResNet's 8 × 8: 78 wide positions) is split by
        // output channels instead: each thread pads the whole input and computes its panels of rows at every
        // position, where bands of positions left each thread a block and a tail. Only such small maps:
        // splitting larger ones too was slower (README, Performance).
        const bool byRows = bands > 1 && m_group == 1 && m_batch == 1 && panels - firstPanel >= bands &&
                            wide < 2 * kPanelColumns * bands && m_firstRow % kPanelRows == 0;
        // One band pads into the copy it may share with a wider network's convolution: a widening (the width
        // cascade) pads only the input channels the narrower run did not, which are the copy's first ones.
        ConvLayer* owner = paddedCopyOwner(bands);
        if (!owner) forgetPaddedCopy();
        const int64_t inputChannels = m_inChannelsPerGroup * m_group;
        const int64_t padFrom = owner && m_firstRow > 0 && owner->m_paddedSource == x
                                    ? std::min(owner->m_paddedChannels, inputChannels)
                                    : 0;
        parallelFor(bands, threads, [&](int64_t band) {
            auto [begin, end] =
                threadBand(wide, static_cast<int>(bands), static_cast<int>(band), kPanelColumns);
            int64_t r0 = m_firstRow, r1 = outPerGroup;
            if (byRows) {
                begin = 0;
                end = wide;
                const int64_t share = panels - firstPanel;
                r0 = std::min(outPerGroup, (firstPanel + share * band / bands) * kPanelRows);
                r1 = std::min(outPerGroup, (firstPanel + share * (band + 1) / bands) * kPanelRows);
                if (r1 <= r0) return;
            }
            if (end <= begin) return;
            float* padded = owner ? owner->m_padded.data() : m_padded.data() + band * paddedImages();
            padRows(x, begin / m_paddedWidth,
                    std::min(m_paddedHeight, (end - 1) / m_paddedWidth + (g.kernel[0] - 1) / m_phases + 1),
                    padded, padFrom);
            // Output rows [r0, r1) of every image and group (all of them unless split by rows or widening).
            RowBlock blocks[2];
            const int blockCount = rowBlocks(r0, r1, blocks);
            ShiftedColumns& columns = m_shiftedColumns[static_cast<size_t>(band)];
            if (!columns.fits(begin, end, m_paddedWidth, g.out[1]))
                columns = planShiftedColumns(begin, end, m_paddedWidth, g.out[1]);
            for (int64_t n = 0; n < m_batch; ++n)
                for (int64_t grp = 0; grp < m_group; ++grp)
                    for (int b = 0; b < blockCount; ++b) {
                        const float* image =
                            padded + (n * m_group + grp) * m_inChannelsPerGroup * channelFloats;
                        const int64_t row = grp * outPerGroup + blocks[b].begin;
                        const int64_t at = (n * m_outChannels + row) * g.outSize();
                        multiplyPackedShifted(
                            m_packedWeights.data() + grp * m_groupPanels + packedOffset(blocks[b].begin),
                            blocks[b].end - blocks[b].begin, K, image, m_offsets.data(), begin, end,
                            m_paddedWidth, g.out[1], m_bias.empty() ? nullptr : m_bias.data() + row,
                            activation(), y + at, g.outSize(), m_shortcut ? m_shortcut + at : nullptr,
                            m_packedK, depths(blocks[b].begin), &columns);
                    }
        });
        if (owner) {
            owner->m_paddedSource = x;
            owner->m_paddedChannels = inputChannels;
        }
    }

    // Each band of planes runs on one thread with its own scratch (kernels/depthwise.h).
    void forwardDepthwise(const float* x, float* y) {
        const WindowGeometry& g = m_geometry;
        const int64_t multiplier = m_outChannels / m_group;
        const int64_t planes = m_batch * m_outChannels;
        const int bands = static_cast<int>(std::min<int64_t>(m_depthwiseBands, planes));
        parallelFor(bands, bands, [&](int64_t band) {
            float* scratch = m_depthwiseScratch.data() + band * m_depthwisePlan.scratchFloats;
            const auto [begin, end] = threadBand(planes, bands, static_cast<int>(band));
            for (int64_t p = begin; p < end; ++p) {
                const int64_t n = p / m_outChannels, oc = p % m_outChannels;
                depthwisePlane(m_depthwisePlan, x + (n * m_group + oc / multiplier) * g.inSize(),
                               m_weights.data() + oc * g.kernelSize(),
                               m_bias.empty() ? 0.0f : m_bias[static_cast<size_t>(oc)], m_activation,
                               y + p * g.outSize(), scratch);
            }
        });
    }

    NodeContext m_context;
    WindowAttributes m_window;
    WindowGeometry m_geometry;
    // The weights' groups and channels, and those the current plan computes (narrowTo).
    int64_t m_modelGroup = 1, m_modelOutChannels = 0, m_modelInChannelsPerGroup = 0;
    int64_t m_group = 1;
    int64_t m_outChannels = 0;
    int64_t m_inChannelsPerGroup = 0;
    bool m_narrowed = false; // the plan computes fewer channels than the weights have
    int64_t m_firstRow = 0;  // widening: the first output channel forward() computes (resumeFromChannel)
    int64_t m_packedK = 0;   // depth of the packed panels: C_in/group·kH·kW of the weights
    bool m_depthwise = false;
    DepthwisePlan m_depthwisePlan;         // of a depthwise convolution, made by plan()
    int64_t m_depthwiseBands = 0;          // bands of planes planned for, each with its scratch
    std::vector<float> m_depthwiseScratch; // m_depthwiseBands × m_depthwisePlan.scratchFloats
    bool m_pointwise = false;
    bool m_wholeInput = false; // one unpadded window over the whole input: multiplied as it is, not unfolded
    std::vector<float>
        m_weights; // [C_out][C_in/group·kH·kW] of a depthwise convolution or a sparse candidate
    std::vector<float> m_packedWeights; // each group's weights in packPanels' layout, for the GEMM path
    int64_t m_groupPanels = 0;          // floats of m_packedWeights per group
    std::vector<int64_t> m_panelDepths; // per panel, where its weights end (panelDepths); empty: at K
    std::vector<float> m_bias;          // empty when the node has none
    Activation m_activation;            // of the node after this one, fused into it (Network, SPEC §4.2)
    const float* m_shortcut = nullptr;  // during forward(): a residual block's shortcut (fuseResidual)
    int64_t m_batch = 0;
    std::vector<float> m_columns; // one im2col tile [K × m_tileColumns] per band, sized by plan()
    int64_t m_tileColumns = 0;    // output positions unfolded and multiplied at a time
    int64_t m_bands = 0;          // bands planned for (the most forwardGemm uses)
    bool m_shifted = false;       // k×k of stride 1 or 2: multiply shifted views of m_padded, no im2col
    int64_t m_phases = 1;         // the stride of a shifted convolution: phases a side of a padded channel
    int64_t m_paddedHeight = 0, m_paddedWidth = 0; // of one phase of a padded channel
    std::vector<bool> m_phaseUsed;                 // [phase row · m_phases + phase column]: read by a tap
    int64_t m_shiftedBands = 0;                    // bands planned for (the most forwardShifted uses)
    std::vector<float> m_padded;                   // per band, the input with its padding (paddedImages())
    std::vector<ShiftedColumns>
        m_shiftedColumns; // per band, its column blocks' stores, made at its first run
    // What m_padded's first band holds, as the layer that last padded into it left it (paddedCopyOwner): the
    // padded channels [0, m_paddedChannels) of the input at m_paddedSource, or nothing known (null).
    const float* m_paddedSource = nullptr;
    int64_t m_paddedChannels = 0;
    ConvLayer* m_scratchHost = nullptr; // the same convolution of a wider network (shareScratchWith), or null
    std::vector<int64_t> m_offsets;     // per row k = (c, ky, kx) of the GEMM, its shift into a padded group
    WeightPath m_weightPath;            // dense or sparse product, chosen by plan()
    std::vector<SparseRows> m_sparseRows; // each group's non-zero weights, when the sparse product runs
    std::vector<float> m_sparseColumns;   // one im2col tile [K × m_sparseStride] per band, and room to align
    int64_t m_sparseTileColumns = 0;      // output positions unfolded and multiplied at a time
    int64_t m_sparseStride = 0;           // floats between the rows of a tile (sparseRowStride)
};

std::unique_ptr<Layer> makeConv(const LayerSetup& setup) {
    return std::make_unique<ConvLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("Conv", makeConv);

} // namespace dyve
