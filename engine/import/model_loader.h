#pragma once

#include "graph/graph.h"

#include <string>

namespace dyve {

struct LoadOptions {
    // Caffe: the .caffemodel to use; empty means the one beside the .prototxt (same base name, or the
    // only .caffemodel in its folder) — SPEC §4.1.
    std::string weightsFile;
};

// Loads an ONNX model (.onnx) or a Caffe model named by its .prototxt, detecting the format from the
// file's content as well as its extension, and applies the graph passes every model gets (batch norm
// folding). Throws ImportError / ModelError with the file and the reason.
Graph loadModel(const std::string& path, const LoadOptions& options = {});

// "onnx", "caffe", or "" when the file is neither.
std::string detectModelFormat(const std::string& path);

} // namespace dyve
