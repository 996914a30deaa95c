#include "graph/fold_batch_norm.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>
#include <utility>

namespace dyve {

namespace {

// A BatchNormalization in inference form whose parameters are constants: what can be folded.
bool isConstantBatchNorm(const Graph& g, const Node& bn) {
    if (bn.op != "BatchNormalization" || bn.inputs.size() < 5 || bn.outputs.empty()) return false;
    for (size_t i = 1; i < 5; ++i) {
        const Tensor* t = g.initializer(bn.inputs[i]);
        if (!t || t->type != DataType::Float32) return false;
    }
    for (size_t i = 1; i < bn.outputs.size(); ++i)
        if (!bn.outputs[i].empty()) return false; // training-mode outputs are used
    return true;
}

// A Conv with constant float weights of at least one output channel and a constant bias, if any.
bool hasConstantWeights(const Graph& g, const Node& conv) {
    if (conv.op != "Conv" || conv.outputs.size() != 1 || conv.inputs.size() < 2) return false;
    const Tensor* w = g.initializer(conv.inputs[1]);
    if (!w || w->type != DataType::Float32 || w->shape.empty() || w->shape[0] < 1) return false;
    if (conv.inputs.size() > 2 && !conv.inputs[2].empty()) {
        const Tensor* b = g.initializer(conv.inputs[2]);
        if (!b || b->type != DataType::Float32) return false;
    }
    return true;
}

void pruneUnusedInitializers(Graph& g) {
    std::set<std::string> used(g.outputs.begin(), g.outputs.end());
    for (const Node& n : std::as_const(g.nodes))
        used.insert(n.inputs.begin(), n.inputs.end());
    for (auto it = g.initializers.begin(); it != g.initializers.end();)
        it = used.count(it->first) ? std::next(it) : g.initializers.erase(it);
}

} // namespace

int foldBatchNorm(Graph& g) {
    // Who makes each value and how many nodes read it, indexed once and kept up to date as Convs take over
    // their batch norms' outputs, so the pass is linear in the node count (issue 13). A folded batch norm
    // read only its Conv's output, which then disappears: no other count changes.
    const NodeList& nodes = std::as_const(g.nodes);
    std::unordered_map<std::string, size_t> producer;
    std::unordered_map<std::string, int> readers;
    for (size_t n = 0; n < nodes.size(); ++n) {
        for (const std::string& out : nodes[n].outputs)
            if (!out.empty()) producer[out] = n;
        const std::vector<std::string>& in = nodes[n].inputs;
        for (auto it = in.begin(); it != in.end(); ++it)
            if (std::find(in.begin(), it, *it) == it) ++readers[*it]; // each reader once
    }
    const std::set<std::string> graphOutputs(g.outputs.begin(), g.outputs.end());
    std::vector<bool> folded(nodes.size(), false);
    int count = 0;
    for (size_t bi = 0; bi < nodes.size(); ++bi) {
        const Node& bn = nodes[bi];
        if (!isConstantBatchNorm(g, bn)) continue;
        const auto from = producer.find(bn.inputs[0]);
        if (from == producer.end() || !hasConstantWeights(g, nodes[from->second])) continue;
        const std::string& convOutput = nodes[from->second].outputs[0];
        if (graphOutputs.count(convOutput) || readers[convOutput] != 1) continue;

        const Tensor& scale = *g.initializer(bn.inputs[1]);
        const Tensor& shift = *g.initializer(bn.inputs[2]);
        const Tensor& mean = *g.initializer(bn.inputs[3]);
        const Tensor& var = *g.initializer(bn.inputs[4]);
        const float eps = bn.getFloat("epsilon", 1e-5f);
        Node& conv = g.nodes[from->second];
        Tensor weight = *g.initializer(conv.inputs[1]);
        const int64_t outChannels = weight.shape[0];
        if (scale.size() != outChannels || shift.size() != outChannels || mean.size() != outChannels ||
            var.size() != outChannels)
            continue;
        Tensor bias = Tensor::zeros({outChannels});
        if (conv.inputs.size() > 2 && !conv.inputs[2].empty()) bias = *g.initializer(conv.inputs[2]);
        if (bias.size() != outChannels) continue;

        const int64_t perChannel = weight.size() / outChannels;
        for (int64_t o = 0; o < outChannels; ++o) {
            const float k = scale.floats[o] / std::sqrt(var.floats[o] + eps);
            for (int64_t j = 0; j < perChannel; ++j)
                weight.floats[o * perChannel + j] *= k;
            bias.floats[o] = (bias.floats[o] - mean.floats[o]) * k + shift.floats[o];
        }
        // New names: the originals may be shared with other nodes.
        const std::string weightName = conv.outputs[0] + "/folded_weight";
        const std::string biasName = conv.outputs[0] + "/folded_bias";
        g.initializers[weightName] = std::move(weight);
        g.initializers[biasName] = std::move(bias);
        conv.inputs.resize(3);
        conv.inputs[1] = weightName;
        conv.inputs[2] = biasName;
        conv.outputs[0] = bn.outputs[0];
        producer[bn.outputs[0]] = from->second;
        folded[bi] = true;
        ++count;
    }
    if (count == 0) return 0;
    std::vector<Node> kept;
    kept.reserve(nodes.size() - static_cast<size_t>(count));
    for (size_t n = 0; n < folded.size(); ++n)
        if (!folded[n]) kept.push_back(std::move(g.nodes[n]));
    g.nodes = NodeList(std::move(kept));
    pruneUnusedInitializers(g);
    return count;
}

} // namespace dyve
