#include "core/errors.h"
#include "operators/constant_operands.h"
#include "operators/layer.h"

namespace dyve {

namespace {

// Moves blocks of channels into b×b spatial blocks: N×C×H×W → N×(C/b²)×(H·b)×(W·b). ONNX's two
// channel orders: DCR (default; depth-column-row, the channel index is (i·b + j)·C' + c) and CRD
// (opset ≥ 11; column-row-depth, c·b² + i·b + j), for output channel c at offset (i, j) within its
// block.
class DepthToSpaceLayer : public Layer {
public:
    DepthToSpaceLayer(const LayerSetup& setup, int64_t block, bool crd)
        : m_node(setup), m_block(block), m_crd(crd) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        const int64_t b = m_block;
        if (x.size() != 4 || b > x[1] || x[1] % (b * b) != 0)
            m_node.fail("input of shape " + toString(x) +
                        " is not N×C×H×W with C divisible by blocksize² = " + std::to_string(b * b));
        m_shape = x;
        m_size = elementCount(x);
        return {{x[0], x[1] / (b * b), x[2] * b, x[3] * b}};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const int64_t n = m_shape[0], channels = m_shape[1], h = m_shape[2], w = m_shape[3], b = m_block;
        const int64_t outChannels = channels / (b * b), plane = h * w;
        const float* x = in[0].data;
        float* y = out[0].data;
        for (int64_t batch = 0; batch < n; ++batch)
            for (int64_t c = 0; c < outChannels; ++c)
                for (int64_t row = 0; row < h; ++row)
                    for (int64_t i = 0; i < b; ++i) {
                        float* py = y + ((batch * outChannels + c) * h * b + row * b + i) * w * b;
                        for (int64_t j = 0; j < b; ++j) {
                            const int64_t source =
                                m_crd ? c * b * b + i * b + j : (i * b + j) * outChannels + c;
                            const float* px = x + (batch * channels + source) * plane + row * w;
                            for (int64_t col = 0; col < w; ++col)
                                py[col * b + j] = px[col];
                        }
                    }
    }

    int64_t operations() const override { return m_size; }

private:
    NodeContext m_node;
    int64_t m_block;
    bool m_crd;
    Shape m_shape;
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeDepthToSpace(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    const int64_t block = setup.node.getInt("blocksize", 0);
    if (block < 1) setup.fail("blocksize must be a positive integer");
    const std::string mode = setup.node.getString("mode", "DCR");
    if (mode != "DCR" && mode != "CRD")
        throw ImportError(setup.graph.sourceFile,
                          setup.node.describe() + ": mode '" + mode + "' is not supported (DCR or CRD)");
    return std::make_unique<DepthToSpaceLayer>(setup, block, mode == "CRD");
}

} // namespace

DYVE_REGISTER_LAYER("DepthToSpace", makeDepthToSpace);

} // namespace dyve
