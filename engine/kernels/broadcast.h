#pragma once

#include "core/tensor.h"

#include <cstdint>
#include <vector>

namespace dyve {

// Numpy-style multidirectional broadcasting, as ONNX defines it for opset ≥ 7 (Add, Sub, Mul, Div, Sum,
// PRelu's slope...): shapes are aligned on their last dimension, and along each dimension the sizes must
// be equal or one of them 1. Returns false when the shapes do not broadcast.
bool broadcastShapes(const Shape& a, const Shape& b, Shape& out);
// Unidirectional broadcasting (PRelu's slope onto X): `from` broadcasts to exactly `to`.
bool broadcastsTo(const Shape& from, const Shape& to);

// A planned element-wise walk of an output shape reading two operands broadcast to it. Dimensions where
// both operands behave alike (both present, or the same one repeated) are merged, so the common cases —
// same shapes, a scalar, a per-channel C×1×1 operand on N×C×H×W — become a few long inner loops over
// contiguous data (or a repeated scalar) that GCC vectorises on x86 and arm64 alike.
class BinaryBroadcast {
public:
    // Both operand shapes must broadcast to `out` (which may be larger than their own broadcast).
    void plan(const Shape& a, const Shape& b, const Shape& out);

    // y[i] = op(a[broadcast i], b[broadcast i]) over the planned output. `y` may alias `a` or `b` when
    // that operand has the output's shape (running sums).
    template <class Op> void run(const float* a, const float* b, float* y, Op op) const;

private:
    std::vector<int64_t> m_dims;               // merged output dimensions, innermost last
    std::vector<int64_t> m_strideA, m_strideB; // element strides of each operand along them (0: repeated)
    int64_t m_size = 0;
};

template <class Op> void BinaryBroadcast::run(const float* a, const float* b, float* y, Op op) const {
    if (m_size == 0) return;
    const size_t rank = m_dims.size();
    const int64_t n = m_dims.back();
    const bool aMoves = m_strideA.back() != 0, bMoves = m_strideB.back() != 0;
    std::vector<int64_t> index(rank, 0); // odometer over the outer dimensions
    int64_t offA = 0, offB = 0;
    for (int64_t done = 0; done < m_size; done += n) {
        const float* pa = a + offA;
        const float* pb = b + offB;
        float* py = y + done;
        // Four plain loops rather than one with strides: each vectorises on its own.
        if (aMoves && bMoves) {
            for (int64_t i = 0; i < n; ++i)
                py[i] = op(pa[i], pb[i]);
        } else if (aMoves) {
            const float vb = *pb;
            for (int64_t i = 0; i < n; ++i)
                py[i] = op(pa[i], vb);
        } else if (bMoves) {
            const float va = *pa;
            for (int64_t i = 0; i < n; ++i)
                py[i] = op(va, pb[i]);
        } else {
            const float v = op(*pa, *pb);
            for (int64_t i = 0; i < n; ++i)
                py[i] = v;
        }
        for (size_t d = rank - 1; d-- > 0;) {
            offA += m_strideA[d];
            offB += m_strideB[d];
            if (++index[d] < m_dims[d]) break;
            offA -= m_strideA[d] * m_dims[d];
            offB -= m_strideB[d] * m_dims[d];
            index[d] = 0;
        }
    }
}

} // namespace dyve
