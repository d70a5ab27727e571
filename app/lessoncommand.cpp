// SPDX-License-Identifier: GPL-3.0-or-later
// `failover-lab lessons` and `failover-lab lesson ID`: the guided lessons, headless. A lesson plays
// to its end; each step prints what the run measured, each question its key (measured, never
// read from the lesson file) and the grade of the answer given with --answer.
#include "cli.h"
#include "languagemanager.h"
#include "scenario/duration.h"
#include "scenario/jsonwriter.h"
#include "scenario/lessonplay.h"
#include "scenario/outputfile.h"
#include "scenario/worldids.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <map>

namespace fl::app {
namespace {

class LessonText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Lesson)
};

QString regionIdOf(const SimulationConfig &config, int r)
{
    return r < 0 ? QString() : scenario::regionIdText(config, static_cast<std::size_t>(r));
}

QJsonObject textJson(const scenario::LessonText &text)
{
    return {{QStringLiteral("en"), text.en}, {QStringLiteral("zh_CN"), text.zhCN}};
}

int questionCount(const scenario::Lesson &lesson)
{
    return static_cast<int>(scenario::questionSteps(lesson).size());
}

int runLessonsList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        LessonText::tr("Lists the guided lessons: id, topic, title, steps and questions. Play one with "
                       "'failover-lab lesson ID'."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  LessonText::tr("Print the list as JSON, titles in both "
                                                 "languages."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  LessonText::tr("Language of the titles: en or zh_CN."),
                                  QStringLiteral("LANG"));
    parser.addOptions({json, lang});
    const QString usage =
        parser.helpText().replace(QLatin1String("<executable_name>"), QStringLiteral("failover-lab lessons"));
    if (!parser.parse(arguments))
        return failBadInput(parser.errorText(), usage);
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage;
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return failBadInput(
            LessonText::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()), usage);
    const QString language = parser.isSet(lang) ? parser.value(lang) : QStringLiteral("en");
    QJsonArray list;
    QTextStream out(stdout);
    for (const QString &id : scenario::builtinLessonIds()) {
        scenario::ScenarioError error;
        const std::optional<scenario::Lesson> lesson = scenario::loadBuiltinLesson(id, &error);
        if (!lesson) {
            QTextStream(stderr) << "failover-lab: " << id << ": " << error.toString() << '\n';
            return ExitBadInput;
        }
        if (parser.isSet(json)) {
            list.append(QJsonObject{{QStringLiteral("id"), lesson->id},
                                    {QStringLiteral("topic"), lesson->topic},
                                    {QStringLiteral("title"), textJson(lesson->title)},
                                    {QStringLiteral("summary"), textJson(lesson->summary)},
                                    {QStringLiteral("scenario"), lesson->scenarioName},
                                    {QStringLiteral("steps"), static_cast<int>(lesson->steps.size())},
                                    {QStringLiteral("questions"), questionCount(*lesson)}});
        } else {
            out << QStringLiteral("%1  %2  %3  ")
                       .arg(lesson->topic, 2)
                       .arg(lesson->id, -32)
                       .arg(LessonText::tr("%Ln step(s)", nullptr, static_cast<int>(lesson->steps.size())),
                            -8)
                << LessonText::tr("%Ln question(s)", nullptr, questionCount(*lesson)) << "  "
                << lesson->title.in(language) << '\n';
        }
    }
    if (parser.isSet(json))
        out << scenario::readableJson(
            QJsonObject{{QStringLiteral("format"), QStringLiteral("failover-lab-lessons")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("lessons"), list}},
            {QStringLiteral("format"), QStringLiteral("version")});
    return finishWriting({});
}

// --answer N=VALUE, N counted from 1 over the lesson's questions.
std::optional<std::map<int, QString>> parseAnswers(const QStringList &values, int questions, QString *error)
{
    std::map<int, QString> answers;
    for (const QString &value : values) {
        bool ok = false;
        const int number = value.section(QLatin1Char('='), 0, 0).toInt(&ok);
        if (!value.contains(QLatin1Char('=')) || !ok) {
            *error =
                LessonText::tr("--answer: expected N=VALUE (N the question's number), not '%1'").arg(value);
            return std::nullopt;
        }
        if (number < 1 || number > questions) {
            *error =
                LessonText::tr("--answer %1: this lesson has %Ln question(s)", nullptr, questions).arg(value);
            return std::nullopt;
        }
        answers[number] = value.section(QLatin1Char('='), 1);
    }
    return answers;
}

QString outcomeLine(const scenario::StepOutcome &outcome, const SimulationConfig &config)
{
    const QLocale locale;
    QString line = LessonText::tr("%1 % of %2 requests succeeded; %Ln acknowledged write(s) lost", nullptr,
                                  static_cast<int>(outcome.writesLost))
                       .arg(scenario::lessonNumber(outcome.availabilityPct),
                            locale.toString(static_cast<qulonglong>(outcome.requestsFinished)));
    if (outcome.staleReads > 0)
        line += LessonText::tr("; %Ln stale read(s)", nullptr, static_cast<int>(outcome.staleReads));
    if (outcome.primary >= 0)
        line += LessonText::tr("; primary %1").arg(regionIdOf(config, outcome.primary));
    QStringList serving;
    for (std::size_t p = 0; p < outcome.servingRegion.size(); ++p)
        serving << QStringLiteral("%1 → %2").arg(scenario::populationIdText(config, p),
                                                 outcome.servingRegion[p] < 0
                                                     ? QStringLiteral("-")
                                                     : regionIdOf(config, outcome.servingRegion[p]));
    line += LessonText::tr("; serving %1").arg(serving.join(QLatin1String(", ")));
    return line;
}

QString secondsText(SimTime t)
{
    return LessonText::tr("%1 s").arg(scenario::lessonNumber(toSeconds(t)));
}

QString incidentLine(const Incident &incident, const SimulationConfig &config)
{
    // Seconds, not exact durations: a lesson's action lands a microsecond after its step begins.
    const QString rto = incident.serviceRecovered() ? secondsText(incident.rto()) : LessonText::tr("not yet");
    return LessonText::tr("incident at %1 in %2: RTO %3, RPO %4, %Ln write(s) lost", nullptr,
                          static_cast<int>(incident.lostWrites))
        .arg(secondsText(incident.failure), regionIdOf(config, incident.region), rto,
             secondsText(incident.rpo()));
}

QJsonObject outcomeJson(const scenario::StepOutcome &outcome, const SimulationConfig &config)
{
    QJsonObject serving;
    for (std::size_t p = 0; p < outcome.servingRegion.size(); ++p)
        serving[scenario::populationIdText(config, p)] =
            outcome.servingRegion[p] < 0 ? QJsonValue()
                                         : QJsonValue(regionIdOf(config, outcome.servingRegion[p]));
    QJsonArray incidents;
    for (const Incident &incident : outcome.incidents)
        incidents.append(
            QJsonObject{{QStringLiteral("region"), regionIdOf(config, incident.region)},
                        {QStringLiteral("failure_s"), toSeconds(incident.failure)},
                        {QStringLiteral("rto_s"),
                         incident.serviceRecovered() ? QJsonValue(toSeconds(incident.rto())) : QJsonValue()},
                        {QStringLiteral("rpo_s"), toSeconds(incident.rpo())},
                        {QStringLiteral("lost_writes"), static_cast<double>(incident.lostWrites)}});
    return {{QStringLiteral("requests_finished"), static_cast<double>(outcome.requestsFinished)},
            {QStringLiteral("requests_failed"), static_cast<double>(outcome.requestsFailed)},
            {QStringLiteral("availability_pct"), outcome.availabilityPct},
            {QStringLiteral("writes_lost"), static_cast<double>(outcome.writesLost)},
            {QStringLiteral("stale_reads"), static_cast<double>(outcome.staleReads)},
            {QStringLiteral("primary"),
             outcome.primary < 0 ? QJsonValue() : QJsonValue(regionIdOf(config, outcome.primary))},
            {QStringLiteral("serving"), serving},
            {QStringLiteral("incidents"), incidents}};
}

QJsonValue keyJson(const scenario::LessonQuestion &question, const scenario::MeasuredAnswer &key)
{
    switch (scenario::measureSpec(question.measure).kind) {
    case scenario::AnswerKind::Number:
        return key.number;
    case scenario::AnswerKind::Choice:
        return key.choice;
    case scenario::AnswerKind::Order:
        return QJsonArray::fromStringList(key.order);
    }
    return {};
}

int playLessonCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(LessonText::tr(
        "Plays a lesson to its end headless: each step's measured outcome, each question's answer "
        "key (measured from the run) and the grade of the answers given."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"), LessonText::tr("Language: en or zh_CN."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption answer(
        QStringLiteral("answer"),
        LessonText::tr("An answer to question N (from 1): an option's id or number, a "
                       "number, or an ordering as ids separated by commas."),
        QStringLiteral("N=VALUE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  LessonText::tr("Write the played lesson as JSON ('-' for "
                                                 "standard output)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), LessonText::tr("Print nothing but errors."));
    parser.addOptions({lang, answer, json, quiet});
    parser.addPositionalArgument(QStringLiteral("lesson"), LessonText::tr("A lesson's id, or a lesson file."),
                                 QStringLiteral("ID|FILE"));
    const QString usage =
        parser.helpText().replace(QLatin1String("<executable_name>"), QStringLiteral("failover-lab lesson"));
    if (!parser.parse(arguments))
        return failBadInput(parser.errorText(), usage);
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage;
        return ExitOk;
    }
    const QString language = parser.isSet(lang) ? parser.value(lang) : QStringLiteral("en");
    if (!ui::LanguageManager::availableLanguages().contains(language))
        return failBadInput(Cli::tr("--lang: unknown language '%1' (use en or zh_CN)").arg(language));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return failBadInput(positional.isEmpty()
                                ? LessonText::tr("name a lesson (failover-lab lessons lists them)")
                                : LessonText::tr("unexpected argument '%1'").arg(positional.at(1)),
                            usage);
    const QString name = positional.first();
    scenario::ScenarioError problem;
    const bool isFile = name.endsWith(QLatin1String(".json")) || name.contains(QLatin1Char('/'));
    const std::optional<scenario::Lesson> lesson =
        isFile ? scenario::loadLesson(name, &problem) : scenario::loadBuiltinLesson(name, &problem);
    if (!lesson)
        return failBadInput(problem.toString());
    QString error;
    const std::optional<std::map<int, QString>> answers =
        parseAnswers(parser.values(answer), questionCount(*lesson), &error);
    if (!answers)
        return failBadInput(error);
    const QString jsonPath = parser.value(json);
    if (parser.isSet(json) && !scenario::checkOutputFile(jsonPath, &error))
        return failBadInput(QStringLiteral("--json: ") + error);

    const bool print = !parser.isSet(quiet) && jsonPath != QLatin1String("-");
    QTextStream out(stdout);
    const SimulationConfig &config = lesson->scenario.config;
    if (print) {
        out << LessonText::tr("Lesson %1 · %2").arg(lesson->topic).arg(lesson->title.in(language)) << '\n'
            << lesson->summary.in(language) << '\n'
            << LessonText::tr("Scenario: %1").arg(lesson->scenarioName);
        if (!lesson->overrides.isEmpty())
            out << LessonText::tr(" (with %1)").arg(lesson->overrides.join(QLatin1String(", ")));
        out << "\n";
    }
    QJsonArray steps;
    int number = 0, answered = 0, right = 0;
    scenario::LessonPlayer player(*lesson);
    while (!player.finished()) {
        const std::size_t index = player.nextStep();
        const scenario::LessonStep &step = lesson->steps[index];
        const scenario::StepOutcome outcome = player.playStep();
        QJsonObject stepJson{{QStringLiteral("index"), static_cast<int>(index + 1)},
                             {QStringLiteral("title"), step.title.in(language)},
                             {QStringLiteral("start_s"), toSeconds(step.start)},
                             {QStringLiteral("end_s"), toSeconds(step.runTo)},
                             {QStringLiteral("outcome"), outcomeJson(outcome, config)}};
        if (print) {
            out << '\n'
                << LessonText::tr("Step %1/%2 · %3 (%4 → %5)")
                       .arg(index + 1)
                       .arg(lesson->steps.size())
                       .arg(step.title.in(language), scenario::formatDuration(step.start),
                            scenario::formatDuration(step.runTo))
                << '\n'
                << "  " << LessonText::tr("Measured: %1").arg(outcomeLine(outcome, config)) << '\n';
            for (const Incident &incident : outcome.incidents)
                out << "  " << incidentLine(incident, config) << '\n';
        }
        if (step.question) {
            ++number;
            if (!outcome.key)
                return failBadInput(
                    LessonText::tr("lesson %1, step %2: the run cannot answer its question: %3")
                        .arg(lesson->id)
                        .arg(index + 1)
                        .arg(outcome.keyError));
            const scenario::LessonQuestion &question = *step.question;
            QJsonObject questionJson{
                {QStringLiteral("number"), number},
                {QStringLiteral("prompt"), question.prompt.in(language)},
                {QStringLiteral("measure"), scenario::fromView(scenario::measureSpec(question.measure).id)},
                {QStringLiteral("key"), keyJson(question, *outcome.key)},
                {QStringLiteral("key_display"), outcome.key->display},
                {QStringLiteral("explanation"), outcome.key->explanation}};
            if (!question.options.isEmpty())
                questionJson[QStringLiteral("options")] = QJsonArray::fromStringList(question.options);
            if (!question.items.isEmpty())
                questionJson[QStringLiteral("items")] = QJsonArray::fromStringList(question.items);
            if (print) {
                out << "  " << LessonText::tr("Question %1: %2").arg(number).arg(question.prompt.in(language))
                    << '\n';
                if (!question.options.isEmpty())
                    out << "    "
                        << LessonText::tr("Options: %1").arg(question.options.join(QLatin1String(", ")))
                        << '\n';
                if (!question.items.isEmpty())
                    out << "    " << LessonText::tr("Items: %1").arg(question.items.join(QLatin1String(", ")))
                        << '\n';
                out << "    " << LessonText::tr("Measured answer: %1").arg(outcome.key->display) << '\n'
                    << "    " << outcome.key->explanation << '\n';
            }
            const auto given = answers->find(number);
            if (given != answers->end()) {
                const scenario::Grade grade = scenario::gradeAnswer(question, *outcome.key, given->second);
                if (!grade.valid)
                    return failBadInput(
                        QStringLiteral("--answer %1=%2: %3").arg(number).arg(given->second, grade.message));
                ++answered;
                right += grade.correct ? 1 : 0;
                questionJson[QStringLiteral("answer")] = given->second;
                questionJson[QStringLiteral("correct")] = grade.correct;
                questionJson[QStringLiteral("grade")] = grade.message;
                if (print)
                    out << "    " << LessonText::tr("Your answer %1: %2").arg(given->second, grade.message)
                        << '\n';
            }
            stepJson[QStringLiteral("question")] = questionJson;
        }
        if (!step.takeaway.isEmpty()) {
            stepJson[QStringLiteral("takeaway")] = step.takeaway.in(language);
            if (print)
                out << "  " << LessonText::tr("Takeaway: %1").arg(step.takeaway.in(language)) << '\n';
        }
        steps.append(stepJson);
    }
    if (print)
        out << '\n'
            << LessonText::tr("Score: %1 of %2 answered right (%Ln question(s) in the lesson)", nullptr,
                              number)
                   .arg(right)
                   .arg(answered)
            << '\n';
    QStringList errors;
    if (!jsonPath.isEmpty()) {
        const QJsonObject document{
            {QStringLiteral("format"), QStringLiteral("failover-lab-lesson-run")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("id"), lesson->id},
            {QStringLiteral("language"), language},
            {QStringLiteral("topic"), lesson->topic},
            {QStringLiteral("title"), lesson->title.in(language)},
            {QStringLiteral("scenario"), lesson->scenarioName},
            {QStringLiteral("overrides"), QJsonArray::fromStringList(lesson->overrides)},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("score"), QJsonObject{{QStringLiteral("questions"), number},
                                                  {QStringLiteral("answered"), answered},
                                                  {QStringLiteral("correct"), right}}},
            {QStringLiteral("trace_hash"), QString::number(player.simulation().traceHash(), 16)}};
        if (!scenario::writeOutputFile(
                jsonPath,
                scenario::readableJson(
                    document, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id")}),
                &error))
            errors << QStringLiteral("--json: ") + error;
    }
    return finishWriting(errors);
}

} // namespace

int runLessonsCommand(const QStringList &arguments)
{
    const std::unique_ptr<QCoreApplication> application = makeHeadlessApplication(arguments);
    return runLessonsList(arguments);
}

int runLessonCommand(const QStringList &arguments)
{
    const std::unique_ptr<QCoreApplication> application = makeHeadlessApplication(arguments);
    return playLessonCommand(arguments);
}

} // namespace fl::app
