#include "core/errors.h"
#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>

namespace dyve {

namespace {

// A float tensor from the node's `value` (or value_float / value_floats) attribute. The ONNX importer
// turns Constant nodes into initializers, so this only runs for graphs built another way; integer
// constants are shape-like operands and only make sense as initializers.
class ConstantLayer : public Layer {
public:
    explicit ConstantLayer(Tensor value) : m_value(std::move(value)) {}
    std::vector<Shape> plan(const std::vector<Shape>&) override { return {m_value.shape}; }
    void forward(const std::vector<TensorView>&, const std::vector<TensorView>& out) override {
        std::copy(m_value.floats.begin(), m_value.floats.end(), out[0].data);
    }
    int64_t operations() const override { return 0; }

private:
    Tensor m_value;
};

std::unique_ptr<Layer> makeConstant(const LayerSetup& setup) {
    checkInputs(setup, 0, 0);
    const Node& node = setup.node;
    Tensor value;
    if (node.has("value")) {
        value = node.attributes.at("value").tensor;
    } else if (node.has("value_float")) {
        value = Tensor({}, {node.getFloat("value_float", 0.0f)});
    } else if (node.has("value_floats")) {
        std::vector<float> v = node.getFloats("value_floats");
        value = Tensor({static_cast<int64_t>(v.size())}, v);
    } else {
        throw ImportError(setup.graph.sourceFile,
                          node.describe() +
                              ": only float constants (value, value_float, value_floats) are supported");
    }
    if (value.type != DataType::Float32)
        throw ImportError(setup.graph.sourceFile,
                          node.describe() + ": integer constants are only supported as initializers");
    if (static_cast<int64_t>(value.floats.size()) != value.size())
        setup.fail("value holds " + std::to_string(value.floats.size()) + " numbers for shape " +
                   toString(value.shape));
    return std::make_unique<ConstantLayer>(std::move(value));
}

} // namespace

DYVE_REGISTER_LAYER("Constant", makeConstant);

} // namespace dyve
