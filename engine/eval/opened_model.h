#pragma once

#include "core/errors.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "graph/graph.h"

#include <optional>
#include <string>
#include <vector>

namespace dyve {

// Opening a model together with its card (SPEC §5.2), once for the CLI and every studio job: ONNX and
// Caffe do not say how to preprocess, so a model is only usable on images with its card.

// What to open.
struct ModelOpening {
    std::string model;
    std::string weights;               // Caffe: the .caffemodel; empty: the one beside the .prototxt
    std::string card;                  // the card file; empty: findModelCard(model, cardDirs)
    std::vector<std::string> cardDirs; // where a card is looked for by the model's SHA-256
    bool needCard = true;              // without a card: MissingCardError (else OpenedModel::card is none)
};

// A model opened with its card: the graph, the card and the card's preprocessing.
struct OpenedModel {
    std::string modelFile;
    std::string weightsFile;
    Graph graph;
    std::optional<ModelCard> card;   // ModelCard::file says where it was read from
    std::optional<Preprocessor> pre; // of the card
};

// A model that has no card: DataError naming the model; reason() says where a card is looked for, and
// front ends add how to give one (`--card FILE`, the fields a card needs).
class MissingCardError : public DataError {
public:
    explicit MissingCardError(const std::string& modelFile);
};

// Opens `what`: ImportError naming the file when it is missing, a folder, unreadable or unsupported — the
// model first, so that a damaged file is reported as damaged, not as lacking a card; then the card
// (DataError naming the card when it is malformed; MissingCardError when there is none and one is needed).
OpenedModel openModel(const ModelOpening& what);

class Network;

// Where the card meets the model: a card naming classes must name one per score the model gives an image
// (the elements of its first output, batch aside, as `network` plans it), or every label shown would be
// another class's. DataError naming the card otherwise; nothing to check when the card names no classes
// (a model whose output is an image). Every output the card's width_steps name must be one of the model's.
// Front ends call it once they have built the model's Network.
void checkCardFitsModel(const ModelCard& card, const Network& network);

} // namespace dyve
