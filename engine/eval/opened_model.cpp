#include "eval/opened_model.h"

#include "import/model_loader.h"
#include "runtime/network.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace dyve {

MissingCardError::MissingCardError(const std::string& modelFile)
    : DataError(modelFile, "no model card found (<model>.card.json beside it, or one in models/cards listing "
                           "its SHA-256)") {}

OpenedModel openModel(const ModelOpening& what) {
    std::error_code ec;
    if (!fs::exists(what.model, ec)) throw ImportError(what.model, "no such model file");
    if (fs::is_directory(what.model, ec))
        throw ImportError(what.model, "is a folder; name the .onnx file or the Caffe .prototxt");
    OpenedModel opened;
    opened.modelFile = what.model;
    opened.weightsFile = what.weights;
    LoadOptions load;
    load.weightsFile = what.weights;
    opened.graph = loadModel(what.model, load);
    const std::string cardFile = what.card.empty() ? findModelCard(what.model, what.cardDirs) : what.card;
    if (cardFile.empty()) {
        if (what.needCard) throw MissingCardError(what.model);
        return opened;
    }
    opened.card = loadModelCard(cardFile);
    opened.pre.emplace(*opened.card, what.model);
    return opened;
}

void checkCardFitsModel(const ModelCard& card, const Network& network) {
    const std::vector<std::string>& outputs = network.graph().outputs;
    for (const std::string& head : card.widthSteps.outputs)
        if (std::find(outputs.begin(), outputs.end(), head) == outputs.end())
            throw DataError(card.file, "width_steps names output '" + head + "', which the model " +
                                           network.graph().sourceFile + " does not have");
    if (card.classNames.empty()) return;
    const Shape output = plannedOutputShape(network);
    if (output.empty() || output.front() < 1) return; // not planned: the run reports what is wrong
    const int64_t scores = elementCount(output) / output.front();
    if (scores == int64_t(card.classNames.size())) return;
    throw DataError(card.file, "names " + std::to_string(card.classNames.size()) + " classes but the model " +
                                   network.graph().sourceFile + " gives " + std::to_string(scores) +
                                   " scores an image (output '" + network.graph().outputs.front() + "', " +
                                   toString(output) + ")");
}

} // namespace dyve
