#pragma once

#include "graph/graph.h"
#include "kernels/layer.h"
#include "runtime/run_result.h"

#include <memory>
#include <vector>

namespace dyve {

// A planned step of the network: one node, its layer and where its operands live.
struct LayerInfo {
    std::string name;
    std::string op;
    std::vector<Shape> inputShapes;  // computed inputs only (no weights)
    std::vector<Shape> outputShapes;
    int64_t parameters = 0;
    int64_t denseOps = 0;
};

// A model ready to run: one layer per node, shapes planned for the current input shapes and every value's
// buffer allocated once per plan, reused by every run (SPEC §4.2). Not thread-safe: one Network per
// thread of work.
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

private:
    struct Step;
    void planFor(const std::vector<Shape>& inputShapes);
    void fuseRelus();
    Graph m_graph;
    std::vector<Shape> m_inputShapes;
    std::vector<LayerInfo> m_layers;
    std::vector<std::unique_ptr<Step>> m_steps;
    std::vector<Shape> m_valueShapes;           // by value id
    std::vector<std::vector<float>> m_buffers;  // the activations' memory, shared by values whose lives do not overlap
    std::vector<int> m_lastUse;                 // by value id: the last step that reads it
    std::vector<float*> m_valueData;            // by value id
    std::vector<int> m_inputIds, m_outputIds;
    std::vector<TensorView> m_in, m_out; // the current step's operands, kept to not allocate per run
};

} // namespace dyve
