// Model coverage (issue 15): torchvision's classification models as PyTorch exports them, checked against
// PyTorch's own outputs. models/torchvision/export_models.py exports each model (random weights, fixed
// seeds, opset 13) with an input and PyTorch's output into the build folder; each is loaded like any user's
// model (loadModel: constant folding, batch-norm folding) and run dense, and its output must be within
// 1e-4 relative L2 of PyTorch's.
//
// Needs Debian's python3-torch and python3-torchvision (packaging/build-deps.txt); skips cleanly without
// them. The export is redone only when the script changes. DYVE_PYTHON names another interpreter.
#include "core/errors.h"
#include "import/model_loader.h"
#include "import/onnx_importer.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <cmath>
#include <cstdio>

using namespace dyve;

namespace {

constexpr double kMaxRelativeL2 = 1e-4;

QString exportScript() {
    return dyve::test::sourcePath("models/torchvision/export_models.py");
}

// The first interpreter that imports torch and torchvision: $DYVE_PYTHON, Debian's, then the PATH's.
QString pythonWithTorch() {
    QStringList candidates = {"/usr/bin/python3", "python3"};
    if (qEnvironmentVariableIsSet("DYVE_PYTHON")) candidates.prepend(qEnvironmentVariable("DYVE_PYTHON"));
    for (const QString& python : candidates) {
        QProcess p;
        p.start(python, {"-c", "import torch, torchvision"});
        if (p.waitForFinished(120 * 1000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

QByteArray fileDigest(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

double relativeL2(const Tensor& got, const Tensor& expected) {
    double diff = 0.0, norm = 0.0;
    for (size_t i = 0; i < expected.floats.size(); ++i) {
        const double d = double(got.floats[i]) - expected.floats[i];
        diff += d * d;
        norm += double(expected.floats[i]) * expected.floats[i];
    }
    return std::sqrt(diff) / std::sqrt(norm);
}

} // namespace

class TorchvisionCoverageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        m_python = pythonWithTorch();
        if (m_python.isEmpty()) QSKIP("python3-torch and python3-torchvision are not installed");
        m_folder = QDir(QCoreApplication::applicationDirPath()).filePath("torchvision-models");
        QProcess list;
        list.start(m_python, {exportScript(), "--list"});
        QVERIFY(list.waitForFinished(120 * 1000) && list.exitCode() == 0);
        for (const QByteArray& name : list.readAllStandardOutput().split('\n'))
            if (!name.trimmed().isEmpty()) m_models << QString::fromUtf8(name.trimmed());
        QVERIFY(m_models.size() >= 12);

        // The exports stay valid as long as the script that made them.
        const QString stamp = QDir(m_folder).filePath("exported-by.sha256");
        QFile stampFile(stamp);
        if (stampFile.open(QIODevice::ReadOnly) && stampFile.readAll() == fileDigest(exportScript())) return;
        stampFile.close();
        QDir(m_folder).removeRecursively();
        QProcess exporter;
        exporter.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        exporter.start(m_python, {exportScript(), m_folder});
        QVERIFY(exporter.waitForFinished(15 * 60 * 1000));
        std::printf("%s", exporter.readAllStandardOutput().constData());
        QVERIFY2(exporter.exitStatus() == QProcess::NormalExit && exporter.exitCode() == 0,
                 "models/torchvision/export_models.py failed");
        QVERIFY(stampFile.open(QIODevice::WriteOnly));
        stampFile.write(fileDigest(exportScript()));
    }

    void exportedModelMatchesPyTorch_data() {
        QTest::addColumn<QString>("model");
        for (const QString& name : m_models)
            QTest::newRow(qPrintable(name)) << name;
    }
    void exportedModelMatchesPyTorch() {
        QFETCH(QString, model);
        const QDir dir(QDir(m_folder).filePath(model));
        const std::string file = dir.filePath("model.onnx").toStdString();
        const Tensor input = readOnnxTensorFile(dir.filePath("test_data_set_0/input_0.pb").toStdString());
        const Tensor expected = readOnnxTensorFile(dir.filePath("test_data_set_0/output_0.pb").toStdString());
        Network net(loadModel(file));
        const RunResult result = net.run({input});
        QCOMPARE(result.outputs.size(), size_t(1));
        QCOMPARE(result.outputs[0].shape, expected.shape);
        const double error = relativeL2(result.outputs[0], expected);
        std::printf("%-22s %10lld parameters %14lld operations  relative L2 %.2e\n", qPrintable(model),
                    static_cast<long long>(net.graph().parameterCount()),
                    static_cast<long long>(net.denseOps()), error);
        QVERIFY2(error <= kMaxRelativeL2, qPrintable(QString("relative L2 error %1").arg(error)));
    }

private:
    QString m_python;
    QString m_folder;
    QStringList m_models;
};

QTEST_GUILESS_MAIN(TorchvisionCoverageTest)
#include "torchvision_coverage_test.moc"
