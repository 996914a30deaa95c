#include "core/errors.h"
#include "data/model_card.h"
#include "support/test_paths.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include <unistd.h>

using namespace dyve;

namespace {

const char* kGoodCard = R"({
  "name": "tiny",
  "input": {"channels": 3, "height": 8, "width": 8, "channel_order": "RGB",
            "scale": 0.5, "mean": [1, 2, 3], "std": [1, 2, 4]},
  "classes": ["a", "b"],
  "accuracy": {"tiny-test": 0.5}
})";

std::string writeFile(const QTemporaryDir& dir, const QString& name, const std::string& text) {
    const std::string path = dir.filePath(name).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

// kGoodCard with one substring replaced: each bad-field case differs from a valid card in one place.
std::string goodCardWith(const std::string& from, const std::string& to) {
    std::string text = kGoodCard;
    const size_t at = text.find(from);
    if (at == std::string::npos) qFatal("test card has no '%s'", from.c_str());
    return text.replace(at, from.size(), to);
}

} // namespace

class ModelCardTest : public QObject {
    Q_OBJECT
private slots:
    void everyProjectCardParses() {
        const QDir cards(test::sourcePath("models/cards"));
        const QStringList files = cards.entryList({"*.card.json"}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& file : files) {
            const ModelCard card = loadModelCard(cards.filePath(file).toStdString());
            QVERIFY2(!card.name.empty(), qPrintable(file));
            QVERIFY2(card.height > 0 && card.width > 0, qPrintable(file));
        }
    }
    void goodCardGivesEveryField() {
        QTemporaryDir dir;
        const ModelCard card = loadModelCard(writeFile(dir, "tiny.card.json", kGoodCard));
        QCOMPARE(card.name, std::string("tiny"));
        QCOMPARE(card.channels, 3);
        QCOMPARE(card.height, 8);
        QCOMPARE(card.channelOrder, std::string("RGB"));
        QCOMPARE(card.resize, std::string("stretch"));
        QCOMPARE(card.scale, 0.5f);
        QCOMPARE(card.mean, (std::vector<float>{1, 2, 3}));
        QCOMPARE(card.std, (std::vector<float>{1, 2, 4}));
        QCOMPARE(card.classNames, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(card.accuracy.at("tiny-test"), 0.5);
    }
    void squeezenetCardReadsImagenetClassesFile() {
        const ModelCard card =
            loadModelCard(test::sourcePath("models/cards/squeezenet1.0-dc.card.json").toStdString());
        QCOMPARE(card.classNames.size(), size_t(1000));
        QCOMPARE(card.classNames.front(), std::string("tench, Tinca tinca"));
        QCOMPARE(card.classNames.back(), std::string("toilet tissue, toilet paper, bathroom tissue"));
        QCOMPARE(card.channelOrder, std::string("BGR"));
        QCOMPARE(card.mean, (std::vector<float>{104, 117, 123}));
        QCOMPARE(card.sha256.size(), size_t(2));
    }
    void classesFileIsReadRelativeToTheCard() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("names"));
        writeFile(dir, "names/list.txt", "n01440764 tench, Tinca tinca\ngoldfish\n");
        const ModelCard card = loadModelCard(
            writeFile(dir, "c.card.json",
                      goodCardWith(R"("classes": ["a", "b"])", R"("classes_file": "names/list.txt")")));
        QCOMPARE(card.classNames, (std::vector<std::string>{"tench, Tinca tinca", "goldfish"}));
    }
    // SPEC §8: a class name is shown on terminals and in the studio; what a file holds cannot drive them.
    void classNamesAreMadePrintable() {
        QTemporaryDir dir;
        writeFile(dir, "list.txt", "red\x1b[31m\nbell\x07\n");
        const ModelCard fromFile = loadModelCard(writeFile(
            dir, "f.card.json", goodCardWith(R"("classes": ["a", "b"])", R"("classes_file": "list.txt")")));
        QCOMPARE(fromFile.classNames, (std::vector<std::string>{"red\\x1b[31m", "bell\\x07"}));
        const ModelCard inlined = loadModelCard(
            writeFile(dir, "i.card.json",
                      goodCardWith(R"("classes": ["a", "b"])", "\"classes\": [\"\\u001b[2J\", \"b\"]")));
        QCOMPARE(inlined.classNames, (std::vector<std::string>{"\\x1b[2J", "b"}));
        const ModelCard longName = loadModelCard(
            writeFile(dir, "l.card.json",
                      goodCardWith(R"("classes": ["a", "b"])",
                                   "\"classes\": [\"" + std::string(5000, 'x') + "\", \"b\"]")));
        QVERIFY(longName.classNames.front().size() < 1000);
    }
    // SPEC §8: a number JSON cannot hold as a double is bad input like any other, not an unexpected error.
    void overflowingNumberIsDataErrorNamingTheCard() {
        QTemporaryDir dir;
        const std::string path =
            writeFile(dir, "big.card.json", goodCardWith(R"("scale": 0.5)", R"("scale": 1e999)"));
        try {
            loadModelCard(path);
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), path);
            QVERIFY2(QString(e.what()).contains("not valid JSON"), e.what());
            QVERIFY2(QString(e.what()).contains("1e999"), e.what());
        }
    }
    void oneMeanAndStdValueServesEveryChannel() {
        QTemporaryDir dir;
        const ModelCard card = loadModelCard(
            writeFile(dir, "c.card.json",
                      goodCardWith(R"("mean": [1, 2, 3], "std": [1, 2, 4])", R"("mean": [5], "std": [2])")));
        QCOMPARE(card.mean, (std::vector<float>{5, 5, 5}));
        QCOMPARE(card.std, (std::vector<float>{2, 2, 2}));
    }
    // A card names files beside it or below it, never elsewhere: a card downloaded beside a model (and
    // loaded without being asked for) must not make dyve print /etc/passwd as class names.
    void classesFileOutsideTheCardsFolderIsRefused_data() {
        QTest::addColumn<QString>("written");
        QTest::newRow("absolute") << "/etc/passwd";
        QTest::newRow("dot-dot") << "../outside.txt";
        QTest::newRow("dot-dot inside a subfolder") << "names/../../outside.txt";
        QTest::newRow("symbolic link") << "linked.txt";
    }
    void classesFileOutsideTheCardsFolderIsRefused() {
        QFETCH(QString, written);
        QTemporaryDir outer;
        QVERIFY(QDir(outer.path()).mkpath("card/names"));
        writeFile(outer, "outside.txt", "secret\n");
        QVERIFY(::symlink(outer.filePath("outside.txt").toLocal8Bit().constData(),
                          outer.filePath("card/linked.txt").toLocal8Bit().constData()) == 0);
        const std::string path = writeFile(
            outer, "card/c.card.json",
            goodCardWith(R"("classes": ["a", "b"])", "\"classes_file\": \"" + written.toStdString() + "\""));
        try {
            loadModelCard(path);
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), path);
            QVERIFY2(
                QString(e.what()).contains("classes_file '" + written + "' is outside the card's folder"),
                e.what());
            QVERIFY2(!QString(e.what()).contains("secret") && !QString(e.what()).contains("root:"), e.what());
        }
    }
    void classesFileLinkedWithinTheCardsFolderIsRead() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("names"));
        writeFile(dir, "names/real.txt", "cat\ndog\n");
        QVERIFY(::symlink("names/real.txt", dir.filePath("link.txt").toLocal8Bit().constData()) == 0);
        const ModelCard card = loadModelCard(writeFile(
            dir, "c.card.json", goodCardWith(R"("classes": ["a", "b"])", R"("classes_file": "link.txt")")));
        QCOMPARE(card.classNames, (std::vector<std::string>{"cat", "dog"}));
    }
    void zooModelsFindTheirCardsByHash() {
        DYVE_REQUIRE_SHARED();
        const std::vector<std::string> dirs = defaultCardDirs();
        const std::pair<const char*, const char*> models[] = {
            {"squeezenet1.0-dc", "model.onnx"},      {"squeezenet1.0-dc", "model.caffemodel"},
            {"squeezenet1.0-dc", "deploy.prototxt"}, {"resnet20-cifar10", "model.onnx"},
            {"resnet56-cifar10", "model.onnx"},      {"cifar10-quick", "deploy.prototxt"},
            {"cifar10-quick", "model.caffemodel"},   {"superres", "model.onnx"}};
        for (const auto& [folder, file] : models) {
            const QString model = test::sharedPath(QString("zoo/%1/%2").arg(folder, file));
            const std::string card = findModelCard(model.toStdString(), dirs);
            QVERIFY2(!card.empty(), qPrintable(model));
            QCOMPARE(QString::fromStdString(loadModelCard(card).name), QString(folder));
        }
    }
    void defaultCardDirsIncludeTheSourceTree() {
        const std::vector<std::string> dirs = defaultCardDirs();
        const QString expected = QDir(test::sourcePath("models/cards")).canonicalPath();
        QVERIFY(std::find(dirs.begin(), dirs.end(), expected.toStdString()) != dirs.end());
    }
    void sidecarCardIsFoundBesideTheModel() {
        QTemporaryDir dir;
        const std::string model = writeFile(dir, "net.onnx", "not really a model");
        const std::string sidecar = writeFile(dir, "net.onnx.card.json", kGoodCard);
        QCOMPARE(findModelCard(model, {}), sidecar);
    }
    void modelWithoutCardFindsNone() {
        QTemporaryDir dir;
        const std::string model = writeFile(dir, "net.onnx", "an unknown model");
        QCOMPARE(findModelCard(model, defaultCardDirs()), std::string());
    }
    void cardInCardsDirIsFoundByHash() {
        QTemporaryDir models, cards;
        const std::string model = writeFile(models, "net.onnx", "abc");
        writeFile(cards, "net.card.json",
                  goodCardWith(R"("name": "tiny",)",
                               R"("name": "tiny", "sha256": [)"
                               R"("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"],)"));
        QVERIFY(findModelCard(model, {cards.path().toStdString()}).find("net.card.json") !=
                std::string::npos);
    }
    void requiredFieldsHelpNamesTheFields() {
        const QString help = QString::fromStdString(requiredCardFieldsHelp());
        for (const char* field :
             {"input", "channels", "height", "width", "channel_order", "scale", "mean", "std"})
            QVERIFY2(help.contains(field), field);
    }
    void missingCardFileIsDataError() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("none.card.json").toStdString();
        try {
            loadModelCard(path);
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), path);
        }
    }
    void badFieldIsNamed_data() {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, const std::string& card, const char* message) {
            QTest::newRow(name) << QString::fromStdString(card) << QString(message);
        };
        row("not JSON", "{ name: ", "not valid JSON");
        row("not an object", "[1, 2]", "must be a JSON object");
        row("name missing", goodCardWith(R"("name": "tiny",)", ""), "field 'name' is missing");
        row("name ill-typed", goodCardWith(R"("tiny")", "7"), "field 'name' must be a string");
        row("input missing", goodCardWith(R"("input")", R"("inputs")"), "field 'input' is missing");
        row("channels ill-typed", goodCardWith(R"("channels": 3)", R"("channels": "3")"),
            "field 'input.channels' must be an integer");
        row("height missing", goodCardWith(R"("height": 8, )", ""), "field 'input.height' is missing");
        row("width zero", goodCardWith(R"("width": 8)", R"("width": 0)"),
            "field 'input.width' must be between");
        row("channel order unknown", goodCardWith(R"("RGB")", R"("RGBA")"),
            "field 'input.channel_order' is 'RGBA'; expected RGB, BGR, GRAY or Y");
        row("channels against order", goodCardWith(R"("RGB")", R"("Y")"), "field 'input.channels' is 3");
        row("mean length", goodCardWith("[1, 2, 3]", "[1, 2]"),
            "field 'input.mean' has 2 values but the input has 3");
        row("std length", goodCardWith("[1, 2, 4]", "[1, 2, 4, 5]"), "field 'input.std' has 4 values");
        row("std zero", goodCardWith("[1, 2, 4]", "[1, 0, 4]"), "field 'input.std' must not contain 0");
        row("mean empty", goodCardWith("[1, 2, 3]", "[]"),
            "field 'input.mean' is an empty list; give 1 value (for every channel) or 3");
        row("std empty", goodCardWith("[1, 2, 4]", "[]"), "field 'input.std' is an empty list");
        row("scale beyond float", goodCardWith(R"("scale": 0.5)", R"("scale": 1e300)"),
            "field 'input.scale' must be finite");
        row("mean beyond float", goodCardWith("[1, 2, 3]", "[1, 2, -1e300]"),
            "field 'input.mean' must contain only finite numbers");
        row("mean ill-typed", goodCardWith("[1, 2, 3]", R"(["1", 2, 3])"),
            "field 'input.mean' must be a list of numbers");
        row("resize unknown", goodCardWith(R"("scale")", R"("resize": "pad", "scale")"),
            "field 'input.resize' is 'pad'; expected stretch or crop");
        row("scale zero", goodCardWith(R"("scale": 0.5)", R"("scale": 0)"),
            "field 'input.scale' must not be 0");
        row("unknown input key", goodCardWith(R"("std")", R"("stdev")"),
            "field 'input.stdev' is not a card field");
        row("classes ill-typed", goodCardWith(R"(["a", "b"])", R"("a b")"),
            "field 'classes' must be a list of strings");
        row("classes file unreadable",
            goodCardWith(R"("classes": ["a", "b"])", R"("classes_file": "absent.txt")"),
            "field 'classes_file' cannot be used");
        row("both class sources", goodCardWith(R"("classes")", R"("classes_file": "x.txt", "classes")"),
            "field 'classes' and 'classes_file' are both given");
        row("sha256 not hex", goodCardWith(R"("name": "tiny",)", R"("name": "tiny", "sha256": ["abc"],)"),
            "field 'sha256' holds 'abc'");
        row("accuracy out of range", goodCardWith("0.5}", "71.7}"),
            "field 'accuracy.tiny-test' must be a top-1 fraction");
        auto withWidths = [](const std::string& steps) {
            return goodCardWith(R"("classes")", R"("width_steps": )" + steps + R"(, "classes")");
        };
        row("width steps ill-typed", withWidths("[0.5, 1]"), "field 'width_steps' must be an object");
        row("width steps unknown key", withWidths(R"({"fractions": [1], "outputs": ["y"], "heads": []})"),
            "field 'width_steps.heads' is not a card field");
        row("width fractions missing", withWidths(R"({"outputs": ["y"]})"),
            "field 'width_steps.fractions' must list the trained widths");
        row("width fractions descending",
            withWidths(R"({"fractions": [0.5, 0.25, 1], "outputs": ["a", "b", "y"]})"),
            "field 'width_steps.fractions' must be ascending");
        row("width fraction zero", withWidths(R"({"fractions": [0, 1], "outputs": ["a", "y"]})"),
            "field 'width_steps.fractions' must hold shares above 0 and at most 1");
        row("width fractions short of one",
            withWidths(R"({"fractions": [0.25, 0.5], "outputs": ["a", "b"]})"),
            "field 'width_steps.fractions' must end with 1");
        row("width outputs miscounted", withWidths(R"({"fractions": [0.5, 1], "outputs": ["y"]})"),
            "field 'width_steps.outputs' must name one output per width (2), has 1");
        row("width nested ill-typed", withWidths(R"({"fractions": [1], "outputs": ["y"], "nested": "yes"})"),
            "field 'width_steps.nested' must be true or false");
    }
    void badFieldIsNamed() {
        QFETCH(QString, card);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "bad.card.json", card.toStdString());
        try {
            loadModelCard(path);
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), path);
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(ModelCardTest)
#include "model_card_test.moc"
