#include "models/effort_control.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace dyve::ui {

namespace {

double clamp01(double v) {
    return std::isfinite(v) ? std::clamp(v, 0.0, 1.0) : 0.0;
}

} // namespace

void EffortControl::setModel(std::vector<std::string> effortLayers,
                             std::optional<dyve::EffortProfile> profile) {
    m_layers = std::move(effortLayers);
    m_profile = std::move(profile);
    m_overrides.clear();
    update();
}

void EffortControl::setProfile(dyve::EffortProfile profile) {
    m_profile = std::move(profile);
    update();
}

void EffortControl::setLevel(double level) {
    m_level = clamp01(level);
    update();
}

void EffortControl::setScale(Mechanism mechanism, double scale) {
    m_scales[int(mechanism)] = clamp01(scale);
    update();
}

double EffortControl::scale(Mechanism mechanism) const {
    return m_scales[int(mechanism)];
}

void EffortControl::setOverride(const std::string& layer, const KnobOverride& knobs) {
    if (std::find(m_layers.begin(), m_layers.end(), layer) == m_layers.end()) return;
    if (knobs.empty())
        m_overrides.erase(layer);
    else
        m_overrides[layer] = knobs;
    update();
}

KnobOverride EffortControl::layerOverride(const std::string& layer) const {
    auto it = m_overrides.find(layer);
    return it == m_overrides.end() ? KnobOverride{} : it->second;
}

void EffortControl::resetOverride(const std::string& layer) {
    if (m_overrides.erase(layer)) update();
}

void EffortControl::resetOverrides() {
    m_overrides.clear();
    update();
}

dyve::ConvKnobs EffortControl::knobs(const std::string& layer) const {
    auto it = m_knobs.find(layer);
    return it == m_knobs.end() ? dyve::ConvKnobs{} : it->second;
}

std::optional<dyve::EffortSettings> EffortControl::settings() const {
    if (!m_profile) return std::nullopt;
    dyve::EffortSettings s;
    for (const auto& [layer, k] : m_knobs)
        if (k.lossy()) s.knobs[layer] = k;
    // The width cascade's thresholds at this level (issue 16), when the profile has them.
    s.widthThresholds = m_profile->widthThresholdsAt(m_level);
    // No knob on at this level (level 0, scales at 0, or a profile whose levels are all dense) and no
    // cascade: nothing to skip, so the dense path — the fastest exact one (SPEC §4.7) — runs, and the studio
    // says so.
    if (s.knobs.empty() && s.widthThresholds.empty()) return std::nullopt;
    s.calibration = m_profile->calibration;
    return s;
}

dyve::ConvKnobs EffortControl::adjust(const std::string& layer, dyve::ConvKnobs k) const {
    const double spet = m_scales[int(Mechanism::Spet)];
    if (spet <= 0.0) {
        k.spet.tau = dyve::SpetKnobs::kOff;
    } else if (k.spet.enabled()) {
        k.spet.tau = static_cast<float>(double(k.spet.tau) + std::log(spet));
    }
    const double sdss = m_scales[int(Mechanism::Sdss)];
    if (sdss <= 0.0)
        k.sdss.theta = dyve::SdssKnobs::kOff;
    else if (k.sdss.enabled())
        k.sdss.theta = static_cast<float>(double(k.sdss.theta) * sdss);
    const double sfma = m_scales[int(Mechanism::Sfma)];
    if (sfma <= 0.0)
        k.sfma.nu = dyve::SfmaKnobs::kOff;
    else if (k.sfma.enabled())
        k.sfma.nu = static_cast<float>(double(k.sfma.nu) * sfma);

    auto it = m_overrides.find(layer);
    if (it == m_overrides.end()) return k;
    const KnobOverride& o = it->second;
    if (o.checkpoints) k.spet.checkpoints = *o.checkpoints;
    if (o.tau) k.spet.tau = *o.tau;
    if (o.stride) k.sdss.stride = *o.stride;
    if (o.theta) k.sdss.theta = *o.theta;
    if (o.nu) k.sfma.nu = *o.nu;
    return k;
}

bool EffortControl::adjusted() const {
    return !m_overrides.empty() || m_scales[0] != 1.0 || m_scales[1] != 1.0 || m_scales[2] != 1.0;
}

dyve::EffortProfile EffortControl::adjustedProfile() const {
    if (!m_profile) return {};
    dyve::EffortProfile p = *m_profile;
    p.file.clear();
    if (!adjusted()) return p;
    for (dyve::EffortLevel& level : p.levels) {
        std::set<std::string> names(m_layers.begin(), m_layers.end());
        for (const auto& entry : level.layers)
            names.insert(entry.first);
        std::map<std::string, dyve::ConvKnobs> layers;
        for (const std::string& name : names) {
            auto it = level.layers.find(name);
            const dyve::ConvKnobs k = adjust(name, it == level.layers.end() ? dyve::ConvKnobs{} : it->second);
            if (k.lossy()) layers[name] = k;
        }
        level.layers = std::move(layers);
    }
    p.tuned.reset();
    p.pareto.clear();
    return p;
}

void EffortControl::update() {
    m_knobs.clear();
    if (!m_profile) return;
    const std::map<std::string, dyve::ConvKnobs> base = m_profile->knobsAt(m_level);
    for (const std::string& layer : m_layers) {
        auto it = base.find(layer);
        m_knobs[layer] = adjust(layer, it == base.end() ? dyve::ConvKnobs{} : it->second);
    }
}

} // namespace dyve::ui
