#include "core/errors.h"
#include "kernels/axis_gather.h"
#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>
#include <cstdlib>

namespace dyve {

namespace {

// No axis may grow beyond this (the runtime's own limit), checked before index maps are allocated.
constexpr int64_t kMaxDimension = int64_t(1) << 31;

enum class PadMode { Constant, Reflect, Edge };

// Pads (or, with negative pads, crops) every axis: pads = [x1_begin, x2_begin, …, x1_end, x2_end, …]
// from the `pads` attribute (opset ≤ 10) or constant input (opset ≥ 11, with the optional axes input of
// opset 18 restricting them to some axes). Modes: constant (value attribute ≤ 10, constant_value input
// ≥ 11), reflect (mirror without repeating the edge) and edge (repeat the edge).
class PadLayer : public Layer {
public:
    PadLayer(const LayerSetup& setup, PadMode mode, std::vector<int64_t> pads, std::vector<int64_t> axes,
             float value)
        : m_node(setup), m_mode(mode), m_pads(std::move(pads)), m_axes(std::move(axes)), m_value(value) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        const int64_t rank = static_cast<int64_t>(x.size());
        std::vector<int64_t> axes = m_axes;
        if (axes.empty())
            for (int64_t d = 0; d < rank; ++d)
                axes.push_back(d);
        const int64_t count = static_cast<int64_t>(axes.size());
        if (static_cast<int64_t>(m_pads.size()) != 2 * count)
            m_node.fail("pads " + toList(m_pads) + " need " + std::to_string(2 * count) + " values for " +
                        std::to_string(count) + " axes of the input of shape " + toString(x));
        std::vector<int64_t> begin(rank, 0), end(rank, 0);
        for (int64_t k = 0; k < count; ++k) {
            const int64_t d = normaliseAxis(m_node, axes[k], rank);
            if (std::abs(m_pads[k]) > kMaxDimension || std::abs(m_pads[k + count]) > kMaxDimension)
                m_node.fail("pads " + toList(m_pads) + " are too large");
            begin[d] = m_pads[k];
            end[d] = m_pads[k + count];
        }
        std::vector<std::vector<int64_t>> maps(rank);
        for (int64_t d = 0; d < rank; ++d) {
            const int64_t n = x[d], size = n + begin[d] + end[d];
            if (size > kMaxDimension)
                m_node.fail("pads " + toList(m_pads) + " make axis " + std::to_string(d) + " too large");
            if (size < 0)
                m_node.fail("pads " + toList(m_pads) + " crop more than the input of shape " + toString(x) +
                            " has");
            if (m_mode != PadMode::Constant && n == 0 && size > 0)
                m_node.fail("cannot pad an empty axis in reflect or edge mode");
            maps[d].resize(static_cast<size_t>(size));
            for (int64_t o = 0; o < size; ++o)
                maps[d][o] = sourceIndex(o - begin[d], n);
        }
        m_gather.plan(x, std::move(maps));
        m_size = elementCount(m_gather.outputShape());
        return {m_gather.outputShape()};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        m_gather.run(in[0].data, out[0].data, m_value);
    }

    int64_t operations() const override { return m_size; }

private:
    // Which input index output position i (relative to the input's start) reads; −1 for the fill value.
    int64_t sourceIndex(int64_t i, int64_t n) const {
        if (i >= 0 && i < n) return i;
        switch (m_mode) {
        case PadMode::Constant:
            return -1;
        case PadMode::Edge:
            return i < 0 ? 0 : n - 1;
        case PadMode::Reflect: {
            // The mirrored sequence repeats every 2(n − 1) positions (numpy's reflect, any pad width).
            if (n == 1) return 0;
            const int64_t period = 2 * (n - 1);
            int64_t j = (i < 0 ? -i : i) % period;
            return j < n ? j : period - j;
        }
        }
        return -1;
    }

    NodeContext m_node;
    PadMode m_mode;
    std::vector<int64_t> m_pads, m_axes;
    float m_value;
    AxisGather m_gather;
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makePad(const LayerSetup& setup) {
    checkInputs(setup, 1, 4, {1, 2, 3});
    const std::string modeName = setup.node.getString("mode", "constant");
    PadMode mode;
    if (modeName == "constant")
        mode = PadMode::Constant;
    else if (modeName == "reflect")
        mode = PadMode::Reflect;
    else if (modeName == "edge")
        mode = PadMode::Edge;
    else
        throw ImportError(setup.graph.sourceFile, setup.node.describe() + ": mode '" + modeName +
                                                      "' is not supported (constant, reflect or edge)");
    std::vector<int64_t> pads;
    if (!intsOperand(setup, 1, "pads", pads)) setup.fail("has no pads (attribute or input)");
    std::vector<int64_t> axes;
    if (setup.hasInput(3)) axes = constantInts(setup, 3, "axes");
    float value = setup.node.getFloat("value", 0.0f);
    if (setup.hasInput(2)) {
        const std::vector<float> v = constantFloats(setup, 2, "constant_value");
        if (v.size() > 1) setup.fail("constant_value must be a scalar");
        if (!v.empty()) value = v[0];
    }
    return std::make_unique<PadLayer>(setup, mode, std::move(pads), std::move(axes), value);
}

} // namespace

DYVE_REGISTER_LAYER("Pad", makePad);

} // namespace dyve
