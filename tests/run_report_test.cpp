// The HTML run report (report/run_report.h) that `dyve run|eval --report` and the studio's
// File ▸ Export ▸ Report write: on a real effort run of the bundled model, every layer's row carries that
// layer's numbers, every text is escaped, figures are embedded byte for byte, and a file that cannot be
// written is named.
#include "core/errors.h"
#include "core/number_text.h"
#include "data/classification.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "effort/effort_profile.h"
#include "import/model_loader.h"
#include "report/run_report.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <QRegularExpression>
#include <QtTest>

#include <cmath>
#include <sstream>

using namespace dyve;

namespace {

std::string bundledModel() {
    return test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx").toStdString();
}

std::string html(const RunReport& report) {
    std::ostringstream out;
    writeHtmlReport(out, report);
    return out.str();
}

// The rows of the first per-layer table, cell texts and sort values, keyed by the layer name.
struct Row {
    QStringList texts;
    QStringList values; // data-v, "" where a cell has none
};
QMap<QString, Row> layerRows(const QString& page) {
    QMap<QString, Row> rows;
    const int start = page.indexOf("<table class=\"sortable layers\">");
    const int end = page.indexOf("</table>", start);
    const QString table = page.mid(start, end - start);
    static const QRegularExpression rowPattern("<tr>(.*?)</tr>");
    static const QRegularExpression cellPattern(
        "<td(?: class=\"n\")?(?: data-v=\"([^\"]*)\")?[^>]*>(.*?)</td>");
    auto r = rowPattern.globalMatch(table);
    while (r.hasNext()) {
        const QString cells = r.next().captured(1);
        Row row;
        auto c = cellPattern.globalMatch(cells);
        while (c.hasNext()) {
            const auto m = c.next();
            row.values << m.captured(1);
            row.texts << m.captured(2);
        }
        if (row.texts.size() > 1) rows.insert(row.texts[1], row);
    }
    return rows;
}

} // namespace

class RunReportTest : public QObject {
    Q_OBJECT

private slots:
    void base64MatchesRfc4648() {
        const std::pair<const char*, const char*> vectors[] = {{"", ""},
                                                               {"f", "Zg=="},
                                                               {"fo", "Zm8="},
                                                               {"foo", "Zm9v"},
                                                               {"foob", "Zm9vYg=="},
                                                               {"fooba", "Zm9vYmE="},
                                                               {"foobar", "Zm9vYmFy"}};
        for (const auto& [plain, encoded] : vectors) {
            const std::string s(plain);
            QCOMPARE(QString::fromStdString(base64(std::vector<unsigned char>(s.begin(), s.end()))),
                     QString::fromLatin1(encoded));
        }
        // Every byte value, against Qt's encoder.
        std::vector<unsigned char> all;
        QByteArray qt;
        for (int i = 0; i < 256; ++i) {
            all.push_back(static_cast<unsigned char>(i));
            qt.append(char(i));
        }
        QCOMPARE(QByteArray::fromStdString(base64(all)), qt.toBase64());
    }

    void textIsEscaped() {
        QCOMPARE(QString::fromStdString(htmlEscape("<a href=\"x\">&'</a>")),
                 QStringLiteral("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"));
        RunReport report;
        report.modelName = "<script>alert(1)</script>";
        report.modelPath = "model.onnx";
        const std::string page = html(report);
        QVERIFY(page.find("<script>alert") == std::string::npos);
        QVERIFY(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    }

    // A real effort run: the rows hold the run's own numbers, layer by layer.
    void layerRowsCarryTheRunsNumbers() {
        const std::string model = bundledModel();
        const ModelCard card =
            loadModelCard(findModelCard(model, {test::sourcePath("models/cards").toStdString()}));
        const EffortProfile profile = loadEffortProfile(
            test::sourcePath("tests/data/profiles/fashion-mnist-cnn.profile.json").toStdString());
        Network network(loadModel(model));
        network.setEffort(profile.settingsAt(1.0));
        const Preprocessor pre(card, model);
        const RunResult run = network.run(
            {pre.toTensor(readImage(test::sourcePath("resources/samples/0002_trouser.png").toStdString()))});

        RunReport report;
        report.modelPath = model;
        report.modelName = card.name;
        report.classNames = card.classNames;
        report.effortLevel = 1.0;
        report.effortSource = "profile fashion-mnist-cnn.profile.json";
        ReportInput input;
        input.name = "0002_trouser.png";
        input.label = 1; // Trouser
        input.top = topK(run.outputs.at(0), 5);
        input.run = run;
        report.inputs.push_back(input);
        const QString page = QString::fromStdString(html(report));

        const QMap<QString, Row> rows = layerRows(page);
        QCOMPARE(rows.size(), int(run.layers.size()));
        int effortLayers = 0;
        for (const LayerStats& l : run.layers) {
            const QString name = QString::fromStdString(l.name);
            QVERIFY2(rows.contains(name), qPrintable(name));
            const Row& row = rows[name];
            // #, layer, operator, output, dense, executed, reduction, bar, ms, SPET, SDSS, SFMA, zero-skip
            QCOMPARE(row.texts.size(), 13);
            QCOMPARE(row.texts[2], QString::fromStdString(l.op));
            QCOMPARE(row.texts[3], QString::fromStdString(toString(l.outputShape)));
            QCOMPARE(row.values[4].toLongLong(), qlonglong(l.denseOps));
            QCOMPARE(row.values[5].toLongLong(), qlonglong(l.executedOps));
            if (!l.effortPath) {
                QCOMPARE(row.texts[9], QStringLiteral("—"));
                continue;
            }
            ++effortLayers;
            const LayerEffortStats& e = l.effort;
            // Sort values are written to nine significant digits.
            const auto share = [&](int column, int64_t part, int64_t whole) {
                return std::abs(row.values[column].toDouble() - 100.0 * double(part) / double(whole)) < 1e-6;
            };
            QVERIFY(share(9, e.spetTerminated, e.neurons));
            QVERIFY(share(10, e.sdssInterpolated, e.neurons));
            QVERIFY(share(11, e.sfmaApproximated, e.inputMaps));
            QVERIFY(share(12, e.sfmaZeroSkipped, e.inputMaps));
        }
        // The layers whose knobs the profile turns on at level 1; the others run their dense layer.
        int withKnobs = 0;
        for (const auto& [name, knobs] : profile.settingsAt(1.0).knobs)
            withKnobs += knobs.lossy();
        QVERIFY(effortLayers > 0);
        QCOMPARE(effortLayers, withKnobs);

        // The summary: the run's totals, and the best class marked against the ground truth.
        QVERIFY(page.contains(QString::fromStdString(siNumber(double(run.executedOps())) + " executed of " +
                                                     siNumber(double(run.denseOps())) + " dense")));
        const QString best = QString::fromStdString(card.classNames[size_t(input.top.front().index)]);
        if (input.top.front().index == input.label)
            QVERIFY(page.contains("<td class=\"good\">" + best + " ✓</td>") && page.contains("top-1 right"));
        else
            QVERIFY(page.contains("<td>" + best + "</td>") && page.contains("top-1 wrong"));
        // Nothing was measured beyond the run: no such sections.
        QVERIFY(!page.contains("<h2>Evaluation</h2>"));
        QVERIFY(!page.contains("<h2>Effort sweep</h2>"));
        QVERIFY(!page.contains("<h2>Figures</h2>"));
    }

    void sweepTableGivesTheChangeAgainstDense() {
        RunReport report;
        report.modelPath = "model.onnx";
        ReportEffortPoint dense;
        dense.kind = ReportEffortPoint::Kind::Dense;
        dense.top1 = 0.7170;
        dense.ops = dense.denseOps = 8.6e8;
        ReportEffortPoint level = dense;
        level.kind = ReportEffortPoint::Kind::Level;
        level.effort = 1.0;
        level.top1 = 0.7130;
        level.ops = 7.18e8;
        report.sweep = {dense, level};
        report.sweepData = "imagenet-test, 1000 images";
        const QString page = QString::fromStdString(html(report));
        QVERIFY(page.contains("<h2>Effort sweep</h2>"));
        QVERIFY(page.contains("<p>imagenet-test, 1000 images</p>"));
        QVERIFY2(page.contains(">-0.40</td>"), "top-1 change of the level in pp");
        QVERIFY2(page.contains(">1.198×</td>"), "its reduction");
    }

    void figuresAreEmbeddedByteForByte() {
        std::vector<unsigned char> png;
        for (int i = 0; i < 1000; ++i)
            png.push_back(static_cast<unsigned char>((i * 37) % 256));
        RunReport report;
        report.modelPath = "model.onnx";
        report.figures.push_back({"A plot", "its caption", png});
        const QString page = QString::fromStdString(html(report));
        QVERIFY(page.contains("<h2>Figures</h2>"));
        QVERIFY(page.contains("<b>A plot</b> — its caption"));
        static const QRegularExpression img("<img alt=\"A plot\" src=\"data:image/png;base64,([^\"]+)\">");
        const auto m = img.match(page);
        QVERIFY(m.hasMatch());
        QCOMPARE(QByteArray::fromBase64(m.captured(1).toLatin1()),
                 QByteArray(reinterpret_cast<const char*>(png.data()), int(png.size())));
    }

    void unwritableFileIsNamed() {
        const std::string file = QDir::tempPath().toStdString() + "/dyve-no-such-folder/report.html";
        try {
            saveHtmlReport(file, RunReport{});
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(file));
            QVERIFY(QString::fromStdString(e.reason()).startsWith("cannot write the report"));
        }
    }
};

QTEST_GUILESS_MAIN(RunReportTest)
#include "run_report_test.moc"
