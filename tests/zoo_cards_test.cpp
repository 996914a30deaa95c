#include "data/classification.h"
#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "support/test_paths.h"

#include <QtTest>

#include <opencv2/dnn/dnn.hpp>

using namespace dyve;

namespace {

// Top-1 of the zoo model in `folder` over its card's default data set, run by OpenCV's cv::dnn on our
// preprocessing: the README's reference accuracies were measured with cv::dnn, so a wrong card field
// (channel order, scale, mean) shows up here as lost accuracy, independently of our own engine.
double cvDnnTop1(const QString& folder, const char* modelFile, const char* weightsFile) {
    const std::string model = test::sharedPath("zoo/" + folder + "/" + modelFile).toStdString();
    const std::string card = findModelCard(model, defaultCardDirs());
    if (card.empty()) return -1;
    const ModelCard c = loadModelCard(card);
    const Preprocessor preprocessor(c, model);
    cv::dnn::Net net = weightsFile
                           ? cv::dnn::readNetFromCaffe(
                                 model, test::sharedPath("zoo/" + folder + "/" + weightsFile).toStdString())
                           : cv::dnn::readNetFromONNX(model);
    const auto data =
        openDataset(test::sharedPath("data/" + QString::fromStdString(c.defaultData)).toStdString());
    size_t correct = 0;
    for (size_t i = 0; i < data->size(); ++i) {
        const Tensor input = preprocessor.toTensor(data->image(i));
        const std::vector<int> shape(input.shape.begin(), input.shape.end());
        net.setInput(cv::Mat(int(shape.size()), shape.data(), CV_32F, const_cast<float*>(input.data())));
        const cv::Mat out = net.forward();
        Tensor output({1, int64_t(out.total())},
                      std::vector<float>(out.ptr<float>(), out.ptr<float>() + out.total()));
        correct += topK(output, 1).at(0).index == data->label(i);
    }
    return double(correct) / double(data->size());
}

} // namespace

class ZooCardsTest : public QObject {
    Q_OBJECT
private slots:
    void resnet20CardReproducesReferenceAccuracy() {
        DYVE_REQUIRE_SHARED();
        const double top1 = cvDnnTop1("resnet20-cifar10", "model.onnx", nullptr);
        QVERIFY2(qAbs(top1 - 0.8116) < 0.0005, qPrintable(QString("top-1 %1, reference 0.8116").arg(top1)));
    }
    void cifar10QuickCardReproducesReferenceAccuracy() {
        DYVE_REQUIRE_SHARED();
        const double top1 = cvDnnTop1("cifar10-quick", "deploy.prototxt", "model.caffemodel");
        QVERIFY2(qAbs(top1 - 0.7415) < 0.0005, qPrintable(QString("top-1 %1, reference 0.7415").arg(top1)));
    }
    void squeezenetCardReproducesReferenceAccuracy() {
        DYVE_REQUIRE_SHARED();
        const double top1 = cvDnnTop1("squeezenet1.0-dc", "model.onnx", nullptr);
        QVERIFY2(qAbs(top1 - 0.717) < 0.0005, qPrintable(QString("top-1 %1, reference 0.717").arg(top1)));
    }
};

QTEST_APPLESS_MAIN(ZooCardsTest)
#include "zoo_cards_test.moc"
