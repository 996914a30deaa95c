// The one place a model is opened with its card (eval/opened_model.h) and its effort levels are given a
// meaning (eval/effort_choice.h, SPEC §4.7), shared by the CLI and every studio job: which errors come in
// which order, which profile wins, and that the uniform mapping is always calibrated on the card's default
// data.
#include "eval/effort_choice.h"
#include "eval/opened_model.h"

#include "core/errors.h"
#include "data/project_paths.h"
#include "effort/effort_profile.h"
#include "runtime/network.h"

#include "support/temp_files.h"
#include "support/test_paths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace dyve;

namespace {

std::string bundledModel() {
    return test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx").toStdString();
}

std::vector<std::string> cards() {
    return {test::sourcePath("models/cards").toStdString()};
}

std::vector<std::string> profiles() {
    return {test::sourcePath("models/profiles").toStdString()};
}

OpenedModel openBundled() {
    ModelOpening what;
    what.model = bundledModel();
    what.cardDirs = cards();
    return openModel(what);
}

} // namespace

class EffortChoiceTest : public QObject {
    Q_OBJECT

private slots:
    // --- opening a model with its card ---------------------------------------------------------------

    void aModelOpensWithItsCardAndPreprocessing() {
        const OpenedModel opened = openBundled();
        QVERIFY(opened.card);
        QCOMPARE(opened.card->name, std::string("fashion-mnist-cnn"));
        QVERIFY(opened.card->file.find("fashion-mnist-cnn.card.json") != std::string::npos);
        QVERIFY(opened.pre);
        QCOMPARE(toString(opened.pre->inputShape()), std::string("1x1x28x28"));
        QVERIFY(!opened.graph.nodes.empty());
    }

    void aNamedCardIsUsedWithoutLookingForOne() {
        ModelOpening what;
        what.model = bundledModel();
        what.card = test::sourcePath("models/cards/fashion-mnist-cnn.card.json").toStdString();
        const OpenedModel opened = openModel(what);
        QVERIFY(opened.card && opened.pre);
    }

    void aModelWithoutACardIsAMissingCardErrorNamingIt() {
        QTemporaryDir dir;
        const QString copy = dir.filePath("lonely.onnx");
        QVERIFY(QFile::copy(QString::fromStdString(bundledModel()), copy));
        ModelOpening what;
        what.model = copy.toStdString();
        try {
            openModel(what);
            QFAIL("a model without a card opened");
        } catch (const MissingCardError& e) {
            QCOMPARE(e.file(), what.model);
            QVERIFY(e.reason().find("no model card found") != std::string::npos);
        }
        what.needCard = false;
        const OpenedModel opened = openModel(what);
        QVERIFY(!opened.card && !opened.pre);
    }

    void aMissingModelOrAFolderIsAnImportError() {
        QTemporaryDir dir;
        ModelOpening what;
        what.model = dir.filePath("nothing.onnx").toStdString();
        QVERIFY_THROWS_EXCEPTION(ImportError, openModel(what));
        what.model = dir.path().toStdString();
        QVERIFY_THROWS_EXCEPTION(ImportError, openModel(what));
    }

    void aDamagedModelIsReportedAsDamagedNotAsLackingACard() {
        QTemporaryDir dir;
        ModelOpening what;
        what.model = test::writeFile(dir, "broken.onnx", QByteArray("not a model at all")).toStdString();
        try {
            openModel(what);
            QFAIL("a damaged model opened");
        } catch (const MissingCardError&) {
            QFAIL("a damaged model was reported as lacking a card");
        } catch (const ImportError& e) {
            QCOMPARE(e.file(), what.model);
        }
    }

    // --- choosing the effort profile -----------------------------------------------------------------

    void theModelsOwnProfileIsChosen() {
        OpenedModel opened = openBundled();
        Network network(std::move(opened.graph));
        EffortChoiceRequest request;
        request.profileDirs = profiles();
        const ModelEffortChoice choice =
            chooseModelEffort(network, opened.modelFile, {}, &*opened.card, request);
        QVERIFY(!choice.uniform);
        QVERIFY(choice.profileFile.find("fashion-mnist-cnn.profile.json") != std::string::npos);
        QCOMPARE(choice.profile.modelSha256, effortModelDigest(opened.modelFile));
        QVERIFY(choice.problem.empty());
    }

    void aNamedProfileWinsOverTheFolders() {
        OpenedModel opened = openBundled();
        Network network(std::move(opened.graph));
        QTemporaryDir dir;
        EffortProfile own = uniformEffortProfile(network.effortLayers(), {});
        own.modelSha256 = effortModelDigest(opened.modelFile);
        const QString file =
            test::writeFile(dir, "mine.profile.json", QByteArray::fromStdString(effortProfileJson(own)));
        EffortChoiceRequest request;
        request.profile = file.toStdString();
        request.profileDirs = profiles();
        const ModelEffortChoice choice =
            chooseModelEffort(network, opened.modelFile, {}, &*opened.card, request);
        QVERIFY(!choice.uniform);
        QCOMPARE(choice.profileFile, request.profile);
    }

    void theUniformMappingIsCalibratedOnTheCardsDefaultData() {
        OpenedModel opened = openBundled();
        const std::string data =
            resolveDefaultData(opened.card->defaultData, opened.card->file, SearchWorkingDir::No);
        if (data.empty())
            QSKIP("the bundled model's default data set (dataset-fashion-mnist) is not installed");
        Network network(std::move(opened.graph));
        EffortChoiceRequest request;
        request.uniform = true; // even though the model has a profile
        request.profileDirs = profiles();
        request.calibrationImages = 16;
        std::string told;
        request.calibrating = [&told](const std::string& d) { told = d; };
        const ModelEffortChoice a = chooseModelEffort(network, opened.modelFile, {}, &*opened.card, request);
        QVERIFY(a.uniform);
        QVERIFY(a.profileFile.empty());
        QCOMPARE(a.calibrationData, data);
        QCOMPARE(told, data);
        QCOMPARE(a.calibrationImages, size_t(16));
        QCOMPARE(a.profile.calibration.size(), network.effortLayers().size());
        // Asked again (another job), the same images give the same calibration.
        const ModelEffortChoice b = chooseModelEffort(network, opened.modelFile, {}, &*opened.card, request);
        for (const auto& [layer, c] : a.profile.calibration) {
            QCOMPARE(b.profile.calibration.at(layer).preActStd, c.preActStd);
            QCOMPARE(b.profile.calibration.at(layer).activationScale, c.activationScale);
        }
    }

    void withoutACardTheUniformMappingCannotBeCalibrated() {
        OpenedModel opened = openBundled();
        Network network(std::move(opened.graph));
        try {
            chooseModelEffort(network, opened.modelFile, {}, nullptr, EffortChoiceRequest{});
            QFAIL("a model without a card or a profile got one");
        } catch (const UncalibratedEffortError& e) {
            QCOMPARE(e.missing(), UncalibratedEffortError::Missing::Card);
            QCOMPARE(e.file(), opened.modelFile);
        }
    }

    void aMissingDefaultDataSetIsSaidWithTheCardsName() {
        OpenedModel opened = openBundled();
        Network network(std::move(opened.graph));
        ModelCard card = *opened.card;
        card.defaultData = "no-such-data-set-anywhere";
        try {
            chooseModelEffort(network, opened.modelFile, {}, &card, EffortChoiceRequest{});
            QFAIL("a uniform mapping was calibrated on nothing");
        } catch (const UncalibratedEffortError& e) {
            QCOMPARE(e.missing(), UncalibratedEffortError::Missing::Data);
            QCOMPARE(e.file(), card.file);
            QCOMPARE(e.defaultData(), card.defaultData);
        }
    }

    void aBadProfileInTheFoldersIsAnErrorUnlessTheUniformMappingMayStandIn() {
        OpenedModel opened = openBundled();
        Network network(std::move(opened.graph));
        QTemporaryDir dir;
        EffortProfile bad = uniformEffortProfile({"no_such_layer"}, {});
        bad.modelSha256 = effortModelDigest(opened.modelFile);
        test::writeFile(dir, "bad.profile.json", QByteArray::fromStdString(effortProfileJson(bad)));
        EffortChoiceRequest request;
        request.profileDirs = {dir.path().toStdString()};
        QVERIFY_THROWS_EXCEPTION(DataError,
                                 chooseModelEffort(network, opened.modelFile, {}, &*opened.card, request));
        const std::string data =
            resolveDefaultData(opened.card->defaultData, opened.card->file, SearchWorkingDir::No);
        if (data.empty()) QSKIP("the bundled model's default data set is not installed");
        request.uniformOnBadProfile = true;
        request.calibrationImages = 8;
        const ModelEffortChoice choice =
            chooseModelEffort(network, opened.modelFile, {}, &*opened.card, request);
        QVERIFY(choice.uniform);
        QVERIFY(choice.problem.find("no_such_layer") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(EffortChoiceTest)
#include "effort_choice_test.moc"
