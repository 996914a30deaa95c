#include "kernels/parallel_for.h"
#include "kernels/thread_bands.h"
#include "operators/layer.h"
#include "operators/node_context.h"

#include <algorithm>
#include <limits>

namespace dyve {

namespace {

// ONNX GlobalAveragePool and GlobalMaxPool: one value per N×C plane, whatever the number of spatial axes;
// the output keeps the rank with every spatial axis 1. `Reduce` turns a plane into its value.
template <class Reduce> class GlobalPoolLayer : public Layer {
public:
    explicit GlobalPoolLayer(const LayerSetup& setup) : m_context(setup) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        if (x.size() < 3)
            m_context.fail("input of shape " + toString(x) + " needs rank 3 or more (N×C×spatial)");
        m_planes = x[0] * x[1];
        m_planeSize = elementCount(x) / (m_planes > 0 ? m_planes : 1);
        Shape y(x.size(), 1);
        y[0] = x[0];
        y[1] = x[1];
        return {y};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        const float* x = in[0].data;
        float* y = out[0].data;
        const int64_t size = m_planeSize;
        const int threads = threadsFor(operations(), this->threads());
        parallelFor(m_planes, threads, [&](int64_t p) { y[p] = Reduce{}(x + p * size, size); });
    }

    int64_t operations() const override { return m_planes * m_planeSize; }

private:
    NodeContext m_context;
    int64_t m_planes = 0, m_planeSize = 0;
};

struct PlaneMean {
    float operator()(const float* plane, int64_t size) const {
        float sum = 0.0f;
#pragma omp simd reduction(+ : sum)
        for (int64_t i = 0; i < size; ++i)
            sum += plane[i];
        return size > 0 ? sum * (1.0f / static_cast<float>(size)) : 0.0f; // as before the merge, bit for bit
    }
};

struct PlaneMax {
    float operator()(const float* plane, int64_t size) const {
        float best = std::numeric_limits<float>::lowest();
#pragma omp simd reduction(max : best)
        for (int64_t i = 0; i < size; ++i)
            best = std::max(best, plane[i]);
        return best;
    }
};

std::unique_ptr<Layer> makeGlobalAveragePool(const LayerSetup& setup) {
    return std::make_unique<GlobalPoolLayer<PlaneMean>>(setup);
}

std::unique_ptr<Layer> makeGlobalMaxPool(const LayerSetup& setup) {
    return std::make_unique<GlobalPoolLayer<PlaneMax>>(setup);
}

} // namespace

DYVE_REGISTER_LAYER("GlobalAveragePool", makeGlobalAveragePool);
DYVE_REGISTER_LAYER("GlobalMaxPool", makeGlobalMaxPool);

} // namespace dyve
