#pragma once

#include <string>
#include <vector>

namespace dyve {

// What a finished child process left: its exit status (-1 when a signal ended it) and everything it
// wrote on stdout and stderr.
struct ProcessOutput {
    int exitStatus = -1;
    std::string out;
    std::string err;
};

// Runs the program at argv[0] (a path, not looked up in PATH) with `argv`, its stdin /dev/null, and waits
// for it. Throws Error naming argv[0] when it cannot be started. POSIX only.
ProcessOutput runProcess(const std::vector<std::string>& argv);

} // namespace dyve
