#pragma once

#include "cli_options.h"
#include "effort_choice.h"
#include "model_context.h"

#include <vector>

namespace dyve::cli {

// `dyve bench --effort E` where the profile's level runs the width cascade (issue 16): passes over the first
// --images images (default 256) of --data (default: the card's data set), the full width and the cascade
// in alternating blocks, at each thread setting. Returns the exit status.
int benchWidthCascade(const Arguments& args, SelectedModel& model, const Graph& graph,
                      const EffortChoice& effort, const std::vector<int>& threadSettings, int warmup);

} // namespace dyve::cli
