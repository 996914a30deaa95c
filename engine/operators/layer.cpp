#include "operators/layer.h"

#include "core/errors.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace dyve {

namespace {
std::map<std::string, LayerFactory>& registry() {
    static std::map<std::string, LayerFactory> factories;
    return factories;
}
} // namespace

int64_t channelsAtWidth(int64_t channels, double width) {
    if (width >= 1.0) return channels;
    // 1e-9 below: 0.3 · 10 is 3.0000000000000004 in doubles, and three channels were meant.
    const auto n = static_cast<int64_t>(std::ceil(width * double(channels) - 1e-9));
    return std::clamp<int64_t>(n, 1, channels);
}

const Tensor* LayerSetup::constant(size_t input) const {
    if (!hasInput(input)) return nullptr;
    return graph.initializer(node.inputs[input]);
}

void LayerSetup::fail(const std::string& reason) const {
    throw ModelError(graph.sourceFile, node.describe() + ": " + reason);
}

void registerLayer(const std::string& op, LayerFactory factory) {
    registry()[op] = factory;
}

bool isSupportedOperator(const std::string& op) {
    return registry().count(op) != 0;
}

std::vector<std::string> supportedOperators() {
    std::vector<std::string> ops;
    for (const auto& [op, factory] : registry())
        ops.push_back(op);
    return ops;
}

namespace {
std::string nodeName(const Node& node) {
    return node.name.empty() && !node.outputs.empty() ? node.outputs.front() : node.name;
}
} // namespace

std::unique_ptr<Layer> createLayer(const LayerSetup& setup) {
    auto it = registry().find(setup.node.op);
    if (it == registry().end())
        throw ImportError(setup.graph.sourceFile, "unsupported operator '" + setup.node.op + "' in node '" +
                                                      nodeName(setup.node) + "'");
    return it->second(setup);
}

void requireSupportedOperators(const Graph& graph) {
    struct Use {
        int nodes = 0;
        std::string first;
    };
    std::map<std::string, Use> missing; // by operator, in name order
    int nodes = 0;
    for (const Node& node : graph.nodes) {
        if (isSupportedOperator(node.op)) continue;
        Use& use = missing[node.op];
        if (use.nodes++ == 0) use.first = nodeName(node);
        ++nodes;
    }
    if (missing.empty()) return;
    if (nodes == 1) {
        const auto& [op, use] = *missing.begin();
        throw ImportError(graph.sourceFile, "unsupported operator '" + op + "' in node '" + use.first + "'");
    }
    std::string list;
    for (const auto& [op, use] : missing)
        list += (list.empty() ? "" : ", ") + op +
                (use.nodes == 1 ? " (node '" + use.first + "')"
                                : " (" + std::to_string(use.nodes) + " nodes, first '" + use.first + "')");
    throw ImportError(
        graph.sourceFile,
        std::string(missing.size() == 1 ? "unsupported operator: " : "unsupported operators: ") + list);
}

} // namespace dyve
