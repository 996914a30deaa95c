// Writing files the user asked for (engine/core/file_output.h, SPEC §8): all or nothing. A write that
// fails half-way — a full disk, here a file size limit standing in for one — leaves the previous file as
// it was and no temporary file, and says why in one line naming the file.
#include "core/errors.h"
#include "core/file_output.h"

#include "support/file_size_limit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

using dyve::DataError;
using dyve::writeFileAtomically;

namespace {

std::string readAll(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll().toStdString();
}

} // namespace

class FileOutputTest : public QObject {
    Q_OBJECT

private slots:
    void aFileIsWrittenWhole() {
        QTemporaryDir dir;
        const QString file = dir.filePath("report.html");
        writeFileAtomically(file.toStdString(), "<p>new</p>", "report");
        QCOMPARE(readAll(file), std::string("<p>new</p>"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void aWriteThatFailsHalfWayLeavesThePreviousFileAndNoTemporary() {
        QTemporaryDir dir;
        const QString file = dir.filePath("profile.json");
        writeFileAtomically(file.toStdString(), "old", "profile");
        try {
            dyve::test::FileSizeLimit limit(1024);
            writeFileAtomically(file.toStdString(), std::string(64 * 1024, 'x'), "profile");
            QFAIL("a write beyond the limit succeeded");
        } catch (const DataError& e) {
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.startsWith(file + ": cannot write the profile: "), qPrintable(message));
            QVERIFY2(message.contains("File too large"), qPrintable(message));
            QVERIFY(!message.contains('\n'));
        }
        QCOMPARE(readAll(file), std::string("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"profile.json"});
    }

    void aMissingFolderIsNamed() {
        QTemporaryDir dir;
        const QString file = dir.filePath("no-such-folder/layers.csv");
        try {
            writeFileAtomically(file.toStdString(), "a,b\n", "layer table");
            QFAIL("wrote into a folder that does not exist");
        } catch (const DataError& e) {
            QCOMPARE(QString::fromStdString(e.what()),
                     file + ": cannot write the layer table: No such file or directory");
        }
    }

    void aFolderOrDeviceOfThatNameIsNotReplaced() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("taken"));
        for (const QString& file : {dir.filePath("taken"), QStringLiteral("/dev/null")}) {
            try {
                writeFileAtomically(file.toStdString(), "x", "report");
                QFAIL(qPrintable(file + " was written"));
            } catch (const DataError& e) {
                QVERIFY2(QString::fromStdString(e.what()).endsWith("it exists and is not a regular file"),
                         e.what());
            }
        }
        QVERIFY(QFileInfo(dir.filePath("taken")).isDir());
    }
};

QTEST_MAIN(FileOutputTest)
#include "file_output_test.moc"
