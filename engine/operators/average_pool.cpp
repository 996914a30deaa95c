#include "kernels/parallel_for.h"
#include "kernels/thread_bands.h"
#include "kernels/vector_clones.h"
#include "operators/layer.h"
#include "operators/node_context.h"
#include "operators/window_attributes.h"

#include <algorithm>

namespace dyve {

namespace {

// One plane, row by row as MaxPool does: each kernel tap adds into the output row where it falls inside the
// input; then each sum is scaled by its window's 1 / divisor, one factor per axis.
DYVE_VECTOR_CLONES
void averagePoolPlane(const WindowGeometry& g, const float* inverseRows, const float* inverseColumns,
                      const float* __restrict x, float* __restrict y) {
    const int64_t inW = g.in[1], outW = g.out[1], strideW = g.stride[1];
    for (int64_t oy = 0; oy < g.out[0]; ++oy) {
        float* row = y + oy * outW;
        std::fill(row, row + outW, 0.0f);
        const int64_t top = oy * g.stride[0] - g.padBegin[0];
        const auto [kyBegin, kyEnd] = insideRange(top, g.dilation[0], g.in[0], g.kernel[0]);
        for (int64_t ky = kyBegin; ky < kyEnd; ++ky) {
            const float* src = x + (top + ky * g.dilation[0]) * inW;
            for (int64_t kx = 0; kx < g.kernel[1]; ++kx) {
                const int64_t offset = kx * g.dilation[1] - g.padBegin[1];
                const auto [begin, end] = insideRange(offset, strideW, inW, outW);
                if (strideW == 1) {
                    for (int64_t ox = begin; ox < end; ++ox)
                        row[ox] += src[ox + offset];
                } else {
                    for (int64_t ox = begin; ox < end; ++ox)
                        row[ox] += src[ox * strideW + offset];
                }
            }
        }
        const float inverseRow = inverseRows[oy];
        for (int64_t ox = 0; ox < outW; ++ox)
            row[ox] *= inverseRow * inverseColumns[ox];
    }
}

// ONNX AveragePool (opsets 7–17): kernel_shape, strides, pads, auto_pad, ceil_mode, count_include_pad (and
// dilations, as opset 19 adds). The divisor of a window is, with count_include_pad=0, the number of its
// elements inside the input [0, H); with count_include_pad=1, the number inside the padded extent
// [−padBegin, H + padEnd) — a ceil_mode window that runs past the end padding is clipped there. That is
// Caffe's AVE rule (and PyTorch's and ONNX Runtime's), which the Caffe importer relies on (SPEC §4.1).
class AveragePoolLayer : public Layer {
public:
    explicit AveragePoolLayer(const LayerSetup& setup)
        : m_context(setup), m_window(readPoolWindow(setup.node, m_context)) {
        const int64_t includePad = setup.node.getInt("count_include_pad", 0);
        if (includePad != 0 && includePad != 1) m_context.fail("count_include_pad must be 0 or 1");
        m_countIncludePad = includePad == 1;
    }

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        m_geometry = placeWindow(m_window, x, m_context);
        m_planes = x[0] * x[1];
        // The divisor is the product of one count per axis; both are tabulated here, once per plan.
        m_inverseRows = inverseCounts(0);
        m_inverseColumns = inverseCounts(1);
        Shape y = {x[0], x[1]};
        if (m_window.spatialRank == 2) y.push_back(m_geometry.out[0]);
        y.push_back(m_geometry.out[1]);
        return {y};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const WindowGeometry& g = m_geometry;
        const float* x = in[0].data;
        float* y = out[0].data;
        // A window element costs a fraction of a multiply-accumulate, but the pools of small CIFAR networks
        // still repay a second thread from about 16 k window elements.
        const int threads = threadsFor(operations(), this->threads(), int64_t(1) << 14);
        parallelFor(m_planes, threads, [&](int64_t p) {
            averagePoolPlane(g, m_inverseRows.data(), m_inverseColumns.data(), x + p * g.inSize(),
                             y + p * g.outSize());
        });
    }

    int64_t operations() const override { return m_planes * m_geometry.outSize() * m_geometry.kernelSize(); }

private:
    // 1 / (window elements counted on this axis) for every output position of the axis; 0 for a window
    // that counts nothing, so that it averages to 0 instead of dividing by zero.
    std::vector<float> inverseCounts(int axis) const {
        const WindowGeometry& g = m_geometry;
        std::vector<float> inverse(static_cast<size_t>(g.out[axis]));
        for (int64_t o = 0; o < g.out[axis]; ++o) {
            const int64_t start = o * g.stride[axis] - g.padBegin[axis];
            const auto [begin, end] =
                m_countIncludePad
                    ? insideRange(start + g.padBegin[axis], g.dilation[axis],
                                  g.in[axis] + g.padBegin[axis] + g.padEnd[axis], g.kernel[axis])
                    : insideRange(start, g.dilation[axis], g.in[axis], g.kernel[axis]);
            inverse[static_cast<size_t>(o)] = end > begin ? 1.0f / static_cast<float>(end - begin) : 0.0f;
        }
        return inverse;
    }

    NodeContext m_context;
    WindowAttributes m_window;
    bool m_countIncludePad = false;
    WindowGeometry m_geometry;
    int64_t m_planes = 0;
    std::vector<float> m_inverseRows, m_inverseColumns;
};

std::unique_ptr<Layer> makeAveragePool(const LayerSetup& setup) {
    return std::make_unique<AveragePoolLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("AveragePool", makeAveragePool);

} // namespace dyve
