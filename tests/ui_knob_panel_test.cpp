// The knob panel (widgets/, SPEC §6 "Knob panel", §4.7): the global effort level, the mechanism scales and
// the per-layer overrides turned into EffortSettings (EffortControl), the overrides table as an item model,
// and Load / Save Profile with the model check, on the bundled model and its ops-tuned test profile.
#include "knobs/knob_panel.h"
#include "models/effort_control.h"
#include "models/layer_knobs_model.h"
#include "models/speed_headline.h"

#include "support/temp_files.h"
#include "support/test_paths.h"

#include "data/model_card.h"
#include "effort/effort_profile.h"
#include "import/model_loader.h"
#include "runtime/network.h"

#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using dyve::test::writeFile;
using dyve::ui::EffortControl;
using dyve::ui::InferenceResult;
using dyve::ui::KnobOverride;
using dyve::ui::KnobPanel;
using dyve::ui::LayerKnobsModel;
using dyve::ui::Mechanism;
using dyve::ui::ModelSummary;

namespace {

QString bundledModel() {
    return dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx");
}

QString bundledProfile() {
    return dyve::test::sourcePath("tests/data/profiles/fashion-mnist-cnn.profile.json");
}

std::vector<std::string> effortLayers() {
    return dyve::Network(dyve::loadModel(bundledModel().toStdString())).effortLayers();
}

dyve::EffortProfile profile() {
    return dyve::loadEffortProfile(bundledProfile().toStdString());
}

// What the worker's summary of the bundled model says, as the panel takes it.
ModelSummary summary() {
    ModelSummary s;
    s.path = bundledModel();
    s.profile = profile();
    s.profileSource = bundledProfile();
    for (const std::string& layer : effortLayers())
        s.effortLayers << QString::fromStdString(layer);
    return s;
}

bool sameKnobs(const dyve::ConvKnobs& a, const dyve::ConvKnobs& b) {
    auto close = [](float x, float y) {
        return x == y || std::abs(x - y) <= 1e-5f * std::max(1.0f, std::abs(x));
    };
    return a.spet.enabled() == b.spet.enabled() &&
           (!a.spet.enabled() ||
            (close(a.spet.tau, b.spet.tau) && a.spet.checkpoints == b.spet.checkpoints)) &&
           a.sdss.enabled() == b.sdss.enabled() &&
           (!a.sdss.enabled() || (close(a.sdss.theta, b.sdss.theta) && a.sdss.stride == b.sdss.stride)) &&
           a.sfma.enabled() == b.sfma.enabled() && (!a.sfma.enabled() || close(a.sfma.nu, b.sfma.nu));
}

// The same knobs on every layer (a layer absent from one side is off there).
bool sameSettings(const std::map<std::string, dyve::ConvKnobs>& a,
                  const std::map<std::string, dyve::ConvKnobs>& b, const std::vector<std::string>& layers) {
    for (const std::string& layer : layers) {
        const auto x = a.count(layer) ? a.at(layer) : dyve::ConvKnobs{};
        const auto y = b.count(layer) ? b.at(layer) : dyve::ConvKnobs{};
        if (!sameKnobs(x, y)) return false;
    }
    return true;
}

} // namespace

class KnobPanelTest : public QObject {
    Q_OBJECT

private slots:
    // --- EffortControl: level, scales, overrides → EffortSettings -------------------------------------

    void levelZeroRunsTheDensePath() {
        EffortControl control;
        control.setModel(effortLayers(), profile());
        control.setLevel(0.0);
        QVERIFY(!control.settings());
    }

    void eachLevelGivesTheProfilesKnobsAndCalibration() {
        EffortControl control;
        const dyve::EffortProfile p = profile();
        control.setModel(effortLayers(), p);
        for (double level : {0.3, 0.7, 0.8, 0.9, 1.0}) {
            control.setLevel(level);
            const auto settings = control.settings();
            // Below the profile's first lossy level (0.68) no knob is on: the dense path.
            QCOMPARE(settings.has_value(), !p.knobsAt(level).empty());
            if (!settings) continue;
            QVERIFY2(sameSettings(settings->knobs, p.knobsAt(level), control.layers()),
                     qPrintable(QString::number(level)));
            QCOMPARE(settings->calibration.size(), p.calibration.size());
            QCOMPARE(settings->calibration.at("/conv4/Conv").preActStd,
                     p.calibration.at("/conv4/Conv").preActStd);
        }
        // Level 1: /conv4 has SPET at τ = −0.3 and SDSS at θ = 0.5 (tests/data/profiles/fashion-mnist-cnn).
        control.setLevel(1.0);
        QCOMPARE(control.knobs("/conv4/Conv").spet.tau, -0.3f);
        QCOMPARE(control.knobs("/conv4/Conv").sdss.theta, 0.5f);
    }

    void aMechanismScaleWeakensItsThresholdsAndZeroTurnsItOff() {
        EffortControl control;
        control.setModel(effortLayers(), profile());
        control.setLevel(1.0);
        control.setScale(Mechanism::Sdss, 0.5);
        QCOMPARE(control.knobs("/conv4/Conv").sdss.theta, 0.25f);
        QCOMPARE(control.knobs("/conv3/Conv").sdss.theta, 0.0f); // still on, at its mildest
        QVERIFY(control.knobs("/conv3/Conv").sdss.enabled());
        // SPET's τ is signed: the scale lowers it by ln(1/scale) standard deviations.
        control.setScale(Mechanism::Spet, 0.5);
        QVERIFY(std::abs(control.knobs("/conv4/Conv").spet.tau - float(-0.3 + std::log(0.5))) < 1e-6f);
        control.setScale(Mechanism::Spet, 0.0);
        control.setScale(Mechanism::Sdss, 0.0);
        for (const std::string& layer : control.layers()) {
            QVERIFY(!control.knobs(layer).spet.enabled());
            QVERIFY(!control.knobs(layer).sdss.enabled());
        }
        // Every mechanism off, above level 0: nothing to skip, so the dense path runs.
        QVERIFY(!control.settings());
    }

    void theSfmaScaleMultipliesNu() {
        // The bundled profile has no SFMA; the uniform mapping has it on every layer.
        EffortControl control;
        const auto layers = effortLayers();
        control.setModel(layers, dyve::uniformEffortProfile(layers, {}));
        control.setLevel(1.0);
        const float nu = control.knobs(layers.front()).sfma.nu;
        QVERIFY(nu > 0.0f);
        control.setScale(Mechanism::Sfma, 0.25);
        QCOMPARE(control.knobs(layers.front()).sfma.nu, nu * 0.25f);
    }

    void anOverrideSticksAcrossLevelsAndScalesUntilReset() {
        EffortControl control;
        control.setModel(effortLayers(), profile());
        KnobOverride o;
        o.tau = -1.5f;
        o.checkpoints = std::vector<float>{0.5f};
        control.setOverride("/conv1/Conv", o);
        for (double level : {0.0, 0.5, 1.0}) {
            control.setLevel(level);
            control.setScale(Mechanism::Spet, level); // the scale does not touch an override
            const dyve::ConvKnobs k = control.knobs("/conv1/Conv");
            QVERIFY(k.spet.enabled());
            QCOMPARE(k.spet.tau, -1.5f);
            QCOMPARE(k.spet.checkpoints, std::vector<float>{0.5f});
            // Level 0 with an override on: the effort path, with just that.
            QVERIFY(control.settings());
            QVERIFY(control.settings()->knobs.count("/conv1/Conv"));
        }
        control.resetOverride("/conv1/Conv");
        QVERIFY(!control.hasOverrides());
        control.setLevel(1.0);
        QVERIFY(!control.knobs("/conv1/Conv").spet.enabled()); // the profile leaves conv1 dense
    }

    void anOverrideCanTurnAMechanismOff() {
        EffortControl control;
        control.setModel(effortLayers(), profile());
        control.setLevel(1.0);
        KnobOverride o;
        o.tau = dyve::SpetKnobs::kOff;
        o.theta = -1.0f;
        control.setOverride("/conv4/Conv", o);
        QVERIFY(!control.knobs("/conv4/Conv").lossy());
        QVERIFY(!control.settings()->knobs.count("/conv4/Conv"));
        QVERIFY(control.settings()->knobs.count("/conv3/Conv"));
    }

    void aNewModelClearsTheOverridesAndKeepsLevelAndScales() {
        EffortControl control;
        control.setModel(effortLayers(), profile());
        control.setLevel(0.8);
        control.setScale(Mechanism::Sdss, 0.3);
        KnobOverride o;
        o.nu = 0.1f;
        control.setOverride("/fc1/Gemm", o);
        control.setOverride("not a layer", o); // ignored
        QCOMPARE(control.layerOverride("not a layer").empty(), true);
        control.setModel(effortLayers(), profile());
        QVERIFY(!control.hasOverrides());
        QCOMPARE(control.level(), 0.8);
        QCOMPARE(control.scale(Mechanism::Sdss), 0.3);
    }

    void theAdjustedProfileReproducesTheSettingsAtEveryLevel() {
        EffortControl control;
        const auto layers = effortLayers();
        control.setModel(layers, profile());
        control.setScale(Mechanism::Sdss, 0.6);
        control.setScale(Mechanism::Spet, 0.8);
        KnobOverride o;
        o.nu = 0.05f;
        o.stride = 3;
        control.setOverride("/conv2/Conv", o);
        QVERIFY(control.adjusted());
        const dyve::EffortProfile saved = dyve::parseEffortProfile(
            dyve::effortProfileJson(control.adjustedProfile()), "saved.profile.json");
        QVERIFY(!saved.tuned); // the tuning summary no longer describes it
        QVERIFY(saved.pareto.empty());
        EffortControl reloaded;
        reloaded.setModel(layers, saved);
        for (double level : {0.0, 0.5, 0.677311006, 0.75, 0.80191225, 0.9, 1.0}) {
            control.setLevel(level);
            reloaded.setLevel(level);
            QCOMPARE(bool(control.settings()), bool(reloaded.settings()));
            QVERIFY2(sameSettings(control.settings()->knobs, reloaded.settings()->knobs, layers),
                     qPrintable(QString::number(level)));
        }
    }

    void anUnadjustedProfileIsSavedAsItWas() {
        EffortControl control;
        control.setModel(effortLayers(), profile());
        QVERIFY(!control.adjusted());
        const dyve::EffortProfile p = control.adjustedProfile();
        QVERIFY(p.tuned); // still true of it
        QCOMPARE(p.pareto.size(), profile().pareto.size());
        QCOMPARE(dyve::effortProfileJson(p), dyve::effortProfileJson(profile()));
    }

    // --- LayerKnobsModel ------------------------------------------------------------------------------

    void theTableShowsTheKnobsAtTheLevel() {
        LayerKnobsModel model;
        model.setModel(effortLayers(), profile());
        model.setLevel(1.0);
        const int conv4 = 3;
        QCOMPARE(model.index(conv4, LayerKnobsModel::LayerColumn).data().toString(),
                 QStringLiteral("/conv4/Conv"));
        QCOMPARE(model.index(conv4, LayerKnobsModel::TauColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("-0.30"));
        QCOMPARE(model.index(conv4, LayerKnobsModel::ThetaColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("0.50"));
        QCOMPARE(model.index(conv4, LayerKnobsModel::NuColumn).data().toString(), LayerKnobsModel::offText());
        model.setLevel(0.0);
        QCOMPARE(model.index(conv4, LayerKnobsModel::TauColumn).data().toString(),
                 LayerKnobsModel::offText());
    }

    void editingACellOverridesThatFieldOnly() {
        LayerKnobsModel model;
        model.setModel(effortLayers(), profile());
        model.setLevel(1.0);
        QSignalSpy changed(&model, &LayerKnobsModel::settingsChanged);
        const QModelIndex theta = model.index(3, LayerKnobsModel::ThetaColumn);
        QVERIFY(model.setData(theta, QStringLiteral("0.8")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(theta.data(LayerKnobsModel::OverriddenRole).toBool());
        QVERIFY(!model.index(3, LayerKnobsModel::TauColumn).data(LayerKnobsModel::OverriddenRole).toBool());
        QVERIFY(theta.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.control().knobs("/conv4/Conv").sdss.theta, 0.8f);
        model.setLevel(0.9); // the override stays; τ follows the level
        QCOMPARE(model.control().knobs("/conv4/Conv").sdss.theta, 0.8f);
        QVERIFY(model.setData(model.index(3, LayerKnobsModel::TauColumn), LayerKnobsModel::offText()));
        QVERIFY(!model.control().knobs("/conv4/Conv").spet.enabled());
        QVERIFY(
            model.setData(model.index(0, LayerKnobsModel::CheckpointsColumn), QStringLiteral("0.25, 0.5")));
        QCOMPARE(model.control().knobs("/conv1/Conv").spet.checkpoints, (std::vector<float>{0.25f, 0.5f}));
    }

    void valuesOutOfRangeAreRefusedAndChangeNothing() {
        LayerKnobsModel model;
        model.setModel(effortLayers(), profile());
        QSignalSpy changed(&model, &LayerKnobsModel::settingsChanged);
        QVERIFY(!model.setData(model.index(0, LayerKnobsModel::TauColumn), QStringLiteral("a lot")));
        QVERIFY(!model.setData(model.index(0, LayerKnobsModel::StrideColumn), QStringLiteral("1")));
        QVERIFY(!model.setData(model.index(0, LayerKnobsModel::ThetaColumn), QStringLiteral("-0.5")));
        QVERIFY(
            !model.setData(model.index(0, LayerKnobsModel::CheckpointsColumn), QStringLiteral("0.6, 0.3")));
        QVERIFY(!model.setData(model.index(0, LayerKnobsModel::CheckpointsColumn), QStringLiteral("1.5")));
        QVERIFY(!model.setData(model.index(0, LayerKnobsModel::LayerColumn), QStringLiteral("renamed")));
        QCOMPARE(changed.count(), 0);
        QVERIFY(!model.control().hasOverrides());
    }

    // --- KnobPanel ------------------------------------------------------------------------------------

    void movingTheLevelSliderChangesTheSettings() {
        KnobPanel panel;
        panel.setModel(summary());
        QVERIFY(panel.available());
        QSignalSpy changed(&panel, &KnobPanel::settingsChanged);
        panel.setLevel(0.5);
        panel.setLevel(1.0);
        panel.setLevel(1.0); // not a change
        QCOMPARE(changed.count(), 2);
        QVERIFY(panel.settings());
        QCOMPARE(panel.settings()->knobs.size(), size_t(2)); // conv3 and conv4 at level 1
        panel.setLevel(0.0);
        QVERIFY(!panel.settings());
        panel.setScalePercent(Mechanism::Sdss, 40);
        QCOMPARE(panel.control().scale(Mechanism::Sdss), 0.4);
    }

    void aSavedProfileLoadsBackWithTheSameKnobs() {
        QTemporaryDir dir;
        KnobPanel panel;
        panel.setModel(summary());
        panel.setLevel(1.0);
        panel.setScalePercent(Mechanism::Sdss, 50);
        const auto before = panel.settings();
        const QString file = dir.filePath(QStringLiteral("adjusted.profile.json"));
        QVERIFY2(panel.saveProfile(file), qPrintable(panel.message()));
        QVERIFY(panel.message().contains(QStringLiteral("adjusted.profile.json")));

        KnobPanel other;
        other.setModel(summary());
        other.setLevel(1.0);
        QSignalSpy changed(&other, &KnobPanel::settingsChanged);
        QVERIFY2(other.loadProfile(file), qPrintable(other.message()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(other.profileSource(), file);
        QVERIFY(sameSettings(other.settings()->knobs, before->knobs, other.control().layers()));
        QCOMPARE(other.settings()->knobs.at("/conv4/Conv").sdss.theta, 0.25f);
    }

    void aProfileForAnotherModelIsRefusedWithAMessageNamingTheFile() {
        KnobPanel panel;
        panel.setModel(summary());
        panel.setLevel(1.0);
        const auto before = panel.settings();
        const QString other = dyve::test::sourcePath("tests/data/profiles/resnet20-cifar10.profile.json");
        QVERIFY(!panel.loadProfile(other));
        const QString message = panel.message();
        QVERIFY2(message.contains(QStringLiteral("resnet20-cifar10.profile.json")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("was made for model")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        // The panel carries on with its profile.
        QCOMPARE(panel.profileSource(), bundledProfile());
        QVERIFY(sameSettings(panel.settings()->knobs, before->knobs, panel.control().layers()));
        QSignalSpy changed(&panel, &KnobPanel::settingsChanged);
        panel.setLevel(0.9);
        QCOMPARE(changed.count(), 1);
    }

    void aProfileNamingAnUnknownLayerIsRefusedWithAMessage() {
        QTemporaryDir dir;
        QFile in(bundledProfile());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        json.replace("\"/conv4/Conv\": {\n     \"spet\"", "\"/conv9/Conv\": {\n     \"spet\"");
        const QString file = writeFile(dir, QStringLiteral("unknown-layer.profile.json"), json);
        KnobPanel panel;
        panel.setModel(summary());
        QVERIFY(!panel.loadProfile(file));
        QVERIFY2(panel.message().contains(QStringLiteral("unknown-layer.profile.json")),
                 qPrintable(panel.message()));
        QVERIFY2(panel.message().contains(QStringLiteral("/conv9/Conv")), qPrintable(panel.message()));
        QVERIFY(panel.message().contains(QStringLiteral("does not take the effort path")));
        QVERIFY(panel.available());
    }

    void aDamagedProfileIsRefusedWithAMessage() {
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("broken.profile.json"), "{\"format\": ");
        KnobPanel panel;
        panel.setModel(summary());
        QVERIFY(!panel.loadProfile(file));
        QVERIFY(panel.message().contains(QStringLiteral("broken.profile.json")));
        QVERIFY(panel.message().contains(QStringLiteral("not valid JSON")));
    }

    // --- the speed headline (SPEC §9: the measured speed-up first, then the operation reduction) ----------

    void theHeadlineSaysFasterOrSlowerWithTheMedianAndSpread() {
        dyve::DenseEffortSpeed faster;
        faster.dense = dyve::summarize({10.4, 10.4, 10.4, 10.4, 10.4});
        faster.effort = dyve::summarize({10.0, 10.0, 10.0, 10.0, 10.0});
        QCOMPARE(dyve::ui::speedHeadline(faster),
                 QStringLiteral("1.04× faster than dense (median of 5, ±0.0%)"));
        dyve::DenseEffortSpeed slower;
        slower.dense = dyve::summarize({9.3, 9.3, 9.3, 9.3, 9.0, 9.6});
        slower.effort = dyve::summarize({10.0, 10.0, 10.0, 10.0, 10.0, 10.0});
        QVERIFY2(
            dyve::ui::speedHeadline(slower).startsWith(QStringLiteral("0.93× — slower than dense (median "
                                                                      "of 6, ±")),
            qPrintable(dyve::ui::speedHeadline(slower)));
    }

    void aTimedRunPutsItsSpeedUpFirstAndItsLayerTimesInTheTable() {
        KnobPanel panel;
        panel.setModel(summary());
        dyve::ui::InferenceResult result;
        result.effortRun = true;
        dyve::LayerStats conv;
        conv.denseOps = 1000;
        conv.executedOps = 500;
        result.run.layers.push_back(conv);
        panel.showRun(result, true);
        QCOMPARE(panel.speedText(), QStringLiteral("Timing against dense…"));
        QVERIFY(panel.reductionText().startsWith(QStringLiteral("2.00× fewer operations")));
        const int timeColumn = LayerKnobsModel::TimeColumn;
        QVERIFY(panel.knobsModel()->index(0, timeColumn).data().toString().isEmpty());

        dyve::DenseEffortSpeed speed;
        speed.dense = dyve::summarize({8, 8, 8, 8, 8});
        speed.effort = dyve::summarize({10, 10, 10, 10, 10});
        const std::string first = summary().effortLayers.front().toStdString();
        speed.layerNames = {first};
        speed.denseLayerMs = {0.5};
        speed.effortLayerMs = {0.75};
        result.speed = speed;
        panel.showRun(result);
        QCOMPARE(panel.speedText(), dyve::ui::speedHeadline(speed));
        QVERIFY(panel.speedText().contains(QStringLiteral("slower than dense")));
        QCOMPARE(panel.knobsModel()->index(0, timeColumn).data().toString(), QStringLiteral("0.50 → 0.75"));
        // A layer that was not timed shows nothing.
        QVERIFY(panel.knobsModel()->index(1, timeColumn).data().toString().isEmpty());
    }

    void theTableShowsEachLayersTunedSettingAndWhetherItPays() {
        // The shipped, time-tuned profile: the tuner timed the four convolutions (the ladder has no step for
        // the fully connected layer) and no setting made one faster.
        const dyve::EffortProfile shipped = dyve::loadEffortProfile(
            dyve::test::sourcePath("models/profiles/fashion-mnist-cnn.profile.json").toStdString());
        QCOMPARE(shipped.layerTiming.size(), size_t(4));
        LayerKnobsModel model;
        model.setModel(effortLayers(), shipped);
        const int column = LayerKnobsModel::TunedColumn;
        for (int row = 0; row < model.rowCount(); ++row) {
            const std::string layer = effortLayers()[size_t(row)];
            const QModelIndex cell = model.index(row, column);
            if (!shipped.layerTiming.count(layer)) {
                QVERIFY(cell.data().toString().isEmpty());
                QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Not timed")));
                continue;
            }
            const dyve::LayerEffortTiming& t = shipped.layerTiming.at(layer);
            const double speedUp = t.denseMs.at(1) / t.effortMs.at(1);
            QCOMPARE(cell.data().toString(), LayerKnobsModel::tunedText(t));
            QVERIFY2(cell.data().toString().endsWith(QLocale().toString(speedUp, 'f', 2) + "×"),
                     qPrintable(cell.data().toString()));
            QVERIFY(!(model.flags(cell) & Qt::ItemIsEditable));
            const bool pays = t.denseMs.at(1) > t.effortMs.at(1) && t.denseMs.at(2) > t.effortMs.at(2);
            QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color().green() > 0x70, pays);
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 threads")));
            if (!pays) QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("stays dense")));
        }

        // A layer whose setting pays and was shipped: green, and said so.
        dyve::EffortProfile paying = shipped;
        dyve::LayerEffortTiming& first = paying.layerTiming.at(effortLayers().front());
        first.setting = "SPET tau -1 + SDSS theta 0.5";
        first.chosen = true;
        first.denseMs = {{1, 0.2}, {2, 0.1}};
        first.effortMs = {{1, 0.1}, {2, 0.08}};
        model.setProfile(paying);
        const QModelIndex cell = model.index(0, column);
        const QString two = QLocale().toString(2.0, 'f', 2);
        QCOMPARE(cell.data().toString(), QStringLiteral("SPET τ −1 + SDSS θ 0.5 · %1×").arg(two));
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0x2e, 0x7d, 0x32));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Shipped")));

        // A profile tuned for operations has no timings: the column is empty.
        model.setProfile(profile());
        QVERIFY(model.index(0, column).data().toString().isEmpty());
    }

    void aProfileWhoseLevelsAreAllDenseSaysSo() {
        KnobPanel panel;
        panel.setModel(summary()); // ops-tuned: knobs on at level 1
        QVERIFY(!panel.sourceText().contains(QStringLiteral("Every level runs dense")));
        QVERIFY2(panel.loadProfile(dyve::test::sourcePath("models/profiles/fashion-mnist-cnn.profile.json")),
                 qPrintable(panel.message()));
        QVERIFY(panel.sourceText().startsWith(QStringLiteral("Profile: fashion-mnist-cnn.profile.json")));
        QVERIFY(panel.sourceText().contains(QStringLiteral("Every level runs dense")));
        panel.setLevel(1.0);
        QVERIFY(!panel.settings()); // the dense path runs, and the headline says why
        dyve::ui::InferenceResult dense;
        dense.run.layers.push_back(dyve::LayerStats{});
        dense.run.layers.back().denseOps = dense.run.layers.back().executedOps = 100;
        panel.showRun(dense);
        QCOMPARE(panel.speedText(), QStringLiteral("Dense: no knob is on at level 1.00"));
    }

    void aModelWithoutAProfileSaysWhyAndStaysDense() {
        ModelSummary s = summary();
        s.profile.reset();
        s.profileSource.clear();
        s.effortProblem = QStringLiteral("No effort profile for this model");
        KnobPanel panel;
        panel.setModel(s);
        QVERIFY(!panel.available());
        QVERIFY(!panel.settings());
        QCOMPARE(panel.message(), s.effortProblem);
        // A profile can still be loaded for it.
        QVERIFY2(panel.loadProfile(bundledProfile()), qPrintable(panel.message()));
        QVERIFY(panel.available());
    }

    // --- Channel width (issue 16) ---------------------------------------------------------------------

    // A width-trained model offers its card's widths, each with its head; below full width the effort
    // knobs are off and the run is dense.
    void theWidthControlOffersTheTrainedWidthsWithTheirHeads() {
        ModelSummary s = summary();
        s.widthSteps =
            dyve::loadModelCard(
                dyve::test::sourcePath("models/width/fashion-mnist-cnn-width.card.json").toStdString())
                .widthSteps;
        KnobPanel panel;
        panel.setModel(s);
        panel.setLevel(1.0);
        QVERIFY(panel.settings());
        QCOMPARE(panel.widthLabels(), (QStringList{"100% (full)", "75%", "50%", "25%"}));
        QCOMPARE(panel.width().fraction, 1.0);
        QSignalSpy changed(&panel, &KnobPanel::settingsChanged);
        panel.setWidthIndex(2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.width().fraction, 0.5);
        QCOMPARE(panel.width().output, std::string("logits_width2"));
        QVERIFY(!panel.settings());
        QVERIFY(!panel.findChild<QSlider*>(QStringLiteral("effortLevel"))->isEnabled());
        panel.setWidthIndex(0);
        QVERIFY(panel.settings());
        QVERIFY(panel.findChild<QSlider*>(QStringLiteral("effortLevel"))->isEnabled());
    }

    void aCascadeProfileDrivesTheWidthCascadeAndSaysWhereARunStopped() {
        // The Fashion width model's committed profile: level 0 the full width (no settings: dense), above it
        // the level's thresholds; a run through the cascade is told by where it stopped.
        ModelSummary s = summary();
        s.widthSteps =
            dyve::loadModelCard(
                dyve::test::sourcePath("models/width/fashion-mnist-cnn-width.card.json").toStdString())
                .widthSteps;
        s.profile = dyve::loadEffortProfile(
            dyve::test::sourcePath("models/profiles/fashion-mnist-cnn-width.profile.json").toStdString());
        s.profileSource = QStringLiteral("fashion-mnist-cnn-width.profile.json");
        s.effortLayers.clear();
        s.executedOps = 9'450'000;
        KnobPanel panel;
        panel.setModel(s);
        panel.setLevel(0.0);
        QVERIFY(!panel.settings());
        panel.setLevel(1.0);
        QVERIFY(panel.settings());
        QCOMPARE(panel.settings()->widthThresholds, s.profile->widthThresholdsAt(1.0));

        InferenceResult r;
        r.width = 0.25;
        dyve::LayerStats conv;
        conv.denseOps = 1'500'000;
        conv.executedOps = 945'000;
        r.run.layers = {conv};
        dyve::ui::CascadeReach reach;
        reach.fractions = {0.25, 0.5, 0.75, 1.0};
        reach.thresholds = {0.71, 0.61, 0.56};
        reach.confidences = {0.93};
        reach.reached = 0;
        r.cascade = reach;
        panel.showRun(r, false);
        QVERIFY2(panel.speedText().contains("stopped at 25%") && panel.speedText().contains("93.0%"),
                 qPrintable(panel.speedText()));
        QVERIFY2(panel.reductionText().contains("10.00") &&
                     panel.reductionText().contains("fewer operations than the full width"),
                 qPrintable(panel.reductionText()));
        reach.confidences = {0.3, 0.4, 0.5, 0.9};
        reach.reached = 3;
        r.cascade = reach;
        r.width = 1.0;
        panel.showRun(r, false);
        QVERIFY2(panel.speedText().contains("widened to 100%"), qPrintable(panel.speedText()));
    }

    void aModelNotTrainedForWidthsOffersThemTruncated() {
        KnobPanel panel;
        panel.setModel(summary());
        const QStringList labels = panel.widthLabels();
        QCOMPARE(labels.size(), 4);
        QVERIFY2(labels[1].contains("not trained: truncated"), qPrintable(labels[1]));
        panel.setWidthIndex(3);
        QCOMPARE(panel.width().fraction, 0.25);
        QVERIFY(panel.width().output.empty());
    }
};

QTEST_MAIN(KnobPanelTest)
#include "ui_knob_panel_test.moc"
