#pragma once

#include "core/tensor.h"
#include "runtime/network.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dyve {

// Summary of repeated wall-time measurements of one thing, in milliseconds. Medians are what SPEC §9
// reports: robust against the odd run disturbed by another process.
struct Timing {
    std::vector<double> samples; // in run order
    double medianMs = 0.0;
    double minMs = 0.0;
    double p90Ms = 0.0;
    double meanMs = 0.0;
};

// Median, minimum, 90th percentile and mean of the samples.
Timing summarize(std::vector<double> samples);

// Calls `fn` `warmup` times untimed (first-touch allocations, thread pools starting, caches), then `runs`
// times timed.
Timing measure(const std::function<void()>& fn, int warmup, int runs);

// The same for several candidates measured in alternating blocks (A×b, B×b, A×b, ...), so that load from
// other processes drifting during the measurement hits every candidate alike and their ratio stays fair
// (SPEC §9: ratios of two things measured in the same run). Not run by run: thread pools (OpenBLAS's
// pthreads, OpenMP, OpenCV's TBB) keep spinning for a while after their work, and would steal the cores
// from whichever candidate runs next; one untimed settle run at every switch absorbs that. Each candidate
// first gets `warmup` untimed runs. `progress`, when set, is called with (timed runs done, runs) of the
// first candidate's schedule.
std::vector<Timing> measureInterleaved(const std::vector<std::function<void()>>& candidates, int warmup,
                                       int runs, const std::function<void(int, int)>& progress = {},
                                       int block = 10);

// measureInterleaved in `segments` consecutive parts of about runs / segments timed runs each (the warm-up
// only before the first), calling `between(segment)` after each part, and the samples of the parts joined.
// A peer timed in a process of its own (ONNX Runtime) runs in `between`, so that it too alternates with
// this engine and load drifting during the measurement hits both (SPEC §9).
std::vector<Timing> measureInSegments(const std::vector<std::function<void()>>& candidates, int warmup,
                                      int runs, int segments, const std::function<void(int)>& between,
                                      const std::function<void(int, int)>& progress = {});

// Per-layer dense timing of a network (the `caffe time` table, SPEC §9 / STYLE.md).
struct LayerTiming {
    std::string name;
    std::string op;
    int64_t denseOps = 0; // multiply-accumulates for Conv/Gemm/MatMul (SPEC §4.6 operations)
    double medianMs = 0.0;
    // 2·MACs / time for the layers whose operations are multiply-accumulates (Conv, Gemm, MatMul); 0 for
    // the others, whose "operations" are element visits and not floating-point work to compare with the
    // machine's FMA peak (bench/fma_peak.h).
    double gflops = 0.0;
};

// Median per-layer times over `runs` forward passes after `warmup` untimed ones.
std::vector<LayerTiming> measureLayers(Network& network, const std::vector<Tensor>& inputs, int warmup,
                                       int runs);

// Per-layer medians from the layer stats of runs already made (RunResult::layers of each run).
std::vector<LayerTiming> layerMedians(const std::vector<std::vector<double>>& msPerLayerPerRun,
                                      const std::vector<LayerInfo>& layers);

// A deterministic pseudo-random input (uniform in [0, 1), fixed seed) for models with no real input.
Tensor pseudoRandomTensor(const Shape& shape, uint32_t seed = 20240601u);

} // namespace dyve
