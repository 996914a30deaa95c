#pragma once

#include "models/inference_result.h"

#include <QColor>
#include <QImage>
#include <QSize>

#include <vector>

namespace dyve::ui {

// Where in the image the effort path spent its effort (SPEC §6 input view and demo mode "effort overlay").
//
// Definition. Every layer of the run that reports neuron masks (InferenceResult::effort, SPEC §4.6) has an
// Ho×Wo grid of output positions, M output neurons at each. Its exact share at a position is the fraction
// of those M neurons that were computed exactly — neither SPET-terminated nor SDSS-interpolated (the
// complement of the heatmaps' aggregate map). The grid is laid over the whole input, so one position
// stands for an (H/Ho)×(W/Wo) patch of it (the layer's spatial scale; the pixel or two that padding and
// kernel borders shift a grid by are not modelled; a fully connected layer is one position covering
// everything). The overlay at a point of the input is the mean of the layers' exact shares there, each
// layer weighted by its dense operations, so a layer counts as much as the work it stands for:
//
//     effort(p) = Σ_l denseOps_l · exactShare_l(p) / Σ_l denseOps_l ∈ [0, 1]
//
// 1 where every layer computed every neuron, 0 where every neuron was skipped. Grids of different sizes
// are brought together by area-weighted resampling, which keeps means, so mean() is exactly the run's
// dense-ops-weighted share of neurons computed exactly: Σ_l denseOps_l · exact_l / neurons_l / Σ denseOps_l
// with the LayerEffortStats counts (exact_l = neurons − spetTerminated − sdssInterpolated). SFMA acts on
// whole input maps and has no place in the image, so it is not part of the overlay. Layers the effort path
// left dense, and dense runs, report no masks: a dense run has no overlay (isNull()).
class EffortOverlay {
public:
    EffortOverlay() = default;
    static EffortOverlay fromResult(const InferenceResult& result);

    bool isNull() const { return m_values.empty(); }
    // The map's own grid: the finest output grid among the layers (the largest Ho and Wo).
    QSize gridSize() const { return QSize(m_width, m_height); }
    // How many layers contributed.
    int layerCount() const { return m_layers; }
    // effort(p) at a cell of the grid.
    double value(int x, int y) const { return double(m_values[size_t(y) * size_t(m_width) + size_t(x)]); }
    double mean() const { return m_mean; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

    // The map as it is drawn, on the same grid: each layer's exact shares smoothed with a [1 2 1] tent
    // (SDSS computes every other row and column whatever the image; that pattern says how the mechanism
    // works, not where work was spent) and interpolated bilinearly (a coarse layer's positions blend
    // instead of showing as blocks), then weighted as above.
    double pictureValue(int x, int y) const {
        return double(m_picture[size_t(y) * size_t(m_width) + size_t(x)]);
    }
    // The overlay to draw over an image of `size` (the same rectangle as the image): colour() of the
    // picture values, scaled smoothly, premultiplied ARGB. Null for a null overlay or an empty size.
    QImage toImage(QSize size) const;

    // The colour of an effort value: transparent where everything was computed (the image shows as it is),
    // deepening towards the heatmaps' SPET red where work was skipped — the same "red means skipped" as the
    // heatmaps' neuron and aggregate colours (HeatmapPainter).
    // Full strength (kMaxAlpha) from kFullAt of the work skipped: real runs skip a fifth to a half of a
    // region's neurons, and a fainter tint would not show on a photograph.
    static QColor colour(double effort);
    static constexpr double kMaxAlpha = 0.75;
    static constexpr double kFullAt = 0.5;

private:
    int m_width = 0;
    int m_height = 0;
    int m_layers = 0;
    std::vector<float> m_values;
    std::vector<float> m_picture;
    double m_mean = 0.0, m_min = 0.0, m_max = 0.0;
};

} // namespace dyve::ui
