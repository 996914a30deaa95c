#pragma once

#include "operators/layer.h"

#include <algorithm>

namespace dyve {

// y = x, one copied value per output element: Identity, and Dropout at inference.
class CopyLayer : public Layer {
public:
    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        m_size = elementCount(inputs.at(0));
        return {inputs[0]};
    }
    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        std::copy(in[0].data, in[0].data + m_size, out[0].data);
    }
    int64_t operations() const override { return m_size; }

private:
    int64_t m_size = 0;
};

} // namespace dyve
