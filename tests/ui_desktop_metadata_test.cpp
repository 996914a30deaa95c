// Desktop integration (SPEC §7): the .desktop file and the AppStream metadata pass their validators, name
// each other and the icon, list every screenshot in packaging/screenshots, and the icons are compiled in.
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace {

const QString kId = QStringLiteral("io.github.dyve.Studio");

QString resource(const QString& name) {
    return dyve::test::sourcePath(QStringLiteral("resources/") + name);
}

QByteArray readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs a validator; its output when it fails.
QString validate(const QString& tool, const QStringList& arguments) {
    QProcess p;
    p.start(tool, arguments);
    if (!p.waitForFinished(60000)) return tool + QStringLiteral(" did not finish");
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) return {};
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace

class DesktopMetadataTest : public QObject {
    Q_OBJECT

private slots:
    void theDesktopFileIsValid() {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (tool.isEmpty()) QSKIP("desktop-file-validate (package desktop-file-utils) is not installed");
        const QString problems = validate(tool, {resource(kId + QStringLiteral(".desktop"))});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void theAppStreamMetadataIsValid() {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (tool.isEmpty()) QSKIP("appstreamcli (package appstream) is not installed");
        const QString problems = validate(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                 resource(kId + QStringLiteral(".metainfo.xml"))});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void theMetadataLaunchesTheDesktopFileWhichNamesTheIcon() {
        const QByteArray metainfo = readAll(resource(kId + QStringLiteral(".metainfo.xml")));
        QVERIFY(
            metainfo.contains("<launchable type=\"desktop-id\">" + kId.toUtf8() + ".desktop</launchable>"));
        const QByteArray desktop = readAll(resource(kId + QStringLiteral(".desktop")));
        QVERIFY(desktop.contains("\nIcon=" + kId.toUtf8() + "\n"));
        QVERIFY(QFile::exists(resource(QStringLiteral("icons/") + kId + QStringLiteral(".svg"))));
    }

    void everyScreenshotInTheRepositoryIsListed() {
        const QByteArray metainfo = readAll(resource(kId + QStringLiteral(".metainfo.xml")));
        const QStringList shots =
            QDir(dyve::test::sourcePath("packaging/screenshots")).entryList({QStringLiteral("*.png")});
        QVERIFY(!shots.isEmpty());
        for (const QString& shot : shots)
            QVERIFY2(metainfo.contains("/packaging/screenshots/" + shot.toUtf8() + "</image>"),
                     qPrintable(shot));
    }

    void theIconsAreCompiledIn() {
        Q_INIT_RESOURCE(dyve_studio);
        for (const char* name : {"io.github.dyve.Studio", "camera", "evaluate", "demo"})
            QVERIFY2(QFile::exists(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))), name);
        if (!QImageReader::supportedImageFormats().contains("svg"))
            QSKIP("Qt's SVG plugin (libqt6svg6) is absent");
        const QImage icon =
            QIcon(QStringLiteral(":/icons/io.github.dyve.Studio.svg")).pixmap(64, 64).toImage();
        QCOMPARE(icon.size(), QSize(64, 64));
        QVERIFY(icon.pixelColor(32, 12).alpha() > 0); // drawn, not blank
    }
};

QTEST_MAIN(DesktopMetadataTest)
#include "ui_desktop_metadata_test.moc"
