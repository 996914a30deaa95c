#include "data/model_card.h"

#include "core/errors.h"
#include "core/sha256.h"
#include "core/text.h"
#include "data/class_names.h"
#include "data/referenced_file.h"
#include "import/caffe_importer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <tuple>

namespace fs = std::filesystem;
using nlohmann::json;

namespace dyve {

namespace {

// The largest input side a card may declare: far above any real CNN input, low enough that a typo
// cannot make the preprocessor allocate gigabytes (SPEC §8).
constexpr int kMaxInputSide = 16384;

// Reads the fields of one card, each error naming the card file and the field in JSON path form
// ("input.mean"), so a user can fix the card from the message alone.
class CardReader {
public:
    explicit CardReader(std::string file) : m_file(std::move(file)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& reason) const {
        throw DataError(m_file, "field '" + field + "' " + reason);
    }

    const json& member(const json& object, const std::string& parent, const char* key, bool required,
                       bool& present) const {
        static const json absent;
        auto it = object.find(key);
        present = it != object.end() && !it->is_null();
        if (!present && required) fail(path(parent, key), "is missing");
        return present ? *it : absent;
    }

    std::string string(const json& object, const std::string& parent, const char* key, bool required,
                       const std::string& fallback = {}) const {
        bool present;
        const json& v = member(object, parent, key, required, present);
        if (!present) return fallback;
        if (!v.is_string()) fail(path(parent, key), "must be a string");
        return v.get<std::string>();
    }

    int positiveInt(const json& object, const std::string& parent, const char* key, int maximum) const {
        bool present;
        const json& v = member(object, parent, key, true, present);
        if (!v.is_number_integer() &&
            !(v.is_number_float() && std::floor(v.get<double>()) == v.get<double>()))
            fail(path(parent, key), "must be an integer");
        const double d = v.get<double>();
        if (d < 1 || d > maximum) fail(path(parent, key), "must be between 1 and " + std::to_string(maximum));
        return static_cast<int>(d);
    }

    float number(const json& object, const std::string& parent, const char* key, float fallback) const {
        bool present;
        const json& v = member(object, parent, key, false, present);
        if (!present) return fallback;
        if (!v.is_number()) fail(path(parent, key), "must be a number");
        const auto f = static_cast<float>(v.get<double>());
        if (!std::isfinite(f)) fail(path(parent, key), "must be finite (within a float's range)");
        return f;
    }

    std::vector<float> numbers(const json& object, const std::string& parent, const char* key) const {
        bool present;
        const json& v = member(object, parent, key, false, present);
        if (!present) return {};
        if (!v.is_array()) fail(path(parent, key), "must be a list of numbers");
        std::vector<float> values;
        for (const json& e : v) {
            if (!e.is_number()) fail(path(parent, key), "must be a list of numbers");
            values.push_back(static_cast<float>(e.get<double>()));
        }
        return values;
    }

    std::vector<std::string> strings(const json& object, const std::string& parent, const char* key) const {
        bool present;
        const json& v = member(object, parent, key, false, present);
        if (!present) return {};
        if (!v.is_array()) fail(path(parent, key), "must be a list of strings");
        std::vector<std::string> values;
        for (const json& e : v) {
            if (!e.is_string()) fail(path(parent, key), "must be a list of strings");
            values.push_back(e.get<std::string>());
        }
        return values;
    }

    static std::string path(const std::string& parent, const char* key) {
        return parent.empty() ? std::string(key) : parent + "." + key;
    }

private:
    std::string m_file;
};

json parseJsonFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DataError(path, std::string("cannot read model card (") + std::strerror(errno) + ")");
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return json::parse(text.str());
    } catch (const json::exception& e) { // parse_error, and out_of_range for a number such as 1e999
        throw DataError(path, std::string("not valid JSON (") + e.what() + ")");
    }
}

// "mean" and "std" give one value per input channel, or one value for every channel.
std::vector<float> perChannel(const CardReader& r, const json& input, const char* key, size_t channels) {
    std::vector<float> values = r.numbers(input, "input", key);
    const std::string field = std::string("input.") + key;
    bool present;
    r.member(input, "input", key, false, present);
    const std::string counts =
        channels == 1 ? "1 value" : "1 value (for every channel) or " + std::to_string(channels);
    if (present && values.empty()) r.fail(field, "is an empty list; give " + counts);
    if (values.size() == 1) values.assign(channels, values.front());
    if (!values.empty() && values.size() != channels)
        r.fail(field, "has " + std::to_string(values.size()) + " values but the input has " +
                          std::to_string(channels) + " channels (give " + counts + ")");
    for (float v : values)
        if (!std::isfinite(v)) r.fail(field, "must contain only finite numbers (within a float's range)");
    return values;
}

void readInput(const CardReader& r, const json& root, ModelCard& card) {
    bool present;
    const json& input = r.member(root, "", "input", true, present);
    if (!input.is_object()) r.fail("input", "must be an object");
    // A misspelt key here ("stdev") would silently change every input value, so unknown keys are errors.
    static const char* known[] = {"channels", "height", "width", "channel_order", "resize",
                                  "scale",    "mean",   "std",   "mean_file"};
    for (auto it = input.begin(); it != input.end(); ++it)
        if (std::find_if(std::begin(known), std::end(known), [&](const char* k) { return it.key() == k; }) ==
            std::end(known))
            r.fail("input." + it.key(), "is not a card field (known: channels, height, width, channel_order, "
                                        "resize, scale, mean, std, mean_file)");

    card.channels = r.positiveInt(input, "input", "channels", 4);
    card.height = r.positiveInt(input, "input", "height", kMaxInputSide);
    card.width = r.positiveInt(input, "input", "width", kMaxInputSide);

    card.channelOrder = r.string(input, "input", "channel_order", true);
    const int orderChannels = card.channelOrder == "RGB" || card.channelOrder == "BGR"  ? 3
                              : card.channelOrder == "GRAY" || card.channelOrder == "Y" ? 1
                                                                                        : 0;
    if (!orderChannels)
        r.fail("input.channel_order", "is '" + card.channelOrder + "'; expected RGB, BGR, GRAY or Y");
    if (orderChannels != card.channels)
        r.fail("input.channels", "is " + std::to_string(card.channels) + " but channel_order " +
                                     card.channelOrder + " has " + std::to_string(orderChannels));

    card.resize = r.string(input, "input", "resize", false, "stretch");
    if (card.resize != "stretch" && card.resize != "crop")
        r.fail("input.resize", "is '" + card.resize + "'; expected stretch or crop");

    card.scale = r.number(input, "input", "scale", 1.0f);
    if (card.scale == 0.0f) r.fail("input.scale", "must not be 0");

    const size_t channels = static_cast<size_t>(card.channels);
    card.mean = perChannel(r, input, "mean", channels);
    card.std = perChannel(r, input, "std", channels);
    for (float s : card.std)
        if (s == 0.0f) r.fail("input.std", "must not contain 0");

    card.meanFile = r.string(input, "input", "mean_file", false);
}

void readClasses(const CardReader& r, const json& root, ModelCard& card) {
    bool inlinePresent, filePresent;
    r.member(root, "", "classes", false, inlinePresent);
    r.member(root, "", "classes_file", false, filePresent);
    if (inlinePresent && filePresent) r.fail("classes", "and 'classes_file' are both given; use one");
    if (inlinePresent) {
        card.classNames = r.strings(root, "", "classes");
        if (card.classNames.empty()) r.fail("classes", "is an empty list");
    } else if (filePresent) {
        const std::string written = r.string(root, "", "classes_file", true);
        if (written.empty()) r.fail("classes_file", "is empty");
        const std::string file = resolveInsideFolder(fs::path(card.file).parent_path().string(), written);
        if (file.empty())
            throw DataError(card.file, "classes_file '" + written +
                                           "' is outside the card's folder (a card names files beside it "
                                           "or below it)");
        try {
            card.classNames = readClassNames(file);
        } catch (const DataError& e) {
            r.fail("classes_file", "cannot be used: " + std::string(e.what()));
        }
    }
    // Shown on terminals and in the studio (SPEC §8): nothing a card holds may drive them.
    for (std::string& name : card.classNames)
        name = printable(name, kMaxQuotedChars);
}

void readAccuracy(const CardReader& r, const json& root, ModelCard& card) {
    bool present;
    const json& accuracy = r.member(root, "", "accuracy", false, present);
    if (!present) return;
    if (!accuracy.is_object()) r.fail("accuracy", "must be an object {\"data set\": top-1 fraction}");
    for (auto it = accuracy.begin(); it != accuracy.end(); ++it) {
        const std::string field = "accuracy." + it.key();
        if (!it.value().is_number()) r.fail(field, "must be a number");
        const double top1 = it.value().get<double>();
        if (!(top1 >= 0.0 && top1 <= 1.0)) r.fail(field, "must be a top-1 fraction between 0 and 1");
        card.accuracy[it.key()] = top1;
    }
}

// "width_steps": {"fractions": [0.25, 0.5, 0.75, 1], "outputs": ["logits_width1", ..., "logits"],
// "nested": true}.
void readWidthSteps(const CardReader& r, const json& root, ModelCard& card) {
    bool present;
    const json& steps = r.member(root, "", "width_steps", false, present);
    if (!present) return;
    if (!steps.is_object())
        r.fail("width_steps",
               "must be an object {\"fractions\": [...], \"outputs\": [...], \"nested\": true}");
    for (auto it = steps.begin(); it != steps.end(); ++it)
        if (it.key() != "fractions" && it.key() != "outputs" && it.key() != "nested")
            r.fail("width_steps." + it.key(), "is not a card field (known: fractions, outputs, nested)");
    WidthSteps& w = card.widthSteps;
    const std::vector<float> fractions = r.numbers(steps, "width_steps", "fractions");
    if (fractions.empty()) r.fail("width_steps.fractions", "must list the trained widths, ending with 1");
    for (size_t i = 0; i < fractions.size(); ++i) {
        const double f = fractions[i];
        if (!(f > 0.0 && f <= 1.0)) r.fail("width_steps.fractions", "must hold shares above 0 and at most 1");
        if (i > 0 && !(f > w.fractions.back())) r.fail("width_steps.fractions", "must be ascending");
        w.fractions.push_back(f);
    }
    if (w.fractions.back() != 1.0) r.fail("width_steps.fractions", "must end with 1 (the full width)");
    w.outputs = r.strings(steps, "width_steps", "outputs");
    if (w.outputs.size() != w.fractions.size())
        r.fail("width_steps.outputs", "must name one output per width (" +
                                          std::to_string(w.fractions.size()) + "), has " +
                                          std::to_string(w.outputs.size()));
    for (std::string& output : w.outputs) {
        if (output.empty()) r.fail("width_steps.outputs", "must not hold an empty name");
        output = printable(output, kMaxQuotedChars);
    }
    const json& nested = r.member(steps, "width_steps", "nested", false, present);
    if (present && !nested.is_boolean()) r.fail("width_steps.nested", "must be true or false");
    w.nested = present && nested.get<bool>();
}

// Hashing a 100 MB model takes a while; a session looks the same file up repeatedly (run, eval, the GUI
// reopening), so digests are remembered per path, size and modification time.
std::string cachedFileDigest(const std::string& path) {
    static std::mutex mutex;
    using Key = std::tuple<std::string, std::uintmax_t, fs::file_time_type>;
    static std::map<Key, std::string> digests;

    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(path, ec);
    const std::string name = ec ? path : canonical.string();
    const auto size = fs::file_size(path, ec);
    if (ec) return sha256OfFile(path); // let the reader report the real reason
    const auto time = fs::last_write_time(path, ec);
    const Key key{name, size, ec ? fs::file_time_type{} : time};
    {
        std::lock_guard<std::mutex> lock(mutex);
        auto it = digests.find(key);
        if (it != digests.end()) return it->second;
    }
    std::string digest = sha256OfFile(path);
    std::lock_guard<std::mutex> lock(mutex);
    digests[key] = digest;
    return digest;
}

// The file whose bytes identify a model: for Caffe the weights, since one deploy.prototxt often serves
// several trained weight sets.
std::string identifyingFile(const std::string& modelFile) {
    const std::string extension = lowerExtension(modelFile);
    if (extension == ".prototxt" || extension == ".pbtxt") {
        try {
            return findCaffeWeights(modelFile);
        } catch (const Error&) {
            return modelFile;
        }
    }
    return modelFile;
}

// The "sha256" list of a card, read leniently: a card that is broken elsewhere still gets found, and
// loadModelCard then reports what is wrong with it.
std::vector<std::string> cardDigests(const fs::path& cardFile) {
    std::vector<std::string> digests;
    try {
        std::ifstream in(cardFile, std::ios::binary);
        const json root = json::parse(in, nullptr, false);
        if (!root.is_object()) return digests;
        auto it = root.find("sha256");
        if (it == root.end() || !it->is_array()) return digests;
        for (const json& d : *it)
            if (d.is_string()) digests.push_back(lowerCase(d.get<std::string>()));
    } catch (const std::exception&) {
    }
    return digests;
}

void addDirectory(std::vector<std::string>& dirs, const fs::path& dir) {
    std::error_code ec;
    if (dir.empty() || !fs::is_directory(dir, ec)) return;
    const std::string name = fs::weakly_canonical(dir, ec).string();
    if (std::find(dirs.begin(), dirs.end(), name) == dirs.end()) dirs.push_back(name);
}

// The card's fields from its parsed JSON; DataError naming the card and the field.
ModelCard readCard(const json& root, const std::string& path) {
    CardReader r(path);
    if (!root.is_object()) throw DataError(path, "a model card must be a JSON object");

    ModelCard card;
    card.file = path;
    card.name = r.string(root, "", "name", true);
    if (card.name.empty()) r.fail("name", "is empty");
    card.description = r.string(root, "", "description", false);

    card.sha256 = r.strings(root, "", "sha256");
    for (std::string& digest : card.sha256) {
        if (!isSha256Hex(digest))
            r.fail("sha256", "holds '" + digest + "', which is not a SHA-256 hex digest");
        digest = lowerCase(digest);
    }

    readInput(r, root, card);
    readClasses(r, root, card);
    card.defaultData = r.string(root, "", "default_data", false);
    readAccuracy(r, root, card);
    readWidthSteps(r, root, card);
    return card;
}

} // namespace

int WidthSteps::stepOf(double fraction) const {
    for (size_t i = 0; i < fractions.size(); ++i)
        if (std::abs(fractions[i] - fraction) < 1e-6) return static_cast<int>(i);
    return -1;
}

ModelCard loadModelCard(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw DataError(path, "is a folder, not a model card");
    const json root = parseJsonFile(path);
    try {
        return readCard(root, path);
    } catch (const json::exception& e) { // a value the reader's checks let through and JSON cannot give
        throw DataError(path, std::string("cannot read the card (") + e.what() + ")");
    }
}

std::string findModelCard(const std::string& modelFile, const std::vector<std::string>& cardsDirs) {
    std::error_code ec;
    const fs::path model(modelFile);
    // Sidecars: model.onnx.card.json, then model.card.json.
    for (const fs::path& sidecar :
         {fs::path(modelFile + ".card.json"), model.parent_path() / (model.stem().string() + ".card.json")})
        if (fs::is_regular_file(sidecar, ec)) return sidecar.string();

    if (!fs::is_regular_file(model, ec)) return "";
    std::string digest;
    try {
        digest = cachedFileDigest(identifyingFile(modelFile));
    } catch (const DataError&) {
        return "";
    }
    for (const std::string& dir : cardsDirs) {
        std::vector<fs::path> cards;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (name.size() > 10 && name.compare(name.size() - 10, 10, ".card.json") == 0)
                cards.push_back(it->path());
        }
        std::sort(cards.begin(), cards.end()); // the same card wins on every machine
        for (const fs::path& card : cards) {
            const std::vector<std::string> digests = cardDigests(card);
            if (std::find(digests.begin(), digests.end(), digest) != digests.end()) return card.string();
        }
    }
    return "";
}

std::vector<std::string> defaultCardDirs() {
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("DYVE_CARDS_DIR")) {
        std::stringstream list(env);
        for (std::string dir; std::getline(list, dir, ':');)
            addDirectory(dirs, dir);
    }
#ifdef DYVE_SOURCE_MODELS_DIR
    addDirectory(dirs, fs::path(DYVE_SOURCE_MODELS_DIR) / "cards");
#endif
    // An installed tree that was moved (a relocated .deb, an AppImage-style folder): share/dyve beside
    // the executable's bin/.
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) addDirectory(dirs, exe.parent_path().parent_path() / "share/dyve/models/cards");
#ifdef DYVE_INSTALL_DATA_DIR
    addDirectory(dirs, fs::path(DYVE_INSTALL_DATA_DIR) / "models/cards");
#endif
    return dirs;
}

std::string requiredCardFieldsHelp() {
    return "A model card is a JSON file beside the model (<model>.card.json) or given with --card. It "
           "needs:\n"
           "  \"name\": \"my-model\",\n"
           "  \"input\": {\"channels\": 3, \"height\": 224, \"width\": 224,\n"
           "            \"channel_order\": \"RGB\" | \"BGR\" | \"GRAY\" | \"Y\",\n"
           "            \"resize\": \"stretch\" | \"crop\",            (optional, default stretch)\n"
           "            \"scale\": 0.00392157,                      (optional, pixel 0-255 times scale)\n"
           "            \"mean\": [0.485, 0.456, 0.406], \"std\": [0.229, 0.224, 0.225],  (optional;\n"
           "                                           one value per channel, or one for all)\n"
           "            \"mean_file\": \"mean.binaryproto\"}         (optional, Caffe per-pixel mean)\n"
           "and optionally \"classes\": [names] or \"classes_file\": \"names.txt\" (one per line,\n"
           "as many as the model has outputs), \"default_data\": \"data set\",\n"
           "\"accuracy\": {\"data set\": 0.81} (top-1 fraction), \"sha256\": [SHA-256 of the model\n"
           "file] so the card is found from models/cards.\n"
           "Files a card names (classes_file, mean_file) must be inside the card's folder (mean_file: or\n"
           "the model's); '..' and symbolic links cannot lead out of it.";
}

} // namespace dyve
