#include "run_report_file.h"

#include "core/errors.h"
#include "runtime/threading.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace fs = std::filesystem;

namespace dyve::cli {

OptionSpec reportOption() {
    return {"report", "FILE",
            "also write an HTML report (model, effort setting, results and per-layer tables) to FILE"};
}

std::optional<std::string> reportFile(const Arguments& args) {
    if (!args.has("report")) return std::nullopt;
    const std::string file = args.value("report");
    if (file.empty()) throw UsageError("--report needs a file name");
    std::error_code ec;
    if (fs::is_directory(file, ec)) throw DataError(file, "cannot write the report: it is a directory");
    const bool existed = fs::exists(file, ec);
    {
        std::ofstream probe(file, std::ios::app);
        if (!probe) throw DataError(file, std::string("cannot write the report: ") + std::strerror(errno));
    }
    if (!existed) fs::remove(file, ec);
    return file;
}

RunReport reportHeader(const std::string& command, const SelectedModel& model,
                       const std::optional<EffortChoice>& effort) {
    RunReport report;
    report.generator = "dyve " + command + " " + DYVE_VERSION;
    report.created = reportTimestamp();
    report.threads = threadCount();
    report.modelPath = model.path;
    report.modelFormat = detectModelFormat(model.path);
    report.modelSha256 = effortModelDigest(model.path, model.loadOptions.weightsFile);
    if (model.card) {
        report.modelName = model.card->name;
        report.cardFile = model.card->file;
        report.classNames = model.card->classNames;
    }
    if (effort) {
        report.effortLevel = effort->level;
        report.effortSource = effort->uniform ? effort->source : "profile " + effort->source;
    }
    return report;
}

void saveReport(const std::string& file, const RunReport& report) {
    saveHtmlReport(file, report);
    std::cerr << "dyve: report written to " << file << std::endl;
}

} // namespace dyve::cli
