#include "kernels/parallel_for.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace dyve {

namespace {

// Waits a few cycles politely: lets the sibling hyper-thread run while spinning.
thread_local bool t_inChunk = false; // set while this thread runs a chunk: nested calls run inline

inline void relax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__) || defined(__arm__)
    asm volatile("yield");
#endif
}

class WorkerPool {
public:
    void run(int64_t chunks, int threads, void (*call)(void*, int64_t), void* body) {
        std::unique_lock<std::mutex> busy(m_busy, std::defer_lock);
        if (threads <= 1 || chunks <= 1 || t_inChunk || !busy.try_lock()) {
            for (int64_t c = 0; c < chunks; ++c)
                call(body, c);
            return;
        }
        const int helpers = static_cast<int>(std::min<int64_t>(threads, chunks)) - 1;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            while (static_cast<int>(m_workers.size()) < helpers)
                m_workers.emplace_back([this] { work(); });
            // A worker that woke late for the previous job may still be reading its counter.
            while (m_inside.load(std::memory_order_acquire) > 0)
                relax();
            m_call = call;
            m_body = body;
            m_chunks = chunks;
            m_next.store(0, std::memory_order_relaxed);
            m_done.store(0, std::memory_order_relaxed);
            m_seats = helpers;
            m_generation.fetch_add(1, std::memory_order_release);
        }
        m_wake.notify_all();
        t_inChunk = true;
        for (int64_t c; (c = m_next.fetch_add(1, std::memory_order_relaxed)) < chunks;) {
            call(body, c);
            m_done.fetch_add(1, std::memory_order_release);
        }
        t_inChunk = false;
        for (int spins = 0; m_done.load(std::memory_order_acquire) < chunks; ++spins)
            if (spins < 4096)
                relax();
            else
                std::this_thread::yield();
    }

private:
    void work() {
        t_inChunk = true;
        uint64_t seen = m_generation.load(std::memory_order_acquire);
        for (;;) {
            // Spin briefly for the next job (layers follow each other within microseconds), then sleep.
            for (int spins = 0; spins < 20000 && m_generation.load(std::memory_order_acquire) == seen;
                 ++spins)
                relax();
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_wake.wait(lock, [&] { return m_generation.load(std::memory_order_acquire) != seen; });
                seen = m_generation.load(std::memory_order_acquire);
                if (m_seats == 0) continue;
                --m_seats;
                m_inside.fetch_add(1, std::memory_order_acq_rel);
            }
            for (int64_t c; (c = m_next.fetch_add(1, std::memory_order_relaxed)) < m_chunks;) {
                m_call(m_body, c);
                m_done.fetch_add(1, std::memory_order_release);
            }
            m_inside.fetch_sub(1, std::memory_order_acq_rel);
        }
    }

    std::mutex m_busy;  // one job at a time
    std::mutex m_mutex; // guards the job's description and the seats
    std::condition_variable m_wake;
    std::vector<std::thread> m_workers;
    std::atomic<uint64_t> m_generation{0};
    std::atomic<int> m_inside{0};
    std::atomic<int64_t> m_next{0}, m_done{0};
    void (*m_call)(void*, int64_t) = nullptr;
    void* m_body = nullptr;
    int64_t m_chunks = 0;
    int m_seats = 0;
};

} // namespace

void parallelForChunks(int64_t chunks, int threads, void (*call)(void*, int64_t), void* body) {
    // Never destroyed: workers sleep until the process ends.
    static WorkerPool* pool = new WorkerPool;
    pool->run(chunks, threads, call, body);
}

} // namespace dyve
