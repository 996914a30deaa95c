#include "effort/effort_profile.h"

#include "core/errors.h"
#include "core/sha256.h"
#include "core/text.h"
#include "import/caffe_importer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace dyve {

namespace {

constexpr const char* kFormat = "dyve-effort-profile/1";
constexpr int kMaxSdssStride = 16;

// --- knobs ----------------------------------------------------------------------------------------------

float lerp(float a, float b, double t) {
    return static_cast<float>(double(a) + (double(b) - double(a)) * t);
}

// Layer knobs at fraction t of the way from level a to level b (SPEC §4.7): thresholds move only where the
// mechanism is on at both ends with the same discrete settings.
ConvKnobs interpolate(const ConvKnobs& a, const ConvKnobs* b, double t) {
    ConvKnobs k = a;
    if (!b || t <= 0.0) return k;
    if (a.spet.enabled() && b->spet.enabled() && a.spet.checkpoints == b->spet.checkpoints)
        k.spet.tau = lerp(a.spet.tau, b->spet.tau, t);
    if (a.sdss.enabled() && b->sdss.enabled() && a.sdss.stride == b->sdss.stride)
        k.sdss.theta = lerp(a.sdss.theta, b->sdss.theta, t);
    if (a.sfma.enabled() && b->sfma.enabled()) k.sfma.nu = lerp(a.sfma.nu, b->sfma.nu, t);
    return k;
}

// --- reading --------------------------------------------------------------------------------------------

// Reads the fields of one profile; every error names the file and the field by its JSON path, so a user can
// fix the profile from the message alone (as model cards do, data/model_card.cpp).
class ProfileReader {
public:
    explicit ProfileReader(std::string file) : m_file(std::move(file)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& reason) const {
        throw DataError(m_file, "field '" + field + "' " + reason);
    }

    static std::string key(const std::string& parent, const std::string& name) {
        return parent.empty() ? name : parent + "." + name;
    }
    // A layer name as a path element: quoted, since names hold dots and slashes.
    static std::string layerKey(const std::string& parent, const std::string& name) {
        return parent + "[\"" + name + "\"]";
    }
    static std::string index(const std::string& parent, size_t i) {
        return parent + "[" + std::to_string(i) + "]";
    }

    const json* find(const json& object, const std::string& name) const {
        auto it = object.find(name);
        return it == object.end() || it->is_null() ? nullptr : &*it;
    }
    const json& required(const json& object, const std::string& parent, const std::string& name) const {
        const json* v = find(object, name);
        if (!v) fail(key(parent, name), "is missing");
        return *v;
    }
    void object(const json& v, const std::string& path) const {
        if (!v.is_object()) fail(path, "must be an object");
    }
    void onlyKeys(const json& object, const std::string& parent,
                  std::initializer_list<const char*> known) const {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (std::none_of(known.begin(), known.end(), [&](const char* k) { return it.key() == k; })) {
                std::string list;
                for (const char* k : known)
                    list += (list.empty() ? "" : ", ") + std::string(k);
                fail(key(parent, it.key()), "is not a profile field here (known: " + list + ")");
            }
    }
    std::string string(const json& object, const std::string& parent, const std::string& name) const {
        const json& v = required(object, parent, name);
        if (!v.is_string()) fail(key(parent, name), "must be a string");
        return v.get<std::string>();
    }
    double number(const json& v, const std::string& path, double low, double high) const {
        if (!v.is_number()) fail(path, "must be a number");
        const double d = v.get<double>();
        if (!std::isfinite(d)) fail(path, "must be finite");
        if (d < low || d > high)
            fail(path, "must be between " + shortNumber(low) + " and " + shortNumber(high));
        return d;
    }
    double number(const json& object, const std::string& parent, const std::string& name, double low,
                  double high) const {
        return number(required(object, parent, name), key(parent, name), low, high);
    }
    int64_t integer(const json& object, const std::string& parent, const std::string& name, int64_t low,
                    int64_t high) const {
        const json& v = required(object, parent, name);
        const std::string path = key(parent, name);
        if (!v.is_number_integer() &&
            !(v.is_number_float() && std::floor(v.get<double>()) == v.get<double>()))
            fail(path, "must be a whole number");
        const double d = v.get<double>();
        if (d < double(low) || d > double(high))
            fail(path, "must be between " + std::to_string(low) + " and " + std::to_string(high));
        return static_cast<int64_t>(d);
    }

    static std::string shortNumber(double v) {
        if (std::isinf(v)) return v > 0 ? "infinity" : "-infinity";
        std::ostringstream out;
        out << v;
        return out.str();
    }

private:
    std::string m_file;
};

constexpr double kHuge = 1e30;

ConvKnobs readKnobs(const ProfileReader& r, const json& layer, const std::string& path) {
    r.object(layer, path);
    r.onlyKeys(layer, path, {"spet", "sdss", "sfma"});
    ConvKnobs k;
    if (const json* spet = r.find(layer, "spet")) {
        const std::string p = path + ".spet";
        r.object(*spet, p);
        r.onlyKeys(*spet, p, {"checkpoints", "tau"});
        const json& points = r.required(*spet, p, "checkpoints");
        if (!points.is_array() || points.empty())
            r.fail(p + ".checkpoints", "must be a non-empty list of fractions");
        k.spet.checkpoints.clear();
        for (size_t i = 0; i < points.size(); ++i) {
            const double c = r.number(points[i], ProfileReader::index(p + ".checkpoints", i), 0.0, 1.0);
            if (c <= 0.0 || c >= 1.0)
                r.fail(ProfileReader::index(p + ".checkpoints", i), "must be between 0 and 1, exclusive");
            if (!k.spet.checkpoints.empty() && c <= k.spet.checkpoints.back())
                r.fail(p + ".checkpoints", "must be in ascending order");
            k.spet.checkpoints.push_back(static_cast<float>(c));
        }
        k.spet.tau = static_cast<float>(r.number(*spet, p, "tau", -kHuge, kHuge));
    }
    if (const json* sdss = r.find(layer, "sdss")) {
        const std::string p = path + ".sdss";
        r.object(*sdss, p);
        r.onlyKeys(*sdss, p, {"stride", "theta"});
        k.sdss.stride = static_cast<int>(r.integer(*sdss, p, "stride", 2, kMaxSdssStride));
        k.sdss.theta = static_cast<float>(r.number(*sdss, p, "theta", 0.0, kHuge));
    }
    if (const json* sfma = r.find(layer, "sfma")) {
        const std::string p = path + ".sfma";
        r.object(*sfma, p);
        r.onlyKeys(*sfma, p, {"nu"});
        k.sfma.nu = static_cast<float>(r.number(*sfma, p, "nu", 0.0, kHuge));
    }
    return k;
}

void readTuned(const ProfileReader& r, const json& root, EffortProfile& profile) {
    const json* tuned = r.find(root, "tuned");
    if (!tuned) return;
    r.object(*tuned, "tuned");
    r.onlyKeys(*tuned, "tuned",
               {"data", "images", "budget_pp", "objective", "dense_top1", "top1", "ops_reduction",
                "agreement", "guard_band"});
    TuningSummary t;
    t.data = r.string(*tuned, "tuned", "data");
    t.images = r.integer(*tuned, "tuned", "images", 0, int64_t(1) << 40);
    t.budgetPp = r.number(*tuned, "tuned", "budget_pp", 0.0, 100.0);
    t.objective = r.string(*tuned, "tuned", "objective");
    if (t.objective != "ops" && t.objective != "time")
        r.fail("tuned.objective", "is '" + t.objective + "'; expected ops or time");
    t.denseTop1 = r.number(*tuned, "tuned", "dense_top1", 0.0, 1.0);
    t.top1 = r.number(*tuned, "tuned", "top1", 0.0, 1.0);
    t.opsReduction = r.number(*tuned, "tuned", "ops_reduction", 0.0, kHuge);
    if (const json* a = r.find(*tuned, "agreement")) t.agreement = r.number(*a, "tuned.agreement", 0.0, 1.0);
    if (const json* g = r.find(*tuned, "guard_band"))
        t.guardBand = r.number(*g, "tuned.guard_band", 0.0, 1.0);
    profile.tuned = t;
}

void readCalibration(const ProfileReader& r, const json& root, EffortProfile& profile) {
    const json* calibration = r.find(root, "calibration");
    if (!calibration) return;
    r.object(*calibration, "calibration");
    for (auto it = calibration->begin(); it != calibration->end(); ++it) {
        const std::string p = ProfileReader::layerKey("calibration", it.key());
        r.object(it.value(), p);
        r.onlyKeys(it.value(), p, {"pre_act_std", "activation_scale", "input_scale"});
        LayerCalibration c;
        c.preActStd = static_cast<float>(r.number(it.value(), p, "pre_act_std", 0.0, kHuge));
        c.activationScale = static_cast<float>(r.number(it.value(), p, "activation_scale", 0.0, kHuge));
        c.inputScale = static_cast<float>(r.number(it.value(), p, "input_scale", 0.0, kHuge));
        profile.calibration[it.key()] = c;
    }
}

// {"<threads>": ms, ...}: measured times by thread count.
std::map<int, double> readTimes(const ProfileReader& r, const json& times, const std::string& path) {
    r.object(times, path);
    std::map<int, double> byThreads;
    for (auto it = times.begin(); it != times.end(); ++it) {
        const std::string& key = it.key();
        const std::string p = ProfileReader::layerKey(path, key);
        if (key.empty() || key.size() > 4 || !std::all_of(key.begin(), key.end(), ::isdigit) || key[0] == '0')
            r.fail(p, "must be keyed by a thread count (1, 2, …)");
        byThreads[std::stoi(key)] = r.number(it.value(), p, 0.0, kHuge);
    }
    return byThreads;
}

void readLayerTiming(const ProfileReader& r, const json& root, EffortProfile& profile) {
    const json* timing = r.find(root, "layer_timing");
    if (!timing) return;
    r.object(*timing, "layer_timing");
    for (auto it = timing->begin(); it != timing->end(); ++it) {
        const std::string p = ProfileReader::layerKey("layer_timing", it.key());
        r.object(it.value(), p);
        r.onlyKeys(it.value(), p, {"setting", "chosen", "dense_ms", "effort_ms"});
        LayerEffortTiming t;
        t.setting = r.string(it.value(), p, "setting");
        const json& chosen = r.required(it.value(), p, "chosen");
        if (!chosen.is_boolean()) r.fail(p + ".chosen", "must be true or false");
        t.chosen = chosen.get<bool>();
        t.denseMs = readTimes(r, r.required(it.value(), p, "dense_ms"), p + ".dense_ms");
        t.effortMs = readTimes(r, r.required(it.value(), p, "effort_ms"), p + ".effort_ms");
        profile.layerTiming[it.key()] = t;
    }
}

void readLevels(const ProfileReader& r, const json& root, EffortProfile& profile) {
    const json& levels = r.required(root, "", "levels");
    if (!levels.is_array()) r.fail("levels", "must be a list of levels");
    if (levels.empty()) r.fail("levels", "is an empty list; a profile needs at least one level");
    for (size_t i = 0; i < levels.size(); ++i) {
        const std::string p = ProfileReader::index("levels", i);
        r.object(levels[i], p);
        r.onlyKeys(levels[i], p, {"effort", "layers", "ms", "width_thresholds"});
        EffortLevel level;
        level.effort = r.number(levels[i], p, "effort", 0.0, 1.0);
        if (!profile.levels.empty() && level.effort <= profile.levels.back().effort)
            r.fail(p + ".effort", "must be above the previous level's " +
                                      ProfileReader::shortNumber(profile.levels.back().effort) +
                                      " (levels go from effort 0 to 1)");
        const json& layers = r.required(levels[i], p, "layers");
        r.object(layers, p + ".layers");
        for (auto it = layers.begin(); it != layers.end(); ++it)
            level.layers[it.key()] =
                readKnobs(r, it.value(), ProfileReader::layerKey(p + ".layers", it.key()));
        if (const json* ms = r.find(levels[i], "ms")) level.ms = readTimes(r, *ms, p + ".ms");
        if (const json* thresholds = r.find(levels[i], "width_thresholds")) {
            const std::string q = p + ".width_thresholds";
            if (!thresholds->is_array() || thresholds->empty())
                r.fail(q, "must be a non-empty list of confidences");
            for (size_t t = 0; t < thresholds->size(); ++t)
                level.widthThresholds.push_back(
                    r.number((*thresholds)[t], ProfileReader::index(q, t), 0.0, 1.0));
        }
        profile.levels.push_back(std::move(level));
    }
}

void readPareto(const ProfileReader& r, const json& root, EffortProfile& profile) {
    const json* pareto = r.find(root, "pareto");
    if (!pareto) return;
    if (!pareto->is_array()) r.fail("pareto", "must be a list");
    for (size_t i = 0; i < pareto->size(); ++i) {
        const json& row = (*pareto)[i];
        const std::string p = ProfileReader::index("pareto", i);
        r.object(row, p);
        r.onlyKeys(row, p, {"effort", "top1", "ops", "ms", "chosen"});
        ParetoPoint point;
        if (const json* e = r.find(row, "effort")) point.effort = r.number(*e, p + ".effort", 0.0, 1.0);
        point.top1 = r.number(row, p, "top1", 0.0, 1.0);
        point.ops = r.number(row, p, "ops", 0.0, kHuge);
        point.ms = r.number(row, p, "ms", 0.0, kHuge);
        const json& chosen = r.required(row, p, "chosen");
        if (!chosen.is_boolean()) r.fail(p + ".chosen", "must be true or false");
        point.chosen = chosen.get<bool>();
        profile.pareto.push_back(point);
    }
}

std::string readText(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw DataError(path, "is a folder, not an effort profile");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DataError(path, std::string("cannot read effort profile (") + std::strerror(errno) + ")");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// --- writing --------------------------------------------------------------------------------------------

// A float as the shortest decimal that reads back as the same float: 0.1f is written 0.1, not
// 0.10000000149011612.
double tidy(float v) {
    char text[32];
    for (int digits = 6; digits <= 9; ++digits) {
        std::snprintf(text, sizeof text, "%.*g", digits, double(v));
        if (std::strtof(text, nullptr) == v) break;
    }
    return std::strtod(text, nullptr);
}

// A measured figure with the digits that mean something: the JSON stays readable, and a level's effort
// keeps enough to stay above the one before it.
double significant(double v, int digits) {
    char text[40];
    std::snprintf(text, sizeof text, "%.*g", digits, v);
    return std::strtod(text, nullptr);
}

ojson timesJson(const std::map<int, double>& byThreads) {
    ojson times = ojson::object();
    for (const auto& [threads, ms] : byThreads)
        times[std::to_string(threads)] = significant(ms, 4);
    return times;
}

ojson knobsJson(const ConvKnobs& k) {
    ojson layer = ojson::object();
    if (k.spet.enabled()) {
        ojson points = ojson::array();
        for (float c : k.spet.checkpoints)
            points.push_back(tidy(c));
        layer["spet"] = {{"checkpoints", points}, {"tau", tidy(k.spet.tau)}};
    }
    if (k.sdss.enabled()) layer["sdss"] = {{"stride", k.sdss.stride}, {"theta", tidy(k.sdss.theta)}};
    if (k.sfma.enabled()) layer["sfma"] = {{"nu", tidy(k.sfma.nu)}};
    return layer;
}

// --- the built-in uniform mapping --------------------------------------------------------------------

// Breakpoints of the uniform curves: at kUniformEfforts[i] the thresholds are the i-th entries below,
// linear in between. The first breakpoint is just above 0 so that any effort above it turns every
// mechanism on at its mildest: SPET predicting only far below the mean, SDSS interpolating only where every
// neighbour is 0 and SFMA approximating only exactly constant maps (nearly or exactly lossless). The ends
// are where, with one mechanism alone on every layer, SqueezeNet and ResNet-20 lose a few points of top-1
// on their tuning sets (README, Performance): a partial sum over a quarter of the channels is a poor
// predictor, so SPET's τ stays well below 0.
constexpr double kUniformEfforts[] = {0.01, 0.25, 0.5, 0.75, 1.0};
constexpr float kUniformTau[] = {-2.5f, -1.6f, -1.2f, -0.9f, -0.6f}; // × pre-activation σ
constexpr float kUniformTheta[] = {0.0f, 0.1f, 0.2f, 0.3f, 0.4f};    // × activation σ
constexpr float kUniformNu[] = {0.0f, 0.01f, 0.02f, 0.04f, 0.08f};   // × input σ

float curve(const float* values, double effort) {
    const size_t n = sizeof kUniformEfforts / sizeof kUniformEfforts[0];
    if (effort >= kUniformEfforts[n - 1]) return values[n - 1];
    size_t i = 0;
    while (i + 1 < n && effort >= kUniformEfforts[i + 1])
        ++i;
    const double t = (effort - kUniformEfforts[i]) / (kUniformEfforts[i + 1] - kUniformEfforts[i]);
    return lerp(values[i], values[i + 1], std::max(0.0, t));
}

// The profile's fields from its parsed JSON; DataError naming the file and the field.
EffortProfile readProfile(const json& root, const std::string& file) {
    const ProfileReader r(file);
    if (!root.is_object()) throw DataError(file, "an effort profile must be a JSON object");
    r.onlyKeys(
        root, "",
        {"format", "model", "model_sha256", "tuned", "calibration", "levels", "pareto", "layer_timing"});
    const std::string format = r.string(root, "", "format");
    if (format != kFormat) r.fail("format", "is '" + format + "'; expected '" + kFormat + "'");
    EffortProfile profile;
    profile.file = file;
    profile.model = r.string(root, "", "model");
    profile.modelSha256 = lowerCase(r.string(root, "", "model_sha256"));
    if (!isSha256Hex(profile.modelSha256)) r.fail("model_sha256", "is not a SHA-256 hex digest");
    readTuned(r, root, profile);
    readCalibration(r, root, profile);
    readLevels(r, root, profile);
    readPareto(r, root, profile);
    readLayerTiming(r, root, profile);
    return profile;
}

} // namespace

std::map<std::string, ConvKnobs> EffortProfile::knobsAt(double effort) const {
    std::map<std::string, ConvKnobs> knobs;
    size_t at = levels.size();
    for (size_t i = 0; i < levels.size(); ++i)
        if (levels[i].effort <= effort) at = i;
    if (at == levels.size()) return knobs; // below the first level: dense
    const EffortLevel& a = levels[at];
    const EffortLevel* b = at + 1 < levels.size() ? &levels[at + 1] : nullptr;
    const double t = b ? (effort - a.effort) / (b->effort - a.effort) : 0.0;
    for (const auto& [name, k] : a.layers) {
        const ConvKnobs* next = nullptr;
        if (b) {
            auto it = b->layers.find(name);
            if (it != b->layers.end()) next = &it->second;
        }
        const ConvKnobs value = interpolate(k, next, t);
        if (value.lossy()) knobs[name] = value;
    }
    return knobs;
}

std::vector<double> EffortProfile::widthThresholdsAt(double effort) const {
    std::vector<double> thresholds;
    for (const EffortLevel& level : levels)
        if (level.effort <= effort) thresholds = level.widthThresholds;
    return thresholds;
}

bool EffortProfile::drivesWidthCascade() const {
    return std::any_of(levels.begin(), levels.end(),
                       [](const EffortLevel& level) { return !level.widthThresholds.empty(); });
}

EffortSettings EffortProfile::settingsAt(double effort) const {
    EffortSettings s;
    s.knobs = knobsAt(effort);
    s.calibration = calibration;
    s.widthThresholds = widthThresholdsAt(effort);
    return s;
}

EffortProfile parseEffortProfile(const std::string& text, const std::string& file) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::exception& e) { // parse_error, and out_of_range for a number such as 1e999
        throw DataError(file, std::string("not valid JSON (") + e.what() + ")");
    }
    try {
        return readProfile(root, file);
    } catch (const json::exception& e) { // a value the reader's checks let through and JSON cannot give
        throw DataError(file, std::string("cannot read the profile (") + e.what() + ")");
    }
}

EffortProfile loadEffortProfile(const std::string& path) {
    return parseEffortProfile(readText(path), path);
}

std::string effortProfileJson(const EffortProfile& profile) {
    ojson root = {{"format", kFormat}, {"model", profile.model}, {"model_sha256", profile.modelSha256}};
    if (profile.tuned) {
        const TuningSummary& t = *profile.tuned;
        root["tuned"] = {{"data", t.data},
                         {"images", t.images},
                         {"budget_pp", t.budgetPp},
                         {"objective", t.objective},
                         {"dense_top1", significant(t.denseTop1, 6)},
                         {"top1", significant(t.top1, 6)},
                         {"ops_reduction", significant(t.opsReduction, 4)}};
        if (t.agreement) root["tuned"]["agreement"] = significant(*t.agreement, 6);
        if (t.guardBand) root["tuned"]["guard_band"] = significant(*t.guardBand, 4);
    }
    ojson calibration = ojson::object();
    for (const auto& [name, c] : profile.calibration)
        calibration[name] = {{"pre_act_std", tidy(c.preActStd)},
                             {"activation_scale", tidy(c.activationScale)},
                             {"input_scale", tidy(c.inputScale)}};
    root["calibration"] = calibration;
    ojson levels = ojson::array();
    for (const EffortLevel& level : profile.levels) {
        ojson layers = ojson::object();
        for (const auto& [name, k] : level.layers)
            if (k.lossy()) layers[name] = knobsJson(k);
        ojson entry = {{"effort", significant(level.effort, 9)}, {"layers", layers}};
        if (!level.ms.empty()) entry["ms"] = timesJson(level.ms);
        if (!level.widthThresholds.empty()) {
            ojson thresholds = ojson::array();
            for (double t : level.widthThresholds)
                thresholds.push_back(significant(t, 6));
            entry["width_thresholds"] = thresholds;
        }
        levels.push_back(entry);
    }
    root["levels"] = levels;
    if (!profile.pareto.empty()) {
        ojson pareto = ojson::array();
        for (const ParetoPoint& p : profile.pareto)
            pareto.push_back({{"effort", p.effort ? ojson(significant(*p.effort, 9)) : ojson(nullptr)},
                              {"top1", significant(p.top1, 6)},
                              {"ops", std::round(p.ops)},
                              {"ms", significant(p.ms, 4)},
                              {"chosen", p.chosen}});
        root["pareto"] = pareto;
    }
    if (!profile.layerTiming.empty()) {
        ojson timing = ojson::object();
        for (const auto& [name, t] : profile.layerTiming)
            timing[name] = {{"setting", t.setting},
                            {"chosen", t.chosen},
                            {"dense_ms", timesJson(t.denseMs)},
                            {"effort_ms", timesJson(t.effortMs)}};
        root["layer_timing"] = timing;
    }
    return root.dump(1) + "\n";
}

void saveEffortProfile(const EffortProfile& profile, const std::string& path) {
    const std::string text = effortProfileJson(profile);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw DataError(path, std::string("cannot write effort profile (") + std::strerror(errno) + ")");
    out << text;
    out.flush();
    if (!out)
        throw DataError(path, std::string("cannot write effort profile (") + std::strerror(errno) + ")");
}

std::string effortModelName(const std::string& modelFile) {
    const fs::path path(modelFile);
    const std::string folder = path.parent_path().filename().string();
    return folder.empty() ? path.filename().string() : folder + "/" + path.filename().string();
}

std::string effortModelDigest(const std::string& modelFile, const std::string& weightsFile) {
    std::string file = modelFile;
    if (!weightsFile.empty()) {
        file = weightsFile;
    } else {
        const std::string extension = lowerExtension(modelFile);
        if (extension == ".prototxt" || extension == ".pbtxt") {
            try {
                file = findCaffeWeights(modelFile);
            } catch (const Error&) {
                // no weights beside it: the loader reports that; identify the model by its text
            }
        }
    }
    return sha256OfFile(file);
}

void checkProfileModel(const EffortProfile& profile, const std::string& modelFile,
                       const std::string& weightsFile) {
    const std::string digest = effortModelDigest(modelFile, weightsFile);
    if (digest != profile.modelSha256)
        throw DataError(profile.file, "was made for model '" + profile.model + "' (SHA-256 " +
                                          profile.modelSha256.substr(0, 12) + "…), not for " + modelFile +
                                          " (SHA-256 " + digest.substr(0, 12) + "…)");
}

void checkProfileLayers(const EffortProfile& profile, const std::vector<std::string>& effortLayers) {
    const std::set<std::string> known(effortLayers.begin(), effortLayers.end());
    const ProfileReader r(profile.file);
    auto check = [&](const std::string& name, const std::string& path) {
        if (!known.count(name))
            r.fail(path, "names a layer that does not take the effort path in this model");
    };
    for (const auto& [name, c] : profile.calibration)
        check(name, ProfileReader::layerKey("calibration", name));
    for (size_t i = 0; i < profile.levels.size(); ++i)
        for (const auto& [name, k] : profile.levels[i].layers)
            check(name, ProfileReader::layerKey(ProfileReader::index("levels", i) + ".layers", name));
    for (const auto& [name, t] : profile.layerTiming)
        check(name, ProfileReader::layerKey("layer_timing", name));
}

std::string findEffortProfile(const std::string& digest, const std::vector<std::string>& dirs) {
    const std::string wanted = lowerCase(digest);
    std::error_code ec;
    for (const std::string& dir : dirs) {
        std::vector<fs::path> files;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (name.size() > 13 && name.compare(name.size() - 13, 13, ".profile.json") == 0)
                files.push_back(it->path());
        }
        std::sort(files.begin(), files.end()); // the same profile wins on every machine
        for (const fs::path& file : files) {
            // Read leniently: a profile broken elsewhere is still found, and loading it says what is wrong.
            std::ifstream in(file, std::ios::binary);
            const json root = json::parse(in, nullptr, false);
            if (!root.is_object()) continue;
            auto it = root.find("model_sha256");
            if (it != root.end() && it->is_string() && lowerCase(it->get<std::string>()) == wanted)
                return file.string();
        }
    }
    return "";
}

ConvKnobs uniformKnobs(double effort) {
    ConvKnobs k;
    if (!(effort >= kUniformEfforts[0])) return k;
    k.spet.checkpoints = {0.25f};
    k.spet.tau = curve(kUniformTau, effort);
    k.sdss.stride = 2;
    k.sdss.theta = curve(kUniformTheta, effort);
    k.sfma.nu = curve(kUniformNu, effort);
    return k;
}

EffortProfile uniformEffortProfile(const std::vector<std::string>& layers,
                                   const std::map<std::string, LayerCalibration>& calibration) {
    EffortProfile profile;
    profile.calibration = calibration;
    profile.levels.push_back(EffortLevel{0.0, {}, {}});
    for (double e : kUniformEfforts) {
        EffortLevel level;
        level.effort = e;
        for (const std::string& name : layers)
            level.layers[name] = uniformKnobs(e);
        profile.levels.push_back(std::move(level));
    }
    return profile;
}

} // namespace dyve
