// SPEC §4.2: the dense engine's results match OpenCV's cv::dnn on the same model and the same real
// preprocessed input, relative L2 error ≤ 1e-4, for every model of ../shared/zoo.
#include "bench/opencv_reference.h"
#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <QtTest>

#include <cstdio>

using namespace dyve;

namespace {

constexpr double kTolerance = 1e-4;

struct Input {
    std::string name;
    cv::Mat image;
};

// The first `count` images of a shared data set (folder sets: balanced over classes).
std::vector<Input> dataSetImages(const QString& dataSet, size_t count) {
    const auto data = openDataset(dyve::test::sharedPath("data/" + dataSet).toStdString(), count);
    std::vector<Input> inputs;
    for (size_t i = 0; i < data->size(); ++i)
        inputs.push_back({data->describe(i), data->image(i)});
    return inputs;
}

} // namespace

class ZooOpenCvMatchTest : public QObject {
    Q_OBJECT

private slots:
    void engineMatchesOpenCvOnRealInputs_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("dataSet"); // "" for the model's own image
        QTest::addColumn<QString>("image");
        QTest::newRow("squeezenet1.0-dc onnx") << "zoo/squeezenet1.0-dc/model.onnx"
                                               << "imagenet-test"
                                               << "";
        QTest::newRow("squeezenet1.0-dc caffe") << "zoo/squeezenet1.0-dc/deploy.prototxt"
                                                << "imagenet-test"
                                                << "";
        QTest::newRow("resnet20-cifar10") << "zoo/resnet20-cifar10/model.onnx"
                                          << "cifar10-test"
                                          << "";
        QTest::newRow("resnet56-cifar10") << "zoo/resnet56-cifar10/model.onnx"
                                          << "cifar10-test"
                                          << "";
        QTest::newRow("cifar10-quick") << "zoo/cifar10-quick/deploy.prototxt"
                                       << "cifar10-test"
                                       << "";
        QTest::newRow("superres") << "zoo/superres/model.onnx"
                                  << "imagenet-test"
                                  << "zoo/superres/cat.jpg";
    }

    void engineMatchesOpenCvOnRealInputs() {
        DYVE_REQUIRE_SHARED();
        QFETCH(QString, model);
        QFETCH(QString, dataSet);
        QFETCH(QString, image);
        const std::string modelFile = dyve::test::sharedPath(model).toStdString();
        const std::string cardFile =
            findModelCard(modelFile, {dyve::test::sourcePath("models/cards").toStdString()});
        QVERIFY2(!cardFile.empty(), "the zoo model has no card in models/cards");
        const ModelCard card = loadModelCard(cardFile);
        const Preprocessor pre(card, modelFile);

        std::vector<Input> inputs;
        if (!image.isEmpty())
            inputs.push_back({image.toStdString(), readImage(dyve::test::sharedPath(image).toStdString())});
        for (Input& in : dataSetImages(dataSet, image.isEmpty() ? 3 : 2))
            inputs.push_back(std::move(in));

        Network network(loadModel(modelFile));
        OpenCvReference reference(modelFile);
        for (const Input& in : inputs) {
            const Tensor input = pre.toTensor(in.image);
            const Tensor ours = network.run({input}).outputs.at(0);
            const Tensor theirs = reference.run(input);
            QCOMPARE(ours.size(), theirs.size());
            const double error = relativeL2Error(ours, theirs);
            std::printf("  %-40s %-50s relative L2 %.3g\n", qPrintable(model), in.name.c_str(), error);
            QVERIFY2(error <= kTolerance, qPrintable(QString("%1 on %2: relative L2 error %3 > %4")
                                                         .arg(model, QString::fromStdString(in.name))
                                                         .arg(error)
                                                         .arg(kTolerance)));
        }
    }
};

QTEST_APPLESS_MAIN(ZooOpenCvMatchTest)
#include "zoo_opencv_match_test.moc"
