#include "kernels/parallel_for.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
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

// Each job's chunks are split into one contiguous range per thread of the team: the caller owns the first,
// worker i the (i + 1)-th, the same every time. A layer's band i and the next layer's band i cover the same
// output positions, so with a fixed owner the values a thread writes are the values it reads next, in its own
// core's cache: a cache line moved between cores costs far more than a read from one's own (README,
// Performance: two threads on this VM). A thread that has finished its own range takes chunks from the
// others' ranges, so a worker the operating system has not scheduled yet, or a core the host has slowed,
// still delays nothing: the caller does its share, from the far end of the worker's range.
class WorkerPool {
public:
    static constexpr int kMaxTeam = 64;
    static constexpr int64_t kMaxChunks = int64_t(1) << 31; // a range's ends are 32-bit (packRange)

    void run(int64_t chunks, int threads, void (*call)(void*, int64_t), void* body) {
        std::unique_lock<std::mutex> busy(m_busy, std::defer_lock);
        if (threads <= 1 || chunks <= 1 || chunks > kMaxChunks || t_inChunk || !busy.try_lock()) {
            for (int64_t c = 0; c < chunks; ++c)
                call(body, c);
            return;
        }
        const int team = static_cast<int>(std::min<int64_t>({threads, chunks, kMaxTeam}));
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            while (static_cast<int>(m_workers.size()) < team - 1) {
                const int member = static_cast<int>(m_workers.size()) + 1;
                m_workers.emplace_back([this, member] { work(member); });
            }
            // A worker that woke late for the previous job may still be reading its counters.
            while (m_inside.load(std::memory_order_acquire) > 0)
                relax();
            m_call = call;
            m_body = body;
            m_chunks = chunks;
            m_team = team;
            for (int r = 0; r < team; ++r)
                m_ranges[r].value.store(packRange(rangeBegin(r), rangeBegin(r + 1)),
                                        std::memory_order_relaxed);
            m_done.store(0, std::memory_order_relaxed);
            m_generation.fetch_add(1, std::memory_order_release);
        }
        m_wake.notify_all();
        t_inChunk = true;
        runChunks(0);
        t_inChunk = false;
        for (int spins = 0; m_done.load(std::memory_order_acquire) < chunks; ++spins)
            if (spins < 4096)
                relax();
            else
                std::this_thread::yield();
    }

private:
    int64_t rangeBegin(int r) const { return m_chunks * r / m_team; }

    // A range's unclaimed chunks [front, back) in one word, so that its owner taking the front and a thief
    // taking the back never take the same chunk.
    static uint64_t packRange(int64_t front, int64_t back) {
        return static_cast<uint64_t>(front) << 32 | static_cast<uint64_t>(back);
    }

    // Claims the front chunk of range r (its owner) or its back chunk (another thread); -1 when none is left.
    int64_t claim(int r, bool front) {
        std::atomic<uint64_t>& range = m_ranges[r].value;
        uint64_t word = range.load(std::memory_order_relaxed);
        for (;;) {
            const int64_t first = static_cast<int64_t>(word >> 32),
                          back = static_cast<int64_t>(word & 0xffffffffu);
            if (first >= back) return -1;
            const uint64_t next = front ? packRange(first + 1, back) : packRange(first, back - 1);
            if (range.compare_exchange_weak(word, next, std::memory_order_relaxed))
                return front ? first : back - 1;
        }
    }

    // The member's own range first, front to back, then the others' from their backs, so that a thread
    // that finishes early takes the chunks furthest from where their owner is working.
    void runChunks(int member) {
        for (int i = 0; i < m_team; ++i) {
            const int r = (member + i) % m_team;
            for (int64_t c; (c = claim(r, i == 0)) >= 0;) {
                m_call(m_body, c);
                m_done.fetch_add(1, std::memory_order_release);
            }
        }
    }

    void work(int member) {
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
                if (member >= m_team) continue; // this job has fewer threads
                m_inside.fetch_add(1, std::memory_order_acq_rel);
            }
            runChunks(member);
            m_inside.fetch_sub(1, std::memory_order_acq_rel);
        }
    }

    struct alignas(64) Range {
        std::atomic<uint64_t> value{0};
    };

    std::mutex m_busy;  // one job at a time
    std::mutex m_mutex; // guards the job's description
    std::condition_variable m_wake;
    std::vector<std::thread> m_workers; // worker i is member i + 1 of every team
    std::atomic<uint64_t> m_generation{0};
    std::atomic<int> m_inside{0};
    Range m_ranges[kMaxTeam]; // per member's range, its unclaimed chunks (packRange)
    alignas(64) std::atomic<int64_t> m_done{0};
    void (*m_call)(void*, int64_t) = nullptr;
    void* m_body = nullptr;
    int64_t m_chunks = 0;
    int m_team = 0;
};

} // namespace

void parallelForChunks(int64_t chunks, int threads, void (*call)(void*, int64_t), void* body) {
    // Never destroyed: workers sleep until the process ends.
    static WorkerPool* pool = new WorkerPool;
    pool->run(chunks, threads, call, body);
}

} // namespace dyve
