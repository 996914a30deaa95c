#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace dyve::ui {

class BackgroundJob;

// What a job's work sees on its thread: the cancel flag, a way to report progress, and a way to hand
// results to the job object on the GUI thread.
class JobContext {
public:
    bool cancelRequested() const { return m_cancel->load(); }
    // For engine calls that poll a flag themselves (EvalOptions::cancel).
    const std::atomic<bool>* cancelFlag() const { return m_cancel.get(); }
    // `done` of `total` units of work; any thread, delivered to the GUI thread in order.
    void progress(qint64 done, qint64 total);
    // Runs `f` on the GUI thread, after everything delivered before it (typed results of a subclass).
    void deliver(std::function<void()> f);

private:
    friend class BackgroundJob;
    JobContext(BackgroundJob* job, std::shared_ptr<std::atomic<bool>> cancel)
        : m_job(job), m_cancel(std::move(cancel)) {}
    BackgroundJob* m_job;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

// Long work off the GUI thread with progress and cancel (SPEC §6: "long work — tuning, sweeps,
// evaluation — runs off the GUI thread with a progress bar and cancel"). Like hotspot's parser, the work
// runs on a thread of its own and reaches the GUI only through queued, typed signals. A subclass
// (EvaluationJob, SweepJob, TuneJob) says what the work is in prepare(): a function that captures by value
// what it needs, so it never touches the job object from its thread.
class BackgroundJob : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Running, Finished, Cancelled, Failed };
    Q_ENUM(State)

    explicit BackgroundJob(QObject* parent = nullptr);
    // Cancels the work and waits for it to stop (between two of its steps).
    ~BackgroundJob() override;

    // A short line for the status bar: "Evaluating samples on fashion-mnist-cnn".
    virtual QString title() const = 0;

    // Starts the work; false (and nothing happens) when it is already running.
    bool start();
    // Asks the work to stop at its next check; cancelled() follows with what it had done.
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    QString errorMessage() const { return m_error; }

signals:
    void started();
    void progressChanged(qint64 done, qint64 total);
    void finished();  // ran to its end
    void cancelled(); // stopped early on request; the results delivered so far stand
    void failed(const QString& message);
    void ended(dyve::ui::BackgroundJob::State state); // after any of the three above

protected:
    // The work, run on the job's thread: returns true when it ran to its end, false when it stopped
    // because the context asked it to; throws (a dyve::Error naming the file, say) to fail.
    using Work = std::function<bool(JobContext&)>;
    // Called on the GUI thread by start(), so a subclass can capture its settings as they are now.
    virtual Work prepare() = 0;

private:
    friend class JobContext;
    void end(State state, const QString& error);

    State m_state = State::Idle;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_error;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QThread* m_thread = nullptr;
};

} // namespace dyve::ui
