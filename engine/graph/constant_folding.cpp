#include "graph/constant_folding.h"

#include "core/errors.h"
#include "kernels/broadcast.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

namespace dyve {

namespace {

// ONNX TensorProto data types a folded Cast produces (onnx.proto: FLOAT 1, INT32 6, INT64 7, BOOL 9,
// DOUBLE 11). Narrower integers and half floats would need their rounding and wrapping: left to run.
constexpr int64_t kOnnxFloat = 1, kOnnxInt32 = 6, kOnnxInt64 = 7, kOnnxBool = 9, kOnnxDouble = 11;

// One node being folded: its operands, and how to refuse it with the file and the node named.
struct Folding {
    const Graph& graph;
    const Node& node;
    std::vector<const Tensor*> in; // the constant behind each input, nullptr when omitted

    [[noreturn]] void fail(const std::string& reason) const {
        throw ModelError(graph.sourceFile, node.describe() + ": " + reason);
    }
    int64_t axis(int64_t value, int64_t rank, const std::string& what = "axis") const {
        if (value < -rank || value >= rank)
            fail(what + " " + std::to_string(value) + " is out of range for rank " + std::to_string(rank));
        return value < 0 ? value + rank : value;
    }
    // An ints operand that moved from an attribute to input `input` over the opsets (axes, shape).
    std::optional<std::vector<int64_t>> ints(size_t input, const std::string& attribute) const {
        if (input < in.size() && in[input]) {
            if (in[input]->type != DataType::Int64) return std::nullopt;
            return in[input]->ints;
        }
        if (node.has(attribute)) return node.getInts(attribute);
        return std::nullopt;
    }
};

// The same tensor with another shape of as many elements.
Tensor reshaped(const Tensor& t, Shape shape) {
    Tensor out = t;
    out.shape = std::move(shape);
    return out;
}

// Copies `count` elements of whichever array `from` holds, starting at `at`, onto the end of `to`'s.
void appendElements(const Tensor& from, int64_t at, int64_t count, Tensor& to) {
    if (from.type == DataType::Int64)
        to.ints.insert(to.ints.end(), from.ints.begin() + at, from.ints.begin() + at + count);
    else
        to.floats.insert(to.floats.end(), from.floats.begin() + at, from.floats.begin() + at + count);
}

Tensor emptyLike(const Tensor& t, Shape shape) {
    return t.type == DataType::Int64 ? Tensor::ofInts(std::move(shape), {}) : Tensor(std::move(shape), {});
}

// Shape (opset 15 adds start and end, clamped to the rank).
Tensor foldShape(const Folding& f, const Shape& shape) {
    const int64_t rank = static_cast<int64_t>(shape.size());
    auto clamp = [rank](int64_t v) { return std::min(std::max(v < 0 ? v + rank : v, int64_t(0)), rank); };
    const int64_t start = clamp(f.node.getInt("start", 0));
    const int64_t end = clamp(f.node.getInt("end", rank));
    std::vector<int64_t> dims;
    for (int64_t d = start; d < end; ++d)
        dims.push_back(shape[static_cast<size_t>(d)]);
    const Shape dimsShape{static_cast<int64_t>(dims.size())};
    return Tensor::ofInts(dimsShape, std::move(dims));
}

std::optional<Tensor> foldGather(const Folding& f) {
    const Tensor& data = *f.in[0];
    const Tensor& indices = *f.in[1];
    if (indices.type != DataType::Int64) return std::nullopt;
    const int64_t rank = static_cast<int64_t>(data.shape.size());
    if (rank == 0) f.fail("gathers from a scalar");
    const int64_t axis = f.axis(f.node.getInt("axis", 0), rank);
    const int64_t extent = data.shape[static_cast<size_t>(axis)];
    int64_t outer = 1, inner = 1;
    for (int64_t d = 0; d < rank; ++d)
        (d < axis ? outer : inner) *= d == axis ? 1 : data.shape[static_cast<size_t>(d)];
    Shape shape(data.shape.begin(), data.shape.begin() + axis);
    shape.insert(shape.end(), indices.shape.begin(), indices.shape.end());
    shape.insert(shape.end(), data.shape.begin() + axis + 1, data.shape.end());
    Tensor out = emptyLike(data, shape);
    for (int64_t o = 0; o < outer; ++o)
        for (int64_t index : indices.ints) {
            if (index < -extent || index >= extent)
                f.fail("index " + std::to_string(index) + " is out of range for a dimension of " +
                       std::to_string(extent));
            appendElements(data, (o * extent + (index < 0 ? index + extent : index)) * inner, inner, out);
        }
    return out;
}

std::optional<Tensor> foldUnsqueeze(const Folding& f) {
    const std::optional<std::vector<int64_t>> axes = f.ints(1, "axes");
    if (!axes) return std::nullopt;
    const Tensor& x = *f.in[0];
    const int64_t rank = static_cast<int64_t>(x.shape.size() + axes->size());
    std::vector<bool> inserted(static_cast<size_t>(rank), false);
    for (int64_t a : *axes) {
        const int64_t axis = f.axis(a, rank, "axes entry");
        if (inserted[static_cast<size_t>(axis)]) f.fail("axes name axis " + std::to_string(axis) + " twice");
        inserted[static_cast<size_t>(axis)] = true;
    }
    Shape shape;
    size_t next = 0;
    for (int64_t d = 0; d < rank; ++d)
        shape.push_back(inserted[static_cast<size_t>(d)] ? 1 : x.shape[next++]);
    return reshaped(x, shape);
}

std::optional<Tensor> foldSqueeze(const Folding& f) {
    const Tensor& x = *f.in[0];
    const int64_t rank = static_cast<int64_t>(x.shape.size());
    std::vector<bool> removed(static_cast<size_t>(rank), false);
    if (const std::optional<std::vector<int64_t>> axes = f.ints(1, "axes")) {
        for (int64_t a : *axes) {
            const int64_t axis = f.axis(a, rank, "axes entry");
            if (x.shape[static_cast<size_t>(axis)] != 1)
                f.fail("squeezes axis " + std::to_string(axis) + " of size " +
                       std::to_string(x.shape[static_cast<size_t>(axis)]));
            removed[static_cast<size_t>(axis)] = true;
        }
    } else {
        for (int64_t d = 0; d < rank; ++d)
            removed[static_cast<size_t>(d)] = x.shape[static_cast<size_t>(d)] == 1;
    }
    Shape shape;
    for (int64_t d = 0; d < rank; ++d)
        if (!removed[static_cast<size_t>(d)]) shape.push_back(x.shape[static_cast<size_t>(d)]);
    return reshaped(x, shape);
}

std::optional<Tensor> foldConcat(const Folding& f) {
    const Tensor& first = *f.in[0];
    const int64_t rank = static_cast<int64_t>(first.shape.size());
    if (rank == 0) f.fail("concatenates scalars");
    if (!f.node.has("axis")) return std::nullopt;
    const int64_t axis = f.axis(f.node.getInt("axis", 0), rank);
    Shape shape = first.shape;
    shape[static_cast<size_t>(axis)] = 0;
    for (const Tensor* t : f.in) {
        if (t->type != first.type) return std::nullopt;
        bool fits = static_cast<int64_t>(t->shape.size()) == rank;
        for (int64_t d = 0; fits && d < rank; ++d)
            fits = d == axis || t->shape[static_cast<size_t>(d)] == first.shape[static_cast<size_t>(d)];
        if (!fits)
            f.fail("cannot join shapes " + toList(first.shape) + " and " + toList(t->shape) + " along axis " +
                   std::to_string(axis));
        shape[static_cast<size_t>(axis)] += t->shape[static_cast<size_t>(axis)];
    }
    int64_t outer = 1;
    for (int64_t d = 0; d < axis; ++d)
        outer *= first.shape[static_cast<size_t>(d)];
    Tensor out = emptyLike(first, shape);
    for (int64_t o = 0; o < outer; ++o)
        for (const Tensor* t : f.in) {
            const int64_t block = outer == 0 ? 0 : t->size() / outer;
            appendElements(*t, o * block, block, out);
        }
    return out;
}

std::optional<Tensor> foldReshape(const Folding& f) {
    const std::optional<std::vector<int64_t>> target = f.ints(1, "shape");
    if (!target) return std::nullopt;
    const Tensor& x = *f.in[0];
    const bool allowZero = f.node.getInt("allowzero", 0) != 0;
    Shape shape;
    int inferred = -1;
    int64_t known = 1;
    for (size_t d = 0; d < target->size(); ++d) {
        int64_t v = (*target)[d];
        if (v == 0 && !allowZero) {
            if (d >= x.shape.size()) f.fail("shape " + toList(*target) + " copies a dimension x lacks");
            v = x.shape[d];
        }
        if (v == -1) {
            if (inferred >= 0) f.fail("shape " + toList(*target) + " has more than one -1");
            inferred = static_cast<int>(d);
        } else if (v < 0) {
            f.fail("shape " + toList(*target) + " has a negative dimension");
        } else {
            // Checked before multiplying: a product past int64 is undefined, not just huge.
            if (v > 0 && known > kMaxTensorElements / v) f.fail("shape " + toList(*target) + " is huge");
            known *= v;
        }
        shape.push_back(v);
    }
    if (inferred >= 0) {
        if (known == 0 || x.size() % known != 0)
            f.fail("cannot reshape " + toList(x.shape) + " to " + toList(*target));
        shape[static_cast<size_t>(inferred)] = x.size() / known;
    }
    if (elementCount(shape) != x.size())
        f.fail("cannot reshape " + toList(x.shape) + " to " + toList(*target));
    return reshaped(x, shape);
}

std::optional<Tensor> foldCast(const Folding& f) {
    const Tensor& x = *f.in[0];
    const int64_t to = f.node.getInt("to", 0);
    if (to == kOnnxFloat || to == kOnnxDouble) {
        if (x.type == DataType::Float32) return x;
        std::vector<float> values(x.ints.begin(), x.ints.end());
        return Tensor(x.shape, std::move(values));
    }
    if (to == kOnnxInt64 || to == kOnnxInt32 || to == kOnnxBool) {
        std::vector<int64_t> values = x.asInts();
        if (to == kOnnxBool) {
            for (size_t i = 0; i < values.size(); ++i)
                values[i] = x.type == DataType::Float32 ? x.floats[i] != 0.0f : values[i] != 0;
        } else if (to == kOnnxInt32) {
            for (int64_t v : values)
                if (v < INT32_MIN || v > INT32_MAX) return std::nullopt; // would wrap: left to run
        }
        return Tensor::ofInts(x.shape, std::move(values));
    }
    return std::nullopt;
}

// The offset into an operand of shape `from`, broadcast to `to`, for each step along each output axis.
std::vector<int64_t> broadcastStrides(const Shape& from, const Shape& to) {
    std::vector<int64_t> strides(to.size(), 0);
    int64_t stride = 1;
    for (size_t k = 0; k < from.size(); ++k) {
        const size_t d = from.size() - 1 - k;
        const size_t o = to.size() - 1 - k;
        strides[o] = from[d] == 1 ? 0 : stride;
        stride *= from[d];
    }
    return strides;
}

template <class T, class Op>
std::vector<T> broadcastApply(const std::vector<T>& a, const Shape& sa, const std::vector<T>& b,
                              const Shape& sb, const Shape& out, Op op) {
    const std::vector<int64_t> strideA = broadcastStrides(sa, out), strideB = broadcastStrides(sb, out);
    const int64_t size = elementCount(out);
    std::vector<T> y;
    y.reserve(static_cast<size_t>(size));
    std::vector<int64_t> index(out.size(), 0);
    int64_t offA = 0, offB = 0;
    for (int64_t i = 0; i < size; ++i) {
        y.push_back(op(a[static_cast<size_t>(offA)], b[static_cast<size_t>(offB)]));
        for (size_t d = out.size(); d-- > 0;) {
            offA += strideA[d];
            offB += strideB[d];
            if (++index[d] < out[d]) break;
            offA -= strideA[d] * out[d];
            offB -= strideB[d] * out[d];
            index[d] = 0;
        }
    }
    return y;
}

std::optional<Tensor> foldArithmetic(const Folding& f) {
    const Tensor& a = *f.in[0];
    const Tensor& b = *f.in[1];
    if (a.type != b.type) return std::nullopt;
    Shape shape;
    if (!broadcastShapes(a.shape, b.shape, shape))
        f.fail("shapes " + toList(a.shape) + " and " + toList(b.shape) + " do not broadcast");
    if (elementCount(shape) > kMaxTensorElements) f.fail("broadcasts to a huge shape " + toList(shape));
    const std::string& op = f.node.op;
    if (a.type == DataType::Float32) {
        auto apply = [&](auto fn) {
            return Tensor(shape, broadcastApply(a.floats, a.shape, b.floats, b.shape, shape, fn));
        };
        if (op == "Add") return apply([](float x, float y) { return x + y; });
        if (op == "Sub") return apply([](float x, float y) { return x - y; });
        if (op == "Mul") return apply([](float x, float y) { return x * y; });
        return apply([](float x, float y) { return x / y; });
    }
    auto apply = [&](auto fn) {
        return Tensor::ofInts(shape, broadcastApply(a.ints, a.shape, b.ints, b.shape, shape, fn));
    };
    // Two's-complement wrapping as ONNX Runtime's int64 arithmetic, without signed overflow in C++.
    auto wrap = [](uint64_t v) { return static_cast<int64_t>(v); };
    if (op == "Add") return apply([&](int64_t x, int64_t y) { return wrap(uint64_t(x) + uint64_t(y)); });
    if (op == "Sub") return apply([&](int64_t x, int64_t y) { return wrap(uint64_t(x) - uint64_t(y)); });
    if (op == "Mul") return apply([&](int64_t x, int64_t y) { return wrap(uint64_t(x) * uint64_t(y)); });
    for (int64_t y : b.ints)
        if (y == 0) f.fail("divides an integer by zero");
    // Integer Div truncates towards zero (ONNX, as C++); INT64_MIN / -1 wraps.
    return apply([](int64_t x, int64_t y) { return y == -1 ? int64_t(0 - uint64_t(x)) : x / y; });
}

// The value of a node whose operands are all constant, or nothing when its operator or this form of it is
// not folded (it then runs, or the Network names it as unsupported).
std::optional<Tensor> evaluate(const Folding& f) {
    const std::string& op = f.node.op;
    const size_t inputs = f.in.size();
    if (inputs == 0) return std::nullopt;
    for (size_t i = 0; i < inputs; ++i)
        if (!f.in[i] && (i == 0 || op == "Gather" || op == "Concat" || op == "Add" || op == "Sub" ||
                         op == "Mul" || op == "Div"))
            return std::nullopt;
    if (op == "Gather") return inputs == 2 ? foldGather(f) : std::nullopt;
    if (op == "Unsqueeze") return inputs <= 2 ? foldUnsqueeze(f) : std::nullopt;
    if (op == "Squeeze") return inputs <= 2 ? foldSqueeze(f) : std::nullopt;
    if (op == "Concat") return foldConcat(f);
    if (op == "Reshape") return inputs <= 2 ? foldReshape(f) : std::nullopt;
    if (op == "Cast") return inputs == 1 ? foldCast(f) : std::nullopt;
    if (op == "Add" || op == "Sub" || op == "Mul" || op == "Div")
        return inputs == 2 ? foldArithmetic(f) : std::nullopt;
    return std::nullopt;
}

// The shape of `value` when it is known before running: a constant's, a graph input's without a symbolic
// dimension, or one from shape inference.
std::optional<Shape> knownShape(const Graph& g, const KnownShapes& shapes, const std::string& value) {
    if (const Tensor* t = g.initializer(value)) return t->shape;
    for (const ValueInfo& in : g.inputs)
        if (in.name == value) {
            for (int64_t d : in.shape)
                if (d < 0) return std::nullopt;
            return in.shape;
        }
    const auto it = shapes.find(value);
    if (it == shapes.end()) return std::nullopt;
    for (int64_t d : it->second)
        if (d < 0) return std::nullopt;
    return it->second;
}

} // namespace

std::optional<Tensor> takeConstantValue(Node& node) {
    if (node.has("value")) return std::move(node.attributes["value"].tensor);
    if (node.has("value_float")) return Tensor(Shape{}, {node.getFloat("value_float", 0.0f)});
    if (node.has("value_floats")) {
        std::vector<float> v = node.getFloats("value_floats");
        const Shape shape{static_cast<int64_t>(v.size())}; // before v is moved from
        return Tensor(shape, std::move(v));
    }
    if (node.has("value_int")) return Tensor::ofInts(Shape{}, {node.getInt("value_int", 0)});
    if (node.has("value_ints")) {
        std::vector<int64_t> v = node.getInts("value_ints");
        const Shape shape{static_cast<int64_t>(v.size())}; // before v is moved from
        return Tensor::ofInts(shape, std::move(v));
    }
    return std::nullopt;
}

int foldConstants(Graph& g, const KnownShapes& shapes) {
    const std::set<std::string> graphOutputs(g.outputs.begin(), g.outputs.end());
    int64_t weights = 0;
    for (const auto& [name, t] : std::as_const(g.initializers))
        weights += t.size();
    std::unordered_map<std::string, std::string> alias; // an Identity's output → the constant it passes on
    std::set<std::string> touched; // values folded nodes read or made: removed when nothing reads them now
    std::vector<bool> folded(g.nodes.size(), false);
    int count = 0;
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        Node& node = g.nodes[i];
        for (std::string& in : node.inputs) {
            const auto it = alias.find(in);
            if (it != alias.end()) in = it->second;
        }
        if (node.outputs.size() != 1 || node.outputs[0].empty() || graphOutputs.count(node.outputs[0]) ||
            g.isInitializer(node.outputs[0]))
            continue;
        const std::string& out = node.outputs[0];
        if (node.op == "Identity") {
            if (node.inputs.size() != 1 || !g.isInitializer(node.inputs[0])) continue;
            alias[out] = node.inputs[0];
            touched.insert(node.inputs[0]);
            folded[i] = true;
            ++count;
            continue;
        }
        std::optional<Tensor> value;
        if (node.op == "Constant") {
            if (node.inputs.empty()) value = takeConstantValue(node);
        } else if (node.op == "Shape") {
            if (node.inputs.size() != 1) continue;
            const std::optional<Shape> shape = knownShape(g, shapes, node.inputs[0]);
            if (shape) value = foldShape(Folding{g, node, {}}, *shape);
        } else {
            Folding f{g, node, {}};
            bool constant = true;
            for (const std::string& in : node.inputs) {
                f.in.push_back(in.empty() ? nullptr : g.initializer(in));
                constant = constant && (in.empty() || f.in.back());
            }
            if (constant) value = evaluate(f);
        }
        if (!value) continue;
        if (value->size() > kMaxTensorElements || weights + value->size() > kMaxWeightElements)
            throw ModelError(g.sourceFile,
                             node.describe() +
                                 ": its folded value would make the weights hold more than the " +
                                 std::to_string(kMaxWeightElements) + " values DyVE takes");
        weights += value->size();
        touched.insert(node.inputs.begin(), node.inputs.end());
        touched.insert(out);
        g.initializers[out] = std::move(*value);
        folded[i] = true;
        ++count;
    }
    if (count == 0) return 0;

    std::vector<Node> kept;
    kept.reserve(g.nodes.size() - static_cast<size_t>(count));
    std::set<std::string> read(graphOutputs);
    for (size_t n = 0; n < folded.size(); ++n)
        if (!folded[n]) {
            read.insert(g.nodes[n].inputs.begin(), g.nodes[n].inputs.end());
            kept.push_back(std::move(g.nodes[n]));
        }
    g.nodes = NodeList(std::move(kept));
    // Values only folded nodes read (the exporter's shape arithmetic, the folded nodes' own results), not the
    // model's other initializers: a weight nothing read in the file stays as the file declares it.
    for (const std::string& value : touched)
        if (!read.count(value)) g.initializers.erase(value);
    return count;
}

} // namespace dyve
