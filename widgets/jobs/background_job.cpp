#include "jobs/background_job.h"

#include <QThread>

#include <exception>

namespace dyve::ui {

void JobContext::progress(qint64 done, qint64 total) {
    BackgroundJob* job = m_job;
    deliver([job, done, total] {
        job->m_done = done;
        job->m_total = total;
        emit job->progressChanged(done, total);
    });
}

void JobContext::deliver(std::function<void()> f) {
    // Queued to the job's (GUI) thread; Qt drops it if the job object is deleted first.
    QMetaObject::invokeMethod(m_job, std::move(f), Qt::QueuedConnection);
}

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {
    qRegisterMetaType<dyve::ui::BackgroundJob::State>();
}

BackgroundJob::~BackgroundJob() {
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundJob::start() {
    if (isRunning()) return false;
    if (m_thread) { // the previous run's thread has ended: its end() was delivered
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    Work work = prepare();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_state = State::Running;
    m_done = 0;
    m_total = 0;
    m_error.clear();
    JobContext context(this, m_cancel);
    m_thread = QThread::create([context, work = std::move(work)]() mutable {
        State state = State::Finished;
        QString error;
        try {
            if (!work(context)) state = State::Cancelled;
        } catch (const std::exception& e) {
            state = State::Failed;
            error = QString::fromUtf8(e.what());
        } catch (...) {
            state = State::Failed;
            error = QStringLiteral("unknown error");
        }
        BackgroundJob* job = context.m_job;
        context.deliver([job, state, error] { job->end(state, error); });
    });
    m_thread->setObjectName(QStringLiteral("dyve-job"));
    m_thread->start(QThread::LowPriority); // the live view keeps the engine's first call
    emit started();
    return true;
}

void BackgroundJob::cancel() {
    if (isRunning()) m_cancel->store(true);
}

void BackgroundJob::end(State state, const QString& error) {
    m_state = state;
    m_error = error;
    switch (state) {
    case State::Finished:
        emit finished();
        break;
    case State::Cancelled:
        emit cancelled();
        break;
    case State::Failed:
        emit failed(error);
        break;
    case State::Idle:
    case State::Running:
        break;
    }
    emit ended(state);
}

} // namespace dyve::ui
