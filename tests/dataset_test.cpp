#include "core/errors.h"
#include "data/dataset.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <zlib.h>

#include <fstream>
#include <set>

using namespace dyve;

namespace {

const QString kFashionMnist = "/usr/share/datasets/fashion-mnist";

#define REQUIRE_FASHION_MNIST()                                                                              \
    do {                                                                                                     \
        if (!QFileInfo(kFashionMnist).isDir()) QSKIP("dataset-fashion-mnist is not installed");              \
    } while (0)

std::string writeFile(const QTemporaryDir& dir, const QString& name, const std::string& bytes) {
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    std::ofstream(path.toStdString(), std::ios::binary) << bytes;
    return path.toStdString();
}

std::string bigEndian32(uint32_t v) {
    return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
}

// An IDX pair in MNIST's layout: `count` images of rows×cols where pixel = image index + offset.
std::string idxImages(uint32_t count, uint32_t rows, uint32_t cols) {
    std::string bytes = bigEndian32(0x00000803) + bigEndian32(count) + bigEndian32(rows) + bigEndian32(cols);
    for (uint32_t i = 0; i < count; ++i)
        bytes += std::string(rows * cols, char(i + 10));
    return bytes;
}

std::string idxLabels(uint32_t count) {
    std::string bytes = bigEndian32(0x00000801) + bigEndian32(count);
    for (uint32_t i = 0; i < count; ++i)
        bytes += char(i % 10);
    return bytes;
}

void writeGzip(const std::string& path, const std::string& bytes) {
    gzFile f = gzopen(path.c_str(), "wb");
    gzwrite(f, bytes.data(), unsigned(bytes.size()));
    gzclose(f);
}

// A valid JPEG, so list and folder sets have files that exist.
std::string someJpeg() {
    std::vector<uchar> bytes;
    cv::imencode(".jpg", cv::Mat(4, 4, CV_8UC3, cv::Scalar(10, 20, 30)), bytes);
    return std::string(bytes.begin(), bytes.end());
}

// Runs `open` and checks it throws a DataError whose message contains each of `parts`.
template <typename F> void expectDataError(F open, const QStringList& parts) {
    try {
        open();
        QFAIL("expected a DataError");
    } catch (const DataError& e) {
        for (const QString& part : parts)
            QVERIFY2(QString(e.what()).contains(part), qPrintable(QString(e.what()) + " lacks " + part));
    }
}

} // namespace

class DatasetTest : public QObject {
    Q_OBJECT
private slots:
    void cifar10FolderSetHas10000ImagesIn10Classes() {
        DYVE_REQUIRE_SHARED();
        const auto set = openDataset(test::sharedPath("data/cifar10-test").toStdString());
        QCOMPARE(set->size(), size_t(10000));
        QCOMPARE(set->classNames().size(), size_t(10));
        QCOMPARE(set->classNames().front(), std::string("airplane"));
        QCOMPARE(set->classNames().back(), std::string("truck"));
        QCOMPARE(set->label(0), 0);
        const cv::Mat image = set->image(0);
        QCOMPARE(image.cols, 32);
        QCOMPARE(image.rows, 32);
        QVERIFY(QString::fromStdString(set->describe(0)).endsWith("airplane/0000.jpg"));
    }
    void folderSetLimitKeepsClassesBalanced() {
        DYVE_REQUIRE_SHARED();
        const auto set = openDataset(test::sharedPath("data/cifar10-test").toStdString(), 20);
        QCOMPARE(set->size(), size_t(20));
        std::vector<int> perClass(10, 0);
        for (size_t i = 0; i < set->size(); ++i)
            ++perClass.at(size_t(set->label(i)));
        QCOMPARE(perClass, std::vector<int>(10, 2));
    }
    void imagenetListSetHas1000Images() {
        DYVE_REQUIRE_SHARED();
        const auto set = openDataset(test::sharedPath("data/imagenet-test").toStdString());
        QCOMPARE(set->size(), size_t(1000));
        QCOMPARE(set->classNames().size(), size_t(1000));
        QCOMPARE(set->classNames().front(), std::string("tench, Tinca tinca"));
        // labels.txt line 1: images/ILSVRC2012_val_00011811.JPEG 280
        QCOMPARE(set->label(0), 280);
        QVERIFY(QString::fromStdString(set->describe(0)).endsWith("images/ILSVRC2012_val_00011811.JPEG"));
        QCOMPARE(set->image(0).channels(), 3);
    }
    void listFileOpensDirectlyWithLimit() {
        DYVE_REQUIRE_SHARED();
        const auto set = openDataset(test::sharedPath("data/imagenet-tune/labels.txt").toStdString(), 5);
        QCOMPARE(set->size(), size_t(5));
        QCOMPARE(set->classNames().size(), size_t(1000));
    }
    void fashionMnistFolderOpensTheTestSplit() {
        REQUIRE_FASHION_MNIST();
        const auto set = openDataset(kFashionMnist.toStdString());
        QCOMPARE(set->size(), size_t(10000));
        QVERIFY(QString::fromStdString(set->source()).contains("t10k-images"));
        const cv::Mat image = set->image(0);
        QCOMPARE(image.rows, 28);
        QCOMPARE(image.cols, 28);
        QCOMPARE(image.channels(), 1);
        std::set<int> labels;
        for (size_t i = 0; i < set->size(); ++i)
            labels.insert(set->label(i));
        QCOMPARE(labels, (std::set<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QVERIFY(set->classNames().empty());
    }
    void idxLabelFileOpensItsImages() {
        REQUIRE_FASHION_MNIST();
        const auto set = openDataset((kFashionMnist + "/t10k-labels-idx1-ubyte.gz").toStdString(), 100);
        QCOMPARE(set->size(), size_t(100));
        QVERIFY(QString::fromStdString(set->describe(3)).endsWith("t10k-images-idx3-ubyte.gz#3"));
    }
    void rawIdxFilesReadLikeGzip() {
        QTemporaryDir dir;
        const std::string images = writeFile(dir, "t10k-images-idx3-ubyte", idxImages(3, 2, 4));
        writeFile(dir, "t10k-labels-idx1-ubyte", idxLabels(3));
        writeGzip(dir.filePath("train-images-idx3-ubyte.gz").toStdString(), idxImages(5, 2, 4));
        writeGzip(dir.filePath("train-labels-idx1-ubyte.gz").toStdString(), idxLabels(5));
        const auto set = openDataset(dir.path().toStdString());
        QCOMPARE(set->source(), images);
        QCOMPARE(set->size(), size_t(3));
        QCOMPARE(set->label(2), 2);
        QCOMPARE(int(set->image(2).at<uint8_t>(1, 3)), 12);
        const auto train = openDataset(dir.filePath("train-images-idx3-ubyte.gz").toStdString(), 4);
        QCOMPARE(train->size(), size_t(4));
        QCOMPARE(int(train->image(3).at<uint8_t>(0, 0)), 13);
    }
    void folderSetWithoutClassesTxtUsesSortedFolders() {
        const std::string jpeg = someJpeg();
        QTemporaryDir dir;
        writeFile(dir, "zebra/1.jpg", jpeg);
        writeFile(dir, "ant/1.jpg", jpeg);
        writeFile(dir, "ant/2.JPG", jpeg);
        writeFile(dir, "ant/notes.txt", "not an image");
        const auto set = openDataset(dir.path().toStdString());
        QCOMPARE(set->classNames(), (std::vector<std::string>{"ant", "zebra"}));
        QCOMPARE(set->size(), size_t(3));
        QCOMPARE(set->label(1), 1);
    }

    void missingPathIsRejected() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("nowhere").toStdString();
        expectDataError([&] { openDataset(path); }, {QString::fromStdString(path), "no such file or folder"});
    }
    void emptyFolderIsRejected() {
        QTemporaryDir dir;
        expectDataError([&] { openDataset(dir.path().toStdString()); }, {dir.path(), "no class folders"});
    }
    void folderWithEmptyClassesIsRejected() {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir("cat");
        expectDataError([&] { openDataset(dir.path().toStdString()); }, {dir.path(), "no images"});
    }
    void emptyListIsRejected() {
        QTemporaryDir dir;
        const std::string list = writeFile(dir, "labels.txt", "\n# nothing yet\n");
        expectDataError([&] { openDataset(dir.path().toStdString()); },
                        {QString::fromStdString(list), "holds no images"});
    }
    void nonIntegerLabelNamesTheLine() {
        const std::string jpeg = someJpeg();
        QTemporaryDir dir;
        writeFile(dir, "a.jpg", jpeg);
        const std::string list = writeFile(dir, "list.txt", "a.jpg 1\na.jpg cat\n");
        expectDataError([&] { openDataset(list); },
                        {QString::fromStdString(list) + ":2:", "label 'cat' is not an integer"});
    }
    void negativeLabelNamesTheLine() {
        const std::string jpeg = someJpeg();
        QTemporaryDir dir;
        writeFile(dir, "a.jpg", jpeg);
        const std::string list = writeFile(dir, "list.txt", "a.jpg -3\n");
        expectDataError([&] { openDataset(list); },
                        {QString::fromStdString(list) + ":1:", "label '-3' is negative"});
    }
    void labelBeyondClassNamesIsRejected() {
        const std::string jpeg = someJpeg();
        QTemporaryDir dir;
        writeFile(dir, "a.jpg", jpeg);
        writeFile(dir, "classes.txt", "cat\ndog\n");
        const std::string list = writeFile(dir, "labels.txt", "a.jpg 2\n");
        expectDataError([&] { openDataset(dir.path().toStdString()); },
                        {QString::fromStdString(list) + ":1:", "out of range"});
    }
    void missingListedFileNamesTheFirstLine() {
        const std::string jpeg = someJpeg();
        QTemporaryDir dir;
        writeFile(dir, "images/a.jpg", jpeg);
        const std::string list =
            writeFile(dir, "labels.txt", "images/a.jpg 0\nimages/gone.jpg 1\nimages/also-gone.jpg 1\n");
        expectDataError([&] { openDataset(list); },
                        {QString::fromStdString(list) + ":2:", "'images/gone.jpg' does not exist"});
    }
    void listEntryThatIsAFolderIsNamedAsSuch() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("sub"));
        const std::string list = writeFile(dir, "labels.txt", "sub 1\n");
        expectDataError([&] { openDataset(list); },
                        {QString::fromStdString(list) + ":1:", "'sub' is a folder"});
    }
    void listEntryThatIsADeviceIsNamedAsSuch() {
        QTemporaryDir dir;
        const std::string list = writeFile(dir, "labels.txt", "/dev/null 1\n");
        expectDataError([&] { openDataset(list); },
                        {QString::fromStdString(list) + ":1:", "'/dev/null' is not a regular file"});
    }
    // A list is made by its user (by `find`, a script, another tool), so its entries may name images
    // anywhere; what is read from them is only decoded as an image, never shown.
    void listEntriesMayNameImagesOutsideTheListsFolder() {
        QTemporaryDir images, lists;
        const std::string jpeg = writeFile(images, "a.jpg", someJpeg());
        writeFile(images, "b.jpg", someJpeg());
        const QString relative = QDir(lists.path()).relativeFilePath(images.filePath("b.jpg"));
        const std::string list =
            writeFile(lists, "list.txt", jpeg + " 0\n" + relative.toStdString() + " 1\n");
        const auto set = openDataset(list);
        QCOMPARE(set->size(), size_t(2));
        QCOMPARE(set->image(1).cols, 4);
    }
    // SPEC §8: what an input file holds is shown escaped, so that it cannot drive the terminal.
    void controlBytesOfAListAreEscapedInTheMessage() {
        QTemporaryDir dir;
        const std::string list = writeFile(dir, "labels.txt", "\x1b[31mred\x1b]0;title\x07.png 1\n");
        try {
            openDataset(list);
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            const std::string what = e.what();
            QVERIFY2(what.find('\x1b') == std::string::npos && what.find('\x07') == std::string::npos,
                     e.what());
            QVERIFY2(QString(e.what()).contains("'\\x1b[31mred\\x1b]0;title\\x07.png' does not exist"),
                     e.what());
        }
    }
    void utf8OfAListPassesIntactButNotInvalidBytesOrDirectionOverrides() {
        QTemporaryDir dir;
        const std::string list =
            writeFile(dir, "labels.txt", "café—猫\xff\xe2\x80\xaegpj.png 1\n"); // U+202E: right-to-left
        try {
            openDataset(list);
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(
                         QString::fromUtf8("'café—猫\\xff\\xe2\\x80\\xaegpj.png'")),
                     e.what());
        }
    }
    void aLongLineOfWideCharactersIsCutBetweenCharacters() {
        QTemporaryDir dir;
        std::string cats;
        for (int i = 0; i < 5000; ++i)
            cats += "猫";
        const std::string list = writeFile(dir, "labels.txt", cats + " 1\n");
        try {
            openDataset(list);
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            const QByteArray what(e.what());
            QCOMPARE(QString::fromUtf8(what).toUtf8(), what); // valid UTF-8: no character cut in two
            QVERIFY2(what.contains("猫…'"), what.constData());
        }
    }
    void aHugeListLineGivesAShortMessage() {
        QTemporaryDir dir;
        const std::string list = writeFile(dir, "labels.txt", std::string(10'000'000, 'x') + " 1\n");
        try {
            openDataset(list);
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            const QString what = QString::fromUtf8(e.what());
            QVERIFY2(what.size() < 1000, qPrintable(what.left(2000)));
            QVERIFY2(what.startsWith(QString::fromStdString(list) + ":1: 'xxx"), qPrintable(what.left(200)));
            QVERIFY2(what.contains(QString::fromUtf8("x…")), qPrintable(what));
        }
    }
    void corruptImageNamesItsFile() {
        QTemporaryDir dir;
        const std::string bad = writeFile(dir, "cat/broken.jpg", "definitely not a JPEG");
        const auto set = openDataset(dir.path().toStdString());
        expectDataError([&] { set->image(0); }, {QString::fromStdString(bad), "cannot read image"});
    }
    void classFolderMissingFromClassesTxtIsRejected() {
        const std::string jpeg = someJpeg();
        QTemporaryDir dir;
        writeFile(dir, "classes.txt", "cat\n");
        writeFile(dir, "cat/1.jpg", jpeg);
        writeFile(dir, "dog/1.jpg", jpeg);
        expectDataError([&] { openDataset(dir.path().toStdString()); }, {"classes.txt", "'dog'"});
    }
    void idxBadMagicIsRejected() {
        QTemporaryDir dir;
        std::string images = idxImages(2, 2, 2);
        images[2] = 0x0d; // float elements
        const std::string path = writeFile(dir, "t10k-images-idx3-ubyte", images);
        writeFile(dir, "t10k-labels-idx1-ubyte", idxLabels(2));
        expectDataError([&] { openDataset(path); },
                        {QString::fromStdString(path), "bad magic number 0x00000d03"});
    }
    void truncatedIdxIsRejected() {
        QTemporaryDir dir;
        std::string images = idxImages(4, 3, 3);
        images.resize(images.size() - 5);
        const std::string path = dir.filePath("t10k-images-idx3-ubyte.gz").toStdString();
        writeGzip(path, images);
        writeFile(dir, "t10k-labels-idx1-ubyte", idxLabels(4));
        expectDataError([&] { openDataset(dir.path().toStdString()); },
                        {QString::fromStdString(path), "truncated"});
    }
    void truncatedGzipStreamIsRejected() {
        QTemporaryDir dir;
        const std::string whole = dir.filePath("whole.gz").toStdString();
        writeGzip(whole, idxImages(50, 8, 8));
        std::ifstream in(whole, std::ios::binary);
        std::string gz((std::istreambuf_iterator<char>(in)), {});
        const std::string path = writeFile(dir, "t10k-images-idx3-ubyte.gz", gz.substr(0, gz.size() / 2));
        writeFile(dir, "t10k-labels-idx1-ubyte", idxLabels(50));
        expectDataError([&] { openDataset(path); }, {QString::fromStdString(path)});
    }
    void idxCountMismatchIsRejected() {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "t10k-images-idx3-ubyte", idxImages(3, 2, 2));
        writeFile(dir, "t10k-labels-idx1-ubyte", idxLabels(2));
        expectDataError([&] { openDataset(path); }, {"2 labels but", "holds 3 images"});
    }
    void damagedIdxHeadersGiveDataErrorsNotCrashes() {
        // Every header byte of both files set to values that matter (0, 1, 0x7f, 0xff): each open either
        // succeeds with readable images or throws a DataError (SPEC §8).
        QTemporaryDir dir;
        const std::string images = idxImages(3, 2, 2), labels = idxLabels(3);
        const std::string imagesPath = dir.filePath("t10k-images-idx3-ubyte").toStdString();
        const std::string labelsPath = dir.filePath("t10k-labels-idx1-ubyte").toStdString();
        int opened = 0, rejected = 0;
        for (int file = 0; file < 2; ++file)
            for (size_t byte = 0; byte < (file ? 8u : 16u); ++byte)
                for (char value : {char(0), char(1), char(0x7f), char(0xff)}) {
                    std::string damaged = file ? labels : images;
                    damaged[byte] = value;
                    writeFile(dir, "t10k-images-idx3-ubyte", file ? images : damaged);
                    writeFile(dir, "t10k-labels-idx1-ubyte", file ? damaged : labels);
                    try {
                        const auto set = openDataset(imagesPath);
                        for (size_t i = 0; i < set->size(); ++i)
                            QVERIFY(!set->image(i).empty());
                        ++opened;
                    } catch (const DataError& e) {
                        QVERIFY(e.file() == imagesPath || e.file() == labelsPath);
                        ++rejected;
                    }
                }
        QVERIFY(opened > 0);
        QVERIFY(rejected > 0);
    }
    void idxWithoutLabelsIsRejected() {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "t10k-images-idx3-ubyte", idxImages(3, 2, 2));
        expectDataError([&] { openDataset(path); }, {QString::fromStdString(path), "no IDX label file"});
    }
};

QTEST_APPLESS_MAIN(DatasetTest)
#include "dataset_test.moc"
