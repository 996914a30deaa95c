#include "core/tensor.h"

#include <cmath>

namespace dyve {

int64_t elementCount(const Shape& shape) {
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

std::string toList(const std::vector<int64_t>& values) {
    std::string s = "[";
    for (size_t i = 0; i < values.size(); ++i)
        s += (i ? ", " : "") + std::to_string(values[i]);
    return s + "]";
}

std::string toString(const Shape& shape) {
    std::string s;
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i) s += 'x';
        s += std::to_string(shape[i]);
    }
    return s.empty() ? "scalar" : s;
}

Tensor::Tensor(Shape s, std::vector<float> values) : shape(std::move(s)), floats(std::move(values)) {}

Tensor Tensor::zeros(Shape s) {
    Tensor t;
    t.floats.assign(static_cast<size_t>(elementCount(s)), 0.0f);
    t.shape = std::move(s);
    return t;
}

Tensor Tensor::ofInts(Shape s, std::vector<int64_t> values) {
    Tensor t;
    t.shape = std::move(s);
    t.type = DataType::Int64;
    t.ints = std::move(values);
    return t;
}

std::vector<int64_t> Tensor::asInts() const {
    if (type == DataType::Int64) return ints;
    std::vector<int64_t> out;
    out.reserve(floats.size());
    for (float f : floats)
        out.push_back(static_cast<int64_t>(std::trunc(f)));
    return out;
}

} // namespace dyve
