#include "pareto/pareto_plot.h"

#include "core/number_text.h"

#include "common/plot_style.h"

#include <qcustomplot.h>

#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dyve::ui {

namespace {

constexpr double kMillion = 1e6;
// How close the pointer must be to a point for its readout, in pixels.
constexpr double kPickRadius = 10.0;
// Up to this many levels of a tuned path are labelled with their effort.
constexpr size_t kLabelledTunedLevels = 12;

const QColor kSweepColour(0x1f, 0x77, 0xb4);  // blue
const QColor kTuningColour(0xe6, 0x6a, 0x00); // orange
const QColor kDenseColour(0x20, 0x20, 0x20);
const QColor kWidthColour(0x17, 0x9e, 0x8f);   // teal: fixed channel widths
const QColor kCurrentColour(0xd6, 0x27, 0x28); // red

QString number(double v, int decimals) {
    return QLocale().toString(v, 'f', decimals);
}

bool samePlace(const ParetoEntry& a, const ParetoEntry& b) {
    return a.ops == b.ops && a.top1 == b.top1;
}

QVector<QPointF> curvePoints(const QCPCurve* curve) {
    QVector<QPointF> out;
    for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it)
        out << QPointF(it->key, it->value);
    return out;
}

QVector<QPointF> graphPoints(const QCPGraph* graph) {
    QVector<QPointF> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out << QPointF(it->key, it->value);
    return out;
}

QCPGraph* scatterGraph(QCustomPlot* plot, const QString& name, QCPScatterStyle style) {
    QCPGraph* g = plot->addGraph();
    g->setName(name);
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(style);
    g->setPen(style.pen());
    return g;
}

} // namespace

ParetoPlot::ParetoPlot(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    setObjectName(QStringLiteral("paretoPlot"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);

    // Drawn back to front: fronts, candidates, paths, dense points, the current level's ring.
    m_tuningFront = m_plot->addGraph();
    m_tuningFront->setName(tr("Pareto front (tuning)"));
    m_tuningFront->setLineStyle(QCPGraph::lsStepLeft);
    m_tuningFront->setPen(QPen(QColor(kTuningColour.red(), kTuningColour.green(), kTuningColour.blue(), 110),
                               1.2, Qt::DotLine));
    m_sweepFront = m_plot->addGraph();
    m_sweepFront->setName(tr("Pareto front (sweep)"));
    m_sweepFront->setLineStyle(QCPGraph::lsStepLeft);
    m_sweepFront->setPen(
        QPen(QColor(kSweepColour.red(), kSweepColour.green(), kSweepColour.blue(), 110), 1.2, Qt::DotLine));

    m_candidates =
        scatterGraph(m_plot, tr("rejected by the tuner"),
                     QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0x90, 0x90, 0x90, 150), 1.0),
                                     QBrush(QColor(0xb0, 0xb0, 0xb0, 70)), 6));

    m_tunedLevels = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_tunedLevels->setName(tr("tuned levels (chosen)"));
    m_tunedLevels->setPen(QPen(kTuningColour, 1.5, Qt::DashLine));
    m_tunedLevels->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(kTuningColour, 1.5), QBrush(Qt::white), 7));

    m_sweepLevels = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_sweepLevels->setName(tr("sweep: effort levels"));
    m_sweepLevels->setPen(QPen(kSweepColour, 2.0));
    m_sweepLevels->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kSweepColour, 1.5), QBrush(kSweepColour), 8));

    m_sweepWidths = scatterGraph(
        m_plot, tr("sweep: fixed widths"),
        QCPScatterStyle(QCPScatterStyle::ssTriangle, QPen(kWidthColour, 1.5), QBrush(kWidthColour), 10));
    m_tuningDense = scatterGraph(
        m_plot, tr("dense (tuning set)"),
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(kTuningColour, 2.0), QBrush(Qt::white), 11));
    m_sweepDense = scatterGraph(
        m_plot, tr("dense"),
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(kDenseColour, 1.5), QBrush(kDenseColour), 11));

    m_current =
        scatterGraph(m_plot, tr("current effort"),
                     QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kCurrentColour, 2.5), Qt::NoBrush, 18));
    m_currentLabel = new QCPItemText(m_plot);
    m_currentLabel->setColor(kCurrentColour);
    QFont bold = font();
    bold.setBold(true);
    m_currentLabel->setFont(bold);
    m_currentLabel->setClipToAxisRect(true);
    m_currentLabel->setVisible(false);

    m_plot->yAxis->setLabel(tr("top-1 accuracy (%)"));
    m_plot->xAxis2->setVisible(true);
    m_plot->yAxis2->setVisible(true);
    m_plot->xAxis2->setTickLabels(false);
    m_plot->yAxis2->setTickLabels(false);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), m_plot->xAxis2,
            qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(m_plot->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), m_plot->yAxis2,
            qOverload<const QCPRange&>(&QCPAxis::setRange));

    // The legend in a row above the axes as the studio's other plots have it (plot_style.h), centred:
    // with up to seven entries in two rows, columns spread over the whole width are hard to read.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(small);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->legend->setColumnSpacing(16);
    m_plot->legend->setIconSize(28, 20);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 0));
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, legendRow);
    legendRow->addElement(0, 0, new QCPLayoutElement(m_plot));
    legendRow->addElement(0, 1, m_plot->legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(m_plot));
    legendRow->setColumnStretchFactors({1.0, 0.001, 1.0});
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_caption = new QCPTextElement(m_plot, QString(), small);
    m_caption->setTextColor(QColor(0x50, 0x50, 0x50));
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_caption);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    // Labels are placed where they hide neither each other nor a point, once the axes know their pixels.
    connect(m_plot, &QCustomPlot::afterLayout, this, &ParetoPlot::placeLabels);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ParetoPlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &ParetoPlot::onMousePress);
    // A double click puts the view back on the data after zooming or dragging.
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] {
        rescale();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setXAxis(XAxis::Time);
}

void ParetoPlot::setSeries(const ParetoSeries& series) {
    m_series = series;
    refresh();
}

void ParetoPlot::setCurrentEffort(std::optional<double> effort) {
    m_series.setCurrentEffort(effort);
    refresh();
}

void ParetoPlot::clear() {
    const std::optional<double> effort = m_series.currentEffort();
    m_series = ParetoSeries();
    m_series.setCurrentEffort(effort);
    refresh();
}

void ParetoPlot::setModelName(const QString& name) {
    m_modelName = name;
    refresh();
}

QString ParetoPlot::caption() const {
    return m_caption->text();
}

void ParetoPlot::setXAxis(XAxis axis) {
    m_xAxis = axis;
    switch (axis) {
    case XAxis::Time:
        m_plot->xAxis->setLabel(tr("engine time per image (ms; a sweep's median of repeated timings)"));
        break;
    case XAxis::Fps:
        m_plot->xAxis->setLabel(tr("images per second (1000 ÷ engine ms per image)"));
        break;
    case XAxis::Operations:
        m_plot->xAxis->setLabel(
            tr("executed operations per image (millions: multiply-accumulates + effort overheads)"));
        break;
    case XAxis::Reduction:
        m_plot->xAxis->setLabel(tr("operation reduction (dense ÷ executed, ×)"));
        break;
    }
    refresh();
}

bool ParetoPlot::lowerIsBetter() const {
    return m_xAxis == XAxis::Time || m_xAxis == XAxis::Operations;
}

bool ParetoPlot::drawn(const ParetoEntry& entry) const {
    // A point whose figure for the axis is unknown has no place there (rather than a made-up value).
    switch (m_xAxis) {
    case XAxis::Time:
    case XAxis::Fps:
        return entry.ms > 0.0;
    case XAxis::Reduction:
        return entry.denseOps > 0.0;
    case XAxis::Operations:
        break;
    }
    return true;
}

std::optional<ParetoMarker> ParetoPlot::drawnMarker() const {
    std::optional<ParetoMarker> marker = m_series.currentMarker();
    if (marker && m_xAxis == XAxis::Reduction && marker->denseOps <= 0.0) marker.reset();
    if (marker && (m_xAxis == XAxis::Time || m_xAxis == XAxis::Fps) && marker->ms <= 0.0) marker.reset();
    return marker;
}

double ParetoPlot::xOf(const ParetoEntry& entry) const {
    switch (m_xAxis) {
    case XAxis::Time:
        return entry.ms;
    case XAxis::Fps:
        return entry.ms > 0.0 ? 1000.0 / entry.ms : 0.0;
    case XAxis::Reduction:
        return entry.reduction();
    case XAxis::Operations:
        break;
    }
    return entry.ops / kMillion;
}

double ParetoPlot::xOf(const ParetoMarker& marker) const {
    switch (m_xAxis) {
    case XAxis::Time:
        return marker.ms;
    case XAxis::Fps:
        return marker.ms > 0.0 ? 1000.0 / marker.ms : 0.0;
    case XAxis::Reduction:
        return marker.ops > 0.0 && marker.denseOps > 0.0 ? marker.denseOps / marker.ops : 1.0;
    case XAxis::Operations:
        break;
    }
    return marker.ops / kMillion;
}

std::vector<ParetoEntry> ParetoPlot::frontAlongX(const std::vector<ParetoEntry>& entries) const {
    std::vector<ParetoEntry> points;
    for (const ParetoEntry& e : entries)
        if (drawn(e)) points.push_back(e);
    // Best along x first (the higher top-1 first among equals); a point is on the front when its top-1
    // beats every point before it.
    std::stable_sort(points.begin(), points.end(), [this](const ParetoEntry& a, const ParetoEntry& b) {
        if (xOf(a) != xOf(b)) return lowerIsBetter() ? xOf(a) < xOf(b) : xOf(a) > xOf(b);
        return a.top1 > b.top1;
    });
    std::vector<ParetoEntry> front;
    for (const ParetoEntry& e : points)
        if (front.empty() || e.top1 > front.back().top1) front.push_back(e);
    return front;
}

void ParetoPlot::refresh() {
    drawSeries();
    const std::optional<ParetoMarker> marker = drawMarker();
    updateLegend();
    for (QCPItemText* label : m_labels)
        m_plot->removeItem(label);
    m_labels.clear();
    m_labelTexts.clear();
    labelSweep(marker);
    labelTuning(marker);
    updateCaption();
    rescale();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ParetoPlot::drawSeries() {
    using Source = ParetoEntry::Source;
    auto fill = [this](QCPGraph* graph, const std::vector<ParetoEntry>& entries) {
        QVector<double> x, y;
        for (const ParetoEntry& e : entries) {
            if (!drawn(e)) continue;
            x << xOf(e);
            y << e.top1 * 100.0;
        }
        graph->setData(x, y, false);
    };
    auto fillPath = [this](QCPCurve* curve, const std::vector<ParetoEntry>& path) {
        QVector<double> t, x, y;
        for (const ParetoEntry& e : path) {
            if (!drawn(e)) continue;
            t << double(t.size());
            x << xOf(e);
            y << e.top1 * 100.0;
        }
        curve->setData(t, x, y, true);
    };
    auto only = [](const std::vector<ParetoEntry>& entries, ParetoEntry::Kind kind) {
        std::vector<ParetoEntry> out;
        for (const ParetoEntry& e : entries)
            if (e.kind == kind) out.push_back(e);
        return out;
    };
    // The front as a staircase in the x axis' order (the reduction runs the other way from operations).
    auto fillFront = [this, &fill](QCPGraph* graph, std::vector<ParetoEntry> front) {
        if (front.size() < 2) front.clear();
        std::stable_sort(front.begin(), front.end(),
                         [this](const ParetoEntry& a, const ParetoEntry& b) { return xOf(a) < xOf(b); });
        fill(graph, front);
        graph->setLineStyle(lowerIsBetter() ? QCPGraph::lsStepLeft : QCPGraph::lsStepRight);
    };

    fill(m_sweepDense, only(m_series.sweep(), ParetoEntry::Kind::Dense));
    fill(m_sweepWidths, only(m_series.sweep(), ParetoEntry::Kind::Width));
    fillPath(m_sweepLevels, m_series.levels(Source::Sweep));
    // Against operations the series' own front; against time the front along the time measured.
    fillFront(m_sweepFront, m_xAxis == XAxis::Time || m_xAxis == XAxis::Fps
                                ? frontAlongX(m_series.entries(Source::Sweep))
                                : m_series.front(Source::Sweep));
    fill(m_tuningDense, only(m_series.tuning(), ParetoEntry::Kind::Dense));
    fillPath(m_tunedLevels, m_series.levels(Source::Tuning));
    fill(m_candidates, only(m_series.tuning(), ParetoEntry::Kind::Candidate));
    fillFront(m_tuningFront, m_xAxis == XAxis::Time || m_xAxis == XAxis::Fps
                                 ? frontAlongX(m_series.entries(Source::Tuning))
                                 : m_series.front(Source::Tuning));
}

// The level the studio runs at, ringed and labelled; none when it is not on the plot.
std::optional<ParetoMarker> ParetoPlot::drawMarker() {
    const std::optional<ParetoMarker> marker = drawnMarker();
    if (marker) {
        m_current->setData(QVector<double>{xOf(*marker)}, QVector<double>{marker->top1 * 100.0});
        m_currentLabel->position->setCoords(xOf(*marker), marker->top1 * 100.0);
        m_currentLabel->setText((marker->measured ? tr("now: e = %1") : tr("now: e = %1 (interpolated)"))
                                    .arg(number(marker->effort, 2)));
    } else {
        m_current->data()->clear();
    }
    m_currentLabel->setVisible(bool(marker));
    return marker;
}

// The legend names only what is drawn.
void ParetoPlot::updateLegend() {
    const QList<QCPAbstractPlottable*> layers{m_sweepDense,  m_sweepLevels, m_sweepWidths,
                                              m_tuningDense, m_tunedLevels, m_candidates,
                                              m_sweepFront,  m_tuningFront, m_current};
    for (QCPAbstractPlottable* p : layers) {
        const bool shown = !p->interface1D() || p->interface1D()->dataCount() > 0;
        p->removeFromLegend();
        if (shown) p->addToLegend();
    }
}

// The sweep's points labelled with their effort; points in the same place share one label.
void ParetoPlot::labelSweep(const std::optional<ParetoMarker>& marker) {
    using Source = ParetoEntry::Source;
    std::vector<ParetoEntry> sweep = m_series.levels(Source::Sweep);
    if (auto d = m_series.dense(Source::Sweep)) sweep.insert(sweep.begin(), *d);
    std::vector<bool> done(sweep.size(), false);
    for (size_t i = 0; i < sweep.size(); ++i) {
        if (done[i] || !drawn(sweep[i])) continue;
        QStringList efforts;
        bool dense = false;
        for (size_t j = i; j < sweep.size(); ++j)
            if (!done[j] && samePlace(sweep[i], sweep[j])) {
                done[j] = true;
                if (sweep[j].effort)
                    efforts << number(*sweep[j].effort, 2);
                else
                    dense = true;
            }
        // The current level's label names a level measured alone in its place.
        if (!dense && efforts.size() == 1 && marker && marker->measured && marker->source == Source::Sweep &&
            std::fabs(*sweep[i].effort - marker->effort) < 1e-9)
            continue;
        QStringList parts;
        if (dense) parts << tr("dense");
        if (!efforts.isEmpty()) parts << QStringLiteral("e = ") + efforts.join(QStringLiteral(", "));
        const QString text = parts.join(QStringLiteral("; "));
        m_labelTexts << text;
        addLabel(QPointF(xOf(sweep[i]), sweep[i].top1 * 100.0), text, dense ? kDenseColour : kSweepColour);
    }
    for (const ParetoEntry& e : m_series.sweep()) {
        if (e.kind != ParetoEntry::Kind::Width || !drawn(e)) continue;
        const QString text = QStringLiteral("w = ") + QString::fromStdString(dyve::widthText(e.width));
        m_labelTexts << text;
        addLabel(QPointF(xOf(e), e.top1 * 100.0), text, kWidthColour);
    }
}

// The tuning set's dense point, and the tuned path's levels: all of them when they are few, else its two
// ends (the readout names every one). The sweep's labels are placed first.
void ParetoPlot::labelTuning(const std::optional<ParetoMarker>& marker) {
    using Source = ParetoEntry::Source;
    if (const auto d = m_series.dense(Source::Tuning); d && drawn(*d)) {
        m_labelTexts << tr("dense");
        addLabel(QPointF(xOf(*d), d->top1 * 100.0), tr("dense"), kTuningColour);
    }
    const std::vector<ParetoEntry> tuned = m_series.levels(Source::Tuning);
    for (size_t i = 0; i < tuned.size(); ++i) {
        if (!drawn(tuned[i]) || (tuned.size() > kLabelledTunedLevels && i != 0 && i + 1 != tuned.size()))
            continue;
        if (marker && marker->measured && marker->source == Source::Tuning &&
            std::fabs(*tuned[i].effort - marker->effort) < 1e-9)
            continue;
        const QString text = QStringLiteral("e = ") + number(*tuned[i].effort, 2);
        m_labelTexts << text;
        addLabel(QPointF(xOf(tuned[i]), tuned[i].top1 * 100.0), text, kTuningColour);
    }
}

void ParetoPlot::updateCaption() {
    QStringList caption;
    if (!m_modelName.isEmpty()) caption << m_modelName;
    if (!m_series.sweep().empty())
        caption << tr("sweep on %1")
                       .arg(m_series.sweepData().isEmpty() ? tr("a data set") : m_series.sweepData());
    if (!m_series.tuning().empty())
        caption << tr("tuning table on %1")
                       .arg(m_series.tuningData().isEmpty() ? tr("the tuning set") : m_series.tuningData());
    m_caption->setText(m_series.empty() ? tr("No points yet: run an effort sweep or tune a profile.")
                                        : caption.join(QStringLiteral("   ·   ")));
}

void ParetoPlot::addLabel(const QPointF& at, const QString& text, const QColor& colour) {
    auto* label = new QCPItemText(m_plot);
    label->position->setCoords(at);
    label->setText(text);
    label->setColor(colour);
    label->setClipToAxisRect(true);
    m_labels << label;
}

void ParetoPlot::placeLabels() {
    // Where a label may go around its point, in order of preference: its alignment, and the offset of the
    // text's anchor corner from the point (the label's padding on that side).
    struct Place {
        Qt::Alignment alignment;
        QMargins padding;
    };
    static const Place kPlaces[] = {
        {Qt::AlignLeft | Qt::AlignTop, QMargins(7, 4, 0, 0)},
        {Qt::AlignLeft | Qt::AlignBottom, QMargins(7, 0, 0, 4)},
        {Qt::AlignRight | Qt::AlignBottom, QMargins(0, 0, 7, 4)},
        {Qt::AlignRight | Qt::AlignTop, QMargins(0, 4, 7, 0)},
        {Qt::AlignHCenter | Qt::AlignTop, QMargins(0, 10, 0, 0)},
        {Qt::AlignHCenter | Qt::AlignBottom, QMargins(0, 0, 0, 10)},
    };
    const QRectF area = m_plot->axisRect()->rect();
    QList<QRectF> taken;
    for (const ParetoEntry& e : m_series.all()) {
        if (!drawn(e)) continue;
        const QPointF p = pixelOf(e);
        taken << QRectF(p.x() - 5.0, p.y() - 5.0, 10.0, 10.0);
    }
    // `clearance`: further from the point (the current level's ring is larger than a point).
    auto place = [&](QCPItemText* label, int clearance) {
        const QPointF p(m_plot->xAxis->coordToPixel(label->position->key()),
                        m_plot->yAxis->coordToPixel(label->position->value()));
        const QSizeF size = QFontMetricsF(label->font()).size(0, label->text()) + QSizeF(2.0, 0.0);
        for (const Place& place : kPlaces) {
            QMargins m = place.padding;
            if (m.left()) m.setLeft(m.left() + clearance);
            if (m.top()) m.setTop(m.top() + clearance);
            if (m.right()) m.setRight(m.right() + clearance);
            if (m.bottom()) m.setBottom(m.bottom() + clearance);
            double x = p.x() + m.left() - m.right(), y = p.y() + m.top() - m.bottom();
            if (place.alignment & Qt::AlignRight) x -= size.width();
            if (place.alignment & Qt::AlignHCenter) x -= size.width() / 2.0;
            if (place.alignment & Qt::AlignBottom) y -= size.height();
            const QRectF rect(QPointF(x, y), size);
            const QRectF clear = rect.adjusted(-2.0, -1.0, 2.0, 1.0);
            if (!area.contains(rect) ||
                std::any_of(taken.begin(), taken.end(), [&](const QRectF& r) { return r.intersects(clear); }))
                continue;
            label->setPositionAlignment(place.alignment);
            label->setPadding(m);
            label->setVisible(true);
            taken << rect;
            return;
        }
        // Nowhere free: the point's readout still names it.
        label->setVisible(false);
    };
    // The current level first: its label matters most. Then the ring, which no other label may cover.
    const std::optional<ParetoMarker> marker = drawnMarker();
    if (marker) {
        const QPointF p(m_plot->xAxis->coordToPixel(xOf(*marker)),
                        m_plot->yAxis->coordToPixel(marker->top1 * 100.0));
        place(m_currentLabel, 5);
        taken << QRectF(p.x() - 12.0, p.y() - 12.0, 24.0, 24.0);
    }
    for (QCPItemText* label : m_labels)
        place(label, 0);
}

void ParetoPlot::rescale() {
    double xLo = std::numeric_limits<double>::max(), xHi = -xLo, yLo = xLo, yHi = -xLo;
    for (const ParetoEntry& e : m_series.all()) {
        if (!drawn(e)) continue;
        xLo = std::min(xLo, xOf(e));
        xHi = std::max(xHi, xOf(e));
        yLo = std::min(yLo, e.top1 * 100.0);
        yHi = std::max(yHi, e.top1 * 100.0);
    }
    // No numbers on empty axes: they would read as data.
    m_plot->xAxis->setTickLabels(xLo <= xHi);
    m_plot->yAxis->setTickLabels(xLo <= xHi);
    if (xLo > xHi) {
        m_plot->xAxis->setRange(m_xAxis == XAxis::Reduction ? 1.0 : 0.0,
                                m_xAxis == XAxis::Reduction ? 2.0 : 1.0);
        m_plot->yAxis->setRange(0.0, 100.0);
        return;
    }
    // Differences of a tenth of a point matter here: the axes fit the data, not 0–100 %. The x span is at
    // least 2 % of its values so that a handful of nearly equal points do not fill the plot with noise.
    const double xSpan = std::max(xHi - xLo, 0.02 * std::max(std::fabs(xHi), 1e-9));
    const double ySpan = std::max(yHi - yLo, 1.0);
    const double xMid = (xLo + xHi) / 2.0, yMid = (yLo + yHi) / 2.0;
    // More room on the right and at the bottom, where the effort labels are written.
    m_plot->xAxis->setRange(xMid - xSpan * 0.58, xMid + xSpan * 0.68);
    m_plot->yAxis->setRange(std::max(0.0, yMid - ySpan * 0.68),
                            std::min(100.0 + ySpan * 0.1, yMid + ySpan * 0.6));
}

QVector<QPointF> ParetoPlot::plotted(Layer layer) const {
    switch (layer) {
    case Layer::SweepLevels:
        return curvePoints(m_sweepLevels);
    case Layer::TunedLevels:
        return curvePoints(m_tunedLevels);
    default:
        return graphPoints(static_cast<QCPGraph*>(plottable(layer)));
    }
}

QCPAbstractPlottable* ParetoPlot::plottable(Layer layer) const {
    switch (layer) {
    case Layer::SweepDense:
        return m_sweepDense;
    case Layer::SweepLevels:
        return m_sweepLevels;
    case Layer::SweepWidths:
        return m_sweepWidths;
    case Layer::SweepFront:
        return m_sweepFront;
    case Layer::TuningDense:
        return m_tuningDense;
    case Layer::TunedLevels:
        return m_tunedLevels;
    case Layer::Candidates:
        return m_candidates;
    case Layer::TuningFront:
        return m_tuningFront;
    case Layer::Current:
        return m_current;
    }
    return nullptr;
}

QStringList ParetoPlot::labels() const {
    return m_labelTexts;
}

QPointF ParetoPlot::pixelOf(const ParetoEntry& entry) const {
    return QPointF(m_plot->xAxis->coordToPixel(xOf(entry)), m_plot->yAxis->coordToPixel(entry.top1 * 100.0));
}

std::optional<ParetoEntry> ParetoPlot::nearest(const QPointF& pixel) const {
    std::optional<ParetoEntry> best;
    double bestDistance = kPickRadius;
    for (const ParetoEntry& e : m_series.all()) {
        if (!drawn(e)) continue;
        const QPointF p = pixelOf(e);
        const double d = std::hypot(p.x() - pixel.x(), p.y() - pixel.y());
        // Of points in the same place, the first (a level before a candidate, the sweep before tuning).
        if (d < bestDistance) {
            bestDistance = d;
            best = e;
        }
    }
    return best;
}

QString ParetoPlot::readoutAt(const QPointF& pixel) const {
    const std::optional<ParetoEntry> e = nearest(pixel);
    return e ? describe(*e) : QString();
}

QString ParetoPlot::describe(const ParetoEntry& e) const {
    const bool sweep = e.source == ParetoEntry::Source::Sweep;
    QString what;
    switch (e.kind) {
    case ParetoEntry::Kind::Dense:
        what = sweep ? tr("Dense (the reference)") : tr("Dense, on the tuning set");
        break;
    case ParetoEntry::Kind::Level:
        what = sweep ? tr("Sweep, effort %1").arg(number(*e.effort, 3))
                     : tr("Tuned level, effort %1").arg(number(*e.effort, 3));
        break;
    case ParetoEntry::Kind::Candidate:
        what = tr("Candidate rejected by the tuner (over the accuracy budget)");
        break;
    case ParetoEntry::Kind::Width:
        what = tr("Width %1 for every input (dense, its own head)")
                   .arg(QString::fromStdString(dyve::widthText(e.width)));
        break;
    }
    QStringList lines{QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped())};
    const QString data = sweep ? m_series.sweepData() : m_series.tuningData();
    if (!data.isEmpty()) lines << tr("on %1").arg(data.toHtmlEscaped());
    QString top1 = tr("top-1 %1 %").arg(number(e.top1 * 100.0, 2));
    const std::optional<ParetoEntry> dense = m_series.dense(e.source);
    if (dense && e.kind != ParetoEntry::Kind::Dense) {
        const double delta = (e.top1 - dense->top1) * 100.0;
        top1 +=
            //: After a top-1 accuracy in a tooltip: %1 is the sign (+ or −), %2 the difference from the dense
            //: path in percentage points (pp).
            tr(" (%1%2 pp against dense)")
                .arg(delta >= 0.0 ? QStringLiteral("+") : QStringLiteral("−"), number(std::fabs(delta), 2));
    }
    lines << top1;
    QString ops = tr("%1 M operations per image").arg(number(e.ops / kMillion, 3));
    if (e.denseOps > 0.0 && e.kind != ParetoEntry::Kind::Dense)
        ops += tr(", %1× fewer than dense").arg(number(e.reduction(), 3));
    lines << ops;
    if (e.ms > 0.0)
        lines << tr("%1 ms per image (engine time), %2 images/s")
                     .arg(number(e.ms, 3), number(1000.0 / e.ms, 1));
    if (e.onFront) lines << tr("on the Pareto front");
    return lines.join(QStringLiteral("<br>"));
}

void ParetoPlot::onMouseMove(QMouseEvent* event) {
    const QString text = readoutAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void ParetoPlot::onMousePress(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const std::optional<ParetoEntry> e = nearest(event->position());
    if (e && e->effort && e->kind == ParetoEntry::Kind::Level) emit effortClicked(*e->effort);
}

QImage ParetoPlot::toImage(int width, int height) const {
    return plotImage(m_plot, width, height);
}

bool ParetoPlot::savePng(const QString& file, int width, int height) const {
    return m_plot->savePng(file, width, height, 2.0);
}

} // namespace dyve::ui
