#include "operators/constant_operands.h"

#include "core/errors.h"

namespace dyve {

namespace {
const Tensor& requireConstant(const LayerSetup& setup, size_t input, const std::string& what) {
    const Tensor* t = setup.constant(input);
    if (!t)
        throw ImportError(setup.graph.sourceFile, setup.node.describe() + ": input '" + what +
                                                      "' must be a constant (computed " + what +
                                                      " are not supported)");
    return *t;
}
} // namespace

std::vector<int64_t> constantInts(const LayerSetup& setup, size_t input, const std::string& what) {
    return requireConstant(setup, input, what).asInts();
}

std::vector<float> constantFloats(const LayerSetup& setup, size_t input, const std::string& what) {
    const Tensor& t = requireConstant(setup, input, what);
    if (t.type == DataType::Float32) return t.floats;
    return std::vector<float>(t.ints.begin(), t.ints.end());
}

bool intsOperand(const LayerSetup& setup, size_t input, const std::string& name,
                 std::vector<int64_t>& values) {
    if (setup.hasInput(input)) {
        values = constantInts(setup, input, name);
        return true;
    }
    if (setup.node.has(name)) {
        values = setup.node.getInts(name);
        return true;
    }
    return false;
}

void checkInputs(const LayerSetup& setup, size_t least, size_t most, const std::vector<size_t>& shapeInputs) {
    const size_t given = setup.node.inputs.size();
    if (given < least || given > most)
        setup.fail(
            "expects " +
            (least == most ? std::to_string(least) : std::to_string(least) + " to " + std::to_string(most)) +
            " inputs, got " + std::to_string(given));
    for (size_t i = 0; i < least; ++i)
        if (!setup.hasInput(i)) setup.fail("input " + std::to_string(i) + " is required");
    for (size_t i = 0; i < given; ++i) {
        bool shapeLike = false;
        for (size_t s : shapeInputs)
            shapeLike = shapeLike || s == i;
        const Tensor* t = setup.constant(i);
        if (!shapeLike && t && t->type != DataType::Float32)
            throw ImportError(setup.graph.sourceFile,
                              setup.node.describe() + ": integer tensor '" + setup.node.inputs[i] +
                                  "' as a data operand is not supported (float32 only)");
    }
}

int64_t normaliseAxis(const NodeContext& node, int64_t axis, int64_t rank, const std::string& what) {
    if (axis < -rank || axis >= rank)
        node.fail(what + " " + std::to_string(axis) + " is out of range for rank " + std::to_string(rank));
    return axis < 0 ? axis + rank : axis;
}

} // namespace dyve
