#pragma once

#include "cli_options.h"

namespace dyve::cli {

// One function per `dyve` command (SPEC §5.1), each in command_<name>.cpp with its spec. They return the
// exit status and throw dyve::Error or UsageError for bad input and bad usage (main() prints the line).
CommandSpec infoSpec();
int commandInfo(const Arguments& args);

CommandSpec runSpec();
int commandRun(const Arguments& args);

CommandSpec evalSpec();
int commandEval(const Arguments& args);

CommandSpec benchSpec();
int commandBench(const Arguments& args);

CommandSpec sweepSpec();
int commandSweep(const Arguments& args);

CommandSpec tuneSpec();
int commandTune(const Arguments& args);

} // namespace dyve::cli
