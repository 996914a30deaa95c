#pragma once

#include "core/tensor.h"

#include <string>

namespace dyve {

// ONNX Runtime (CPU), the reference peer of SPEC §9, timed by the project's `ort-bench` tool in a process
// of its own (ONNX Runtime is not a Debian package; the tool installs it from npm on its first run):
//   ort-bench MODEL.onnx --threads N --runs R --shape 1,3,H,W   → one JSON line with "ort_ms"
struct OnnxRuntimeTiming {
    double medianMs = 0.0;
    double minMs = 0.0;
    double p90Ms = 0.0;
    std::string version;
};

// The ort-bench to run: $ORT_BENCH when set (even when it does not exist, so a test or a user can point
// away from the real one), else ../shared/tools/ort-bench beside the project's source tree (SPEC §10),
// else the working directory's ../shared/tools/ort-bench; the first of those two that exists, or the
// first when neither does.
std::string onnxRuntimeBenchPath();

// One invocation of `tool` on `onnxModel` at `threads` intra-op threads: the median, minimum and 90th
// percentile of `runs` runs after its own warm-up, on an input of `inputShape`. Throws Error naming the
// tool when it is missing, cannot run, fails (with the last line it wrote on stderr) or prints no ort_ms.
OnnxRuntimeTiming runOnnxRuntimeBench(const std::string& tool, const std::string& onnxModel, int threads,
                                      int runs, const Shape& inputShape);

} // namespace dyve
