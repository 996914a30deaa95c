#include "studio_language.h"

#include "studio_paths.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace dyve::ui {

namespace {
const QString kLanguageKey = QStringLiteral("language");
} // namespace

QList<StudioLanguage> studioLanguages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString chosenLanguage() {
    return QSettings().value(kLanguageKey).toString();
}

void setChosenLanguage(const QString& code) {
    QSettings().setValue(kLanguageKey, code);
}

bool loadStudioTranslation(QTranslator& translator, const QLocale& locale) {
    for (const QString& dir : translationDirs())
        if (translator.load(locale, QStringLiteral("dyve_studio"), QStringLiteral("_"), dir)) return true;
    return false;
}

void installTranslations(QCoreApplication& app) {
    const QString chosen = chosenLanguage();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto* studio = new QTranslator(&app);
    if (loadStudioTranslation(*studio, locale)) app.installTranslator(studio);
}

} // namespace dyve::ui
