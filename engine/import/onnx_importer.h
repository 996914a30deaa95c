#pragma once

#include "core/tensor.h"
#include "graph/graph.h"

#include <string>

namespace dyve {

// Reads an ONNX ModelProto (opsets 7–17, external-data tensors resolved next to the file) into a Graph.
// Constant nodes become initializers; initializers are removed from the graph inputs. Does not check
// operator support (the Network does, naming the node).
Graph importOnnx(const std::string& path);

// Reads a serialized onnx.TensorProto file (the backend test suite's input_N.pb / output_N.pb).
Tensor readOnnxTensorFile(const std::string& path);

} // namespace dyve
