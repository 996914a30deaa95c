#pragma once

#include "runtime/run_result.h"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <vector>

namespace dyve::cli {

// The per-layer effort columns (SPEC §4.6) of the layers that ran their effort path: dense and executed
// operations, the reduction, and per mechanism the share of neurons or input maps it skipped or
// approximated. For `dyve run --layers` and `dyve bench --effort --layers`.
void printEffortLayers(std::ostream& out, const std::vector<LayerStats>& layers);

// The same as JSON rows: {"name", "op", "ops_dense", "ops_executed", "ops_partial", "ops_completion",
// "ops_overhead", "spet_terminated", "sdss_interpolated", "sfma_approximated", "sfma_zero_skipped",
// "neurons", "input_maps"}.
nlohmann::ordered_json effortLayersJson(const std::vector<LayerStats>& layers);

} // namespace dyve::cli
