#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace dyve::cli {

// Bad usage of the command line (unknown option, missing value, bad number): exit 2 (SPEC §5.1).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One option of a command: a flag when valueName is empty, else it takes one value ("--runs 50" or
// "--runs=50").
struct OptionSpec {
    std::string name; // without the leading dashes
    std::string valueName;
    std::string help;
};

struct CommandSpec {
    std::string name;
    std::string usage;   // after "dyve <name> "
    std::string summary; // one line, for `dyve --help`
    std::string details; // paragraphs after the option list
    std::vector<OptionSpec> options;
};

// The options every command takes (SPEC §5.1): --help, --threads, --json, --card, --weights.
std::vector<OptionSpec> commonOptions();

class Arguments {
public:
    std::vector<std::string> positionals;

    bool has(const std::string& option) const;
    std::string value(const std::string& option, const std::string& fallback = {}) const;
    // An integer option in [minimum, maximum]; throws UsageError naming the option otherwise.
    long intValue(const std::string& option, long fallback, long minimum, long maximum = 1L << 30) const;
    double doubleValue(const std::string& option, double fallback, double minimum, double maximum) const;

private:
    friend Arguments parseArguments(const CommandSpec&, const std::vector<std::string>&);
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
};

// The data set options of the commands that evaluate one (eval, sweep; tune takes --batch): their help
// lines, and their values as read from the arguments.
OptionSpec dataOption();                                    // --data DATASET
OptionSpec limitOption();                                   // --limit N
OptionSpec batchOption();                                   // --batch N
size_t limitArgument(const Arguments& args);                // 0: every image; --limit below 1 is refused
int batchArgument(const Arguments& args, int fallback = 8); // 1 to 4096

// Parses a command's arguments (everything after the command name). "--" ends the options. Throws
// UsageError for unknown options and missing values.
Arguments parseArguments(const CommandSpec& spec, const std::vector<std::string>& args);

// True when the arguments ask for help (-h / --help anywhere before "--"), whatever else they hold.
bool asksForHelp(const std::vector<std::string>& args);

// The text of `dyve <command> --help`.
std::string helpText(const CommandSpec& spec);

} // namespace dyve::cli
