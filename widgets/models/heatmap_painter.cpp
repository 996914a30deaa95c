#include "models/heatmap_painter.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace dyve::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 4;      // between map tiles
constexpr int kMarker = 10;  // input-map marker side
constexpr int kCaption = 18; // caption line height

} // namespace

HeatmapPainter::HeatmapPainter(const HeatmapData& data, int cellSize, int maxWidth)
    : m_data(data), m_cell(std::max(1, cellSize)) {
    const int usable = std::max(1, maxWidth - 2 * kMargin);
    m_mapSize = QSize(m_data.width * m_cell, m_data.height * m_cell);
    const int maps = std::max(0, m_data.maps);
    m_columns = std::clamp(usable / std::max(1, m_mapSize.width() + kGap), 1, std::max(1, maps));
    const int rows = maps > 0 ? (maps + m_columns - 1) / m_columns : 0;

    int y = kMargin;
    const int inputs = int(m_data.inputMaps.size());
    if (inputs > 0) {
        m_markerColumns = std::clamp(usable / (kMarker + 2), 1, inputs);
        const int markerRows = (inputs + m_markerColumns - 1) / m_markerColumns;
        m_inputCaption = QRect(kMargin, y, usable, kCaption);
        y += kCaption;
        m_inputs = QRect(kMargin, y, m_markerColumns * (kMarker + 2), markerRows * (kMarker + 2));
        y += m_inputs.height() + kMargin;
    }
    m_outputCaption = QRect(kMargin, y, usable, kCaption);
    y += kCaption;
    m_outputs = QRect(kMargin, y, m_columns * (m_mapSize.width() + kGap) - kGap,
                      rows * (m_mapSize.height() + kGap) - (rows > 0 ? kGap : 0));
    y += std::max(0, m_outputs.height()) + kMargin;
    if (m_data.hasMasks() && m_data.height * m_data.width > 1) {
        m_aggregateCaption = QRect(kMargin, y, usable, kCaption);
        y += kCaption;
        // The aggregate map is one map; draw it at least as large as a tile and at most 4× larger.
        const int scale =
            std::clamp(160 / std::max(1, std::max(m_mapSize.width(), m_mapSize.height())), 1, 4);
        m_aggregate = QRect(kMargin, y, m_mapSize.width() * scale, m_mapSize.height() * scale);
        y += m_aggregate.height() + kMargin;
    }
    const int width = std::max({m_outputs.right(), m_inputs.right(), m_aggregate.right(), 0}) + 1 + kMargin;
    m_size = QSize(std::max(width, std::min(maxWidth, 320)), y);
}

int HeatmapPainter::fittingCellSize(const HeatmapData& data) {
    const int side = std::max({data.height, data.width, 1});
    return std::clamp(64 / side, 1, 16);
}

QRect HeatmapPainter::mapRect(int map) const {
    const int r = map / m_columns;
    const int c = map % m_columns;
    return QRect(m_outputs.left() + c * (m_mapSize.width() + kGap),
                 m_outputs.top() + r * (m_mapSize.height() + kGap), m_mapSize.width(), m_mapSize.height());
}

QRect HeatmapPainter::cellRect(int map, int y, int x) const {
    const QRect tile = mapRect(map);
    return QRect(tile.left() + x * m_cell, tile.top() + y * m_cell, m_cell, m_cell);
}

QRect HeatmapPainter::inputMapRect(int c) const {
    const int r = c / m_markerColumns;
    const int col = c % m_markerColumns;
    return QRect(m_inputs.left() + col * (kMarker + 2), m_inputs.top() + r * (kMarker + 2), kMarker, kMarker);
}

QRect HeatmapPainter::aggregateCellRect(int y, int x) const {
    const double sx = double(m_aggregate.width()) / std::max(1, m_data.width);
    const double sy = double(m_aggregate.height()) / std::max(1, m_data.height);
    const int left = m_aggregate.left() + int(std::floor(x * sx));
    const int top = m_aggregate.top() + int(std::floor(y * sy));
    return QRect(QPoint(left, top), QPoint(m_aggregate.left() + int(std::floor((x + 1) * sx)) - 1,
                                           m_aggregate.top() + int(std::floor((y + 1) * sy)) - 1));
}

int HeatmapPainter::mapAt(const QPoint& p) const {
    if (!m_outputs.contains(p)) return -1;
    const int c = (p.x() - m_outputs.left()) / (m_mapSize.width() + kGap);
    const int r = (p.y() - m_outputs.top()) / (m_mapSize.height() + kGap);
    const int map = r * m_columns + c;
    return map < m_data.maps && mapRect(map).contains(p) ? map : -1;
}

int HeatmapPainter::inputMapAt(const QPoint& p) const {
    for (int c = 0; c < int(m_data.inputMaps.size()); ++c)
        if (inputMapRect(c).contains(p)) return c;
    return -1;
}

bool HeatmapPainter::aggregateContains(const QPoint& p) const {
    return m_aggregate.contains(p);
}

QColor HeatmapPainter::neuronColor(dyve::NeuronState state) {
    switch (state) {
    case dyve::NeuronState::SpetTerminated:
        return QColor(0xd6, 0x27, 0x28);
    case dyve::NeuronState::SdssInterpolated:
        return QColor(0xff, 0x9f, 0x1c);
    case dyve::NeuronState::Computed:
        break;
    }
    return QColor(0x9e, 0xca, 0xe1);
}

QColor HeatmapPainter::inputMapColor(dyve::InputMapState state) {
    switch (state) {
    case dyve::InputMapState::SfmaApproximated:
        return QColor(0x94, 0x67, 0xbd);
    case dyve::InputMapState::ZeroSkipped:
        return QColor(0x7f, 0x7f, 0x7f);
    case dyve::InputMapState::Computed:
        break;
    }
    return QColor(0x9e, 0xca, 0xe1);
}

QColor HeatmapPainter::aggregateColor(double fraction) {
    const double f = std::clamp(fraction, 0.0, 1.0);
    // Linear from white to the SPET red, so "more skipped" reads as "hotter".
    const QColor hot(0x9b, 0x12, 0x12);
    return QColor(int(255 + (hot.red() - 255) * f), int(255 + (hot.green() - 255) * f),
                  int(255 + (hot.blue() - 255) * f));
}

HeatmapImages HeatmapImages::fromData(const HeatmapData& data) {
    HeatmapImages images;
    if (data.isEmpty()) return images;
    const int height = data.height;
    const int width = data.width;
    const size_t area = size_t(height) * size_t(width);
    // One entry per stored byte, so a state outside NeuronState draws as neuronColor draws it.
    std::array<QRgb, 256> neuronRgb{};
    for (size_t v = 0; v < neuronRgb.size(); ++v)
        neuronRgb[v] = HeatmapPainter::neuronColor(dyve::NeuronState(v)).rgb();

    // Maps not computed exactly at each position, counted while the map images are written.
    std::vector<int> skipped(area, 0);
    if (data.neurons.size() == size_t(data.maps) * area) {
        images.maps.reserve(size_t(data.maps));
        const uint8_t* state = data.neurons.data();
        for (int m = 0; m < data.maps; ++m) {
            QImage image(width, height, QImage::Format_RGB32);
            int* skippedHere = skipped.data();
            for (int y = 0; y < height; ++y) {
                auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
                for (int x = 0; x < width; ++x, ++state, ++skippedHere) {
                    line[x] = neuronRgb[*state];
                    *skippedHere += *state != uint8_t(dyve::NeuronState::Computed);
                }
            }
            images.maps.push_back(std::move(image));
        }
    }

    // The colour of every possible count, computed as HeatmapData::skippedFraction computes the share.
    std::vector<QRgb> aggregateRgb(size_t(data.maps) + 1);
    for (size_t k = 0; k < aggregateRgb.size(); ++k)
        aggregateRgb[k] = HeatmapPainter::aggregateColor(double(k) / double(data.maps)).rgb();
    images.aggregate = QImage(width, height, QImage::Format_RGB32);
    const int* skippedHere = skipped.data();
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(images.aggregate.scanLine(y));
        for (int x = 0; x < width; ++x, ++skippedHere)
            line[x] = aggregateRgb[size_t(*skippedHere)];
    }
    return images;
}

void HeatmapPainter::paint(QPainter& painter) const {
    paint(painter, HeatmapImages::fromData(m_data));
}

void HeatmapPainter::paint(QPainter& painter, const HeatmapImages& images) const {
    painter.fillRect(QRect(QPoint(0, 0), m_size), background());
    if (m_data.isEmpty()) return;
    QFont captionFont = painter.font();
    captionFont.setBold(true);
    painter.setPen(QColor(0x33, 0x33, 0x33));

    if (!m_data.inputMaps.empty()) {
        painter.setFont(captionFont);
        painter.drawText(m_inputCaption, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Input maps (%1)").arg(m_data.inputMaps.size()));
        for (int c = 0; c < int(m_data.inputMaps.size()); ++c)
            painter.fillRect(inputMapRect(c), inputMapColor(m_data.inputMap(c)));
    }

    painter.setFont(captionFont);
    const QString caption =
        m_data.mapsReached >= 0
            ? tr("Output feature maps (%1 of %2 computed, the rest not reached × %3×%4)")
                  .arg(m_data.mapsReached)
                  .arg(m_data.maps)
                  .arg(m_data.height)
                  .arg(m_data.width)
            : tr("Output feature maps (%1 × %2×%3)").arg(m_data.maps).arg(m_data.height).arg(m_data.width);
    painter.drawText(m_outputCaption, Qt::AlignLeft | Qt::AlignVCenter, caption);
    // Nearest neighbour: every neuron stays a crisp cell of one colour at any zoom.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int m = 0; m < m_data.maps; ++m) {
        if (!m_data.reached(m)) {
            painter.fillRect(mapRect(m), notReachedColor());
            painter.fillRect(mapRect(m), QBrush(QColor(0xb0, 0xb0, 0xb0), Qt::BDiagPattern));
        } else if (size_t(m) < images.maps.size()) {
            painter.drawImage(mapRect(m), images.maps[size_t(m)]);
        } else {
            painter.fillRect(mapRect(m), neuronColor(dyve::NeuronState::Computed));
        }
    }

    if (!m_aggregate.isNull()) {
        painter.drawText(m_aggregateCaption, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Aggregate: share of maps skipped per position"));
        painter.drawImage(m_aggregate, images.aggregate);
        painter.setPen(QColor(0xbb, 0xbb, 0xbb));
        painter.drawRect(m_aggregate.adjusted(-1, -1, 0, 0));
    }
}

QImage HeatmapPainter::render() const {
    QImage image(m_size, QImage::Format_RGB32);
    image.fill(background());
    QPainter painter(&image);
    paint(painter);
    return image;
}

} // namespace dyve::ui
