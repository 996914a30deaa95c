#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dyve {

using Shape = std::vector<int64_t>;

int64_t elementCount(const Shape& shape);
std::string toString(const Shape& shape); // "1x3x224x224"
// "[2, -1, 0]", for messages about shape-like operands (Reshape targets, axes, pads).
std::string toList(const std::vector<int64_t>& values);

enum class DataType { Float32, Int64 };

// An owned tensor: weights, constants, run inputs and outputs. Computation is float32; Int64 tensors
// only carry constant shape-like operands (Reshape shapes, axes, pads) from the importers.
struct Tensor {
    Shape shape;
    DataType type = DataType::Float32;
    std::vector<float> floats;
    std::vector<int64_t> ints;

    Tensor() = default;
    Tensor(Shape s, std::vector<float> values);
    static Tensor zeros(Shape s);
    static Tensor ofInts(Shape s, std::vector<int64_t> values);

    int64_t size() const { return elementCount(shape); }
    float* data() { return floats.data(); }
    const float* data() const { return floats.data(); }
    // Values as int64 whatever the stored type (floats are truncated); for shape-like operands.
    std::vector<int64_t> asInts() const;
};

// A non-owning view of float32 data with its shape: what kernels read and write.
struct TensorView {
    const Shape* shape = nullptr;
    float* data = nullptr;

    int64_t size() const { return elementCount(*shape); }
    int64_t dim(size_t i) const { return (*shape)[i]; }
    size_t rank() const { return shape->size(); }
};

} // namespace dyve
