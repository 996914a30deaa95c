#include "eval/opened_model.h"

#include "import/model_loader.h"

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

} // namespace dyve
