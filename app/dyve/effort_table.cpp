#include "effort_table.h"

#include "printing.h"

#include <ostream>

namespace dyve::cli {

namespace {

std::string share(int64_t part, int64_t whole) {
    return whole > 0 ? percent(double(part) / double(whole), 1) : "-";
}

} // namespace

void printEffortLayers(std::ostream& out, const std::vector<LayerStats>& layers) {
    TextTable table;
    table.addRow({"layer", "op", "dense ops", "executed", "reduction", "overhead", "SPET term.",
                  "SDSS interp.", "SFMA approx.", "zero maps"});
    for (const LayerStats& l : layers) {
        if (!l.effortPath) continue;
        const LayerEffortStats& e = l.effort;
        table.addRow({l.name, l.op, siNumber(double(l.denseOps)), siNumber(double(l.executedOps)),
                      l.executedOps > 0 ? fixed(double(l.denseOps) / double(l.executedOps), 2) + "x" : "-",
                      share(e.overheadOps, e.executedOps), share(e.spetTerminated, e.neurons),
                      share(e.sdssInterpolated, e.neurons), share(e.sfmaApproximated, e.inputMaps),
                      share(e.sfmaZeroSkipped, e.inputMaps)});
    }
    table.print(out);
}

nlohmann::ordered_json effortLayersJson(const std::vector<LayerStats>& layers) {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const LayerStats& l : layers) {
        if (!l.effortPath) continue;
        const LayerEffortStats& e = l.effort;
        rows.push_back({{"name", l.name},
                        {"op", l.op},
                        {"ops_dense", l.denseOps},
                        {"ops_executed", l.executedOps},
                        {"ops_partial", e.partialOps},
                        {"ops_completion", e.completionOps},
                        {"ops_overhead", e.overheadOps},
                        {"spet_terminated", e.spetTerminated},
                        {"sdss_interpolated", e.sdssInterpolated},
                        {"sfma_approximated", e.sfmaApproximated},
                        {"sfma_zero_skipped", e.sfmaZeroSkipped},
                        {"neurons", e.neurons},
                        {"input_maps", e.inputMaps}});
    }
    return rows;
}

} // namespace dyve::cli
