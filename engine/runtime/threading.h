#pragma once

namespace dyve {

// The number of hardware threads of this machine.
int hardwareThreads();
// Sets how many threads OpenBLAS and the engine's own loops use; 0 means all cores.
// Returns the count in force.
int setThreadCount(int threads);
int threadCount();

} // namespace dyve
