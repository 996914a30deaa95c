#pragma once

#include "cli_options.h"

#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "data/project_paths.h"
#include "graph/graph.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "runtime/width_cascade.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dyve::cli {

// The project's folders (models, resources, cards, data roots) are the engine's rules, shared with the
// studio: data/project_paths.h.

// The model a command works on, opened with its card when one is found (the engine's openModel()).
struct SelectedModel {
    std::string path;
    bool bundled = false;
    LoadOptions loadOptions;
    Graph graph;                     // the command moves it into its Network
    std::optional<ModelCard> card;   // none only when the command does not need one
    std::optional<Preprocessor> pre; // of the card
};

// The model named by `argument`, or the bundled one (saying so on stderr) when `argument` is empty, opened
// by openModel() (ImportError naming the file when it is missing or unreadable). Its card comes from
// --card, else findModelCard(). With `needCard`, a model without a card is bad input (DataError naming the
// model and the card fields it needs).
SelectedModel selectModel(const std::string& argument, const Arguments& args, bool needCard);

// The model's Network (moving its graph out of `model`), held to its card: a card naming another number of
// classes than the model scores is bad input (checkCardFitsModel(), eval/opened_model.h).
Network networkOf(SelectedModel& model);

// `image` as the model's input; a DataError of the preprocessor (which does not know the file) names
// `name`, the file the image came from.
Tensor imageTensor(const Preprocessor& pre, const cv::Mat& image, const std::string& name);

// The data set to evaluate on: --data, else the card's default data (saying so on stderr): an absolute
// path, a path relative to the card's folder, the project or the working directory, or a data set name
// looked up in dataRoots() (resolveDefaultData()).
std::string selectDataPath(const SelectedModel& model, const Arguments& args);

// The card's measured top-1 for the data set at `dataPath` (matched by the folder's name), if it has one.
std::optional<double> referenceTop1(const SelectedModel& model, const std::string& dataPath);

// True when `argument` names a model file rather than an image (for `dyve run [MODEL] IMAGE…`).
bool looksLikeModel(const std::string& argument);

// Of the network's dense operations under its current plan, those a dense run executes: less the zero-weight
// multiply-accumulates its products skip (LayerInfo::zeroWeightOps).
int64_t denseExecutedOps(const Network& network);

// --width W (issue 16): run at a share of every convolution's output channels.
OptionSpec widthOption();
// The value of --width, checked before anything is loaded: UsageError for a value that is not a number
// above 0 and at most 1.
std::optional<double> widthArgument(const Arguments& args);
// Runs `network` at that width when given (eval/model_width.h: the head of a width the card lists, else
// truncated, with a warning on stderr); returns the width in force.
ChannelWidth applyWidth(Network& network, const SelectedModel& model, std::optional<double> fraction);

// Applies --threads to the engine and to OpenCV; returns the thread count in force.
int applyThreads(const Arguments& args);

// The width cascade (issue 16) of `model`, on `graph`, at these thresholds (none: WidthCascade's default):
// its card's nested widths (DataError naming the model when it has none, eval/model_width.h cascadeWidths).
std::unique_ptr<WidthCascade> widthCascadeOf(const SelectedModel& model, const Graph& graph,
                                             const std::vector<double>& thresholds);

// Applies --sparse-weights (runtime/weight_policy.h) to the networks the command builds.
void applySparseWeights(const Arguments& args);

} // namespace dyve::cli
