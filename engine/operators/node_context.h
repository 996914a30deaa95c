#pragma once

#include "core/errors.h"
#include "operators/layer.h"

#include <string>

namespace dyve {

// What a layer keeps of its node for the messages it may raise after construction (in plan()): the
// LayerSetup refers to the Network's graph, which moves with the Network, so layers copy the file name and
// the node's description instead of keeping the setup (SPEC §8: every error names the file and the node).
struct NodeContext {
    std::string file;
    std::string node; // "Conv node 'conv1'"

    explicit NodeContext(const LayerSetup& setup)
        : file(setup.graph.sourceFile), node(setup.node.describe()) {}

    // The model is inconsistent (bad attribute values, shapes that do not fit).
    [[noreturn]] void fail(const std::string& reason) const { throw ModelError(file, node + ": " + reason); }
    // The model is valid ONNX but uses a variant the engine does not implement.
    [[noreturn]] void unsupported(const std::string& reason) const {
        throw ImportError(file, node + ": " + reason);
    }
};

} // namespace dyve
