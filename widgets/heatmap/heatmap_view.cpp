#include "heatmap/heatmap_view.h"

#include "common/layer_selection.h"
#include "heatmap/heatmap_canvas.h"
#include "models/heatmap_painter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dyve::ui {

namespace {

constexpr int kMaxCell = 32;

// Keeps the canvas wrapping to the viewport's width as the dock is resized.
class ViewportWidthWatcher : public QObject {
public:
    ViewportWidthWatcher(QScrollArea* scroll, HeatmapCanvas* canvas)
        : QObject(scroll), m_scroll(scroll), m_canvas(canvas) {
        scroll->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Resize) m_canvas->setAvailableWidth(m_scroll->viewport()->width());
        return false;
    }

private:
    QScrollArea* m_scroll;
    HeatmapCanvas* m_canvas;
};

} // namespace

HeatmapView::HeatmapView(LayerSelection* selection, QWidget* parent)
    : ResultPage(parent), m_selection(selection), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_scroll(new QScrollArea(this)), m_canvas(new HeatmapCanvas(m_data, this)),
      m_zoomIn(new QToolButton(this)), m_zoomOut(new QToolButton(this)), m_zoomFit(new QToolButton(this)) {
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("heatmapStatus"));
    m_status->setStyleSheet(
        QStringLiteral("color: #2a5d84; background: #e8f1f8; border-radius: 3px; padding: 1px 6px;"));

    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_zoomFit->setText(tr("Fit"));
    m_zoomFit->setToolTip(tr("A size that shows each map at about 64 pixels"));
    connect(m_zoomIn, &QToolButton::clicked, this, &HeatmapView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &HeatmapView::zoomOut);
    connect(m_zoomFit, &QToolButton::clicked, this, &HeatmapView::zoomToFit);
    connect(m_canvas, &HeatmapCanvas::zoomRequested, this, [this](int steps) {
        if (steps > 0)
            zoomIn();
        else
            zoomOut();
    });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_status);
    header->addStretch(1);
    header->addWidget(m_zoomOut);
    header->addWidget(m_zoomFit);
    header->addWidget(m_zoomIn);

    // The legend: every colour the maps can take, so the picture reads without a manual. One wrapping
    // line of swatches, each kept with its name: in a narrow dock (or in German) it takes two lines rather
    // than making the window wider than the screen.
    QStringList items;
    auto addSwatch = [&items](const QColor& color, const QString& text) {
        items << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                     .arg(color.name(),
                          text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    };
    addSwatch(HeatmapPainter::neuronColor(dyve::NeuronState::Computed), tr("computed"));
    addSwatch(HeatmapPainter::neuronColor(dyve::NeuronState::SpetTerminated), tr("SPET terminated"));
    addSwatch(HeatmapPainter::neuronColor(dyve::NeuronState::SdssInterpolated), tr("SDSS interpolated"));
    addSwatch(HeatmapPainter::inputMapColor(dyve::InputMapState::SfmaApproximated),
              tr("input map approximated (SFMA)"));
    addSwatch(HeatmapPainter::inputMapColor(dyve::InputMapState::ZeroSkipped), tr("input map zero-skipped"));
    auto* legend = new QLabel(items.join(QStringLiteral(" &nbsp; ")), this);
    legend->setObjectName(QStringLiteral("heatmapLegend"));
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);

    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_scroll->setFrameShape(QFrame::NoFrame);
    new ViewportWidthWatcher(m_scroll, m_canvas);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(legend);
    layout->addWidget(m_scroll, 1);
    if (m_selection) connect(m_selection, &LayerSelection::changed, this, &HeatmapView::showSelectedLayer);
    updateView();
}

void HeatmapView::setData(HeatmapData data) {
    const bool sameGeometry = data.layerName == m_data.layerName && data.maps == m_data.maps &&
                              data.height == m_data.height && data.width == m_data.width;
    m_data = std::move(data);
    // A new layer starts at the fitting size; the next image through the same layer keeps the user's zoom.
    if (!sameGeometry) m_cellSize = fittingCellSize();
    updateView();
}

void HeatmapView::clear() {
    setData({});
}

void HeatmapView::showResult(const InferenceResult& result) {
    // What HeatmapData::fromLayer reads of each layer, without the run's own copy of the masks (the effort
    // entries hold them): a camera delivers a result every frame.
    m_layers.resize(result.run.layers.size());
    for (size_t i = 0; i < m_layers.size(); ++i) {
        const dyve::LayerStats& layer = result.run.layers[i];
        m_layers[i].name = layer.name;
        m_layers[i].op = layer.op;
        m_layers[i].outputShape = layer.outputShape;
    }
    m_effort = result.effort;
    m_fullWidthChannels = result.cascade ? result.cascade->fullWidthChannels : std::vector<int64_t>{};
    showSelectedLayer();
}

void HeatmapView::showSelectedLayer() {
    const int layer = m_selection ? m_selection->layer() : -1;
    if (layer < 0 || size_t(layer) >= m_layers.size()) {
        clear();
        return;
    }
    const size_t i = size_t(layer);
    setData(HeatmapData::fromLayer(m_layers[i], i < m_effort.size() ? m_effort[i] : std::nullopt,
                                   i < m_fullWidthChannels.size() ? m_fullWidthChannels[i] : 0));
}

QList<PageExport> HeatmapView::exports() const {
    return {{tr("&Heatmap as PNG…"), tr("Export Heatmap"), QStringLiteral("heatmap.png"),
             tr("PNG images (*.png)"), QStringLiteral("heatmap"),
             [this] { return pngBytes(renderImage()); }}};
}

QString HeatmapView::statusText() const {
    return m_status->text();
}

QImage HeatmapView::renderImage() const {
    return HeatmapPainter(m_data, m_cellSize, m_scroll->viewport()->width()).render();
}

void HeatmapView::zoomIn() {
    setCellSize(m_cellSize + std::max(1, m_cellSize / 4));
}

void HeatmapView::zoomOut() {
    setCellSize(m_cellSize - std::max(1, m_cellSize / 5));
}

void HeatmapView::zoomToFit() {
    setCellSize(fittingCellSize());
}

int HeatmapView::fittingCellSize() const {
    // The largest cells that show every map without scrolling, but never smaller than the readable size.
    const QSize room = m_scroll->viewport()->size();
    const int readable = HeatmapPainter::fittingCellSize(m_data);
    for (int cell = kMaxCell; cell > readable; --cell) {
        const QSize needed = HeatmapPainter(m_data, cell, room.width()).size();
        if (needed.width() <= room.width() && needed.height() <= room.height()) return cell;
    }
    return readable;
}

void HeatmapView::setCellSize(int cell) {
    m_cellSize = std::clamp(cell, 1, kMaxCell);
    updateView();
}

void HeatmapView::updateView() {
    if (m_data.isEmpty()) {
        m_title->setText(tr("No layer selected"));
        m_status->setText(tr("Select a layer in the layer table."));
    } else {
        m_title->setText(tr("%1 (%2)").arg(m_data.layerName, m_data.op));
        if (m_data.mapsReached >= 0)
            m_status->setText(tr("Width cascade: %1 of %2 maps computed, the rest not reached (hatched)")
                                  .arg(m_data.mapsReached)
                                  .arg(m_data.maps));
        else
            m_status->setText(m_data.hasMasks() ? tr("effort masks of this run")
                                                : tr("Dense run: nothing skipped"));
    }
    m_zoomIn->setEnabled(!m_data.isEmpty() && m_cellSize < kMaxCell);
    m_zoomOut->setEnabled(!m_data.isEmpty() && m_cellSize > 1);
    m_zoomFit->setEnabled(!m_data.isEmpty());
    m_canvas->setAvailableWidth(m_scroll->viewport()->width());
    m_canvas->setCellSize(m_cellSize);
}

} // namespace dyve::ui
