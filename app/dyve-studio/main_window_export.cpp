// File ▸ Export (SPEC §6 "export (report, CSV/JSON, PNG of any plot or heatmap)").
#include "main_window.h"

#include "common/layer_selection.h"
#include "evaluation/evaluation_page.h"
#include "evaluation/running_accuracy_plot.h"
#include "heatmap/heatmap_view.h"
#include "jobs/evaluation_job.h"
#include "knobs/knob_panel.h"
#include "latency/latency_plot.h"
#include "layers/layer_ops_plot.h"
#include "models/layer_table_model.h"
#include "models/report_builder.h"
#include "pareto/pareto_page.h"
#include "pareto/pareto_plot.h"

#include "core/errors.h"
#include "core/file_output.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

namespace dyve::ui {

namespace {

// Plots in the report: wide enough for SqueezeNet's 66 layer bars, at twice the resolution.
constexpr int kPlotWidth = 960;
constexpr int kPlotHeight = 380;

} // namespace

bool MainWindow::exportReport(const QString& file) {
    if (!m_model || !m_result) {
        reportError(tr("%1: nothing to report yet: open a model and run an input first").arg(file), true);
        return false;
    }
    ReportBuilder builder(*m_model);
    builder.setResult(*m_result, m_knobPanel->control(), m_knobPanel->profileSource());
    const bool evaluated =
        m_evaluation && m_evaluation->report() && m_evaluation->request().model == m_model->path;
    if (evaluated)
        builder.setEvaluation(*m_evaluation->report(), m_evaluation->denseBeside()
                                                           ? std::optional(m_evaluation->denseBeside()->dense)
                                                           : std::nullopt);
    builder.setPareto(m_pareto->series());

    // The report's text is English whatever the window's language, as the engine writes its tables for the
    // CLI too; its figures are the window's own plots, in the window's language.
    const InferenceResult& result = *m_result;
    builder.addFigure(
        QStringLiteral("Input"),
        result.hasEffort()
            ? QStringLiteral("%1, red where the effort path skipped neurons").arg(result.inputName)
            : result.inputName,
        ReportBuilder::inputPicture(result));
    const int layer = m_selection->layer();
    if (layer >= 0 && size_t(layer) < result.effort.size() && result.effort[size_t(layer)])
        builder.addFigure(QStringLiteral("Heatmaps of %1")
                              .arg(QString::fromStdString(result.run.layers[size_t(layer)].name)),
                          QStringLiteral("output maps: computed, SPET-terminated, SDSS-interpolated; input "
                                         "maps: SFMA-approximated, zero-skipped; the aggregate map"),
                          m_heatmap->renderImage());
    builder.addFigure(QStringLiteral("Operations per layer"), QStringLiteral("dense against executed"),
                      m_layerOpsPlot->toImage(kPlotWidth, kPlotHeight));
    builder.addFigure(QStringLiteral("Latency and operation reduction"),
                      QStringLiteral("the runs shown so far"),
                      m_latencyPlot->toImage(kPlotWidth, kPlotHeight));
    if (evaluated)
        builder.addFigure(QStringLiteral("Running top-1"), m_evaluationPage->stateText(),
                          m_evaluationPage->plot()->toImage(kPlotWidth, kPlotHeight));
    if (!m_pareto->series().empty())
        builder.addFigure(QStringLiteral("Accuracy against operations"), m_pareto->stateText(),
                          m_pareto->plot()->toImage(kPlotWidth, int(kPlotHeight * 1.4)));
    try {
        builder.save(file);
    } catch (const dyve::Error& e) {
        reportError(QString::fromStdString(e.what()), true);
        return false;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(file)), 5000);
    return true;
}

void MainWindow::exportReportDialog() {
    const QString suggested =
        (m_model ? QFileInfo(m_model->path).completeBaseName() : QStringLiteral("dyve")) +
        QStringLiteral("-report.html");
    const QString file = saveFileName(tr("Export Report"), suggested, tr("HTML files (*.html)"));
    if (!file.isEmpty()) exportReport(file);
}

bool MainWindow::writeExport(const QString& file, const QByteArray& bytes, const QString& what) {
    try {
        if (bytes.isEmpty())
            throw dyve::DataError(file.toStdString(),
                                  "nothing to write: the " + what.toStdString() + " is empty");
        dyve::writeFileAtomically(file.toStdString(), bytes.toStdString(), what.toStdString());
    } catch (const dyve::Error& e) {
        reportError(QString::fromStdString(e.what()), true);
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(file)), 5000);
    return true;
}

bool MainWindow::exportPage(const PageExport& what, const QString& file) {
    return writeExport(file, what.bytes(), what.what);
}

void MainWindow::exportPageDialog(const PageExport& what) {
    const QString file = saveFileName(what.caption, what.suggested, what.filter);
    if (!file.isEmpty()) exportPage(what, file);
}

QString MainWindow::saveFileName(const QString& caption, const QString& suggested, const QString& filter) {
    const QString dir = m_lastDir.isEmpty() ? QDir::homePath() : m_lastDir;
    const QString file = QFileDialog::getSaveFileName(this, caption, dir + '/' + suggested, filter);
    if (!file.isEmpty()) m_lastDir = QFileInfo(file).absolutePath();
    return file;
}

} // namespace dyve::ui
