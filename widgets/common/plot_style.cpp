#include "common/plot_style.h"

#include <QImage>

#include <qcustomplot.h>

namespace dyve::ui {

void placeLegendAbove(QCustomPlot* plot) {
    plot->legend->setVisible(true);
    plot->legend->setFont(plot->font());
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setColumnSpacing(16);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->legend->setMargins(QMargins(4, 2, 4, 0));
}

QImage plotImage(QCustomPlot* plot, int width, int height) {
    return plot->toPixmap(width, height, 2.0).toImage();
}

} // namespace dyve::ui
