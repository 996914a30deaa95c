// File ▸ Export ▸ Report (SPEC §6 "export (report, …)"): the studio writes the engine's HTML run report
// (report/run_report.h) of what it shows — the model, the knob panel's setting, the input's result beside
// its dense run, the evaluation and sweep it ran — with its plots and heatmaps as figures; bad paths and
// an empty window give a message and the window keeps working.
#include "jobs/evaluation_job.h"
#include "jobs/sweep_job.h"
#include "knobs/knob_panel.h"
#include "layers/layer_table_view.h"
#include "main_window.h"
#include "models/layer_table_model.h"
#include "models/report_builder.h"

#include "core/sha256.h"

#include "support/bundled_window.h"
#include "support/file_size_limit.h"
#include "support/scratch_settings.h"
#include "support/test_paths.h"

#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using dyve::test::startBundled;
using dyve::ui::MainWindow;

namespace {

constexpr int kWaitMs = 60000; // the machine is shared; nothing here measures time

QString readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The report's figures: title → decoded image.
QMap<QString, QImage> figures(const QString& page) {
    QMap<QString, QImage> images;
    static const QRegularExpression pattern("<img alt=\"([^\"]*)\" src=\"data:image/png;base64,([^\"]+)\">");
    auto m = pattern.globalMatch(page);
    while (m.hasNext()) {
        const auto match = m.next();
        images.insert(match.captured(1),
                      QImage::fromData(QByteArray::fromBase64(match.captured(2).toLatin1()), "PNG"));
    }
    return images;
}

} // namespace

class ReportTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_out;

    int rowOf(MainWindow& window, const std::string& layer) {
        for (int r = 0; r < window.layerModel()->rowCount(); ++r)
            if (window.layerModel()->layer(r).name == layer) return r;
        return -1;
    }

private slots:
    void initTestCase() {
        dyve::test::useScratchSettings(m_settings, QStringLiteral("dyve-studio-report-test"));
        dyve::test::useOpsTunedProfiles(); // knobs on at effort 1
    }

    // Everything the window measured for the bundled model is in one report.
    void theReportHoldsWhatTheWindowMeasured() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QVERIFY(window.lastResult()->effortRun); // the embedded default runs at effort level 1

        // The comparison with dense, on the input shown.
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.setCompareWithDense(true);
        QVERIFY(shown.wait(kWaitMs) || !shown.isEmpty());
        QVERIFY(window.lastResult()->dense.has_value());
        const int conv3 = rowOf(window, "/conv3/Conv");
        QVERIFY(conv3 >= 0);
        window.findChild<dyve::ui::LayerTableView*>()->selectLayer(conv3);

        // An evaluation of the sample images and a sweep over them.
        QVERIFY(window.evaluateDataSet(dyve::test::sourcePath("resources/samples/labels.txt")));
        QSignalSpy evaluated(window.evaluationJob(), &dyve::ui::BackgroundJob::ended);
        QVERIFY(evaluated.wait(kWaitMs * 2) || !evaluated.isEmpty());
        QVERIFY(window.sweepEffort());
        QSignalSpy swept(window.sweepJob(), &dyve::ui::BackgroundJob::ended);
        QVERIFY(swept.wait(kWaitMs * 5) || !swept.isEmpty());

        const QString file = m_out.filePath("full.html");
        QVERIFY2(window.exportReport(file), qPrintable(window.lastError()));
        const QString page = readAll(file);
        const dyve::ui::InferenceResult& result = *window.lastResult();

        QVERIFY(page.contains("<h1>DyVE report: fashion-mnist-cnn</h1>"));
        QVERIFY(page.contains("<th>File</th><td>" + window.modelPath() + "</td>"));
        QVERIFY(page.contains("<th>Format</th><td>onnx</td>"));
        QVERIFY(page.contains("<th>SHA-256</th><td>" +
                              QString::fromStdString(dyve::sha256OfFile(window.modelPath().toStdString())) +
                              "</td>"));
        QVERIFY(page.contains(QStringLiteral("<th>Path</th><td>effort, level 1.00</td>")));
        QVERIFY(page.contains(QStringLiteral("<th>SDSS scale</th><td>100%</td>")));
        QVERIFY(page.contains("<h2>Input: " + result.inputName + "</h2>"));
        QVERIFY(page.contains(QStringLiteral("<th>Dense time</th>")));
        const QString best = result.className(result.top.front().index);
        QVERIFY2(page.contains("<td>" + best + "</td>") ||
                     page.contains("<td class=\"good\">" + best + " ✓</td>"),
                 qPrintable(best));
        QCOMPARE(page.count(QStringLiteral("<td>/conv3/Conv</td>")),
                 2); // the input's table, the evaluation's

        const dyve::EvalReport& eval = *window.evaluationJob()->report();
        QVERIFY(page.contains(QStringLiteral("<h2>Evaluation</h2>")));
        QVERIFY(page.contains(QStringLiteral("<th>Images</th><td>40</td>")));
        // Dense was evaluated beside the effort run (Tools ▸ Evaluate's default): the report compares them.
        QVERIFY(window.evaluationJob()->denseBeside().has_value());
        const dyve::EvalReport& dense = window.evaluationJob()->denseBeside()->dense;
        QVERIFY2(
            page.contains("<th>Top-1</th><td>" + QString::number(100.0 * eval.top1(), 'f', 2) + "% (dense " +
                          QString::number(100.0 * dense.top1(), 'f', 2) + "%, same class on " +
                          QString::number(100.0 * dyve::classAgreement(eval, dense), 'f', 2) + "%)</td>"),
            qPrintable(page.mid(page.indexOf("<h2>Evaluation</h2>"), 600)));
        QVERIFY(page.contains(QStringLiteral("<th>Time per image, dense</th>")));
        QVERIFY(page.contains(QStringLiteral("<h2>Effort sweep</h2>")));
        // The sweep's dense point, and the tuned profile's (the Pareto dock shows the model's profile's
        // table).
        QVERIFY(page.contains(QStringLiteral("<h2>Tuned profile</h2>")));
        QCOMPARE(page.count(QStringLiteral("<td data-v=\"-1\">dense</td>")), 2);

        const QMap<QString, QImage> images = figures(page);
        QCOMPARE(images.keys(),
                 (QStringList{"Accuracy against operations", "Heatmaps of /conv3/Conv", "Input",
                              "Latency and operation reduction", "Operations per layer", "Running top-1"}));
        for (auto it = images.begin(); it != images.end(); ++it)
            QVERIFY2(!it.value().isNull() && it.value().width() >= 300, qPrintable(it.key()));
        // The 28×28 input scaled without blur to 384×384, with the effort overlay on it: the picture is the
        // same as ReportBuilder draws for the result.
        QCOMPARE(images["Input"].size(), QSize(384, 384));
        QCOMPARE(images["Input"].convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 dyve::ui::ReportBuilder::inputPicture(result));
    }

    // A dense result is reported as dense, with no heatmap (a dense run has no masks).
    void aDenseRunIsReportedAsDense() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QSignalSpy knob(&window, &MainWindow::knobChangeShown);
        window.knobPanel()->setLevel(0.0);
        QVERIFY(knob.wait(kWaitMs) || !knob.isEmpty());
        QVERIFY(!window.lastResult()->effortRun);
        window.findChild<dyve::ui::LayerTableView*>()->selectLayer(rowOf(window, "/conv3/Conv"));
        const QString file = m_out.filePath("dense.html");
        QVERIFY(window.exportReport(file));
        const QString page = readAll(file);
        QVERIFY(page.contains(QStringLiteral("<th>Path</th><td>dense</td>")));
        QVERIFY(!page.contains(QStringLiteral("SDSS scale")));
        QVERIFY(!page.contains(QStringLiteral("<h2>Evaluation</h2>")));
        QCOMPARE(figures(page).keys(),
                 (QStringList{"Accuracy against operations", "Input", "Latency and operation reduction",
                              "Operations per layer"}));
    }

    void nothingToReportGivesAMessage() {
        MainWindow window;
        const QString file = m_out.filePath("empty.html");
        QVERIFY(!window.exportReport(file));
        QVERIFY(window.lastError().contains(file));
        QVERIFY(window.lastError().contains(QStringLiteral("nothing to report")));
        QVERIFY(!QFileInfo::exists(file));
    }

    void anUnwritableFileIsNamedAndTheWindowKeepsWorking() {
        MainWindow window;
        QVERIFY(startBundled(window));
        const QString file = m_out.filePath("no-such-folder/report.html");
        QVERIFY(!window.exportReport(file));
        QVERIFY2(window.lastError().startsWith(file + ": cannot write the report"),
                 qPrintable(window.lastError()));
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.stepForward();
        QVERIFY(shown.wait(kWaitMs));
        QVERIFY(window.exportReport(m_out.filePath("after.html")));
    }

    void aDiskThatFillsUpDuringAnExportKeepsThePreviousFileAndTheWindowWorking() {
        MainWindow window;
        QVERIFY(startBundled(window));
        const QString report = m_out.filePath("full-disk.html"), table = m_out.filePath("full-disk.csv");
        QVERIFY(window.exportReport(report));
        QVERIFY(window.exportPage(window.layerView()->exports().front(), table));
        const QString reportBefore = readAll(report), tableBefore = readAll(table);
        QVERIFY(reportBefore.size() > 4096 && tableBefore.size() > 256);
        {
            dyve::test::FileSizeLimit limit(128);
            QVERIFY(!window.exportReport(report));
            QVERIFY2(window.lastError().startsWith(report + ": cannot write the report: File too large"),
                     qPrintable(window.lastError()));
            QVERIFY(!window.exportPage(window.layerView()->exports().front(), table));
            QVERIFY2(window.lastError().startsWith(table + ": cannot write the layer table: "),
                     qPrintable(window.lastError()));
        }
        QCOMPARE(readAll(report), reportBefore);
        QCOMPARE(readAll(table), tableBefore);
        QCOMPARE(QDir(m_out.path()).entryList({"*full-disk*"}, QDir::Files | QDir::Hidden).size(), 2);
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.stepForward();
        QVERIFY(shown.wait(kWaitMs));
        QVERIFY2(window.exportReport(report), qPrintable(window.lastError()));
    }
};

QTEST_MAIN(ReportTest)
#include "ui_report_test.moc"
