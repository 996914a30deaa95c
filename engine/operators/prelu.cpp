#include "kernels/broadcast.h"
#include "operators/constant_operands.h"
#include "operators/layer.h"

namespace dyve {

namespace {

// y = x for x ≥ 0, slope·x below; the slope broadcasts unidirectionally onto X (ONNX opset ≥ 7), so a
// per-channel slope is C×1×1 for an N×C×H×W input.
class PReluLayer : public Layer {
public:
    explicit PReluLayer(const LayerSetup& setup) : m_node(setup) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        Shape slope = inputs.at(1);
        // A 1-D slope of C values on an N×C×… input that does not broadcast numpy-style (older exporters
        // and Caffe's PReLU mean one slope per channel) is read per channel.
        if (!broadcastsTo(slope, x) && slope.size() == 1 && x.size() >= 2 && slope[0] == x[1]) {
            slope = Shape(x.size() - 1, 1);
            slope[0] = x[1];
        }
        if (!broadcastsTo(slope, x))
            m_node.fail("slope of shape " + toString(inputs[1]) + " does not broadcast to the input's " +
                        toString(x));
        m_loop.plan(x, slope, x);
        m_size = elementCount(x);
        return {x};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        m_loop.run(in[0].data, in[1].data, out[0].data,
                   [](float x, float s) { return x < 0.0f ? s * x : x; });
    }

    int64_t operations() const override { return m_size; }

private:
    NodeContext m_node;
    BinaryBroadcast m_loop;
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makePRelu(const LayerSetup& setup) {
    checkInputs(setup, 2, 2);
    return std::make_unique<PReluLayer>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("PRelu", makePRelu);

} // namespace dyve
