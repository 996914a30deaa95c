#pragma once

#include "graph/graph.h"

#include <cstddef>
#include <map>
#include <string>

namespace dyve {

// What ONNX's operator definitions (opsets 1–17, the union where they changed) allow a node of an operator
// the engine implements: how many inputs and outputs, which of them may be omitted (""), and the kind of
// each attribute ONNX defines for it. Importers check every node against it before any kernel reads the
// node, so a kernel may take its required inputs, its first output and its attributes' kinds as given
// (issue 13: a Relu without inputs failed inside the kernel, with no file named).
struct OperatorSignature {
    static constexpr size_t kAny = static_cast<size_t>(-1); // maxInputs of a variadic operator
    size_t minInputs = 1;  // the first minInputs inputs are required (not omitted)
    size_t maxInputs = 1;  // kAny: variadic, and then no input may be omitted
    size_t minOutputs = 1; // the first minOutputs outputs are required (named)
    size_t maxOutputs = 1;
    std::map<std::string, Attribute::Kind> attributes; // others are not checked
};

// The signature of `op` (ONNX default domain), or nullptr when the engine has no kernel for it.
const OperatorSignature* operatorSignature(const std::string& op);

// What is wrong with `node` against its operator's signature, as a phrase that starts by naming the node
// ("Relu node 'r' has 0 inputs; ONNX's Relu takes 1"); empty when the node fits, or when its operator has
// no signature (the Network names unsupported operators).
std::string signatureProblem(const Node& node);

} // namespace dyve
