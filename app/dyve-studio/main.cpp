// dyve-studio [MODEL] [IMAGES_OR_DATASET…]: the DyVE Studio desktop app (SPEC §6).
#include "main_window.h"
#include "studio_paths.h"

#include "import/model_loader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

// The app's own translation (built from translations/*.ts) and Qt's, for the chosen or system language.
void installTranslations(QApplication& app) {
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto* studio = new QTranslator(&app);
    for (const QString& dir : dyve::ui::translationDirs())
        if (studio->load(locale, QStringLiteral("dyve_studio"), QStringLiteral("_"), dir)) {
            app.installTranslator(studio);
            break;
        }
}

// The CLI's rule (app/dyve/model_context.cpp looksLikeModel): a model by extension or by content.
bool looksLikeModel(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("onnx") || suffix == QLatin1String("prototxt")) return true;
    return QFileInfo(path).isFile() && !dyve::detectModelFormat(path.toStdString()).empty();
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DyVE"));
    QApplication::setApplicationName(QStringLiteral("DyVE Studio"));
    QApplication::setApplicationVersion(QStringLiteral(DYVE_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Dynamic variable-effort CNN inference, live. With no arguments, the bundled model runs on "
                "the sample images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"),
                                 QApplication::translate("main", "An ONNX model or a Caffe .prototxt."), QStringLiteral("[MODEL]"));
    parser.addPositionalArgument(QStringLiteral("IMAGES_OR_DATASET"),
                                 QApplication::translate("main", "Images, a folder or a labelled data set."),
                                 QStringLiteral("[IMAGES_OR_DATASET…]"));
    parser.process(app);

    QStringList positionals = parser.positionalArguments();
    QString model;
    if (!positionals.isEmpty() && looksLikeModel(positionals.front())) model = positionals.takeFirst();

    dyve::ui::MainWindow window;
    window.show();
    // No arguments: the embedded default, played through, so there is something real on screen at once.
    window.start(model, positionals, model.isEmpty() && positionals.isEmpty());
    return app.exec();
}
