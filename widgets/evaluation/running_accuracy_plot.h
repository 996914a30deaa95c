#pragma once

#include "models/running_accuracy.h"

#include <QImage>
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace dyve::ui {

// Running top-1 and top-5 accuracy (%) against images evaluated, on QCustomPlot, redrawn with a queued
// replot as each batch of an evaluation finishes.
class RunningAccuracyPlot : public QWidget {
    Q_OBJECT

public:
    explicit RunningAccuracyPlot(QWidget* parent = nullptr);

    void setAccuracy(const RunningAccuracy& accuracy);
    void clear();
    // Points drawn on the top-1 curve (for tests).
    int pointCount() const;
    bool savePng(const QString& file) const;
    QImage toImage(int width = 0, int height = 0) const; // see plotImage()

private:
    QCustomPlot* m_plot;
    QCPGraph* m_top1;
    QCPGraph* m_top5;
};

} // namespace dyve::ui
