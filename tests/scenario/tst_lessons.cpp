// SPDX-License-Identifier: GPL-3.0-or-later
// The lessons: every built-in loads and plays to its end with a measured key for every question;
// a lesson's world is a plain run of its scenario; keys follow the run (another seed or rate gives
// another key); grading of right, wrong, out-of-tolerance and unreadable answers; broken files get
// path-named errors.
#include "scenario/lessonplay.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <set>

using namespace fl;
using namespace fl::scenario;

namespace {

QJsonObject builtinDocument(const QString &id)
{
    QFile file(builtinLessonPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Lesson mustLoad(const QJsonObject &document)
{
    ScenarioError error;
    std::optional<Lesson> lesson = lessonFromJson(document, &error);
    if (!lesson)
        qFatal("lesson did not load: %s", qPrintable(error.toString()));
    return *lesson;
}

// The key of the first question in the lesson whose measure is `measure`.
std::optional<MeasuredAnswer> keyOf(const Lesson &lesson, Measure measure)
{
    for (const StepOutcome &outcome : playLesson(lesson)) {
        const LessonStep &step = lesson.steps[outcome.step];
        if (step.question && step.question->measure == measure)
            return outcome.key;
    }
    return std::nullopt;
}

LessonQuestion numberQuestion(double tolerance, double absolute = 0)
{
    LessonQuestion q;
    q.measure = Measure::WritesLost;
    q.tolerance = tolerance;
    q.toleranceAbs = absolute;
    return q;
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private slots:
    void everyTopicHasALesson()
    {
        const QStringList ids = builtinLessonIds();
        QVERIFY(!ids.isEmpty());
        std::set<int> topics;
        for (const QString &id : ids) {
            ScenarioError error;
            const std::optional<Lesson> lesson = loadBuiltinLesson(id, &error);
            QVERIFY2(lesson, qPrintable(id + QStringLiteral(": ") + error.toString()));
            QCOMPARE(lesson->id, id);
            QVERIFY2(topics.insert(lesson->topic).second,
                     qPrintable(id + QStringLiteral(": topic taken twice")));
        }
        // The syllabus of the material: 19 topics, each taught by one lesson (FL_LESSONS_PARTIAL=1
        // while lessons are being written).
        if (qEnvironmentVariableIsEmpty("FL_LESSONS_PARTIAL")) {
            QCOMPARE(static_cast<int>(topics.size()), 19);
            QCOMPARE(*topics.begin(), 1);
            QCOMPARE(*topics.rbegin(), 19);
        }
    }

    void everyLessonPlaysToItsEnd_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : builtinLessonIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyLessonPlaysToItsEnd()
    {
        QFETCH(QString, id);
        ScenarioError error;
        const std::optional<Lesson> lesson = loadBuiltinLesson(id, &error);
        QVERIFY2(lesson, qPrintable(error.toString()));
        QVERIFY(lesson->steps.size() >= 3 && lesson->steps.size() <= 8);
        // Both languages are written, for every text the learner reads.
        auto complete = [](const LessonText &text) { return !text.en.isEmpty() && !text.zhCN.isEmpty(); };
        QVERIFY(complete(lesson->title) && complete(lesson->summary));
        int questions = 0;
        for (const LessonStep &step : lesson->steps) {
            QVERIFY(complete(step.title) && complete(step.text));
            if (step.question) {
                QVERIFY(complete(step.question->prompt));
                ++questions;
            }
        }
        QVERIFY2(questions >= 1, "a lesson asks the learner to predict at least once");
        QVERIFY(complete(lesson->steps.back().takeaway));

        LessonPlayer player(*lesson);
        while (!player.finished()) {
            const StepOutcome outcome = player.playStep();
            const LessonStep &step = lesson->steps[outcome.step];
            QCOMPARE(outcome.end, step.runTo);
            if (!step.question)
                continue;
            QVERIFY2(outcome.key,
                     qPrintable(QStringLiteral("step %1: %2").arg(outcome.step + 1).arg(outcome.keyError)));
            QVERIFY(!outcome.key->display.isEmpty());
            QVERIFY(!outcome.key->explanation.isEmpty());
            // The key graded against itself is right; the grader reads what the key says.
            QString self;
            switch (measureSpec(step.question->measure).kind) {
            case AnswerKind::Number:
                self = QString::number(outcome.key->number, 'g', 17);
                break;
            case AnswerKind::Choice:
                self = outcome.key->choice;
                break;
            case AnswerKind::Order:
                self = outcome.key->order.join(QLatin1Char(','));
                break;
            }
            QVERIFY(gradeAnswer(*step.question, *outcome.key, self).correct);
        }
        // The lesson's world is a plain run of its scenario: what the window plays too. Checked for
        // three lessons always (a fault, a split-brain, a manual failover), for all with
        // FL_LESSONS_LONG=1: the sanitizer build would spend minutes re-running every lesson.
        const QStringList alwaysCompared{QStringLiteral("rpo-and-rto"), QStringLiteral("split-brain"),
                                         QStringLiteral("failover-strategy")};
        if (!alwaysCompared.contains(id) && qEnvironmentVariableIsEmpty("FL_LESSONS_LONG"))
            return;
        Simulation plain = makeSimulation(lesson->scenario);
        plain.runUntil(lesson->steps.back().runTo);
        QCOMPARE(player.simulation().traceHash(), plain.traceHash());
    }

    void keysAreMeasuredFromTheRun()
    {
        const QJsonObject base = builtinDocument(QStringLiteral("rpo-and-rto"));
        QVERIFY(!base.isEmpty());
        const std::optional<MeasuredAnswer> lost = keyOf(mustLoad(base), Measure::WritesLost);
        const std::optional<MeasuredAnswer> rto = keyOf(mustLoad(base), Measure::RtoSeconds);
        QVERIFY(lost && rto);
        QVERIFY(lost->number > 0);

        // Twice the users' rate: about twice the writes in flight at the crash.
        QJsonObject faster = base;
        faster[QStringLiteral("set")] = QJsonArray{QStringLiteral("populations[0].rate=3000"),
                                                   QStringLiteral("populations[1].rate=1200")};
        const std::optional<MeasuredAnswer> lostFaster = keyOf(mustLoad(faster), Measure::WritesLost);
        QVERIFY(lostFaster);
        QVERIFY2(lostFaster->number > 1.5 * lost->number,
                 qPrintable(QStringLiteral("%1 vs %2").arg(lostFaster->number).arg(lost->number)));

        // Another seed: other arrivals, another count.
        QJsonObject reseeded = base;
        reseeded[QStringLiteral("set")] = QJsonArray{QStringLiteral("seed=12345")};
        const std::optional<MeasuredAnswer> lostReseeded = keyOf(mustLoad(reseeded), Measure::WritesLost);
        QVERIFY(lostReseeded);
        QVERIFY(lostReseeded->number != lost->number);

        // A longer DNS TTL keeps users on the dead region longer: a longer RTO.
        QJsonObject slowDns = base;
        slowDns[QStringLiteral("set")] = QJsonArray{QStringLiteral("routing.dns_ttl=90s")};
        const std::optional<MeasuredAnswer> rtoSlow = keyOf(mustLoad(slowDns), Measure::RtoSeconds);
        QVERIFY(rtoSlow);
        QVERIFY2(rtoSlow->number > rto->number + 30,
                 qPrintable(QStringLiteral("%1 vs %2").arg(rtoSlow->number).arg(rto->number)));

        // Synchronous replication: nothing acknowledged is lost.
        QJsonObject sync = base;
        sync[QStringLiteral("set")] = QJsonArray{QStringLiteral("data.mode=sync-quorum")};
        const std::optional<MeasuredAnswer> lostSync = keyOf(mustLoad(sync), Measure::WritesLost);
        QVERIFY(lostSync);
        QCOMPARE(lostSync->number, 0.0);
    }

    void numbersAreGradedWithinTheirTolerance()
    {
        MeasuredAnswer key;
        key.number = 400;
        key.display = QStringLiteral("400 writes");
        const LessonQuestion q = numberQuestion(0.3);
        QVERIFY(gradeAnswer(q, key, QStringLiteral("400")).correct);
        QVERIFY(gradeAnswer(q, key, QStringLiteral("520")).correct); // +30 %
        QVERIFY(gradeAnswer(q, key, QStringLiteral("280")).correct); // -30 %
        const Grade over = gradeAnswer(q, key, QStringLiteral("521"));
        QVERIFY(over.valid && !over.correct);
        QVERIFY(over.message.contains(QStringLiteral("400 writes")));
        QVERIFY(!gradeAnswer(q, key, QStringLiteral("100")).correct);
        QVERIFY(gradeAnswer(q, key, QStringLiteral("1,000")).valid);
        const Grade notANumber = gradeAnswer(q, key, QStringLiteral("lots"));
        QVERIFY(!notANumber.valid && !notANumber.correct);
        // Near zero the absolute floor decides.
        key.number = 0;
        QVERIFY(!gradeAnswer(numberQuestion(0.3), key, QStringLiteral("2")).correct);
        QVERIFY(gradeAnswer(numberQuestion(0.3, 5), key, QStringLiteral("2")).correct);
        QVERIFY(!gradeAnswer(numberQuestion(0.3, 5), key, QStringLiteral("6")).correct);
    }

    void choicesAreGradedByIdOrPosition()
    {
        LessonQuestion q;
        q.measure = Measure::Primary;
        q.options = {QStringLiteral("us-east-1"), QStringLiteral("us-east-2"), QStringLiteral("us-west-2")};
        MeasuredAnswer key;
        key.choice = QStringLiteral("us-east-2");
        QVERIFY(gradeAnswer(q, key, QStringLiteral("us-east-2")).correct);
        QVERIFY(gradeAnswer(q, key, QStringLiteral("2")).correct);
        const Grade wrong = gradeAnswer(q, key, QStringLiteral("us-west-2"));
        QVERIFY(wrong.valid && !wrong.correct);
        QVERIFY(!gradeAnswer(q, key, QStringLiteral("eu-west-1")).valid);
        QVERIFY(!gradeAnswer(q, key, QStringLiteral("4")).valid);
    }

    void orderingsAcceptEitherOrderOfATie()
    {
        LessonQuestion q;
        q.measure = Measure::IncidentPhases;
        q.items = {QStringLiteral("recovered"), QStringLiteral("detected"), QStringLiteral("rerouted"),
                   QStringLiteral("promoted")};
        MeasuredAnswer key;
        key.order = {QStringLiteral("detected"), QStringLiteral("promoted"), QStringLiteral("rerouted"),
                     QStringLiteral("recovered")};
        key.orderTimes = {10, 20, 20, 50}; // promotion and rerouting at one instant
        QVERIFY(gradeAnswer(q, key, QStringLiteral("detected,promoted,rerouted,recovered")).correct);
        QVERIFY(gradeAnswer(q, key, QStringLiteral("detected, rerouted, promoted, recovered")).correct);
        const Grade wrong = gradeAnswer(q, key, QStringLiteral("promoted,detected,rerouted,recovered"));
        QVERIFY(wrong.valid && !wrong.correct);
        QVERIFY(!gradeAnswer(q, key, QStringLiteral("detected,promoted,recovered")).valid);
        QVERIFY(!gradeAnswer(q, key, QStringLiteral("detected,promoted,promoted,recovered")).valid);
        // Positions of the items as shown work too.
        QVERIFY(gradeAnswer(q, key, QStringLiteral("2,4,3,1")).correct);
    }

    void brokenLessonsNameThePath_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << "format=\"failover-lab-scenario\""
                                << "format"
                                << "expected";
        QTest::newRow("version") << "version=2"
                                 << "version"
                                 << "lesson format version";
        QTest::newRow("unknown field") << "answer=3"
                                       << "answer"
                                       << "unknown field";
        QTest::newRow("topic") << "topic=0"
                               << "topic"
                               << "whole number";
        QTest::newRow("chinese missing") << "title={\"en\":\"x\",\"zh_CN\":\"\"}"
                                         << "title.zh_CN"
                                         << "empty";
        QTest::newRow("scenario") << "scenario=\"no-such\""
                                  << "scenario"
                                  << "no built-in";
        QTest::newRow("override") << "set=[\"routing.dns_ttl=-5s\"]"
                                  << "set"
                                  << "dns_ttl";
        QTest::newRow("too few steps") << "steps=[]"
                                       << "steps"
                                       << "3 to 8";
        QTest::newRow("time backwards") << "steps[1].run_to=\"60s\""
                                        << "steps[1].run_to"
                                        << "longer than";
        QTest::newRow("action region") << "steps[1].do=[{\"do\":\"kill\",\"region\":\"mars-1\"}]"
                                       << "steps[1].do[0].region"
                                       << "mars-1";
        QTest::newRow("action outside the step")
            << "steps[1].do=[{\"at\":\"10s\",\"do\":\"kill\",\"region\":\"us-east-1\"}]"
            << "steps[1].do[0].at"
            << "within the step";
        QTest::newRow("restart-only setting") << "steps[1].set=[\"failover.fencing=false\"]"
                                              << "steps[1].set[0]"
                                              << "failover.fencing";
        QTest::newRow("highlight") << "steps[0].highlight=[\"region:mars-1\"]"
                                   << "steps[0].highlight[0]"
                                   << "unknown region";
        QTest::newRow("highlight kind") << "steps[0].highlight=[\"planet:earth\"]"
                                        << "steps[0].highlight[0]"
                                        << "expected";
        QTest::newRow("measure") << "steps[0].question.measure=\"happiness\""
                                 << "steps[0].question.measure"
                                 << "happiness";
        QTest::newRow("measure subject") << "steps[0].question.region=\"mars-1\""
                                         << "steps[0].question.region"
                                         << "unknown region";
        QTest::newRow("option") << "steps[4].question.options=[\"us-east-1\",\"ap-south-1\"]"
                                << "steps[4].question.options[1]"
                                << "unknown option";
        QTest::newRow("item") << "steps[2].question.items=[\"detected\",\"lunch\"]"
                              << "steps[2].question.items[1]"
                              << "unknown phase";
        QTest::newRow("tolerance") << "steps[1].question.tolerance=2"
                                   << "steps[1].question.tolerance"
                                   << "at most 1";
        QTest::newRow("no takeaway at the end") << "steps[4].takeaway=null"
                                                << "steps[4].takeaway"
                                                << "takeaway";
    }
    void brokenLessonsNameThePath()
    {
        QFETCH(QString, edit);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QJsonObject document = builtinDocument(QStringLiteral("rpo-and-rto"));
        ScenarioError problem;
        // The same path syntax as --set: the edit breaks one field of a good lesson.
        QVERIFY2(applyOverride(document, edit, &problem), qPrintable(problem.toString()));
        ScenarioError error;
        QVERIFY(!lessonFromJson(document, &error));
        QVERIFY2(error.path.startsWith(path), qPrintable(error.toString()));
        QVERIFY2(error.toString().contains(message), qPrintable(error.toString()));
    }

    void syntaxErrorsGiveLineAndColumn()
    {
        ScenarioError error;
        QVERIFY(!parseLesson("{\n  \"format\": \"failover-lab-lesson\",\n  oops\n}", &error));
        QVERIFY2(error.toString().contains(QStringLiteral("line 3")), qPrintable(error.toString()));
    }

    void lessonsAreFoundByTheirScenario()
    {
        QVERIFY(builtinLessonsUsing(QStringLiteral("active-passive-async"))
                    .contains(QStringLiteral("rpo-and-rto")));
        QVERIFY(builtinLessonsUsing(QStringLiteral("no-such-scenario")).isEmpty());
        for (const QString &id : builtinLessonIds()) {
            ScenarioError error;
            const std::optional<Lesson> lesson = loadBuiltinLesson(id, &error);
            QVERIFY(lesson);
            QVERIFY(builtinLessonsUsing(lesson->scenarioName).contains(id));
        }
    }

    void unknownLessonListsTheIds()
    {
        ScenarioError error;
        QVERIFY(!loadBuiltinLesson(QStringLiteral("no-such-lesson"), &error));
        QVERIFY(error.toString().contains(QStringLiteral("rpo-and-rto")));
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
