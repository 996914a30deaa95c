#include "runtime/threading.h"

#include <algorithm>
#include <thread>

extern "C" void openblas_set_num_threads(int);

namespace dyve {

namespace {
int g_threads = 0;
}

int hardwareThreads() { return std::max(1u, std::thread::hardware_concurrency()); }

int setThreadCount(int threads) {
    g_threads = threads <= 0 ? hardwareThreads() : threads;
    openblas_set_num_threads(g_threads);
    return g_threads;
}

int threadCount() { return g_threads > 0 ? g_threads : setThreadCount(0); }

} // namespace dyve
