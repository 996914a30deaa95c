#pragma once

#include "cli_options.h"
#include "effort_choice.h"
#include "model_context.h"

#include "report/run_report.h"

#include <optional>
#include <string>

namespace dyve::cli {

// --report FILE on `dyve run` and `dyve eval`: the same HTML report the studio exports (report/run_report.h).
OptionSpec reportOption();

// The file --report names, checked before any work starts (DataError naming it when it cannot be
// written), so that a long evaluation does not end in an error; none without the option.
std::optional<std::string> reportFile(const Arguments& args);

// A report's model and effort sections for `command` ("run", "eval").
RunReport reportHeader(const std::string& command, const SelectedModel& model,
                       const std::optional<EffortChoice>& effort);

// Writes the report and says where on stderr.
void saveReport(const std::string& file, const RunReport& report);

} // namespace dyve::cli
