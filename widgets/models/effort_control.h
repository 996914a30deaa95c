#pragma once

#include "effort/effort_profile.h"
#include "effort/effort_settings.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dyve::ui {

// The three mechanisms the knob panel scales (SPEC §4.3–§4.5).
enum class Mechanism { Spet, Sdss, Sfma };

// A user's knobs for one layer (SPEC §6 "per-layer overrides"): each field that is set replaces what the
// level and the mechanism scales give that layer, at every level, until it is reset.
struct KnobOverride {
    std::optional<std::vector<float>> checkpoints; // SPET's, ascending fractions in (0, 1)
    std::optional<float> tau;                      // SPET; −∞: off
    std::optional<int> stride;                     // SDSS, ≥ 2
    std::optional<float> theta;                    // SDSS; < 0: off
    std::optional<float> nu;                       // SFMA; < 0: off

    bool empty() const { return !checkpoints && !tau && !stride && !theta && !nu; }
};

// What the knob panel's controls mean, without the panel (SPEC §4.7, §6): an effort profile, a level
// e ∈ [0, 1] on it, a scale per mechanism and per-layer overrides, turned into the EffortSettings a Network
// runs with. Plain C++ over the engine's types, so tests drive it without a widget.
//
// - The level picks the profile's knobs (EffortProfile::knobsAt): 0 is dense, 1 its most aggressive tuned
//   setting.
// - A mechanism's scale (0–1) weakens its thresholds where the level turned it on; 0 turns it off. SDSS's θ
//   and SFMA's ν are ≥ 0 and are multiplied by the scale. SPET's τ is signed (a negative τ is the usual,
//   careful one), so multiplying would make it stricter; instead the scale lowers it by ln(1/scale)
//   pre-activation standard deviations — 1 keeps it, 0.5 lowers it by 0.69σ, towards 0 it tends to −∞,
//   which is off.
// - Overrides are applied last, as given (not scaled).
// - The dense path runs when the level is 0 and no override turns a mechanism on; otherwise the effort
//   path runs, even where every mechanism ends up off (it still skips all-zero input maps, SPEC §4.5).
class EffortControl {
public:
    // A model's effort layers (Network::effortLayers()) and the profile its levels map to (none: the model
    // cannot take the effort path until a profile is loaded). Clears the overrides.
    void setModel(std::vector<std::string> effortLayers, std::optional<dyve::EffortProfile> profile);
    // Another profile for the same model (checked by the caller); level, scales and overrides stay.
    void setProfile(dyve::EffortProfile profile);

    const std::vector<std::string>& layers() const { return m_layers; }
    const std::optional<dyve::EffortProfile>& profile() const { return m_profile; }
    bool available() const { return m_profile.has_value(); }

    void setLevel(double level); // clamped to [0, 1]
    double level() const { return m_level; }
    void setScale(Mechanism mechanism, double scale); // clamped to [0, 1]
    double scale(Mechanism mechanism) const;

    // Replaces the layer's override (an empty one resets it); layers the model does not have are ignored.
    void setOverride(const std::string& layer, const KnobOverride& knobs);
    KnobOverride layerOverride(const std::string& layer) const;
    void resetOverride(const std::string& layer);
    void resetOverrides();
    bool hasOverrides() const { return !m_overrides.empty(); }

    // The knobs a layer runs with now: the level's, scaled, overridden.
    dyve::ConvKnobs knobs(const std::string& layer) const;
    // What the Network runs with now; none for the dense path, which runs whenever no knob is on.
    std::optional<dyve::EffortSettings> settings() const;
    // The profile with the scales and overrides applied to every level, for saving: loaded back with full
    // scales and no overrides it gives the same knobs at every level. Its tuning summary and Pareto table
    // are dropped when anything was changed, since they no longer describe it.
    dyve::EffortProfile adjustedProfile() const;
    // Whether scales or overrides change the profile's knobs.
    bool adjusted() const;

private:
    dyve::ConvKnobs adjust(const std::string& layer, dyve::ConvKnobs knobs) const;
    void update();

    std::vector<std::string> m_layers;
    std::optional<dyve::EffortProfile> m_profile;
    double m_level = 0.0;
    double m_scales[3] = {1.0, 1.0, 1.0};
    std::map<std::string, KnobOverride> m_overrides;
    std::map<std::string, dyve::ConvKnobs> m_knobs; // knobs() of every layer, kept current by update()
};

} // namespace dyve::ui
