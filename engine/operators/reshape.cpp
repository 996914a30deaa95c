#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>

namespace dyve {

namespace {

constexpr int64_t kMaxDimension = int64_t(1) << 31;
constexpr int64_t kMaxElements = int64_t(1) << 40;

// Gives the data a new shape with the same element count. The target comes from the constant `shape`
// input (opset ≥ 5): 0 copies the input's dimension at the same index (unless allowzero = 1, opset 14,
// where 0 is a real zero), and one −1 is inferred from the remaining element count.
class ReshapeLayer : public Layer {
public:
    ReshapeLayer(const LayerSetup& setup, std::vector<int64_t> target)
        : m_node(setup), m_target(std::move(target)), m_allowZero(setup.node.getInt("allowzero", 0) != 0) {
        int inferred = 0;
        bool zero = false;
        for (int64_t d : m_target) {
            if (d < -1)
                setup.fail("shape " + toList(m_target) + " holds the negative dimension " +
                           std::to_string(d));
            inferred += d == -1;
            zero = zero || d == 0;
        }
        if (inferred > 1) setup.fail("shape " + toList(m_target) + " has more than one -1");
        if (m_allowZero && zero && inferred)
            setup.fail("shape " + toList(m_target) + " has both 0 and -1 while allowzero is set");
    }

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        Shape out = m_target;
        int64_t known = 1;
        int64_t inferredAt = -1;
        for (size_t i = 0; i < out.size(); ++i) {
            if (out[i] == 0 && !m_allowZero) {
                if (i >= x.size())
                    m_node.fail("shape " + toList(m_target) + " copies dimension " + std::to_string(i) +
                                " that the input of shape " + toString(x) + " does not have");
                out[i] = x[i];
            }
            if (out[i] == -1) {
                inferredAt = static_cast<int64_t>(i);
            } else {
                // Guards the product against overflow; the runtime rejects such sizes anyway.
                if (out[i] > kMaxDimension || (out[i] > 0 && known > kMaxElements / out[i]))
                    m_node.fail("shape " + toList(m_target) + " is too large");
                known *= out[i];
            }
        }
        const int64_t count = elementCount(x);
        if (inferredAt >= 0) {
            if (known == 0 || count % known != 0)
                m_node.fail("cannot reshape " + toString(x) + " (" + std::to_string(count) + " values) to " +
                            toList(m_target));
            out[inferredAt] = count / known;
        }
        const int64_t target = inferredAt >= 0 ? known * out[inferredAt] : known;
        if (target != count)
            m_node.fail("cannot reshape " + toString(x) + " (" + std::to_string(count) + " values) to " +
                        toList(m_target) + " (" + std::to_string(target) + " values)");
        m_size = count;
        return {out};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        std::copy(in[0].data, in[0].data + m_size, out[0].data);
    }

    int64_t operations() const override { return m_size; }

private:
    NodeContext m_node;
    Shape m_target;
    bool m_allowZero;
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeReshape(const LayerSetup& setup) {
    // Opset 1–4 carried the shape as an attribute; a few old exporters still write it that way.
    if (!setup.hasInput(1) && setup.node.has("shape")) {
        checkInputs(setup, 1, 1);
        return std::make_unique<ReshapeLayer>(setup, setup.node.getInts("shape"));
    }
    checkInputs(setup, 2, 2, {1});
    return std::make_unique<ReshapeLayer>(setup, constantInts(setup, 1, "shape"));
}

} // namespace

DYVE_REGISTER_LAYER("Reshape", makeReshape);

} // namespace dyve
