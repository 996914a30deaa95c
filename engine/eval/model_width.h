#pragma once

#include "core/number_text.h" // widthText
#include "runtime/network.h"

#include <string>
#include <vector>

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

// The widths of the width cascade (runtime/width_cascade.h) for a model: its card's trained widths, each with
// its head. Throws DataError naming the model when it has no card, the card lists fewer than two widths, or
// does not say they are nested (a narrower run's values are then not a wider one's first channels).
std::vector<ChannelWidth> cascadeWidths(const ModelCard* card, const std::string& modelFile);

} // namespace dyve
