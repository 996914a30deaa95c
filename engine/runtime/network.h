#pragma once

#include "effort/effort_settings.h"
#include "graph/graph.h"
#include "operators/layer.h"
#include "runtime/run_result.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace dyve {

class EffortConv;

// A run stopped part-way (Network::runUntil): the values the remaining steps read and the stats of the
// steps done, so that the rest can be run, several times and under different effort settings, without
// repeating the first part (the tuner's per-layer sensitivity sweep, SPEC §4.7).
struct NetworkCheckpoint {
    size_t step = 0; // the first step not yet run
    std::vector<Shape> inputShapes;
    std::vector<std::pair<int, std::vector<float>>> values; // by value id
    RunResult partial;                                      // layers [0, step) and their time
};

// Runtime channel width (SPEC §4.9, issue 16): the share of the model's channels a run computes.
struct ChannelWidth {
    double fraction = 1.0; // 0 < fraction ≤ 1: every Conv computes its first ⌈fraction · C_out⌉ channels
    // The graph output that holds this width's result, given first in RunResult::outputs (a width-trained
    // model has a classifier head per width: ModelCard::widthSteps); empty: the graph's first output.
    std::string output;
};

// A planned step of the network: one node, its layer and where its operands live.
struct LayerInfo {
    std::string name;
    std::string op;
    std::vector<Shape> inputShapes; // computed inputs only (no weights)
    std::vector<Shape> outputShapes;
    int64_t parameters = 0;
    int64_t denseOps = 0;
    // Of denseOps, those that multiply a zero weight and that the layer's sparse product skips in dense mode
    // (SPEC §4.6: lossless); 0 for a layer that runs the dense product.
    int64_t zeroWeightOps = 0;
    // A Conv's weights: their zero share, and whether it runs the dense or the sparse product, measured how
    // (operators/weight_path.h, runtime/weight_policy.h).
    WeightPath weightPath;

    // SPEC §4.6: a Conv or Gemm that runs its EffortConv in effort mode (runtime/effort_patterns.h).
    bool effortEligible = false;
    // A Conv or Gemm that runs its dense layer in effort mode too: why, in one line.
    std::string effortIneligibility;
    // A Relu or residual Add whose work the effort layer named here does in effort mode (or, for a Relu
    // after a max pool, in both modes).
    std::string effortHead;
};

// A model ready to run: one layer per node, shapes planned for the current input shapes and every value's
// buffer allocated once per plan, reused by every run (SPEC §4.2). Not thread-safe: one Network per
// thread of work.
//
// Two modes. Dense (the default) runs every node's dense layer. Effort mode (setEffort) runs every
// effort-eligible Conv and Gemm through its own EffortConv (SPEC §4.3–§4.5) with the knobs given for it,
// and every other layer dense. Layers are one per node, in the order of graph().nodes, which is the
// imported order except that a residual block's convolution is moved to directly before its Add
// (runtime/effort_patterns.h).
class Network {
public:
    // Builds a layer for every node; throws ImportError for unsupported operators and ModelError for
    // inconsistent models. Plans for the graph's declared input shapes, batch 1 where it is symbolic.
    explicit Network(Graph graph);
    ~Network();
    Network(Network&&) noexcept;
    Network& operator=(Network&&) noexcept;

    const Graph& graph() const { return m_graph; }
    // Input shapes of the current plan.
    const std::vector<Shape>& inputShapes() const { return m_inputShapes; }
    const std::vector<LayerInfo>& layers() const { return m_layers; }
    int64_t denseOps() const;

    // Re-plans for new input shapes (a different batch size, say). Cheap when they are unchanged.
    void plan(const std::vector<Shape>& inputShapes);
    // Runs one forward pass; re-plans when the inputs' shapes differ from the plan. Throws DataError
    // when the number of inputs is wrong.
    RunResult run(const std::vector<Tensor>& inputs);
    // The same into an existing result, reusing its outputs' and layer stats' storage: repeated runs
    // (benchmarks, the camera demo) then allocate nothing.
    void run(const std::vector<Tensor>& inputs, RunResult& result);

    // Effort mode with these knobs and scales, from the next run on; `settings` is copied. Throws DataError
    // naming the model when it names a layer that does not take the effort path (effortLayers()).
    void setEffort(const EffortSettings& settings);
    // Back to the dense path.
    void setDense();
    bool effortMode() const { return m_effortMode; }
    const EffortSettings& effortSettings() const { return m_effortSettings; }
    // The layers that take the effort path under the current plan, in order (their LayerInfo::name).
    std::vector<std::string> effortLayers() const;
    // Whether effort runs fill LayerStats::masks (the studio's heatmaps); off by default, as benchmarks
    // must not pay for them.
    void setRecordMasks(bool record) { m_recordMasks = record; }
    bool recordsMasks() const { return m_recordMasks; }

    // Runs at this channel width from now on, re-planning (ChannelWidth; Layer::setWidth says how each
    // layer narrows; nothing is repacked). Throws DataError naming the model for a fraction outside (0, 1],
    // an output the graph does not have, or effort mode below full width, and ModelError when a layer cannot
    // run narrower (a grouped convolution, a per-channel constant of the full width); the width is then
    // unchanged.
    void setWidth(const ChannelWidth& width);
    const ChannelWidth& width() const { return m_width; }

    // For the width cascade (runtime/width_cascade.h). With keepValues, every computed value has memory of
    // its own to the end of a run (no value takes over a dead one's buffer), so that a wider run can resume
    // from it; off by default.
    void setKeepValues(bool keep);
    // Computes every value into the memory `host` has for it (nullptr: its own): host keeps its values, is
    // built from the same graph and planned for the same input shapes at a width at least this one's, and
    // must outlive this network. A nested narrower network's values are then the first channels of
    // host's. Throws std::logic_error at the next plan when host's values cannot hold this plan's.
    void shareValuesWith(Network* host);
    // Runs as run() does after a run of `narrower` (a network of the same graph sharing this one's memory,
    // shareValuesWith, at a narrower width of a nested width-trained model) on the same inputs: each layer
    // computes only the output channels that narrower did not (Layer::resumeFromChannel), and the result's
    // operations and times are those of this widening alone. Throws DataError in effort mode.
    void runWidening(const std::vector<Tensor>& inputs, const Network& narrower, RunResult& result);

    // The thread count the current plan is for (runtime/threading.h): a run under another count plans
    // afresh, as bands, the products chosen and their timing depend on it.
    int plannedThreads() const { return m_planThreads; }

    // The step (index into layers()) of the layer named `layer`, or layers().size().
    size_t stepOf(const std::string& layer) const;
    // Runs the steps before `step` and keeps what the rest needs.
    void runUntil(const std::vector<Tensor>& inputs, size_t step, NetworkCheckpoint& checkpoint);
    // Runs the rest of a checkpointed run under the current mode and settings; `result` is then what run()
    // would have given had the steps before the checkpoint run under the settings in force then.
    void runFrom(NetworkCheckpoint& checkpoint, RunResult& result);
    // Runs only the checkpoint's step and the steps whose work it absorbs (its ReLU, a fused residual Add)
    // under the current mode and settings, and returns their time in milliseconds: how the tuner times one
    // layer's settings without the rest of the network's noise (SPEC §4.7). The checkpoint stays usable.
    double timeLayerAt(NetworkCheckpoint& checkpoint);

    // Calibration (SPEC §4.3 item 4, §4.7): between these two calls, every run also measures each
    // effort-eligible layer's LayerCalibration (calibration.h) from its input and its dense
    // pre-activations (for a residual block, the sum the ReLU sees: conv + shortcut). Runs should be dense.
    void beginCalibration();
    // The measured scales by layer name; ends the measurement.
    std::map<std::string, LayerCalibration> endCalibration();

private:
    struct Step;
    void planFor(const std::vector<Shape>& inputShapes);
    void fuseActivations();
    void fuseResiduals();
    std::map<int, std::pair<int, size_t>> planConcatParts() const;
    void borrowHostValues(const std::vector<Shape>& inputShapes);
    void bindInputs(const std::vector<Tensor>& inputs);
    void runSteps(size_t begin, size_t end, RunResult& result, const Network* narrower = nullptr);
    void finishRun(RunResult& result);
    void applyEffortPatterns();
    void planEffortStep(Step& step, const std::vector<Shape>& in, const std::vector<Shape>& out,
                        LayerInfo& info);
    EffortConv& effortConv(Step& step);
    void runEffortStep(Step& step, LayerStats& stats);
    void calibrateStep(Step& step);
    Graph m_graph;
    std::vector<Shape> m_inputShapes;
    int m_planThreads = 0; // the thread count the plan is for: another count plans afresh
    ChannelWidth m_width;
    double m_planWidth = 1.0; // the width fraction the plan is for
    std::vector<LayerInfo> m_layers;
    std::vector<std::unique_ptr<Step>> m_steps;
    std::vector<Shape> m_valueShapes; // by value id
    std::vector<std::vector<float>>
        m_buffers;                   // the activations' memory, shared by values whose lives do not overlap
    std::vector<int> m_lastUse;      // by value id: the last step that reads it
    std::vector<int> m_producerStep; // by value id: the step that writes it, -1 for inputs and constants
    std::vector<float*> m_valueData; // by value id
    bool m_keepValues = false;       // setKeepValues
    Network* m_valueHost = nullptr;  // shareValuesWith
    int64_t m_planCount = 0;         // plans made: a host's values move when it plans again
    int64_t m_hostPlanCount = -1;    // m_valueHost's m_planCount when this plan took its memory
    std::vector<int> m_inputIds, m_outputIds; // m_outputIds: m_width's output first
    std::vector<int> m_graphOutputIds;        // in the graph's order
    std::vector<TensorView> m_in, m_out;      // the current step's operands, kept to not allocate per run

    bool m_effortMode = false;
    EffortSettings m_effortSettings;
    bool m_recordMasks = false;
    RunResult m_timing; // timeLayerAt()'s per-step times
    bool m_calibrating = false;
    std::vector<float> m_preActivations; // calibration scratch
};

// The shape the current plan gives the graph's first output, or {} when the network is not planned or no
// node produces it.
Shape plannedOutputShape(const Network& network);

} // namespace dyve
