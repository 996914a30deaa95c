#pragma once

namespace dyve {

// The number of hardware threads of this machine.
int hardwareThreads();
// Sets how many threads the engine's kernels use (its own pool, kernels/parallel_for.h; OpenBLAS itself
// stays single-threaded, see threading.cpp); 0 means all cores. Returns the count in force.
int setThreadCount(int threads);
int threadCount();

} // namespace dyve
