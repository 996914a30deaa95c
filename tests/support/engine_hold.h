#pragma once

#include <QMetaObject>
#include <QObject>
#include <QSemaphore>
#include <QThread>

#include <memory>

namespace dyve::test {

// Holds an engine's thread (InferenceWorker::engineThread()) until destroyed, so that requests can be made
// "faster than the engine" without relying on timing. The semaphores are shared with the engine thread,
// which may still be waking up from the hold when this object is gone.
class EngineHold {
public:
    explicit EngineHold(QThread* engineThread) : m_gate(std::make_shared<Gate>()) {
        auto* context = new QObject;
        context->moveToThread(engineThread);
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
    EngineHold(const EngineHold&) = delete;
    EngineHold& operator=(const EngineHold&) = delete;

private:
    struct Gate {
        QSemaphore held, release;
    };
    std::shared_ptr<Gate> m_gate;
};

} // namespace dyve::test
