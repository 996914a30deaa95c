// Effort profiles (SPEC §4.7): the JSON format read and written, every malformed field named by file and
// path in one line, the model check by SHA-256, effort levels interpolated along the tuned path, the
// built-in uniform mapping, and calibration on real data.
#include "core/errors.h"
#include "core/sha256.h"
#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "effort/effort_profile.h"
#include "eval/calibrate.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <limits>

using namespace dyve;
using nlohmann::json;

namespace {

const std::string kDigest = std::string(64, 'a');

ConvKnobs spet(float tau, std::vector<float> checkpoints = {0.25f}) {
    ConvKnobs k;
    k.spet.checkpoints = std::move(checkpoints);
    k.spet.tau = tau;
    return k;
}

EffortProfile sampleProfile() {
    EffortProfile p;
    p.model = "model.onnx";
    p.modelSha256 = kDigest;
    TuningSummary t;
    t.data = "cifar10-tune";
    t.images = 300;
    t.budgetPp = 0.5;
    t.objective = "ops";
    t.denseTop1 = 0.81;
    t.top1 = 0.806;
    t.opsReduction = 2.7;
    t.agreement = 0.996;
    t.guardBand = 0.2;
    p.tuned = t;
    p.calibration["conv1"] = LayerCalibration{1.5f, 0.75f, 0.25f};
    p.calibration["conv2"] = LayerCalibration{2.0f, 1.0f, 0.5f};
    p.levels.push_back({0.0, {}});
    ConvKnobs a = spet(-0.5f);
    a.sdss.theta = 0.1f;
    ConvKnobs b = spet(0.25f, {0.25f, 0.5f});
    b.sfma.nu = 0.05f;
    p.levels.push_back({0.4, {{"conv1", a}}});
    p.levels.push_back({1.0, {{"conv1", a}, {"conv2", b}}});
    p.levels[0].ms = {{1, 0.61}, {2, 0.42}};
    p.levels[2].widthThresholds = {0.9, 0.75, 0.5};
    p.levels[2].ms = {{1, 0.58}, {2, 0.41}};
    p.layerTiming["conv1"] = {"SPET tau -0.5 + SDSS theta 0.1", true, {{1, 0.05}}, {{1, 0.04}}};
    p.layerTiming["conv2"] = {"SFMA nu 0", false, {{1, 0.07}}, {{1, 0.09}}};
    p.pareto.push_back({0.0, 0.81, 4.1e7, 1.2, true});
    p.pareto.push_back({std::nullopt, 0.79, 1.0e7, 0.6, false});
    return p;
}

// The sample profile as JSON, with one change made by `edit`, parsed: the error it raises ("" if none).
std::string errorOf(const std::function<void(json&)>& edit) {
    json doc = json::parse(effortProfileJson(sampleProfile()));
    edit(doc);
    try {
        parseEffortProfile(doc.dump(), "bad.profile.json");
    } catch (const DataError& e) {
        return e.what();
    }
    return {};
}

std::string writeFile(const QTemporaryDir& dir, const std::string& name, const std::string& text) {
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

} // namespace

class EffortProfileTest : public QObject {
    Q_OBJECT

private slots:
    // --- the file format --------------------------------------------------------------------------

    void jsonRoundTripKeepsEveryField() {
        const EffortProfile p = sampleProfile();
        const EffortProfile q = parseEffortProfile(effortProfileJson(p), "x.profile.json");
        QCOMPARE(q.model, p.model);
        QCOMPARE(q.modelSha256, p.modelSha256);
        QVERIFY(q.tuned.has_value());
        QCOMPARE(q.tuned->data, p.tuned->data);
        QCOMPARE(q.tuned->images, p.tuned->images);
        QCOMPARE(q.tuned->objective, p.tuned->objective);
        QCOMPARE(q.tuned->opsReduction, p.tuned->opsReduction);
        QCOMPARE(q.tuned->agreement, p.tuned->agreement);
        QCOMPARE(q.tuned->guardBand, p.tuned->guardBand);
        QVERIFY(q.levels[1].ms.empty());
        QVERIFY(q.levels[1].widthThresholds.empty());
        QCOMPARE(q.levels[2].widthThresholds, (std::vector<double>{0.9, 0.75, 0.5}));
        QCOMPARE(q.levels[2].ms, p.levels[2].ms);
        QCOMPARE(q.layerTiming.size(), size_t(2));
        QCOMPARE(q.layerTiming.at("conv1").setting, p.layerTiming.at("conv1").setting);
        QVERIFY(q.layerTiming.at("conv1").chosen);
        QVERIFY(!q.layerTiming.at("conv2").chosen);
        QCOMPARE(q.layerTiming.at("conv2").effortMs, p.layerTiming.at("conv2").effortMs);
        QCOMPARE(q.calibration.size(), size_t(2));
        QCOMPARE(q.calibration.at("conv1").preActStd, 1.5f);
        QCOMPARE(q.calibration.at("conv2").inputScale, 0.5f);
        QCOMPARE(q.levels.size(), size_t(3));
        QCOMPARE(q.levels[1].effort, 0.4);
        const ConvKnobs& a = q.levels[1].layers.at("conv1");
        QVERIFY(a.spet.enabled());
        QCOMPARE(a.spet.tau, -0.5f);
        QCOMPARE(a.sdss.theta, 0.1f);
        QVERIFY(!a.sfma.enabled()); // absent: off
        const ConvKnobs& b = q.levels[2].layers.at("conv2");
        QCOMPARE(b.spet.checkpoints, (std::vector<float>{0.25f, 0.5f}));
        QCOMPARE(b.sfma.nu, 0.05f);
        QVERIFY(!b.sdss.enabled());
        QCOMPARE(q.pareto.size(), size_t(2));
        QVERIFY(!q.pareto[1].effort.has_value());
        QVERIFY(q.pareto[0].chosen);
        QCOMPARE(effortProfileJson(q), effortProfileJson(p));
    }

    void writtenNumbersAreShort() {
        const std::string text = effortProfileJson(sampleProfile());
        QVERIFY2(text.find("0.1,") != std::string::npos || text.find("0.1\n") != std::string::npos,
                 text.c_str());
        QVERIFY(text.find("0.10000000") == std::string::npos);
    }

    void saveAndLoadThroughAFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.profile.json").toStdString();
        saveEffortProfile(sampleProfile(), path);
        const EffortProfile q = loadEffortProfile(path);
        QCOMPARE(q.file, path);
        QCOMPARE(q.levels.size(), size_t(3));
    }

    void malformedFieldsAreNamedByPath_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("format") << "format"
                                << "field 'format'";
        QTest::newRow("sha") << "model_sha256"
                             << "field 'model_sha256'";
        QTest::newRow("levels missing") << "levels"
                                        << "field 'levels' is missing";
        QTest::newRow("levels empty")
            << "no levels"
            << "field 'levels' is an empty list; a profile needs at least one level";
        QTest::newRow("level order") << "levels[1].effort"
                                     << "field 'levels[1].effort' must be above";
        QTest::newRow("effort range") << "levels[2].effort=2"
                                      << "field 'levels[2].effort' must be between 0 and 1";
        QTest::newRow("tau type") << "tau"
                                  << "field 'levels[1].layers[\"conv1\"].spet.tau' must be a number";
        QTest::newRow("checkpoint range") << "checkpoint"
                                          << "levels[1].layers[\"conv1\"].spet.checkpoints[0]";
        QTest::newRow("checkpoint order") << "checkpoints order"
                                          << "spet.checkpoints' must be in ascending order";
        QTest::newRow("stride") << "stride"
                                << "field 'levels[1].layers[\"conv1\"].sdss.stride' must be between 2 and 16";
        QTest::newRow("theta negative") << "theta"
                                        << "sdss.theta' must be between 0";
        QTest::newRow("nu missing") << "nu"
                                    << "field 'levels[2].layers[\"conv2\"].sfma.nu' is missing";
        QTest::newRow("unknown mechanism")
            << "mechanism"
            << "field 'levels[1].layers[\"conv1\"].spot' is not a profile field";
        QTest::newRow("calibration") << "calibration"
                                     << "field 'calibration[\"conv1\"].pre_act_std' must be between 0";
        QTest::newRow("objective") << "objective"
                                   << "field 'tuned.objective' is 'speed'";
        QTest::newRow("pareto") << "pareto"
                                << "field 'pareto[0].chosen' must be true or false";
        QTest::newRow("level ms key") << "level ms"
                                      << "field 'levels[0].ms[\"one\"]' must be keyed by a thread count";
        QTest::newRow("level ms value") << "level ms value"
                                        << "field 'levels[0].ms[\"1\"]' must be between 0";
        QTest::newRow("layer timing chosen")
            << "timing chosen"
            << "field 'layer_timing[\"conv1\"].chosen' must be true or false";
        QTest::newRow("layer timing layer") << "timing missing"
                                            << "field 'layer_timing[\"conv2\"].dense_ms' is missing";
        QTest::newRow("agreement") << "agreement"
                                   << "field 'tuned.agreement' must be between 0 and 1";
        QTest::newRow("width thresholds empty")
            << "thresholds empty"
            << "field 'levels[2].width_thresholds' must be a non-empty list of confidences";
        QTest::newRow("width threshold range")
            << "threshold range"
            << "field 'levels[2].width_thresholds[1]' must be between 0 and 1";
        QTest::newRow("width threshold type") << "threshold type"
                                              << "field 'levels[2].width_thresholds[0]' must be a number";
        QTest::newRow("unknown top-level") << "extra"
                                           << "field 'levles' is not a profile field";
    }

    void malformedFieldsAreNamedByPath() {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const std::map<QString, std::function<void(json&)>> edits = {
            {"format", [](json& d) { d["format"] = "dyve-effort-profile/9"; }},
            {"model_sha256", [](json& d) { d["model_sha256"] = "abc"; }},
            {"levels", [](json& d) { d.erase("levels"); }},
            {"no levels", [](json& d) { d["levels"] = json::array(); }},
            {"levels[1].effort", [](json& d) { d["levels"][1]["effort"] = 0.0; }},
            {"levels[2].effort=2", [](json& d) { d["levels"][2]["effort"] = 2.0; }},
            {"tau", [](json& d) { d["levels"][1]["layers"]["conv1"]["spet"]["tau"] = "low"; }},
            {"checkpoint",
             [](json& d) { d["levels"][1]["layers"]["conv1"]["spet"]["checkpoints"][0] = 1.5; }},
            {"checkpoints order",
             [](json& d) {
                 d["levels"][2]["layers"]["conv2"]["spet"]["checkpoints"] = {0.5, 0.25};
             }},
            {"stride", [](json& d) { d["levels"][1]["layers"]["conv1"]["sdss"]["stride"] = 1; }},
            {"theta", [](json& d) { d["levels"][1]["layers"]["conv1"]["sdss"]["theta"] = -0.1; }},
            {"nu", [](json& d) { d["levels"][2]["layers"]["conv2"]["sfma"].erase("nu"); }},
            {"mechanism", [](json& d) { d["levels"][1]["layers"]["conv1"]["spot"] = json::object(); }},
            {"calibration", [](json& d) { d["calibration"]["conv1"]["pre_act_std"] = -1.0; }},
            {"objective", [](json& d) { d["tuned"]["objective"] = "speed"; }},
            {"pareto", [](json& d) { d["pareto"][0]["chosen"] = 1; }},
            {"level ms", [](json& d) { d["levels"][0]["ms"]["one"] = 1.0; }},
            {"level ms value", [](json& d) { d["levels"][0]["ms"]["1"] = -1.0; }},
            {"timing chosen", [](json& d) { d["layer_timing"]["conv1"]["chosen"] = "yes"; }},
            {"timing missing", [](json& d) { d["layer_timing"]["conv2"].erase("dense_ms"); }},
            {"agreement", [](json& d) { d["tuned"]["agreement"] = 1.5; }},
            {"extra", [](json& d) { d["levles"] = json::array(); }},
            {"thresholds empty", [](json& d) { d["levels"][2]["width_thresholds"] = json::array(); }},
            {"threshold range", [](json& d) { d["levels"][2]["width_thresholds"][1] = 1.5; }},
            {"threshold type", [](json& d) { d["levels"][2]["width_thresholds"][0] = "high"; }},
        };
        const std::string error = errorOf(edits.at(field));
        QVERIFY2(!error.empty(), qPrintable(field));
        QVERIFY2(QString::fromStdString(error).startsWith("bad.profile.json: "), error.c_str());
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
        QVERIFY2(error.find('\n') == std::string::npos, error.c_str());
    }

    void notJsonAndUnreadableFilesAreNamed() {
        QTemporaryDir dir;
        const std::string broken = writeFile(dir, "broken.profile.json", "{\"format\": ");
        try {
            loadEffortProfile(broken);
            QFAIL("no error");
        } catch (const DataError& e) {
            QVERIFY(QString(e.what()).startsWith(QString::fromStdString(broken) + ": not valid JSON"));
        }
        QVERIFY_THROWS_EXCEPTION(DataError, loadEffortProfile(dir.filePath("absent.json").toStdString()));
        QVERIFY_THROWS_EXCEPTION(DataError, loadEffortProfile(dir.path().toStdString()));
    }

    // SPEC §8: a number JSON cannot hold as a double is bad input like any other, not an unexpected error.
    void overflowingNumberIsDataErrorNamingTheProfile() {
        std::string text = effortProfileJson(sampleProfile());
        const std::string budget = "\"budget_pp\": 0.5";
        QVERIFY(text.find(budget) != std::string::npos);
        text.replace(text.find(budget), budget.size(), "\"budget_pp\": 1e999");
        try {
            parseEffortProfile(text, "big.profile.json");
            QFAIL("no error");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), std::string("big.profile.json"));
            QVERIFY2(QString(e.what()).contains("not valid JSON"), e.what());
        }
        QTemporaryDir dir;
        const std::string file = writeFile(dir, "big.profile.json", text);
        QVERIFY_THROWS_EXCEPTION(DataError, loadEffortProfile(file));
        // Looking profiles up by digest passes over it: loading it is what reports it.
        QCOMPARE(findEffortProfile(kDigest, {dir.path().toStdString()}), std::string());
    }

    // --- the model it belongs to ---------------------------------------------------------------------

    void profileForAnotherModelNamesBothFiles() {
        QTemporaryDir dir;
        const std::string model = writeFile(dir, "model.onnx", "not really a model");
        EffortProfile p = sampleProfile();
        p.file = "tuned.profile.json";
        try {
            checkProfileModel(p, model);
            QFAIL("no error");
        } catch (const DataError& e) {
            const QString message = e.what();
            QVERIFY2(message.startsWith("tuned.profile.json: "), e.what());
            QVERIFY2(message.contains(QString::fromStdString(model)), e.what());
        }
        p.modelSha256 = sha256Hex(std::string("not really a model"));
        checkProfileModel(p, model);
    }

    void profileIsFoundByTheModelsDigest() {
        QTemporaryDir dir;
        EffortProfile p = sampleProfile();
        saveEffortProfile(p, dir.filePath("other.profile.json").toStdString());
        p.modelSha256 = std::string(64, 'b');
        saveEffortProfile(p, dir.filePath("mine.profile.json").toStdString());
        writeFile(dir, "broken.profile.json", "{");
        QCOMPARE(findEffortProfile(std::string(64, 'B'), {dir.path().toStdString()}),
                 dir.filePath("mine.profile.json").toStdString());
        QCOMPARE(findEffortProfile(std::string(64, 'c'), {dir.path().toStdString()}), std::string());
    }

    void unknownLayerIsNamed() {
        EffortProfile p = sampleProfile();
        p.file = "p.profile.json";
        checkProfileLayers(p, {"conv1", "conv2"});
        try {
            checkProfileLayers(p, {"conv1"});
            QFAIL("no error");
        } catch (const DataError& e) {
            QVERIFY2(QString(e.what()).contains("calibration[\"conv2\"]"), e.what());
        }
    }

    // --- effort levels --------------------------------------------------------------------------------

    void widthThresholdsHoldFromTheirLevelOn() {
        // Not interpolated: each level's thresholds were tuned together. Below a level that has them, the
        // full width (none).
        const EffortProfile p = sampleProfile();
        QVERIFY(p.drivesWidthCascade());
        QVERIFY(p.widthThresholdsAt(0.0).empty());
        QVERIFY(p.widthThresholdsAt(0.99).empty());
        QCOMPARE(p.widthThresholdsAt(1.0), (std::vector<double>{0.9, 0.75, 0.5}));
        EffortProfile plain = sampleProfile();
        plain.levels[2].widthThresholds.clear();
        QVERIFY(!plain.drivesWidthCascade());
    }

    void effortZeroIsDense() {
        const EffortProfile p = sampleProfile();
        QVERIFY(p.knobsAt(0.0).empty());
        QVERIFY(EffortProfile{}.knobsAt(0.7).empty());
    }

    void thresholdsInterpolateBetweenLevelsWithTheSameSettings() {
        const EffortProfile p = sampleProfile();
        // conv1 has the same knobs at 0.4 and 1.0 in the sample; make its τ and θ move.
        EffortProfile q = p;
        q.levels[2].layers["conv1"].spet.tau = 0.5f;
        q.levels[2].layers["conv1"].sdss.theta = 0.3f;
        const auto k = q.knobsAt(0.7);
        QVERIFY(std::fabs(k.at("conv1").spet.tau - 0.0f) < 1e-6f);
        QVERIFY(std::fabs(k.at("conv1").sdss.theta - 0.2f) < 1e-6f);
        // conv2 is off at 0.4 and on at 1.0: no interpolation, off until its level.
        QVERIFY(!k.count("conv2"));
        QCOMPARE(q.knobsAt(1.0).at("conv2").spet.tau, 0.25f);
        QCOMPARE(q.knobsAt(0.4).at("conv1").spet.tau, -0.5f);
    }

    void differentDiscreteSettingsDoNotInterpolate() {
        EffortProfile p = sampleProfile();
        p.levels[2].layers["conv1"] = spet(1.0f, {0.5f});
        p.levels[2].layers["conv1"].sdss.stride = 3;
        p.levels[2].layers["conv1"].sdss.theta = 0.9f;
        const ConvKnobs k = p.knobsAt(0.9).at("conv1");
        QCOMPARE(k.spet.tau, -0.5f);
        QCOMPARE(k.spet.checkpoints, std::vector<float>{0.25f});
        QCOMPARE(k.sdss.theta, 0.1f);
        QCOMPARE(k.sdss.stride, 2);
    }

    void aboveTheLastLevelIsTheLastLevel() {
        EffortProfile p = sampleProfile();
        p.levels.pop_back();
        QCOMPARE(p.knobsAt(1.0).at("conv1").spet.tau, -0.5f);
        const EffortSettings s = p.settingsAt(1.0);
        QCOMPARE(s.calibration.size(), size_t(2));
    }

    // --- the built-in uniform mapping ----------------------------------------------------------------

    void uniformMappingIsOffAtZeroAndMonotone() {
        const ConvKnobs off = uniformKnobs(0.0);
        QVERIFY(!off.spet.enabled() && !off.sdss.enabled() && !off.sfma.enabled());
        ConvKnobs previous = uniformKnobs(0.01);
        for (double e = 0.05; e <= 1.0001; e += 0.05) {
            const ConvKnobs k = uniformKnobs(e);
            QVERIFY(k.spet.tau >= previous.spet.tau);
            QVERIFY(k.sdss.theta >= previous.sdss.theta);
            QVERIFY(k.sfma.nu >= previous.sfma.nu);
            QVERIFY(k.spet.tau > previous.spet.tau || k.sdss.theta > previous.sdss.theta);
            previous = k;
        }
    }

    void uniformProfileFollowsTheCurves() {
        const EffortProfile p = uniformEffortProfile({"a", "b"}, {});
        QVERIFY(p.knobsAt(0.0).empty());
        for (double e : {0.1, 0.3, 0.62, 0.9, 1.0}) {
            const auto k = p.knobsAt(e);
            QCOMPARE(k.size(), size_t(2));
            QVERIFY(std::fabs(k.at("b").spet.tau - uniformKnobs(e).spet.tau) < 1e-5f);
            QVERIFY(std::fabs(k.at("a").sdss.theta - uniformKnobs(e).sdss.theta) < 1e-5f);
            QVERIFY(std::fabs(k.at("a").sfma.nu - uniformKnobs(e).sfma.nu) < 1e-5f);
        }
        // It is a profile like any other: it survives its own file format.
        EffortProfile q = p;
        q.modelSha256 = kDigest;
        const EffortProfile r = parseEffortProfile(effortProfileJson(q), "u.profile.json");
        QVERIFY(std::fabs(r.knobsAt(0.62).at("a").spet.tau - uniformKnobs(0.62).spet.tau) < 1e-5f);
    }

    // --- calibration ----------------------------------------------------------------------------------

    void calibrationOnRealDataGivesPositiveFiniteScales() {
        DYVE_REQUIRE_SHARED();
        const std::string model = test::sharedPath("zoo/resnet20-cifar10/model.onnx").toStdString();
        const ModelCard card =
            loadModelCard(test::sourcePath("models/cards/resnet20-cifar10.card.json").toStdString());
        Network network(loadModel(model));
        const auto data = openDataset(test::sharedPath("data/cifar10-tune").toStdString());
        const auto scales = calibrateEffort(network, *data, Preprocessor(card, model), 16);
        QCOMPARE(scales.size(), network.effortLayers().size());
        for (const auto& [name, c] : scales) {
            QVERIFY2(std::isfinite(c.preActStd) && c.preActStd > 0.0f, name.c_str());
            QVERIFY2(std::isfinite(c.activationScale) && c.activationScale > 0.0f, name.c_str());
            QVERIFY2(std::isfinite(c.inputScale) && c.inputScale > 0.0f, name.c_str());
        }
        QVERIFY(!network.effortMode());
    }
};

QTEST_APPLESS_MAIN(EffortProfileTest)
#include "effort_profile_test.moc"
