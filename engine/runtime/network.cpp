#include "runtime/network.h"

#include "core/errors.h"
#include "core/number_text.h"
#include "effort/calibration.h"
#include "effort/effort_conv.h"
#include "operators/node_context.h"
#include "operators/window_attributes.h"
#include "runtime/effort_patterns.h"
#include "runtime/threading.h"
#include "runtime/weight_policy.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <limits>
#include <map>
#include <set>
#include <sstream>

namespace dyve {

struct Network::Step {
    const Node* node = nullptr;
    std::unique_ptr<Layer> layer;
    std::vector<int> inputs;  // value ids; -1 for an omitted optional input
    std::vector<int> outputs; // value ids; -1 for an output nobody may read
    // An activation whose producer applies it (Layer::fuseActivation, or a Conv before a max pool): not
    // run, its output is the buffer of its input fusedInput.
    bool fusedIntoProducer = false;
    int fusedInput = 0;

    // The effort path (runtime/effort_patterns.h).
    NodeEffortPlan effort;
    int head = -1;             // an EffortTail's effort layer (step index)
    bool effortActive = false; // a Layer usable under the current plan (a residual block's shapes agree)
    int shortcut = -1;         // value id of a residual block's shortcut
    // A residual block's Conv whose dense layer adds the shortcut and applies the ReLU itself
    // (Layer::fuseResidual): its Add and Relu are then not run in either mode. Active under plans where the
    // shortcut has the Conv's output shape.
    bool residualFused = false;
    bool residualActive = false;
    bool ranEffort = false; // in the current run, this Layer ran its EffortConv (its tails were done by it)
    int64_t images = 0, inImage = 0, outImage = 0; // the batch as a loop of EffortConv runs
    WindowGeometry geometry;
    std::unique_ptr<EffortConv> conv; // built at its first effort run or calibration
    ConvKnobs knobs;
    LayerCalibration calibration;
    CalibrationAccumulator calibrator;
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
            if (best < 0 || (fits && (!bestFits || have < bestHave)) ||
                (!fits && !bestFits && have > bestHave))
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
    // Value `id` is another name for value `of`'s data (a fused Relu's output), or for its part from
    // `offset` floats on (an input a Concat finds already in place).
    void share(int id, int of, size_t offset = 0) {
        assign(id, m_bufferOf.at(of));
        m_offsetOf[id] = m_offsetOf[of] + offset;
    }
    bool placed(int id) const { return m_live.count(id) > 0; }
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
        for (const auto& [id, buffer] : m_bufferOf) {
            const auto offset = m_offsetOf.find(id);
            valueData[static_cast<size_t>(id)] = buffers[static_cast<size_t>(buffer)].data() +
                                                 (offset == m_offsetOf.end() ? 0 : offset->second);
        }
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
    std::map<int, int> m_bufferOf;    // by value id, dead values included
    std::map<int, size_t> m_offsetOf; // by value id, where it starts in its buffer when not at 0
    std::set<int> m_live;
};

std::string numberText(double value) {
    std::ostringstream text;
    text << value;
    return text.str();
}

// A layer's name in LayerInfo, LayerStats and EffortSettings: the node's, else its first output's.
std::string layerName(const Node& node) {
    return node.name.empty() ? node.outputs.front() : node.name;
}

} // namespace

Network::Network(Graph graph) : m_graph(std::move(graph)) {
    validate(m_graph);
    requireSupportedOperators(m_graph);
    placeResidualConvolutions(m_graph);
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
    m_graphOutputIds = m_outputIds;

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
    m_producerStep.assign(ids.size(), -1);
    for (size_t s = 0; s < m_steps.size(); ++s)
        for (int id : m_steps[s]->outputs)
            if (id >= 0) m_producerStep[static_cast<size_t>(id)] = static_cast<int>(s);
    applyEffortPatterns();
    fuseResiduals();
    fuseActivations();
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

// An activation (Relu, Clip, HardSwish, Sigmoid: Layer::fusableActivation) that is the only reader of a
// value its producer can activate in place is fused into that producer (a convolution applies it as each
// output leaves the GEMM): one pass over the activations instead of two (SPEC §4.2). So is a gated pair
// Mul(x, f(x)) when the two are all that read x (Layer::gatedActivation): PyTorch's SiLU,
// Mul(x, Sigmoid(x)), and its hard swish before opset 14, Mul(x, HardSigmoid(x)). The
// fused nodes stay layers of the plan and of every RunResult, with their dense operations and 0 ms, so
// per-layer tables keep one row per node; their outputs alias the producer's, which nobody else reads.
// Only into producers off the effort path: its convolutions apply a ReLU of their own
// (runtime/effort_patterns.h), placed before this runs.
void Network::fuseActivations() {
    std::vector<int> producer(m_valueData.size(), -1); // step index by value id
    for (size_t s = 0; s < m_steps.size(); ++s)
        for (int id : m_steps[s]->outputs)
            if (id >= 0) producer[static_cast<size_t>(id)] = static_cast<int>(s);
    auto stepOf = [&](int value) -> Step* {
        const int s = value < 0 ? -1 : producer[static_cast<size_t>(value)];
        return s < 0 ? nullptr : m_steps[static_cast<size_t>(s)].get();
    };
    for (auto& step : m_steps) {
        if (step->effort.role != EffortRole::None || step->inputs.empty()) continue;
        std::optional<Activation> activation;
        size_t input = 0;     // the input the activation applies to
        Step* gate = nullptr; // a hard swish's HardSigmoid
        if (step->node->op == "Mul" && step->inputs.size() == 2) {
            for (size_t i = 0; i < 2 && !gate; ++i) {
                Step* other = stepOf(step->inputs[1 - i]);
                if (!other || other->inputs.size() != 1 || other->inputs[0] != step->inputs[i] ||
                    other->effort.role != EffortRole::None ||
                    m_graph.consumers(other->node->outputs[0]).size() != 1)
                    continue;
                activation = other->layer->gatedActivation();
                if (activation) {
                    gate = other;
                    input = i;
                }
            }
        } else {
            activation = step->layer->fusableActivation();
        }
        const int value = step->inputs[input];
        Step* from = stepOf(value);
        if (!activation || !from || from->outputs.size() != 1 || from->effort.role != EffortRole::None)
            continue;
        if (std::find(m_outputIds.begin(), m_outputIds.end(), value) != m_outputIds.end()) continue;
        if (m_graph.consumers(step->node->inputs[input]).size() != (gate ? 2u : 1u)) continue;
        if (!from->layer->fuseActivation(*activation)) continue;
        step->fusedIntoProducer = true;
        step->fusedInput = static_cast<int>(input);
        if (gate) gate->fusedIntoProducer = true;
    }
}

// A residual block's Add and Relu (effort pattern (c), runtime/effort_patterns.h) fused into the dense
// Conv before them: the Conv adds the shortcut and rectifies as each output leaves its product, the Add and
// the Relu write nothing, and the block's output never makes a round trip through memory (SPEC §4.2). At two
// threads this matters more than the pass it saves: each thread adds the positions it has just computed,
// where a separate Add read the half of the map the other core wrote (README, Performance).
void Network::fuseResiduals() {
    for (auto& step : m_steps) {
        const NodeEffortPlan& p = step->effort;
        if (p.role != EffortRole::Layer || p.fullyConnected || p.shortcut.empty() || p.residualAdd < 0)
            continue;
        step->residualFused = step->layer->fuseResidual();
    }
}

// The effort path's patterns (runtime/effort_patterns.h) as steps: a Conv that rectifies its output in
// both modes fuses the ReLU into its dense layer, whose Relu then never runs; the Add and Relu after an
// effort layer run in place in dense mode.
void Network::applyEffortPatterns() {
    const std::vector<NodeEffortPlan> plans = planEffortPatterns(m_graph);
    for (size_t s = 0; s < m_steps.size(); ++s)
        m_steps[s]->effort = plans[s];
    for (auto& step : m_steps) {
        NodeEffortPlan& p = step->effort;
        if (p.role == EffortRole::Layer && p.fusesRelu && !step->layer->fuseRelu()) {
            p.role = EffortRole::None;
            p.ineligibility = step->node->describe() + ": its dense layer cannot apply the ReLU";
        }
    }
    for (auto& step : m_steps) {
        NodeEffortPlan& p = step->effort;
        if (p.role != EffortRole::AppliedRelu && p.role != EffortRole::EffortTail) continue;
        if (m_steps[static_cast<size_t>(p.head)]->effort.role != EffortRole::Layer) {
            p = NodeEffortPlan{};
            continue;
        }
        step->head = p.head;
        step->fusedIntoProducer = p.role == EffortRole::AppliedRelu;
    }
}

// The values that can be computed straight into the output of the Concat that reads them, by value id: the
// Concat's output and the offset in floats. A Concat qualifies when what it joins is contiguous in its output
// (every dimension before the axis is 1: channels of one image) and each input is computed by a step of its
// own for this Concat alone, and by no effort-path tail but a ReLU (a residual Add has in-place rules of its
// own). A Relu fused into its producer makes the producer's output the same buffer, so that output is placed
// there too.
std::map<int, std::pair<int, size_t>> Network::planConcatParts() const {
    std::vector<int> reads(m_valueShapes.size(), 0); // by value id: how many step inputs name it
    for (const auto& step : m_steps)
        for (int id : step->inputs)
            if (id >= 0) ++reads[static_cast<size_t>(id)];
    std::map<int, std::pair<int, size_t>> parts;
    for (const auto& step : m_steps) {
        if (step->node->op != "Concat" || step->outputs.size() != 1 || step->outputs[0] < 0) continue;
        const int joined = step->outputs[0];
        const Shape& shape = m_valueShapes[static_cast<size_t>(joined)];
        const int64_t rank = static_cast<int64_t>(shape.size());
        int64_t axis = step->node->getInt("axis", 0);
        if (axis < 0) axis += rank;
        if (axis < 0 || axis >= rank) continue;
        bool contiguous = true;
        for (int64_t d = 0; d < axis; ++d)
            contiguous = contiguous && shape[static_cast<size_t>(d)] == 1;
        std::map<int, std::pair<int, size_t>> these;
        size_t offset = 0;
        for (size_t i = 0; contiguous && i < step->inputs.size(); ++i) {
            int id = step->inputs[i];
            // Walks back through producers that write their input in place (fused Relus).
            for (;;) {
                const int from = id < 0 ? -1 : m_producerStep[static_cast<size_t>(id)];
                const bool alone =
                    from >= 0 && reads[static_cast<size_t>(id)] == 1 &&
                    m_steps[static_cast<size_t>(from)]->outputs.size() == 1 &&
                    (m_steps[static_cast<size_t>(from)]->head < 0 ||
                     m_steps[static_cast<size_t>(from)]->effort.role == EffortRole::AppliedRelu) &&
                    !these.count(id) &&
                    std::find(m_outputIds.begin(), m_outputIds.end(), id) == m_outputIds.end();
                if (!alone) {
                    contiguous = false;
                    break;
                }
                these[id] = {joined, offset};
                const Step& producer = *m_steps[static_cast<size_t>(from)];
                if (!producer.fusedIntoProducer) break;
                id = producer.inputs[static_cast<size_t>(producer.fusedInput)];
            }
            offset += static_cast<size_t>(elementCount(m_valueShapes[static_cast<size_t>(step->inputs[i])]));
        }
        if (contiguous) parts.insert(these.begin(), these.end());
    }
    return parts;
}

int64_t Network::denseOps() const {
    int64_t n = 0;
    for (const LayerInfo& l : m_layers)
        n += l.denseOps;
    return n;
}

void Network::plan(const std::vector<Shape>& inputShapes) {
    if (!m_layers.empty() && inputShapes == m_inputShapes && m_planThreads == threadCount() &&
        m_planWidth == m_width.fraction && (!m_valueHost || m_hostPlanCount == m_valueHost->m_planCount))
        return;
    try {
        planFor(inputShapes);
    } catch (const ModelError& e) {
        m_layers.clear();
        m_inputShapes.clear();
        if (m_width.fraction >= 1.0) throw;
        throw ModelError(e.file(), "cannot run at width " + widthText(m_width.fraction) + ": " + e.reason());
    } catch (...) {
        // A plan that failed part-way leaves layers and buffers sized for shapes that were never
        // accepted: forget the plan so the next run, whatever its shapes, plans afresh.
        m_layers.clear();
        m_inputShapes.clear();
        throw;
    }
}

void Network::setWidth(const ChannelWidth& width) {
    const std::string& file = m_graph.sourceFile;
    if (!(width.fraction > 0.0 && width.fraction <= 1.0))
        throw DataError(file, "width " + numberText(width.fraction) +
                                  " is not a share of the channels: give a number above 0 and at most 1");
    std::vector<int> outputs = m_graphOutputIds;
    if (!width.output.empty()) {
        const auto at = std::find(m_graph.outputs.begin(), m_graph.outputs.end(), width.output);
        if (at == m_graph.outputs.end())
            throw DataError(file, "the model has no output '" + width.output + "' for width " +
                                      widthText(width.fraction));
        std::rotate(outputs.begin(), outputs.begin() + (at - m_graph.outputs.begin()),
                    outputs.begin() + (at - m_graph.outputs.begin()) + 1);
    }
    if (m_effortMode && width.fraction < 1.0)
        throw DataError(file, "effort knobs run at full width only: width " + widthText(width.fraction) +
                                  " was asked in effort mode");
    const ChannelWidth before = m_width;
    const std::vector<int> outputsBefore = m_outputIds;
    const std::vector<Shape> shapes = m_inputShapes;
    m_width = width;
    m_outputIds = outputs;
    if (shapes.empty()) return;
    try {
        plan(shapes);
    } catch (...) {
        m_width = before;
        m_outputIds = outputsBefore;
        plan(shapes); // as it was
        throw;
    }
}

void Network::setKeepValues(bool keep) {
    if (keep == m_keepValues) return;
    m_keepValues = keep;
    m_layers.clear(); // plan afresh at the next run
}

void Network::shareValuesWith(Network* host) {
    if (host == m_valueHost) return;
    m_valueHost = host;
    m_layers.clear();
}

// Points every computed value at host's memory for it (shareValuesWith), in place of the buffers this plan
// allocated.
void Network::borrowHostValues(const std::vector<Shape>& inputShapes) {
    Network& host = *m_valueHost;
    host.plan(inputShapes);
    if (!host.m_keepValues || host.m_valueData.size() != m_valueData.size())
        throw std::logic_error("Network: shares the values of a network that does not keep them");
    for (size_t id = 0; id < m_valueData.size(); ++id) {
        if (m_producerStep[id] < 0 || !m_valueData[id]) continue;
        if (!host.m_valueData[id] || elementCount(host.m_valueShapes[id]) < elementCount(m_valueShapes[id]))
            throw std::logic_error("Network: a shared value is larger than its host's");
        m_valueData[id] = host.m_valueData[id];
    }
    m_buffers.clear();
    m_hostPlanCount = host.m_planCount;
    // The same graph, so the same steps: each layer may keep what it derives in its host twin's memory.
    for (size_t s = 0; s < m_steps.size() && s < host.m_steps.size(); ++s)
        if (m_steps[s]->node->name == host.m_steps[s]->node->name)
            m_steps[s]->layer->shareScratchWith(host.m_steps[s]->layer.get());
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
    const SparseWeights sparse = sparseWeights();
    std::vector<LayerInfo> layers;
    for (auto& step : m_steps) {
        std::vector<Shape> in;
        LayerInfo info;
        info.name = layerName(*step->node);
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
        step->layer->setSparseWeights(sparse);
        step->layer->setWidth(m_width.fraction);
        std::vector<Shape> out = step->layer->plan(in);
        if (out.size() < step->outputs.size()) {
            // Optional trailing outputs the layer does not produce (Dropout's mask, MaxPool's indices)
            // must not be read by anyone.
            for (size_t o = out.size(); o < step->outputs.size(); ++o) {
                const std::string& name = step->node->outputs[o];
                if (!name.empty() && !m_graph.consumers(name).empty())
                    throw ImportError(m_graph.sourceFile,
                                      step->node->describe() + ": output '" + name + "' is not supported");
                step->outputs[o] = -1;
            }
        }
        for (size_t o = 0; o < step->outputs.size(); ++o) {
            const int id = step->outputs[o];
            if (id < 0) continue;
            for (int64_t d : out[o])
                if (d < 0 || d > (int64_t(1) << 31))
                    throw ModelError(m_graph.sourceFile, step->node->describe() +
                                                             " computes an impossible shape " +
                                                             toString(out[o]));
            int64_t elements = 1; // each factor ≤ 2^31: stop before the product can overflow
            for (int64_t d : out[o])
                elements = d == 0 || elements <= (int64_t(1) << 31) ? elements * d : elements;
            if (elements > (int64_t(1) << 31))
                throw ModelError(m_graph.sourceFile, step->node->describe() + " output of shape " +
                                                         toString(out[o]) + " is too large");
            m_valueShapes[id] = out[o];
            info.outputShapes.push_back(out[o]);
        }
        planEffortStep(*step, in, out, info);
        info.denseOps = step->layer->operations();
        info.zeroWeightOps = step->layer->zeroWeightOperations();
        info.weightPath = step->layer->weightPath();
        layers.push_back(std::move(info));
    }
    m_layers = std::move(layers);

    // The buffers, once every value's shape is known. A value a Concat joins is written where the Concat's
    // output holds it (SPEC §4.2: concat without copying twice), so the Concat finds it in place.
    const std::map<int, std::pair<int, size_t>> concatParts = planConcatParts();
    BufferPool storage;
    for (size_t s = 0; s < m_steps.size(); ++s) {
        const Step& step = *m_steps[s];
        for (size_t o = 0; o < step.outputs.size(); ++o) {
            const int id = step.outputs[o];
            if (id < 0 || storage.placed(id)) continue; // a Concat's output placed by its first part
            // A value written in place is another name for its input's buffer (SPEC §4.2 buffer reuse; the
            // effort path's tails, runtime/effort_patterns.h).
            int inPlace = step.fusedIntoProducer ? step.fusedInput : -1;
            if (step.head >= 0 && (m_steps[static_cast<size_t>(step.head)]->effortActive ||
                                   m_steps[static_cast<size_t>(step.head)]->residualActive))
                inPlace = step.effort.inPlaceInput;
            const auto part = concatParts.find(id);
            if (o == 0 && inPlace >= 0) {
                storage.share(id, step.inputs[static_cast<size_t>(inPlace)]);
            } else if (part != concatParts.end()) {
                const int joined = part->second.first;
                if (!storage.placed(joined))
                    storage.place(joined, static_cast<size_t>(elementCount(m_valueShapes[joined])));
                storage.share(id, joined, part->second.second);
            } else {
                storage.place(id, static_cast<size_t>(elementCount(m_valueShapes[id])));
            }
        }
        // Values read for the last time here (and outputs nobody reads) give their buffer back.
        if (m_keepValues) continue;
        for (int id : step.inputs)
            if (id >= 0 && m_lastUse[static_cast<size_t>(id)] == static_cast<int>(s)) storage.release(id);
        for (int id : step.outputs)
            if (id >= 0 && m_lastUse[static_cast<size_t>(id)] < 0) storage.release(id);
    }
    m_buffers = storage.allocate(m_valueData);
    if (m_valueHost)
        borrowHostValues(inputShapes);
    else
        for (const auto& step : m_steps)
            step->layer->shareScratchWith(nullptr);
    ++m_planCount;
    m_inputShapes = inputShapes;
    m_planThreads = threads;
    m_planWidth = m_width.fraction;
    // EffortConv::run's residual must not alias its output or input: true by construction (the shortcut is
    // live while the convolution's output is placed, and an input gives its buffer back only after the
    // outputs are placed), checked here so that a change to the buffer planning cannot break it silently.
    for (const auto& step : m_steps)
        if ((step->effortActive || step->residualActive) && step->shortcut >= 0) {
            const float* shortcut = m_valueData[static_cast<size_t>(step->shortcut)];
            // (A block of one convolution that adds its own input reads the same value twice, which is fine:
            // both are only read.)
            if (shortcut && (shortcut == m_valueData[static_cast<size_t>(step->outputs[0])] ||
                             (step->shortcut != step->inputs[0] &&
                              shortcut == m_valueData[static_cast<size_t>(step->inputs[0])])))
                throw std::logic_error("Network: a residual shortcut shares its convolution's buffer");
        }
}

void Network::planEffortStep(Step& step, const std::vector<Shape>& in, const std::vector<Shape>& out,
                             LayerInfo& info) {
    const NodeEffortPlan& p = step.effort;
    step.effortActive = false;
    step.residualActive = false;
    if (p.role == EffortRole::AppliedRelu || p.role == EffortRole::EffortTail) {
        const Step& head = *m_steps[static_cast<size_t>(p.head)];
        if (head.effortActive || p.role == EffortRole::AppliedRelu) info.effortHead = layerName(*head.node);
        return;
    }
    if (p.role != EffortRole::Layer) {
        info.effortIneligibility = p.ineligibility;
        return;
    }
    const Shape& x = in.at(0);
    const Shape& y = out.at(0);
    if (p.fullyConnected) {
        step.images = x[0];
        step.inImage = x[1];
        step.outImage = y[1];
    } else {
        const Tensor& w = *m_graph.initializer(step.node->inputs[1]);
        const std::vector<int64_t> kernel(w.shape.begin() + 2, w.shape.end());
        const NodeContext context(LayerSetup{*step.node, m_graph});
        step.geometry = placeWindow(readWindowAttributes(*step.node, context, kernel), x, context);
        step.images = x[0];
        step.inImage = x[0] ? elementCount(x) / x[0] : 0;
        step.outImage = y[0] ? elementCount(y) / y[0] : 0;
    }
    step.shortcut = -1;
    if (!p.shortcut.empty()) {
        // A residual Add that broadcasts its operands is not the block EffortConv computes: dense then.
        const Node& add = m_graph.nodes[static_cast<size_t>(p.residualAdd)];
        const int at = add.inputs[0] == p.shortcut ? 0 : 1;
        step.shortcut = m_steps[static_cast<size_t>(p.residualAdd)]->inputs[static_cast<size_t>(at)];
        if (m_valueShapes[static_cast<size_t>(step.shortcut)] != y) {
            info.effortIneligibility =
                step.node->describe() + ": the residual " + add.describe() + " broadcasts its operands (" +
                toString(m_valueShapes[static_cast<size_t>(step.shortcut)]) + " and " + toString(y) + ")";
            return;
        }
    }
    step.effortActive = true;
    step.residualActive = step.residualFused && step.shortcut >= 0;
    info.effortEligible = true;
    if (step.conv && m_width.fraction >= 1.0) { // effort mode runs at full width only (setWidth)
        step.conv->setThreads(step.layer->threads());
        if (!p.fullyConnected) step.conv->plan(step.geometry);
    }
}

RunResult Network::run(const std::vector<Tensor>& inputs) {
    RunResult result;
    run(inputs, result);
    return result;
}

void Network::bindInputs(const std::vector<Tensor>& inputs) {
    if (inputs.size() != m_inputIds.size())
        throw DataError(m_graph.sourceFile, "the model takes " + std::to_string(m_inputIds.size()) +
                                                " inputs, " + std::to_string(inputs.size()) + " given");
    bool planned = m_inputShapes.size() == inputs.size() && m_planThreads == threadCount() &&
                   (!m_valueHost || m_hostPlanCount == m_valueHost->m_planCount);
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
}

void Network::run(const std::vector<Tensor>& inputs, RunResult& result) {
    bindInputs(inputs);
    // A result passed in again keeps its strings and buffers: a run then allocates nothing (SPEC §4.2).
    result.layers.resize(m_steps.size());
    const auto start = std::chrono::steady_clock::now();
    runSteps(0, m_steps.size(), result);
    result.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    finishRun(result);
}

void Network::runWidening(const std::vector<Tensor>& inputs, const Network& narrower, RunResult& result) {
    if (m_effortMode)
        throw DataError(m_graph.sourceFile, "the width cascade widens dense runs only: effort mode is on");
    if (narrower.m_valueHost != this && narrower.m_valueHost != m_valueHost)
        throw std::logic_error("Network: widens a run that does not share its values");
    bindInputs(inputs);
    result.layers.resize(m_steps.size());
    const auto start = std::chrono::steady_clock::now();
    runSteps(0, m_steps.size(), result, &narrower);
    result.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    finishRun(result);
}

void Network::runSteps(size_t begin, size_t end, RunResult& result, const Network* narrower) {
    using Clock = std::chrono::steady_clock;
    for (size_t s = begin; s < end; ++s) {
        Step& step = *m_steps[s];
        m_in.clear();
        m_out.clear();
        for (int id : step.inputs)
            m_in.push_back(id < 0 ? TensorView{} : TensorView{&m_valueShapes[id], m_valueData[id]});
        for (int id : step.outputs)
            if (id >= 0) m_out.push_back(TensorView{&m_valueShapes[id], m_valueData[id]});
        if (step.residualActive) {
            m_in.resize(Layer::kResidualInput);
            m_in.push_back(TensorView{&m_valueShapes[step.shortcut], m_valueData[step.shortcut]});
        }
        // An effort layer whose knobs are all off runs its dense layer: level 0 is the dense path (SPEC
        // §4.7).
        const bool viaEffort = m_effortMode && step.effortActive &&
                               (step.knobs.lossy() || m_effortSettings.exactLayersViaEffort);
        step.ranEffort = viaEffort;
        // The residual Add and the Relus after an effort layer were done by its EffortConv when it ran, and
        // by its dense layer when that took the residual (fuseResiduals).
        const Step* head = step.head >= 0 ? m_steps[static_cast<size_t>(step.head)].get() : nullptr;
        const bool done = step.fusedIntoProducer || (head && (head->residualActive || head->ranEffort));
        LayerStats& stats = result.layers[s];
        stats.effortPath = viaEffort;
        stats.effort = LayerEffortStats{};
        if (!viaEffort || !m_recordMasks) {
            stats.masks.neurons.clear();
            stats.masks.inputMaps.clear();
        }
        // Widening: the channels the narrower run computed are there (Layer::resumeFromChannel). A step done
        // by its producer did the new channels' share of its work there.
        int64_t resumed = 0, channelsBefore = 0, channelsNow = 0;
        if (narrower && !step.outputs.empty() && step.outputs[0] >= 0) {
            const Shape& before = narrower->m_valueShapes[static_cast<size_t>(step.outputs[0])];
            const Shape& now = m_valueShapes[static_cast<size_t>(step.outputs[0])];
            if (before.size() >= 2 && before[0] == 1 && now.size() == before.size()) {
                channelsBefore = before[1];
                channelsNow = now[1];
                if (!done) resumed = step.layer->resumeFromChannel(channelsBefore);
            }
        }
        const auto t0 = Clock::now();
        try {
            if (viaEffort)
                runEffortStep(step, stats);
            else if (!done)
                step.layer->forward(m_in, m_out);
        } catch (...) {
            if (resumed > 0) step.layer->resumeFromChannel(0); // the next run computes every channel again
            throw;
        }
        const auto t1 = Clock::now();
        if (m_calibrating && step.effortActive) calibrateStep(step);
        stats.name = m_layers[s].name;
        stats.op = m_layers[s].op;
        stats.outputShape = m_layers[s].outputShapes.empty() ? Shape{} : m_layers[s].outputShapes.front();
        stats.denseOps = m_layers[s].denseOps;
        // The sparse product's skipped zero-weight multiply-accumulates are the one lossless category of the
        // dense path; a layer that ran its EffortConv ran them (EffortConv multiplies every weight).
        stats.zeroWeightOps = viaEffort || done ? 0 : m_layers[s].zeroWeightOps;
        if (resumed > 0) { // a widening's own work
            stats.denseOps = step.layer->operations();
            stats.zeroWeightOps = step.layer->zeroWeightOperations();
            step.layer->resumeFromChannel(0);
        } else if (done && channelsNow > 0 && channelsBefore <= channelsNow) {
            stats.denseOps = stats.denseOps * (channelsNow - channelsBefore) / channelsNow;
        }
        stats.executedOps = viaEffort ? stats.effort.executedOps : stats.denseOps - stats.zeroWeightOps;
        stats.ms = done ? 0.0 : std::chrono::duration<double, std::milli>(t1 - t0).count();
    }
}

void Network::finishRun(RunResult& result) {
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

void Network::runUntil(const std::vector<Tensor>& inputs, size_t step, NetworkCheckpoint& checkpoint) {
    bindInputs(inputs);
    step = std::min(step, m_steps.size());
    checkpoint.step = step;
    checkpoint.inputShapes = m_inputShapes;
    checkpoint.partial.layers.resize(m_steps.size());
    const auto start = std::chrono::steady_clock::now();
    runSteps(0, step, checkpoint.partial);
    checkpoint.partial.ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    // The values a later step reads: the graph inputs and every computed value whose last reader is ahead.
    checkpoint.values.clear();
    for (size_t id = 0; id < m_valueData.size(); ++id) {
        const bool input =
            std::find(m_inputIds.begin(), m_inputIds.end(), static_cast<int>(id)) != m_inputIds.end();
        if (!m_valueData[id] || (!input && m_producerStep[id] < 0) || m_lastUse[id] < static_cast<int>(step))
            continue;
        if (!input && m_producerStep[id] >= static_cast<int>(step)) continue;
        const float* data = m_valueData[id];
        checkpoint.values.push_back(
            {static_cast<int>(id), std::vector<float>(data, data + elementCount(m_valueShapes[id]))});
    }
    for (int id : m_inputIds)
        m_valueData[static_cast<size_t>(id)] = nullptr;
}

void Network::runFrom(NetworkCheckpoint& checkpoint, RunResult& result) {
    plan(checkpoint.inputShapes);
    for (auto& [id, values] : checkpoint.values) {
        const bool input = std::find(m_inputIds.begin(), m_inputIds.end(), id) != m_inputIds.end();
        if (input)
            m_valueData[static_cast<size_t>(id)] = values.data(); // read, never written
        else
            std::copy(values.begin(), values.end(), m_valueData[static_cast<size_t>(id)]);
    }
    result.layers.resize(m_steps.size());
    for (size_t s = 0; s < checkpoint.step; ++s)
        result.layers[s] = checkpoint.partial.layers[s];
    const auto start = std::chrono::steady_clock::now();
    runSteps(checkpoint.step, m_steps.size(), result);
    result.ms = checkpoint.partial.ms +
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    finishRun(result);
}

double Network::timeLayerAt(NetworkCheckpoint& checkpoint) {
    plan(checkpoint.inputShapes);
    for (auto& [id, values] : checkpoint.values) {
        const bool input = std::find(m_inputIds.begin(), m_inputIds.end(), id) != m_inputIds.end();
        if (input)
            m_valueData[static_cast<size_t>(id)] = values.data();
        else
            std::copy(values.begin(), values.end(), m_valueData[static_cast<size_t>(id)]);
    }
    const size_t first = checkpoint.step;
    if (first >= m_steps.size()) return 0.0;
    size_t end = first + 1;
    for (size_t s = first + 1; s < m_steps.size(); ++s)
        if (m_steps[s]->head == static_cast<int>(first)) end = s + 1;
    m_timing.layers.resize(m_steps.size());
    runSteps(first, end, m_timing);
    double ms = 0.0;
    for (size_t s = first; s < end; ++s)
        ms += m_timing.layers[s].ms;
    return ms;
}

size_t Network::stepOf(const std::string& layer) const {
    for (size_t s = 0; s < m_layers.size(); ++s)
        if (m_layers[s].name == layer) return s;
    return m_layers.size();
}

// An effort layer's EffortConv, built from the node's constant weights at its first use (most networks
// never run in effort mode and should not pay for the copies).
EffortConv& Network::effortConv(Step& step) {
    if (step.conv) return *step.conv;
    const Node& node = *step.node;
    const Tensor& w = *m_graph.initializer(node.inputs[1]);
    const Tensor* b =
        node.inputs.size() > 2 && !node.inputs[2].empty() ? m_graph.initializer(node.inputs[2]) : nullptr;
    if (step.effort.fullyConnected) {
        // Gemm: Y = alpha·A·op(B) + beta·C with constant B and C (effort_patterns.cpp); op(B) is K×N, the
        // layer wants W = N×K, so B is used as it is when transposed and transposed otherwise.
        const bool transB = node.getInt("transB", 0) != 0;
        const float alpha = node.getFloat("alpha", 1.0f), beta = node.getFloat("beta", 1.0f);
        const int64_t outFeatures = transB ? w.shape[0] : w.shape[1];
        const int64_t inFeatures = transB ? w.shape[1] : w.shape[0];
        std::vector<float> weights(static_cast<size_t>(outFeatures * inFeatures));
        for (int64_t o = 0; o < outFeatures; ++o)
            for (int64_t i = 0; i < inFeatures; ++i)
                weights[static_cast<size_t>(o * inFeatures + i)] =
                    alpha * w.floats[static_cast<size_t>(transB ? o * inFeatures + i : i * outFeatures + o)];
        std::vector<float> bias(static_cast<size_t>(outFeatures), 0.0f);
        if (b)
            for (int64_t o = 0; o < outFeatures; ++o)
                bias[static_cast<size_t>(o)] = beta * b->floats[static_cast<size_t>(b->size() == 1 ? 0 : o)];
        step.conv = std::make_unique<EffortConv>(
            EffortConv::fullyConnected(weights.data(), outFeatures, inFeatures, bias.data()));
    } else {
        step.conv = std::make_unique<EffortConv>(w.floats.data(), w.shape, b ? b->floats.data() : nullptr);
        step.conv->plan(step.geometry);
    }
    step.conv->setThreads(step.layer->threads());
    step.conv->setCalibration(step.calibration);
    return *step.conv;
}

// SPEC §4.6: the batch as one EffortConv run per image, adding into the layer's stats; the masks are the
// first image's.
void Network::runEffortStep(Step& step, LayerStats& stats) {
    EffortConv& conv = effortConv(step);
    const float* x = m_valueData[static_cast<size_t>(step.inputs[0])];
    float* y = m_valueData[static_cast<size_t>(step.outputs[0])];
    const float* shortcut = step.shortcut >= 0 ? m_valueData[static_cast<size_t>(step.shortcut)] : nullptr;
    for (int64_t n = 0; n < step.images; ++n)
        conv.run(x + n * step.inImage, y + n * step.outImage, step.knobs, stats.effort,
                 m_recordMasks && n == 0 ? &stats.masks : nullptr,
                 shortcut ? shortcut + n * step.outImage : nullptr);
}

// The layer's input and the dense pre-activations its ReLU sees, image by image.
void Network::calibrateStep(Step& step) {
    EffortConv& conv = effortConv(step);
    const float* x = m_valueData[static_cast<size_t>(step.inputs[0])];
    const float* shortcut = step.shortcut >= 0 ? m_valueData[static_cast<size_t>(step.shortcut)] : nullptr;
    m_preActivations.resize(static_cast<size_t>(step.outImage));
    for (int64_t n = 0; n < step.images; ++n) {
        conv.preActivations(x + n * step.inImage, m_preActivations.data());
        if (shortcut)
            for (int64_t i = 0; i < step.outImage; ++i)
                m_preActivations[static_cast<size_t>(i)] += shortcut[n * step.outImage + i];
        step.calibrator.add(x + n * step.inImage, step.inImage, m_preActivations.data(), step.outImage);
    }
}

void Network::setEffort(const EffortSettings& settings) {
    if (m_width.fraction < 1.0)
        throw DataError(m_graph.sourceFile,
                        "effort knobs run at full width only, and the model runs at width " +
                            widthText(m_width.fraction));
    std::map<std::string, Step*> byName;
    for (size_t s = 0; s < m_steps.size(); ++s)
        if (m_steps[s]->effort.role == EffortRole::Layer)
            byName[layerName(*m_steps[s]->node)] = m_steps[s].get();
    auto check = [&](const std::string& name) {
        if (!byName.count(name))
            throw DataError(m_graph.sourceFile, "effort settings name layer '" + name +
                                                    "', which does not take the effort path in this model");
    };
    for (const auto& [name, knobs] : settings.knobs)
        check(name);
    for (const auto& [name, calibration] : settings.calibration)
        check(name);
    for (auto& [name, step] : byName) {
        auto k = settings.knobs.find(name);
        step->knobs = k == settings.knobs.end() ? ConvKnobs{} : k->second;
        auto c = settings.calibration.find(name);
        step->calibration = c == settings.calibration.end() ? LayerCalibration{} : c->second;
        if (step->conv) step->conv->setCalibration(step->calibration);
    }
    m_effortSettings = settings;
    m_effortMode = true;
}

void Network::setDense() {
    m_effortMode = false;
}

std::vector<std::string> Network::effortLayers() const {
    std::vector<std::string> names;
    for (size_t s = 0; s < m_steps.size() && s < m_layers.size(); ++s)
        if (m_steps[s]->effortActive) names.push_back(m_layers[s].name);
    return names;
}

void Network::beginCalibration() {
    for (auto& step : m_steps)
        step->calibrator = CalibrationAccumulator{};
    m_calibrating = true;
}

std::map<std::string, LayerCalibration> Network::endCalibration() {
    std::map<std::string, LayerCalibration> scales;
    for (const auto& step : m_steps)
        if (step->calibrator.samples() > 0) scales[layerName(*step->node)] = step->calibrator.calibration();
    m_calibrating = false;
    return scales;
}

// Layers are one per node, in node order (Network's contract).
Shape plannedOutputShape(const Network& network) {
    const Graph& graph = network.graph();
    const std::vector<LayerInfo>& layers = network.layers();
    if (graph.outputs.empty() || layers.size() != graph.nodes.size()) return {};
    const std::string& output = graph.outputs.front();
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const std::vector<std::string>& outs = graph.nodes[i].outputs;
        for (size_t o = 0; o < outs.size() && o < layers[i].outputShapes.size(); ++o)
            if (outs[o] == output) return layers[i].outputShapes[o];
    }
    return {};
}

} // namespace dyve
