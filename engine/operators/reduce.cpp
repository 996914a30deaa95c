#include "kernels/parallel_for.h"
#include "kernels/thread_bands.h"
#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dyve {

namespace {

// What each ONNX reduction accumulates over the reduced elements and returns at the end. Sums accumulate in
// double: a mean over a 7×7×1280 map is then exact to float's precision whatever the order.
struct Sum {
    double start() const { return 0.0; }
    double add(double acc, float x) const { return acc + x; }
    float finish(double acc, int64_t) const { return static_cast<float>(acc); }
};
struct Mean {
    double start() const { return 0.0; }
    double add(double acc, float x) const { return acc + x; }
    float finish(double acc, int64_t n) const { return static_cast<float>(n > 0 ? acc / n : 0.0); }
};
struct Max {
    double start() const { return -std::numeric_limits<double>::infinity(); }
    double add(double acc, float x) const { return std::max<double>(acc, x); }
    float finish(double acc, int64_t) const { return static_cast<float>(acc); }
};
struct Min {
    double start() const { return std::numeric_limits<double>::infinity(); }
    double add(double acc, float x) const { return std::min<double>(acc, x); }
    float finish(double acc, int64_t) const { return static_cast<float>(acc); }
};
struct Prod {
    double start() const { return 1.0; }
    double add(double acc, float x) const { return acc * x; }
    float finish(double acc, int64_t) const { return static_cast<float>(acc); }
};
struct L1 {
    double start() const { return 0.0; }
    double add(double acc, float x) const { return acc + std::abs(x); }
    float finish(double acc, int64_t) const { return static_cast<float>(acc); }
};
struct L2 {
    double start() const { return 0.0; }
    double add(double acc, float x) const { return acc + double(x) * x; }
    float finish(double acc, int64_t) const { return static_cast<float>(std::sqrt(acc)); }
};
struct SumSquare {
    double start() const { return 0.0; }
    double add(double acc, float x) const { return acc + double(x) * x; }
    float finish(double acc, int64_t) const { return static_cast<float>(acc); }
};
struct LogSum {
    double start() const { return 0.0; }
    double add(double acc, float x) const { return acc + x; }
    float finish(double acc, int64_t) const { return static_cast<float>(std::log(acc)); }
};
// log Σ e^x, in double: e^x of a float overflows only past x ≈ 709.
struct LogSumExp {
    double start() const { return 0.0; }
    double add(double acc, float x) const { return acc + std::exp(double(x)); }
    float finish(double acc, int64_t) const { return static_cast<float>(std::log(acc)); }
};

// Strides of a row-major shape, in elements.
std::vector<int64_t> stridesOf(const Shape& shape) {
    std::vector<int64_t> strides(shape.size(), 1);
    for (size_t d = shape.size(); d-- > 1;)
        strides[d - 1] = strides[d] * shape[d];
    return strides;
}

// A set of axes walked as an odometer: sizes and input strides, adjacent axes that are contiguous in the
// input merged (a mean over H and W becomes one run of H·W elements).
struct AxisWalk {
    std::vector<int64_t> dims, strides;

    void add(int64_t dim, int64_t stride) {
        if (!dims.empty() && strides.back() == stride * dim) {
            dims.back() *= dim;
            strides.back() = stride;
        } else {
            dims.push_back(dim);
            strides.push_back(stride);
        }
    }
    int64_t count() const { return elementCount(dims); }
    // The input offset of the walk's `i`-th position.
    int64_t offset(int64_t i) const {
        int64_t at = 0;
        for (size_t d = dims.size(); d-- > 0;) {
            at += (i % dims[d]) * strides[d];
            i /= dims[d];
        }
        return at;
    }
};

// ReduceMean, ReduceSum, ReduceMax, ReduceMin, ReduceProd, ReduceL1, ReduceL2, ReduceSumSquare, ReduceLogSum,
// ReduceLogSumExp (ONNX, opsets 1–17): `axes` (an attribute, ReduceSum's input from opset 13; empty: every
// axis, or none with noop_with_empty_axes), `keepdims` (default 1). One operation per input element.
template <class Reduction> class ReduceLayer : public Layer {
public:
    ReduceLayer(const LayerSetup& setup, std::vector<int64_t> axes, bool keepDims, bool noopWhenEmpty)
        : m_node(setup), m_axes(std::move(axes)), m_keepDims(keepDims), m_noopWhenEmpty(noopWhenEmpty) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        const int64_t rank = static_cast<int64_t>(x.size());
        std::vector<bool> reduced(x.size(), m_axes.empty() && !m_noopWhenEmpty);
        for (int64_t a : m_axes) {
            const int64_t axis = normaliseAxis(m_node, a, rank, "axes entry");
            if (reduced[static_cast<size_t>(axis)])
                m_node.fail("axes " + toList(m_axes) + " name axis " + std::to_string(axis) + " twice");
            reduced[static_cast<size_t>(axis)] = true;
        }
        const std::vector<int64_t> strides = stridesOf(x);
        m_kept = AxisWalk{};
        m_reduced = AxisWalk{};
        Shape out;
        for (size_t d = 0; d < x.size(); ++d) {
            (reduced[d] ? m_reduced : m_kept).add(x[d], strides[d]);
            if (!reduced[d])
                out.push_back(x[d]);
            else if (m_keepDims)
                out.push_back(1);
        }
        m_inputSize = elementCount(x);
        return {out};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const float* x = in[0].data;
        float* y = out[0].data;
        if (m_reduced.dims.empty()) { // noop_with_empty_axes: the input as it is
            std::copy(x, x + m_inputSize, y);
            return;
        }
        const int64_t n = m_reduced.count();
        const bool contiguous = m_reduced.dims.size() == 1 && m_reduced.strides[0] == 1;
        const int threads = threadsFor(m_inputSize, this->threads());
        parallelFor(m_kept.count(), threads, [&](int64_t o) {
            const Reduction r;
            const float* base = x + m_kept.offset(o);
            double acc = r.start();
            if (contiguous) {
                for (int64_t i = 0; i < n; ++i)
                    acc = r.add(acc, base[i]);
            } else {
                for (int64_t i = 0; i < n; ++i)
                    acc = r.add(acc, base[m_reduced.offset(i)]);
            }
            y[o] = r.finish(acc, n);
        });
    }

    int64_t operations() const override { return m_inputSize; }

private:
    NodeContext m_node;
    std::vector<int64_t> m_axes;
    bool m_keepDims, m_noopWhenEmpty;
    AxisWalk m_kept, m_reduced;
    int64_t m_inputSize = 0;
};

template <class Reduction> std::unique_ptr<Layer> makeReduce(const LayerSetup& setup) {
    checkInputs(setup, 1, 2, {1});
    std::vector<int64_t> axes;
    intsOperand(setup, 1, "axes", axes);
    return std::make_unique<ReduceLayer<Reduction>>(setup, std::move(axes),
                                                    setup.node.getInt("keepdims", 1) != 0,
                                                    setup.node.getInt("noop_with_empty_axes", 0) != 0);
}

} // namespace

DYVE_REGISTER_LAYER("ReduceMean", makeReduce<Mean>);
DYVE_REGISTER_LAYER("ReduceSum", makeReduce<Sum>);
DYVE_REGISTER_LAYER("ReduceMax", makeReduce<Max>);
DYVE_REGISTER_LAYER("ReduceMin", makeReduce<Min>);
DYVE_REGISTER_LAYER("ReduceProd", makeReduce<Prod>);
DYVE_REGISTER_LAYER("ReduceL1", makeReduce<L1>);
DYVE_REGISTER_LAYER("ReduceL2", makeReduce<L2>);
DYVE_REGISTER_LAYER("ReduceSumSquare", makeReduce<SumSquare>);
DYVE_REGISTER_LAYER("ReduceLogSum", makeReduce<LogSum>);
DYVE_REGISTER_LAYER("ReduceLogSumExp", makeReduce<LogSumExp>);

} // namespace dyve
