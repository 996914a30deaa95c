#pragma once

#include "cli_options.h"

#include "data/dataset.h"
#include "data/model_card.h"
#include "graph/graph.h"
#include "import/model_loader.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dyve::cli {

// The project's models/ folder: $DYVE_MODELS_DIR, else the source tree's (compile definition
// DYVE_MODELS_DIR, for a build run in place), else the installed share/dyve/models beside the binary.
std::string modelsDir();
// The project's resources/ folder, found the same way ($DYVE_RESOURCES_DIR, source tree, share/dyve).
std::string resourcesDir();
// The embedded default (SPEC §5.1): the bundled Fashion-MNIST CNN.
std::string bundledModelPath();
// Folders searched for model cards: models/cards first, then the engine's defaults.
std::vector<std::string> cardDirs();

// The model a command works on, with its card when one is found.
struct SelectedModel {
    std::string path;
    bool bundled = false;
    LoadOptions loadOptions;
    std::optional<ModelCard> card;
};

// The model named by `argument`, or the bundled one (saying so on stderr) when `argument` is empty.
// Its card comes from --card, else findModelCard(). With `needCard`, a model without a card is bad input
// (DataError naming the model and the card fields it needs).
SelectedModel selectModel(const std::string& argument, const Arguments& args, bool needCard);

// Loads the selected model's graph (ImportError naming the file when it is missing or unreadable).
Graph loadSelectedModel(const SelectedModel& model);

// Folders where data sets named by cards' "default_data" are looked for: $DYVE_DATA_DIR (colon-separated),
// the shared data beside the source tree, /usr/share/datasets.
std::vector<std::string> dataRoots();

// The data set to evaluate on: --data, else the card's default data (saying so on stderr): an absolute
// path, a path relative to the card's folder, the project or the working directory, or a data set name
// looked up in dataRoots().
std::string selectDataPath(const SelectedModel& model, const Arguments& args);

// The card's measured top-1 for the data set at `dataPath` (matched by the folder's name), if it has one.
std::optional<double> referenceTop1(const SelectedModel& model, const std::string& dataPath);

// True when `argument` names a model file rather than an image (for `dyve run [MODEL] IMAGE…`).
bool looksLikeModel(const std::string& argument);

// Applies --threads to the engine and to OpenCV; returns the thread count in force.
int applyThreads(const Arguments& args);

} // namespace dyve::cli
