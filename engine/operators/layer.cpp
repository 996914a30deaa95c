#include "operators/layer.h"

#include "core/errors.h"

#include <algorithm>
#include <map>

namespace dyve {

namespace {
std::map<std::string, LayerFactory>& registry() {
    static std::map<std::string, LayerFactory> factories;
    return factories;
}
} // namespace

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

std::unique_ptr<Layer> createLayer(const LayerSetup& setup) {
    auto it = registry().find(setup.node.op);
    if (it == registry().end())
        throw ImportError(setup.graph.sourceFile,
                          "unsupported operator '" + setup.node.op + "' in node '" +
                              (setup.node.name.empty() ? setup.node.outputs.front() : setup.node.name) + "'");
    return it->second(setup);
}

} // namespace dyve
