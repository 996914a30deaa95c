#pragma once

#include <cstdint>
#include <memory>
#include <type_traits>

namespace dyve {

// Calls body(chunk) for every chunk in [0, chunks) on up to `threads` threads, the calling thread being one
// of them, and returns when all are done. The engine's one thread pool (SPEC §4.2: thread count
// configurable; OpenBLAS runs single-threaded inside it, see runtime/threading.cpp).
//
// Chunks are claimed one at a time from a shared counter and the caller claims too, so a worker that the
// operating system has not scheduled yet delays nothing: the caller does its share. OpenMP's join, by
// contrast, waits for every thread of the team, however late it is scheduled (README, Performance). A call
// made while the pool is busy (from inside a chunk, or from another thread running another network) runs
// its chunks on the calling thread.
void parallelForChunks(int64_t chunks, int threads, void (*call)(void* body, int64_t chunk), void* body);

template <class Body> void parallelFor(int64_t chunks, int threads, Body&& body) {
    using Callable = std::remove_reference_t<Body>;
    parallelForChunks(
        chunks, threads, [](void* b, int64_t chunk) { (*static_cast<Callable*>(b))(chunk); },
        const_cast<void*>(static_cast<const void*>(std::addressof(body))));
}

} // namespace dyve
