#include "support/cli_run.h"

#include "support/test_paths.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace dyve::test {

CliResult runCli(const QStringList& args, const QStringList& environment) {
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& e : environment)
            env.insert(e.section('=', 0, 0), e.section('=', 1));
        process.setProcessEnvironment(env);
    }
    process.start(cliPath(), args);
    CliResult r;
    if (!process.waitForStarted()) return r;
    process.waitForFinished(10 * 60 * 1000);
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace dyve::test
