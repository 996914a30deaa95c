#include "support/test_paths.h"

#include <QDir>
#include <QFileInfo>

namespace dyve::test {

QString sharedDir() {
    return QDir::cleanPath(QStringLiteral(DYVE_SHARED_DIR));
}
bool hasShared() {
    return QFileInfo(sharedPath("zoo")).isDir();
}
QString sharedPath(const QString& relative) {
    return sharedDir() + '/' + relative;
}
QString sourcePath(const QString& relative) {
    return QStringLiteral(DYVE_SOURCE_DIR) + '/' + relative;
}
QString onnxTestData() {
    return QStringLiteral(DYVE_ONNX_TESTDATA);
}
QString cliPath() {
    return QStringLiteral(DYVE_CLI);
}
QString opsTunedProfilesDir() {
    return sourcePath(QStringLiteral("tests/data/profiles"));
}
void useOpsTunedProfiles() {
    qputenv("DYVE_PROFILE_PATH", opsTunedProfilesDir().toUtf8());
}

} // namespace dyve::test
