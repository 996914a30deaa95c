#include "models/demo_readout.h"

#include <QCoreApplication>
#include <QLocale>

namespace dyve::ui {

DemoReadout::DemoReadout(double windowMs) : m_windowMs(windowMs > 0.0 ? windowMs : 1000.0) {}

void DemoReadout::addFrame(double atMs, double engineMs, double latencyMs) {
    if (!m_window.empty()) {
        const double interval = atMs - m_window.back().atMs;
        if (interval > kMaxIntervalMs || interval < 0.0) m_window.clear();
    }
    m_window.push_back({atMs, engineMs, latencyMs});
    while (m_window.front().atMs < atMs - m_windowMs)
        m_window.pop_front();
    ++m_frames;
}

void DemoReadout::reset() {
    m_frames = 0;
    m_window.clear();
}

double DemoReadout::fps() const {
    if (m_window.size() < 2) return 0.0;
    const double span = m_window.back().atMs - m_window.front().atMs;
    return span > 0.0 ? 1000.0 * double(m_window.size() - 1) / span : 0.0;
}

double DemoReadout::ms() const {
    if (m_window.empty()) return 0.0;
    double sum = 0.0;
    for (const Frame& f : m_window)
        sum += f.engineMs;
    return sum / double(m_window.size());
}

double DemoReadout::latencyMs() const {
    double sum = 0.0;
    int frames = 0;
    for (const Frame& f : m_window)
        if (f.latencyMs >= 0.0) {
            sum += f.latencyMs;
            ++frames;
        }
    return frames ? sum / frames : 0.0;
}

QString DemoReadout::fpsText() const {
    if (fps() <= 0.0) return QCoreApplication::translate("dyve::ui::DemoReadout", "– fps");
    return QCoreApplication::translate("dyve::ui::DemoReadout", "%1 fps")
        .arg(QLocale().toString(fps(), 'f', 1));
}

QString DemoReadout::msText() const {
    if (m_window.empty()) return QCoreApplication::translate("dyve::ui::DemoReadout", "– ms per frame");
    const double mean = ms();
    return QCoreApplication::translate("dyve::ui::DemoReadout", "%1 ms per frame")
        .arg(QLocale().toString(mean, 'f', mean < 10.0 ? 2 : 1));
}

QString DemoReadout::latencyText() const {
    const double latency = latencyMs();
    if (latency <= 0.0) return {};
    return QCoreApplication::translate("dyve::ui::DemoReadout", "%1 ms camera → screen")
        .arg(QLocale().toString(latency, 'f', 0));
}

DemoReadout::Prediction DemoReadout::prediction(const InferenceResult& result) {
    Prediction p;
    if (result.top.empty()) {
        p.label = QStringLiteral("—");
        return p;
    }
    const dyve::ClassScore& best = result.top.front();
    p.label = result.className(best.index);
    p.probability = QLocale().toString(double(best.score) * 100.0, 'f', 1) + QStringLiteral(" %");
    p.confident = best.score >= kConfident;
    return p;
}

} // namespace dyve::ui
