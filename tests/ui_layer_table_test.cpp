// LayerTableModel and LayerTableView (widgets/, SPEC §6 "Layer view") on a real RunResult of the bundled
// Fashion-MNIST model: values that match the engine's, sorting by numbers (ui_item_models_test runs the
// model tester).
#include "layers/layer_ops_plot.h"
#include "layers/layer_table_view.h"
#include "models/layer_table_model.h"

#include "data/model_card.h"
#include "data/preprocess.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace dyve;
using dyve::ui::LayerTableModel;

class LayerTableTest : public QObject {
    Q_OBJECT

private:
    RunResult m_run;

    QString display(const LayerTableModel& model, int row, int column) const {
        return model.data(model.index(row, column)).toString();
    }
    double sortValue(const QAbstractItemModel& model, int row, int column) const {
        return model.data(model.index(row, column), LayerTableModel::SortRole).toDouble();
    }

private slots:
    void initTestCase() {
        const std::string model =
            test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx").toStdString();
        const ModelCard card =
            loadModelCard(findModelCard(model, {test::sourcePath("models/cards").toStdString()}));
        Network network(loadModel(model));
        const Preprocessor pre(card, model);
        m_run = network.run({pre.toTensor(
            readImage(test::sourcePath("resources/samples/0000_ankle_boot.png").toStdString()))});
        QVERIFY(m_run.layers.size() > 5);
    }

    void rowsMatchTheRunResult() {
        LayerTableModel model;
        model.setResult(m_run);
        QCOMPARE(model.rowCount(), int(m_run.layers.size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            const LayerStats& l = m_run.layers[size_t(r)];
            QCOMPARE(display(model, r, LayerTableModel::NameColumn), QString::fromStdString(l.name));
            QCOMPARE(display(model, r, LayerTableModel::OpColumn), QString::fromStdString(l.op));
            QCOMPARE(sortValue(model, r, LayerTableModel::DenseOpsColumn), double(l.denseOps));
            QCOMPARE(sortValue(model, r, LayerTableModel::ExecutedOpsColumn), double(l.executedOps));
            QCOMPARE(sortValue(model, r, LayerTableModel::TimeColumn), l.ms);
        }
    }

    void denseRunShowsDashForSkippedColumns() {
        LayerTableModel model;
        model.setResult(m_run);
        for (int c = LayerTableModel::SpetColumn; c < LayerTableModel::ColumnCount; ++c)
            QCOMPARE(display(model, 0, c), QStringLiteral("—"));
        QVERIFY(!model.hasEffort(0));
    }

    void effortStatsFillTheSkippedColumns() {
        LayerTableModel model;
        std::vector<std::optional<ui::LayerEffort>> effort(m_run.layers.size());
        ui::LayerEffort conv;
        conv.stats.neurons = 400;
        conv.stats.spetTerminated = 100;
        conv.stats.sdssInterpolated = 40;
        conv.stats.inputMaps = 8;
        conv.stats.sfmaApproximated = 2;
        conv.stats.sfmaZeroSkipped = 1;
        effort[0] = conv;
        model.setResult(m_run, effort);
        QCOMPARE(sortValue(model, 0, LayerTableModel::SpetColumn), 25.0);
        QCOMPARE(sortValue(model, 0, LayerTableModel::SdssColumn), 10.0);
        QCOMPARE(sortValue(model, 0, LayerTableModel::SfmaColumn), 25.0);
        QCOMPARE(sortValue(model, 0, LayerTableModel::ZeroSkipColumn), 12.5);
        QCOMPARE(display(model, 1, LayerTableModel::SpetColumn), QStringLiteral("—"));
    }

    void sortingByDenseOpsOrdersByNumberNotText() {
        LayerTableModel model;
        model.setResult(m_run);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(LayerTableModel::SortRole);
        proxy.sort(LayerTableModel::DenseOpsColumn, Qt::DescendingOrder);
        int64_t largest = 0;
        for (const LayerStats& l : m_run.layers)
            largest = std::max(largest, l.denseOps);
        QCOMPARE(sortValue(proxy, 0, LayerTableModel::DenseOpsColumn), double(largest));
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(sortValue(proxy, r - 1, LayerTableModel::DenseOpsColumn) >=
                    sortValue(proxy, r, LayerTableModel::DenseOpsColumn));
    }

    void selectingARowReportsTheModelRowWhateverTheSortOrder() {
        LayerTableModel model;
        model.setResult(m_run);
        ui::LayerTableView view(&model);
        view.table()->sortByColumn(LayerTableModel::DenseOpsColumn, Qt::DescendingOrder);
        QSignalSpy selected(&view, &ui::LayerTableView::layerSelected);
        view.table()->selectRow(0);
        QCOMPARE(selected.count(), 1);
        const int layer = selected.at(0).at(0).toInt();
        for (const LayerStats& l : m_run.layers)
            QVERIFY(m_run.layers[size_t(layer)].denseOps >= l.denseOps);
        QCOMPARE(view.selectedLayer(), layer);
    }

    void csvHasAHeaderAndOneLinePerLayer() {
        LayerTableModel model;
        model.setResult(m_run);
        const QStringList lines = model.toCsv().trimmed().split('\n');
        QCOMPARE(lines.size(), int(m_run.layers.size()) + 1);
        QVERIFY(lines.front().startsWith(QStringLiteral("layer,op,output_shape,ops_dense,ops_executed")));
        QVERIFY(lines.at(1).startsWith(QString::fromStdString(m_run.layers[0].name) + ','));
    }

    void jsonCarriesRawCountsAndNullForUnreported() {
        LayerTableModel model;
        model.setResult(m_run);
        const QJsonArray layers = model.toJson().object().value(QStringLiteral("layers")).toArray();
        QCOMPARE(layers.size(), int(m_run.layers.size()));
        const QJsonObject first = layers.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("ops_dense")).toInteger(), qint64(m_run.layers[0].denseOps));
        QVERIFY(first.value(QStringLiteral("spet_terminated_pct")).isNull());
    }

    // The operations plot beside the table: a PyTorch export's long layer names are shortened to the parts
    // that say which layer it is, so that the bars keep most of the plot; short names are shown whole.
    void theOperationsPlotElidesLongLayerNamesAtTheirStart() {
        RunResult run;
        for (int i = 0; i < 60; ++i) {
            LayerStats layer;
            layer.name = "/features/features." + std::to_string(i) + "/conv/conv.0/conv.0.0/Conv";
            layer.op = "Conv";
            layer.denseOps = layer.executedOps = 1000 * (i + 1);
            run.layers.push_back(layer);
        }
        ui::LayerOpsPlot plot;
        plot.resize(600, 260);
        plot.setResult(run);
        QVERIFY(!plot.tickLabels().isEmpty());
        const QFontMetrics metrics(plot.font());
        for (const QString& label : plot.tickLabels()) {
            QVERIFY2(label.contains(QRegularExpression("features\\.[0-9]+/conv\\.0\\.0$")),
                     qPrintable(label));
            QVERIFY2(metrics.horizontalAdvance(label.mid(label.startsWith(QChar(0x25B6)) ? 2 : 0)) <= 260 / 2,
                     qPrintable(label));
        }
        run.layers.resize(3);
        run.layers[0].name = "conv1";
        run.layers[1].name = "conv2";
        run.layers[2].name = "fc";
        plot.setResult(run);
        QCOMPARE(plot.tickLabels(), (QStringList{"conv1", "conv2", "fc"}));
    }
};

QTEST_MAIN(LayerTableTest)
#include "ui_layer_table_test.moc"
