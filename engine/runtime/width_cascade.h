#pragma once

#include "runtime/network.h"

#include <cstdint>
#include <vector>

namespace dyve {

// One input through the cascade: the widths it was run at, the answer and what it cost.
struct CascadeRun {
    size_t reached = 0;               // index of the width whose head answered: the last one tried
    std::vector<double> confidences;  // per width tried: the softmax maximum of its head
    std::vector<double> ms;           // per width tried: the time of its run (the first) or widening
    std::vector<int64_t> executedOps; // per width tried, the same
    // The answering width's outputs (its head first, as Network::run at that width gives them) and, per
    // layer, the operations and times summed over the widths tried; ms is the whole cascade's wall time.
    RunResult result;

    int64_t totalExecutedOps() const;
};

// The width cascade (SPEC §4.9, issue 16), dynamic effort at the level of whole channels: an input runs at
// the narrowest width first; when its head's confidence (the softmax maximum of the head's logits) reaches
// that width's threshold the cascade stops, else it widens by computing only the new channels of every
// layer, reusing all that the narrower widths computed, and asks the next width's head. The last width
// always answers.
//
// This works for a nested width-trained model (ModelCard::widthSteps, nested): each width's channels read
// only the channels of narrower widths, so a narrower run's values are the first channels of a wider one's
// and stay valid. One Network per width, built from the same graph and planned for batch 1, computes into
// the widest network's memory, which keeps every value to the end of a run (Network::shareValuesWith).
// Not thread-safe, like Network.
class WidthCascade {
public:
    // `widths`: ascending fractions, each with the graph output of its head. Throws DataError naming the
    // model for fewer than two widths, fractions not ascending in (0, 1], an unknown output, or a node whose
    // narrower values are not the first of its wider ones (a Concat of channels, a Transpose, ...), and
    // what Network throws.
    WidthCascade(const Graph& graph, const std::vector<ChannelWidth>& widths);

    size_t widthCount() const { return m_networks.size(); }
    const ChannelWidth& width(size_t index) const { return m_widths.at(index); }
    // The network of width `index`, planned as the cascade runs it (its layers(), its dense operations).
    const Network& network(size_t index) const { return *m_networks.at(index); }

    // One threshold per width but the last, each in [0, 1]: a width answers when its head's confidence is
    // at least its threshold; 1 never stops there unless the head is certain. Throws DataError naming the
    // model for a wrong count or a value outside [0, 1]. The default: 1 everywhere.
    void setThresholds(const std::vector<double>& thresholds);
    const std::vector<double>& thresholds() const { return m_thresholds; }

    // Runs one image (batch 1); `run` keeps its storage between calls. Throws DataError for a batch other
    // than 1, and what Network::run throws.
    void run(const Tensor& input, CascadeRun& run);
    // Runs one image at every width, widening each time whatever the confidences: what tuning the
    // thresholds reads (run.confidences has one entry per width, and the head outputs of each width are
    // kept in `heads`, in order).
    void runAll(const Tensor& input, CascadeRun& run, std::vector<Tensor>& heads);

private:
    void runWidths(const Tensor& input, CascadeRun& run, std::vector<Tensor>* heads);
    void runWidth(size_t index, const std::vector<Tensor>& inputs, CascadeRun& run);
    std::string m_file;
    std::vector<ChannelWidth> m_widths;
    std::vector<std::unique_ptr<Network>> m_networks; // one per width; the last holds the values
    std::vector<double> m_thresholds;
    std::vector<Tensor> m_inputs; // one, the image: kept to not allocate per run
    RunResult m_step;             // the current width's run
};

// The softmax maximum of a head's logits (its first output's values): the confidence the cascade reads.
double softmaxConfidence(const Tensor& logits);

} // namespace dyve
