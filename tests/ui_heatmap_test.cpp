// The heatmaps (widgets/, SPEC §6): known EffortMasks drawn to a QImage, checked cell by cell and pixel by
// pixel at several zooms; the dense case says nothing was skipped.
#include "heatmap/heatmap_view.h"
#include "models/heatmap_painter.h"

#include <QtTest>

using dyve::InputMapState;
using dyve::NeuronState;
using dyve::ui::HeatmapData;
using dyve::ui::HeatmapPainter;

namespace {

// 3 output maps of 4×4 and 3 input maps, everything computed unless a test says otherwise.
HeatmapData knownMasks() {
    HeatmapData d;
    d.layerName = QStringLiteral("conv2");
    d.op = QStringLiteral("Conv");
    d.maps = 3;
    d.height = 4;
    d.width = 4;
    d.neurons.assign(3 * 4 * 4, uint8_t(NeuronState::Computed));
    d.inputMaps = {uint8_t(InputMapState::Computed), uint8_t(InputMapState::SfmaApproximated),
                   uint8_t(InputMapState::ZeroSkipped)};
    return d;
}

void setNeuron(HeatmapData& d, int map, int y, int x, NeuronState s) {
    d.neurons[(size_t(map) * size_t(d.height) + size_t(y)) * size_t(d.width) + size_t(x)] = uint8_t(s);
}

QColor pixel(const QImage& image, const QRect& r) {
    return image.pixelColor(r.center());
}

} // namespace

class HeatmapTest : public QObject {
    Q_OBJECT

private slots:
    void eachNeuronCellTakesItsStateColour_data() {
        QTest::addColumn<int>("cell");
        QTest::newRow("8 px cells") << 8;
        QTest::newRow("3 px cells") << 3;
    }

    void eachNeuronCellTakesItsStateColour() {
        QFETCH(int, cell);
        HeatmapData d = knownMasks();
        setNeuron(d, 1, 2, 3, NeuronState::SpetTerminated);
        setNeuron(d, 2, 0, 0, NeuronState::SdssInterpolated);
        const HeatmapPainter painter(d, cell, 400);
        const QImage image = painter.render();
        QCOMPARE(pixel(image, painter.cellRect(1, 2, 3)),
                 HeatmapPainter::neuronColor(NeuronState::SpetTerminated));
        QCOMPARE(pixel(image, painter.cellRect(2, 0, 0)),
                 HeatmapPainter::neuronColor(NeuronState::SdssInterpolated));
        QCOMPARE(pixel(image, painter.cellRect(0, 2, 3)), HeatmapPainter::neuronColor(NeuronState::Computed));
        QCOMPARE(pixel(image, painter.cellRect(1, 2, 2)), HeatmapPainter::neuronColor(NeuronState::Computed));
    }

    void everyPixelOfACellHasItsColourAtAnyZoom_data() {
        QTest::addColumn<int>("cell");
        QTest::newRow("1 px cells") << 1;
        QTest::newRow("5 px cells") << 5;
        QTest::newRow("13 px cells") << 13;
    }

    // The maps are images of one pixel per neuron scaled into place: no cell may bleed into its neighbours.
    void everyPixelOfACellHasItsColourAtAnyZoom() {
        QFETCH(int, cell);
        HeatmapData d = knownMasks();
        setNeuron(d, 0, 0, 1, NeuronState::SpetTerminated);
        setNeuron(d, 0, 1, 1, NeuronState::SdssInterpolated);
        setNeuron(d, 1, 3, 3, NeuronState::SpetTerminated);
        setNeuron(d, 2, 2, 0, NeuronState::SdssInterpolated);
        setNeuron(d, 2, 2, 1, NeuronState::SpetTerminated);
        const HeatmapPainter painter(d, cell, 400);
        const QImage image = painter.render();
        for (int m = 0; m < d.maps; ++m)
            for (int y = 0; y < d.height; ++y)
                for (int x = 0; x < d.width; ++x) {
                    const QRect r = painter.cellRect(m, y, x);
                    const QColor expected = HeatmapPainter::neuronColor(d.neuron(m, y, x));
                    for (int py = r.top(); py <= r.bottom(); ++py)
                        for (int px = r.left(); px <= r.right(); ++px)
                            QCOMPARE(image.pixelColor(px, py), expected);
                }
    }

    void everyPixelOfAnAggregateCellHasItsShareColour() {
        HeatmapData d = knownMasks();
        for (int m = 0; m < 3; ++m)
            setNeuron(d, m, 1, 1, NeuronState::SpetTerminated);
        setNeuron(d, 0, 3, 3, NeuronState::SdssInterpolated);
        setNeuron(d, 2, 3, 2, NeuronState::SdssInterpolated);
        setNeuron(d, 1, 3, 2, NeuronState::SpetTerminated);
        const HeatmapPainter painter(d, 5, 400);
        const QImage image = painter.render();
        for (int y = 0; y < d.height; ++y)
            for (int x = 0; x < d.width; ++x) {
                const QRect r = painter.aggregateCellRect(y, x);
                const QColor expected = HeatmapPainter::aggregateColor(d.skippedFraction(y, x));
                for (int py = r.top(); py <= r.bottom(); ++py)
                    for (int px = r.left(); px <= r.right(); ++px)
                        QCOMPARE(image.pixelColor(px, py), expected);
            }
    }

    void mapImagesHaveOnePixelPerNeuron() {
        HeatmapData d = knownMasks();
        setNeuron(d, 1, 2, 3, NeuronState::SpetTerminated);
        const auto images = dyve::ui::HeatmapImages::fromData(d);
        QCOMPARE(int(images.maps.size()), 3);
        QCOMPARE(images.maps[1].size(), QSize(4, 4));
        QCOMPARE(images.maps[1].pixelColor(3, 2), HeatmapPainter::neuronColor(NeuronState::SpetTerminated));
        QCOMPARE(images.aggregate.pixelColor(3, 2), HeatmapPainter::aggregateColor(1.0 / 3.0));
    }

    void inputMapMarkersShowApproximatedAndZeroSkipped() {
        const HeatmapData d = knownMasks();
        const HeatmapPainter painter(d, 8, 400);
        const QImage image = painter.render();
        QCOMPARE(pixel(image, painter.inputMapRect(0)),
                 HeatmapPainter::inputMapColor(InputMapState::Computed));
        QCOMPARE(pixel(image, painter.inputMapRect(1)),
                 HeatmapPainter::inputMapColor(InputMapState::SfmaApproximated));
        QCOMPARE(pixel(image, painter.inputMapRect(2)),
                 HeatmapPainter::inputMapColor(InputMapState::ZeroSkipped));
    }

    void aggregateMapShowsTheShareOfMapsSkipped() {
        HeatmapData d = knownMasks();
        for (int m = 0; m < 3; ++m)
            setNeuron(d, m, 1, 1, NeuronState::SpetTerminated);
        setNeuron(d, 0, 3, 3, NeuronState::SdssInterpolated);
        const HeatmapPainter painter(d, 8, 400);
        const QImage image = painter.render();
        QCOMPARE(d.skippedFraction(1, 1), 1.0);
        QCOMPARE(pixel(image, painter.aggregateCellRect(1, 1)), HeatmapPainter::aggregateColor(1.0));
        QCOMPARE(pixel(image, painter.aggregateCellRect(3, 3)), HeatmapPainter::aggregateColor(1.0 / 3.0));
        QCOMPARE(pixel(image, painter.aggregateCellRect(0, 0)), HeatmapPainter::aggregateColor(0.0));
    }

    void mapsWrapToTheWidthAndCellsDoNotOverlap() {
        HeatmapData d = knownMasks();
        d.maps = 30;
        d.neurons.assign(30 * 16, uint8_t(NeuronState::Computed));
        const HeatmapPainter painter(d, 8, 300);
        QVERIFY(painter.size().width() <= 300);
        QVERIFY(!painter.mapRect(0).intersects(painter.mapRect(1)));
        QVERIFY(painter.mapRect(29).bottom() > painter.mapRect(0).bottom()); // wrapped onto later rows
        QCOMPARE(painter.mapAt(painter.cellRect(7, 1, 1).center()), 7);
    }

    void aDenseLayerSaysNothingWasSkipped() {
        dyve::LayerStats layer;
        layer.name = "conv1";
        layer.op = "Conv";
        layer.outputShape = {1, 8, 6, 6};
        dyve::ui::HeatmapView view;
        view.resize(500, 400);
        view.setData(HeatmapData::fromLayer(layer, std::nullopt));
        QCOMPARE(view.statusText(), QStringLiteral("Dense run: nothing skipped"));
        QCOMPARE(view.data().maps, 8);
        QVERIFY(!view.data().hasMasks());
        const HeatmapPainter painter(view.data(), 4, 400);
        QCOMPARE(pixel(painter.render(), painter.cellRect(5, 2, 2)),
                 HeatmapPainter::neuronColor(NeuronState::Computed));
    }

    void mapsTheWidthCascadeDidNotReachAreHatched() {
        // A run that stopped at 25% of a 32-channel layer: the full width's 32 maps laid out, the first 8
        // computed, the other 24 grey under a hatch; the caption and the status say so.
        dyve::LayerStats layer;
        layer.name = "conv2";
        layer.op = "Conv";
        layer.outputShape = {1, 8, 6, 6};
        const HeatmapData d = HeatmapData::fromLayer(layer, std::nullopt, 32);
        QCOMPARE(d.maps, 32);
        QCOMPARE(d.mapsReached, 8);
        QVERIFY(d.reached(7) && !d.reached(8));
        const HeatmapPainter painter(d, 6, 2000);
        const QImage image = painter.render();
        QCOMPARE(pixel(image, painter.cellRect(7, 2, 2)), HeatmapPainter::neuronColor(NeuronState::Computed));
        for (int map : {8, 20, 31}) {
            const QRect r = painter.mapRect(map);
            int grey = 0, hatch = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    grey += c == HeatmapPainter::notReachedColor();
                    hatch += c != HeatmapPainter::notReachedColor();
                }
            QVERIFY2(grey > hatch && hatch > 0,
                     qPrintable(QString("map %1: %2 grey, %3 hatch").arg(map).arg(grey).arg(hatch)));
        }
        dyve::ui::HeatmapView view;
        view.resize(500, 400);
        view.setData(d);
        QVERIFY2(view.statusText().contains("8 of 32"), qPrintable(view.statusText()));
        // At the layer's own width (or with no full width given) every map is computed.
        QCOMPARE(HeatmapData::fromLayer(layer, std::nullopt, 8).mapsReached, -1);
        QCOMPARE(HeatmapData::fromLayer(layer, std::nullopt).maps, 8);
    }

    void masksOfTheWrongSizeAreIgnored() {
        dyve::LayerStats layer;
        layer.outputShape = {1, 2, 3, 3};
        dyve::ui::LayerEffort effort;
        effort.masks.neurons.assign(5, uint8_t(NeuronState::SpetTerminated)); // not 2×3×3
        const HeatmapData d = HeatmapData::fromLayer(layer, effort);
        QVERIFY(d.neurons.empty());
    }

    void zoomingInEnlargesTheCells() {
        dyve::ui::HeatmapView view;
        view.resize(500, 400);
        view.setData(knownMasks());
        const int before = view.cellSize();
        view.zoomIn();
        QVERIFY(view.cellSize() > before);
        view.zoomOut();
        view.zoomOut();
        QVERIFY(view.cellSize() < before);
    }
};

QTEST_MAIN(HeatmapTest)
#include "ui_heatmap_test.moc"
