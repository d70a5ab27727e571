// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Open Built-in…: the catalog has a topic and a summary for every built-in and names no other;
// the library lists every built-in with a picture, filters as one types, opens the chosen one in
// the window exactly as `--builtin NAME` does, keeps the recent files (bounded, without the missing
// ones), offers a scenario's lessons when it is given some, and follows the language.
#include "labwindowfixture.h"
#include "languagemanager.h"
#include "library/builtincatalog.h"
#include "library/scenariolibrary.h"
#include "markingtranslator.h"
#include "scenario/builtins.h"
#include "scenario/scenarioreader.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace fl;
using namespace fl::ui;

namespace {

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

scenario::Scenario builtin(const QString &name)
{
    scenario::ScenarioError error;
    const auto document = scenario::readBuiltinDocument(name, &error);
    if (!document)
        qFatal("no built-in %s", qPrintable(name));
    const auto loaded = scenario::scenarioFromJson(*document, &error);
    if (!loaded)
        qFatal("%s", qPrintable(error.toString()));
    return *loaded;
}

} // namespace

class ScenarioLibraryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FailoverLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_scenariolibrary"));
        QSettings().clear();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    }

    // Every built-in has an entry with a summary, and every entry names a built-in, once.
    void catalogCoversEveryBuiltin()
    {
        const QStringList names = scenario::builtinScenarioNames();
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            QVERIFY2(BuiltinCatalog::find(name), qPrintable(name + QStringLiteral(" has no catalog entry")));
            QVERIFY2(!BuiltinCatalog::summary(name).isEmpty(), qPrintable(name));
        }
        QSet<QString> seen;
        QSet<int> topics;
        for (const BuiltinCatalog::Entry &entry : BuiltinCatalog::entries()) {
            const QString name = QString::fromLatin1(entry.name);
            QVERIFY2(names.contains(name), qPrintable(name + QStringLiteral(" is not a built-in")));
            QVERIFY2(!seen.contains(name), qPrintable(name + QStringLiteral(" twice")));
            seen.insert(name);
            topics.insert(static_cast<int>(entry.topic));
        }
        for (ScenarioTopic topic : BuiltinCatalog::topics()) {
            QVERIFY(topics.contains(static_cast<int>(topic))); // no empty group
            QVERIFY(!BuiltinCatalog::topicTitle(topic).isEmpty());
        }
    }

    // Each built-in once, under its topic, with a picture of its world.
    void listsEveryBuiltin()
    {
        ScenarioLibrary library;
        QCOMPARE(sorted(library.visibleScenarios()), scenario::builtinScenarioNames());
        auto *tree = library.findChild<QTreeWidget *>(QStringLiteral("libraryScenarios"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), static_cast<int>(BuiltinCatalog::topics().size()));
        for (int t = 0; t < tree->topLevelItemCount(); ++t) {
            QTreeWidgetItem *topic = tree->topLevelItem(t);
            QCOMPARE(topic->text(0),
                     BuiltinCatalog::topicTitle(BuiltinCatalog::topics()[static_cast<std::size_t>(t)]));
            for (int i = 0; i < topic->childCount(); ++i) {
                const QString name = topic->child(i)->data(0, Qt::UserRole).toString();
                QCOMPARE(BuiltinCatalog::find(name)->topic,
                         BuiltinCatalog::topics()[static_cast<std::size_t>(t)]);
                const QImage picture = topic->child(i)->data(0, Qt::DecorationRole).value<QImage>();
                QVERIFY2(!picture.isNull(), qPrintable(name));
            }
        }
        // Pictures differ where the worlds do.
        const auto pictureOf = [tree](const QString &name) {
            for (int t = 0; t < tree->topLevelItemCount(); ++t) {
                for (int i = 0; i < tree->topLevelItem(t)->childCount(); ++i) {
                    QTreeWidgetItem *item = tree->topLevelItem(t)->child(i);
                    if (item->data(0, Qt::UserRole).toString() == name)
                        return item->data(0, Qt::DecorationRole).value<QImage>();
                }
            }
            return QImage();
        };
        QVERIFY(pictureOf(QStringLiteral("active-passive-async")) !=
                pictureOf(QStringLiteral("split-brain-quorum-leases")));
    }

    // Typing in the filter keeps the scenarios whose name, summary or topic contains the text.
    void filters()
    {
        ScenarioLibrary library;
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        auto *filter = library.findChild<QLineEdit *>(QStringLiteral("libraryFilter"));
        auto *open = library.findChild<QPushButton *>(QStringLiteral("libraryOpen"));
        for (const QString &text : {QStringLiteral("split-brain"), QStringLiteral("DNS"),
                                    QStringLiteral("quorum"), QStringLiteral("Replication")}) {
            filter->clear();
            QTest::keyClicks(filter, text);
            QStringList expected;
            for (const QString &name : scenario::builtinScenarioNames()) {
                const BuiltinCatalog::Entry *entry = BuiltinCatalog::find(name);
                if (name.contains(text, Qt::CaseInsensitive) ||
                    BuiltinCatalog::summary(name).contains(text, Qt::CaseInsensitive) ||
                    BuiltinCatalog::topicTitle(entry->topic).contains(text, Qt::CaseInsensitive))
                    expected << name;
            }
            QVERIFY2(!expected.isEmpty(), qPrintable(text));
            QVERIFY2(expected.size() < scenario::builtinScenarioNames().size(), qPrintable(text));
            QCOMPARE(sorted(library.visibleScenarios()), expected);
            QVERIFY(expected.contains(library.currentScenario()));
            QVERIFY(open->isEnabled());
        }
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("no such scenario"));
        QVERIFY(library.visibleScenarios().isEmpty());
        QVERIFY(library.findChild<QLabel *>(QStringLiteral("libraryNoMatch"))->isVisible());
        QVERIFY(!open->isEnabled());
        filter->clear();
        QCOMPARE(library.visibleScenarios().size(), scenario::builtinScenarioNames().size());
    }

    // File ▸ Open Built-in… then Open: the window runs the built-in as `--builtin NAME` opens it.
    void opensTheChosenScenario()
    {
        MainWindow window;
        QVERIFY(testing::showLab(window, QSize(1400, 900), "chartsDock"));
        testing::action(window, "fileOpenBuiltin")->trigger();
        ScenarioLibrary *library = window.scenarioLibrary();
        QTRY_VERIFY(library->isVisible());
        QVERIFY(!library->isModal()); // the world behind keeps running
        const QString name = QStringLiteral("split-brain-quorum-leases");
        library->selectScenario(name);
        QCOMPARE(library->currentScenario(), name);
        saveGrab(library, QStringLiteral("scenariolibrary-en.png"));
        library->findChild<QPushButton *>(QStringLiteral("libraryOpen"))->click();
        QTRY_VERIFY(!library->isVisible());
        QCOMPARE(window.documentName(), name);
        QVERIFY(window.document() == LabDocument::fromScenario(builtin(name)));
        QTRY_VERIFY(testing::latest(window).config == window.documentConfig());
        QCOMPARE(window.mapScene()->regionCount(), 4);
    }

    // Saved and opened files are listed newest first, at most ten, without the ones gone since.
    void keepsRecentFiles()
    {
        QSettings().remove(QStringLiteral("file/recent"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window;
        QVERIFY(testing::showLab(window, QSize(1400, 900), "chartsDock"));
        QStringList saved;
        for (int i = 0; i < 12; ++i) {
            const QString path = dir.filePath(QStringLiteral("world-%1.flab.json").arg(i));
            QString error;
            QVERIFY2(window.saveScenarioFile(path, &error), qPrintable(error));
            saved.prepend(path);
        }
        QCOMPARE(window.recentFiles(), saved.mid(0, 10));

        QVERIFY(QFile::remove(saved[1]));
        window.showScenarioLibrary();
        auto *recent = window.scenarioLibrary()->findChild<QListWidget *>(QStringLiteral("libraryRecent"));
        QStringList listed;
        for (int i = 0; i < recent->count(); ++i)
            listed << recent->item(i)->data(Qt::UserRole).toString();
        QStringList expected = saved.mid(0, 10);
        expected.removeAt(1);
        QCOMPARE(listed, expected);
        QCOMPARE(QSettings().value(QStringLiteral("file/recent")).toStringList(), expected);

        // Opening one from the list opens it in the window and brings it to the top.
        emit recent->itemActivated(recent->item(2));
        QTRY_VERIFY(!window.scenarioLibrary()->isVisible());
        QCOMPARE(window.documentName(), QFileInfo(expected[2]).fileName());
        QCOMPARE(window.recentFiles().front(), expected[2]);
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), expected[2]);
    }

    // The lesson hook: hidden without lessons, enabled for a scenario that has one, and asking
    // for that lesson; several lessons make a menu.
    void offersLessonsWhenGiven()
    {
        ScenarioLibrary library;
        library.show();
        auto *lesson = library.findChild<QPushButton *>(QStringLiteral("libraryLesson"));
        QVERIFY(!lesson->isVisible());
        library.setLessons({{QStringLiteral("active-passive-async"),
                             {{QStringLiteral("rpo-basics"), QStringLiteral("What RPO means")}}},
                            {QStringLiteral("split-brain-fencing"),
                             {{QStringLiteral("fencing-1"), QStringLiteral("One")},
                              {QStringLiteral("fencing-2"), QStringLiteral("Two")}}}});
        QVERIFY(lesson->isVisible());
        library.selectScenario(QStringLiteral("regional-overload"));
        QVERIFY(!lesson->isEnabled());
        library.selectScenario(QStringLiteral("active-passive-async"));
        QVERIFY(lesson->isEnabled());
        QSignalSpy asked(&library, &ScenarioLibrary::lessonRequested);
        lesson->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0][0].toString(), QStringLiteral("active-passive-async"));
        QCOMPARE(asked[0][1].toString(), QStringLiteral("rpo-basics"));
        library.selectScenario(QStringLiteral("split-brain-fencing"));
        QVERIFY(lesson->isEnabled());
        QVERIFY(lesson->menu());
        QCOMPARE(lesson->menu()->actions().size(), 2);
        lesson->menu()->actions().at(1)->trigger();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked[1][1].toString(), QStringLiteral("fencing-2"));
        library.setLessons({});
        QVERIFY(!lesson->isVisible());
    }

    // "Show at startup" is a setting the window reads when it starts without a file.
    void showAtStartupIsASetting()
    {
        QSettings().remove(QStringLiteral("library/showAtStartup"));
        QVERIFY(ScenarioLibrary::showAtStartup());
        {
            ScenarioLibrary library;
            auto *box = library.findChild<QCheckBox *>(QStringLiteral("libraryShowAtStartup"));
            QVERIFY(box->isChecked());
            box->setChecked(false);
        }
        QVERIFY(!ScenarioLibrary::showAtStartup());
        MainWindow window;
        window.showStartPage();
        QVERIFY(!window.findChild<ScenarioLibrary *>() || !window.scenarioLibrary()->isVisible());
        QSettings().setValue(QStringLiteral("library/showAtStartup"), true);
        window.showStartPage();
        QVERIFY(window.scenarioLibrary()->isVisible());
    }

    // The summaries and topics are asked again at every language change.
    void followsTheLanguage()
    {
        ScenarioLibrary library;
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        auto *tree = library.findChild<QTreeWidget *>(QStringLiteral("libraryScenarios"));
        const QString name = tree->topLevelItem(0)->child(0)->data(0, Qt::UserRole).toString();
        const auto summary = [tree] {
            return tree->topLevelItem(0)->child(0)->data(0, Qt::UserRole + 1).toString();
        };
        const QString english = summary();
        QCOMPARE(english, BuiltinCatalog::summary(name));
        testing::MarkingTranslator marking("fl::ui::BuiltinCatalog");
        QCoreApplication::installTranslator(&marking);
        QTRY_COMPARE(summary(), QStringLiteral("[x] ") + english);
        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(summary(), english);

        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false);
        QCoreApplication::processEvents(); // the LanguageChange events
        library.selectScenario(QStringLiteral("split-brain-quorum-leases"));
        saveGrab(&library, QStringLiteral("scenariolibrary-zh_CN.png"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    }

    void cleanupTestCase() { QSettings().clear(); }

private:
    // For looking at it (FL_SAVE_GRABS=DIR).
    static void saveGrab(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("FL_SAVE_GRABS");
        if (dir.isEmpty())
            return;
        QTest::qWait(100);
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
    }
};

QTEST_MAIN(ScenarioLibraryTest)
#include "tst_scenariolibrary.moc"
