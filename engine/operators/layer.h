#pragma once

#include "core/tensor.h"
#include "graph/graph.h"
#include "kernels/activation.h"
#include "operators/weight_path.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dyve {

// What a layer is built from: its node and the graph that holds the node's constant operands.
struct LayerSetup {
    const Node& node;
    const Graph& graph;

    // The constant behind input i (weights, shapes, axes), or nullptr when that input is computed at
    // run time or omitted.
    const Tensor* constant(size_t input) const;
    bool hasInput(size_t input) const { return input < node.inputs.size() && !node.inputs[input].empty(); }
    // Throws ModelError "<file>: <op> node '<name>': <reason>".
    [[noreturn]] void fail(const std::string& reason) const;
};

// One operator of the dense engine (ncnn's Layer, ggml's compute_forward_<op>): built once per model
// from its node, planned for concrete input shapes, then run any number of times. Layers keep their
// prepacked weights and the scratch memory they need, sized at plan time, so forward() never allocates.
class Layer {
public:
    virtual ~Layer() = default;

    // The output shapes for these input shapes (one per input of the node; an omitted optional input has
    // an empty shape). Throws ModelError when the shapes do not fit the operator.
    virtual std::vector<Shape> plan(const std::vector<Shape>& inputs) = 0;

    // Reads inputs (constants included, as views of the graph's tensors; Int64 constants have no data
    // pointer) and writes every output. Shapes are those of the last plan().
    virtual void forward(const std::vector<TensorView>& inputs, const std::vector<TensorView>& outputs) = 0;

    // Scalar operations of one dense forward at the planned shapes, counted as SPEC §4.6 does: one
    // multiply-accumulate is one operation; other operators count one per output element they compute
    // (pooling: one per window element).
    virtual int64_t operations() const = 0;

    // Of operations(), the multiply-accumulates with a zero weight that forward() skips: a product over the
    // non-zero weights only (kernels/sparse_gemm.h). Lossless; 0 for every layer that multiplies them all.
    virtual int64_t zeroWeightOperations() const { return 0; }

    // Asks the layer to apply an activation (ReLU, Clip, hard swish: kernels/activation.h) to its (only)
    // output as it writes it, because the activation's node reads that output and nothing else does; the
    // runtime then skips that node (runtime/network.cpp). Returns false for layers that cannot, which is
    // the default.
    virtual bool fuseActivation(const Activation&) { return false; }
    bool fuseRelu() { return fuseActivation(Activation::relu()); }

    // The activation a producer may apply in this node's place (fuseActivation): y = activation(x) for
    // Relu, Clip, HardSwish and Sigmoid. None for the rest, the default.
    virtual std::optional<Activation> fusableActivation() const { return std::nullopt; }

    // The activation x · f(x) that a Mul of this node's input and its output f(x) makes, which a producer of
    // x may apply in the pair's place: hard swish for HardSigmoid (PyTorch's Hardswish before opset 14),
    // SiLU for Sigmoid (PyTorch's SiLU). None for the rest, the default.
    virtual std::optional<Activation> gatedActivation() const { return std::nullopt; }

    // Asks the layer to take a residual operand: a residual block's Add(output, shortcut) and the Relu after
    // it, done as each output is written. From then on forward() may find the shortcut as an extra input at
    // index kResidualInput (earlier optional inputs it lacks given as empty views), of the output's shape
    // and not overlapping it; when given, the layer adds it and then applies the ReLU; when not, it computes
    // its plain output (the runtime gives it only when the shapes agree, and then skips the Add and the
    // Relu). Returns false for layers that cannot, which is the default.
    static constexpr size_t kResidualInput = 3;
    virtual bool fuseResidual() { return false; }

    // Set by the runtime before plan(): how many threads this layer may use.
    void setThreads(int threads) { m_threads = threads < 1 ? 1 : threads; }
    int threads() const { return m_threads; }

    // Set by the runtime before plan(): the share of the model's channels the run computes (SPEC §4.9,
    // runtime channel width), 1 for all. Below 1, a Conv computes its first ⌈width · C_out⌉ output channels
    // from the input channels it is given, a prefix of those its weights read, and a Gemm whose input has
    // fewer features than its weights reads the first rows of them; the other layers follow their inputs'
    // shapes. Both multiply corners of the weights packed at load: nothing is repacked.
    void setWidth(double width) { m_width = width; }
    double width() const { return m_width; }

    // Widening (the width cascade, runtime/width_cascade.h): the first `channels` channels of the output
    // already hold what a narrower run of a nested width-trained network wrote into the same memory, and
    // the first channels of every input are those that run read, so forward() need compute only the
    // channels after them. Returns the first channel the next forward() computes, and operations() and
    // zeroWeightOperations() count from there; 0 (everything, the default) for layers that compute all of
    // their output again, which gives the same values for the old channels. The runtime sets 0 again after
    // the step.
    virtual int64_t resumeFromChannel(int64_t /*channels*/) { return 0; }

    // The same node's layer in the network whose memory this network's values live in (Network::
    // shareValuesWith: a wider network of the width cascade), or null. A layer may keep there what it derives
    // from its inputs, so that a widening of that network reuses it instead of deriving it again (a
    // convolution's padded copy of its input). Set by the runtime after plan(); the host outlives the layer.
    virtual void shareScratchWith(Layer* /*host*/) {}

    // Set by the runtime before plan(): how a layer with a weight matrix picks its product
    // (operators/weight_path.h).
    void setSparseWeights(SparseWeights policy) { m_sparseWeights = policy; }
    SparseWeights sparseWeights() const { return m_sparseWeights; }
    // The product the last plan() chose and why; hasWeights is false for layers without a weight matrix.
    virtual WeightPath weightPath() const { return {}; }

private:
    int m_threads = 1;
    double m_width = 1.0;
    SparseWeights m_sparseWeights = SparseWeights::Measured;
};

// The channels of `channels` that a run at `width` (0 < width ≤ 1) computes: ⌈width · channels⌉, at least 1.
int64_t channelsAtWidth(int64_t channels, double width);

using LayerFactory = std::unique_ptr<Layer> (*)(const LayerSetup& setup);

// The operator registry: each kernel file registers its factories with DYVE_REGISTER_LAYER.
void registerLayer(const std::string& op, LayerFactory factory);
bool isSupportedOperator(const std::string& op);
std::vector<std::string> supportedOperators();
// Throws ImportError naming the operator and the node when no kernel exists for it.
std::unique_ptr<Layer> createLayer(const LayerSetup& setup);
// Throws one ImportError naming every operator of the graph that has no kernel, with how many nodes use
// it and the first of them, so that a user sees at once all that a model lacks (issue 15): "unsupported
// operators: HardSigmoid (28 nodes, first 'hs1'), ReduceMean (node 'mean')"; for a single node, as
// createLayer says it. Does nothing when every operator is supported.
void requireSupportedOperators(const Graph& graph);

#define DYVE_LAYER_CONCAT_(a, b) a##b
#define DYVE_LAYER_CONCAT(a, b) DYVE_LAYER_CONCAT_(a, b)
#define DYVE_REGISTER_LAYER(OP, FACTORY)                                                                     \
    static const bool DYVE_LAYER_CONCAT(dyveRegistered_, __LINE__) =                                         \
        (::dyve::registerLayer(OP, FACTORY), true)

} // namespace dyve
