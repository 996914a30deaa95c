#include "models/width_options.h"

#include "eval/model_width.h"

#include <QCoreApplication>

namespace dyve::ui {

std::vector<WidthOption> widthOptions(const dyve::WidthSteps& steps) {
    std::vector<WidthOption> options;
    const auto percent = [](double fraction) { return QString::fromStdString(dyve::widthText(fraction)); };
    if (steps.empty()) {
        options.push_back(
            {dyve::ChannelWidth{}, QCoreApplication::translate("WidthOptions", "100% (full)"), true});
        for (double fraction : {0.75, 0.5, 0.25})
            options.push_back({dyve::ChannelWidth{fraction, {}},
                               QCoreApplication::translate("WidthOptions", "%1 (not trained: truncated)")
                                   .arg(percent(fraction)),
                               false});
        return options;
    }
    for (size_t i = steps.fractions.size(); i-- > 0;) {
        const double fraction = steps.fractions[i];
        const QString label =
            fraction >= 1.0 ? QCoreApplication::translate("WidthOptions", "100% (full)") : percent(fraction);
        options.push_back({dyve::ChannelWidth{fraction, steps.outputs[i]}, label, true});
    }
    return options;
}

} // namespace dyve::ui
