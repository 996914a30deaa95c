// InferenceWorker (widgets/, SPEC §6 "the GUI never blocks; latest value wins; no queue builds up"): the
// engine on its own thread, job ids, superseded requests dropped, errors reported, on the bundled model.
#include "inference_worker.h"

#include "support/test_paths.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using dyve::ui::InferenceJob;
using dyve::ui::InferenceResult;
using dyve::ui::InferenceWorker;

namespace {

constexpr int kWaitMs = 60000; // generous: the machine is shared; nothing here measures time

std::unique_ptr<InferenceWorker> readyWorker() {
    auto worker = std::make_unique<InferenceWorker>(
        std::vector<std::string>{dyve::test::sourcePath("models/cards").toStdString()});
    QSignalSpy loaded(worker.get(), &InferenceWorker::modelLoaded);
    QSignalSpy opened(worker.get(), &InferenceWorker::inputsOpened);
    worker->loadModel(dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx"));
    worker->openInputs({dyve::test::sourcePath("resources/samples")});
    if (!opened.wait(kWaitMs) && opened.isEmpty()) return nullptr;
    if (loaded.isEmpty()) return nullptr;
    return worker;
}

// Holds the engine thread until released, so requests can be made "faster than the engine" without
// relying on timing. The semaphores are shared with the engine thread, which may still be waking up from
// the hold when this object is gone.
class EngineHold {
public:
    explicit EngineHold(InferenceWorker& worker) : m_gate(std::make_shared<Gate>()) {
        auto* context = new QObject;
        context->moveToThread(worker.engineThread());
        QMetaObject::invokeMethod(
            context,
            [gate = m_gate, context] {
                gate->held.release();
                gate->release.acquire();
                context->deleteLater();
            },
            Qt::QueuedConnection);
        m_gate->held.acquire(); // the engine thread is now inside the hold
    }
    ~EngineHold() { m_gate->release.release(); }

private:
    struct Gate {
        QSemaphore held, release;
    };
    std::shared_ptr<Gate> m_gate;
};

} // namespace

class InferenceWorkerTest : public QObject {
    Q_OBJECT

private slots:
    void runsARequestAndDeliversItsResult() {
        auto worker = readyWorker();
        QVERIFY(worker);
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        const quint64 id = worker->request({3});
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(ready.at(0).at(0).value<quint64>(), id);
        const auto result = ready.at(0).at(1).value<InferenceResult>();
        QCOMPARE(result.inputIndex, 3);
        QCOMPARE(result.top.size(), size_t(5));
        QVERIFY(result.label >= 0); // resources/samples is labelled
        QVERIFY(!result.run.layers.empty());
        QVERIFY(!result.image.isNull());
    }

    void requestsFasterThanTheEngineRunOnlyTheNewest() {
        auto worker = readyWorker();
        QVERIFY(worker);
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        QSignalSpy started(worker.get(), &InferenceWorker::jobStarted);
        QSignalSpy superseded(worker.get(), &InferenceWorker::superseded);
        quint64 newest = 0;
        {
            EngineHold hold(*worker);
            for (int i = 0; i < 20; ++i)
                newest = worker->request({i % 10});
        }
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).value<quint64>(), newest);
        QCOMPARE(ready.at(0).at(1).value<InferenceResult>().inputIndex, 19 % 10);
        // No queue: the 19 older requests were dropped without running.
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).value<quint64>(), newest);
        QCOMPARE(superseded.count(), 19);
    }

    void aResultOvertakenByANewerRequestIsDropped() {
        auto worker = readyWorker();
        QVERIFY(worker);
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        QSignalSpy superseded(worker.get(), &InferenceWorker::superseded);
        // The first may or may not have started when the second arrives; either way only the second counts.
        const quint64 first = worker->request({0});
        const quint64 second = worker->request({1});
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).value<quint64>(), second);
        QCOMPARE(superseded.count(), 1);
        QCOMPARE(superseded.at(0).at(0).value<quint64>(), first);
    }

    void anUnreadableImageReportsAnErrorNamingIt() {
        auto worker = readyWorker();
        QVERIFY(worker);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("not_an_image.png"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a PNG");
        f.close();
        QSignalSpy opened(worker.get(), &InferenceWorker::inputsOpened);
        worker->openInputs({bad});
        QVERIFY(opened.wait(kWaitMs));
        QSignalSpy failed(worker.get(), &InferenceWorker::failed);
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        const quint64 id = worker->request({0});
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(failed.at(0).at(0).value<quint64>(), id);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("not_an_image.png")));
        QCOMPARE(ready.count(), 0);
    }

    void aFailedModelLoadKeepsTheModelThatWasLoaded() {
        auto worker = readyWorker();
        QVERIFY(worker);
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.onnx"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(300, '\x7f'));
        f.close();
        QSignalSpy failed(worker.get(), &InferenceWorker::modelFailed);
        worker->loadModel(broken);
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("broken.onnx")));
        QSignalSpy ready(worker.get(), &InferenceWorker::resultReady);
        worker->request({2});
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(ready.at(0).at(1).value<InferenceResult>().inputIndex, 2);
    }
};

QTEST_MAIN(InferenceWorkerTest)
#include "ui_inference_worker_test.moc"
