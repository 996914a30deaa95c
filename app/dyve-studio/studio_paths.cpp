#include "studio_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dyve::ui {

QString modelsDir() {
    return QString::fromStdString(dyve::modelsDir());
}

QString resourcesDir() {
    return QString::fromStdString(dyve::resourcesDir());
}

QString demoModelPath() {
    return QString::fromStdString(dyve::demoModelPath());
}

QString bundledModelPath() {
    return QString::fromStdString(dyve::bundledModelPath());
}

QString sampleImagesDir() {
    return QString::fromStdString(dyve::sampleImagesDir());
}

QStringList translationDirs() {
    // Beside the binary (the build tree), bin/dyve-studio → share/dyve/translations when installed, then
    // the build's own folder (a test binary elsewhere in the build tree): an installed studio uses its own
    // translations even where the tree it was built from is still there.
    return {QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
            QDir::cleanPath(QCoreApplication::applicationDirPath() +
                            QStringLiteral("/../share/dyve/translations")),
            QStringLiteral(DYVE_STUDIO_TRANSLATIONS_DIR)};
}

QString resolveDataPath(const QString& defaultData, const QString& cardFile) {
    const std::string found =
        dyve::resolveDefaultData(defaultData.toStdString(), cardFile.toStdString(), SearchWorkingDir::No);
    if (found.empty()) return {};
    return QDir::cleanPath(QFileInfo(QString::fromStdString(found)).absoluteFilePath());
}

} // namespace dyve::ui
