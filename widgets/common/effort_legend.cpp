#include "common/effort_legend.h"

#include "models/effort_overlay.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace dyve::ui {

namespace {

constexpr int kBar = 96;    // the bar's length when there is room
constexpr int kMinBar = 32; // and in a narrow dock
constexpr int kGap = 6;

} // namespace

EffortLegend::EffortLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("effortLegend"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setToolTip(tr("Tinted where the effort path skipped work (SPET, SDSS): the share of neurons computed "
                  "exactly at each place of the image, over every effort layer, weighted by its operations"));
}

QString EffortLegend::moreText() const {
    return tr("more effort");
}

QString EffortLegend::lessText() const {
    return tr("less effort");
}

int EffortLegend::textWidth() const {
    const QFontMetrics fm = fontMetrics();
    return fm.horizontalAdvance(moreText()) + kGap + kGap + fm.horizontalAdvance(lessText()) + 2;
}

QRect EffortLegend::barRect() const {
    const QFontMetrics fm = fontMetrics();
    const int left = fm.horizontalAdvance(moreText()) + kGap;
    const int h = std::max(6, fm.height() - 4);
    return QRect(left, (height() - h) / 2, std::clamp(width() - textWidth(), kMinBar, kBar), h);
}

QSize EffortLegend::sizeHint() const {
    return QSize(textWidth() + kBar, fontMetrics().height() + 2);
}

QSize EffortLegend::minimumSizeHint() const {
    return QSize(textWidth() + kMinBar, fontMetrics().height() + 2);
}

void EffortLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QRect bar = barRect();
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 0, bar.left() - kGap, height()), Qt::AlignRight | Qt::AlignVCenter, moreText());
    p.drawText(QRect(bar.right() + 1 + kGap, 0, width(), height()), Qt::AlignLeft | Qt::AlignVCenter,
               lessText());
    p.fillRect(bar, QColor(0x9e, 0x9e, 0x9e));
    QLinearGradient ramp(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 10; ++i)
        ramp.setColorAt(i / 10.0, EffortOverlay::colour(1.0 - i / 10.0 * EffortOverlay::kFullAt));
    p.fillRect(bar, ramp);
    p.setPen(QColor(0x80, 0x80, 0x80));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
}

} // namespace dyve::ui
