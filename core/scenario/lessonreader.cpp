// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and validating lesson files (docs/lessons.md): every problem is named by its path.
#include "builtins.h"
#include "jsonfields.h"
#include "lesson.h"
#include "livesettings.h"
#include "overrides.h"
#include "scenarioreader.h"
#include "worldids.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fl::scenario {

using namespace fields;

namespace {

LessonText readText(const Fields &owner, const char *key, bool required)
{
    LessonText text;
    if (!owner.has(key)) {
        if (required)
            owner.required(key);
        return text;
    }
    const Fields fields(owner.value(key), owner.path(key));
    fields.allowOnly({QStringLiteral("en"), QStringLiteral("zh_CN")});
    text.en = fields.requiredString("en").trimmed();
    text.zhCN = fields.requiredString("zh_CN").trimmed();
    // A lesson is finished only in both languages.
    if (text.en.isEmpty())
        fail(fields.path("en"), Reader::tr("must not be empty"));
    if (text.zhCN.isEmpty())
        fail(fields.path("zh_CN"), Reader::tr("must not be empty"));
    return text;
}

QStringList stringList(const Fields &owner, const char *key)
{
    QStringList list;
    if (!owner.has(key))
        return list;
    const QJsonArray array = arrayAt(owner.value(key), owner.path(key));
    for (qsizetype i = 0; i < array.size(); ++i)
        list << Fields::stringValue(array[i], elementPath(owner.path(key), i));
    return list;
}

Scenario validScenario(const QJsonObject &document, const QString &where)
{
    ScenarioError problem;
    std::optional<Scenario> scenario = scenarioFromJson(document, &problem);
    if (!scenario)
        fail(where, problem.toString());
    return *scenario;
}

// The lesson being read: the scenario document as the steps so far have left it.
class LessonReader
{
public:
    Lesson read(const QJsonObject &root)
    {
        const Fields fields(root, QString());
        fields.allowOnly({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"),
                          QStringLiteral("topic"), QStringLiteral("title"), QStringLiteral("summary"),
                          QStringLiteral("scenario"), QStringLiteral("set"), QStringLiteral("steps")});
        const QString format = fields.requiredString("format");
        if (format != QLatin1String(kLessonFormatName))
            fail(fields.path("format"), Reader::tr("expected \"%1\", found %2")
                                            .arg(QLatin1String(kLessonFormatName), quoted(format)));
        const auto version = fields.integer("version", 0, 1, 1'000'000);
        if (version != kLessonFormatVersion)
            fail(fields.path("version"),
                 Reader::tr("this file uses lesson format version %1, but this Failover Lab "
                            "reads version %2")
                     .arg(version)
                     .arg(kLessonFormatVersion));
        m_lesson.id = fields.requiredString("id");
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!idPattern.match(m_lesson.id).hasMatch())
            fail(fields.path("id"),
                 Reader::tr("must be lower-case letters and digits joined by single hyphens"));
        m_lesson.topic = static_cast<int>(fields.integer("topic", 0, 1, 99));
        if (!fields.has("topic"))
            fields.required("topic");
        m_lesson.title = readText(fields, "title", true);
        m_lesson.summary = readText(fields, "summary", true);
        readScenario(fields);
        readSteps(fields);
        return m_lesson;
    }

private:
    void readScenario(const Fields &fields)
    {
        m_lesson.scenarioName = fields.requiredString("scenario");
        ScenarioError problem;
        std::optional<QJsonObject> document = readBuiltinDocument(m_lesson.scenarioName, &problem);
        if (!document)
            fail(fields.path("scenario"), problem.message);
        m_document = *document;
        m_lesson.overrides = stringList(fields, "set");
        for (qsizetype i = 0; i < m_lesson.overrides.size(); ++i) {
            if (!applyOverride(m_document, m_lesson.overrides[i], &problem))
                fail(elementPath(fields.path("set"), i), problem.toString());
        }
        m_lesson.scenario = validScenario(m_document, fields.path("set"));
        m_config = m_lesson.scenario.config;
    }

    void readSteps(const Fields &fields)
    {
        const QJsonArray steps = arrayAt(fields.required("steps"), fields.path("steps"));
        if (steps.size() < kMinLessonSteps || steps.size() > kMaxLessonSteps)
            fail(fields.path("steps"), Reader::tr("a lesson has %1 to %2 steps, found %3")
                                           .arg(kMinLessonSteps)
                                           .arg(kMaxLessonSteps)
                                           .arg(steps.size()));
        // The lesson runs for as long as its steps: its duration is the last step's end.
        SimTime end = 0;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const Fields step(steps[i], elementPath(fields.path("steps"), i));
            end = std::max(end, step.requiredDuration("run_to", DurationRange{end, kMaxDuration, true}));
        }
        // Faults the built-in schedules after the lesson's end could never apply. The document
        // keeps at least its own duration, so that its schedule stays valid for the checks below.
        setDuration(m_lesson.scenario, end);
        m_document[QStringLiteral("duration")] =
            formatDuration(std::max(end, validScenario(m_document, QString()).duration));
        SimTime start = 0;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            m_lesson.steps.push_back(readStep(Fields(steps[i], elementPath(fields.path("steps"), i)), start));
            start = m_lesson.steps.back().runTo;
        }
        if (m_lesson.steps.back().takeaway.isEmpty())
            fail(elementPath(fields.path("steps"), steps.size() - 1) + QStringLiteral(".takeaway"),
                 Reader::tr("the last step ends with the takeaway: required field is missing"));
        for (const LessonStep &step : m_lesson.steps)
            m_lesson.scenario.faults.insert(m_lesson.scenario.faults.end(), step.actions.begin(),
                                            step.actions.end());
    }

    LessonStep readStep(const Fields &fields, SimTime start)
    {
        fields.allowOnly({QStringLiteral("title"), QStringLiteral("text"), QStringLiteral("run_to"),
                          QStringLiteral("set"), QStringLiteral("do"), QStringLiteral("highlight"),
                          QStringLiteral("question"), QStringLiteral("takeaway")});
        LessonStep step;
        step.start = start;
        step.title = readText(fields, "title", true);
        step.text = readText(fields, "text", true);
        step.runTo = fields.requiredDuration("run_to", DurationRange{start, kMaxDuration, true});
        step.takeaway = readText(fields, "takeaway", false);
        readSettings(fields, step);
        readActions(fields, step);
        readHighlights(fields, step);
        if (fields.has("question"))
            step.question = readQuestion(Fields(fields.value("question"), fields.path("question")));
        return step;
    }

    // Setting changes by path, made live at the step's start: each must be one a running world
    // takes (scenario/livesettings.h), else it names the path.
    void readSettings(const Fields &fields, LessonStep &step)
    {
        const QStringList assignments = stringList(fields, "set");
        for (qsizetype i = 0; i < assignments.size(); ++i) {
            const QString where = elementPath(fields.path("set"), i);
            QJsonObject edited = m_document;
            ScenarioError problem;
            if (!applyOverride(edited, assignments[i], &problem))
                fail(where, problem.toString());
            const Scenario before = validScenario(m_document, where);
            const Scenario after = validScenario(edited, where);
            Scenario sameButConfig = before;
            sameButConfig.config = after.config;
            if (!(sameButConfig == after) || !reachedLive(before.config, after.config))
                fail(where, Reader::tr("%1 takes effect only when a run starts, so a step cannot change it "
                                       "(set it in the lesson's own \"set\")")
                                .arg(assignments[i].section(QLatin1Char('='), 0, 0)));
            for (const Command &command :
                 liveCommandsBetween(before.config, after.config, actionTime(step.start, step)))
                step.actions.push_back(command);
            m_document = edited;
        }
    }

    // Faults and operator actions, written as a scenario's schedule entries; "at" is optional (the
    // step's start) and must fall within the step.
    void readActions(const Fields &fields, LessonStep &step)
    {
        if (!fields.has("do"))
            return;
        const QJsonArray actions = arrayAt(fields.value("do"), fields.path("do"));
        for (qsizetype i = 0; i < actions.size(); ++i) {
            const QString where = elementPath(fields.path("do"), i);
            const Fields action(actions[i], where);
            QJsonObject entry = action.object();
            if (!entry.contains(QStringLiteral("at")))
                entry[QStringLiteral("at")] = formatDuration(step.start);
            const SimTime at = Fields(entry, where).requiredDuration("at", DurationRange{0, kMaxDuration});
            if (at < step.start || at >= step.runTo)
                fail(action.path("at"), Reader::tr("must be within the step, from %1 to before %2")
                                            .arg(formatDuration(step.start), formatDuration(step.runTo)));
            entry[QStringLiteral("at")] = formatDuration(actionTime(at, step));
            // The scenario reader checks the command: one schedule entry in this lesson's world.
            QJsonObject probe = m_document;
            probe[QStringLiteral("faults")] = QJsonArray{entry};
            ScenarioError problem;
            const std::optional<Scenario> checked = scenarioFromJson(probe, &problem);
            if (!checked) {
                const QString prefix = QStringLiteral("faults[0]");
                if (problem.path.startsWith(prefix))
                    fail(where + problem.path.mid(prefix.size()), problem.message);
                fail(where, problem.toString());
            }
            step.actions.push_back(checked->faults.front());
        }
    }

    // The instant the previous step stopped at belongs to it (its last metrics tick, and whatever
    // else happens then): an action at a step's start applies a microsecond later, so that it is
    // the step's own, seen in this step's measures and never in the previous one's.
    static SimTime actionTime(SimTime at, const LessonStep &step) { return at == step.start ? at + 1 : at; }

    void readHighlights(const Fields &fields, LessonStep &step)
    {
        const QStringList highlights = stringList(fields, "highlight");
        static const QRegularExpression chartPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        for (qsizetype i = 0; i < highlights.size(); ++i) {
            const QString where = elementPath(fields.path("highlight"), i);
            const QString kind = highlights[i].section(QLatin1Char(':'), 0, 0);
            const QString what = highlights[i].section(QLatin1Char(':'), 1);
            LessonHighlight highlight;
            if (kind == QLatin1String("region")) {
                highlight.kind = LessonHighlight::Kind::Region;
                highlight.a = region(where, what);
            } else if (kind == QLatin1String("population")) {
                highlight.kind = LessonHighlight::Kind::Population;
                highlight.a = populationIndexOf(m_config, what);
                if (highlight.a < 0)
                    fail(where, Reader::tr("unknown population %1 (this lesson's world has: %2)")
                                    .arg(quoted(what), joined(populationIdTexts(m_config))));
            } else if (kind == QLatin1String("link")) {
                highlight.kind = LessonHighlight::Kind::Link;
                highlight.a = region(where, what.section(QLatin1Char('~'), 0, 0));
                highlight.b = region(where, what.section(QLatin1Char('~'), 1));
                if (highlight.a == highlight.b)
                    fail(where, Reader::tr("a link joins two different regions"));
            } else if (kind == QLatin1String("chart") && chartPattern.match(what).hasMatch()) {
                highlight.kind = LessonHighlight::Kind::Chart;
                highlight.chart = what;
            } else {
                fail(where, Reader::tr("expected \"region:ID\", \"population:ID\", \"link:ID~ID\" or "
                                       "\"chart:KIND\", found %1")
                                .arg(quoted(highlights[i])));
            }
            step.highlights.push_back(highlight);
        }
    }

    int region(const QString &where, const QString &id) const
    {
        const int r = regionIndexOf(m_config, id);
        if (r < 0)
            fail(where, Reader::tr("unknown region %1 (this lesson's world has: %2)")
                            .arg(quoted(id), joined(regionIdTexts(m_config))));
        return r;
    }

    LessonQuestion readQuestion(const Fields &fields) const
    {
        fields.allowOnly({QStringLiteral("prompt"), QStringLiteral("measure"), QStringLiteral("region"),
                          QStringLiteral("population"), QStringLiteral("options"), QStringLiteral("items"),
                          QStringLiteral("tolerance"), QStringLiteral("tolerance_abs")});
        LessonQuestion question;
        question.prompt = readText(fields, "prompt", true);
        question.measure = fields.requiredChoice<Measure>("measure", measureFromId, measureIds());
        const MeasureSpec &spec = measureSpec(question.measure);
        const auto refuse = [&](const char *key) {
            if (fields.has(key))
                fail(fields.path(key),
                     Reader::tr("measure %1 does not take this field").arg(quoted(fromView(spec.id))));
        };
        switch (spec.subject) {
        case MeasureSubject::Region:
            question.subject = region(fields.path("region"), fields.requiredString("region"));
            refuse("population");
            break;
        case MeasureSubject::Population:
            question.subject = populationIndexOf(m_config, fields.requiredString("population"));
            if (question.subject < 0)
                fail(fields.path("population"),
                     Reader::tr("unknown population %1 (this lesson's world has: %2)")
                         .arg(quoted(fields.string("population")), joined(populationIdTexts(m_config))));
            refuse("region");
            break;
        case MeasureSubject::None:
            refuse("region");
            refuse("population");
            break;
        }
        if (spec.kind == AnswerKind::Choice) {
            const QStringList domain = spec.domain == ChoiceDomain::YesNo
                                           ? QStringList{QStringLiteral("yes"), QStringLiteral("no")}
                                           : regionIdTexts(m_config);
            question.options = fields.has("options") ? stringList(fields, "options") : domain;
            if (question.options.size() < 2)
                fail(fields.path("options"), Reader::tr("a choice needs at least two options"));
            for (qsizetype i = 0; i < question.options.size(); ++i) {
                if (!domain.contains(question.options[i]))
                    fail(elementPath(fields.path("options"), i),
                         Reader::tr("unknown option %1 (expected one of: %2)")
                             .arg(quoted(question.options[i]), joined(domain)));
                if (question.options.indexOf(question.options[i]) != i)
                    fail(elementPath(fields.path("options"), i), Reader::tr("listed twice"));
            }
        } else {
            refuse("options");
        }
        if (spec.kind == AnswerKind::Order) {
            question.items = stringList(fields, "items");
            if (!fields.has("items"))
                fields.required("items");
            if (question.items.size() < 2)
                fail(fields.path("items"), Reader::tr("an ordering needs at least two items"));
            for (qsizetype i = 0; i < question.items.size(); ++i) {
                if (!incidentPhaseIds().contains(question.items[i]))
                    fail(elementPath(fields.path("items"), i),
                         Reader::tr("unknown phase %1 (expected one of: %2)")
                             .arg(quoted(question.items[i]), joined(incidentPhaseIds())));
                if (question.items.indexOf(question.items[i]) != i)
                    fail(elementPath(fields.path("items"), i), Reader::tr("listed twice"));
            }
        } else {
            refuse("items");
        }
        if (spec.kind == AnswerKind::Number) {
            question.tolerance = fields.real("tolerance", 0.3, Range{0, 1, true});
            question.toleranceAbs = fields.real("tolerance_abs", 0, Range{0, 1e12});
        } else {
            refuse("tolerance");
            refuse("tolerance_abs");
        }
        return question;
    }

    Lesson m_lesson;
    QJsonObject m_document; // the scenario with the overrides and every live change read so far
    SimulationConfig m_config;
};

class Lessons
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Lessons)
};

} // namespace

std::optional<Lesson> lessonFromJson(const QJsonObject &document, ScenarioError *error)
{
    try {
        return LessonReader().read(document);
    } catch (const Invalid &invalid) {
        if (error)
            *error = invalid.error;
        return std::nullopt;
    }
}

std::optional<Lesson> parseLesson(const QByteArray &bytes, ScenarioError *error)
{
    // The same syntax rules (and messages, with line and column) as a scenario file.
    std::optional<QJsonObject> document = parseScenarioDocument(bytes, error);
    if (!document)
        return std::nullopt;
    return lessonFromJson(*document, error);
}

std::optional<Lesson> loadLesson(const QString &path, ScenarioError *error)
{
    std::optional<QJsonObject> document = readScenarioDocument(path, error);
    if (!document)
        return std::nullopt;
    return lessonFromJson(*document, error);
}

const std::vector<LessonHeader> &builtinLessonHeaders()
{
    static const std::vector<LessonHeader> headers = [] {
        std::vector<LessonHeader> read;
        const QStringList files =
            QDir(QStringLiteral(":/lessons")).entryList({QStringLiteral("*.json")}, QDir::Files);
        const auto text = [](const QJsonValue &value) {
            return LessonText{value[QLatin1String("en")].toString(),
                              value[QLatin1String("zh_CN")].toString()};
        };
        for (const QString &file : files) {
            QFile in(QStringLiteral(":/lessons/") + file);
            const QJsonObject root =
                in.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(in.readAll()).object() : QJsonObject();
            read.push_back({file.chopped(5), root.value(QStringLiteral("topic")).toInt(),
                            text(root.value(QStringLiteral("title"))),
                            text(root.value(QStringLiteral("summary"))),
                            root.value(QStringLiteral("scenario")).toString()});
        }
        std::sort(read.begin(), read.end(), [](const LessonHeader &x, const LessonHeader &y) {
            return x.topic != y.topic ? x.topic < y.topic : x.id < y.id;
        });
        return read;
    }();
    return headers;
}

QStringList builtinLessonIds()
{
    QStringList ids;
    for (const LessonHeader &header : builtinLessonHeaders())
        ids << header.id;
    return ids;
}

QStringList builtinLessonsUsing(const QString &scenarioName)
{
    QStringList ids;
    for (const LessonHeader &header : builtinLessonHeaders())
        if (header.scenarioName == scenarioName)
            ids << header.id;
    return ids;
}

QString builtinLessonPath(const QString &id)
{
    return QStringLiteral(":/lessons/%1.json").arg(id);
}

std::optional<Lesson> loadBuiltinLesson(const QString &id, ScenarioError *error)
{
    if (!builtinLessonIds().contains(id)) {
        if (error)
            *error = ScenarioError{QString(), Lessons::tr("no lesson is called \"%1\" (lessons: %2)")
                                                  .arg(id, builtinLessonIds().join(QLatin1String(", ")))};
        return std::nullopt;
    }
    return loadLesson(builtinLessonPath(id), error);
}

} // namespace fl::scenario
