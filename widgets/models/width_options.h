#pragma once

#include "data/model_card.h"
#include "runtime/network.h"

#include <QString>

#include <vector>

namespace dyve::ui {

// One entry of the knob panel's width control (issue 16): a channel width to run the model at.
struct WidthOption {
    dyve::ChannelWidth width; // with the head of a trained width
    QString label;            // "50%", "50% (not trained: truncated)"
    bool trained = false;     // the card lists it (full width always counts as trained)
};

// The widths a model can be run at from the studio, full width first: those its card's width_steps list,
// narrowest last, each with its head; for a model with no width steps, 75, 50 and 25% truncated (the CLI's
// --width warns the same way: eval/model_width.h).
std::vector<WidthOption> widthOptions(const dyve::WidthSteps& steps);

} // namespace dyve::ui
