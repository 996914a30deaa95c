#pragma once

#include <atomic>

namespace dyve::cli {

// Ctrl-C during long work (eval, sweep, tune): while an Interruption is alive, the first SIGINT only sets
// a flag that the engine checks between batches, so the command stops cleanly and reports what it has
// done (exit 130); a second Ctrl-C ends the process at once. The previous handler comes back at the end.
class Interruption {
public:
    Interruption();
    ~Interruption();
    Interruption(const Interruption&) = delete;
    Interruption& operator=(const Interruption&) = delete;

    const std::atomic<bool>* flag() const;
    bool requested() const { return flag()->load(); }

private:
    void (*m_previous)(int) = nullptr;
};

} // namespace dyve::cli
