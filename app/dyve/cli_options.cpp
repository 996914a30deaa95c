#include "cli_options.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <limits>
#include <sstream>

namespace dyve::cli {

std::vector<OptionSpec> commonOptions() {
    return {
        {"help", "", "show this help and exit"},
        {"threads", "N", "threads for the engine and OpenCV (default: all cores)"},
        {"json", "", "print one JSON object on stdout; human text goes to stderr"},
        {"card", "FILE", "model card (preprocessing, classes, default data set; SPEC 5.2)"},
        {"weights", "FILE", "Caffe weights (default: the .caffemodel beside the .prototxt)"},
        {"sparse-weights", "HOW",
         "measured (default: a convolution with many zero weights times the dense and the sparse product at "
         "load and keeps the clearly faster), dense, or sparse"},
    };
}

OptionSpec dataOption() {
    return {"data", "DATASET", "list file, folder per class, or IDX files (default: the card's)"};
}

OptionSpec limitOption() {
    return {"limit", "N", "use only the first N images (folder sets: balanced over classes)"};
}

OptionSpec batchOption() {
    return {"batch", "N", "images per forward pass (default 8)"};
}

size_t limitArgument(const Arguments& args) {
    // 0 means "every image" inside the engine (openDataset); asked for on the command line it is a slip.
    const long limit = args.intValue("limit", 0, std::numeric_limits<long>::min(), 1L << 30);
    if (args.has("limit") && limit < 1)
        throw UsageError("--limit must be at least 1 (leave it out to use every image)");
    return static_cast<size_t>(limit);
}

int batchArgument(const Arguments& args, int fallback) {
    return static_cast<int>(args.intValue("batch", fallback, 1, 4096));
}

bool Arguments::has(const std::string& option) const {
    return m_flags.count(option) || m_values.count(option);
}

std::string Arguments::value(const std::string& option, const std::string& fallback) const {
    auto it = m_values.find(option);
    return it == m_values.end() ? fallback : it->second;
}

long Arguments::intValue(const std::string& option, long fallback, long minimum, long maximum) const {
    auto it = m_values.find(option);
    if (it == m_values.end()) return fallback;
    const std::string& text = it->second;
    errno = 0;
    char* end = nullptr;
    const long v = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE || v < minimum || v > maximum)
        throw UsageError("option --" + option + " expects a whole number from " + std::to_string(minimum) +
                         " to " + std::to_string(maximum) + ", got '" + text + "'");
    return v;
}

double Arguments::doubleValue(const std::string& option, double fallback, double minimum,
                              double maximum) const {
    auto it = m_values.find(option);
    if (it == m_values.end()) return fallback;
    const std::string& text = it->second;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !(v >= minimum && v <= maximum)) {
        std::ostringstream range;
        range << minimum << " to " << maximum;
        throw UsageError("option --" + option + " expects a number from " + range.str() + ", got '" + text +
                         "'");
    }
    return v;
}

Arguments parseArguments(const CommandSpec& spec, const std::vector<std::string>& args) {
    Arguments parsed;
    bool optionsEnded = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            parsed.positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        if (arg == "-h") {
            parsed.m_flags.insert("help");
            continue;
        }
        if (arg.compare(0, 2, "--") != 0) throw UsageError("unknown option '" + arg + "'");
        std::string name = arg.substr(2);
        std::string value;
        bool inlineValue = false;
        if (const size_t eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            inlineValue = true;
        }
        const OptionSpec* option = nullptr;
        for (const OptionSpec& o : spec.options)
            if (o.name == name) option = &o;
        if (!option) throw UsageError("unknown option '--" + name + "'");
        if (option->valueName.empty()) {
            if (inlineValue) throw UsageError("option --" + name + " takes no value");
            parsed.m_flags.insert(name);
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size())
                throw UsageError("option --" + name + " needs a value (" + option->valueName + ")");
            value = args[++i];
        }
        parsed.m_values[name] = value;
    }
    return parsed;
}

bool asksForHelp(const std::vector<std::string>& args) {
    for (const std::string& a : args) {
        if (a == "--") return false;
        if (a == "-h" || a == "--help") return true;
    }
    return false;
}

std::string helpText(const CommandSpec& spec) {
    std::ostringstream out;
    out << "Usage: dyve " << spec.name << ' ' << spec.usage << "\n\n" << spec.summary << "\n\nOptions:\n";
    size_t width = 0;
    std::vector<std::string> heads;
    for (const OptionSpec& o : spec.options) {
        heads.push_back("--" + o.name + (o.valueName.empty() ? "" : " " + o.valueName));
        width = std::max(width, heads.back().size());
    }
    for (size_t i = 0; i < spec.options.size(); ++i)
        out << "  " << heads[i] << std::string(width - heads[i].size() + 2, ' ') << spec.options[i].help
            << '\n';
    if (!spec.details.empty()) out << '\n' << spec.details << '\n';
    out << "\nExit status: 0 success, 1 a check failed, 2 bad usage or bad input.\n";
    return out.str();
}

} // namespace dyve::cli
