#pragma once

#include <QByteArray>
#include <QStringList>

namespace dyve::test {

// What a run of the built `dyve` gave: its exit code (-1 when it did not start or crashed) and output.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built `dyve` (cliPath()) with `args` and waits up to ten minutes; `environment` adds or overrides
// variables (NAME=value).
CliResult runCli(const QStringList& args, const QStringList& environment = {});

} // namespace dyve::test
