#pragma once

class QCustomPlot;
class QImage;

namespace dyve::ui {

// The studio's plots share one look: the legend in a row above the axes, where it never hides data (a
// latency plot's newest points are exactly where an inset legend would sit).
void placeLegendAbove(QCustomPlot* plot);

// The plot drawn at width × height logical pixels (0: its size on screen) at twice the resolution, as in
// its PNG export; for reports, where the plot may sit in a hidden dock.
QImage plotImage(QCustomPlot* plot, int width, int height);

} // namespace dyve::ui
