#include "graph/operator_signature.h"

namespace dyve {

namespace {

using Kind = Attribute::Kind;

// Attributes Conv, MaxPool and AveragePool share (ONNX's sliding windows).
std::map<std::string, Kind> windowAttributes(std::map<std::string, Kind> more) {
    more.insert({{"auto_pad", Kind::String},
                 {"kernel_shape", Kind::Ints},
                 {"pads", Kind::Ints},
                 {"strides", Kind::Ints},
                 {"dilations", Kind::Ints}});
    return more;
}

OperatorSignature takes(size_t minInputs, size_t maxInputs, std::map<std::string, Kind> attributes = {}) {
    OperatorSignature s;
    s.minInputs = minInputs;
    s.maxInputs = maxInputs;
    s.attributes = std::move(attributes);
    return s;
}

OperatorSignature withOutputs(OperatorSignature s, size_t maxOutputs) {
    s.maxOutputs = maxOutputs;
    return s;
}

// ONNX's operator definitions, https://onnx.ai/onnx/operators/ (SPEC §4.1), for the operators of
// engine/kernels. Ranges are the union over opsets 1–17, as the kernels accept every form exporters write
// (operators/constant_operands.h); attributes of opsets before 7 that no kernel reads are left out.
const std::map<std::string, OperatorSignature>& signatures() {
    static const std::map<std::string, OperatorSignature> table = [] {
        const size_t any = OperatorSignature::kAny;
        std::map<std::string, OperatorSignature> t;
        for (const char* op : {"Add", "Sub", "Mul", "Div", "MatMul", "PRelu"})
            t[op] = takes(2, 2);
        for (const char* op : {"Sum", "Max", "Min"})
            t[op] = takes(1, any);
        for (const char* op : {"Relu", "Sigmoid", "Tanh", "Identity", "GlobalAveragePool", "GlobalMaxPool"})
            t[op] = takes(1, 1);
        t["AveragePool"] =
            takes(1, 1, windowAttributes({{"ceil_mode", Kind::Int}, {"count_include_pad", Kind::Int}}));
        t["MaxPool"] = withOutputs(
            takes(1, 1, windowAttributes({{"ceil_mode", Kind::Int}, {"storage_order", Kind::Int}})), 2);
        t["Conv"] = takes(2, 3, windowAttributes({{"group", Kind::Int}}));
        t["BatchNormalization"] = withOutputs(takes(5, 5,
                                                    {{"epsilon", Kind::Float},
                                                     {"momentum", Kind::Float},
                                                     {"spatial", Kind::Int},
                                                     {"training_mode", Kind::Int}}),
                                              5);
        t["Clip"] = takes(1, 3, {{"min", Kind::Float}, {"max", Kind::Float}});
        t["Concat"] = takes(1, any, {{"axis", Kind::Int}});
        t["Constant"] = takes(0, 0,
                              {{"value", Kind::Tensor},
                               {"value_float", Kind::Float},
                               {"value_floats", Kind::Floats},
                               {"value_int", Kind::Int},
                               {"value_ints", Kind::Ints},
                               {"value_string", Kind::String},
                               {"value_strings", Kind::Strings}});
        t["DepthToSpace"] = takes(1, 1, {{"blocksize", Kind::Int}, {"mode", Kind::String}});
        t["Dropout"] = withOutputs(takes(1, 3, {{"ratio", Kind::Float}, {"seed", Kind::Int}}), 2);
        t["Flatten"] = takes(1, 1, {{"axis", Kind::Int}});
        t["Gemm"] = takes(
            2, 3,
            {{"alpha", Kind::Float}, {"beta", Kind::Float}, {"transA", Kind::Int}, {"transB", Kind::Int}});
        t["LRN"] = takes(
            1, 1,
            {{"alpha", Kind::Float}, {"beta", Kind::Float}, {"bias", Kind::Float}, {"size", Kind::Int}});
        t["LeakyRelu"] = takes(1, 1, {{"alpha", Kind::Float}});
        t["Softmax"] = takes(1, 1, {{"axis", Kind::Int}});
        t["LogSoftmax"] = takes(1, 1, {{"axis", Kind::Int}});
        t["Pad"] = takes(1, 4, {{"mode", Kind::String}, {"pads", Kind::Ints}, {"value", Kind::Float}});
        t["Reshape"] = takes(1, 2, {{"shape", Kind::Ints}, {"allowzero", Kind::Int}});
        t["Resize"] = takes(1, 4,
                            {{"antialias", Kind::Int},
                             {"axes", Kind::Ints},
                             {"coordinate_transformation_mode", Kind::String},
                             {"cubic_coeff_a", Kind::Float},
                             {"exclude_outside", Kind::Int},
                             {"extrapolation_value", Kind::Float},
                             {"keep_aspect_ratio_policy", Kind::String},
                             {"mode", Kind::String},
                             {"nearest_mode", Kind::String}});
        t["Upsample"] = takes(1, 2, {{"mode", Kind::String}, {"scales", Kind::Floats}});
        t["Squeeze"] = takes(1, 2, {{"axes", Kind::Ints}});
        t["Unsqueeze"] = takes(1, 2, {{"axes", Kind::Ints}});
        t["Transpose"] = takes(1, 1, {{"perm", Kind::Ints}});
        t["HardSigmoid"] = takes(1, 1, {{"alpha", Kind::Float}, {"beta", Kind::Float}});
        t["HardSwish"] = takes(1, 1);
        t["Slice"] = takes(1, 5, {{"starts", Kind::Ints}, {"ends", Kind::Ints}, {"axes", Kind::Ints}});
        for (const char* op : {"ReduceMean", "ReduceSum", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1",
                               "ReduceL2", "ReduceSumSquare", "ReduceLogSum", "ReduceLogSumExp"})
            t[op] = takes(
                1, 2, {{"axes", Kind::Ints}, {"keepdims", Kind::Int}, {"noop_with_empty_axes", Kind::Int}});
        return t;
    }();
    return table;
}

const char* kindName(Kind kind) {
    switch (kind) {
    case Kind::Int:
        return "an int";
    case Kind::Float:
        return "a float";
    case Kind::String:
        return "a string";
    case Kind::Ints:
        return "a list of ints";
    case Kind::Floats:
        return "a list of floats";
    case Kind::Tensor:
        return "a tensor";
    case Kind::Strings:
        return "a list of strings";
    }
    return "an attribute";
}

// "1", "2 to 3", "1 or more", "none".
std::string range(size_t least, size_t most) {
    if (most == OperatorSignature::kAny) return std::to_string(least) + " or more";
    if (most == 0) return "none";
    if (least == most) return std::to_string(least);
    return std::to_string(least) + " to " + std::to_string(most);
}

std::string counted(size_t n, const std::string& what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

} // namespace

const OperatorSignature* operatorSignature(const std::string& op) {
    const auto it = signatures().find(op);
    return it == signatures().end() ? nullptr : &it->second;
}

std::string signatureProblem(const Node& node) {
    const OperatorSignature* s = operatorSignature(node.op);
    if (!s) return {};
    const std::string label =
        node.op + " node '" +
        (node.name.empty() && !node.outputs.empty() ? node.outputs.front() : node.name) + "'";
    const size_t inputs = node.inputs.size();
    const size_t outputs = node.outputs.size();
    if (inputs < s->minInputs || inputs > s->maxInputs)
        return label + " has " + counted(inputs, "input") + "; ONNX's " + node.op + " takes " +
               range(s->minInputs, s->maxInputs);
    if (outputs < s->minOutputs || outputs > s->maxOutputs)
        return label + " has " + counted(outputs, "output") + "; ONNX's " + node.op + " gives " +
               range(s->minOutputs, s->maxOutputs);
    const size_t required = s->maxInputs == OperatorSignature::kAny ? inputs : s->minInputs;
    for (size_t i = 0; i < required; ++i)
        if (node.inputs[i].empty())
            return label + ": input " + std::to_string(i) + " is required but omitted";
    for (size_t o = 0; o < s->minOutputs; ++o)
        if (node.outputs[o].empty())
            return label + ": output " + std::to_string(o) + " has no name (it is required)";
    for (const auto& [name, attribute] : node.attributes) {
        const auto expected = s->attributes.find(name);
        if (expected != s->attributes.end() && expected->second != attribute.kind)
            return label + ": attribute '" + name + "' is " + kindName(attribute.kind) + ", not " +
                   kindName(expected->second);
    }
    return {};
}

} // namespace dyve
