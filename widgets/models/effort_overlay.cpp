#include "models/effort_overlay.h"

#include "models/heatmap_data.h"
#include "models/heatmap_painter.h"

#include <algorithm>
#include <cmath>

namespace dyve::ui {

namespace {

// One target cell's share of the source cells it overlaps, along one axis.
struct Tap {
    int source;
    double weight;
};

// Area weights from `source` cells to `target` cells spanning the same length: target cell t covers
// [t·S/T, (t+1)·S/T) in source cells and takes each source cell in proportion to the overlap. Every
// source cell hands out T/S in total, which is why the mean survives.
std::vector<std::vector<Tap>> areaTaps(int source, int target) {
    std::vector<std::vector<Tap>> taps(size_t(std::max(0, target)));
    const double step = double(source) / double(target);
    for (int t = 0; t < target; ++t) {
        const double a = t * step, b = (t + 1) * step;
        for (int s = int(std::floor(a)); s < source && s < b; ++s) {
            const double overlap = std::min(b, double(s + 1)) - std::max(a, double(s));
            if (overlap > 0.0) taps[size_t(t)].push_back({s, overlap / step});
        }
    }
    return taps;
}

// `values` (width × height, row-major) resampled to `size` with area weights, separably.
std::vector<double> resample(const std::vector<double>& values, int width, int height, QSize size) {
    const auto xs = areaTaps(width, size.width());
    const auto ys = areaTaps(height, size.height());
    std::vector<double> rows(size_t(height) * size_t(size.width()), 0.0);
    for (int y = 0; y < height; ++y)
        for (int tx = 0; tx < size.width(); ++tx) {
            double v = 0.0;
            for (const Tap& t : xs[size_t(tx)])
                v += t.weight * values[size_t(y) * size_t(width) + size_t(t.source)];
            rows[size_t(y) * size_t(size.width()) + size_t(tx)] = v;
        }
    std::vector<double> out(size_t(size.height()) * size_t(size.width()), 0.0);
    for (int ty = 0; ty < size.height(); ++ty)
        for (const Tap& t : ys[size_t(ty)])
            for (int tx = 0; tx < size.width(); ++tx)
                out[size_t(ty) * size_t(size.width()) + size_t(tx)] +=
                    t.weight * rows[size_t(t.source) * size_t(size.width()) + size_t(tx)];
    return out;
}

// SDSS computes every stride-th row and column exactly whatever the image (SPEC §4.4), so a layer's exact
// share alternates position by position; a [1 2 1] tent along each axis removes that period-2 pattern
// (the tuner's stride) and keeps the regions. Borders renormalise ([2 1] / 3).
std::vector<double> tent(const std::vector<double>& values, int width, int height) {
    const auto along = [](const std::vector<double>& in, int length, int lines, size_t step,
                          size_t lineStep) {
        std::vector<double> out(in.size());
        for (int line = 0; line < lines; ++line)
            for (int i = 0; i < length; ++i) {
                const size_t at = size_t(line) * lineStep + size_t(i) * step;
                double sum = 2.0 * in[at], weight = 2.0;
                if (i > 0) sum += in[at - step], weight += 1.0;
                if (i + 1 < length) sum += in[at + step], weight += 1.0;
                out[at] = sum / weight;
            }
        return out;
    };
    return along(along(values, width, height, 1, size_t(width)), height, width, size_t(width), 1);
}

// Bilinear, centre-aligned: target cell t samples the source at (t + ½)·S/T − ½, clamped to the edge
// cells, so a coarse layer's positions blend into each other instead of showing as blocks.
std::vector<double> bilinear(const std::vector<double>& values, int width, int height, QSize size) {
    struct Lerp {
        int a, b;
        double t;
    };
    const auto lerps = [](int source, int target) {
        std::vector<Lerp> l(static_cast<size_t>(target));
        for (int t = 0; t < target; ++t) {
            const double s = std::clamp((t + 0.5) * source / target - 0.5, 0.0, double(source - 1));
            const int a = int(std::floor(s));
            l[size_t(t)] = {a, std::min(a + 1, source - 1), s - a};
        }
        return l;
    };
    const auto xs = lerps(width, size.width());
    const auto ys = lerps(height, size.height());
    std::vector<double> out(size_t(size.width()) * size_t(size.height()));
    for (int ty = 0; ty < size.height(); ++ty) {
        const Lerp& ly = ys[size_t(ty)];
        const double* r0 = values.data() + size_t(ly.a) * size_t(width);
        const double* r1 = values.data() + size_t(ly.b) * size_t(width);
        for (int tx = 0; tx < size.width(); ++tx) {
            const Lerp& lx = xs[size_t(tx)];
            const double top = r0[lx.a] + lx.t * (r0[lx.b] - r0[lx.a]);
            const double bottom = r1[lx.a] + lx.t * (r1[lx.b] - r1[lx.a]);
            out[size_t(ty) * size_t(size.width()) + size_t(tx)] = top + ly.t * (bottom - top);
        }
    }
    return out;
}

} // namespace

EffortOverlay EffortOverlay::fromResult(const InferenceResult& result) {
    struct Grid {
        std::vector<double> exact; // exact share per position
        int width, height;
        double weight;
    };
    std::vector<Grid> grids;
    const size_t layers = std::min(result.effort.size(), result.run.layers.size());
    for (size_t i = 0; i < layers; ++i) {
        if (!result.effort[i]) continue;
        // The layer's geometry as the heatmaps read it; masks that do not fit it are left out, as there.
        const HeatmapData d = HeatmapData::fromLayer(result.run.layers[i], std::nullopt);
        const std::vector<uint8_t>& neurons = result.effort[i]->masks.neurons;
        const size_t plane = size_t(d.height) * size_t(d.width);
        if (d.isEmpty() || neurons.size() != size_t(d.maps) * plane || result.run.layers[i].denseOps <= 0)
            continue;
        Grid g{std::vector<double>(plane, 0.0), d.width, d.height, double(result.run.layers[i].denseOps)};
        // Map by map, in memory order: a camera frame's overlay is built on the GUI thread.
        for (int m = 0; m < d.maps; ++m) {
            const uint8_t* states = neurons.data() + size_t(m) * plane;
            for (size_t k = 0; k < plane; ++k)
                g.exact[k] += states[k] == uint8_t(dyve::NeuronState::Computed) ? 1.0 : 0.0;
        }
        for (double& e : g.exact)
            e /= double(d.maps);
        grids.push_back(std::move(g));
    }

    EffortOverlay overlay;
    if (grids.empty()) return overlay;
    for (const Grid& g : grids) {
        overlay.m_width = std::max(overlay.m_width, g.width);
        overlay.m_height = std::max(overlay.m_height, g.height);
    }
    const QSize size(overlay.m_width, overlay.m_height);
    std::vector<double> sum(size_t(size.width()) * size_t(size.height()), 0.0);
    std::vector<double> picture(sum.size(), 0.0);
    double weights = 0.0;
    for (const Grid& g : grids) {
        const std::vector<double> fine = resample(g.exact, g.width, g.height, size);
        const std::vector<double> smooth =
            bilinear(tent(g.exact, g.width, g.height), g.width, g.height, size);
        for (size_t k = 0; k < sum.size(); ++k) {
            sum[k] += g.weight * fine[k];
            picture[k] += g.weight * smooth[k];
        }
        weights += g.weight;
    }
    overlay.m_layers = int(grids.size());
    overlay.m_values.resize(sum.size());
    overlay.m_picture.resize(sum.size());
    double total = 0.0;
    overlay.m_min = 1.0;
    overlay.m_max = 0.0;
    for (size_t k = 0; k < sum.size(); ++k) {
        const double v = std::clamp(sum[k] / weights, 0.0, 1.0);
        overlay.m_values[k] = float(v);
        overlay.m_picture[k] = float(std::clamp(picture[k] / weights, 0.0, 1.0));
        total += v;
        overlay.m_min = std::min(overlay.m_min, v);
        overlay.m_max = std::max(overlay.m_max, v);
    }
    overlay.m_mean = total / double(sum.size());
    return overlay;
}

QImage EffortOverlay::toImage(QSize size) const {
    if (isNull() || size.isEmpty()) return {};
    QImage grid(m_width, m_height, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < m_height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(grid.scanLine(y));
        for (int x = 0; x < m_width; ++x)
            line[x] = qPremultiply(colour(double(m_picture[size_t(y) * size_t(m_width) + size_t(x)])).rgba());
    }
    // One hue with an alpha linear in the value below kFullAt: interpolating the premultiplied colours is
    // interpolating the values.
    return grid.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QColor EffortOverlay::colour(double effort) {
    const double skipped = 1.0 - std::clamp(effort, 0.0, 1.0);
    QColor c = HeatmapPainter::neuronColor(dyve::NeuronState::SpetTerminated);
    c.setAlphaF(float(kMaxAlpha * std::min(1.0, skipped / kFullAt)));
    return c;
}

} // namespace dyve::ui
