#pragma once

#include "models/pareto_series.h"

#include <QImage>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <optional>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPCurve;
class QCPGraph;
class QCPItemText;
class QCPTextElement;
class QMouseEvent;

namespace dyve::ui {

// The accuracy-vs-operations Pareto plot (SPEC §6) on QCustomPlot: top-1 (%) against executed operations
// per image (or against the reduction, × fewer than dense). A sweep shows its dense point and its effort
// levels joined in effort order and labelled with their effort; a tuned profile shows its chosen levels
// (the tuned path) and, faint, the candidates the tuner rejected; each source's Pareto front is a thin
// staircase; the effort level the studio runs at is ringed. Hovering a point shows its figures; clicking
// one with an effort asks for that effort (effortClicked).
class ParetoPlot : public QWidget {
    Q_OBJECT

public:
    // Time first (SPEC §9: a skipped operation counts only when it saves time): engine ms per image, and
    // its images per second; then the operation counts.
    enum class XAxis { Time, Fps, Operations, Reduction };
    // What the plot draws, one plottable each (for tests and exports).
    enum class Layer {
        SweepDense,
        SweepLevels,
        SweepWidths,
        SweepFront,
        TuningDense,
        TunedLevels,
        Candidates,
        TuningFront,
        Current
    };

    explicit ParetoPlot(QWidget* parent = nullptr);

    void setSeries(const ParetoSeries& series);
    const ParetoSeries& series() const { return m_series; }
    void setCurrentEffort(std::optional<double> effort);
    void clear();
    // The model the points are of, named in the caption above the legend (and so in exported PNGs).
    void setModelName(const QString& name);
    // The caption: the model, the data set of each source ("sweep on fashion-mnist (300 images)").
    QString caption() const;

    void setXAxis(XAxis axis);
    XAxis xAxis() const { return m_xAxis; }
    // The x value of a point under the current axis: ms per image, images per second, operations in
    // millions, or the reduction.
    double xOf(const ParetoEntry& entry) const;
    double xOf(const ParetoMarker& marker) const;
    // Whether a point is drawn under the current axis: all are against operations; against the reduction,
    // those whose dense count is known; against time and fps, those whose time is known.
    bool drawn(const ParetoEntry& entry) const;

    // The points a layer draws, as (x, y) in plot units, in the order it joins them.
    QVector<QPointF> plotted(Layer layer) const;
    // The labels written beside the points ("dense", "e = 0.25"): the sweep's, in effort order (points in
    // one place share a label), then the tuning set's dense point and the tuned path's levels (all when
    // it has at most 12, else its ends).
    // The current level's own label gives way to the "now: e = …" one. A label with no free place around
    // its point is hidden.
    QStringList labels() const;
    // The hover text of the point nearest `pixel` (widget coordinates of the plot), "" when none is within
    // a few pixels; the plot must have been laid out (shown, or replotted at a size).
    QString readoutAt(const QPointF& pixel) const;
    // Where `entry` is drawn, in the plot's widget coordinates.
    QPointF pixelOf(const ParetoEntry& entry) const;

    bool savePng(const QString& file, int width = 0, int height = 0) const;
    QImage toImage(int width = 0, int height = 0) const; // see plotImage()
    QCustomPlot* customPlot() const { return m_plot; }

signals:
    // The user clicked a level: run at this effort.
    void effortClicked(double effort);

private:
    void refresh();
    void drawSeries();
    std::optional<ParetoMarker> drawMarker();
    void updateLegend();
    void labelSweep(const std::optional<ParetoMarker>& marker);
    void labelTuning(const std::optional<ParetoMarker>& marker);
    void updateCaption();
    void rescale();
    // Lower is better along the axis (time, operations); fps and the reduction run the other way.
    bool lowerIsBetter() const;
    // The points of `entries` no other beats along the current axis and in top-1, in the axis' order.
    std::vector<ParetoEntry> frontAlongX(const std::vector<ParetoEntry>& entries) const;
    void placeLabels();
    std::optional<ParetoMarker> drawnMarker() const;
    void addLabel(const QPointF& at, const QString& text, const QColor& colour);
    std::optional<ParetoEntry> nearest(const QPointF& pixel) const;
    QString describe(const ParetoEntry& entry) const;
    void onMouseMove(QMouseEvent* event);
    void onMousePress(QMouseEvent* event);
    QCPAbstractPlottable* plottable(Layer layer) const;

    ParetoSeries m_series;
    XAxis m_xAxis = XAxis::Time;
    QString m_modelName;
    QCustomPlot* m_plot;
    QCPTextElement* m_caption;
    QCPGraph* m_sweepDense;
    QCPGraph* m_sweepWidths; // a sweep's fixed channel widths (issue 16)
    QCPCurve* m_sweepLevels;
    QCPGraph* m_sweepFront;
    QCPGraph* m_tuningDense;
    QCPCurve* m_tunedLevels;
    QCPGraph* m_candidates;
    QCPGraph* m_tuningFront;
    QCPGraph* m_current;
    QCPItemText* m_currentLabel;
    QList<QCPItemText*> m_labels;
    QStringList m_labelTexts;
};

} // namespace dyve::ui
