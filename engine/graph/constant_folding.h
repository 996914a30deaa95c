#pragma once

#include "graph/graph.h"

#include <map>
#include <optional>
#include <string>

namespace dyve {

// Shapes of computed values known before anything runs (from ONNX shape inference over the declared
// input shapes), by value name; every dimension known (no -1).
using KnownShapes = std::map<std::string, Shape>;

// Folds into initializers every node whose result does not depend on the model's input, so that weights
// and shape-like operands reached through them are constants for the kernels (SPEC §4.1, §4.2: buffers are
// planned once, weights packed at load; issue 15):
//  - Identity of a constant: its readers read the constant itself (shared initializers stay shared, no
//    copy), as exporters share one initializer between layers through Identity nodes;
//  - Constant: its value;
//  - Shape of a value whose shape is known (an initializer's, a fixed graph input's, or `shapes`);
//  - Gather, Unsqueeze, Squeeze, Concat, Reshape, Cast, Add, Sub, Mul and Div whose inputs are all constant,
//    in graph order, so that whole chains fold (PyTorch's Shape → Gather → Add → Div → Slice).
// A node whose output is a graph output stays. What folding no longer reads is removed. Throws ModelError
// naming the file and the node when a folded node does not fit its operands (an index out of range, shapes
// that do not broadcast), or when the folded values would exceed kMaxTensorElements for one tensor or
// kMaxWeightElements with the weights. Returns how many nodes were folded.
int foldConstants(Graph& graph, const KnownShapes& shapes = {});

// A Constant node's value from its attributes (value, value_float(s), value_int(s)), moved out of the node;
// none when it has none of them. The ONNX importer and foldConstants both read Constants this way.
std::optional<Tensor> takeConstantValue(Node& node);

} // namespace dyve
