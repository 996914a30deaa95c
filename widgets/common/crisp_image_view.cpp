#include "common/crisp_image_view.h"

#include <QPainter>

#include <algorithm>

namespace dyve::ui {

CrispImageView::CrispImageView(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CrispImageView::setImage(const QImage& image) {
    m_image = image;
    update();
}

void CrispImageView::setOverlay(const QImage& overlay) {
    m_overlay = overlay;
    update();
}

int CrispImageView::scale() const {
    if (m_image.isNull()) return 1;
    return std::max(1, std::min(width() / m_image.width(), height() / m_image.height()));
}

QRect CrispImageView::imageRect() const {
    if (m_image.isNull()) return {};
    const bool fits = m_image.width() <= width() && m_image.height() <= height();
    const QSize shown = fits ? m_image.size() * scale() : m_image.size().scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
}

QSize CrispImageView::sizeHint() const {
    return QSize(224, 224);
}

QSize CrispImageView::minimumSizeHint() const {
    return QSize(112, 112);
}

void CrispImageView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (m_image.isNull()) return;
    const QRect target = imageRect();
    // Nearest neighbour on purpose when blowing up: the pixels the model sees are what the user should see.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < m_image.width());
    painter.drawImage(target, m_image);
    if (!m_overlay.isNull()) painter.drawImage(target, m_overlay);
    painter.setPen(QColor(0xc0, 0xc0, 0xc0));
    painter.drawRect(target.adjusted(-1, -1, 0, 0));
}

} // namespace dyve::ui
