#pragma once

#include "operators/layer.h"
#include "operators/node_context.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dyve {

// Helpers the light operators share to read their node at construction (SPEC §4.1). Shape-like
// operands (Reshape's shape, axes, pads, scales, sizes, Clip's bounds) must be constants: buffers are
// planned once per model (SPEC §4.2), so every output shape has to follow from the input shapes alone.

// The values of constant input `input`, named `what` in messages ("shape", "axes"...). Throws ImportError
// "<file>: <op> node '<name>': input 'what' must be a constant" when it is computed at run time.
std::vector<int64_t> constantInts(const LayerSetup& setup, size_t input, const std::string& what);
std::vector<float> constantFloats(const LayerSetup& setup, size_t input, const std::string& what);

// An ints operand that moved from an attribute to an input over the opsets (Squeeze/Unsqueeze axes at
// opset 13, Pad's pads at 11): the constant input when the node has it, else the attribute, else nothing.
// Whichever form the node uses is accepted at any opset, as exporters mix them.
bool intsOperand(const LayerSetup& setup, size_t input, const std::string& name,
                 std::vector<int64_t>& values);

// Checks the node has between `least` and `most` inputs and that the first `least` of them are given;
// fails with a ModelError otherwise. Also rejects integer constants among the data operands (every
// input except those listed in `shapeInputs`): the engine computes in float32 only.
void checkInputs(const LayerSetup& setup, size_t least, size_t most,
                 const std::vector<size_t>& shapeInputs = {});

// Maps an axis in [-rank, rank) to [0, rank); fails with a ModelError naming the node otherwise.
int64_t normaliseAxis(const NodeContext& node, int64_t axis, int64_t rank, const std::string& what = "axis");

} // namespace dyve
