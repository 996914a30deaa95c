#pragma once

#include "core/tensor.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dyve {

// One attribute value of a node, in ONNX's vocabulary (the Caffe importer translates into it).
struct Attribute {
    enum class Kind { Int, Float, String, Ints, Floats, Tensor, Strings };
    Kind kind = Kind::Int;
    int64_t i = 0;
    float f = 0.0f;
    std::string s;
    std::vector<int64_t> ints;
    std::vector<float> floats;
    dyve::Tensor tensor;
    std::vector<std::string> strings; // Kind::Strings, e.g. LSTM/GRU "activations"
};

// An operator application. Op types use ONNX names ("Conv", "Gemm", "MaxPool"...) whatever the source
// format; inputs and outputs name values (graph inputs, initializers or other nodes' outputs).
// An empty input name is an omitted optional input, as in ONNX.
struct Node {
    std::string name;
    std::string op;
    std::vector<std::string> inputs;
    std::vector<std::string> outputs;
    std::map<std::string, Attribute> attributes;

    bool has(const std::string& attr) const { return attributes.count(attr) != 0; }
    int64_t getInt(const std::string& attr, int64_t fallback) const;
    float getFloat(const std::string& attr, float fallback) const;
    std::string getString(const std::string& attr, const std::string& fallback) const;
    std::vector<int64_t> getInts(const std::string& attr, std::vector<int64_t> fallback = {}) const;
    std::vector<float> getFloats(const std::string& attr, std::vector<float> fallback = {}) const;
    // Human name for messages: "Conv node 'conv1'".
    std::string describe() const;
};

// A declared graph input. Dimensions that are symbolic or unknown are -1 (the batch, usually).
struct ValueInfo {
    std::string name;
    Shape shape;
};

// The engine's model representation: what importers produce and the runtime plans. Nodes are in
// topological order.
struct Graph {
    std::string name;
    std::string sourceFile;   // the file it was imported from, for messages
    std::string sourceFormat; // "onnx" or "caffe"
    int64_t opsetVersion = 0; // ONNX default-domain opset (0 for Caffe)
    std::vector<ValueInfo> inputs;
    std::vector<std::string> outputs;
    std::vector<Node> nodes;
    std::map<std::string, Tensor> initializers;

    const Tensor* initializer(const std::string& value) const;
    bool isInitializer(const std::string& value) const { return initializers.count(value) != 0; }
    // Nodes that read a value, in order.
    std::vector<const Node*> consumers(const std::string& value) const;
    int64_t parameterCount() const;
};

// Structural checks every importer's result must pass: unique value names, every input defined before
// use, declared outputs produced, initializers finite. Throws ModelError naming the source file.
void validate(const Graph& graph);

} // namespace dyve
