// DyVE Studio's main window (app/dyve-studio, SPEC §6 and §8): starts on the bundled model and samples,
// shows errors for a corrupt model and an unreadable image, and keeps working with what it had.
#include "input_view.h"
#include "layer_table_model.h"
#include "main_window.h"

#include "support/test_paths.h"

#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using dyve::ui::MainWindow;

namespace {

constexpr int kWaitMs = 60000; // the machine is shared; nothing here measures time

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(bytes);
    return path;
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    // A window on the bundled model and sample images, its first result shown.
    bool startBundled(MainWindow& window) {
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.show();
        window.start();
        return shown.wait(kWaitMs) || !shown.isEmpty();
    }

private slots:
    void initTestCase() {
        // Keep the user's real settings out of it.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("DyVE-test"));
        QCoreApplication::setApplicationName(QStringLiteral("dyve-studio-test"));
    }

    void startsOnTheBundledModelAndShowsAResult() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QVERIFY(window.modelPath().endsWith(QStringLiteral("fashion_mnist/fashion_mnist_cnn.onnx")));
        QCOMPARE(window.inputCount(), 40); // resources/samples/labels.txt
        QCOMPARE(window.currentInput(), 0);
        QVERIFY(window.layerModel()->rowCount() > 5);
        QVERIFY(window.lastResult().has_value());
        QVERIFY(!window.inputView()->verdict().isEmpty()); // the samples are labelled
    }

    void steppingRunsTheNextInput() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.stepForward();
        QVERIFY(shown.wait(kWaitMs));
        QCOMPARE(shown.at(0).at(0).toInt(), 1);
        QCOMPARE(window.lastResult()->inputIndex, 1);
    }

    void aCorruptModelIsReportedAndThePreviousModelStays() {
        MainWindow window;
        QVERIFY(startBundled(window));
        const QString bundled = window.modelPath();
        QTemporaryDir dir;
        const QString broken = writeFile(dir, QStringLiteral("broken.onnx"), QByteArray(500, '\x7f'));

        QSignalSpy errors(&window, &MainWindow::errorShown);
        window.openModel(broken);
        QVERIFY(errors.wait(kWaitMs));
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("broken.onnx")));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("broken.onnx")));
        QCOMPARE(window.modelPath(), bundled);

        // Still working: the next input runs on the model it had.
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.stepForward();
        QVERIFY(shown.wait(kWaitMs));
        QCOMPARE(window.lastResult()->inputIndex, 1);
    }

    void anUnreadableImageShowsAMessageNamingIt() {
        MainWindow window;
        QVERIFY(startBundled(window));
        QTemporaryDir dir;
        const QString bad = writeFile(dir, QStringLiteral("unreadable.png"), "no pixels in here");

        QSignalSpy errors(&window, &MainWindow::errorShown);
        window.openInputs({bad});
        QVERIFY(errors.wait(kWaitMs));
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("unreadable.png")));
        auto* message = window.inputView()->findChild<QLabel*>(QStringLiteral("inputError"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("unreadable.png")));
        QCOMPARE(window.modelPath().isEmpty(), false);
    }
};

QTEST_MAIN(MainWindowTest)
#include "ui_main_window_test.moc"
