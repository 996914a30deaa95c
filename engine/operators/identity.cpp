#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>

namespace dyve {

namespace {

// y = x. Copies one value per output element.
class IdentityLayer : public Layer {
public:
    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        m_size = elementCount(inputs.at(0));
        return {inputs[0]};
    }
    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        std::copy(in[0].data, in[0].data + m_size, out[0].data);
    }
    int64_t operations() const override { return m_size; }

private:
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeIdentity(const LayerSetup& setup) {
    checkInputs(setup, 1, 1);
    return std::make_unique<IdentityLayer>();
}

} // namespace

DYVE_REGISTER_LAYER("Identity", makeIdentity);

} // namespace dyve
