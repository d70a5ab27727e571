// SPDX-License-Identifier: GPL-3.0-or-later
// `failover-lab lessons` and `failover-lab lesson`: the list, every lesson played headless in both
// languages (how CI plays them all), answer keys and grades in the JSON, and bad input refused
// with exit 2. Also `screenshot --lesson`.
#include "appprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace fl::testing;

namespace {

ProcessResult app(const QStringList &arguments)
{
    return runProcess(QStringLiteral(FL_APP_PATH), arguments);
}

QStringList lessonIds()
{
    const ProcessResult listed = app({QStringLiteral("lessons"), QStringLiteral("--json")});
    QStringList ids;
    for (const QJsonValue &lesson :
         QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("lessons")).toArray())
        ids << lesson.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class TestLessonCli : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryLessonInBothLanguages()
    {
        const ProcessResult listed = app({QStringLiteral("lessons"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(listed.out).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("failover-lab-lessons"));
        const QJsonArray lessons = root.value(QStringLiteral("lessons")).toArray();
        QVERIFY(!lessons.isEmpty());
        int previousTopic = 0;
        for (const QJsonValue &value : lessons) {
            const QJsonObject lesson = value.toObject();
            QVERIFY(!lesson.value(QStringLiteral("title"))
                         .toObject()
                         .value(QStringLiteral("en"))
                         .toString()
                         .isEmpty());
            QVERIFY(!lesson.value(QStringLiteral("title"))
                         .toObject()
                         .value(QStringLiteral("zh_CN"))
                         .toString()
                         .isEmpty());
            QVERIFY(lesson.value(QStringLiteral("steps")).toInt() >= 3);
            QVERIFY(lesson.value(QStringLiteral("questions")).toInt() >= 1);
            QVERIFY(lesson.value(QStringLiteral("topic")).toInt() > previousTopic); // ordered by topic
            previousTopic = lesson.value(QStringLiteral("topic")).toInt();
        }
        const ProcessResult text =
            app({QStringLiteral("lessons"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("RPO 与 RTO"));
    }

    void everyLessonPlaysHeadless_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("language");
        for (const QString &id : lessonIds()) {
            QTest::newRow(qPrintable(id + QStringLiteral(" en"))) << id << QStringLiteral("en");
            QTest::newRow(qPrintable(id + QStringLiteral(" zh_CN"))) << id << QStringLiteral("zh_CN");
        }
    }
    void everyLessonPlaysHeadless()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        const ProcessResult played = app({QStringLiteral("lesson"), id, QStringLiteral("--lang"), language,
                                          QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(played.exitCode == 0, played.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(played.out).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("failover-lab-lesson-run"));
        QCOMPARE(root.value(QStringLiteral("language")).toString(), language);
        int questions = 0;
        for (const QJsonValue &value : root.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = value.toObject();
            QVERIFY(step.contains(QStringLiteral("outcome")));
            if (!step.contains(QStringLiteral("question")))
                continue;
            ++questions;
            const QJsonObject question = step.value(QStringLiteral("question")).toObject();
            QVERIFY(question.contains(QStringLiteral("key")));
            QVERIFY(!question.value(QStringLiteral("explanation")).toString().isEmpty());
        }
        QCOMPARE(root.value(QStringLiteral("score")).toObject().value(QStringLiteral("questions")).toInt(),
                 questions);
    }

    void answersAreGraded()
    {
        // rpo-and-rto: question 2 asks for the acknowledged writes lost, question 5 for the primary.
        const ProcessResult keys = app({QStringLiteral("lesson"), QStringLiteral("rpo-and-rto"),
                                        QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(keys.exitCode, 0);
        const QJsonArray steps =
            QJsonDocument::fromJson(keys.out).object().value(QStringLiteral("steps")).toArray();
        const double lost = steps[1]
                                .toObject()
                                .value(QStringLiteral("question"))
                                .toObject()
                                .value(QStringLiteral("key"))
                                .toDouble();
        QVERIFY(lost > 0);
        QCOMPARE(steps[1]
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toObject()
                     .value(QStringLiteral("writes_lost"))
                     .toDouble(),
                 lost);
        const QString primary = steps[4]
                                    .toObject()
                                    .value(QStringLiteral("question"))
                                    .toObject()
                                    .value(QStringLiteral("key"))
                                    .toString();

        const ProcessResult graded =
            app({QStringLiteral("lesson"), QStringLiteral("rpo-and-rto"), QStringLiteral("--answer"),
                 QStringLiteral("2=%1").arg(lost * 1.2), QStringLiteral("--answer"),
                 QStringLiteral("5=us-west-2"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(graded.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(graded.out).object();
        const QJsonArray gradedSteps = root.value(QStringLiteral("steps")).toArray();
        QCOMPARE(gradedSteps[1]
                     .toObject()
                     .value(QStringLiteral("question"))
                     .toObject()
                     .value(QStringLiteral("correct"))
                     .toBool(),
                 true);
        QCOMPARE(gradedSteps[4]
                     .toObject()
                     .value(QStringLiteral("question"))
                     .toObject()
                     .value(QStringLiteral("correct"))
                     .toBool(),
                 primary == QLatin1String("us-west-2"));
        QCOMPARE(root.value(QStringLiteral("score")).toObject().value(QStringLiteral("answered")).toInt(), 2);

        const ProcessResult wrong = app({QStringLiteral("lesson"), QStringLiteral("rpo-and-rto"),
                                         QStringLiteral("--answer"), QStringLiteral("2=%1").arg(lost * 2)});
        QCOMPARE(wrong.exitCode, 0);
        QVERIFY(wrong.out.contains("Not this time"));
        QVERIFY(wrong.out.contains("Score: 0 of 1"));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no lesson") << QStringList{QStringLiteral("lesson")} << "name a lesson";
        QTest::newRow("unknown lesson")
            << QStringList{QStringLiteral("lesson"), QStringLiteral("no-such")} << "no lesson";
        QTest::newRow("answer syntax") << QStringList{QStringLiteral("lesson"), QStringLiteral("rpo-and-rto"),
                                                      QStringLiteral("--answer"), QStringLiteral("two")}
                                       << "N=VALUE";
        QTest::newRow("answer number") << QStringList{QStringLiteral("lesson"), QStringLiteral("rpo-and-rto"),
                                                      QStringLiteral("--answer"), QStringLiteral("9=1")}
                                       << "9=1";
        QTest::newRow("answer option") << QStringList{QStringLiteral("lesson"), QStringLiteral("rpo-and-rto"),
                                                      QStringLiteral("--answer"), QStringLiteral("5=mars-1")}
                                       << "not one of the options";
        QTest::newRow("answer value") << QStringList{QStringLiteral("lesson"), QStringLiteral("rpo-and-rto"),
                                                     QStringLiteral("--answer"), QStringLiteral("2=many")}
                                      << "not a number";
        QTest::newRow("language") << QStringList{QStringLiteral("lesson"), QStringLiteral("rpo-and-rto"),
                                                 QStringLiteral("--lang"), QStringLiteral("fr")}
                                  << "unknown language";
        QTest::newRow("option") << QStringList{QStringLiteral("lessons"), QStringLiteral("--bogus")}
                                << "bogus";
        QTest::newRow("broken file") << QStringList{QStringLiteral("lesson"),
                                                    QStringLiteral(FL_SOURCE_DIR "/README.md")}
                                     << "README.md";
        QTest::newRow("screenshot step")
            << QStringList{QStringLiteral("screenshot"),  QStringLiteral("--lesson"),
                           QStringLiteral("rpo-and-rto"), QStringLiteral("--step"),
                           QStringLiteral("9"),           QStringLiteral("--out"),
                           QStringLiteral("x.png")}
            << "--step";
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessResult result = app(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }

    void screenshotOfALessonStep()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("step.png"));
        const ProcessResult shot =
            app({QStringLiteral("screenshot"), QStringLiteral("--lesson"), QStringLiteral("rpo-and-rto"),
                 QStringLiteral("--step"), QStringLiteral("2"), QStringLiteral("--size"),
                 QStringLiteral("1280x800"), QStringLiteral("--out"), out});
        QVERIFY2(shot.exitCode == 0, shot.err.constData());
        QCOMPARE(pngSize(out), QSize(1280, 800));
    }
};

QTEST_GUILESS_MAIN(TestLessonCli)
#include "tst_lessoncli.moc"
