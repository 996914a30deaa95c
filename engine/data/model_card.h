#pragma once

#include <map>
#include <string>
#include <vector>

namespace dyve {

// The channel widths a model was trained to run at (SPEC §4.9, issue 16): a card's "width_steps".
struct WidthSteps {
    std::vector<double> fractions;    // ascending, the last 1: the widths trained (0.25, 0.5, 0.75, 1)
    std::vector<std::string> outputs; // per width, the graph output of its classifier head
    // Whether a width's channels read only the channels of narrower widths, so that a narrower run's values
    // are the first channels of every wider run's (its training froze them): widening then reuses them.
    bool nested = false;

    bool empty() const { return fractions.empty(); }
    // The index of `fraction` in fractions, or -1 when it is not a trained width.
    int stepOf(double fraction) const;
};

// How to feed a model and what its outputs mean (SPEC §5.2): ONNX and Caffe do not say. A card is a JSON
// sidecar (<model>.card.json beside the model, --card FILE, or one of models/cards/ whose "sha256" list
// holds the model file's SHA-256).
struct ModelCard {
    std::string file; // where the card was read from
    std::string name;
    std::string description;         // optional, one line for people
    std::vector<std::string> sha256; // of the model files the card describes (.onnx, .caffemodel)

    // Input tensor: N×channels×height×width.
    int channels = 3;
    int height = 0;
    int width = 0;
    // "RGB", "BGR", "GRAY" (one channel), "Y" (luma of YCbCr, one channel).
    std::string channelOrder = "RGB";
    // "stretch" (plain resize to width×height) or "crop" (shorter side to the size, centre crop).
    std::string resize = "stretch";
    // x = (pixel − meanFile[c][y][x]) × scale, then per channel x = (x − mean[c]) / std[c]; pixels are
    // 0–255. The mean file is subtracted before scaling, as Caffe's DataTransformer does, because its
    // values are in pixel units.
    float scale = 1.0f;
    // One value per channel (a card may give one value for every channel: loadModelCard repeats it).
    std::vector<float> mean; // empty: 0
    std::vector<float> std;  // empty: 1
    // A Caffe mean.binaryproto (path as written in the card: relative to the card's folder, else to the
    // model's folder, and inside one of them: data/referenced_file.h). Its planes are in channelOrder; a
    // larger mean is centre-cropped to the input.
    std::string meanFile;

    // From "classes" (inline) or "classes_file" (inside the card's folder: data/referenced_file.h). As many
    // as the model has outputs: checkCardFitsModel() (eval/opened_model.h) holds a card to that.
    std::vector<std::string> classNames;
    std::string defaultData;                // name of the data set the model is evaluated on by default
    std::map<std::string, double> accuracy; // measured top-1 (fraction 0–1) per data set name
    WidthSteps widthSteps;                  // empty: the model was not trained for narrower widths
};

// Parses a card; throws DataError naming the file and the bad or missing field, or a classes_file outside
// the card's folder.
ModelCard loadModelCard(const std::string& path);

// Finds the card for a model file: <model>.card.json beside it (model.onnx.card.json or model.card.json),
// else the card in cardsDirs whose sha256 list holds the SHA-256 of the model file (for Caffe, of its
// .caffemodel). Returns "" when none. Digests are cached per path, size and modification time.
std::string findModelCard(const std::string& modelFile, const std::vector<std::string>& cardsDirs);

// Folders searched for cards: $DYVE_CARDS_DIR, the source tree's models/cards, the installed
// share/dyve/models/cards.
std::vector<std::string> defaultCardDirs();

// The fields a card must give, for the message shown when a model has none.
std::string requiredCardFieldsHelp();

} // namespace dyve
