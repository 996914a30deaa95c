#include "eval/tuner.h"

#include "core/errors.h"
#include "runtime/threading.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iomanip>
#include <limits>
#include <map>
#include <optional>
#include <sstream>

namespace dyve {

namespace {

// --- the knob ladders -------------------------------------------------------------------------------

// Each mechanism's strengths, mildest first; step 0 is off. Thresholds are in the units of the layer's
// calibration (knobs.h). SPET predicts from the most significant quarter of the channels, a rough estimate,
// so its τ stays below 0 (README, Performance); θ = 0 and ν = 0 are nearly and exactly lossless (only
// all-zero neighbourhoods, only constant maps).
enum Mechanism { Spet, Sdss, Sfma, kMechanisms };
const std::vector<float> kLadders[kMechanisms] = {
    {-1.5f, -1.0f, -0.6f, -0.3f, 0.0f}, // SPET τ, checkpoint 0.25
    {0.0f, 0.25f, 0.5f, 1.0f, 1.5f},    // SDSS θ, stride 2
    {0.0f, 0.05f, 0.1f, 0.2f},          // SFMA ν
};

// Layers below this share of the network's dense operations are left dense: whatever they save is not
// worth the sensitivity sweep's time (SqueezeNet's 1×1 squeeze layers, 0.3–1% each).
constexpr double kMinimumLayerShare = 0.01;
const char* const kKnobNames[kMechanisms] = {"SPET tau", "SDSS theta", "SFMA nu"};

// Time objective: a setting pays when its layer's median time is at least this much below the dense
// layer's at every timing thread count, and below the dense layer's fastest run (single-layer timings on
// this kind of machine spread by a few per cent between repeats).
constexpr double kMinimumTimeGain = 0.03;

int ladderSize(int m) {
    return static_cast<int>(kLadders[m].size());
}

void setStep(ConvKnobs& k, int m, int step) {
    switch (m) {
    case Spet:
        k.spet.checkpoints = {0.25f};
        k.spet.tau = step > 0 ? kLadders[Spet][static_cast<size_t>(step - 1)] : SpetKnobs::kOff;
        break;
    case Sdss:
        k.sdss.stride = 2;
        k.sdss.theta = step > 0 ? kLadders[Sdss][static_cast<size_t>(step - 1)] : SdssKnobs::kOff;
        break;
    case Sfma:
        k.sfma.nu = step > 0 ? kLadders[Sfma][static_cast<size_t>(step - 1)] : SfmaKnobs::kOff;
        break;
    }
}

// Which ladder step every mechanism of every layer is at: a configuration of the search.
using Steps = std::vector<std::array<int, kMechanisms>>; // by layer index

std::string describeStep(const std::string& layer, int m, int step) {
    std::ostringstream out;
    out << layer << " " << kKnobNames[m] << " " << kLadders[m][static_cast<size_t>(step - 1)];
    return out.str();
}

// A layer's ladder steps, for people: "SPET tau -1 + SDSS theta 0".
std::string describeSteps(const std::array<int, kMechanisms>& steps) {
    std::string text;
    for (int m = 0; m < kMechanisms; ++m)
        if (steps[static_cast<size_t>(m)] > 0)
            text +=
                (text.empty() ? "" : " + ") + describeStep("", m, steps[static_cast<size_t>(m)]).substr(1);
    return text;
}

// --- measuring a configuration ---------------------------------------------------------------------

// What a configuration did over some images, compared with the dense reference.
struct Pass {
    size_t images = 0;
    size_t correct = 0;    // top-1 right
    size_t agree = 0;      // same top-1 class as dense
    size_t lost = 0;       // right on the dense path, wrong here
    double lostProb = 0.0; // Σ over images of how much the dense class's probability fell
    double ops = 0.0;      // executed operations, summed
    double ms = 0.0;       // engine time, summed
    bool stoppedEarly = false;

    Pass& operator+=(const Pass& o) {
        images += o.images;
        correct += o.correct;
        agree += o.agree;
        lost += o.lost;
        lostProb += o.lostProb;
        ops += o.ops;
        ms += o.ms;
        stoppedEarly = stoppedEarly || o.stoppedEarly;
        return *this;
    }
    double top1() const { return images ? double(correct) / double(images) : 0.0; }
    size_t changed() const { return images - agree; } // images whose top-1 class is not dense's
    // How far the predictions moved from dense: flipped top-1 plus lost confidence (a continuous measure,
    // much less noisy than top-1 on a hundred images).
    double loss() const { return images ? (double(images - agree) + lostProb) / double(images) : 0.0; }
};

// The output row of one image as probabilities: as they are when they already are (a Softmax at the end),
// else their softmax.
void probabilities(const float* row, int64_t classes, std::vector<double>& p) {
    p.assign(row, row + classes);
    double sum = 0.0;
    bool distribution = true;
    for (double v : p) {
        distribution = distribution && v >= 0.0;
        sum += v;
    }
    if (distribution && std::fabs(sum - 1.0) < 1e-3) return;
    const double top = *std::max_element(p.begin(), p.end());
    sum = 0.0;
    for (double& v : p)
        sum += (v = std::exp(v - top));
    for (double& v : p)
        v /= sum;
}

class Tuner {
public:
    Tuner(Network& network, const ImageBatches& tuning, const TuneOptions& options)
        : m_network(network), m_tuning(tuning), m_options(options) {
        if (tuning.images() == 0) throw DataError(options.data, "the tuning set has no images");
        const double total = double(std::max<int64_t>(network.denseOps(), 1));
        for (const std::string& name : network.effortLayers())
            if (double(network.layers()[network.stepOf(name)].denseOps) >= kMinimumLayerShare * total)
                m_layers.push_back(name);
        const size_t perBatch = static_cast<size_t>(std::max(tuning.batch, 1));
        m_screenBatches = std::min(tuning.batches.size(), (options.screenImages + perBatch - 1) / perBatch);
        for (size_t b = 0; b < m_screenBatches; ++b)
            m_screenImages += static_cast<size_t>(tuning.batches[b].shape[0]);
        m_threads = options.timingThreads.empty() ? std::vector<int>{threadCount()} : options.timingThreads;
        const Tensor& first = tuning.batches.front();
        Shape one = first.shape;
        one[0] = 1;
        m_timingImage = Tensor(one, std::vector<float>(first.floats.begin(),
                                                       first.floats.begin() + first.size() / first.shape[0]));
    }

    TuneResult run();

private:
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    void progress(const std::string& stage, size_t done, size_t total, const std::string& detail) const {
        if (m_options.progress) m_options.progress({stage, done, total, detail});
    }
    void log(const std::string& line) const {
        if (m_options.log) m_options.log(line);
    }

    EffortSettings settingsFor(const Steps& steps) const {
        EffortSettings s;
        s.calibration = m_calibration;
        for (size_t l = 0; l < m_layers.size(); ++l) {
            ConvKnobs k;
            bool on = false;
            for (int m = 0; m < kMechanisms; ++m)
                if (steps[l][static_cast<size_t>(m)] > 0) {
                    setStep(k, m, steps[l][static_cast<size_t>(m)]);
                    on = true;
                }
            if (on) s.knobs[m_layers[l]] = k;
        }
        return s;
    }

    void score(const RunResult& result, size_t firstImage, Pass& pass);
    Pass passOver(size_t beginBatch, size_t endBatch, std::optional<size_t> maxChanged = std::nullopt);
    // Median ms of layer l (with the steps it absorbs) on one image under each of `variants` (its knobs;
    // every other layer dense), by timing thread: [variant][thread].
    std::vector<std::vector<double>> timeLayer(size_t l, const std::vector<ConvKnobs>& variants);
    // Whether `ms` is faster than `reference` (the first variant of the last timeLayer()) enough to count
    // (kMinimumTimeGain) at every thread count; the saving per image is then the smallest over the counts,
    // else 0.
    double timeSaved(const std::vector<double>& reference, const std::vector<double>& ms) const;
    std::string timesText(const std::vector<double>& ms) const;
    void reference();
    void sensitivity();
    // Time objective: times layer l under each ladder step and records what each saves (0 where it
    // does not pay), with one line of the log saying what pays.
    void timeLadders(size_t l, const std::vector<EffortSettings>& candidates,
                     const std::vector<std::pair<int, int>>& which);
    void search();
    void timeLevels();
    EffortProfile profile() const;
    bool timeObjective() const { return m_options.objective == TuneObjective::Time; }

    Network& m_network;
    const ImageBatches& m_tuning;
    TuneOptions m_options;
    std::vector<std::string> m_layers;
    size_t m_screenBatches = 0, m_screenImages = 0;
    std::map<std::string, LayerCalibration> m_calibration;
    std::vector<int> m_denseClass;   // per image
    std::vector<double> m_denseProb; // per image: the dense class's probability
    Pass m_dense, m_denseScreen, m_base, m_baseScreen;
    double m_denseOpsPerImage = 0.0;
    std::vector<double> m_scratch;
    std::vector<int> m_threads; // timing thread counts
    Tensor m_timingImage;       // the first tuning image, batch 1: what layers and levels are timed on

    // Sensitivity: per layer, mechanism and ladder step (0: off), saved (ops or ms per image) and loss.
    // Saved is operations per image, or with the time objective ms per image (at the slowest-saving
    // thread count), 0 where the step does not make its layer faster.
    std::vector<std::array<std::vector<double>, kMechanisms>> m_saved, m_loss;
    // Time objective: per layer, its dense time and (for ladder steps) each step's time, [thread].
    std::vector<std::vector<double>> m_denseLayerMs;
    std::vector<double> m_fastest; // the last timeLayer()'s fastest run of its first variant, [thread]
    std::vector<std::array<std::vector<std::vector<double>>, kMechanisms>> m_stepMs;
    std::vector<std::vector<double>> m_currentLayerMs; // under the search's current knobs

    struct Level {
        Steps steps;
        Pass pass;                // over the whole tuning set
        double saved = 0.0;       // the estimated saving (operations or ms per image) against effort 0
        std::map<int, double> ms; // measured whole-network time by thread count (time objective)
    };
    std::map<int, double> m_baseMs;
    std::map<std::string, LayerEffortTiming> m_layerTiming;
    std::vector<Level> m_levels;
    std::vector<ParetoPoint> m_rejectedPoints;
    size_t m_rejected = 0;
    bool m_cancelled = false;
};

void Tuner::score(const RunResult& result, size_t firstImage, Pass& pass) {
    const Tensor& out = result.outputs.at(0);
    const int64_t n = out.shape.empty() ? 0 : out.shape[0];
    if (n <= 0 || out.size() % n != 0)
        throw ModelError(m_network.graph().sourceFile,
                         "the output of shape " + toString(out.shape) + " is not one score vector per image");
    const int64_t classes = out.size() / n;
    for (int64_t i = 0; i < n; ++i) {
        const size_t image = firstImage + static_cast<size_t>(i);
        const float* row = out.floats.data() + i * classes;
        const int best = static_cast<int>(std::max_element(row, row + classes) - row);
        pass.images += 1;
        if (best == m_tuning.labels[image]) ++pass.correct;
        if (image < m_denseClass.size()) {
            probabilities(row, classes, m_scratch);
            if (best == m_denseClass[image]) ++pass.agree;
            if (m_denseClass[image] == m_tuning.labels[image] && best != m_denseClass[image]) ++pass.lost;
            pass.lostProb +=
                std::max(0.0, m_denseProb[image] - m_scratch[static_cast<size_t>(m_denseClass[image])]);
        }
    }
    pass.ops += double(result.executedOps());
    pass.ms += result.ms;
}

// The current settings over batches [begin, end); stops early once more than maxChanged images have
// another top-1 class than dense.
Pass Tuner::passOver(size_t beginBatch, size_t endBatch, std::optional<size_t> maxChanged) {
    Pass pass;
    RunResult result;
    size_t image = 0;
    for (size_t b = 0; b < beginBatch; ++b)
        image += static_cast<size_t>(m_tuning.batches[b].shape[0]);
    for (size_t b = beginBatch; b < endBatch; ++b) {
        if (cancelled()) {
            m_cancelled = true;
            pass.stoppedEarly = true;
            break;
        }
        m_network.run({m_tuning.batches[b]}, result);
        score(result, image, pass);
        image += static_cast<size_t>(m_tuning.batches[b].shape[0]);
        if (maxChanged && pass.changed() > *maxChanged) {
            pass.stoppedEarly = true;
            break;
        }
    }
    return pass;
}

// The dense path's answers on every image (what "lost" is measured against), and the effort path with
// every knob off (effort 0: the lossless zero-map skipping only).
void Tuner::reference() {
    progress("reference", 0, 2, "dense");
    m_network.setDense();
    RunResult result;
    size_t image = 0;
    for (const Tensor& batch : m_tuning.batches) {
        if (cancelled()) {
            m_cancelled = true;
            return;
        }
        m_network.run({batch}, result);
        const Tensor& out = result.outputs.at(0);
        const int64_t n = out.shape.at(0), classes = out.size() / std::max<int64_t>(n, 1);
        for (int64_t i = 0; i < n; ++i) {
            const float* row = out.floats.data() + i * classes;
            const int best = static_cast<int>(std::max_element(row, row + classes) - row);
            probabilities(row, classes, m_scratch);
            m_denseClass.push_back(best);
            m_denseProb.push_back(m_scratch[static_cast<size_t>(best)]);
        }
        Pass& target = image < m_screenImages ? m_denseScreen : m_dense;
        score(result, image, target);
        image += static_cast<size_t>(n);
    }
    Pass whole = m_denseScreen;
    whole += m_dense;
    m_dense = whole;
    m_denseOpsPerImage = m_dense.ops / double(m_dense.images);
    progress("reference", 1, 2, "effort 0");
    m_network.setEffort(settingsFor(Steps(m_layers.size(), {0, 0, 0})));
    m_baseScreen = passOver(0, m_screenBatches);
    m_base = m_baseScreen;
    m_base += passOver(m_screenBatches, m_tuning.batches.size());
}

// SPEC §4.7: each layer alone at each step of each ladder, on the screening images. The layers before it
// run once per batch (a checkpoint), then every candidate runs the rest.
void Tuner::sensitivity() {
    const bool time = m_options.objective == TuneObjective::Time;
    m_saved.assign(m_layers.size(), {});
    m_loss.assign(m_layers.size(), {});
    m_denseLayerMs.assign(m_layers.size(), {});
    m_currentLayerMs.assign(m_layers.size(), {});
    m_fastest.assign(m_threads.size(), 0.0);
    m_stepMs.assign(m_layers.size(), {});
    for (auto& layer : m_stepMs)
        for (int m = 0; m < kMechanisms; ++m)
            layer[static_cast<size_t>(m)].assign(static_cast<size_t>(ladderSize(m) + 1), {});
    const EffortSettings base = settingsFor(Steps(m_layers.size(), {0, 0, 0}));
    for (size_t l = 0; l < m_layers.size() && !m_cancelled; ++l) {
        progress("sensitivity", l, m_layers.size(), m_layers[l]);
        // Candidate 0 is the layer with every knob off, the baseline its savings are measured against.
        std::vector<EffortSettings> candidates{base};
        std::vector<std::pair<int, int>> which{{-1, 0}};
        for (int m = 0; m < kMechanisms; ++m)
            for (int s = 1; s <= ladderSize(m); ++s) {
                EffortSettings c = base;
                ConvKnobs k;
                setStep(k, m, s);
                c.knobs[m_layers[l]] = k;
                candidates.push_back(std::move(c));
                which.push_back({m, s});
            }
        std::vector<Pass> passes(candidates.size());
        const size_t step = m_network.stepOf(m_layers[l]);
        NetworkCheckpoint checkpoint;
        RunResult result;
        size_t image = 0;
        for (size_t b = 0; b < m_screenBatches && !m_cancelled; ++b) {
            m_network.setEffort(base);
            m_network.runUntil({m_tuning.batches[b]}, step, checkpoint);
            for (size_t c = 0; c < candidates.size(); ++c) {
                if (cancelled()) {
                    m_cancelled = true;
                    break;
                }
                m_network.setEffort(candidates[c]);
                m_network.runFrom(checkpoint, result);
                score(result, image, passes[c]);
            }
            image += static_cast<size_t>(m_tuning.batches[b].shape[0]);
        }
        if (m_cancelled) break;
        const Pass& off = passes[0];
        for (int m = 0; m < kMechanisms; ++m) {
            m_saved[l][static_cast<size_t>(m)].assign(static_cast<size_t>(ladderSize(m) + 1), 0.0);
            m_loss[l][static_cast<size_t>(m)].assign(static_cast<size_t>(ladderSize(m) + 1), off.loss());
        }
        for (size_t c = 1; c < candidates.size(); ++c) {
            const auto [m, s] = which[c];
            m_saved[l][static_cast<size_t>(m)][static_cast<size_t>(s)] =
                (off.ops - passes[c].ops) / double(off.images);
            m_loss[l][static_cast<size_t>(m)][static_cast<size_t>(s)] = passes[c].loss();
        }
        if (time) timeLadders(l, candidates, which);
    }
    progress("sensitivity", m_layers.size(), m_layers.size(), "");
}

std::vector<std::vector<double>> Tuner::timeLayer(size_t l, const std::vector<ConvKnobs>& variants) {
    const EffortSettings base = settingsFor(Steps(m_layers.size(), {0, 0, 0}));
    std::vector<EffortSettings> settings(variants.size(), base);
    for (size_t v = 0; v < variants.size(); ++v)
        if (variants[v].lossy()) settings[v].knobs[m_layers[l]] = variants[v];
    m_network.setEffort(base);
    NetworkCheckpoint checkpoint;
    m_network.runUntil({m_timingImage}, m_network.stepOf(m_layers[l]), checkpoint);
    const int before = threadCount();
    const int repeats = std::max(m_options.timingRepeats, 1);
    std::vector<std::vector<double>> medians(variants.size(), std::vector<double>(m_threads.size()));
    std::vector<std::vector<double>> samples(variants.size());
    for (size_t t = 0; t < m_threads.size(); ++t) {
        setThreadCount(m_threads[t]);
        for (auto& v : samples)
            v.clear();
        // Round-robin over the variants, so that the machine's slow phases fall on all of them alike; each
        // timed run follows an untimed one of the same variant, so that each finds its own weights in the
        // cache (the effort variants share theirs, the dense layer has its own).
        for (int r = 0; r < repeats; ++r)
            for (size_t v = 0; v < variants.size(); ++v) {
                m_network.setEffort(settings[v]);
                m_network.timeLayerAt(checkpoint);
                samples[v].push_back(m_network.timeLayerAt(checkpoint));
            }
        for (size_t v = 0; v < variants.size(); ++v) {
            std::vector<double>& x = samples[v];
            std::nth_element(x.begin(), x.begin() + x.size() / 2, x.end());
            medians[v][t] = x[x.size() / 2];
            if (v == 0) m_fastest[t] = *std::min_element(x.begin(), x.end());
        }
    }
    setThreadCount(before);
    return medians;
}

double Tuner::timeSaved(const std::vector<double>& reference, const std::vector<double>& ms) const {
    double saved = std::numeric_limits<double>::infinity();
    for (size_t t = 0; t < m_threads.size(); ++t) {
        if (!(ms[t] <= (1.0 - kMinimumTimeGain) * reference[t] && ms[t] < m_fastest[t])) return 0.0;
        saved = std::min(saved, reference[t] - ms[t]);
    }
    return saved;
}

std::string Tuner::timesText(const std::vector<double>& ms) const {
    std::ostringstream out;
    out << std::fixed << std::setprecision(4);
    for (size_t t = 0; t < m_threads.size(); ++t)
        out << (t ? ", " : "") << ms[t] << " ms at " << m_threads[t]
            << (m_threads[t] == 1 ? " thread" : " threads");
    return out.str();
}

void Tuner::timeLadders(size_t l, const std::vector<EffortSettings>& candidates,
                        const std::vector<std::pair<int, int>>& which) {
    std::vector<ConvKnobs> variants;
    for (const EffortSettings& c : candidates) {
        auto it = c.knobs.find(m_layers[l]);
        variants.push_back(it == c.knobs.end() ? ConvKnobs{} : it->second);
    }
    const std::vector<std::vector<double>> ms = timeLayer(l, variants);
    m_denseLayerMs[l] = ms[0];
    m_currentLayerMs[l] = ms[0];
    size_t fastest = 1;
    for (size_t c = 1; c < candidates.size(); ++c) {
        const auto [m, s] = which[c];
        m_stepMs[l][static_cast<size_t>(m)][static_cast<size_t>(s)] = ms[c];
        m_saved[l][static_cast<size_t>(m)][static_cast<size_t>(s)] = timeSaved(ms[0], ms[c]);
        if (ms[c][0] < ms[fastest][0]) fastest = c;
    }
    const auto [fm, fs] = which[fastest];
    LayerEffortTiming timing;
    timing.setting = describeStep("", fm, fs).substr(1);
    for (size_t t = 0; t < m_threads.size(); ++t) {
        timing.denseMs[m_threads[t]] = ms[0][t];
        timing.effortMs[m_threads[t]] = ms[fastest][t];
    }
    m_layerTiming[m_layers[l]] = timing;
    const bool pays = m_saved[l][static_cast<size_t>(fm)][static_cast<size_t>(fs)] > 0.0;
    std::ostringstream line;
    line << std::fixed << std::setprecision(2) << m_layers[l] << ": dense " << timesText(ms[0])
         << "; fastest " << timing.setting << ":";
    for (size_t t = 0; t < m_threads.size(); ++t)
        line << " " << ms[fastest][t] / ms[0][t] << "x";
    line << " the dense time" << (pays ? " (pays)" : " (does not pay)");
    log(line.str());
}

// SPEC §4.7: the greedy search across layers.
void Tuner::search() {
    const bool time = timeObjective();
    const size_t total = m_dense.images;
    // The budget, as images whose top-1 class may differ from dense's: fidelity to the dense model, judged
    // without labels. Counting only the images lost (right on the dense path, wrong here) would let a step
    // that breaks as many right answers as it mends wrong ones pass; on other images it loses what it
    // broke and mends only by chance (README, Performance). A guard band of the budget is held back for the
    // test split.
    const double share = (1.0 - m_options.guardBand) * m_options.budgetPp / 100.0;
    const size_t allowedChanged = static_cast<size_t>(std::floor(share * double(total) + 1e-9));
    // The screening images may change their share of the budget plus two images before a candidate is
    // judged on the whole set: they are few.
    const double screenAllowed = share * double(m_screenImages) + 2.0;
    // Steps that save less than this are not worth a level (SqueezeNet's small 1×1 layers, say).
    double denseMsPerImage = 0.0;
    for (const auto& layer : m_denseLayerMs)
        denseMsPerImage += layer.empty() ? 0.0 : layer[0];
    const double minimumGain = 0.001 * (time ? denseMsPerImage : m_denseOpsPerImage);
    const double epsilon = 1e-4;

    Steps current(m_layers.size(), {0, 0, 0});
    // The highest step each ladder may still try: lowered below every step the whole set rejected.
    std::vector<std::array<int, kMechanisms>> ceiling(m_layers.size());
    for (auto& c : ceiling)
        for (int m = 0; m < kMechanisms; ++m)
            c[static_cast<size_t>(m)] = ladderSize(m);

    // The search ends when no step is left, or after this many rejections in a row: by then the steps left
    // are the ones the sensitivity sweep ranked worst, and ResNet-56's 165 ladders would otherwise be tried
    // to the last rung.
    const size_t patience = std::max<size_t>(12, m_layers.size());
    size_t tried = 0, rejectedInARow = 0;
    double savedSoFar = 0.0;
    while (!m_cancelled && rejectedInARow < patience) {
        // The move with the most estimated saving per estimated loss: any step up one ladder (a jump over
        // steps that save too little to be worth a level of their own).
        double bestPriority = -1.0, bestGain = 0.0;
        size_t bestLayer = 0;
        int bestMechanism = -1, bestStep = 0;
        for (size_t l = 0; l < m_layers.size(); ++l)
            for (int m = 0; m < kMechanisms; ++m) {
                const int from = current[l][static_cast<size_t>(m)];
                const std::vector<double>& saved = m_saved[l][static_cast<size_t>(m)];
                const std::vector<double>& loss = m_loss[l][static_cast<size_t>(m)];
                for (int s = from + 1; s <= ceiling[l][static_cast<size_t>(m)]; ++s) {
                    if (time && saved[static_cast<size_t>(s)] <= 0.0) continue; // does not pay
                    const double gain = saved[static_cast<size_t>(s)] - saved[static_cast<size_t>(from)];
                    if (gain < minimumGain) continue;
                    const double lost =
                        std::max(0.0, loss[static_cast<size_t>(s)] - loss[static_cast<size_t>(from)]);
                    const double priority = gain / (lost + epsilon);
                    if (priority > bestPriority) {
                        bestPriority = priority;
                        bestGain = gain;
                        bestLayer = l;
                        bestMechanism = m;
                        bestStep = s;
                    }
                }
            }
        if (bestMechanism < 0) break;
        ++tried;
        const std::string what = describeStep(m_layers[bestLayer], bestMechanism, bestStep);
        progress("search", m_levels.size(), tried, what);
        Steps next = current;
        next[bestLayer][static_cast<size_t>(bestMechanism)] = bestStep;

        // Time objective: with another mechanism already on in the layer, the two together are timed; they
        // must keep the layer faster than dense and make it faster than it is now.
        bool slower = false;
        std::vector<double> nextLayerMs;
        if (time) {
            int othersOn = 0;
            for (int m = 0; m < kMechanisms; ++m)
                othersOn += m != bestMechanism && current[bestLayer][static_cast<size_t>(m)] > 0;
            if (othersOn > 0) {
                const ConvKnobs now = settingsFor(current).knobs.at(m_layers[bestLayer]);
                const ConvKnobs then = settingsFor(next).knobs.at(m_layers[bestLayer]);
                const auto ms = timeLayer(bestLayer, {ConvKnobs{}, now, then});
                slower = timeSaved(ms[0], ms[2]) <= 0.0;
                for (size_t t = 0; t < m_threads.size(); ++t)
                    slower = slower || ms[2][t] >= ms[1][t];
                nextLayerMs = ms[2];
                if (!slower) bestGain = std::max(0.0, timeSaved(ms[0], ms[2]) - timeSaved(ms[0], ms[1]));
            } else {
                nextLayerMs =
                    m_stepMs[bestLayer][static_cast<size_t>(bestMechanism)][static_cast<size_t>(bestStep)];
            }
        }

        Pass screen, whole;
        bool screened = false, accepted = false;
        if (!slower) {
            m_network.setEffort(settingsFor(next));
            screen = passOver(0, m_screenBatches);
            if (m_cancelled) break;
            screened = double(screen.changed()) <= screenAllowed && screen.changed() <= allowedChanged;
            accepted = screened;
            whole = screen;
            if (screened) {
                whole +=
                    passOver(m_screenBatches, m_tuning.batches.size(), allowedChanged - screen.changed());
                if (m_cancelled) break;
                accepted = !whole.stoppedEarly && whole.changed() <= allowedChanged;
            }
        }
        std::ostringstream line;
        if (accepted) {
            current = next;
            rejectedInARow = 0;
            savedSoFar += time ? bestGain : 0.0;
            if (time) m_currentLayerMs[bestLayer] = nextLayerMs;
            const double opsSaved = m_base.ops / double(m_base.images) - whole.ops / double(whole.images);
            Level level{current, whole, time ? savedSoFar : opsSaved, {}};
            m_levels.push_back(level);
            line << std::fixed << std::setprecision(2) << "step " << m_levels.size() << ": " << what
                 << " -> top-1 " << 100.0 * whole.top1() << "% (dense " << 100.0 * m_dense.top1() << "%), "
                 << whole.changed() << " of " << total << " images changed (" << allowedChanged
                 << " allowed), " << m_denseOpsPerImage / (whole.ops / double(whole.images))
                 << "x fewer operations";
            if (time) line << std::setprecision(4) << ", layer " << timesText(nextLayerMs);
        } else {
            ++m_rejected;
            ++rejectedInARow;
            ceiling[bestLayer][static_cast<size_t>(bestMechanism)] = bestStep - 1;
            if (whole.images == total && !whole.stoppedEarly)
                m_rejectedPoints.push_back(
                    {std::nullopt, whole.top1(), whole.ops / double(total), whole.ms / double(total), false});
            line << "rejected: " << what << " (";
            if (slower)
                line << "with the layer's other mechanisms it does not make the layer faster: "
                     << timesText(nextLayerMs) << ")";
            else if (!screened)
                line << screen.changed() << " of the " << screen.images << " screening images changed, "
                     << static_cast<size_t>(std::min(screenAllowed, double(allowedChanged)))
                     << " allowed there)";
            else
                line << whole.changed() << " of the "
                     << (whole.images == total ? "tuning set's" : "first " + std::to_string(whole.images))
                     << " images changed, " << allowedChanged << " allowed)";
        }
        log(line.str());
    }
}

// Time objective: every level's whole network on one image, round-robin, at every timing thread count; and
// every layer on the effort path at the last level against its dense layer.
void Tuner::timeLevels() {
    progress("timing", 0, 1, "levels");
    std::vector<EffortSettings> settings{settingsFor(Steps(m_layers.size(), {0, 0, 0}))};
    for (const Level& level : m_levels)
        settings.push_back(settingsFor(level.steps));
    const int before = threadCount();
    const int repeats = std::max(m_options.timingRepeats, 1);
    RunResult result;
    for (int threads : m_threads) {
        setThreadCount(threads);
        std::vector<std::vector<double>> samples(settings.size());
        for (int r = 0; r < repeats && !cancelled(); ++r)
            for (size_t v = 0; v < settings.size(); ++v) { // as in timeLayer()
                m_network.setEffort(settings[v]);
                m_network.run({m_timingImage}, result);
                m_network.run({m_timingImage}, result);
                samples[v].push_back(result.ms);
            }
        if (cancelled()) break;
        for (size_t v = 0; v < settings.size(); ++v) {
            std::vector<double>& x = samples[v];
            std::nth_element(x.begin(), x.begin() + x.size() / 2, x.end());
            (v == 0 ? m_baseMs : m_levels[v - 1].ms)[threads] = x[x.size() / 2];
        }
    }
    setThreadCount(before);
    if (m_levels.empty() || cancelled()) return;
    const EffortSettings last = settings.back();
    for (size_t l = 0; l < m_layers.size(); ++l) {
        auto it = last.knobs.find(m_layers[l]);
        if (it == last.knobs.end() || !it->second.lossy()) continue;
        progress("timing", l, m_layers.size(), m_layers[l]);
        const auto ms = timeLayer(l, {ConvKnobs{}, it->second});
        LayerEffortTiming timing;
        timing.setting = describeSteps(m_levels.back().steps[l]);
        timing.chosen = true;
        for (size_t t = 0; t < m_threads.size(); ++t) {
            timing.denseMs[m_threads[t]] = ms[0][t];
            timing.effortMs[m_threads[t]] = ms[1][t];
        }
        m_layerTiming[m_layers[l]] = timing;
        std::ostringstream line;
        line << std::fixed << std::setprecision(2) << "effort 1: " << m_layers[l] << " " << timesText(ms[1])
             << " against dense " << timesText(ms[0]);
        log(line.str());
    }
    std::ostringstream line;
    line << std::fixed << std::setprecision(4) << "effort 1, whole network on one image:";
    for (int threads : m_threads)
        line << " " << m_levels.back().ms.at(threads) << " ms against dense " << m_baseMs.at(threads) << " ("
             << std::setprecision(3) << m_levels.back().ms.at(threads) / m_baseMs.at(threads) << "x) at "
             << threads << (threads == 1 ? " thread;" : " threads;") << std::setprecision(4);
    log(line.str());
}

EffortProfile Tuner::profile() const {
    EffortProfile p;
    p.calibration = m_calibration;
    p.levels.push_back(EffortLevel{0.0, {}, m_baseMs});
    const double basePerImage = m_base.ops / double(std::max<size_t>(m_base.images, 1));
    ParetoPoint zero{0.0, m_base.top1(), basePerImage, m_base.ms / double(std::max<size_t>(m_base.images, 1)),
                     true};
    // SPEC §4.7: a level's effort is its share of the final saving (of time with the time objective). A
    // level that saves no more than the one before it replaces it instead.
    const double finalSaved = m_levels.empty() ? 0.0 : m_levels.back().saved;
    std::vector<ParetoPoint> points{zero};
    for (const Level& level : m_levels) {
        const double perImage = level.pass.ops / double(level.pass.images);
        const double effort = finalSaved > 0.0 ? std::clamp(level.saved / finalSaved, 0.0, 1.0) : 1.0;
        EffortLevel l;
        l.effort = effort;
        l.ms = level.ms;
        for (const auto& [name, knobs] : settingsFor(level.steps).knobs)
            l.layers[name] = knobs;
        ParetoPoint point{effort, level.pass.top1(), perImage, level.pass.ms / double(level.pass.images),
                          true};
        if (!level.ms.empty()) point.ms = level.ms.begin()->second; // the batch-1 median, not a single pass
        if (effort <= p.levels.back().effort) {
            if (p.levels.size() == 1) continue; // never replace effort 0
            l.effort = p.levels.back().effort;
            point.effort = l.effort;
            p.levels.back() = std::move(l);
            points.back() = point;
        } else {
            p.levels.push_back(std::move(l));
            points.push_back(point);
        }
    }
    if (!m_baseMs.empty()) points.front().ms = m_baseMs.begin()->second;
    if (p.levels.size() > 1) {
        p.levels.back().effort = 1.0; // rounding aside, the last level is the final saving
        points.back().effort = 1.0;
    }
    p.pareto = points;
    p.pareto.insert(p.pareto.end(), m_rejectedPoints.begin(), m_rejectedPoints.end());
    p.layerTiming = m_layerTiming;
    return p;
}

TuneResult Tuner::run() {
    TuneResult result;
    progress("calibration", 0, 1, "");
    m_calibration = calibrateEffort(m_network, firstImages(m_tuning, m_options.calibrationImages));
    if (!cancelled()) reference();
    if (!m_cancelled) sensitivity();
    if (!m_cancelled) search();
    if (!m_cancelled && timeObjective()) timeLevels();
    m_network.setDense();

    result.cancelled = m_cancelled || cancelled();
    result.profile = profile();
    result.denseTop1 = m_dense.top1();
    const Pass& last = m_levels.empty() ? m_base : m_levels.back().pass;
    result.top1 = last.top1();
    result.agreement = last.images ? double(last.agree) / double(last.images) : 1.0;
    result.denseMs = m_baseMs;
    if (!m_levels.empty()) result.effortMs = m_levels.back().ms;
    if (result.effortMs.empty()) result.effortMs = m_baseMs;
    result.opsReduction = last.ops > 0.0 ? m_denseOpsPerImage * double(last.images) / last.ops : 1.0;
    result.steps = result.profile.levels.size() - 1;
    result.rejected = m_rejected;
    TuningSummary summary;
    summary.data = m_options.data;
    summary.images = static_cast<int64_t>(m_tuning.images());
    summary.budgetPp = m_options.budgetPp;
    summary.objective = m_options.objective == TuneObjective::Time ? "time" : "ops";
    summary.denseTop1 = result.denseTop1;
    summary.top1 = result.top1;
    summary.opsReduction = result.opsReduction;
    summary.agreement = result.agreement;
    summary.guardBand = m_options.guardBand;
    result.profile.tuned = summary;
    return result;
}

} // namespace

TuneResult tuneEffort(Network& network, const ImageBatches& tuning, const TuneOptions& options) {
    Tuner tuner(network, tuning, options);
    return tuner.run();
}

} // namespace dyve
