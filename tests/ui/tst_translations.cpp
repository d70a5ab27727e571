// Fails when a translation is missing: an unfinished or vanished .ts entry, a .qm file absent from
// the resources, or a Chinese catalogue that does not actually translate the window.
#include "languagemanager.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesAreFinished_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &code : fl::ui::LanguageManager::availableLanguages())
            QTest::newRow(qPrintable(code))
                << QStringLiteral(FL_SOURCE_DIR "/translations/failoverlab_%1.ts").arg(code);
    }

    void tsFilesAreFinished()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QLatin1String("<message")), "the catalogue has no messages; run update_translations");
        for (const char *bad : {"type=\"unfinished\"", "type=\"vanished\"", "type=\"obsolete\""}) {
            const qsizetype at = text.indexOf(QLatin1String(bad));
            QVERIFY2(at < 0, qPrintable(QStringLiteral("%1: %2 near: %3")
                                            .arg(path, QLatin1String(bad), text.mid(std::max<qsizetype>(0, at - 200), 200))));
        }
    }

    void qmFilesAreEmbedded()
    {
        for (const QString &code : fl::ui::LanguageManager::availableLanguages()) {
            const QString qm = QStringLiteral(":/i18n/failoverlab_%1.qm").arg(code);
            QVERIFY2(QFile::exists(qm), qPrintable(qm));
            QTranslator translator;
            QVERIFY2(translator.load(qm), qPrintable(qm));
        }
    }

    void chineseCatalogueTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/failoverlab_zh_CN.qm")));
        const QString quit = translator.translate("fl::ui::MainWindow", "&Quit");
        QVERIFY(!quit.isEmpty());
        QVERIFY(quit.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));
    }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
