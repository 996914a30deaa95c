// The evaluator (engine/eval, SPEC §5.1 `dyve eval`): counts, accuracy, batching, progress and cancel on
// the bundled Fashion-MNIST model and real test images.
#include "core/errors.h"
#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "effort/effort_profile.h"
#include "eval/calibrate.h"
#include "eval/evaluator.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <fstream>

using namespace dyve;

namespace {

const char* kFashionMnist = "/usr/share/datasets/fashion-mnist";

std::string bundledModel() {
    return dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx").toStdString();
}

ModelCard cardFor(const std::string& model) {
    const std::string file = findModelCard(model, {dyve::test::sourcePath("models/cards").toStdString()});
    if (file.empty()) throw DataError(model, "no card in models/cards");
    return loadModelCard(file);
}

#define REQUIRE_FASHION_MNIST()                                                                              \
    do {                                                                                                     \
        if (!QFileInfo(QString::fromLatin1(kFashionMnist)).isDir())                                          \
            QSKIP("dataset-fashion-mnist is absent");                                                        \
    } while (0)

// Two images, the second one with two channels: what no preprocessing takes.
class TwoChannelSecondImage : public Dataset {
public:
    size_t size() const override { return 2; }
    int label(size_t) const override { return 0; }
    cv::Mat image(size_t i) const override {
        return cv::Mat(28, 28, i == 0 ? CV_8UC1 : CV_8UC2, cv::Scalar(7));
    }
    std::string describe(size_t i) const override { return "/data/image" + std::to_string(i) + ".png"; }
    const std::vector<std::string>& classNames() const override { return m_names; }
    std::string source() const override { return "/data/list.txt"; }

private:
    std::vector<std::string> m_names;
};

} // namespace

class EvaluationTest : public QObject {
    Q_OBJECT

private slots:
    // SPEC §8: a message names the file; the preprocessing knows only pixels, the evaluation the image.
    void anImageThePreprocessingRefusesIsNamed() {
        const ModelCard card = cardFor(bundledModel());
        Network network(loadModel(bundledModel()));
        const TwoChannelSecondImage data;
        try {
            evaluate(network, data, Preprocessor(card, bundledModel()), {});
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), std::string("/data/image1.png"));
            QVERIFY2(QString(e.what()).contains("2 channels"), e.what());
        }
    }

    void countsCoverTheSlice() {
        REQUIRE_FASHION_MNIST();
        const ModelCard card = cardFor(bundledModel());
        Network network(loadModel(bundledModel()));
        const int64_t opsPerImage = network.denseOps();
        const auto data = openDataset(kFashionMnist, 100);
        EvalOptions options;
        options.batch = 8; // 100 = 12 full batches and a partial one
        const EvalReport report = evaluate(network, *data, Preprocessor(card, bundledModel()), options);

        QCOMPARE(report.images, size_t(100));
        QCOMPARE(report.batch, 8);
        QVERIFY(!report.cancelled);
        QVERIFY(report.top1Correct <= report.top5Correct);
        QVERIFY(report.top5Correct <= report.images);
        QVERIFY2(report.top1() > 0.8, qPrintable(QString::number(report.top1())));
        QCOMPARE(report.denseOps, 100 * opsPerImage);
        QCOMPARE(report.executedOps, report.denseOps);
        QCOMPARE(report.opsReduction(), 1.0);
        QVERIFY(report.msPerImage() > 0.0);
        QVERIFY(!report.layers.empty());
    }

    void batchedAndSingleImageEvaluationsAgree() {
        REQUIRE_FASHION_MNIST();
        const ModelCard card = cardFor(bundledModel());
        const Preprocessor pre(card, bundledModel());
        const auto data = openDataset(kFashionMnist, 60);
        Network network(loadModel(bundledModel()));
        EvalOptions single, batched;
        single.batch = 1;
        batched.batch = 16;
        const EvalReport one = evaluate(network, *data, pre, single);
        const EvalReport many = evaluate(network, *data, pre, batched);
        QCOMPARE(one.batch, 1);
        QCOMPARE(many.batch, 16);
        QCOMPARE(many.top1Correct, one.top1Correct);
        QCOMPARE(many.top5Correct, one.top5Correct);
        QCOMPARE(many.denseOps, one.denseOps);
    }

    void progressIsReportedUpToTheTotal() {
        REQUIRE_FASHION_MNIST();
        const ModelCard card = cardFor(bundledModel());
        const auto data = openDataset(kFashionMnist, 50);
        Network network(loadModel(bundledModel()));
        std::vector<EvalProgress> seen;
        EvalOptions options;
        options.batch = 8;
        options.progress = [&](const EvalProgress& p) { seen.push_back(p); };
        const EvalReport report = evaluate(network, *data, Preprocessor(card, bundledModel()), options);

        QCOMPARE(seen.size(), size_t(7)); // 6 batches of 8 and one of 2
        for (size_t i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].done > seen[i - 1].done);
        QCOMPARE(seen.back().done, size_t(50));
        QCOMPARE(seen.back().total, size_t(50));
        QCOMPARE(seen.back().top1Correct, report.top1Correct);
    }

    void cancelStopsBetweenBatches() {
        REQUIRE_FASHION_MNIST();
        const ModelCard card = cardFor(bundledModel());
        const auto data = openDataset(kFashionMnist, 200);
        Network network(loadModel(bundledModel()));
        const int64_t opsPerImage = network.denseOps();
        std::atomic<bool> cancel{false};
        EvalOptions options;
        options.batch = 8;
        options.cancel = &cancel;
        options.progress = [&](const EvalProgress& p) {
            if (p.done >= 16) cancel = true;
        };
        const EvalReport report = evaluate(network, *data, Preprocessor(card, bundledModel()), options);
        QVERIFY(report.cancelled);
        QCOMPARE(report.images, size_t(16));
        QCOMPARE(report.denseOps, 16 * opsPerImage);
    }

    void labelOutsideTheModelsClassesIsRejected() {
        QTemporaryDir dir;
        const std::string list = dir.filePath("labels.txt").toStdString();
        std::ofstream(list) << dyve::test::sourcePath("resources/samples/0000_ankle_boot.png").toStdString()
                            << " 42\n";
        const auto data = openDataset(list);
        Network network(loadModel(bundledModel()));
        const ModelCard card = cardFor(bundledModel());
        try {
            evaluate(network, *data, Preprocessor(card, bundledModel()));
            QFAIL("a label outside the model's classes was accepted");
        } catch (const DataError& e) {
            QVERIFY2(QString(e.what()).contains("0000_ankle_boot.png"), e.what());
            QVERIFY2(QString(e.what()).contains("42"), e.what());
        }
    }

    void modelThatCannotBatchIsEvaluatedImageByImage() {
        // ResNet-20's ONNX export flattens with Reshape(1, 64): a batch would be merged into one row.
        DYVE_REQUIRE_SHARED();
        const std::string model = dyve::test::sharedPath("zoo/resnet20-cifar10/model.onnx").toStdString();
        const ModelCard card = cardFor(model);
        const auto data = openDataset(dyve::test::sharedPath("data/cifar10-test").toStdString(), 40);
        Network network(loadModel(model));
        EvalOptions options;
        options.batch = 8;
        const EvalReport report = evaluate(network, *data, Preprocessor(card, model), options);
        QCOMPARE(report.batch, 1);
        QCOMPARE(report.images, size_t(40));
        QVERIFY2(report.top1() > 0.6, qPrintable(QString::number(report.top1())));
    }

    void effortEvaluationSumsWhatEachLayerDid() {
        REQUIRE_FASHION_MNIST();
        const ModelCard card = cardFor(bundledModel());
        const Preprocessor pre(card, bundledModel());
        Network network(loadModel(bundledModel()));
        const auto data = openDataset(kFashionMnist, 40);
        const auto calibration = calibrateEffort(network, *data, pre, 16);
        network.setEffort(uniformEffortProfile(network.effortLayers(), calibration).settingsAt(1.0));
        const EvalReport report = evaluate(network, *data, pre);
        QVERIFY(report.effortMode);
        QVERIFY(report.executedOps < report.denseOps);
        int64_t executed = 0, effortLayers = 0;
        for (const EvalLayerTotals& l : report.layers) {
            executed += l.executedOps;
            if (!l.effortPath) continue;
            ++effortLayers;
            QCOMPARE(l.executedOps, l.effort.executedOps);
            QCOMPARE(l.effort.executedOps,
                     l.effort.partialOps + l.effort.completionOps + l.effort.overheadOps);
            QCOMPARE(l.effort.neurons % 40, int64_t(0)); // every image's neurons, once
        }
        QCOMPARE(executed, report.executedOps);
        QCOMPARE(effortLayers, int64_t(network.effortLayers().size()));
    }
};

QTEST_APPLESS_MAIN(EvaluationTest)
#include "evaluation_test.moc"
