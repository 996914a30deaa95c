#include "core/errors.h"
#include "kernels/axis_gather.h"
#include "operators/constant_operands.h"
#include "operators/layer.h"

#include <cmath>

namespace dyve {

namespace {

// No axis may grow beyond this (the runtime's own limit), checked before index maps are allocated.
constexpr int64_t kMaxDimension = int64_t(1) << 31;

// How an output coordinate maps back onto the input axis (ONNX Resize, opset ≥ 11).
enum class Transform {
    HalfPixel,
    PytorchHalfPixel,
    AlignCorners,
    Asymmetric,
    TfHalfPixelForNearest,
    TfCropAndResize
};
// How a fractional input coordinate picks its nearest pixel. Legacy is Upsample's and Resize-10's rule,
// which have no nearest_mode: floor when enlarging, ceil when shrinking (what onnxruntime does).
enum class Rounding { RoundPreferFloor, RoundPreferCeil, Floor, Ceil, Legacy };

struct ResizeRule {
    std::vector<float> scales;  // per axis; empty when sizes are given
    std::vector<int64_t> sizes; // per axis; empty when scales are given
    Transform transform = Transform::Asymmetric;
    Rounding rounding = Rounding::Legacy;
    std::vector<float> roi; // tf_crop_and_resize: starts then ends, as fractions of each axis
    float extrapolation = 0.0f;
};

// Nearest-neighbour Resize (opsets 10–17) and Upsample (7–9), SPEC §4.1: every output index along an
// axis reads one input index, so the whole operator is a per-axis index map built at plan time and an
// AxisGather at run time. Linear and cubic modes are refused at load.
class ResizeNearestLayer : public Layer {
public:
    ResizeNearestLayer(const LayerSetup& setup, ResizeRule rule) : m_node(setup), m_rule(std::move(rule)) {}

    std::vector<Shape> plan(const std::vector<Shape>& inputs) override {
        const Shape& x = inputs.at(0);
        const size_t rank = x.size();
        const size_t given = m_rule.sizes.empty() ? m_rule.scales.size() : m_rule.sizes.size();
        if (given != rank)
            m_node.fail(std::string(m_rule.sizes.empty() ? "scales" : "sizes") + " hold " +
                        std::to_string(given) + " values for the input of shape " + toString(x));
        if (m_rule.transform == Transform::TfCropAndResize && m_rule.roi.size() != 2 * rank)
            m_node.fail("roi holds " + std::to_string(m_rule.roi.size()) + " values, " +
                        std::to_string(2 * rank) + " needed for tf_crop_and_resize");
        std::vector<std::vector<int64_t>> maps(rank);
        for (size_t d = 0; d < rank; ++d) {
            const int64_t in = x[d];
            int64_t out;
            float scale;
            if (m_rule.sizes.empty()) {
                scale = m_rule.scales[d];
                const float size = std::floor(static_cast<float>(in) * scale);
                if (!(size <= kMaxDimension))
                    m_node.fail("scale " + std::to_string(scale) + " makes axis " + std::to_string(d) +
                                " too large");
                out = static_cast<int64_t>(size);
            } else {
                out = m_rule.sizes[d];
                scale = in > 0 ? static_cast<float>(out) / static_cast<float>(in) : 1.0f;
            }
            if (out < 0 || out > kMaxDimension || (out > 0 && in == 0))
                m_node.fail("cannot resize axis " + std::to_string(d) + " of size " + std::to_string(in) +
                            " to " + std::to_string(out));
            maps[d].resize(static_cast<size_t>(out));
            for (int64_t o = 0; o < out; ++o)
                maps[d][o] = sourceIndex(d, o, in, out, scale);
        }
        m_gather.plan(x, std::move(maps));
        m_size = elementCount(m_gather.outputShape());
        return {m_gather.outputShape()};
    }

    void forward(const std::vector<TensorView>& in, const std::vector<TensorView>& out) override {
        m_gather.run(in[0].data, out[0].data, m_rule.extrapolation);
    }

    int64_t operations() const override { return m_size; }

private:
    // The input index output index o of axis d reads (−1: the extrapolation value). Computed in float,
    // as onnxruntime does, so ties round the same way.
    int64_t sourceIndex(size_t d, int64_t o, int64_t in, int64_t out, float scale) const {
        const float x = static_cast<float>(o);
        float c = 0.0f;
        switch (m_rule.transform) {
        case Transform::HalfPixel:
            c = (x + 0.5f) / scale - 0.5f;
            break;
        case Transform::PytorchHalfPixel:
            c = out > 1 ? (x + 0.5f) / scale - 0.5f : 0.0f;
            break;
        case Transform::AlignCorners:
            c = out == 1 ? 0.0f : x * static_cast<float>(in - 1) / static_cast<float>(out - 1);
            break;
        case Transform::Asymmetric:
            c = x / scale;
            break;
        case Transform::TfHalfPixelForNearest:
            c = (x + 0.5f) / scale;
            break;
        case Transform::TfCropAndResize: {
            const float start = m_rule.roi[d], end = m_rule.roi[d + m_rule.roi.size() / 2];
            const float span = static_cast<float>(in - 1);
            c = out > 1 ? start * span + x * (end - start) * span / static_cast<float>(out - 1)
                        : 0.5f * (start + end) * span;
            if (c < 0.0f || c > span) return -1;
            break;
        }
        }
        int64_t i = 0;
        switch (m_rule.rounding) {
        case Rounding::RoundPreferFloor:
            i = c == std::floor(c) + 0.5f ? static_cast<int64_t>(std::floor(c))
                                          : static_cast<int64_t>(std::round(c));
            break;
        case Rounding::RoundPreferCeil:
            i = c == std::floor(c) + 0.5f ? static_cast<int64_t>(std::ceil(c))
                                          : static_cast<int64_t>(std::round(c));
            break;
        case Rounding::Floor:
            i = static_cast<int64_t>(std::floor(c));
            break;
        case Rounding::Ceil:
            i = static_cast<int64_t>(std::ceil(c));
            break;
        case Rounding::Legacy:
            i = scale < 1.0f ? static_cast<int64_t>(std::ceil(c)) : static_cast<int64_t>(c);
            break;
        }
        return i < 0 ? 0 : (i >= in ? in - 1 : i);
    }

    NodeContext m_node;
    ResizeRule m_rule;
    AxisGather m_gather;
    int64_t m_size = 0;
};

void requireNearest(const LayerSetup& setup) {
    const std::string mode = setup.node.getString("mode", "nearest");
    if (mode != "nearest")
        throw ImportError(setup.graph.sourceFile,
                          setup.node.describe() + ": mode '" + mode + "' is not supported (nearest only)");
}

std::vector<float> checkedScales(const LayerSetup& setup, std::vector<float> scales) {
    for (float s : scales)
        if (!(s > 0.0f) || !std::isfinite(s)) setup.fail("scales must be positive, got " + std::to_string(s));
    return scales;
}

// A constant input that may be given as an empty tensor to mean "absent" (Resize-11's scales).
bool hasValues(const LayerSetup& setup, size_t input, const std::string& what) {
    if (!setup.hasInput(input)) return false;
    const Tensor* t = setup.constant(input);
    if (!t) constantInts(setup, input, what); // throws the "must be a constant" ImportError
    return t && t->size() > 0;
}

Transform transformOf(const LayerSetup& setup) {
    const std::string name = setup.node.getString("coordinate_transformation_mode", "half_pixel");
    if (name == "half_pixel") return Transform::HalfPixel;
    if (name == "pytorch_half_pixel") return Transform::PytorchHalfPixel;
    if (name == "align_corners") return Transform::AlignCorners;
    if (name == "asymmetric") return Transform::Asymmetric;
    // Early opset-11 models (and ONNX's own backend test) spell it tf_half_pixel_for_nn.
    if (name == "tf_half_pixel_for_nearest" || name == "tf_half_pixel_for_nn")
        return Transform::TfHalfPixelForNearest;
    if (name == "tf_crop_and_resize") return Transform::TfCropAndResize;
    throw ImportError(setup.graph.sourceFile, setup.node.describe() + ": coordinate_transformation_mode '" +
                                                  name + "' is not supported");
}

Rounding roundingOf(const LayerSetup& setup) {
    const std::string name = setup.node.getString("nearest_mode", "round_prefer_floor");
    if (name == "round_prefer_floor") return Rounding::RoundPreferFloor;
    if (name == "round_prefer_ceil") return Rounding::RoundPreferCeil;
    if (name == "floor") return Rounding::Floor;
    if (name == "ceil") return Rounding::Ceil;
    throw ImportError(setup.graph.sourceFile,
                      setup.node.describe() + ": nearest_mode '" + name + "' is not supported");
}

std::unique_ptr<Layer> makeResize(const LayerSetup& setup) {
    requireNearest(setup);
    ResizeRule rule;
    if (setup.graph.opsetVersion > 0 && setup.graph.opsetVersion <= 10) {
        // Resize-10: X, scales; asymmetric coordinates, legacy rounding.
        checkInputs(setup, 2, 2, {1});
        rule.scales = checkedScales(setup, constantFloats(setup, 1, "scales"));
        return std::make_unique<ResizeNearestLayer>(setup, std::move(rule));
    }
    // Resize-11 and later: X, roi, scales, sizes — exactly one of scales and sizes.
    checkInputs(setup, 1, 4, {1, 2, 3});
    if (setup.node.getInt("antialias", 0) != 0 || setup.node.has("axes") ||
        setup.node.getString("keep_aspect_ratio_policy", "stretch") != "stretch")
        throw ImportError(setup.graph.sourceFile,
                          setup.node.describe() +
                              ": antialias, axes and keep_aspect_ratio_policy are not supported");
    rule.transform = transformOf(setup);
    rule.rounding = roundingOf(setup);
    rule.extrapolation = setup.node.getFloat("extrapolation_value", 0.0f);
    const bool scales = hasValues(setup, 2, "scales"), sizes = hasValues(setup, 3, "sizes");
    if (scales == sizes) setup.fail("needs exactly one of scales and sizes");
    if (scales)
        rule.scales = checkedScales(setup, constantFloats(setup, 2, "scales"));
    else
        rule.sizes = constantInts(setup, 3, "sizes");
    for (int64_t s : rule.sizes)
        if (s < 0) setup.fail("sizes " + toList(rule.sizes) + " hold a negative size");
    if (rule.transform == Transform::TfCropAndResize) {
        if (!setup.hasInput(1)) setup.fail("tf_crop_and_resize needs the roi input");
        rule.roi = constantFloats(setup, 1, "roi");
    }
    return std::make_unique<ResizeNearestLayer>(setup, std::move(rule));
}

std::unique_ptr<Layer> makeUpsample(const LayerSetup& setup) {
    requireNearest(setup);
    ResizeRule rule;
    // Opsets 7–8 carry the scales as an attribute, opset 9 as a constant input.
    if (setup.hasInput(1)) {
        checkInputs(setup, 2, 2, {1});
        rule.scales = checkedScales(setup, constantFloats(setup, 1, "scales"));
    } else {
        checkInputs(setup, 1, 1);
        if (!setup.node.has("scales")) setup.fail("has no scales (attribute or input)");
        rule.scales = checkedScales(setup, setup.node.getFloats("scales"));
    }
    return std::make_unique<ResizeNearestLayer>(setup, std::move(rule));
}

} // namespace

DYVE_REGISTER_LAYER("Resize", makeResize);
DYVE_REGISTER_LAYER("Upsample", makeUpsample);

} // namespace dyve
