// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/planengine.h"
#include "cli.h"
#include "interruptnotifier.h"
#include "languagemanager.h"
#include "scenario/builtins.h"
#include "scenario/csv.h"
#include "scenario/designscreen.h"
#include "scenario/designspace.h"
#include "scenario/duration.h"
#include "scenario/outputfile.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"
#include "scenario/scenariowriter.h"
#include "scenario/sweepgrid.h"
#include "scenario/sweeptable.h"
#include "sweepprogress.h"
#include "unitformat.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <array>
#include <cmath>

namespace fl::app {
namespace {

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Plan)
};

constexpr int ExitInterrupted = 130;
constexpr int kScreenedListedPerKind = 20;

struct Options
{
    QCommandLineOption builtin{QStringLiteral("builtin"),
                               PlanText::tr("Plan for the built-in scenario NAME."), QStringLiteral("NAME")};
    QCommandLineOption set{QStringLiteral("set"),
                           PlanText::tr("Change one field of the world before planning (repeatable)."),
                           QStringLiteral("PATH=VALUE")};
    QCommandLineOption rpo{
        QStringLiteral("rpo"),
        PlanText::tr("The RPO target: the longest span of acknowledged writes one incident may "
                     "lose (e.g. 0s, 1s)."),
        QStringLiteral("T")};
    QCommandLineOption rto{
        QStringLiteral("rto"),
        PlanText::tr("The RTO target: the longest one incident may take until users are served "
                     "again (e.g. 90s, 5m)."),
        QStringLiteral("T")};
    QCommandLineOption budget{QStringLiteral("budget"),
                              PlanText::tr("The most a design may cost per hour, before it scales up."),
                              QStringLiteral("COST_PER_HOUR")};
    QCommandLineOption seeds{QStringLiteral("seeds"),
                             PlanText::tr("Seeds every design must meet the targets on (default 3)."),
                             QStringLiteral("K"), QStringLiteral("3")};
    QCommandLineOption seed{QStringLiteral("seed"), PlanText::tr("The first seed (default: the scenario's)."),
                            QStringLiteral("N")};
    QCommandLineOption duration{QStringLiteral("duration"),
                                PlanText::tr("Run each design for T instead of the scenario's duration."),
                                QStringLiteral("T")};
    QCommandLineOption jobs{QStringLiteral("jobs"),
                            PlanText::tr("Runs at once (default: the number of cores)."),
                            QStringLiteral("N")};
    QCommandLineOption top{
        QStringLiteral("top"),
        PlanText::tr("How many designs to recommend (default 5): simulation stops once this many "
                     "meet the targets and every cheaper one has been tried."),
        QStringLiteral("N"), QStringLiteral("5")};
    QCommandLineOption maxRuns{QStringLiteral("max-runs"),
                               PlanText::tr("The most simulations a plan may take (default 500)."),
                               QStringLiteral("N"), QStringLiteral("500")};
    QCommandLineOption json{QStringLiteral("json"),
                            PlanText::tr("Write the plan as JSON to FILE ('-' for stdout)."),
                            QStringLiteral("FILE")};
    QCommandLineOption emitDir{QStringLiteral("emit"),
                               PlanText::tr("Write each recommended design as a scenario file into DIR."),
                               QStringLiteral("DIR")};
    QCommandLineOption lang{QStringLiteral("lang"), PlanText::tr("Language of the output: en or zh_CN."),
                            QStringLiteral("CODE")};
    QCommandLineOption quiet{QStringLiteral("quiet"), PlanText::tr("Print no progress.")};
};

std::optional<int> positiveNumber(const QString &text, int low, int high)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok && v >= low && v <= high ? std::optional<int>(v) : std::nullopt;
}

class PlanCommand
{
public:
    explicit PlanCommand(const QStringList &arguments) : m_arguments(arguments) {}
    int exec();

private:
    std::optional<int> parse();
    std::optional<int> prepare();
    int report();

    QStringList m_arguments;
    QCommandLineParser m_parser;
    Options m_options;
    QString m_usage;
    ui::PlanRequest m_request;
    ui::PlanEngine m_engine;
};

int PlanCommand::exec()
{
    for (auto step : {&PlanCommand::parse, &PlanCommand::prepare}) {
        if (const std::optional<int> code = (this->*step)())
            return *code;
    }
    std::unique_ptr<SweepProgress> progress;
    if (!m_parser.isSet(m_options.quiet))
        progress =
            std::make_unique<SweepProgress>(m_engine.runsAtMost(), m_request.jobs, QStringLiteral("plan"));
    InterruptNotifier interrupt;
    QEventLoop loop;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &m_engine, [this, &progress] {
        m_engine.cancel();
        if (progress)
            progress->stop();
    });
    QObject::connect(&m_engine, &ui::PlanEngine::progress, &loop, [&progress] {
        if (progress)
            progress->runDone();
    });
    QObject::connect(&m_engine, &ui::PlanEngine::finished, &loop, &QEventLoop::quit);
    m_engine.start();
    loop.exec();
    if (progress)
        progress->finish();
    const int code = report();
    return m_engine.cancelled() && code != ExitWriteFailed ? ExitInterrupted : code;
}

std::optional<int> PlanCommand::parse()
{
    m_parser.setApplicationDescription(PlanText::tr(
        "Finds the designs of this world and workload that meet an RPO and an RTO target on every seed, "
        "cheapest first: it screens every candidate architecture, home region and roles, replication "
        "mode, failover detection, split-brain protection, routing and health-check setting (tens of "
        "thousands) with the closed forms, then confirms the survivors by simulating them with the "
        "scenario's fault schedule (or a standard region loss and partition when it has none)."));
    const QCommandLineOption help = m_parser.addHelpOption();
    m_parser.addOptions({m_options.builtin, m_options.set, m_options.rpo, m_options.rto, m_options.budget,
                         m_options.seeds, m_options.seed, m_options.duration, m_options.jobs, m_options.top,
                         m_options.maxRuns, m_options.json, m_options.emitDir, m_options.lang,
                         m_options.quiet});
    if (const std::optional<int> code = parseScenarioCommandLine(
            m_parser, m_arguments, QStringLiteral("plan"), help, m_options.builtin, m_options.lang, &m_usage))
        return code;
    for (const QCommandLineOption *target : {&m_options.rpo, &m_options.rto}) {
        if (!m_parser.isSet(*target))
            return failBadInput(PlanText::tr("--%1: a plan needs both targets, e.g. --rpo 0s --rto 2m")
                                    .arg(target->names().first()),
                                m_usage);
        const std::optional<SimTime> t = scenario::parseDuration(m_parser.value(*target));
        if (!t || *t < 0 || *t > scenario::kMaxDuration)
            return failBadInput(
                PlanText::tr("--%1: expected a duration from 0s to 24h, such as 0s, 30s or 5m, not '%2'")
                    .arg(target->names().first(), m_parser.value(*target)));
        (target == &m_options.rpo ? m_request.rpo : m_request.rto) = *t;
    }
    if (m_parser.isSet(m_options.budget)) {
        bool ok = false;
        const double b = m_parser.value(m_options.budget).toDouble(&ok);
        if (!ok || !(b > 0) || !std::isfinite(b))
            return failBadInput(PlanText::tr("--budget: expected a cost per hour above 0, not '%1'")
                                    .arg(m_parser.value(m_options.budget)));
        m_request.budgetPerHour = b;
    }
    const std::optional<int> seeds = positiveNumber(m_parser.value(m_options.seeds), 1, 1000);
    const std::optional<int> top = positiveNumber(m_parser.value(m_options.top), 1, 1000);
    const std::optional<int> maxRuns = positiveNumber(m_parser.value(m_options.maxRuns), 1, 10'000'000);
    if (!seeds)
        return failBadInput(PlanText::tr("--seeds: expected a whole number from 1 to 1000, not '%1'")
                                .arg(m_parser.value(m_options.seeds)));
    if (!top)
        return failBadInput(PlanText::tr("--top: expected a whole number from 1 to 1000, not '%1'")
                                .arg(m_parser.value(m_options.top)));
    if (!maxRuns || *maxRuns < *seeds)
        return failBadInput(
            PlanText::tr("--max-runs: expected a whole number from --seeds to 10000000, not '%1'")
                .arg(m_parser.value(m_options.maxRuns)));
    m_request.top = *top;
    m_request.maxRuns = *maxRuns;
    m_request.seeds = *seeds;
    m_request.jobs = QThread::idealThreadCount();
    if (m_parser.isSet(m_options.jobs)) {
        const std::optional<int> jobs = positiveNumber(m_parser.value(m_options.jobs), 1, 1024);
        if (!jobs)
            return failBadInput(PlanText::tr("--jobs: expected a whole number from 1 to 1024, not '%1'")
                                    .arg(m_parser.value(m_options.jobs)));
        m_request.jobs = *jobs;
    }
    QString error;
    if (m_parser.isSet(m_options.duration)) {
        m_request.duration = parseDurationArgument(m_parser.value(m_options.duration), &error);
        if (!m_request.duration)
            return failBadInput(error);
    }
    if (m_parser.isSet(m_options.json) && !scenario::checkOutputFile(m_parser.value(m_options.json), &error))
        return failBadInput(QStringLiteral("--json: ") + error);
    if (m_parser.isSet(m_options.emitDir) &&
        !scenario::checkOutputDirectory(m_parser.value(m_options.emitDir), &error))
        return failBadInput(QStringLiteral("--emit: ") + error);
    return std::nullopt;
}

// The world as the plan runs it: the document with --set applied; the engine builds the designs.
std::optional<int> PlanCommand::prepare()
{
    const QString file = m_parser.positionalArguments().value(0);
    const QString builtin = m_parser.value(m_options.builtin);
    scenario::ScenarioError problem;
    std::optional<QJsonObject> document = builtin.isEmpty()
                                              ? scenario::readScenarioDocument(file, &problem)
                                              : scenario::readBuiltinDocument(builtin, &problem);
    if (!document)
        return failBadInput(problem.toString());
    for (const QString &assignment : m_parser.values(m_options.set)) {
        if (!scenario::applyOverride(*document, assignment, &problem))
            return failBadInput(QStringLiteral("--set: ") + problem.toString());
    }
    m_request.document = *document;
    QString error;
    if (m_parser.isSet(m_options.seed)) {
        const std::optional<std::uint64_t> seed = parseSeedArgument(m_parser.value(m_options.seed), &error);
        if (!seed)
            return failBadInput(error);
        m_request.firstSeed = *seed;
    }
    if (!m_engine.prepare(m_request, &error))
        return failBadInput(error);
    return std::nullopt;
}

int PlanCommand::report()
{
    const ui::PlanOutcome o = m_engine.outcome();
    const std::vector<ui::PlanDesign> &designs = m_engine.designs();
    const QString rpo = scenario::formatDuration(m_request.rpo),
                  rto = scenario::formatDuration(m_request.rto);
    QString text;
    QTextStream t(&text);
    for (const QString &note : m_engine.notes())
        t << PlanText::tr("note: %1").arg(note) << '\n';
    const auto count = [](std::size_t n) { return QLocale().toString(static_cast<qulonglong>(n)); };
    t << PlanText::tr("%1 designs considered, screened in %2 s: %3 screened out by the closed forms (%4 over "
                      "the budget, %5 by the async-loss bound, %6 by the RTO bound), %7 not valid for this "
                      "world")
             .arg(count(designs.size()), QLocale().toString(m_engine.prepareSeconds(), 'f', 2),
                  count(o.screened), count(o.screenedBy[0]), count(o.screenedBy[1]), count(o.screenedBy[2]),
                  count(o.invalid))
      << '\n';
    const QString seedsNote =
        m_engine.seeds().size() > 1
            ? PlanText::tr(
                  "each on the first seed, and on the other %n seed(s) once it met the targets there",
                  nullptr, static_cast<int>(m_engine.seeds().size()) - 1)
            : PlanText::tr("each on one seed");
    t << PlanText::tr("%1 designs simulated (%2): %3 runs in %4 s on %5")
             .arg(count(o.simulated), seedsNote, count(m_engine.runsDone()),
                  QLocale().toString(m_engine.wallSeconds(), 'f', 1),
                  PlanText::tr("%n job(s)", nullptr, static_cast<int>(m_request.jobs)))
      << '\n';
    if (o.untriedAsCheap > 0)
        t << PlanText::tr("%1 designs that passed the screens and cost no more before scaling than the "
                          "recommended ones were not simulated: the plan stops once --top designs meet "
                          "the targets")
                 .arg(count(o.untriedAsCheap))
          << '\n';
    if (m_engine.stoppedAtMaxRuns())
        t << PlanText::tr("stopped at --max-runs %1: designs not simulated may be better")
                 .arg(m_request.maxRuns)
          << '\n';
    if (m_engine.cancelled())
        t << PlanText::tr("interrupted: what follows covers only the designs simulated so far") << '\n';

    const auto line = [this, &designs](std::size_t i) {
        const ui::PlanMeasure &m = *designs[i].measured;
        return PlanText::tr(
                   "%1/h · RPO worst %2, mean %3 · RTO worst %4, mean %5 · availability %6 % · p99 %7 ms\n"
                   "     %8")
            .arg(QLocale().toString(m.mean(&ui::PlanMeasure::costPerHourSum), 'f', 2),
                 ui::UnitFormat::duration(1000.0 * m.rpoWorst),
                 ui::UnitFormat::duration(1000.0 * m.mean(&ui::PlanMeasure::rpoSum)),
                 ui::UnitFormat::duration(1000.0 * m.rtoWorst),
                 ui::UnitFormat::duration(1000.0 * m.mean(&ui::PlanMeasure::rtoSum)),
                 QLocale().toString(100.0 * m.availabilityWorst, 'f', 2),
                 QLocale().toString(m.mean(&ui::PlanMeasure::p99Sum), 'f', 1), m_engine.candidate(i).label);
    };
    if (!o.recommended.empty()) {
        t << '\n'
          << PlanText::tr("Designs that meet RPO ≤ %1 and RTO ≤ %2 on every seed, cheapest first:")
                 .arg(rpo, rto)
          << '\n';
        for (std::size_t r = 0; r < o.recommended.size(); ++r)
            t << QStringLiteral("%1. ").arg(r + 1, 2) << line(o.recommended[r]) << '\n';
    } else {
        t << '\n'
          << PlanText::tr("None found: no design simulated meets RPO ≤ %1 and RTO ≤ %2 on every seed.")
                 .arg(rpo, rto)
          << '\n';
    }
    // Why the cheaper designs failed (or, with none found, how close the closest came): at most ten
    // here, all in the JSON; and the closed forms' verdicts by kind.
    if (!o.others.empty()) {
        t << '\n'
          << (o.recommended.empty() ? PlanText::tr("The closest designs:")
                                    : PlanText::tr("Cheaper designs that failed:"))
          << '\n';
        for (std::size_t k = 0; k < std::min<std::size_t>(10, o.others.size()); ++k) {
            t << "  - " << line(o.others[k]) << '\n'
              << "     " << designs[o.others[k]].measured->firstMiss << '\n';
        }
    }
    if (o.screened > 0) {
        t << '\n' << PlanText::tr("Screened out by the closed forms (no simulation needed):") << '\n';
        for (const auto kind :
             {scenario::ScreenVerdict::Kind::Budget, scenario::ScreenVerdict::Kind::AsyncLoss,
              scenario::ScreenVerdict::Kind::Rto}) {
            if (const std::size_t n = o.screenedBy[static_cast<std::size_t>(kind)]; n > 0)
                t << QStringLiteral("  %1 × %2\n").arg(count(n), 6).arg(scenario::screenKindLabel(kind));
        }
    }
    t.flush();
    if (m_parser.value(m_options.json) != QLatin1String("-"))
        QTextStream(stdout) << text;

    QStringList errors, emitted;
    if (m_parser.isSet(m_options.emitDir)) {
        const QString dir = m_parser.value(m_options.emitDir);
        if (!QDir().mkpath(dir))
            errors << PlanText::tr("--emit: cannot create the directory %1").arg(dir);
        for (std::size_t r = 0; r < o.recommended.size() && errors.isEmpty(); ++r) {
            const QString path = QDir(dir).filePath(QStringLiteral("design-%1.flab.json").arg(r + 1));
            QString error;
            if (!scenario::saveScenario(m_engine.designScenario(o.recommended[r], r), path, &error))
                errors << error;
            else
                emitted << path;
        }
    }
    if (m_parser.isSet(m_options.json)) {
        QJsonObject root;
        root[QStringLiteral("format")] = QStringLiteral("failover-lab-plan");
        root[QStringLiteral("version")] = 1;
        root[QStringLiteral("targets")] =
            QJsonObject{{QStringLiteral("rpo"), rpo}, {QStringLiteral("rto"), rto}};
        root[QStringLiteral("budget_per_hour")] =
            m_request.budgetPerHour ? QJsonValue(*m_request.budgetPerHour) : QJsonValue();
        QJsonArray seeds;
        for (std::uint64_t s : m_engine.seeds())
            seeds << static_cast<double>(s);
        root[QStringLiteral("seeds")] = seeds;
        root[QStringLiteral("notes")] = QJsonArray::fromStringList(m_engine.notes());
        root[QStringLiteral("designs")] = static_cast<double>(designs.size());
        root[QStringLiteral("invalid")] = static_cast<double>(o.invalid);
        root[QStringLiteral("screened")] = static_cast<double>(o.screened);
        QJsonObject screenedBy;
        for (const auto kind : {scenario::ScreenVerdict::Kind::Budget,
                                scenario::ScreenVerdict::Kind::AsyncLoss, scenario::ScreenVerdict::Kind::Rto})
            screenedBy[scenario::screenKindId(kind)] =
                static_cast<double>(o.screenedBy[static_cast<std::size_t>(kind)]);
        root[QStringLiteral("screened_by")] = screenedBy;
        root[QStringLiteral("prepare_s")] = m_engine.prepareSeconds();
        root[QStringLiteral("wall_s")] = m_engine.wallSeconds();
        root[QStringLiteral("untried_as_cheap")] = static_cast<double>(o.untriedAsCheap);
        root[QStringLiteral("simulated")] = static_cast<double>(o.simulated);
        root[QStringLiteral("runs")] = static_cast<double>(m_engine.runsDone());
        root[QStringLiteral("stopped_at_max_runs")] = m_engine.stoppedAtMaxRuns();
        root[QStringLiteral("interrupted")] = m_engine.cancelled();
        const auto designJson = [this, &designs](std::size_t i) {
            const ui::PlanDesign &d = designs[i];
            QJsonObject j = m_engine.candidate(i).toJson();
            j[QStringLiteral("nominal_cost_per_hour")] = d.nominalCost;
            j[QStringLiteral("estimated_rto_s")] = d.estimatedRto;
            if (d.measured) {
                const ui::PlanMeasure &m = *d.measured;
                j[QStringLiteral("seeds_met")] = m.seedsMet;
                j[QStringLiteral("rpo_s_worst")] = m.rpoWorst;
                j[QStringLiteral("rpo_s_mean")] = m.mean(&ui::PlanMeasure::rpoSum);
                j[QStringLiteral("rto_s_worst")] = m.rtoWorst;
                j[QStringLiteral("rto_s_mean")] = m.mean(&ui::PlanMeasure::rtoSum);
                j[QStringLiteral("incidents_not_recovered")] = m.incidentsNotRecovered;
                j[QStringLiteral("availability_worst")] = m.availabilityWorst;
                j[QStringLiteral("availability_mean")] = m.mean(&ui::PlanMeasure::availabilitySum);
                j[QStringLiteral("p99_ms_mean")] = m.mean(&ui::PlanMeasure::p99Sum);
                j[QStringLiteral("cost_per_hour_mean")] = m.mean(&ui::PlanMeasure::costPerHourSum);
                j[QStringLiteral("writes_lost_worst")] = static_cast<double>(m.lostWorst);
                if (!m.firstMiss.isEmpty())
                    j[QStringLiteral("first_miss")] = m.firstMiss;
            }
            if (d.screened) {
                j[QStringLiteral("screened")] = m_engine.screenReason(i);
                j[QStringLiteral("screened_by")] = scenario::screenKindId(d.screened->kind);
            }
            return j;
        };
        QJsonArray recommended, others, screenedOut;
        for (std::size_t r = 0; r < o.recommended.size(); ++r) {
            QJsonObject j = designJson(o.recommended[r]);
            j[QStringLiteral("rank")] = static_cast<double>(r + 1);
            if (r < static_cast<std::size_t>(emitted.size()))
                j[QStringLiteral("file")] = emitted[static_cast<qsizetype>(r)];
            recommended << j;
        }
        for (std::size_t i : o.others)
            others << designJson(i);
        // Tens of thousands in all: the first few of each kind, in the space's order, stand for them.
        std::array<int, 3> listed{};
        for (std::size_t i = 0; i < designs.size(); ++i) {
            if (!designs[i].screened || !designs[i].invalidReason.isEmpty())
                continue;
            int &n = listed[static_cast<std::size_t>(designs[i].screened->kind)];
            if (n++ < kScreenedListedPerKind)
                screenedOut << designJson(i);
        }
        root[QStringLiteral("screened_out_listed_per_kind")] = kScreenedListedPerKind;
        root[QStringLiteral("recommended")] = recommended;
        root[o.recommended.empty() ? QStringLiteral("closest") : QStringLiteral("cheaper_failed")] = others;
        root[QStringLiteral("screened_out")] = screenedOut;
        QString error;
        if (!scenario::writeOutputFile(m_parser.value(m_options.json), QJsonDocument(root).toJson(), &error))
            errors << error;
    }
    if (!errors.isEmpty()) {
        QTextStream err(stderr);
        for (const QString &e : errors)
            err << "failover-lab: " << e << '\n';
        return ExitWriteFailed;
    }
    return o.recommended.empty() ? ExitTargetMissed : ExitOk;
}

} // namespace

int runPlanCommand(const QStringList &arguments)
{
    const std::unique_ptr<QCoreApplication> application = makeHeadlessApplication(arguments);
    return PlanCommand(arguments).exec();
}

} // namespace fl::app
