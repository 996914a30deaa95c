#include "runtime/width_cascade.h"

#include "core/errors.h"
#include "core/number_text.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>

namespace dyve {

namespace {

// Operators whose output channels at a narrower width are the first output channels at a wider one, given
// inputs that are: the channel-wise ones and the convolutions. (A Concat of channels, a Transpose or an LRN
// mixes them.)
const std::set<std::string>& channelwiseOperators() {
    static const std::set<std::string> ops = {"Conv",
                                              "Relu",
                                              "Clip",
                                              "LeakyRelu",
                                              "Sigmoid",
                                              "HardSigmoid",
                                              "HardSwish",
                                              "Tanh",
                                              "MaxPool",
                                              "AveragePool",
                                              "GlobalAveragePool",
                                              "GlobalMaxPool",
                                              "Add",
                                              "Mul",
                                              "Sub",
                                              "Div",
                                              "Identity",
                                              "Dropout",
                                              "Constant",
                                              "Flatten",
                                              "BatchNormalization"};
    return ops;
}

// Operators a classifier head may end in: they read a prefix of the features and are computed again at
// every width, so nothing reads their narrower values.
const std::set<std::string>& headOperators() {
    static const std::set<std::string> ops = {"Slice", "Gemm", "MatMul", "Softmax", "Reshape"};
    return ops;
}

// A reduction over the spatial axes alone (global pooling written as ReduceMean over axes 2 and 3) keeps the
// channels apart; one over the batch or the channels, or over every axis, does not.
bool reducesWithinChannels(const Node& node, const Graph& graph) {
    if (node.op.rfind("Reduce", 0) != 0) return false;
    std::vector<int64_t> axes = node.getInts("axes");
    if (axes.empty() && node.inputs.size() > 1)
        if (const Tensor* t = graph.initializer(node.inputs[1])) axes = t->ints;
    if (axes.empty()) return false;
    return std::all_of(axes.begin(), axes.end(), [](int64_t a) { return a >= 2; });
}

// Throws DataError naming the first node that a widening cannot resume after: an operator outside both
// sets, or a head operator whose output a channel-wise node reads.
void checkWidenable(const Graph& graph) {
    std::set<std::string> headValues; // computed by a head operator, or from one
    for (const Node& node : graph.nodes) {
        const bool head = headOperators().count(node.op) > 0;
        if (!head && !channelwiseOperators().count(node.op) && !reducesWithinChannels(node, graph))
            throw DataError(graph.sourceFile, "the width cascade cannot widen " + node.describe() +
                                                  ": a narrower run's values would not be the first channels "
                                                  "of a wider one's");
        bool fromHead = head;
        for (const std::string& in : node.inputs)
            fromHead = fromHead || headValues.count(in) > 0;
        if (fromHead && node.op == "Conv")
            throw DataError(graph.sourceFile, "the width cascade cannot widen " + node.describe() +
                                                  ": it reads the output of a classifier head's operator");
        if (fromHead)
            for (const std::string& out : node.outputs)
                headValues.insert(out);
    }
}

} // namespace

int64_t CascadeRun::totalExecutedOps() const {
    int64_t n = 0;
    for (int64_t ops : executedOps)
        n += ops;
    return n;
}

double softmaxConfidence(const Tensor& logits) {
    if (logits.floats.empty()) return 0.0;
    const float top = *std::max_element(logits.floats.begin(), logits.floats.end());
    double sum = 0.0;
    for (float v : logits.floats)
        sum += std::exp(static_cast<double>(v) - top);
    return 1.0 / sum; // exp(top − top) / Σ exp(v − top)
}

WidthCascade::WidthCascade(const Graph& graph, const std::vector<ChannelWidth>& widths)
    : m_file(graph.sourceFile), m_widths(widths) {
    if (widths.size() < 2)
        throw DataError(m_file, "the width cascade needs at least two widths, " +
                                    std::to_string(widths.size()) + " given");
    for (size_t i = 0; i < widths.size(); ++i) {
        const double f = widths[i].fraction;
        if (!(f > 0.0 && f <= 1.0) || (i > 0 && f <= widths[i - 1].fraction))
            throw DataError(m_file, "the width cascade's widths must ascend within (0, 1]: " + widthText(f) +
                                        " follows " +
                                        (i > 0 ? widthText(widths[i - 1].fraction) : std::string("nothing")));
    }
    checkWidenable(graph);
    // The widest network keeps every value; the narrower ones compute into its memory.
    for (size_t i = 0; i < widths.size(); ++i)
        m_networks.push_back(std::make_unique<Network>(graph));
    Network& widest = *m_networks.back();
    widest.setKeepValues(true);
    widest.setWidth(widths.back());
    for (size_t i = 0; i + 1 < widths.size(); ++i) {
        m_networks[i]->shareValuesWith(&widest);
        m_networks[i]->setWidth(widths[i]);
    }
    m_thresholds.assign(widths.size() - 1, 1.0);
    m_inputs.resize(1);
}

void WidthCascade::setThresholds(const std::vector<double>& thresholds) {
    if (thresholds.size() != m_widths.size() - 1)
        throw DataError(m_file, "the width cascade takes " + std::to_string(m_widths.size() - 1) +
                                    " thresholds (one per width but the last), " +
                                    std::to_string(thresholds.size()) + " given");
    for (double t : thresholds)
        if (!(t >= 0.0 && t <= 1.0))
            throw DataError(m_file, "a width cascade threshold must lie in [0, 1], got " + fixed(t, 3));
    m_thresholds = thresholds;
}

// Runs width `index`: afresh for the first, else widening the one before. Adds its time and operations to
// `run` and keeps its outputs in m_step.
void WidthCascade::runWidth(size_t index, const std::vector<Tensor>& inputs, CascadeRun& run) {
    if (index == 0)
        m_networks[0]->run(inputs, m_step);
    else
        m_networks[index]->runWidening(inputs, *m_networks[index - 1], m_step);
    run.confidences.push_back(softmaxConfidence(m_step.outputs.front()));
    run.ms.push_back(m_step.ms);
    run.executedOps.push_back(m_step.executedOps());
    // Per layer: the operations executed and the time over the widths tried; denseOps is what the full
    // width's dense layer executes (LayerStats), so that dense ÷ executed says how much the cascade saved.
    RunResult& total = run.result;
    if (index == 0) {
        total.layers = m_step.layers;
    } else {
        for (size_t l = 0; l < total.layers.size() && l < m_step.layers.size(); ++l) {
            total.layers[l].executedOps += m_step.layers[l].executedOps;
            total.layers[l].zeroWeightOps += m_step.layers[l].zeroWeightOps;
            total.layers[l].ms += m_step.layers[l].ms;
            total.layers[l].outputShape = m_step.layers[l].outputShape;
        }
    }
    const std::vector<LayerInfo>& full = m_networks.back()->layers();
    for (size_t l = 0; l < total.layers.size() && l < full.size(); ++l)
        total.layers[l].denseOps = full[l].denseOps;
    run.reached = index;
}

void WidthCascade::run(const Tensor& input, CascadeRun& run) {
    runWidths(input, run, nullptr);
}

void WidthCascade::runAll(const Tensor& input, CascadeRun& run, std::vector<Tensor>& heads) {
    heads.clear();
    runWidths(input, run, &heads);
}

// The image at the narrowest width, then wider until a head is sure enough (or, collecting `heads`, at
// every width).
void WidthCascade::runWidths(const Tensor& input, CascadeRun& run, std::vector<Tensor>* heads) {
    if (input.shape.empty() || input.shape[0] != 1)
        throw DataError(m_file, "the width cascade runs one image at a time, got a batch of shape " +
                                    toString(input.shape));
    m_inputs[0].shape = input.shape;
    m_inputs[0].floats.assign(input.floats.begin(), input.floats.end());
    run.confidences.clear();
    run.ms.clear();
    run.executedOps.clear();
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < m_networks.size(); ++i) {
        runWidth(i, m_inputs, run);
        if (heads) heads->push_back(m_step.outputs.front());
        if (!heads && i + 1 < m_networks.size() && run.confidences.back() >= m_thresholds[i]) break;
    }
    run.result.ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    run.result.outputs = m_step.outputs;
}

} // namespace dyve
