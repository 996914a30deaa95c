#pragma once

class QCustomPlot;

namespace dyve::ui {

// The studio's plots share one look: the legend in a row above the axes, where it never hides data (a
// latency plot's newest points are exactly where an inset legend would sit).
void placeLegendAbove(QCustomPlot* plot);

} // namespace dyve::ui
