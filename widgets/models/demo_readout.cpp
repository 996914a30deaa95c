#include "models/demo_readout.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace dyve::ui {

DemoReadout::DemoReadout(double smoothing) : m_smoothing(std::clamp(smoothing, 0.01, 1.0)) {}

void DemoReadout::addFrame(double atMs, double engineMs, double latencyMs) {
    const auto smooth = [this](double average, double value) {
        return average + m_smoothing * (value - average);
    };
    m_ms = m_frames == 0 ? engineMs : smooth(m_ms, engineMs);
    if (latencyMs >= 0.0) m_latencyMs = m_latencyMs == 0.0 ? latencyMs : smooth(m_latencyMs, latencyMs);
    if (m_frames > 0) {
        const double interval = atMs - m_lastAtMs;
        if (interval > kMaxIntervalMs || interval <= 0.0)
            m_intervalMs = 0.0; // start the average again with the next frame
        else
            m_intervalMs = m_intervalMs == 0.0 ? interval : smooth(m_intervalMs, interval);
    }
    m_lastAtMs = atMs;
    ++m_frames;
}

void DemoReadout::reset() {
    m_frames = 0;
    m_lastAtMs = 0.0;
    m_intervalMs = 0.0;
    m_ms = 0.0;
    m_latencyMs = 0.0;
}

double DemoReadout::fps() const {
    return m_intervalMs > 0.0 ? 1000.0 / m_intervalMs : 0.0;
}

QString DemoReadout::fpsText() const {
    if (fps() <= 0.0) return QCoreApplication::translate("dyve::ui::DemoReadout", "– fps");
    return QCoreApplication::translate("dyve::ui::DemoReadout", "%1 fps")
        .arg(QLocale().toString(fps(), 'f', 1));
}

QString DemoReadout::msText() const {
    if (m_frames == 0) return QCoreApplication::translate("dyve::ui::DemoReadout", "– ms per frame");
    return QCoreApplication::translate("dyve::ui::DemoReadout", "%1 ms per frame")
        .arg(QLocale().toString(m_ms, 'f', m_ms < 10.0 ? 2 : 1));
}

QString DemoReadout::latencyText() const {
    if (m_latencyMs <= 0.0) return {};
    return QCoreApplication::translate("dyve::ui::DemoReadout", "%1 ms camera → screen")
        .arg(QLocale().toString(m_latencyMs, 'f', 0));
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
