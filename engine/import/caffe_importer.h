#pragma once

#include "core/tensor.h"
#include "graph/graph.h"

#include <string>

namespace dyve {

// Translates a Caffe network (text .prototxt, current `layer` or legacy V1 `layers`, legacy
// `input:`/`input_dim:` declarations) with its binary .caffemodel weights into a Graph of ONNX-named
// operators. In-place layers (top == bottom) get fresh value names.
Graph importCaffe(const std::string& prototxt, const std::string& caffemodel);

// The .caffemodel for a .prototxt: same base name, or the only .caffemodel in the folder.
// Throws ImportError when there is none or several.
std::string findCaffeWeights(const std::string& prototxt);

// A Caffe mean.binaryproto (BlobProto) as a tensor of shape C×H×W.
Tensor readCaffeMean(const std::string& path);

} // namespace dyve
