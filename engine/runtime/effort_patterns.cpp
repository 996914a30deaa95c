#include "runtime/effort_patterns.h"

#include "effort/effort_conv.h"

#include <algorithm>
#include <map>
#include <set>

namespace dyve {

namespace {

// Who makes and who reads each value of a graph.
struct ValueIndex {
    std::map<std::string, int> producer;             // node index
    std::map<std::string, std::vector<int>> readers; // node indices, each once
    std::set<std::string> graphOutputs;

    explicit ValueIndex(const Graph& graph) {
        for (size_t n = 0; n < graph.nodes.size(); ++n) {
            const Node& node = graph.nodes[n];
            for (const std::string& out : node.outputs)
                if (!out.empty()) producer[out] = static_cast<int>(n);
            for (const std::string& in : node.inputs) {
                std::vector<int>& r = readers[in];
                if (!in.empty() && (r.empty() || r.back() != static_cast<int>(n)))
                    r.push_back(static_cast<int>(n));
            }
        }
        graphOutputs.insert(graph.outputs.begin(), graph.outputs.end());
    }

    // The only node that reads `value`, when exactly one does and the value is not a graph output (so that
    // rectifying it early changes nothing anyone else sees); else -1.
    int soleReader(const std::string& value) const {
        if (graphOutputs.count(value)) return -1;
        auto it = readers.find(value);
        return it != readers.end() && it->second.size() == 1 ? it->second.front() : -1;
    }
    int producerOf(const std::string& value) const {
        auto it = producer.find(value);
        return it == producer.end() ? -1 : it->second;
    }
};

bool isRelu(const Graph& graph, int node) {
    return node >= 0 && graph.nodes[static_cast<size_t>(node)].op == "Relu";
}

// A node with exactly one output, which is used.
bool singleOutput(const Node& node) {
    return node.outputs.size() == 1 && !node.outputs[0].empty();
}

// The Conv of residual block Add `add` that takes the effort path (pattern (c) of effort_patterns.h), or -1;
// `shortcut` gets the other operand. Of two convolution branches, the one with more weights: both write
// the same output shape, so it is the one with more operations.
int residualConvOf(const Graph& graph, const ValueIndex& index, int add, std::string& shortcut) {
    const Node& node = graph.nodes[static_cast<size_t>(add)];
    if (node.op != "Add" || node.inputs.size() != 2 || !singleOutput(node)) return -1;
    if (node.inputs[0].empty() || node.inputs[1].empty() || node.inputs[0] == node.inputs[1]) return -1;
    if (!isRelu(graph, index.soleReader(node.outputs[0]))) return -1;
    int best = -1;
    int64_t bestWeights = -1;
    for (int i = 0; i < 2; ++i) {
        const std::string& value = node.inputs[static_cast<size_t>(i)];
        const std::string& other = node.inputs[static_cast<size_t>(1 - i)];
        const int conv = index.producerOf(value);
        if (conv < 0 || index.soleReader(value) != add || graph.isInitializer(other)) continue;
        const Node& c = graph.nodes[static_cast<size_t>(conv)];
        if (!singleOutput(c) || !effortConvIneligibility(c, graph).empty()) continue;
        const int64_t weights = graph.initializer(c.inputs[1])->size();
        if (weights > bestWeights || (weights == bestWeights && conv > best)) {
            best = conv;
            bestWeights = weights;
            shortcut = other;
        }
    }
    return best;
}

// Why Gemm node `gemm` cannot run as EffortConv::fullyConnected, or "" when it can (its Relu aside).
std::string gemmIneligibility(const Node& gemm, const Graph& graph) {
    const std::string name = gemm.describe();
    if (gemm.inputs.size() < 2 || gemm.inputs[0].empty() || gemm.inputs[1].empty())
        return name + " has no weights";
    if (graph.isInitializer(gemm.inputs[0])) return name + ": its input A is a constant";
    const Tensor* b = graph.initializer(gemm.inputs[1]);
    if (!b || b->type != DataType::Float32 || b->shape.size() != 2)
        return name + ": weights B are not a constant 2-D float matrix";
    if (gemm.getInt("transA", 0) != 0) return name + ": a transposed input (transA) is not supported";
    const int64_t outFeatures = gemm.getInt("transB", 0) != 0 ? b->shape[0] : b->shape[1];
    if (gemm.inputs.size() > 2 && !gemm.inputs[2].empty()) {
        const Tensor* c = graph.initializer(gemm.inputs[2]);
        const bool perOutput = c && c->type == DataType::Float32 && c->shape.size() <= 2 &&
                               (c->size() == outFeatures || c->size() == 1) &&
                               (c->shape.size() < 2 || c->shape[0] == 1);
        if (!perOutput) return name + ": C is not a constant bias of one value per output";
    }
    return {};
}

} // namespace

void placeResidualConvolutions(Graph& graph) {
    // Moving nodes changes no producer or reader, so every block's convolution is found on one index, and
    // the new order is made in one pass (linear in the nodes: a graph has up to kMaxGraphNodes).
    const ValueIndex index(graph);
    const size_t count = graph.nodes.size();
    std::vector<int> convBefore(count, -1); // Add → the convolution to run just before it
    std::vector<bool> moved(count, false);
    for (size_t a = 0; a < count; ++a) {
        std::string shortcut;
        const int conv = residualConvOf(graph, index, static_cast<int>(a), shortcut);
        if (conv < 0 || conv + 1 == static_cast<int>(a)) continue;
        convBefore[a] = conv;
        moved[static_cast<size_t>(conv)] = true;
    }
    if (std::find(moved.begin(), moved.end(), true) == moved.end()) return;
    std::vector<Node> ordered;
    ordered.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        if (moved[i]) continue;
        if (convBefore[i] >= 0) ordered.push_back(std::move(graph.nodes[static_cast<size_t>(convBefore[i])]));
        ordered.push_back(std::move(graph.nodes[i]));
    }
    graph.nodes = std::move(ordered);
}

std::vector<NodeEffortPlan> planEffortPatterns(const Graph& graph) {
    const ValueIndex index(graph);
    std::vector<NodeEffortPlan> plans(graph.nodes.size());
    auto plan = [&](int node) -> NodeEffortPlan& { return plans[static_cast<size_t>(node)]; };

    // (c) residual blocks first: their convolutions read no Relu of their own.
    for (size_t a = 0; a < graph.nodes.size(); ++a) {
        std::string shortcut;
        const int conv = residualConvOf(graph, index, static_cast<int>(a), shortcut);
        if (conv < 0) continue;
        const Node& add = graph.nodes[a];
        const int relu = index.soleReader(add.outputs[0]);
        const int other = index.producerOf(shortcut);
        const std::string blockName = add.describe();
        if (other > conv) { // placeResidualConvolutions() was not applied: the shortcut comes too late
            plan(conv).ineligibility = graph.nodes[static_cast<size_t>(conv)].describe() +
                                       ": the shortcut of residual " + blockName + " is computed after it";
            continue;
        }
        NodeEffortPlan& head = plan(conv);
        head.role = EffortRole::Layer;
        head.shortcut = shortcut;
        head.residualAdd = static_cast<int>(a);
        plan(static_cast<int>(a)).role = EffortRole::EffortTail;
        plan(static_cast<int>(a)).head = conv;
        plan(static_cast<int>(a)).inPlaceInput =
            add.inputs[0] == graph.nodes[static_cast<size_t>(conv)].outputs[0] ? 0 : 1;
        plan(relu).role = EffortRole::EffortTail;
        plan(relu).head = conv;
        plan(relu).inPlaceInput = 0;
        if (other >= 0 && graph.nodes[static_cast<size_t>(other)].op == "Conv")
            plan(other).ineligibility = graph.nodes[static_cast<size_t>(other)].describe() +
                                        ": its output is the shortcut of residual " + blockName +
                                        ", whose larger convolution takes the effort path";
    }

    for (size_t n = 0; n < graph.nodes.size(); ++n) {
        const Node& node = graph.nodes[n];
        NodeEffortPlan& p = plans[n];
        if (p.role != EffortRole::None || !p.ineligibility.empty()) continue;
        if (node.op == "Conv") {
            p.ineligibility = effortConvIneligibility(node, graph);
            if (!p.ineligibility.empty()) continue;
            const int reader = singleOutput(node) ? index.soleReader(node.outputs[0]) : -1;
            int relu = -1;
            if (isRelu(graph, reader)) {
                relu = reader; // (a)
            } else if (reader >= 0 && graph.nodes[static_cast<size_t>(reader)].op == "MaxPool") {
                const Node& pool = graph.nodes[static_cast<size_t>(reader)];
                bool indicesUnused = true;
                for (size_t o = 1; o < pool.outputs.size(); ++o)
                    indicesUnused = indicesUnused &&
                                    (pool.outputs[o].empty() || index.readers.count(pool.outputs[o]) == 0);
                if (!pool.outputs.empty() && !pool.outputs[0].empty() && indicesUnused &&
                    isRelu(graph, index.soleReader(pool.outputs[0])))
                    relu = index.soleReader(pool.outputs[0]); // (b)
            }
            if (relu < 0 || plan(relu).role != EffortRole::None) {
                p.ineligibility =
                    node.describe() +
                    ": its output does not go through a ReLU that only it feeds (directly, after a "
                    "MaxPool, or after a residual Add)";
                continue;
            }
            p.role = EffortRole::Layer;
            p.fusesRelu = true;
            plan(relu).role = EffortRole::AppliedRelu;
            plan(relu).head = static_cast<int>(n);
            plan(relu).inPlaceInput = 0;
        } else if (node.op == "Gemm") {
            p.ineligibility = gemmIneligibility(node, graph);
            if (!p.ineligibility.empty()) continue;
            const int relu = singleOutput(node) ? index.soleReader(node.outputs[0]) : -1;
            if (!isRelu(graph, relu) || plan(relu).role != EffortRole::None) {
                p.ineligibility =
                    node.describe() + ": its output does not go through a ReLU that only it feeds";
                continue;
            }
            p.role = EffortRole::Layer; // (d)
            p.fullyConnected = true;
            plan(relu).role = EffortRole::EffortTail;
            plan(relu).head = static_cast<int>(n);
            plan(relu).inPlaceInput = 0;
        }
    }
    return plans;
}

} // namespace dyve
