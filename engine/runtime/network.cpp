#include "runtime/network.h"

#include "core/errors.h"
#include "runtime/threading.h"

#include <chrono>
#include <cstring>
#include <map>

namespace dyve {

struct Network::Step {
    const Node* node = nullptr;
    std::unique_ptr<Layer> layer;
    std::vector<int> inputs;  // value ids; -1 for an omitted optional input
    std::vector<int> outputs; // value ids; -1 for an output nobody may read
};

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
    m_buffers.assign(ids.size(), {});
    m_valueData.assign(ids.size(), nullptr);
    for (auto& [name, t] : m_graph.initializers) {
        const int id = ids.at(name);
        m_valueShapes[id] = t.shape;
        m_valueData[id] = t.type == DataType::Float32 ? t.floats.data() : nullptr;
    }

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

int64_t Network::denseOps() const {
    int64_t n = 0;
    for (const LayerInfo& l : m_layers)
        n += l.denseOps;
    return n;
}

void Network::plan(const std::vector<Shape>& inputShapes) {
    if (!m_layers.empty() && inputShapes == m_inputShapes) return;
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
            m_buffers[id].assign(static_cast<size_t>(elementCount(out[o])), 0.0f);
            m_valueData[id] = m_buffers[id].data();
            info.outputShapes.push_back(out[o]);
        }
        info.denseOps = step->layer->operations();
        layers.push_back(std::move(info));
    }
    m_layers = std::move(layers);
    m_inputShapes = inputShapes;
}

RunResult Network::run(const std::vector<Tensor>& inputs) {
    if (inputs.size() != m_inputIds.size())
        throw DataError(m_graph.sourceFile, "the model takes " + std::to_string(m_inputIds.size()) +
                                                " inputs, " + std::to_string(inputs.size()) + " given");
    std::vector<Shape> shapes;
    for (const Tensor& t : inputs)
        shapes.push_back(t.shape);
    plan(shapes);
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (static_cast<int64_t>(inputs[i].floats.size()) != inputs[i].size())
            throw DataError(m_graph.sourceFile, "input '" + m_graph.inputs[i].name + "' has " +
                                                    std::to_string(inputs[i].floats.size()) +
                                                    " values for shape " + toString(inputs[i].shape));
        m_valueData[m_inputIds[i]] = const_cast<float*>(inputs[i].floats.data());
    }

    using Clock = std::chrono::steady_clock;
    RunResult result;
    result.layers.reserve(m_steps.size());
    const auto start = Clock::now();
    std::vector<TensorView> in, out;
    for (size_t s = 0; s < m_steps.size(); ++s) {
        Step& step = *m_steps[s];
        in.clear();
        out.clear();
        for (int id : step.inputs)
            in.push_back(id < 0 ? TensorView{} : TensorView{&m_valueShapes[id], m_valueData[id]});
        for (int id : step.outputs)
            if (id >= 0) out.push_back(TensorView{&m_valueShapes[id], m_valueData[id]});
        const auto t0 = Clock::now();
        step.layer->forward(in, out);
        const auto t1 = Clock::now();
        LayerStats stats;
        stats.name = m_layers[s].name;
        stats.op = m_layers[s].op;
        stats.outputShape = m_layers[s].outputShapes.empty() ? Shape{} : m_layers[s].outputShapes.front();
        stats.denseOps = stats.executedOps = m_layers[s].denseOps;
        stats.ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
        result.layers.push_back(std::move(stats));
    }
    result.ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    for (int id : m_outputIds) {
        Tensor t;
        t.shape = m_valueShapes[id];
        const float* data = m_valueData[id];
        t.floats.assign(data, data + elementCount(t.shape));
        result.outputs.push_back(std::move(t));
    }
    for (int id : m_inputIds)
        m_valueData[id] = nullptr;
    return result;
}

} // namespace dyve
