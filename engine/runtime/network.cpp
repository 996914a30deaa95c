#include "runtime/network.h"

#include "core/errors.h"
#include "runtime/threading.h"

#include <chrono>
#include <cstring>
#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace dyve {

struct Network::Step {
    const Node* node = nullptr;
    std::unique_ptr<Layer> layer;
    std::vector<int> inputs;  // value ids; -1 for an omitted optional input
    std::vector<int> outputs; // value ids; -1 for an output nobody may read
    // A Relu whose producer applies it (Layer::fuseRelu): not run, its output is its input's buffer.
    bool fusedIntoProducer = false;
};

namespace {

// The activations' memory (SPEC §4.2: buffers planned once per model and reused across runs): a value
// takes a buffer when its layer is planned and gives it back after its last reader, so that later values
// reuse it. A network then touches a few buffers that stay in cache rather than one per value (SqueezeNet:
// 30 MB of distinct activations that each run wrote to cold memory). Buffers are sized while planning and
// allocated at the end (allocate()), so that growing one never moves the data of a value planned earlier.
class BufferPool {
public:
    // Gives value `id` a buffer of at least `size` floats: the smallest free one that is large enough, else
    // the largest free one, to be grown, else a new one.
    void place(int id, size_t size) {
        int best = -1;
        for (int b : m_free) {
            const size_t have = m_sizes[b], bestHave = best < 0 ? 0 : m_sizes[best];
            const bool fits = have >= size, bestFits = best >= 0 && bestHave >= size;
            if (best < 0 || (fits && (!bestFits || have < bestHave)) || (!fits && !bestFits && have > bestHave))
                best = b;
        }
        if (best < 0) {
            best = static_cast<int>(m_sizes.size());
            m_sizes.push_back(0);
            m_readers.push_back(0);
        } else {
            m_free.erase(std::find(m_free.begin(), m_free.end(), best));
        }
        m_sizes[best] = std::max(m_sizes[best], size);
        assign(id, best);
    }
    // Value `id` is another name for value `of`'s data (a fused Relu's output).
    void share(int id, int of) { assign(id, m_bufferOf.at(of)); }
    // Value `id` is dead; its buffer is free once no other live value names it.
    void release(int id) {
        if (!m_live.count(id)) return; // a graph input or a constant, or already released
        m_live.erase(id);
        if (--m_readers[m_bufferOf[id]] == 0) m_free.push_back(m_bufferOf[id]);
    }
    // Allocates the buffers and points every planned value at its own.
    std::vector<std::vector<float>> allocate(std::vector<float*>& valueData) const {
        std::vector<std::vector<float>> buffers;
        for (size_t size : m_sizes)
            buffers.emplace_back(size, 0.0f);
        for (const auto& [id, buffer] : m_bufferOf)
            valueData[static_cast<size_t>(id)] = buffers[static_cast<size_t>(buffer)].data();
        return buffers;
    }

private:
    void assign(int id, int buffer) {
        m_bufferOf[id] = buffer;
        m_live.insert(id);
        ++m_readers[buffer];
    }

    std::vector<size_t> m_sizes; // floats of each buffer
    std::vector<int> m_readers;  // live values naming each buffer
    std::vector<int> m_free;
    std::map<int, int> m_bufferOf; // by value id, dead values included
    std::set<int> m_live;
};

} // namespace

Network::Network(Graph graph) : m_graph(std::move(graph)) {
    validate(m_graph);
    std::map<std::string, int> ids;
    auto idOf = [&](const std::string& name) {
        auto [it, added] = ids.emplace(name, static_cast<int>(ids.size()));
        return it->second;
    };
    for (const ValueInfo& in : m_graph.inputs)
        m_inputIds.push_back(idOf(in.name));
    for (const auto& [name, t] : m_graph.initializers)
        idOf(name);
    for (const Node& node : m_graph.nodes) {
        auto step = std::make_unique<Step>();
        step->node = &node;
        step->layer = createLayer(LayerSetup{node, m_graph});
        for (const std::string& in : node.inputs)
            step->inputs.push_back(in.empty() ? -1 : idOf(in));
        for (const std::string& out : node.outputs)
            step->outputs.push_back(out.empty() ? -1 : idOf(out));
        m_steps.push_back(std::move(step));
    }
    for (const std::string& out : m_graph.outputs)
        m_outputIds.push_back(idOf(out));

    m_valueShapes.assign(ids.size(), Shape{});
    m_valueData.assign(ids.size(), nullptr);
    for (auto& [name, t] : m_graph.initializers) {
        const int id = ids.at(name);
        m_valueShapes[id] = t.shape;
        m_valueData[id] = t.type == DataType::Float32 ? t.floats.data() : nullptr;
    }

    // The last step that reads each value; graph outputs live forever, values nobody reads stay -1.
    m_lastUse.assign(ids.size(), -1);
    for (size_t s = 0; s < m_steps.size(); ++s)
        for (int id : m_steps[s]->inputs)
            if (id >= 0) m_lastUse[static_cast<size_t>(id)] = static_cast<int>(s);
    for (int id : m_outputIds)
        m_lastUse[static_cast<size_t>(id)] = std::numeric_limits<int>::max();
    fuseRelus();
    std::vector<Shape> shapes;
    for (const ValueInfo& in : m_graph.inputs) {
        Shape s = in.shape;
        for (int64_t& d : s)
            if (d < 0) d = 1; // symbolic dimensions (the batch) plan as 1; a declared 0 is a real empty one
        shapes.push_back(s);
    }
    plan(shapes);
}

Network::~Network() = default;
Network::Network(Network&&) noexcept = default;
Network& Network::operator=(Network&&) noexcept = default;

// A Relu that is the only reader of a value its producer can rectify in place is fused into that producer
// (a convolution applies it as each output leaves the GEMM): one pass over the activations instead of two
// (SPEC §4.2). The Relu stays a layer of the plan and of every RunResult, with its dense operations and
// 0 ms, so per-layer tables keep one row per node; its output aliases the producer's, which nobody else
// reads.
void Network::fuseRelus() {
    std::vector<int> producer(m_valueData.size(), -1); // step index by value id
    for (size_t s = 0; s < m_steps.size(); ++s)
        for (int id : m_steps[s]->outputs)
            if (id >= 0) producer[static_cast<size_t>(id)] = static_cast<int>(s);
    for (auto& step : m_steps) {
        if (step->node->op != "Relu" || step->inputs.empty() || step->inputs[0] < 0) continue;
        const int value = step->inputs[0];
        const int from = producer[static_cast<size_t>(value)];
        if (from < 0 || m_steps[static_cast<size_t>(from)]->outputs.size() != 1) continue;
        if (std::find(m_outputIds.begin(), m_outputIds.end(), value) != m_outputIds.end()) continue;
        if (m_graph.consumers(step->node->inputs[0]).size() != 1) continue;
        step->fusedIntoProducer = m_steps[static_cast<size_t>(from)]->layer->fuseRelu();
    }
}

int64_t Network::denseOps() const {
    int64_t n = 0;
    for (const LayerInfo& l : m_layers)
        n += l.denseOps;
    return n;
}

void Network::plan(const std::vector<Shape>& inputShapes) {
    if (!m_layers.empty() && inputShapes == m_inputShapes) return;
    try {
        planFor(inputShapes);
    } catch (...) {
        // A plan that failed part-way leaves layers and buffers sized for shapes that were never
        // accepted: forget the plan so the next run, whatever its shapes, plans afresh.
        m_layers.clear();
        m_inputShapes.clear();
        throw;
    }
}

void Network::planFor(const std::vector<Shape>& inputShapes) {
    if (inputShapes.size() != m_inputIds.size())
        throw DataError(m_graph.sourceFile, "the model takes " + std::to_string(m_inputIds.size()) +
                                                " inputs, " + std::to_string(inputShapes.size()) + " given");
    for (size_t i = 0; i < inputShapes.size(); ++i) {
        const Shape& declared = m_graph.inputs[i].shape;
        const Shape& given = inputShapes[i];
        bool fits = declared.empty() || declared.size() == given.size();
        for (size_t d = 0; fits && d < declared.size(); ++d)
            fits = declared[d] <= 0 || declared[d] == given[d] || d == 0; // the batch may always change
        if (!fits)
            throw DataError(m_graph.sourceFile, "input '" + m_graph.inputs[i].name + "' expects shape " +
                                                    toString(declared) + ", got " + toString(given));
        m_valueShapes[m_inputIds[i]] = given;
    }

    const int threads = threadCount();
    BufferPool storage;
    std::vector<LayerInfo> layers;
    for (auto& step : m_steps) {
        std::vector<Shape> in;
        LayerInfo info;
        info.name = step->node->name.empty() ? step->node->outputs.front() : step->node->name;
        info.op = step->node->op;
        for (size_t i = 0; i < step->inputs.size(); ++i) {
            const int id = step->inputs[i];
            in.push_back(id < 0 ? Shape{} : m_valueShapes[id]);
            if (id < 0) continue;
            if (const Tensor* c = m_graph.initializer(step->node->inputs[i]))
                info.parameters += c->type == DataType::Float32 ? c->size() : 0;
            else
                info.inputShapes.push_back(m_valueShapes[id]);
        }
        step->layer->setThreads(threads);
        std::vector<Shape> out = step->layer->plan(in);
        if (out.size() < step->outputs.size()) {
            // Optional trailing outputs the layer does not produce (Dropout's mask, MaxPool's indices)
            // must not be read by anyone.
            for (size_t o = out.size(); o < step->outputs.size(); ++o) {
                const std::string& name = step->node->outputs[o];
                if (!name.empty() && !m_graph.consumers(name).empty())
                    throw ImportError(m_graph.sourceFile, step->node->describe() + ": output '" + name +
                                                              "' is not supported");
                step->outputs[o] = -1;
            }
        }
        for (size_t o = 0; o < step->outputs.size(); ++o) {
            const int id = step->outputs[o];
            if (id < 0) continue;
            for (int64_t d : out[o])
                if (d < 0 || d > (int64_t(1) << 31))
                    throw ModelError(m_graph.sourceFile,
                                     step->node->describe() + " computes an impossible shape " + toString(out[o]));
            if (elementCount(out[o]) > (int64_t(1) << 31))
                throw ModelError(m_graph.sourceFile, step->node->describe() + " output of shape " +
                                                         toString(out[o]) + " is too large");
            m_valueShapes[id] = out[o];
            if (step->fusedIntoProducer)
                storage.share(id, step->inputs[0]);
            else
                storage.place(id, static_cast<size_t>(elementCount(out[o])));
            info.outputShapes.push_back(out[o]);
        }
        // Values read for the last time here (and outputs nobody reads) give their buffer back.
        for (int id : step->inputs)
            if (id >= 0 && m_lastUse[static_cast<size_t>(id)] == static_cast<int>(layers.size())) storage.release(id);
        for (int id : step->outputs)
            if (id >= 0 && m_lastUse[static_cast<size_t>(id)] < 0) storage.release(id);
        info.denseOps = step->layer->operations();
        layers.push_back(std::move(info));
    }
    m_layers = std::move(layers);
    m_buffers = storage.allocate(m_valueData);
    m_inputShapes = inputShapes;
}

RunResult Network::run(const std::vector<Tensor>& inputs) {
    RunResult result;
    run(inputs, result);
    return result;
}

void Network::run(const std::vector<Tensor>& inputs, RunResult& result) {
    if (inputs.size() != m_inputIds.size())
        throw DataError(m_graph.sourceFile, "the model takes " + std::to_string(m_inputIds.size()) +
                                                " inputs, " + std::to_string(inputs.size()) + " given");
    bool planned = m_inputShapes.size() == inputs.size();
    for (size_t i = 0; planned && i < inputs.size(); ++i)
        planned = inputs[i].shape == m_inputShapes[i];
    if (!planned) {
        std::vector<Shape> shapes;
        for (const Tensor& t : inputs)
            shapes.push_back(t.shape);
        plan(shapes);
    }
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (static_cast<int64_t>(inputs[i].floats.size()) != inputs[i].size())
            throw DataError(m_graph.sourceFile, "input '" + m_graph.inputs[i].name + "' has " +
                                                    std::to_string(inputs[i].floats.size()) +
                                                    " values for shape " + toString(inputs[i].shape));
        m_valueData[m_inputIds[i]] = const_cast<float*>(inputs[i].floats.data());
    }

    using Clock = std::chrono::steady_clock;
    // A result passed in again keeps its strings and buffers: a run then allocates nothing (SPEC §4.2).
    result.layers.resize(m_steps.size());
    const auto start = Clock::now();
    for (size_t s = 0; s < m_steps.size(); ++s) {
        Step& step = *m_steps[s];
        m_in.clear();
        m_out.clear();
        for (int id : step.inputs)
            m_in.push_back(id < 0 ? TensorView{} : TensorView{&m_valueShapes[id], m_valueData[id]});
        for (int id : step.outputs)
            if (id >= 0) m_out.push_back(TensorView{&m_valueShapes[id], m_valueData[id]});
        const auto t0 = Clock::now();
        if (!step.fusedIntoProducer) step.layer->forward(m_in, m_out);
        const auto t1 = Clock::now();
        LayerStats& stats = result.layers[s];
        stats.name = m_layers[s].name;
        stats.op = m_layers[s].op;
        stats.outputShape = m_layers[s].outputShapes.empty() ? Shape{} : m_layers[s].outputShapes.front();
        stats.denseOps = stats.executedOps = m_layers[s].denseOps;
        stats.ms = step.fusedIntoProducer ? 0.0 : std::chrono::duration<double, std::milli>(t1 - t0).count();
    }
    result.ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    result.outputs.resize(m_outputIds.size());
    for (size_t o = 0; o < m_outputIds.size(); ++o) {
        const int id = m_outputIds[o];
        Tensor& t = result.outputs[o];
        t.shape = m_valueShapes[id];
        const float* data = m_valueData[id];
        t.floats.assign(data, data + elementCount(t.shape));
    }
    for (int id : m_inputIds)
        m_valueData[id] = nullptr;
}

} // namespace dyve
