#pragma once

#include "data/dataset.h"
#include "data/preprocess.h"
#include "runtime/network.h"
#include "runtime/run_result.h"
#include "runtime/width_cascade.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dyve {

// Where an evaluation stands, for progress lines and progress bars.
struct EvalProgress {
    size_t done = 0;  // images evaluated so far
    size_t total = 0; // images the evaluation will cover
    size_t top1Correct = 0;
    size_t top5Correct = 0;

    double top1() const { return done ? double(top1Correct) / double(done) : 0.0; }
};

struct EvalOptions {
    // Images per forward pass. Batching amortises per-layer overheads and lets the GEMMs work on wider
    // matrices; 8 is past the knee for the CIFAR-10 and SqueezeNet class of model. A model whose graph
    // cannot carry a batch (a Reshape to a fixed leading 1, say) is evaluated at batch 1 instead.
    int batch = 8;
    // Called after every batch (from the evaluating thread).
    std::function<void(const EvalProgress&)> progress;
    // Checked between batches: when it turns true the evaluation stops and reports what it has done.
    const std::atomic<bool>* cancel = nullptr;
};

// Per layer, summed over every image of the evaluation.
struct EvalLayerTotals {
    std::string name;
    std::string op;
    int64_t denseOps = 0;
    int64_t executedOps = 0;
    double ms = 0.0;
    bool effortPath = false; // the layer ran its EffortConv (runtime/run_result.h)
    LayerEffortStats effort; // what the mechanisms did, over all images
};

// The images of a width-cascade evaluation that stopped at one width, and what they cost there.
struct WidthReached {
    double fraction = 1.0;
    size_t images = 0;
    int64_t executedOps = 0; // over those images, every width they passed through included
    double ms = 0.0;         // the same
};

// What an evaluation of a model over a labelled data set measured (SPEC §5.1 `dyve eval`). Operation
// counts follow SPEC §4.6; the GUI and the CLI both consume this.
struct EvalReport {
    std::string model;   // the model's source file
    std::string dataset; // the data set's source
    size_t images = 0;   // images evaluated (fewer than the data set when cancelled)
    size_t top1Correct = 0;
    size_t top5Correct = 0;
    int batch = 1; // the batch size actually used
    int threads = 1;
    bool cancelled = false;
    bool effortMode = false; // the network ran its effort path (Network::setEffort)

    int64_t denseOps = 0;     // over all images
    int64_t executedOps = 0;  // over all images
    double inferenceMs = 0.0; // engine forward time over all images
    double wallSeconds = 0.0; // end to end: decoding, preprocessing and inference

    std::vector<EvalLayerTotals> layers;
    // A width-cascade evaluation's images by the width that answered, narrowest first; empty otherwise.
    // Its denseOps are the full width's dense operations.
    std::vector<WidthReached> widthsReached;
    // The top-1 class of each image evaluated, in the data set's order (-1: the model ranked none): what a
    // dense and an effort evaluation of the same images are compared by.
    std::vector<int> predictions;

    double top1() const { return images ? double(top1Correct) / double(images) : 0.0; }
    double top5() const { return images ? double(top5Correct) / double(images) : 0.0; }
    double denseOpsPerImage() const { return images ? double(denseOps) / double(images) : 0.0; }
    double executedOpsPerImage() const { return images ? double(executedOps) / double(images) : 0.0; }
    // Dense over executed operations: 1 for the dense path, > 1 when effort mechanisms skip work.
    double opsReduction() const { return executedOps ? double(denseOps) / double(executedOps) : 1.0; }
    // Engine time per image (forward passes only, batch time shared over its images).
    double msPerImage() const { return images ? inferenceMs / double(images) : 0.0; }
    // End-to-end throughput, image decoding and preprocessing included.
    double imagesPerSecond() const { return wallSeconds > 0.0 ? double(images) / wallSeconds : 0.0; }
};

// The largest batch up to `wanted` the model carries image by image: its output must keep the batch as its
// leading dimension, or batching would silently mix images (a Reshape to [1, -1] does that); else 1.
int usableBatch(const Network& network, const Preprocessor& pre, int wanted);

// Runs `network` over every image of `data`, preprocessed by `pre`, and scores its first output against
// the labels. Throws DataError naming the image for unreadable images or labels outside the model's
// classes, and ModelError when the model's output is not one score vector per image.
EvalReport evaluate(Network& network, const Dataset& data, const Preprocessor& pre,
                    const EvalOptions& options = {});
// A width cascade's evaluation beside the full width's, image by image (batch 1).
struct CascadeEvaluation {
    EvalReport cascade;   // with widthsReached; its denseOps are the full width's
    EvalReport fullWidth; // a plain dense run at full width of every image, in turn with the cascade's
    // The share of the images whose top-1 class through the cascade is the full width's.
    double agreement() const;
};
// The share of the images whose top-1 class is the same in two evaluations of the same images (their
// predictions, as far as both go); 1 when there are none.
double classAgreement(const EvalReport& a, const EvalReport& b);
// Runs every image of `data` through `cascade` and through `fullWidth` (a Network of the same graph at the
// cascade's widest width), in turns (options.batch is not used). Throws as evaluate() does.
CascadeEvaluation evaluateCascade(WidthCascade& cascade, Network& fullWidth, const Dataset& data,
                                  const Preprocessor& pre, const EvalOptions& options = {});

} // namespace dyve
