#pragma once

#include "models/heatmap_data.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QSize>

#include <vector>

class QPainter;

namespace dyve::ui {

// Every output map and the aggregate map as images with one pixel per neuron, in the colours of
// HeatmapPainter::neuronColor and aggregateColor. HeatmapPainter scales them into their rectangles without
// smoothing, so a paint is one blit per map rather than one fillRect per neuron (1.2 M on SqueezeNet's
// conv1). Building them for conv1 takes about half a millisecond, so each paint builds them afresh
// rather than keeping a cache that would have to notice when the view's data changes.
struct HeatmapImages {
    static HeatmapImages fromData(const HeatmapData& data);

    std::vector<QImage> maps; // one per output map; empty when there are no neuron masks (a dense run)
    QImage aggregate;         // height × width; null when the layer has no maps
};

// Lays out and draws one layer's heatmaps: a row of input-map markers, the grid of output maps with each
// neuron coloured by its state, and the aggregate map (share of maps skipped per position). Layout and
// drawing live here, apart from the widget, so a test can render known masks to a QImage and check the
// colour of any cell.
class HeatmapPainter {
    Q_DECLARE_TR_FUNCTIONS(dyve::ui::HeatmapPainter)

public:
    // `cellSize`: pixels per neuron; `maxWidth`: the width the grid may fill (it wraps into rows).
    HeatmapPainter(const HeatmapData& data, int cellSize, int maxWidth);

    // A cell size that makes a map about 64 px: readable for 28×28 maps and for 1×1 ones.
    static int fittingCellSize(const HeatmapData& data);

    QSize size() const { return m_size; }
    QRect mapRect(int map) const;
    QRect cellRect(int map, int y, int x) const;
    QRect inputMapRect(int c) const;
    QRect aggregateCellRect(int y, int x) const;
    int mapAt(const QPoint& p) const;      // -1 when none
    int inputMapAt(const QPoint& p) const; // -1 when none
    bool aggregateContains(const QPoint& p) const;

    void paint(QPainter& painter) const;
    // `images` must have been built from the same data (HeatmapImages::fromData).
    void paint(QPainter& painter, const HeatmapImages& images) const;
    QImage render() const;

    static QColor neuronColor(dyve::NeuronState state);
    static QColor inputMapColor(dyve::InputMapState state);
    // White (nothing skipped) to dark red (every map skipped here).
    static QColor aggregateColor(double fraction);
    static QColor background() { return QColor(0xfa, 0xfa, 0xfa); }
    // A map the width cascade did not reach (HeatmapData::reached), under a grey hatch.
    static QColor notReachedColor() { return QColor(0xe4, 0xe4, 0xe4); }

private:
    const HeatmapData& m_data;
    int m_cell;
    int m_columns = 1;
    int m_markerColumns = 1;
    QSize m_mapSize;
    QRect m_inputCaption, m_inputs, m_outputCaption, m_outputs, m_aggregateCaption, m_aggregate;
    QSize m_size;
};

} // namespace dyve::ui
