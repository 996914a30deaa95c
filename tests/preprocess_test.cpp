#include "core/errors.h"
#include "data/image_size.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "support/test_paths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/dnn/dnn.hpp>
#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <unistd.h>
#include <zlib.h>

using namespace dyve;

namespace {

ModelCard card(const char* order, int channels, int size = 2) {
    ModelCard c;
    c.file = "test.card.json";
    c.name = "test";
    c.channelOrder = order;
    c.channels = channels;
    c.height = size;
    c.width = size;
    return c;
}

// A uniform 8-bit BGR image (OpenCV's order).
cv::Mat bgr(int b, int g, int r, int rows = 2, int cols = 2) {
    return cv::Mat(rows, cols, CV_8UC3, cv::Scalar(b, g, r));
}

// The value of channel c at (y, x) of sample n in an N×C×H×W tensor.
float at(const Tensor& t, int64_t n, int64_t c, int64_t y, int64_t x) {
    const Shape& s = t.shape;
    return t.floats[size_t(((n * s[1] + c) * s[2] + y) * s[3] + x)];
}

std::string varint(uint64_t v) {
    std::string out;
    do {
        out += char((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
        v >>= 7;
    } while (v);
    return out;
}

// A Caffe BlobProto (mean.binaryproto) written field by field: num, channels, height, width, packed data.
std::string blobProto(int channels, int height, int width, const std::vector<float>& data) {
    std::string bytes;
    bytes += char(1 << 3) + varint(1);
    bytes += char(2 << 3) + varint(uint64_t(channels));
    bytes += char(3 << 3) + varint(uint64_t(height));
    bytes += char(4 << 3) + varint(uint64_t(width));
    std::string floats(data.size() * 4, '\0');
    std::memcpy(floats.data(), data.data(), floats.size()); // little-endian, as protobuf's fixed32
    bytes += char(5 << 3 | 2) + varint(floats.size()) + floats;
    return bytes;
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

template <typename F> void expectDataErrorNaming(F call, const std::string& file) {
    try {
        call();
        QFAIL("expected a DataError");
    } catch (const DataError& e) {
        QCOMPARE(e.file(), file);
        QVERIFY2(QString(e.what()).contains("cannot read image"), e.what());
    }
}

std::string bigEndian32(uint32_t v) {
    return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
}

std::string pngChunk(const std::string& type, const std::string& data) {
    const std::string body = type + data;
    const uLong crc = crc32(0, reinterpret_cast<const Bytef*>(body.data()), uInt(body.size()));
    return bigEndian32(uint32_t(data.size())) + body + bigEndian32(uint32_t(crc));
}

// A PNG whose header says width×height (8-bit gray) followed by only a few bytes of pixel data: what a
// decoder would allocate for is the header's size, what is on disk is tiny.
std::string pngClaiming(uint32_t width, uint32_t height) {
    std::string ihdr = bigEndian32(width) + bigEndian32(height);
    ihdr += std::string{8, 0, 0, 0, 0};
    std::string pixels(64, '\0');
    uLongf size = compressBound(uLong(pixels.size()));
    std::string idat(size, '\0');
    compress(reinterpret_cast<Bytef*>(idat.data()), &size, reinterpret_cast<const Bytef*>(pixels.data()),
             uLong(pixels.size()));
    idat.resize(size);
    return "\x89PNG\r\n\x1a\n" + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat) + pngChunk("IEND", "");
}

std::string encoded(const std::string& extension, const cv::Mat& image) {
    std::vector<uchar> bytes;
    cv::imencode(extension, image, bytes);
    return std::string(bytes.begin(), bytes.end());
}

// What `call` writes on stderr (file descriptor 2, where C libraries print).
std::string stderrOf(const std::function<void()>& call) {
    std::fflush(stderr);
    FILE* capture = std::tmpfile();
    const int saved = ::dup(2);
    ::dup2(::fileno(capture), 2);
    auto restore = [&] {
        std::fflush(stderr);
        ::dup2(saved, 2);
        ::close(saved);
    };
    try {
        call();
    } catch (...) {
        restore();
        std::fclose(capture);
        throw;
    }
    restore();
    std::rewind(capture);
    std::string text;
    for (int c; (c = std::fgetc(capture)) != EOF;)
        text += char(c);
    std::fclose(capture);
    return text;
}

template <typename F> void expectDataErrorSaying(F call, const std::string& file, const QStringList& parts) {
    try {
        call();
        QFAIL("expected a DataError");
    } catch (const DataError& e) {
        QCOMPARE(e.file(), file);
        for (const QString& part : parts)
            QVERIFY2(QString::fromUtf8(e.what()).contains(part), e.what());
    }
}

} // namespace

class PreprocessTest : public QObject {
    Q_OBJECT
private slots:
    void inputShapeIsNchw() {
        ModelCard c = card("RGB", 3);
        c.height = 5;
        c.width = 7;
        QCOMPARE(Preprocessor(c).inputShape(4), (Shape{4, 3, 5, 7}));
    }
    void bgrModelKeepsOpenCvOrder() {
        const Tensor t = Preprocessor(card("BGR", 3)).toTensor(bgr(10, 20, 30));
        QCOMPARE(t.shape, (Shape{1, 3, 2, 2}));
        QCOMPARE(at(t, 0, 0, 1, 1), 10.0f);
        QCOMPARE(at(t, 0, 1, 1, 1), 20.0f);
        QCOMPARE(at(t, 0, 2, 1, 1), 30.0f);
    }
    void rgbModelGetsRedFirst() {
        const Tensor t = Preprocessor(card("RGB", 3)).toTensor(bgr(10, 20, 30));
        QCOMPARE(at(t, 0, 0, 0, 0), 30.0f);
        QCOMPARE(at(t, 0, 1, 0, 0), 20.0f);
        QCOMPARE(at(t, 0, 2, 0, 0), 10.0f);
    }
    void scaleThenMeanAndStdApplyPerChannel() {
        ModelCard c = card("RGB", 3);
        c.scale = 0.5f;
        c.mean = {1, 2, 3};
        c.std = {2, 4, 8};
        const Tensor t = Preprocessor(c).toTensor(bgr(10, 20, 30));
        QCOMPARE(at(t, 0, 0, 0, 1), (15.0f - 1) / 2); // R
        QCOMPARE(at(t, 0, 1, 0, 1), (10.0f - 2) / 4); // G
        QCOMPARE(at(t, 0, 2, 0, 1), (5.0f - 3) / 8);  // B
    }
    void squeezenetRuleSubtractsBgrMean() {
        DYVE_REQUIRE_SHARED();
        const ModelCard c =
            loadModelCard(test::sourcePath("models/cards/squeezenet1.0-dc.card.json").toStdString());
        const Tensor t = Preprocessor(c).toTensor(bgr(110, 120, 130, 227, 227));
        QCOMPARE(t.shape, (Shape{1, 3, 227, 227}));
        QCOMPARE(at(t, 0, 0, 100, 100), 6.0f);
        QCOMPARE(at(t, 0, 1, 100, 100), 3.0f);
        QCOMPARE(at(t, 0, 2, 100, 100), 7.0f);
    }
    void squeezenetRuleMatchesOpenCvBlobFromImage() {
        // The reference accuracies in ../shared/README.md were measured with cv::dnn on blobFromImage
        // input; a different resize or order would shift them.
        DYVE_REQUIRE_SHARED();
        const ModelCard c =
            loadModelCard(test::sourcePath("models/cards/squeezenet1.0-dc.card.json").toStdString());
        const cv::Mat image = readImage(test::sharedPath("zoo/superres/cat.jpg").toStdString());
        QVERIFY(image.cols != 227);
        const Tensor ours = Preprocessor(c).toTensor(image);
        const cv::Mat blob =
            cv::dnn::blobFromImage(image, 1.0, cv::Size(227, 227), cv::Scalar(104, 117, 123));
        QCOMPARE(size_t(blob.total()), ours.floats.size());
        float worst = 0;
        for (size_t i = 0; i < ours.floats.size(); ++i)
            worst = std::max(worst, std::abs(ours.floats[i] - blob.ptr<float>()[i]));
        QCOMPARE(worst, 0.0f);
    }
    void meanFileIsSubtractedPerPixelBeforeScaling() {
        QTemporaryDir dir;
        std::vector<float> mean(12);
        for (size_t i = 0; i < mean.size(); ++i)
            mean[i] = float(i);
        writeFile(dir.filePath("mean.binaryproto").toStdString(), blobProto(3, 2, 2, mean));
        ModelCard c = card("RGB", 3);
        c.file = dir.filePath("tiny.card.json").toStdString();
        c.meanFile = "mean.binaryproto";
        c.scale = 0.5f;
        const Tensor t = Preprocessor(c).toTensor(bgr(10, 20, 30));
        // Plane 0 is R (the card's order): (30 − mean[0][y][x]) × 0.5.
        QCOMPARE(at(t, 0, 0, 0, 0), (30.0f - 0) * 0.5f);
        QCOMPARE(at(t, 0, 0, 1, 1), (30.0f - 3) * 0.5f);
        QCOMPARE(at(t, 0, 2, 1, 0), (10.0f - 10) * 0.5f);
    }
    void largerMeanFileIsCentreCropped() {
        QTemporaryDir dir;
        std::vector<float> mean(16); // 1×4×4
        for (size_t i = 0; i < mean.size(); ++i)
            mean[i] = float(i);
        writeFile(dir.filePath("mean.binaryproto").toStdString(), blobProto(1, 4, 4, mean));
        ModelCard c = card("GRAY", 1);
        c.file = dir.filePath("tiny.card.json").toStdString();
        c.meanFile = "mean.binaryproto";
        const Tensor t = Preprocessor(c).toTensor(cv::Mat(2, 2, CV_8UC1, cv::Scalar(100)));
        QCOMPARE(at(t, 0, 0, 0, 0), 100.0f - 5);
        QCOMPARE(at(t, 0, 0, 1, 1), 100.0f - 10);
    }
    void zooMeanFileIsFoundBesideTheModel() {
        DYVE_REQUIRE_SHARED();
        const ModelCard c =
            loadModelCard(test::sourcePath("models/cards/cifar10-quick.card.json").toStdString());
        const std::string model = test::sharedPath("zoo/cifar10-quick/deploy.prototxt").toStdString();
        const Tensor t = Preprocessor(c, model).toTensor(bgr(0, 0, 0, 32, 32));
        // Values read from mean.binaryproto with a protobuf decoder: planes R, G, B of 32×32.
        QVERIFY(qAbs(at(t, 0, 0, 0, 0) + 130.68307f) < 1e-4f);
        QVERIFY(qAbs(at(t, 0, 1, 0, 0) + 135.95509f) < 1e-4f);
        QVERIFY(qAbs(at(t, 0, 2, 0, 0) + 132.01823f) < 1e-4f);
        QVERIFY(qAbs(at(t, 0, 0, 5, 7) + 129.71204f) < 1e-4f);
        QVERIFY(qAbs(at(t, 0, 1, 31, 31) + 125.88388f) < 1e-4f);
    }
    void missingMeanFileNamesTheCard() {
        ModelCard c = card("RGB", 3);
        QTemporaryDir dir;
        c.file = dir.filePath("tiny.card.json").toStdString();
        c.meanFile = "absent.binaryproto";
        try {
            Preprocessor p(c, dir.filePath("model.onnx").toStdString());
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), c.file);
            QVERIFY(QString(e.what()).contains("absent.binaryproto"));
        }
    }
    void meanFileOfWrongShapeIsRejected() {
        QTemporaryDir dir;
        writeFile(dir.filePath("mean.binaryproto").toStdString(), blobProto(1, 2, 2, {1, 2, 3, 4}));
        ModelCard c = card("RGB", 3);
        c.file = dir.filePath("tiny.card.json").toStdString();
        c.meanFile = "mean.binaryproto";
        QVERIFY_THROWS_EXCEPTION(DataError, Preprocessor{c});
    }
    void grayImageFeedsColourModel() {
        const Tensor t = Preprocessor(card("RGB", 3)).toTensor(cv::Mat(2, 2, CV_8UC1, cv::Scalar(77)));
        for (int c = 0; c < 3; ++c)
            QCOMPARE(at(t, 0, c, 1, 0), 77.0f);
    }
    void colourImageFeedsGrayModelAsLuma() {
        // ITU-R BT.601 luma: 0.299 R + 0.587 G + 0.114 B = 21.85 → 22.
        const Tensor t = Preprocessor(card("GRAY", 1)).toTensor(bgr(10, 20, 30));
        QCOMPARE(t.shape, (Shape{1, 1, 2, 2}));
        QCOMPARE(at(t, 0, 0, 0, 0), 22.0f);
    }
    void yModelTakesLumaOfYCbCr() {
        ModelCard c = card("Y", 1);
        c.scale = 1.0f / 255;
        const Tensor t = Preprocessor(c).toTensor(bgr(10, 20, 30));
        QCOMPARE(at(t, 0, 0, 1, 1), 22.0f / 255);
    }
    void alphaChannelIsDropped() {
        const cv::Mat bgra(2, 2, CV_8UC4, cv::Scalar(10, 20, 30, 0));
        const Tensor t = Preprocessor(card("BGR", 3)).toTensor(bgra);
        QCOMPARE(at(t, 0, 0, 0, 0), 10.0f);
        QCOMPARE(at(t, 0, 2, 0, 0), 30.0f);
    }
    void anyImageSizeIsStretchedToTheInput() {
        const Tensor t = Preprocessor(card("BGR", 3, 4)).toTensor(bgr(10, 20, 30, 9, 17));
        QCOMPARE(t.shape, (Shape{1, 3, 4, 4}));
        QCOMPARE(at(t, 0, 1, 3, 2), 20.0f);
    }
    void cropRuleKeepsTheCentre() {
        // 4 high, 8 wide: columns 0–1 black, 2–5 grey, 6–7 white. Shorter side is already 4: the crop
        // keeps columns 2–5, a stretch would mix in the black and white edges.
        cv::Mat image(4, 8, CV_8UC1, cv::Scalar(100));
        image.colRange(0, 2).setTo(0);
        image.colRange(6, 8).setTo(255);
        ModelCard c = card("GRAY", 1, 4);
        c.resize = "crop";
        const Tensor cropped = Preprocessor(c).toTensor(image);
        for (int x = 0; x < 4; ++x)
            QCOMPARE(at(cropped, 0, 0, 2, x), 100.0f);
        c.resize = "stretch";
        QVERIFY(at(Preprocessor(c).toTensor(image), 0, 0, 2, 0) < 100.0f);
    }
    void fillWritesOnlyItsSlot() {
        const Preprocessor p(card("BGR", 3));
        Tensor batch = Tensor::zeros(p.inputShape(2));
        p.fill(bgr(1, 2, 3), batch, 1);
        QCOMPARE(at(batch, 0, 0, 0, 0), 0.0f);
        QCOMPARE(at(batch, 1, 0, 0, 0), 1.0f);
        QCOMPARE(at(batch, 1, 2, 1, 1), 3.0f);
        QVERIFY_THROWS_EXCEPTION(DataError, p.fill(bgr(1, 2, 3), batch, 2));
    }
    void emptyImageIsDataError() {
        QVERIFY_THROWS_EXCEPTION(DataError, Preprocessor(card("BGR", 3)).toTensor(cv::Mat()));
    }
    void colourJpegDecodesAsBgr() {
        DYVE_REQUIRE_SHARED();
        const cv::Mat image = readImage(test::sharedPath("zoo/superres/cat.jpg").toStdString());
        QCOMPARE(image.type(), CV_8UC3);
    }
    void grayPngStaysOneChannel() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("gray.png").toStdString();
        QVERIFY(cv::imwrite(path, cv::Mat(3, 3, CV_8UC1, cv::Scalar(42))));
        const cv::Mat image = readImage(path);
        QCOMPARE(image.type(), CV_8UC1);
        QCOMPARE(int(image.at<uint8_t>(1, 1)), 42);
    }
    void missingImageIsDataErrorNamingIt() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("absent.jpg").toStdString();
        expectDataErrorNaming([&] { readImage(path); }, path);
    }
    void corruptImageIsDataErrorNamingIt() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("corrupt.png").toStdString();
        writeFile(path, "\x89PNG\r\n\x1a\n but then garbage");
        expectDataErrorNaming([&] { readImage(path); }, path);
    }
    void folderIsNotAnImage() {
        QTemporaryDir dir;
        expectDataErrorNaming([&] { readImage(dir.path().toStdString()); }, dir.path().toStdString());
    }
    // SPEC §8: an image's size is read from its header and checked before anything is decoded.
    void imageSizeIsReadFromTheHeader_data() {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<int>("type");
        for (const char* e : {".png", ".jpg", ".bmp", ".ppm", ".tiff", ".webp", ".jp2", ".ras", ".pam"})
            QTest::newRow(e) << QString(e) << CV_8UC3;
        QTest::newRow(".pgm") << ".pgm" << CV_8UC1;
        QTest::newRow(".pbm") << ".pbm" << CV_8UC1;
        QTest::newRow(".pfm") << ".pfm" << CV_32FC3;
        QTest::newRow(".hdr") << ".hdr" << CV_32FC3;
    }
    void imageSizeIsReadFromTheHeader() {
        QFETCH(QString, extension);
        QFETCH(int, type);
        QTemporaryDir dir;
        const std::string path = dir.filePath("image" + extension).toStdString();
        cv::Mat image(5, 7, type, cv::Scalar::all(type == CV_32FC3 ? 0.5 : 128));
        try {
            if (!cv::imwrite(path, image)) QSKIP("OpenCV does not write this format here");
        } catch (const cv::Exception&) {
            QSKIP("OpenCV does not write this format here");
        }
        const std::optional<ImageSize> size = readImageSize(path);
        QVERIFY(size);
        QCOMPARE(size->width, int64_t(7));
        QCOMPARE(size->height, int64_t(5));
        const cv::Mat decoded = readImage(path);
        QCOMPARE(decoded.cols, 7);
        QCOMPARE(decoded.rows, 5);
    }
    void imageAboveThePixelLimitIsRefusedBeforeDecoding() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("huge.png").toStdString();
        writeFile(path, pngClaiming(20000, 20000));
        expectDataErrorSaying([&] { readImage(path); }, path,
                              {QString::fromUtf8("image is 20000×20000"), "above the limit"});
    }
    void imageWiderThanTheSideLimitIsRefused() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("wide.png").toStdString();
        writeFile(path, pngClaiming(40000, 10));
        expectDataErrorSaying([&] { readImage(path); }, path,
                              {QString::fromUtf8("image is 40000×10"), "above the limit"});
    }
    void hugeJpegIsRefusedFromItsFrameHeader() {
        std::string jpeg = encoded(".jpg", bgr(1, 2, 3, 8, 8));
        const size_t sof = jpeg.find("\xff\xc0");
        QVERIFY(sof != std::string::npos);
        jpeg.replace(sof + 5, 4, "\x75\x30\x75\x30"); // height and width 30000
        QTemporaryDir dir;
        const std::string path = dir.filePath("huge.jpg").toStdString();
        writeFile(path, jpeg);
        expectDataErrorSaying([&] { readImage(path); }, path,
                              {QString::fromUtf8("image is 30000×30000"), "above the limit"});
    }
    // libpng and libjpeg print warnings on stderr themselves; they must not reach the user's terminal.
    void codecWarningsStayOffStderr() {
        std::string png = encoded(".png", cv::Mat(4, 4, CV_8UC1, cv::Scalar(9)));
        const size_t idat = png.find("IDAT") - 4;
        png.insert(idat, pngChunk("iCCP", std::string("sRGB\0\0", 6) + "not a deflate stream"));
        QTemporaryDir dir;
        const std::string path = dir.filePath("profile.png").toStdString();
        writeFile(path, png);
        cv::Mat image;
        const std::string err = stderrOf([&] { image = readImage(path); });
        QVERIFY2(err.empty(), err.c_str());
        QCOMPARE(int(image.at<uint8_t>(3, 3)), 9);
    }
    // A JPEG cut short decodes with its lower part grey: numbers from it would be silently wrong.
    void truncatedJpegIsRefused() {
        cv::Mat noise(64, 64, CV_8UC3);
        cv::randu(noise, 0, 255);
        const std::string jpeg = encoded(".jpg", noise);
        QTemporaryDir dir;
        const std::string path = dir.filePath("cut.jpg").toStdString();
        writeFile(path, jpeg.substr(0, jpeg.size() / 2));
        expectDataErrorSaying([&] { readImage(path); }, path, {"cannot read image", "ends early"});
    }
    void unreadableImageIsDataErrorNamingIt() {
        if (geteuid() == 0) QSKIP("root reads files whatever their permissions");
        QTemporaryDir dir;
        const std::string path = dir.filePath("locked.png").toStdString();
        cv::imwrite(path, bgr(1, 2, 3));
        QFile::setPermissions(QString::fromStdString(path), QFileDevice::Permissions());
        expectDataErrorNaming([&] { readImage(path); }, path);
    }
};

QTEST_APPLESS_MAIN(PreprocessTest)
#include "preprocess_test.moc"
