// The studio's item models (widgets/models, Qt Core and Gui only) under QAbstractItemModelTester, linked
// without any view: the layer table on a real run of the bundled model, the knob overrides on its ops-tuned
// profile, and the Pareto table on a real sweep of it.
#include "models/layer_knobs_model.h"
#include "models/layer_table_model.h"
#include "models/pareto_series.h"
#include "models/pareto_table_model.h"

#include "support/test_paths.h"

#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "effort/effort_profile.h"
#include "eval/model_effort.h"
#include "eval/sweep.h"
#include "import/model_loader.h"
#include "runtime/network.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QFont>
#include <QtTest>

using dyve::ui::LayerKnobsModel;
using dyve::ui::LayerTableModel;
using dyve::ui::Mechanism;
using dyve::ui::ParetoSeries;
using dyve::ui::ParetoTableModel;

namespace {

const QString kFashionMnist = QStringLiteral("/usr/share/datasets/fashion-mnist");

std::string bundledModel() {
    return dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx").toStdString();
}

std::vector<std::string> cardDirs() {
    return {dyve::test::sourcePath("models/cards").toStdString()};
}

dyve::EffortProfile opsTunedProfile(const QString& name) {
    return dyve::loadEffortProfile(
        (dyve::test::opsTunedProfilesDir() + "/" + name + ".profile.json").toStdString());
}

} // namespace

class ItemModelsTest : public QObject {
    Q_OBJECT

private slots:
    void theLayerTablePassesTheModelTester() {
        const std::string model = bundledModel();
        dyve::Network network(dyve::loadModel(model));
        const dyve::Preprocessor pre(dyve::loadModelCard(dyve::findModelCard(model, cardDirs())), model);
        const dyve::RunResult run = network.run({pre.toTensor(
            dyve::readImage(dyve::test::sourcePath("resources/samples/0000_ankle_boot.png").toStdString()))});
        QVERIFY(run.layers.size() > 5);

        LayerTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setResult(run);
        table.setResult(run); // same layers: updated in place
        dyve::RunResult fewer = run;
        fewer.layers.resize(3);
        table.setResult(fewer); // different layers: reset
        QCOMPARE(table.rowCount(), 3);
        table.clear();
        QCOMPARE(table.rowCount(), 0);
    }

    void theKnobOverridesPassTheModelTester() {
        const std::vector<std::string> layers = dyve::Network(dyve::loadModel(bundledModel())).effortLayers();
        LayerKnobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModel(layers, opsTunedProfile("fashion-mnist-cnn"));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(LayerKnobsModel::ColumnCount));
        model.setLevel(1.0);
        model.setScale(Mechanism::Sdss, 0.5);
        QVERIFY(model.setData(model.index(0, LayerKnobsModel::TauColumn), QStringLiteral("-1")));
        QVERIFY(model.setData(model.index(2, LayerKnobsModel::NuColumn), QStringLiteral("0.02")));
        model.resetOverride(0);
        model.resetOverrides();
        model.setModel({"a", "b"}, std::nullopt); // another model, no profile
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!(model.flags(model.index(0, LayerKnobsModel::TauColumn)) & Qt::ItemIsEditable));
        model.setModel({}, std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }

    void theParetoTablePassesTheModelTesterWithEveryPoint() {
        if (!QFileInfo(kFashionMnist).isDir()) QSKIP("Debian's dataset-fashion-mnist is not installed");
        // The bundled model swept by the engine (dense, then the uniform mapping at five levels).
        const std::string model = bundledModel();
        dyve::Network network(dyve::loadModel(model));
        const dyve::Preprocessor pre(dyve::loadModelCard(dyve::findModelCard(model, cardDirs())), model);
        const auto data = dyve::openDataset(kFashionMnist.toStdString(), 64);
        const dyve::EffortProfile uniform =
            dyve::calibratedUniformProfile(network, model, {}, *data, pre, 32);
        const std::vector<dyve::SweepPoint> sweep =
            dyve::sweepEffort(network, uniform, {0.0, 0.25, 0.5, 0.75, 1.0}, *data, pre);
        QCOMPARE(sweep.size(), size_t(6));
        // A tuned profile's table with two candidates the tuning rejected.
        dyve::EffortProfile tuned = opsTunedProfile("resnet20-cifar10");
        const dyve::ParetoPoint last = tuned.pareto.back();
        tuned.pareto.push_back({std::nullopt, last.top1 - 0.02, last.ops * 0.9, last.ms, false});
        tuned.pareto.push_back({std::nullopt, last.top1 - 0.05, last.ops * 0.8, last.ms, false});

        ParetoTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ParetoSeries series;
        series.setSweep(sweep);
        series.setTuning(tuned);
        series.setCurrentEffort(0.5);
        table.setSeries(series);
        QCOMPARE(size_t(table.rowCount()), series.sweep().size() + series.tuning().size());
        QCOMPARE(table.data(table.index(0, ParetoTableModel::Effort)).toString(), QStringLiteral("dense"));
        QCOMPARE(table.data(table.index(3, ParetoTableModel::Top1), ParetoTableModel::SortRole).toDouble(),
                 sweep[3].report.top1());
        // Effort 0.5 is the current level: its row is bold and says so.
        QVERIFY(table.data(table.index(3, ParetoTableModel::Status)).toString().contains("current"));
        QVERIFY(table.data(table.index(3, 0), Qt::FontRole).value<QFont>().bold());
        QVERIFY(!table.data(table.index(2, 0), Qt::FontRole).isValid());
        int rejected = 0;
        for (int r = 0; r < table.rowCount(); ++r)
            rejected += table.data(table.index(r, ParetoTableModel::Status)).toString().contains("rejected");
        QCOMPARE(rejected, 2);
        table.setSeries(ParetoSeries());
        QCOMPARE(table.rowCount(), 0);
    }
};

QTEST_MAIN(ItemModelsTest)
#include "ui_item_models_test.moc"
