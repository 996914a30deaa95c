// The `dyve` command line (SPEC §5.1, §8) as a script sees it: exit statuses, one-line errors, JSON on
// stdout, the embedded default. Runs the built binary with QProcess.
#include "support/test_paths.h"

#include <onnx/onnx_pb.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <fstream>

namespace {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult runCli(const QStringList& args) {
    QProcess process;
    process.start(dyve::test::cliPath(), args);
    CliResult r;
    if (!process.waitForStarted()) return r;
    process.waitForFinished(10 * 60 * 1000);
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString bundledModel() {
    return dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx");
}
bool hasFashionMnist() {
    return QFileInfo(QStringLiteral("/usr/share/datasets/fashion-mnist")).isDir();
}

QJsonObject parseJson(const CliResult& r) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "stdout is not JSON:" << error.errorString() << r.out;
    return doc.object();
}

// SPEC §5.1: bad usage and bad input give exactly one line on stderr.
void verifyOneErrorLine(const CliResult& r) {
    const QByteArray err = r.err.trimmed();
    QVERIFY2(err.startsWith("dyve: "), err.constData());
    QVERIFY2(!err.contains('\n'), err.constData());
}

// A tiny but real ONNX model (one Relu) that no card describes.
void writeUncardedModel(const QString& path) {
    onnx::ModelProto model;
    model.set_ir_version(8);
    auto* opset = model.add_opset_import();
    opset->set_domain("");
    opset->set_version(13);
    onnx::GraphProto* graph = model.mutable_graph();
    graph->set_name("uncarded");
    for (const char* name : {"x", "y"}) {
        onnx::ValueInfoProto* v = name[0] == 'x' ? graph->add_input() : graph->add_output();
        v->set_name(name);
        auto* type = v->mutable_type()->mutable_tensor_type();
        type->set_elem_type(onnx::TensorProto::FLOAT);
        for (int64_t d : {1, 3, 8, 8})
            type->mutable_shape()->add_dim()->set_dim_value(d);
    }
    onnx::NodeProto* node = graph->add_node();
    node->set_op_type("Relu");
    node->set_name("relu");
    node->add_input("x");
    node->add_output("y");
    std::ofstream out(path.toStdString(), std::ios::binary);
    model.SerializeToOstream(&out);
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT

private slots:
    void interruptedEvalReportsThePartialRunAndExits130() {
        if (!QFileInfo::exists("/usr/share/datasets/fashion-mnist")) QSKIP("dataset-fashion-mnist is absent");
        // Spawned directly (not through QProcess) so the child starts with the signal dispositions a shell
        // gives a foreground command.
        int errPipe[2];
        QVERIFY(::pipe(errPipe) == 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addclose(&actions, errPipe[0]);
        const QByteArray cli = dyve::test::cliPath().toLocal8Bit();
        std::vector<std::string> argv = {cli.toStdString(), "eval", "--batch", "1", "--threads", "1"};
        std::vector<char*> args;
        for (std::string& a : argv)
            args.push_back(a.data());
        args.push_back(nullptr);
        pid_t pid = 0;
        QCOMPARE(posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ), 0);
        posix_spawn_file_actions_destroy(&actions);
        ::close(errPipe[1]);

        // The progress line appears once the evaluation has run for a second; interrupt it then.
        std::string err;
        char chunk[4096];
        ssize_t n = 0;
        while (err.find("eval: ") == std::string::npos && (n = ::read(errPipe[0], chunk, sizeof chunk)) > 0)
            err.append(chunk, static_cast<size_t>(n));
        QVERIFY2(err.find("eval: ") != std::string::npos, err.c_str());
        ::kill(pid, SIGINT);
        while ((n = ::read(errPipe[0], chunk, sizeof chunk)) > 0)
            err.append(chunk, static_cast<size_t>(n));
        ::close(errPipe[0]);
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        QVERIFY2(WIFEXITED(status), err.c_str());
        QCOMPARE(WEXITSTATUS(status), 130);
        QVERIFY2(err.find("interrupted after") != std::string::npos, err.c_str());
    }
    void helpExitsZeroForEveryCommand_data() {
        QTest::addColumn<QString>("command");
        for (const char* c : {"info", "run", "eval", "bench"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void helpExitsZeroForEveryCommand() {
        QFETCH(QString, command);
        const CliResult r = runCli({command, "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(("Usage: dyve " + command).toUtf8()));
        QVERIFY(r.out.contains("--threads"));
        QVERIFY(r.out.contains("--json"));
    }

    void generalHelpListsTheCommands() {
        const CliResult r = runCli({"--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char* c : {"info", "run", "eval", "bench"})
            QVERIFY(r.out.contains(c));
    }

    void unknownCommandIsAUsageError() {
        const CliResult r = runCli({"frobnicate"});
        QCOMPARE(r.exitCode, 2);
        verifyOneErrorLine(r);
        QVERIFY(r.err.contains("frobnicate"));
    }

    void unknownOptionIsAUsageError() {
        const CliResult r = runCli({"info", "--no-such-option"});
        QCOMPARE(r.exitCode, 2);
        verifyOneErrorLine(r);
        QVERIFY(r.err.contains("--no-such-option"));
    }

    void badOptionValueIsAUsageError() {
        const CliResult r = runCli({"bench", "--runs", "many"});
        QCOMPARE(r.exitCode, 2);
        verifyOneErrorLine(r);
        QVERIFY(r.err.contains("--runs"));
    }

    void missingModelFileIsNamed() {
        const QString missing = QDir::tempPath() + "/dyve-cli-test-no-such-model.onnx";
        const CliResult r = runCli({"info", missing});
        QCOMPARE(r.exitCode, 2);
        verifyOneErrorLine(r);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
    }

    void corruptModelIsRejected() {
        QTemporaryDir dir;
        const QString path = dir.filePath("corrupt.onnx");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a protobuf model \x01\x02\x03\xff\xfe", 34);
        f.close();
        const CliResult r = runCli({"info", path});
        QCOMPARE(r.exitCode, 2);
        verifyOneErrorLine(r);
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    }

    void truncatedModelIsRejected() {
        QFile bundled(bundledModel());
        QVERIFY2(bundled.open(QIODevice::ReadOnly), "the bundled model is missing");
        const QByteArray half = bundled.readAll().left(bundled.size() / 2);
        QTemporaryDir dir;
        const QString path = dir.filePath("truncated.onnx");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(half);
        f.close();
        const CliResult r = runCli({"eval", path, "--limit", "10"});
        QCOMPARE(r.exitCode, 2);
        verifyOneErrorLine(r);
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    }

    void modelWithoutCardIsRejectedWithTheCardFields() {
        QTemporaryDir dir;
        const QString model = dir.filePath("uncarded.onnx");
        writeUncardedModel(model);
        const QString image = dyve::test::sourcePath("resources/samples/0000_ankle_boot.png");
        const CliResult r = runCli({"run", model, image});
        QCOMPARE(r.exitCode, 2);
        verifyOneErrorLine(r);
        QVERIFY2(r.err.contains(model.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("card"), r.err.constData());
        QVERIFY2(r.err.contains("channel_order"), r.err.constData());
    }

    void infoJsonListsTheBundledModelsLayers() {
        const CliResult r = runCli({"info", "--json"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("bundled"));
        const QJsonObject info = parseJson(r);
        const QJsonArray layers = info.value("layers").toArray();
        QVERIFY(!layers.isEmpty());
        QVERIFY(info.value("ops_dense").toDouble() > 0);
        QVERIFY(info.value("parameters").toDouble() > 0);
        for (const QJsonValue& l : layers) {
            QVERIFY(!l.toObject().value("op").toString().isEmpty());
            QVERIFY(l.toObject().value("output_shape").isArray());
        }
    }

    void evalJsonOnTheBundledModelHasTheFieldsAndItsAccuracy() {
        if (!hasFashionMnist()) QSKIP("dataset-fashion-mnist is not installed");
        const CliResult r = runCli({"eval", "--json", "--limit", "200"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("using the bundled fashion-mnist-cnn"));
        const QJsonObject eval = parseJson(r);
        for (const char* field : {"model", "images", "top1", "top5", "ops_dense", "ops_executed",
                                  "ops_reduction", "ms_per_image", "effort"})
            QVERIFY2(eval.contains(field), field);
        QCOMPARE(eval.value("images").toInt(), 200);
        QVERIFY2(eval.value("top1").toDouble() > 0.8, QByteArray::number(eval.value("top1").toDouble()));
        QVERIFY(eval.value("top5").toDouble() >= eval.value("top1").toDouble());
        QCOMPARE(eval.value("ops_executed").toDouble(), eval.value("ops_dense").toDouble());
        QCOMPARE(eval.value("effort").toDouble(), 0.0);
    }

    void evalBelowMinimumTop1FailsTheCheck() {
        if (!hasFashionMnist()) QSKIP("dataset-fashion-mnist is not installed");
        const CliResult r = runCli({"eval", "--limit", "200", "--min-top1", "100"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--min-top1"));
    }

    void runNamesAClassForASampleImage() {
        const QString image = dyve::test::sourcePath("resources/samples/0000_ankle_boot.png");
        const CliResult r = runCli({"run", bundledModel(), image, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray images = parseJson(r).value("images").toArray();
        QCOMPARE(images.size(), 1);
        const QJsonArray top = images.first().toObject().value("top").toArray();
        QCOMPARE(top.size(), 5);
        const QString best = top.first().toObject().value("class").toString();
        QVERIFY2(!best.isEmpty() && !best.startsWith("class "), qPrintable(best));
        QVERIFY(top.first().toObject().value("score").toDouble() >=
                top.last().toObject().value("score").toDouble());
    }

    void unreadableImageIsNamed() {
        const QString missing = QDir::tempPath() + "/dyve-cli-test-no-such-image.png";
        const CliResult r = runCli({"run", bundledModel(), missing});
        QCOMPARE(r.exitCode, 2);
        verifyOneErrorLine(r);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
    }

    void benchJsonHasTheFields() {
        const CliResult r =
            runCli({"bench", bundledModel(), "--json", "--runs", "3", "--warmup", "1", "--threads", "1"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject bench = parseJson(r);
        for (const char* field : {"model", "runs", "threads", "dense_ms", "effort_ms", "opencv_ms",
                                  "dense_vs_opencv", "effort_vs_dense", "effort_vs_opencv"})
            QVERIFY2(bench.contains(field), field);
        QCOMPARE(bench.value("runs").toInt(), 3);
        QCOMPARE(bench.value("threads").toInt(), 1);
        QVERIFY(bench.value("dense_ms").toDouble() > 0);
        QVERIFY(bench.value("opencv_ms").toDouble() > 0);
        QVERIFY(bench.value("effort_ms").isNull());
        QCOMPARE(bench.value("by_threads").toArray().size(), 1);
    }
};

QTEST_APPLESS_MAIN(CliTest)
#include "cli_test.moc"
