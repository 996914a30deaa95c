#pragma once

#include "core/number_text.h" // widthText
#include "runtime/network.h"

#include <string>

namespace dyve {

struct ModelCard;

// What `--width W` and the studio's width control ask of a model (SPEC §4.9, issue 16): the ChannelWidth
// to run and, when the model was not trained for it, a warning saying so.
struct WidthChoice {
    ChannelWidth width;
    std::string warning; // empty when the card lists `fraction` among the widths the model was trained for
};

// A width the card's width_steps list runs that width's classifier head. Any other width truncates the
// model, taking the head of the next wider trained width when the card lists some, else the model's output;
// the warning then names the model and says what it was trained for. Full width never warns. Throws
// DataError naming the model for a fraction outside (0, 1].
WidthChoice chooseWidth(double fraction, const ModelCard* card, const std::string& modelFile);

} // namespace dyve
