#include "kernels/strided_copy.h"
#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>

namespace dyve {

namespace {

// ONNX Slice: along each of `axes` (default: the first len(starts) axes), the elements start, start+step,
// ... before end (ends past the dimension are clamped, negative starts and ends count from its end; steps
// default to 1 and may be negative). Opsets 1–9 give starts, ends and axes as attributes, 10 on as constant
// inputs with steps (PyTorch's chunk and split: shufflenet's channel split). One copy per output element.
class SliceLayer : public Layer {
public:
    SliceLayer(const LayerSetup& setup, std::vector<int64_t> starts, std::vector<int64_t> ends,
               std::vector<int64_t> axes, std::vector<int64_t> steps)
        : m_node(setup), m_starts(std::move(starts)), m_ends(std::move(ends)), m_axes(std::move(axes)),
          m_steps(std::move(steps)) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        const int64_t rank = static_cast<int64_t>(x.size());
        std::vector<int64_t> first(x.size(), 0), step(x.size(), 1);
        Shape out = x;
        std::vector<bool> seen(x.size(), false);
        for (size_t k = 0; k < m_starts.size(); ++k) {
            const int64_t axis =
                normaliseAxis(m_node, m_axes.empty() ? int64_t(k) : m_axes[k], rank, "axes entry");
            if (seen[static_cast<size_t>(axis)])
                m_node.fail("axes " + toList(m_axes) + " name axis " + std::to_string(axis) + " twice");
            seen[static_cast<size_t>(axis)] = true;
            const int64_t dim = x[static_cast<size_t>(axis)];
            const int64_t s = m_steps.empty() ? 1 : m_steps[k];
            if (s == 0) m_node.fail("steps " + toList(m_steps) + " hold a 0");
            int64_t start = m_starts[k], end = m_ends[k];
            // Offsets beyond ±dim (PyTorch writes INT64_MAX for "to the end") clamp without overflowing.
            start = start < 0 ? std::max(start, -dim) + dim : start;
            end = end < 0 ? std::max(end, -dim - 1) + dim : end;
            if (s > 0) {
                start = std::min(start, dim);
                end = std::min(end, dim);
            } else {
                start = std::min(start, dim - 1);
                end = std::min(std::max(end, int64_t(-1)), dim - 1);
            }
            const int64_t count = s > 0 ? (end - start + s - 1) / s : (start - end + (-s) - 1) / (-s);
            out[static_cast<size_t>(axis)] = std::max<int64_t>(count, 0);
            first[static_cast<size_t>(axis)] = start;
            step[static_cast<size_t>(axis)] = s;
        }
        int64_t stride = 1;
        m_dims = out;
        m_strides.assign(x.size(), 0);
        m_offset = 0;
        for (size_t d = x.size(); d-- > 0;) {
            m_strides[d] = stride * step[d];
            m_offset += stride * first[d];
            stride *= x[d];
        }
        m_size = elementCount(out);
        return {out};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        if (m_size == 0) return;
        copyStrided(in[0].data + m_offset, m_dims, m_strides, out[0].data, m_index);
    }

    int64_t operations() const override { return m_size; }

private:
    NodeContext m_node;
    std::vector<int64_t> m_starts, m_ends, m_axes, m_steps;
    Shape m_dims;                   // the output's
    std::vector<int64_t> m_strides; // input elements per step along each output axis (negative: backwards)
    std::vector<int64_t> m_index;   // copyStrided's odometer
    int64_t m_offset = 0;           // of the first element read
    int64_t m_size = 0;
};

std::unique_ptr<Layer> makeSlice(const LayerSetup& setup) {
    checkInputs(setup, 1, 5, {1, 2, 3, 4});
    std::vector<int64_t> starts, ends, axes, steps;
    if (!intsOperand(setup, 1, "starts", starts) || !intsOperand(setup, 2, "ends", ends))
        setup.fail("has no starts or ends (attributes or inputs)");
    intsOperand(setup, 3, "axes", axes);
    if (setup.hasInput(4)) steps = constantInts(setup, 4, "steps");
    if (ends.size() != starts.size() || (!axes.empty() && axes.size() != starts.size()) ||
        (!steps.empty() && steps.size() != starts.size()))
        setup.fail("starts " + toList(starts) + ", ends " + toList(ends) + ", axes " + toList(axes) +
                   " and steps " + toList(steps) + " differ in length");
    return std::make_unique<SliceLayer>(setup, std::move(starts), std::move(ends), std::move(axes),
                                        std::move(steps));
}

} // namespace

DYVE_REGISTER_LAYER("Slice", makeSlice);

} // namespace dyve
