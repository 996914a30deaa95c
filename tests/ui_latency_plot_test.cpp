// The live latency plot (SPEC §6 "live latency (dense vs effort)"): dense runs and effort runs are two
// series, so a slow effort run is never read as a dense one, and the operation reduction belongs to the
// effort runs.
#include "latency/latency_plot.h"

#include "models/inference_result.h"
#include "runtime/run_result.h"

#include <QtTest>

using dyve::ui::LatencyPlot;
using Series = dyve::ui::LatencyPlot::Series;

namespace {

dyve::RunResult run(double ms, int64_t dense, int64_t executed) {
    dyve::RunResult r;
    r.ms = ms;
    dyve::LayerStats layer;
    layer.denseOps = dense;
    layer.executedOps = executed;
    r.layers.push_back(layer);
    return r;
}

} // namespace

class LatencyPlotTest : public QObject {
    Q_OBJECT

private slots:
    void denseAndEffortRunsAreSeparateSeries() {
        LatencyPlot plot;
        plot.addRun(run(10.0, 100, 100), false);
        plot.addRun(run(12.5, 100, 50), true);
        plot.addRun(run(9.5, 100, 100), false);
        plot.addRun(run(11.0, 100, 40), true);
        QCOMPARE(plot.points(Series::Dense), (QVector<QPointF>{{1, 10.0}, {3, 9.5}}));
        QCOMPARE(plot.points(Series::Effort), (QVector<QPointF>{{2, 12.5}, {4, 11.0}}));
        QCOMPARE(plot.points(Series::Reduction), (QVector<QPointF>{{2, 2.0}, {4, 2.5}}));
    }

    void aRunThroughTheWidthCascadeIsAnEffortRun() {
        LatencyPlot plot;
        dyve::ui::InferenceResult dense;
        dense.run = run(0.18, 150, 95);
        plot.showResult(dense);
        dyve::ui::InferenceResult cascade;
        cascade.run = run(0.04, 150, 10);
        cascade.cascade = dyve::ui::CascadeReach{};
        plot.showResult(cascade);
        QCOMPARE(plot.points(Series::Dense), (QVector<QPointF>{{1, 0.18}}));
        QCOMPARE(plot.points(Series::Effort), (QVector<QPointF>{{2, 0.04}}));
        QCOMPARE(plot.points(Series::Reduction), (QVector<QPointF>{{2, 15.0}}));
    }

    void clearingEmptiesEverySeries() {
        LatencyPlot plot;
        plot.addRun(run(10.0, 100, 100), false);
        plot.addRun(run(8.0, 100, 50), true);
        plot.clear();
        QVERIFY(plot.points(Series::Dense).isEmpty());
        QVERIFY(plot.points(Series::Effort).isEmpty());
        QVERIFY(plot.points(Series::Reduction).isEmpty());
    }
};

QTEST_MAIN(LatencyPlotTest)
#include "ui_latency_plot_test.moc"
