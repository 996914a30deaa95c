// The width cascade from the command line (issue 16): `dyve tune --cascade` writes thresholds into an effort
// profile, and `dyve eval` and `dyve bench` at an effort level of that profile run the cascade and say where
// the images stopped, against the full width in the same run. On the project's width-trained Fashion-MNIST
// CNN and Fashion-MNIST's images.
#include "effort/effort_profile.h"
#include "support/cli_run.h"
#include "support/test_paths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dyve;
using dyve::test::CliResult;
using dyve::test::runCli;

// Whether AddressSanitizer instruments this build (packaging/sanitize), which runs the engine several times
// slower.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DYVE_UNDER_ASAN 1
#endif
#endif

namespace {

const QString kFashion = "/usr/share/datasets/fashion-mnist";

QString widthModel() {
    return test::sourcePath("models/width/fashion-mnist-cnn-width.onnx");
}

QJsonObject jsonOf(const CliResult& r) {
    return QJsonDocument::fromJson(r.out).object();
}

double sum(const QJsonArray& values) {
    double total = 0.0;
    for (const QJsonValue& v : values)
        total += v.toDouble();
    return total;
}

} // namespace

class CascadeCliTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!QFileInfo::exists(kFashion)) QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath("fashion-width.profile.json");
        // Tuned on the test images here only to keep the suite short: the README's figures tune on the
        // held-out training images (train_width.py --write-heldout) and report on t10k.
        const CliResult tune =
            runCli({"tune", widthModel(), "--cascade", "--data", kFashion, "--images", "600", "--budget", "1",
                    "--threads", "1", "--out", m_profile, "--json"});
        QVERIFY2(tune.exitCode == 0, tune.err.constData());
        m_tune = jsonOf(tune);
    }

    void tuneWritesALevelOfThresholdsPerShareOfTheBudget() {
        QCOMPARE(m_tune.value("images").toInt(), 600);
        const QJsonArray levels = m_tune.value("levels").toArray();
        QCOMPARE(levels.size(), 4);
        double previousMs = 1e9;
        for (int i = 0; i < levels.size(); ++i) {
            const QJsonObject level = levels[i].toObject();
            QCOMPARE(level.value("effort").toDouble(), 0.25 * (i + 1));
            QCOMPARE(level.value("thresholds").toArray().size(), 3);
            // Within the level's share of the budget less the guard band, on the tuning images themselves.
            const double allowed = 0.25 * (i + 1) * 1.0 * 0.8 / 100.0;
            QVERIFY2(1.0 - level.value("agreement").toDouble() <= allowed + 1e-9,
                     qPrintable(QString::number(level.value("agreement").toDouble())));
            QCOMPARE(sum(level.value("stop_share").toArray()), 1.0);
            // A larger budget never costs more time.
            QVERIFY(level.value("ms").toDouble() <= previousMs + 1e-12);
            previousMs = level.value("ms").toDouble();
        }
        // At the whole budget most images stop before the full width: the cascade pays.
        const QJsonArray shares = levels.last().toObject().value("stop_share").toArray();
        QVERIFY2(shares.last().toDouble() < 0.5, qPrintable(QString::number(shares.last().toDouble())));
        QVERIFY(levels.last().toObject().value("ms").toDouble() < m_tune.value("full_width_ms").toDouble());

        const EffortProfile profile = loadEffortProfile(m_profile.toStdString());
        QVERIFY(profile.drivesWidthCascade());
        QVERIFY(profile.widthThresholdsAt(0.0).empty());
        QCOMPARE(profile.widthThresholdsAt(1.0).size(), size_t(3));
        QVERIFY(profile.tuned.has_value());
    }

    void evalRunsTheCascadeBesideTheFullWidth() {
        const QString report = m_dir.filePath("cascade.html");
        const CliResult eval = runCli({"eval", widthModel(), "--effort", m_profile, "--data", kFashion,
                                       "--limit", "300", "--threads", "1", "--json", "--report", report});
        QVERIFY2(eval.exitCode == 0, eval.err.constData());
        const QJsonObject j = jsonOf(eval);
        QCOMPARE(j.value("mode").toString(), QString("width cascade"));
        QCOMPARE(j.value("images").toInt(), 300);
        QCOMPARE(j.value("thresholds").toArray().size(), 3);
        int images = 0;
        for (const QJsonValue& w : j.value("widths").toArray())
            images += w.toObject().value("images").toInt();
        QCOMPARE(images, 300);
        QVERIFY(j.value("ops_executed").toDouble() < j.value("full_width_ops").toDouble());
        QVERIFY(j.value("ms_per_image").toDouble() > 0.0 &&
                j.value("full_width_ms_per_image").toDouble() > 0.0);
        QVERIFY(j.value("agreement").toDouble() > 0.9);
        QVERIFY2(eval.err.contains("stopped at"), eval.err.constData());

        // The HTML report says the same: the cascade beside the full width, and a row per width with the
        // images that stopped there.
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains("width cascade (batch 1)"));
        QVERIFY(html.contains("Width cascade thresholds"));
        const QString agreement = QString::number(100.0 * j.value("agreement").toDouble(), 'f', 2) + "%";
        QVERIFY2(html.contains("same class on " + agreement), qPrintable(agreement));
        QVERIFY(html.contains("Time per image, full width"));
        const qsizetype table = html.indexOf("Stopped at width");
        QVERIFY(table > 0);
        const QString rows = html.mid(table, html.indexOf("</table>", table) - table);
        QCOMPARE(rows.count("<tr>"), j.value("widths").toArray().size()); // the header's is before

        for (const QJsonValue& w : j.value("widths").toArray())
            QVERIFY2(rows.contains(QString("data-v=\"%1\">%2</td>")
                                       .arg(w.toObject().value("images").toInt())
                                       .arg(w.toObject().value("images").toInt())),
                     qPrintable(rows));

        // Level 0 is the full width, dense: no cascade.
        const CliResult dense = runCli({"eval", widthModel(), "--effort", "0", "--data", kFashion, "--limit",
                                        "50", "--threads", "1", "--json"},
                                       {"DYVE_PROFILE_PATH=" + m_dir.path()});
        QVERIFY2(dense.exitCode == 0, dense.err.constData());
        QCOMPARE(jsonOf(dense).value("mode").toString(), QString("effort"));
        QCOMPARE(jsonOf(dense).value("ops_executed").toDouble(), j.value("full_width_ops").toDouble());
    }

    void benchTimesPassesOfTheCascadeAndTheFullWidth() {
        const CliResult bench =
            runCli({"bench", widthModel(), "--effort", m_profile, "--data", kFashion, "--images", "32",
                    "--runs", "3", "--warmup", "1", "--threads", "1", "--json"});
        QVERIFY2(bench.exitCode == 0, bench.err.constData());
        const QJsonObject j = jsonOf(bench);
        QCOMPARE(j.value("images").toInt(), 32);
        QVERIFY(j.value("cascade_ms").toDouble() > 0.0);
        QVERIFY(j.value("full_width_ms").toDouble() > 0.0);
        QCOMPARE(sum(j.value("stop_share").toArray()), 1.0);
        QVERIFY(j.value("cascade_ops").toDouble() < j.value("full_width_ops").toDouble());
    }

    void aModelWithoutNestedWidthsIsAClearError() {
        const QString bundled = test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx");
        const CliResult tune = runCli({"tune", bundled, "--cascade", "--data", kFashion, "--images", "10",
                                       "--out", m_dir.filePath("x.profile.json")});
        QCOMPARE(tune.exitCode, 2);
        QVERIFY2(tune.err.contains("fashion_mnist_cnn.onnx") && tune.err.contains("width_steps"),
                 tune.err.constData());
        QCOMPARE(tune.err.count('\n'), 1);
        // A cascade profile given to a model it was not tuned for names both files.
        const CliResult eval = runCli({"eval", bundled, "--effort", m_profile, "--limit", "10"});
        QCOMPARE(eval.exitCode, 2);
        QVERIFY2(eval.err.contains("fashion-width.profile.json"), eval.err.constData());
    }

    // The committed CIFAR-10 width model: the engine gives PyTorch's top-1 (its card's, written by the
    // export) on all of cifar10-test8k, and its committed profile's level 1 runs the cascade and keeps the
    // full width's class on at least 99% of the first images (it was tuned on cifar10-val for 99.5%). Under
    // AddressSanitizer the 8,000 images take four minutes: there, 200 images through the cascade only.
    void theCifarWidthModelMatchesItsTrainingAndItsCascadeItsFullWidth() {
        DYVE_REQUIRE_SHARED();
        const QString cifar = test::sourcePath("models/width/resnet20-cifar10-joint.onnx");
#ifdef DYVE_UNDER_ASAN
        const QString cascadeImages = "200";
#else
        const QString cascadeImages = "1000";
        const CliResult full = runCli({"eval", cifar, "--threads", "2", "--json"});
        QVERIFY2(full.exitCode == 0, full.err.constData());
        const QJsonObject f = jsonOf(full);
        QCOMPARE(f.value("images").toInt(), 8000);
        QVERIFY2(qAbs(f.value("top1").toDouble() - f.value("reference_top1").toDouble()) <= 0.0005,
                 qPrintable(QString("engine %1, PyTorch %2")
                                .arg(f.value("top1").toDouble())
                                .arg(f.value("reference_top1").toDouble())));
#endif

        const CliResult cascade =
            runCli({"eval", cifar, "--effort", "1", "--limit", cascadeImages, "--json"});
        QVERIFY2(cascade.exitCode == 0, cascade.err.constData());
        const QJsonObject c = jsonOf(cascade);
        QCOMPARE(c.value("mode").toString(), QString("width cascade"));
        QVERIFY2(c.value("agreement").toDouble() >= 0.99,
                 qPrintable(QString::number(c.value("agreement").toDouble())));
        QVERIFY(c.value("ops_executed").toDouble() < c.value("full_width_ops").toDouble());
    }

private:
    QTemporaryDir m_dir;
    QString m_profile;
    QJsonObject m_tune;
};

QTEST_GUILESS_MAIN(CascadeCliTest)
#include "cascade_cli_test.moc"
