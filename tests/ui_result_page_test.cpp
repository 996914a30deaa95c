// Result pages (widgets/common/result_page.h) and the shared layer selection: a page follows the inference
// worker by itself — results, failed runs, models opened — and the layer selection picks the layer the
// layer pages show before they see a result. On the bundled model and its sample images.
#include "common/layer_selection.h"
#include "common/result_page.h"
#include "jobs/inference_worker.h"
#include "latency/latency_plot.h"
#include "layers/layer_table_view.h"
#include "models/layer_table_model.h"

#include "support/test_paths.h"

#include <QSignalSpy>
#include <QtTest>

using dyve::ui::InferenceResult;
using dyve::ui::InferenceWorker;
using dyve::ui::LayerSelection;
using dyve::ui::ModelSummary;
using dyve::ui::ResultPage;

namespace {

constexpr int kWaitMs = 300000; // generous: sanitizer builds, a shared machine; nothing here measures time

// A page that writes down what reached it, and which layer the selection held when each result came.
class RecordingPage : public ResultPage {
public:
    explicit RecordingPage(const LayerSelection* selection = nullptr) : m_selection(selection) {}
    void showResult(const InferenceResult& result) override {
        results << result.inputIndex;
        layersSeen << (m_selection ? m_selection->layer() : -2);
    }
    void showFailure(const QString& message) override { failures << message; }
    void clearResults() override { ++clears; }
    void showModel(const ModelSummary& model) override { models << model.path; }

    QList<int> results, layersSeen;
    QStringList failures, models;
    int clears = 0;

private:
    const LayerSelection* m_selection;
};

// A worker finding cards in models/cards and the ops-tuned test profiles (no calibration at load).
std::unique_ptr<InferenceWorker> makeWorker() {
    return std::make_unique<InferenceWorker>(
        std::vector<std::string>{dyve::test::sourcePath("models/cards").toStdString()},
        std::vector<std::string>{dyve::test::opsTunedProfilesDir().toStdString()});
}

QString bundledModel() {
    return dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx");
}

dyve::RunResult runOf(std::initializer_list<const char*> ops) {
    dyve::RunResult run;
    for (const char* op : ops) {
        dyve::LayerStats layer;
        layer.op = op;
        run.layers.push_back(layer);
    }
    return run;
}

bool loadModel(InferenceWorker& worker, const QString& path) {
    QSignalSpy loaded(&worker, &InferenceWorker::modelLoaded);
    worker.loadModel(path);
    return loaded.wait(kWaitMs);
}

} // namespace

class ResultPageTest : public QObject {
    Q_OBJECT

private slots:
    void theSelectionKeepsALayerTheRunHasElseTakesItsFirstConvolution() {
        LayerSelection selection;
        QSignalSpy changed(&selection, &LayerSelection::changed);
        QCOMPARE(selection.layer(), -1);
        selection.fitTo(runOf({"Reshape", "Relu", "Conv", "Conv"}));
        QCOMPARE(selection.layer(), 2);
        selection.select(3);
        selection.fitTo(runOf({"Reshape", "Relu", "Conv", "Conv"}));
        QCOMPARE(selection.layer(), 3); // the user's choice stands
        selection.fitTo(runOf({"Conv", "Relu"}));
        QCOMPARE(selection.layer(), 0); // a network without layer 3
        selection.select(1);
        selection.fitTo(runOf({"Gemm", "Relu", "Softmax"}));
        QCOMPARE(selection.layer(), 1);
        selection.select(5);
        selection.fitTo(runOf({"Gemm", "Softmax"}));
        QCOMPARE(selection.layer(), 0); // no convolution: the first layer
        QCOMPARE(changed.count(), 6);
        selection.select(0);
        QCOMPARE(changed.count(), 6); // no change, no signal
    }

    void aPageFollowsResultsFailuresAndModelsOfTheWorker() {
        const auto owner = makeWorker();
        InferenceWorker& worker = *owner;
        LayerSelection selection;
        selection.follow(&worker);
        RecordingPage page(&selection);
        page.follow(&worker);

        QVERIFY(loadModel(worker, bundledModel()));
        QCOMPARE(page.clears, 1);
        QCOMPARE(page.models, QStringList{bundledModel()});

        QSignalSpy opened(&worker, &InferenceWorker::inputsOpened);
        worker.openInputs({dyve::test::sourcePath("resources/samples")});
        QVERIFY(opened.wait(kWaitMs));
        QSignalSpy ready(&worker, &InferenceWorker::resultReady);
        worker.request({4});
        QVERIFY(ready.wait(kWaitMs));
        QCOMPARE(page.results, QList<int>{4});
        // The selection had fitted the run before the page saw it: the bundled model's first convolution.
        const auto result = ready.at(0).at(1).value<InferenceResult>();
        QVERIFY(page.layersSeen.front() >= 0);
        QCOMPARE(QString::fromStdString(result.run.layers[size_t(page.layersSeen.front())].op),
                 QStringLiteral("Conv"));

        QSignalSpy failed(&worker, &InferenceWorker::failed);
        worker.request({100000});
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(page.failures.size(), 1);
        QVERIFY2(page.failures.front().contains(QStringLiteral("no input 100001")),
                 qPrintable(page.failures.front()));

        // The same model again: its results still hold; the page hears of it but is not cleared.
        QVERIFY(loadModel(worker, bundledModel()));
        QCOMPARE(page.clears, 1);
        QCOMPARE(page.models.size(), 2);
        QCOMPARE(selection.layer(), page.layersSeen.front());
    }

    void anotherModelClearsThePageAndTheSelection() {
        const auto owner = makeWorker();
        InferenceWorker& worker = *owner;
        LayerSelection selection;
        selection.follow(&worker);
        RecordingPage page;
        page.follow(&worker);
        QVERIFY(loadModel(worker, bundledModel()));
        selection.select(3);
        const QString resnet20 = dyve::test::sharedPath("zoo/resnet20-cifar10/model.onnx");
        if (!QFileInfo::exists(resnet20)) QSKIP("../shared/zoo is not here");
        QVERIFY(loadModel(worker, resnet20));
        QCOMPARE(page.clears, 2);
        QCOMPARE(selection.layer(), -1);
    }

    void theLatencyPageCountsNoTimingRerun() {
        dyve::ui::LatencyPlot plot;
        InferenceResult result;
        result.run = runOf({"Conv"});
        result.run.ms = 2.0;
        plot.showResult(result);
        result.timingRerun = true;
        plot.showResult(result);
        QCOMPARE(plot.history().size(), size_t(1));
        plot.clearResults();
        QCOMPARE(plot.history().size(), size_t(0));
    }

    void theLayerTablePageExportsWhatItShows() {
        dyve::ui::LayerTableView page;
        InferenceResult result;
        result.run = runOf({"Conv", "Relu"});
        result.run.layers[0].name = "conv1";
        result.run.layers[1].name = "relu1";
        page.showResult(result);
        QCOMPARE(page.model()->rowCount(), 2);
        const QList<dyve::ui::PageExport> exports = page.exports();
        QCOMPARE(exports.size(), 2);
        QVERIFY(exports[0].onToolbar);
        const QString csv = QString::fromUtf8(exports[0].bytes());
        QVERIFY2(csv.contains(QStringLiteral("conv1")) && csv.contains(QStringLiteral("relu1")),
                 qPrintable(csv));
        QVERIFY(QJsonDocument::fromJson(exports[1].bytes()).isObject() ||
                QJsonDocument::fromJson(exports[1].bytes()).isArray());
    }
};

QTEST_MAIN(ResultPageTest)
#include "ui_result_page_test.moc"
