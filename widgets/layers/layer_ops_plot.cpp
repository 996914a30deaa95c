#include "layers/layer_ops_plot.h"

#include <qcustomplot.h>

#include "common/layer_selection.h"
#include "common/plot_style.h"

#include <QFontMetrics>
#include <QVBoxLayout>

#include <algorithm>

namespace dyve::ui {

namespace {

constexpr double kMillion = 1e6;

} // namespace

LayerOpsPlot::LayerOpsPlot(LayerSelection* selection, QWidget* parent)
    : ResultPage(parent), m_plot(new QCustomPlot(this)) {
    m_dense = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_dense->setName(tr("dense"));
    m_dense->setPen(Qt::NoPen);
    m_dense->setBrush(QColor(0xb0, 0xb0, 0xb0));
    m_dense->setWidth(0.38);
    m_executed = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_executed->setName(tr("executed"));
    m_executed->setPen(Qt::NoPen);
    m_executed->setBrush(QColor(0x1f, 0x77, 0xb4));
    m_executed->setWidth(0.38);
    // Side by side rather than stacked: executed is not a part of dense once overheads are counted.
    auto* group = new QCPBarsGroup(m_plot);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(1);
    group->append(m_dense);
    group->append(m_executed);

    m_plot->yAxis->setLabel(tr("operations (millions)"));
    m_plot->xAxis->grid()->setVisible(false);
    placeLegendAbove(m_plot);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    if (selection) connect(selection, &LayerSelection::changed, this, &LayerOpsPlot::setSelectedLayer);
}

void LayerOpsPlot::showResult(const InferenceResult& result) {
    setResult(result.run);
}

QList<PageExport> LayerOpsPlot::exports() const {
    return {{tr("&Operations Plot as PNG…"), tr("Export Operations Plot"),
             QStringLiteral("layer_operations.png"), tr("PNG images (*.png)"),
             QStringLiteral("operations plot"), [this] { return pngBytes(toImage(0, 0)); }}};
}

void LayerOpsPlot::setResult(const dyve::RunResult& run) {
    m_series.setResult(run);
    refresh();
}

void LayerOpsPlot::setSelectedLayer(int layer) {
    m_selectedLayer = layer;
    refresh();
}

void LayerOpsPlot::clear() {
    m_series.setResult({});
    refresh();
}

QImage LayerOpsPlot::toImage(int width, int height) const {
    return plotImage(m_plot, width, height);
}

bool LayerOpsPlot::savePng(const QString& file) const {
    return m_plot->savePng(file, 0, 0, 2.0);
}

void LayerOpsPlot::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    refresh(); // how many labels fit depends on the width
}

void LayerOpsPlot::refresh() {
    QVector<double> keys, dense, executed;
    for (int i = 0; i < m_series.size(); ++i) {
        keys << double(i + 1);
        dense << m_series.dense()[size_t(i)] / kMillion;
        executed << m_series.executed()[size_t(i)] / kMillion;
    }
    // Slanted labels while every name fits that way; upright ones, as many as fit, when they crowd. A label
    // is the layer's short name (LayerOpsSeries::shortName) in at most half the plot's height, elided at
    // its start: a network of long names (a PyTorch export) keeps room for its bars.
    const QFontMetrics metrics(m_plot->xAxis->tickLabelFont());
    const int maxLabel = std::max(metrics.horizontalAdvance(QStringLiteral("M")) * 8, height() / 2);
    QStringList labels;
    int longest = 0;
    for (const QString& name : m_series.shortNames()) {
        labels << metrics.elidedText(name, Qt::ElideLeft, maxLabel);
        longest = std::max(longest, metrics.horizontalAdvance(labels.back()));
    }
    const double available = std::max(100, width() - 80);                     // less the y axis and margins
    const bool slanted = m_series.size() * (longest * 0.87 + 6) <= available; // cos 30° of each label
    m_plot->xAxis->setTickLabelRotation(slanted ? 30 : 90);
    const int selectedBar = m_series.barOfLayer(m_selectedLayer);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const double extent = slanted ? longest * 0.87 + 6 : metrics.height() + 4;
    for (const int i : m_series.labelledBars(extent, available, selectedBar)) {
        const QString& name = labels.at(i);
        ticker->addTick(double(i + 1), i == selectedBar ? QStringLiteral("▶ ") + name : name);
    }
    m_tickLabels.clear();
    for (const QString& label : ticker->ticks())
        m_tickLabels << label;
    m_plot->xAxis->setTicker(ticker);
    m_dense->setData(keys, dense, true);
    m_executed->setData(keys, executed, true);
    m_plot->xAxis->setRange(0.4, double(m_series.size()) + 0.6);
    m_plot->yAxis->setRange(0.0, std::max(0.01, m_series.maxOps() / kMillion * 1.15));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace dyve::ui
