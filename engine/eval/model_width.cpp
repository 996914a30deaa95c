#include "eval/model_width.h"

#include "core/errors.h"
#include "data/model_card.h"

#include <sstream>

namespace dyve {

WidthChoice chooseWidth(double fraction, const ModelCard* card, const std::string& modelFile) {
    if (!(fraction > 0.0 && fraction <= 1.0)) {
        std::ostringstream given;
        given << fraction;
        throw DataError(modelFile,
                        "width " + given.str() +
                            " is not a share of the channels: give a number above 0 and at most 1");
    }
    WidthChoice choice;
    choice.width.fraction = fraction;
    const WidthSteps* steps = card && !card->widthSteps.empty() ? &card->widthSteps : nullptr;
    if (!steps) {
        if (fraction < 1.0)
            choice.warning = modelFile +
                             ": not trained to run narrower (its card lists no width_steps): width " +
                             widthText(fraction) + " truncates every convolution, expect lower accuracy";
        return choice;
    }
    const int step = steps->stepOf(fraction);
    if (step >= 0) {
        choice.width.output = steps->outputs[static_cast<size_t>(step)];
        return choice;
    }
    size_t wider = 0;
    while (steps->fractions[wider] < fraction)
        ++wider;
    choice.width.output = steps->outputs[wider];
    std::string trained;
    for (double f : steps->fractions)
        trained += (trained.empty() ? "" : ", ") + widthText(f);
    choice.warning = modelFile + ": trained at widths " + trained + ", not " + widthText(fraction) +
                     ": it runs truncated with the " + widthText(steps->fractions[wider]) +
                     " head, expect lower accuracy";
    return choice;
}

std::vector<ChannelWidth> cascadeWidths(const ModelCard* card, const std::string& modelFile) {
    if (!card || card->widthSteps.empty())
        throw DataError(modelFile,
                        "the width cascade needs a model trained at nested widths, and " +
                            std::string(card ? "its card lists no width_steps" : "it has no card"));
    const WidthSteps& steps = card->widthSteps;
    if (steps.fractions.size() < 2)
        throw DataError(modelFile, "the width cascade needs at least two trained widths; its card lists " +
                                       std::to_string(steps.fractions.size()));
    if (!steps.nested)
        throw DataError(modelFile, "the width cascade widens nested widths only, and its card says its "
                                   "widths are not nested (width_steps.nested)");
    std::vector<ChannelWidth> widths;
    for (size_t i = 0; i < steps.fractions.size(); ++i)
        widths.push_back({steps.fractions[i], steps.outputs[i]});
    return widths;
}

} // namespace dyve
