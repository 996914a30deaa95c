#include "interruption.h"

#include <csignal>

namespace dyve::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int signal) {
    if (g_interrupted.exchange(true)) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}

} // namespace

Interruption::Interruption() {
    g_interrupted = false;
    m_previous = std::signal(SIGINT, onInterrupt);
}

Interruption::~Interruption() {
    std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
}

const std::atomic<bool>* Interruption::flag() const {
    return &g_interrupted;
}

} // namespace dyve::cli
