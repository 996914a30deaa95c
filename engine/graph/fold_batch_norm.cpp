#include "graph/fold_batch_norm.h"

#include <cmath>
#include <set>

namespace dyve {

namespace {

bool isFoldable(const Graph& g, const Node& bn, const Node*& conv) {
    if (bn.op != "BatchNormalization" || bn.inputs.size() < 5 || bn.outputs.size() < 1) return false;
    for (size_t i = 1; i < 5; ++i)
        if (!g.initializer(bn.inputs[i])) return false;
    for (size_t i = 1; i < bn.outputs.size(); ++i)
        if (!bn.outputs[i].empty()) return false; // training-mode outputs are used
    conv = nullptr;
    for (const Node& n : g.nodes)
        if (n.op == "Conv" && n.outputs.size() == 1 && n.outputs[0] == bn.inputs[0]) conv = &n;
    if (!conv || conv->inputs.size() < 2 || !g.initializer(conv->inputs[1])) return false;
    if (conv->inputs.size() > 2 && !conv->inputs[2].empty() && !g.initializer(conv->inputs[2])) return false;
    for (const std::string& out : g.outputs)
        if (out == conv->outputs[0]) return false;
    return g.consumers(conv->outputs[0]).size() == 1;
}

void pruneUnusedInitializers(Graph& g) {
    std::set<std::string> used(g.outputs.begin(), g.outputs.end());
    for (const Node& n : g.nodes)
        used.insert(n.inputs.begin(), n.inputs.end());
    for (auto it = g.initializers.begin(); it != g.initializers.end();)
        it = used.count(it->first) ? std::next(it) : g.initializers.erase(it);
}

} // namespace

int foldBatchNorm(Graph& g) {
    int folded = 0;
    for (size_t bi = 0; bi < g.nodes.size(); ++bi) {
        const Node* convPtr = nullptr;
        if (!isFoldable(g, g.nodes[bi], convPtr)) continue;
        Node& conv = const_cast<Node&>(*convPtr);
        const Node bn = g.nodes[bi];
        const Tensor& scale = *g.initializer(bn.inputs[1]);
        const Tensor& shift = *g.initializer(bn.inputs[2]);
        const Tensor& mean = *g.initializer(bn.inputs[3]);
        const Tensor& var = *g.initializer(bn.inputs[4]);
        const float eps = bn.getFloat("epsilon", 1e-5f);

        Tensor weight = *g.initializer(conv.inputs[1]);
        const int64_t outChannels = weight.shape.at(0);
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
        g.nodes.erase(g.nodes.begin() + static_cast<long>(bi));
        --bi;
        ++folded;
    }
    if (folded) pruneUnusedInitializers(g);
    return folded;
}

} // namespace dyve
