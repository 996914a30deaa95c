// Where the CLI and the studio find the project's folders (engine/data/project_paths.h), on the real tree.
#include "data/model_card.h"
#include "data/project_paths.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace dyve;

namespace {

QString q(const std::string& path) {
    return QString::fromStdString(path);
}

} // namespace

class ProjectPathsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // The rules under test are the built-in ones, not a developer's overrides.
        qunsetenv("DYVE_MODELS_DIR");
        qunsetenv("DYVE_RESOURCES_DIR");
        qunsetenv("DYVE_CARDS_DIR");
        qunsetenv("DYVE_DATA_DIR");
        qunsetenv("DYVE_PROFILE_PATH");
    }

    void buildRunsFromTheSourceTree() {
        QCOMPARE(QDir(q(modelsDir())).canonicalPath(),
                 QDir(dyve::test::sourcePath("models")).canonicalPath());
        QCOMPARE(QDir(q(resourcesDir())).canonicalPath(),
                 QDir(dyve::test::sourcePath("resources")).canonicalPath());
    }

    void bundledModelExists() { QVERIFY(QFileInfo(q(bundledModelPath())).isFile()); }

    void theDemosModelIsTheBundledWidthModelAndTheBundledOneWithoutIt() {
        QCOMPARE(QFileInfo(q(demoModelPath())).canonicalFilePath(),
                 QFileInfo(dyve::test::sourcePath("models/width/fashion-mnist-cnn-width.onnx"))
                     .canonicalFilePath());
        // A models folder without the width model (an older install): the bundled model.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("fashion_mnist"));
        qputenv("DYVE_MODELS_DIR", dir.path().toUtf8());
        const std::string fallback = demoModelPath();
        qunsetenv("DYVE_MODELS_DIR");
        QCOMPARE(q(fallback), dir.path() + "/fashion_mnist/fashion_mnist_cnn.onnx");
    }

    void sampleImagesFolderExists() { QVERIFY(QFileInfo(q(sampleImagesDir())).isDir()); }

    void cardsFolderIsSearchedFirstAndHoldsTheBundledCard() {
        const std::vector<std::string> dirs = cardDirs();
        QVERIFY(!dirs.empty());
        QCOMPARE(q(dirs.front()), q(modelsDir()) + QStringLiteral("/cards"));
        QVERIFY(QFileInfo(q(dirs.front())).isDir());
        const std::string card = findModelCard(bundledModelPath(), dirs);
        QCOMPARE(QFileInfo(q(card)).fileName(), QStringLiteral("fashion-mnist-cnn.card.json"));
    }

    void profilesLiveInTheModelsFolderFirst() {
        const std::vector<std::string> dirs = profileDirs();
        QVERIFY(!dirs.empty());
        QCOMPARE(q(dirs.front()), q(modelsDir()) + QStringLiteral("/profiles"));
    }

    void aUsersProfileFoldersAreSearchedBeforeTheShippedOnes() {
        qputenv("DYVE_PROFILE_PATH", "/tmp/mine::/tmp/theirs:");
        const std::vector<std::string> dirs = profileDirs();
        qunsetenv("DYVE_PROFILE_PATH");
        const std::vector<std::string> expected{"/tmp/mine", "/tmp/theirs", modelsDir() + "/profiles"};
        QCOMPARE(dirs, expected);
    }

    void bundledCardDefaultDataResolvesToAnExistingPath() {
        const ModelCard card = loadModelCard(findModelCard(bundledModelPath(), cardDirs()));
        QVERIFY(!card.defaultData.empty());
        const std::string data = resolveDefaultData(card.defaultData, card.file, SearchWorkingDir::No);
        QVERIFY2(QFileInfo::exists(q(data)), qPrintable(q(card.defaultData)));
    }

    void dataSetNameIsFoundInTheSharedData() {
        DYVE_REQUIRE_SHARED();
        const std::string card = modelsDir() + "/cards/resnet20-cifar10.card.json";
        const std::string data = resolveDefaultData("cifar10-test", card, SearchWorkingDir::No);
        QCOMPARE(QDir(q(data)).canonicalPath(),
                 QDir(dyve::test::sharedPath("data/cifar10-test")).canonicalPath());
    }

    void workingDirectoryIsSearchedOnlyWhenAsked() {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        QVERIFY(QDir(work.path()).mkdir(QStringLiteral("only-here")));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(work.path()));
        const std::string card = modelsDir() + "/cards/fashion-mnist-cnn.card.json";
        const std::string withCwd = resolveDefaultData("only-here", card, SearchWorkingDir::Yes);
        const std::string withoutCwd = resolveDefaultData("only-here", card, SearchWorkingDir::No);
        QVERIFY(QDir::setCurrent(previous));
        QCOMPARE(q(withCwd), QStringLiteral("only-here"));
        QCOMPARE(q(withoutCwd), QString());
    }

    void emptyDefaultDataResolvesToNothing() {
        QCOMPARE(q(resolveDefaultData("", modelsDir() + "/cards/x.card.json", SearchWorkingDir::Yes)),
                 QString());
    }
};

QTEST_APPLESS_MAIN(ProjectPathsTest)
#include "project_paths_test.moc"
