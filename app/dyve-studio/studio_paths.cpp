#include "studio_paths.h"

#include "data/model_card.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace dyve::ui {

namespace {

// bin/dyve-studio → share/dyve/<what>.
QString installedShare(const QString& what) {
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/dyve/") + what);
}

QString locate(const char* envName, const char* compiled, const QString& what) {
    const QString env = qEnvironmentVariable(envName);
    if (!env.isEmpty()) return env;
    if (compiled && *compiled && QFileInfo(QString::fromUtf8(compiled)).isDir()) return QString::fromUtf8(compiled);
    const QString installed = installedShare(what);
    if (QFileInfo(installed).isDir()) return installed;
    return compiled ? QString::fromUtf8(compiled) : installed;
}

} // namespace

QString modelsDir() {
    return locate("DYVE_MODELS_DIR", DYVE_MODELS_DIR, QStringLiteral("models"));
}

QString resourcesDir() {
    return locate("DYVE_RESOURCES_DIR", DYVE_RESOURCES_DIR, QStringLiteral("resources"));
}

QString bundledModelPath() {
    return modelsDir() + QStringLiteral("/fashion_mnist/fashion_mnist_cnn.onnx");
}

QString sampleImagesDir() {
    return resourcesDir() + QStringLiteral("/samples");
}

std::vector<std::string> cardDirs() {
    std::vector<std::string> dirs{(modelsDir() + QStringLiteral("/cards")).toStdString()};
    for (const std::string& d : dyve::defaultCardDirs())
        if (std::find(dirs.begin(), dirs.end(), d) == dirs.end()) dirs.push_back(d);
    return dirs;
}

QStringList translationDirs() {
    return {QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
            QStringLiteral(DYVE_STUDIO_TRANSLATIONS_DIR), installedShare(QStringLiteral("translations"))};
}

} // namespace dyve::ui

namespace dyve::ui {

QString resolveDataPath(const QString& defaultData, const QString& cardFile) {
    if (defaultData.isEmpty()) return {};
    QStringList candidates;
    if (QFileInfo(defaultData).isAbsolute()) {
        candidates << defaultData;
    } else {
        candidates << QFileInfo(cardFile).absolutePath() + '/' + defaultData;
        const QString project = QFileInfo(modelsDir()).absolutePath();
        candidates << project + '/' + defaultData;
        for (const QString& root : qEnvironmentVariable("DYVE_DATA_DIR").split(':', Qt::SkipEmptyParts))
            candidates << root + '/' + defaultData;
        candidates << QDir::cleanPath(project + QStringLiteral("/../shared/data/") + defaultData);
        candidates << QStringLiteral("/usr/share/datasets/") + defaultData;
    }
    for (const QString& c : candidates)
        if (QFileInfo::exists(c)) return QDir::cleanPath(c);
    return {};
}

} // namespace dyve::ui
