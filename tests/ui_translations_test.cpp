// Translations (SPEC §6: English plus two complete translations, selectable): the .qm files built from
// translations/*.ts load and translate, every entry is finished, and Settings ▸ Language stores the choice.
#include "main_window.h"
#include "studio_language.h"

#include "support/scratch_settings.h"
#include "support/test_paths.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using dyve::ui::MainWindow;

class TranslationsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase() {
        dyve::test::useScratchSettings(m_settings, QStringLiteral("dyve-studio-translations-test"));
    }

    void translationsLoadAndTranslate_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("translation");
        QTest::newRow("de menu") << "de"
                                 << "dyve::ui::MainWindow"
                                 << "&File"
                                 << "&Datei";
        QTest::newRow("zh_CN menu") << "zh_CN"
                                    << "dyve::ui::MainWindow"
                                    << "&File"
                                    << "文件(&F)";
        QTest::newRow("de camera") << "de"
                                   << "dyve::ui::MainWindow"
                                   << "Open &Camera…"
                                   << "&Kamera öffnen…";
        QTest::newRow("zh_CN camera") << "zh_CN"
                                      << "dyve::ui::MainWindow"
                                      << "Open &Camera…"
                                      << "打开摄像头(&C)…";
        QTest::newRow("de evaluation") << "de"
                                       << "dyve::ui::EvaluationPage"
                                       << "Images per second"
                                       << "Bilder pro Sekunde";
        QTest::newRow("zh_CN evaluation") << "zh_CN"
                                          << "dyve::ui::EvaluationPage"
                                          << "Images per second"
                                          << "每秒图像数";
    }

    void translationsLoadAndTranslate() {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, translation);
        QTranslator translator;
        QVERIFY2(dyve::ui::loadStudioTranslation(translator, QLocale(language)), qPrintable(language));
        QCOMPARE(translator.translate(context.toUtf8(), source.toUtf8()), translation);
    }

    void everyEntryIsTranslated_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << dyve::test::sourcePath("translations/dyve_studio_de.ts");
        QTest::newRow("zh_CN") << dyve::test::sourcePath("translations/dyve_studio_zh_CN.ts");
    }

    void everyEntryIsTranslated() {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.count("<message") > 100);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
        QCOMPARE(text.count("type=\"vanished\""), 0);
        QCOMPARE(text.count("<translation></translation>"), 0);
    }

    void theLanguageIsChosenInTheSettingsMenu() {
        MainWindow window;
        auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList codes;
        QAction* german = nullptr;
        for (QAction* a : menu->actions()) {
            codes << a->data().toString();
            if (a->data().toString() == QStringLiteral("de")) german = a;
        }
        QVERIFY(codes.contains(QStringLiteral("de")));
        QVERIFY(codes.contains(QStringLiteral("zh_CN")));
        QVERIFY(codes.contains(QStringLiteral("en")));
        QVERIFY(german);
        german->trigger();
        QCOMPARE(dyve::ui::chosenLanguage(), QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    }
};

QTEST_MAIN(TranslationsTest)
#include "ui_translations_test.moc"
