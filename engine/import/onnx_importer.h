#pragma once

#include "core/tensor.h"
#include "graph/graph.h"

#include <string>

namespace dyve {

// Reads an ONNX ModelProto (opsets 7–17, external-data tensors resolved next to the file) into a Graph.
// Constant nodes become initializers; initializers are removed from the graph inputs. Does not check
// operator support (the Network does, naming the node), but checks every node of a supported operator
// against ONNX's signature (graph/operator_signature.h). Refuses with an ImportError naming the file:
//  - more than kMaxGraphNodes nodes or kMaxGraphInitializers initializers (counted before parsing), and
//    weights declaring more than kMaxWeightElements values together (graph/graph.h), before allocating;
//  - external data outside the model's folder (absolute, "..", or a symbolic link out), and offsets or
//    lengths that are no byte count or lie past the end of the file;
//  - a symbolic or unknown input dimension other than the batch (axis 0).
Graph importOnnx(const std::string& path);

// Reads a serialized onnx.TensorProto file (the backend test suite's input_N.pb / output_N.pb).
Tensor readOnnxTensorFile(const std::string& path);

} // namespace dyve
