#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace dyve::ui {

// The languages DyVE Studio speaks (SPEC §6: English plus at least two complete translations, selectable).
struct StudioLanguage {
    QString code;       // "de", "zh_CN"; "en" is the source language
    QString nativeName; // as its speakers write it, for the menu
};
QList<StudioLanguage> studioLanguages();

// The language chosen in Settings ▸ Language (QSettings "language"); empty: the system's.
QString chosenLanguage();
void setChosenLanguage(const QString& code);

// Loads DyVE Studio's compiled translation (.qm, built from translations/*.ts) for `locale` from the
// build's or the installed translations folder.
bool loadStudioTranslation(QTranslator& translator, const QLocale& locale);
// Installs the studio's and Qt's own translations for the chosen language (else the system's) and makes
// it the default locale for numbers. Called once at start: a new choice applies at the next start.
void installTranslations(QCoreApplication& app);

} // namespace dyve::ui
