// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "interruptnotifier.h"
#include "languagemanager.h"
#include "scenario/builtins.h"
#include "scenario/csv.h"
#include "scenario/designspace.h"
#include "scenario/duration.h"
#include "scenario/outputfile.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"
#include "scenario/scenariowriter.h"
#include "scenario/sweepgrid.h"
#include "scenario/sweeptable.h"
#include "spec/commands.h"
#include "sweepprogress.h"
#include "sweeprunner.h"

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
#include <cmath>
#include <map>

namespace fl::app {
namespace {

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Plan)
};

constexpr int ExitInterrupted = 130;

// What the simulations measured of one design, over its seeds.
struct Measured
{
    int seeds = 0;
    int seedsMet = 0;
    double rpoWorst = 0, rpoSum = 0;
    double rtoWorst = 0, rtoSum = 0; // an incident still open counts as lasting to the run's end
    int rtoOpen = 0;
    double availabilitySum = 0, availabilityWorst = 1;
    double p99Sum = 0;
    double costPerHourSum = 0;
    std::uint64_t lostWorst = 0;
    QString firstMiss; // "seed 12: RTO 95 s > 1m", ...
};

struct Design
{
    scenario::DesignCandidate candidate;
    std::optional<scenario::Scenario> scenario; // nothing: the combination is not a valid scenario
    QString invalidReason;
    std::optional<scenario::ScreenVerdict> screened; // the closed form's reason
    double nominalCost = 0;
    double estimatedRto = 0;
    std::optional<Measured> measured;
    bool meets() const { return measured && measured->seeds > 0 && measured->seedsMet == measured->seeds; }
};

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
                               PlanText::tr("The most simulations a plan may take (default 1500)."),
                               QStringLiteral("N"), QStringLiteral("1500")};
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

QString seconds(double s)
{
    return QLocale().toString(s, 'f', s < 1 ? 3 : s < 10 ? 2 : 0) + QStringLiteral(" s");
}

class PlanCommand
{
public:
    explicit PlanCommand(const QStringList &arguments) : m_arguments(arguments) {}
    int exec();

private:
    std::optional<int> parse();
    std::optional<int> prepare();
    bool simulate(std::vector<std::size_t> designs); // false: interrupted
    void collect(const scenario::SweepTable &table, const std::vector<std::size_t> &batch);
    int report();

    QStringList m_arguments;
    QCommandLineParser m_parser;
    Options m_options;
    QString m_usage;
    SimTime m_rpo = 0, m_rto = 0;
    std::optional<double> m_budget;
    std::vector<std::uint64_t> m_seeds;
    std::optional<SimTime> m_duration;
    int m_jobs = 1, m_top = 5, m_maxRuns = 1500;
    QStringList m_notes; // what the plan changed about the scenario, said once at the top
    std::vector<Design> m_designs;
    std::size_t m_runs = 0;
    double m_wallSeconds = 0;
    bool m_interrupted = false;
    bool m_runsCapped = false;
};

int PlanCommand::exec()
{
    for (auto step : {&PlanCommand::parse, &PlanCommand::prepare}) {
        if (const std::optional<int> code = (this->*step)())
            return *code;
    }
    QElapsedTimer wall;
    wall.start();
    // Cheapest first; within one price the shortest estimated recovery first. A price is simulated
    // whole, so that no cheaper or equally cheap design is left untried when the plan stops.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < m_designs.size(); ++i) {
        if (m_designs[i].scenario && !m_designs[i].screened)
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        const Design &x = m_designs[a], &y = m_designs[b];
        return std::tie(x.nominalCost, x.estimatedRto) < std::tie(y.nominalCost, y.estimatedRto);
    });
    std::size_t next = 0;
    while (next < order.size() && !m_interrupted) {
        std::size_t end = next;
        while (end < order.size() && m_designs[order[end]].nominalCost == m_designs[order[next]].nominalCost)
            ++end;
        const std::size_t room = (static_cast<std::size_t>(m_maxRuns) - m_runs) / m_seeds.size();
        if (room == 0) {
            m_runsCapped = true;
            break;
        }
        if (end - next > room) {
            end = next + room;
            m_runsCapped = true;
        }
        m_interrupted = !simulate({order.begin() + static_cast<std::ptrdiff_t>(next),
                                   order.begin() + static_cast<std::ptrdiff_t>(end)});
        next = end;
        const auto meeting =
            std::count_if(m_designs.begin(), m_designs.end(), [](const Design &d) { return d.meets(); });
        if (meeting >= m_top || m_runsCapped)
            break;
    }
    m_wallSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    const int code = report();
    return m_interrupted && code != ExitWriteFailed ? ExitInterrupted : code;
}

std::optional<int> PlanCommand::parse()
{
    m_parser.setApplicationDescription(PlanText::tr(
        "Finds the designs of this world and workload that meet an RPO and an RTO target on every seed, "
        "cheapest first: it screens every candidate architecture, replication mode, failover policy, "
        "split-brain protection, routing and health-check setting with the closed forms, then confirms "
        "the survivors by simulating them with the scenario's fault schedule (or a standard region loss "
        "and partition when it has none)."));
    const QCommandLineOption help = m_parser.addHelpOption();
    m_parser.addOptions({m_options.builtin, m_options.set, m_options.rpo, m_options.rto, m_options.budget,
                         m_options.seeds, m_options.seed, m_options.duration, m_options.jobs, m_options.top,
                         m_options.maxRuns, m_options.json, m_options.emitDir, m_options.lang,
                         m_options.quiet});
    m_parser.addPositionalArgument(QStringLiteral("scenario"), PlanText::tr("A scenario file (JSON)."),
                                   QStringLiteral("[SCENARIO]"));
    m_usage = m_parser.helpText();
    m_usage.replace(QLatin1String("<executable_name>"), QLatin1String("failover-lab plan"));
    if (!m_parser.parse(m_arguments))
        return failBadInput(m_parser.errorText(), m_usage);
    if (m_parser.isSet(help)) {
        QTextStream(stdout) << m_usage;
        return ExitOk;
    }
    if (m_parser.isSet(m_options.lang) &&
        !ui::LanguageManager::availableLanguages().contains(m_parser.value(m_options.lang)))
        return failBadInput(PlanText::tr("--lang: unknown language '%1' (use en or zh_CN)")
                                .arg(m_parser.value(m_options.lang)));
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 1)
        return failBadInput(PlanText::tr("unexpected argument '%1'").arg(positional.at(1)), m_usage);
    if (positional.isEmpty() == !m_parser.isSet(m_options.builtin))
        return failBadInput(PlanText::tr("name one scenario: a file or --builtin NAME"), m_usage);
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
        (target == &m_options.rpo ? m_rpo : m_rto) = *t;
    }
    if (m_parser.isSet(m_options.budget)) {
        bool ok = false;
        const double b = m_parser.value(m_options.budget).toDouble(&ok);
        if (!ok || !(b > 0) || !std::isfinite(b))
            return failBadInput(PlanText::tr("--budget: expected a cost per hour above 0, not '%1'")
                                    .arg(m_parser.value(m_options.budget)));
        m_budget = b;
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
    m_top = *top;
    m_maxRuns = *maxRuns;
    m_seeds.resize(static_cast<std::size_t>(*seeds));
    m_jobs = QThread::idealThreadCount();
    if (m_parser.isSet(m_options.jobs)) {
        const std::optional<int> jobs = positiveNumber(m_parser.value(m_options.jobs), 1, 1024);
        if (!jobs)
            return failBadInput(PlanText::tr("--jobs: expected a whole number from 1 to 1024, not '%1'")
                                    .arg(m_parser.value(m_options.jobs)));
        m_jobs = *jobs;
    }
    QString error;
    if (m_parser.isSet(m_options.duration)) {
        m_duration = parseDurationArgument(m_parser.value(m_options.duration), &error);
        if (!m_duration)
            return failBadInput(error);
    }
    if (m_parser.isSet(m_options.json) && !scenario::checkOutputFile(m_parser.value(m_options.json), &error))
        return failBadInput(QStringLiteral("--json: ") + error);
    if (m_parser.isSet(m_options.emitDir) &&
        !scenario::checkOutputDirectory(m_parser.value(m_options.emitDir), &error))
        return failBadInput(QStringLiteral("--emit: ") + error);
    return std::nullopt;
}

// The world as the plan runs it, and every candidate built, validated and screened.
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
    const std::optional<scenario::Scenario> base = scenario::scenarioFromJson(*document, &problem);
    if (!base)
        return failBadInput(problem.toString());

    // The schedule is what happens to the world; what operators or settings commands do in it
    // belongs to a design, so those are left out.
    QJsonArray kept;
    int dropped = 0;
    for (const QJsonValue &fault : document->value(QStringLiteral("faults")).toArray()) {
        const QString what = fault.toObject().value(QStringLiteral("do")).toString();
        bool worldEvent = false;
        for (const CommandSpec &spec : kCommandSpecs) {
            if (what == QLatin1String(spec.id.data(), static_cast<qsizetype>(spec.id.size())))
                worldEvent = spec.kind == CommandKind::Fault || spec.kind == CommandKind::Traffic;
        }
        if (worldEvent)
            kept << fault;
        else
            ++dropped;
    }
    (*document)[QStringLiteral("faults")] = kept;
    if (dropped > 0)
        m_notes << PlanText::tr(
            "left out %n setting or operator command(s) of the fault schedule: each design "
            "sets its own",
            nullptr, dropped);
    if (kept.isEmpty()) {
        scenario::addStandardFaults(*document);
        m_notes << PlanText::tr(
            "the scenario has no faults: every design faces the standard ones (the primary's "
            "region crashes at 2m and returns at 6m, is cut off from 9m to 12m; 14m in all)");
    }
    (*document)[QStringLiteral("targets")] =
        QJsonObject{{QStringLiteral("rpo"), scenario::formatDuration(m_rpo)},
                    {QStringLiteral("rto"), scenario::formatDuration(m_rto)}};

    QString error;
    std::uint64_t first = base->config.seed;
    if (m_parser.isSet(m_options.seed)) {
        const std::optional<std::uint64_t> seed = parseSeedArgument(m_parser.value(m_options.seed), &error);
        if (!seed)
            return failBadInput(error);
        first = *seed;
    }
    m_seeds = scenario::consecutiveSeeds(first, m_seeds.size());

    scenario::ScreenContext context;
    context.rpo = m_rpo;
    context.rto = m_rto;
    context.budgetPerHour = m_budget;
    for (scenario::DesignCandidate &candidate : scenario::enumerateDesigns(*document)) {
        Design d;
        QJsonObject designed = *document;
        for (const QString &assignment : candidate.overrides) {
            if (!scenario::applyOverride(designed, assignment, &problem)) {
                d.invalidReason = problem.toString();
                break;
            }
        }
        if (d.invalidReason.isEmpty()) {
            d.scenario = scenario::scenarioFromJson(designed, &problem);
            if (!d.scenario)
                d.invalidReason = problem.toString();
        }
        if (d.scenario) {
            d.scenario->name = QStringLiteral("plan-") + base->name;
            d.scenario->description = candidate.label;
            if (m_duration)
                scenario::setDuration(*d.scenario, *m_duration);
            context.primaryLost = scenario::scheduleLosesPrimary(*d.scenario);
            d.nominalCost = scenario::nominalCostPerHour(d.scenario->config);
            d.estimatedRto = scenario::estimatedRtoSeconds(d.scenario->config);
            d.screened = scenario::screenDesign(d.scenario->config, context);
        }
        d.candidate = std::move(candidate);
        m_designs.push_back(std::move(d));
    }
    return std::nullopt;
}

bool PlanCommand::simulate(std::vector<std::size_t> batch)
{
    scenario::SweepGrid grid;
    grid.axes = {{QStringLiteral("design"), {}}};
    std::vector<scenario::Scenario> cells;
    for (std::size_t i : batch) {
        grid.axes[0].values << QString::number(i);
        cells.push_back(*m_designs[i].scenario);
    }
    grid.seeds = m_seeds;
    std::vector<std::size_t> runs(grid.runCount());
    for (std::size_t r = 0; r < runs.size(); ++r)
        runs[r] = r;
    std::unique_ptr<SweepProgress> progress;
    if (!m_parser.isSet(m_options.quiet))
        progress = std::make_unique<SweepProgress>(runs.size(), m_jobs, QStringLiteral("plan"));
    std::map<std::size_t, QByteArray> rows;
    SweepRunner runner(grid, std::move(cells), runs, m_jobs);
    InterruptNotifier interrupt;
    QEventLoop loop;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &runner, [&runner, &progress] {
        runner.cancel();
        if (progress)
            progress->stop();
    });
    QObject::connect(&runner, &SweepRunner::rowFinished, &loop,
                     [&rows, &progress](std::size_t run, const QByteArray &row) {
                         rows.emplace(run, row);
                         if (progress)
                             progress->runDone();
                     });
    QObject::connect(&runner, &SweepRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    if (progress)
        progress->finish();
    m_runs += rows.size();
    QByteArray bytes = scenario::csvLine(scenario::sweepHeader({QStringLiteral("design")}));
    for (const auto &[run, row] : rows)
        bytes += row;
    QString error;
    if (const std::optional<scenario::SweepTable> table = scenario::readSweepTable(bytes, QString(), &error))
        collect(*table, batch);
    return !runner.cancelled();
}

void PlanCommand::collect(const scenario::SweepTable &table, const std::vector<std::size_t> &)
{
    const auto column = [&table](const char *name) { return table.header.indexOf(QByteArray(name)); };
    const qsizetype design = column("design"), seed = column("seed"), status = column("targets.status"),
                    rpo = column("incidents[*].rpo_s.max"), rto = column("incidents[*].rto_s.max"),
                    open = column("incidents[*].rto_s.open"),
                    availability = column("availability.by_requests"), p99 = column("latency_ms.p99"),
                    cost = column("cost.total"), lost = column("writes.lost");
    for (const QByteArrayList &row : table.rows) {
        Design &d = m_designs[row[design].toULongLong()];
        if (!d.measured)
            d.measured = Measured{};
        Measured &m = *d.measured;
        const double hours = toSeconds(d.scenario->duration) / 3600.0;
        const double rpoS = row[rpo].toDouble(), rtoS = row[rto].toDouble();
        const bool met = row[status] == "met" || row[status] == "no-incidents";
        ++m.seeds;
        m.seedsMet += met ? 1 : 0;
        m.rpoWorst = std::max(m.rpoWorst, rpoS);
        m.rpoSum += rpoS;
        m.rtoWorst = std::max(m.rtoWorst, rtoS);
        m.rtoSum += rtoS;
        m.rtoOpen += row[open].toInt();
        m.availabilitySum += row[availability].toDouble();
        m.availabilityWorst = std::min(m.availabilityWorst, row[availability].toDouble());
        m.p99Sum += row[p99].toDouble();
        m.costPerHourSum += hours > 0 ? row[cost].toDouble() / hours : 0;
        m.lostWorst = std::max<std::uint64_t>(m.lostWorst, row[lost].toULongLong());
        if (!met && m.firstMiss.isEmpty()) {
            QStringList why;
            if (rpoS > toSeconds(m_rpo) || (row[lost].toULongLong() > 0 && m_rpo == 0))
                why << PlanText::tr("RPO %1 > %2 (%n acknowledged write(s) lost)", nullptr, row[lost].toInt())
                           .arg(seconds(rpoS), scenario::formatDuration(m_rpo));
            if (rtoS > toSeconds(m_rto) || row[open].toInt() > 0)
                why << (row[open].toInt() > 0
                            ? PlanText::tr("an incident had not recovered when the run ended")
                            : PlanText::tr("RTO %1 > %2")
                                  .arg(seconds(rtoS), scenario::formatDuration(m_rto)));
            if (why.isEmpty())
                why << PlanText::tr("targets missed");
            m.firstMiss =
                PlanText::tr("seed %1: %2").arg(QString::fromUtf8(row[seed]), why.join(QStringLiteral(", ")));
        }
    }
}

int PlanCommand::report()
{
    std::vector<std::size_t> meeting, simulatedFailing;
    std::size_t invalid = 0, screened = 0;
    for (std::size_t i = 0; i < m_designs.size(); ++i) {
        const Design &d = m_designs[i];
        if (!d.scenario)
            ++invalid;
        else if (d.screened)
            ++screened;
        else if (d.meets())
            meeting.push_back(i);
        else if (d.measured)
            simulatedFailing.push_back(i);
    }
    const auto mean = [](const Design &d, double Measured::*sum) {
        return (*d.measured).*sum / d.measured->seeds;
    };
    std::stable_sort(meeting.begin(), meeting.end(), [&](std::size_t a, std::size_t b) {
        const Design &x = m_designs[a], &y = m_designs[b];
        // Cost, then latency, then the faster recovery.
        return std::tuple(mean(x, &Measured::costPerHourSum), mean(x, &Measured::p99Sum),
                          mean(x, &Measured::rtoSum)) < std::tuple(mean(y, &Measured::costPerHourSum),
                                                                   mean(y, &Measured::p99Sum),
                                                                   mean(y, &Measured::rtoSum));
    });
    const std::size_t simulated = meeting.size() + simulatedFailing.size();
    if (meeting.size() > static_cast<std::size_t>(m_top))
        meeting.resize(static_cast<std::size_t>(m_top));

    QTextStream out(stdout);
    const bool jsonToStdout = m_parser.value(m_options.json) == QLatin1String("-");
    QString text;
    QTextStream t(&text);
    for (const QString &note : m_notes)
        t << PlanText::tr("note: %1").arg(note) << '\n';
    t << PlanText::tr(
             "%1 designs: %2 not valid for this world, %3 screened out by the closed forms, %4 simulated "
             "with %5 seed(s) each: %6 runs in %7 s on %8 job(s)")
             .arg(m_designs.size())
             .arg(invalid)
             .arg(screened)
             .arg(simulated)
             .arg(m_seeds.size())
             .arg(m_runs)
             .arg(QLocale().toString(m_wallSeconds, 'f', 1))
             .arg(m_jobs)
      << '\n';
    if (m_runsCapped)
        t << PlanText::tr("stopped at --max-runs %1: designs not simulated may be better").arg(m_maxRuns)
          << '\n';
    if (m_interrupted)
        t << PlanText::tr("interrupted: what follows covers only the designs simulated so far") << '\n';

    const auto line = [&](const Design &d) {
        const Measured &m = *d.measured;
        return PlanText::tr(
                   "%1/h · RPO worst %2, mean %3 · RTO worst %4, mean %5 · availability %6 % · p99 %7 ms\n"
                   "     %8")
            .arg(QLocale().toString(m.costPerHourSum / m.seeds, 'f', 2), seconds(m.rpoWorst),
                 seconds(m.rpoSum / m.seeds), seconds(m.rtoWorst), seconds(m.rtoSum / m.seeds),
                 QLocale().toString(100.0 * m.availabilityWorst, 'f', 2),
                 QLocale().toString(m.p99Sum / m.seeds, 'f', 1), d.candidate.label);
    };
    if (!meeting.empty()) {
        t << '\n'
          << PlanText::tr("Designs that meet RPO ≤ %1 and RTO ≤ %2 on every seed, cheapest first:")
                 .arg(scenario::formatDuration(m_rpo), scenario::formatDuration(m_rto))
          << '\n';
        for (std::size_t r = 0; r < meeting.size(); ++r)
            t << QStringLiteral("%1. ").arg(r + 1, 2) << line(m_designs[meeting[r]]) << '\n';
    } else {
        t << '\n'
          << PlanText::tr("None found: no design simulated meets RPO ≤ %1 and RTO ≤ %2 on every seed.")
                 .arg(scenario::formatDuration(m_rpo), scenario::formatDuration(m_rto))
          << '\n';
    }
    // Why the cheaper designs failed: every one simulated below the best's price, cheapest first
    // (at most ten here; all in the JSON), and the closed forms' reasons by count.
    const double bestCost = meeting.empty() ? std::numeric_limits<double>::infinity()
                                            : mean(m_designs[meeting[0]], &Measured::costPerHourSum);
    std::vector<std::size_t> cheaperFailed;
    for (std::size_t i : simulatedFailing) {
        if (mean(m_designs[i], &Measured::costPerHourSum) < bestCost || meeting.empty())
            cheaperFailed.push_back(i);
    }
    // With none found, the closest first: the smallest worst excess over a target.
    const auto excess = [this](const Design &d) {
        const Measured &m = *d.measured;
        const double rpoOver = m.rpoWorst - toSeconds(m_rpo), rtoOver = m.rtoWorst - toSeconds(m_rto);
        return std::max({rpoOver, rtoOver, 0.0}) + (m.rtoOpen > 0 ? 1e6 : 0.0) +
               (m.seeds - m.seedsMet) * 1e-3;
    };
    if (meeting.empty())
        std::stable_sort(cheaperFailed.begin(), cheaperFailed.end(), [&](std::size_t a, std::size_t b) {
            return excess(m_designs[a]) < excess(m_designs[b]);
        });
    else
        std::stable_sort(cheaperFailed.begin(), cheaperFailed.end(), [&](std::size_t a, std::size_t b) {
            return mean(m_designs[a], &Measured::costPerHourSum) <
                   mean(m_designs[b], &Measured::costPerHourSum);
        });
    if (!cheaperFailed.empty()) {
        t << '\n'
          << (meeting.empty() ? PlanText::tr("The closest designs:")
                              : PlanText::tr("Cheaper designs that failed:"))
          << '\n';
        for (std::size_t k = 0; k < std::min<std::size_t>(10, cheaperFailed.size()); ++k) {
            const Design &d = m_designs[cheaperFailed[k]];
            t << "  - " << line(d) << '\n' << "     " << d.measured->firstMiss << '\n';
        }
    }
    std::map<scenario::ScreenVerdict::Kind, int> screenReasons;
    for (const Design &d : m_designs) {
        if (d.scenario && d.screened)
            ++screenReasons[d.screened->kind];
    }
    if (!screenReasons.empty()) {
        t << '\n' << PlanText::tr("Screened out by the closed forms (no simulation needed):") << '\n';
        for (const auto &[kind, count] : screenReasons)
            t << QStringLiteral("  %1 × %2\n").arg(count, 4).arg(scenario::screenKindLabel(kind));
    }
    t.flush();
    if (!jsonToStdout)
        out << text;
    out.flush();

    QStringList errors;
    QStringList emitted;
    if (m_parser.isSet(m_options.emitDir)) {
        const QString dir = m_parser.value(m_options.emitDir);
        if (!QDir().mkpath(dir))
            errors << PlanText::tr("--emit: cannot create the directory %1").arg(dir);
        for (std::size_t r = 0; r < meeting.size() && errors.isEmpty(); ++r) {
            scenario::Scenario s = *m_designs[meeting[r]].scenario;
            s.config.seed = m_seeds.front();
            s.name = QStringLiteral("%1-design-%2").arg(s.name).arg(r + 1);
            const QString path = QDir(dir).filePath(QStringLiteral("design-%1.flab.json").arg(r + 1));
            QString error;
            if (!scenario::saveScenario(s, path, &error))
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
            QJsonObject{{QStringLiteral("rpo"), scenario::formatDuration(m_rpo)},
                        {QStringLiteral("rto"), scenario::formatDuration(m_rto)}};
        root[QStringLiteral("budget_per_hour")] = m_budget ? QJsonValue(*m_budget) : QJsonValue();
        QJsonArray seeds;
        for (std::uint64_t s : m_seeds)
            seeds << static_cast<double>(s);
        root[QStringLiteral("seeds")] = seeds;
        root[QStringLiteral("designs")] = static_cast<double>(m_designs.size());
        root[QStringLiteral("invalid")] = static_cast<double>(invalid);
        root[QStringLiteral("screened")] = static_cast<double>(screened);
        root[QStringLiteral("simulated")] = static_cast<double>(simulated);
        root[QStringLiteral("runs")] = static_cast<double>(m_runs);
        root[QStringLiteral("stopped_at_max_runs")] = m_runsCapped;
        root[QStringLiteral("interrupted")] = m_interrupted;
        const auto measuredJson = [&](const Design &d) {
            QJsonObject o = d.candidate.toJson();
            o[QStringLiteral("nominal_cost_per_hour")] = d.nominalCost;
            o[QStringLiteral("estimated_rto_s")] = d.estimatedRto;
            if (d.measured) {
                const Measured &m = *d.measured;
                o[QStringLiteral("seeds_met")] = m.seedsMet;
                o[QStringLiteral("rpo_s_worst")] = m.rpoWorst;
                o[QStringLiteral("rpo_s_mean")] = m.rpoSum / m.seeds;
                o[QStringLiteral("rto_s_worst")] = m.rtoWorst;
                o[QStringLiteral("rto_s_mean")] = m.rtoSum / m.seeds;
                o[QStringLiteral("incidents_not_recovered")] = m.rtoOpen;
                o[QStringLiteral("availability_worst")] = m.availabilityWorst;
                o[QStringLiteral("availability_mean")] = m.availabilitySum / m.seeds;
                o[QStringLiteral("p99_ms_mean")] = m.p99Sum / m.seeds;
                o[QStringLiteral("cost_per_hour_mean")] = m.costPerHourSum / m.seeds;
                o[QStringLiteral("writes_lost_worst")] = static_cast<double>(m.lostWorst);
                if (!m.firstMiss.isEmpty())
                    o[QStringLiteral("first_miss")] = m.firstMiss;
            }
            if (d.screened)
                o[QStringLiteral("screened")] = d.screened->reason;
            return o;
        };
        QJsonArray recommended, failed, screenedOut;
        for (std::size_t r = 0; r < meeting.size(); ++r) {
            QJsonObject o = measuredJson(m_designs[meeting[r]]);
            o[QStringLiteral("rank")] = static_cast<double>(r + 1);
            if (r < static_cast<std::size_t>(emitted.size()))
                o[QStringLiteral("file")] = emitted[static_cast<qsizetype>(r)];
            recommended << o;
        }
        for (std::size_t i : cheaperFailed)
            failed << measuredJson(m_designs[i]);
        for (const Design &d : m_designs) {
            if (d.scenario && d.screened)
                screenedOut << measuredJson(d);
        }
        root[QStringLiteral("recommended")] = recommended;
        root[meeting.empty() ? QStringLiteral("closest") : QStringLiteral("cheaper_failed")] = failed;
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
    return meeting.empty() ? ExitTargetMissed : ExitOk;
}

} // namespace

int runPlanCommand(const QStringList &arguments)
{
    const std::unique_ptr<QCoreApplication> application = makeHeadlessApplication(arguments);
    return PlanCommand(arguments).exec();
}

} // namespace fl::app
