#include "core/errors.h"
#include "core/sha256.h"
#include "support/test_paths.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace dyve;

// Known answers from FIPS 180-4's examples (NIST CSRC "SHA-256 example values").
class Sha256Test : public QObject {
    Q_OBJECT
private slots:
    void emptyMessageMatchesKnownDigest() {
        QCOMPARE(sha256Hex(std::string()),
                 std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
    void abcMatchesKnownDigest() {
        QCOMPARE(sha256Hex(std::string("abc")),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
    void twoBlockMessageMatchesKnownDigest() {
        QCOMPARE(sha256Hex(std::string("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    }
    void millionAsMatchesKnownDigest() {
        QCOMPARE(sha256Hex(std::string(1000000, 'a')),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }
    void chunkedUpdatesEqualOneShot() {
        std::string message;
        for (int i = 0; i < 1000; ++i)
            message += char(i * 7 + 3);
        const std::string expected = sha256Hex(message);
        // Chunk sizes that straddle the 64-byte block and the 56-byte padding boundary.
        for (size_t chunk : {size_t(1), size_t(3), size_t(55), size_t(56), size_t(63), size_t(64), size_t(65),
                             size_t(200)}) {
            Sha256 hasher;
            for (size_t at = 0; at < message.size(); at += chunk)
                hasher.update(message.data() + at, std::min(chunk, message.size() - at));
            QCOMPARE(hasher.finishHex(), expected);
        }
    }
    void fileDigestEqualsBufferDigest() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("blob.bin").toStdString();
        std::string bytes(200003, '\0');
        for (size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 2654435761u) >> 13);
        std::ofstream(path, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
        QCOMPARE(sha256OfFile(path), sha256Hex(bytes));
    }
    void zooModelDigestMatchesSha256sum() {
        DYVE_REQUIRE_SHARED();
        // `sha256sum ../shared/zoo/resnet20-cifar10/model.onnx`
        QCOMPARE(sha256OfFile(test::sharedPath("zoo/resnet20-cifar10/model.onnx").toStdString()),
                 std::string("6627e8494884a7422fd8f2247469ae12cf8167bcabeda0033725387b8089f9d9"));
    }
    void missingFileIsDataErrorNamingIt() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("absent.onnx").toStdString();
        try {
            sha256OfFile(path);
            QFAIL("expected a DataError");
        } catch (const DataError& e) {
            QCOMPARE(e.file(), path);
            QVERIFY(QString(e.what()).contains("cannot read"));
        }
    }
    void folderIsDataError() {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(DataError, sha256OfFile(dir.path().toStdString()));
    }
};

QTEST_APPLESS_MAIN(Sha256Test)
#include "sha256_test.moc"
