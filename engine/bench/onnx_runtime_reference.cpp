#include "bench/onnx_runtime_reference.h"

#include "bench/child_process.h"
#include "core/errors.h"
#include "data/project_paths.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace dyve {

namespace {

// The last non-empty line of a tool's stderr: its error message, after whatever npm printed before it.
std::string lastLine(const std::string& text) {
    std::istringstream lines(text);
    std::string line, last;
    while (std::getline(lines, line))
        if (line.find_first_not_of(" \t\r") != std::string::npos) last = line;
    return last;
}

std::string shapeArgument(const Shape& shape) {
    std::string text;
    for (const int64_t d : shape)
        text += (text.empty() ? "" : ",") + std::to_string(d);
    return text;
}

} // namespace

std::string onnxRuntimeBenchPath() {
    if (const char* env = std::getenv("ORT_BENCH"); env && *env) return env;
    const fs::path tool = fs::path("shared") / "tools" / "ort-bench";
    const std::string besideSource =
        (fs::path(modelsDir()).parent_path().parent_path() / tool).lexically_normal().string();
    const std::string fromWorkingDir = (fs::path("..") / tool).string();
    std::error_code ec;
    if (!fs::exists(besideSource, ec) && fs::exists(fromWorkingDir, ec)) return fromWorkingDir;
    return besideSource;
}

OnnxRuntimeTiming runOnnxRuntimeBench(const std::string& tool, const std::string& onnxModel, int threads,
                                      int runs, const Shape& inputShape) {
    std::error_code ec;
    if (!fs::is_regular_file(tool, ec))
        throw Error(tool, "not found (set ORT_BENCH to an ort-bench, or pass --no-ort)");
    if (::access(tool.c_str(), X_OK) != 0) throw Error(tool, "not executable");
    const ProcessOutput p = runProcess({tool, onnxModel, "--threads", std::to_string(threads), "--runs",
                                        std::to_string(runs), "--shape", shapeArgument(inputShape)});
    if (p.exitStatus != 0) {
        const std::string why = lastLine(p.err);
        throw Error(tool,
                    (p.exitStatus < 0 ? "ended by a signal" : "exit status " + std::to_string(p.exitStatus)) +
                        (why.empty() ? "" : ": " + why));
    }
    // The timing is the last line on stdout that is a JSON object with ort_ms.
    std::istringstream lines(p.out);
    std::string line;
    std::optional<OnnxRuntimeTiming> timing;
    while (std::getline(lines, line)) {
        const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_object() || !j.contains("ort_ms") || !j["ort_ms"].is_number()) continue;
        OnnxRuntimeTiming t;
        t.medianMs = j["ort_ms"].get<double>();
        auto number = [&](const char* key) {
            return j.contains(key) && j[key].is_number() ? j[key].get<double>() : t.medianMs;
        };
        t.minMs = number("ort_min_ms");
        t.p90Ms = number("ort_p90_ms");
        if (j.contains("ort_version") && j["ort_version"].is_string()) t.version = j["ort_version"];
        timing = t;
    }
    if (!timing || !(timing->medianMs > 0.0))
        throw Error(tool, "printed no positive ort_ms (stdout: \"" + lastLine(p.out) + "\")");
    return *timing;
}

} // namespace dyve
