#include "crisp_image_view.h"

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

int CrispImageView::scale() const {
    if (m_image.isNull()) return 1;
    return std::max(1, std::min(width() / m_image.width(), height() / m_image.height()));
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
    const int s = scale();
    const QSize shown = m_image.size() * s;
    const QRect target(QPoint((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
    // Nearest neighbour on purpose: the pixels the model sees are what the user should see.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, m_image);
    painter.setPen(QColor(0xc0, 0xc0, 0xc0));
    painter.drawRect(target.adjusted(-1, -1, 0, 0));
}

} // namespace dyve::ui
