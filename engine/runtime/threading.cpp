#include "runtime/threading.h"

#include <algorithm>
#include <thread>

extern "C" void openblas_set_num_threads(int);

namespace dyve {

namespace {
int g_threads = 0;
}

int hardwareThreads() {
    return std::max(1u, std::thread::hardware_concurrency());
}

int setThreadCount(int threads) {
    g_threads = threads <= 0 ? hardwareThreads() : threads;
    // One thread pool serves the whole engine: kernels split their work over the engine's own workers
    // (kernels/parallel_for.h) and call OpenBLAS single-threaded inside them (kernels/matrix_multiply.h).
    // OpenBLAS's own threads and the engine's on the same cores busy-wait against each other (README,
    // Performance).
    openblas_set_num_threads(1);
    return g_threads;
}

int threadCount() {
    return g_threads > 0 ? g_threads : setThreadCount(0);
}

} // namespace dyve
