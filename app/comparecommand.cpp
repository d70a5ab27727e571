// SPDX-License-Identifier: GPL-3.0-or-later
// `failover-lab compare`: two designs through one experiment (same seed, duration and fault
// schedule), and the measured comparison table.
#include "chartlook.h"
#include "charts/comparechart.h"
#include "cli.h"
#include "comparisontable.h"
#include "labtext.h"
#include "languagemanager.h"
#include "scenario/comparison.h"
#include "scenario/duration.h"
#include "scenario/outputfile.h"
#include "scenario/resourceestimate.h"
#include "scenario/runreport.h"
#include "scenario/scenariowriter.h"
#include "sim/simulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QtConcurrent>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace fl::app {
namespace {

class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Compare)
};

struct Options
{
    QCommandLineOption builtin{
        QStringLiteral("builtin"),
        CompareText::tr("A built-in scenario (see 'list') as a side; give it twice for "
                        "A and B, or once with --set-a/--set-b."),
        QStringLiteral("NAME")};
    QCommandLineOption setA{QStringLiteral("set-a"),
                            CompareText::tr("Change one field of A before validation (repeatable), as run's "
                                            "--set."),
                            QStringLiteral("PATH=VALUE")};
    QCommandLineOption setB{QStringLiteral("set-b"),
                            CompareText::tr("Change one field of B before validation (repeatable), e.g. "
                                            "data.mode=sync-quorum."),
                            QStringLiteral("PATH=VALUE")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            CompareText::tr("Run both sides with this seed (default: A's)."),
                            QStringLiteral("N")};
    QCommandLineOption duration{QStringLiteral("duration"),
                                CompareText::tr("Run both sides for T (default: A's duration)."),
                                QStringLiteral("T")};
    QCommandLineOption json{QStringLiteral("json"),
                            CompareText::tr("Write the comparison, with each side's full run report, as JSON "
                                            "to FILE ('-' for stdout)."),
                            QStringLiteral("FILE")};
    QCommandLineOption csv{QStringLiteral("csv"),
                           CompareText::tr("Write comparison.csv, and each side's run CSV files into a/ and "
                                           "b/, into DIR."),
                           QStringLiteral("DIR")};
    QCommandLineOption charts{QStringLiteral("charts"),
                              CompareText::tr("Draw the charts with A and B over each other into DIR."),
                              QStringLiteral("DIR")};
    QCommandLineOption format{QStringLiteral("format"),
                              CompareText::tr("Chart file format: png, svg or pdf (default png)."),
                              QStringLiteral("FORMAT"), QStringLiteral("png")};
    QCommandLineOption preset{QStringLiteral("preset"),
                              CompareText::tr("Charts for a use: slide, document or custom (default)."),
                              QStringLiteral("NAME"), QStringLiteral("custom")};
    QCommandLineOption emitDirectory{
        QStringLiteral("emit"),
        CompareText::tr("Write each side's effective scenario (a.json, b.json) into DIR: "
                        "'run' of either gives that side's figures."),
        QStringLiteral("DIR")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            CompareText::tr("Language of the table and the charts: en or zh_CN."),
                            QStringLiteral("CODE")};
    QCommandLineOption quiet{QStringLiteral("quiet"), CompareText::tr("Print no table.")};
    QCommandLineOption memoryLimit{QStringLiteral("memory-limit"),
                                   CompareText::tr("Refuse when the two runs' estimated memory exceeds SIZE, "
                                                   "e.g. 4G (default: half the physical memory)."),
                                   QStringLiteral("SIZE")};
};

// A side as the command line names it: a file or a built-in.
struct Source
{
    QString file;
    QString builtin;
};

class CompareCommand
{
public:
    explicit CompareCommand(const QStringList &arguments) : m_arguments(arguments) {}
    int exec();

private:
    std::optional<int> parseCommandLine();
    std::optional<int> loadSides();
    std::optional<int> checkCost();
    std::optional<int> checkDestinations();
    int writeOutputs(const Simulation &a, const Simulation &b);
    void printTable(QTextStream &out, const QJsonObject &reportA, const QJsonObject &reportB) const;
    std::vector<Source> sourcesInOrder() const;
    QString sideName(bool sideB) const;

    QStringList m_arguments;
    QCommandLineParser m_parser;
    Options m_options;
    QString m_usage;
    std::optional<scenario::ComparePair> m_pair;
    ui::ChartExportOptions m_chartOptions;
};

int CompareCommand::exec()
{
    for (auto step : {&CompareCommand::parseCommandLine, &CompareCommand::loadSides,
                      &CompareCommand::checkCost, &CompareCommand::checkDestinations}) {
        if (const std::optional<int> code = (this->*step)())
            return *code;
    }
    {
        QTextStream err(stderr);
        for (const QString &w : m_pair->warnings)
            err << "failover-lab: " << CompareText::tr("warning: %1").arg(w) << '\n';
    }
    // The two runs share nothing: B on a pool thread while A runs here.
    Simulation a = scenario::makeSimulation(m_pair->a);
    Simulation b = scenario::makeSimulation(m_pair->b);
    QFuture<void> other = QtConcurrent::run([&b, end = m_pair->b.duration] {
        b.runUntil(end);
        b.recountWrites();
    });
    a.runUntil(m_pair->a.duration);
    a.recountWrites();
    other.waitForFinished();
    return writeOutputs(a, b);
}

std::optional<int> CompareCommand::parseCommandLine()
{
    m_parser.setApplicationDescription(CompareText::tr(
        "Runs two designs through one experiment: the same seed, duration and fault schedule (A's faults "
        "and traffic commands replace B's own), and prints the measured comparison."));
    const QCommandLineOption help = m_parser.addHelpOption();
    m_parser.addOptions({m_options.builtin, m_options.setA, m_options.setB, m_options.seed,
                         m_options.duration, m_options.json, m_options.csv, m_options.charts,
                         m_options.format, m_options.preset, m_options.emitDirectory, m_options.lang,
                         m_options.quiet, m_options.memoryLimit});
    m_parser.addPositionalArgument(QStringLiteral("a"), CompareText::tr("Scenario file of side A (JSON)."),
                                   QStringLiteral("[A]"));
    m_parser.addPositionalArgument(QStringLiteral("b"), CompareText::tr("Scenario file of side B (JSON)."),
                                   QStringLiteral("[B]"));
    m_usage = m_parser.helpText();
    m_usage.replace(QLatin1String("<executable_name>"), QStringLiteral("failover-lab compare"));
    if (!m_parser.parse(m_arguments))
        return failBadInput(m_parser.errorText(), m_usage);
    if (m_parser.isSet(help)) {
        QTextStream(stdout) << m_usage;
        return ExitOk;
    }
    if (m_parser.isSet(m_options.lang) &&
        !ui::LanguageManager::availableLanguages().contains(m_parser.value(m_options.lang)))
        return failBadInput(
            Cli::tr("--lang: unknown language '%1' (use en or zh_CN)").arg(m_parser.value(m_options.lang)));
    const std::size_t sides = sourcesInOrder().size();
    if (sides < 1 || sides > 2)
        return failBadInput(CompareText::tr("give two scenarios (files or --builtin NAME, A first), or one "
                                            "with --set-a/--set-b"),
                            m_usage);
    return std::nullopt;
}

// The sides in the order the command line gives them, files and built-ins mixed.
std::vector<Source> CompareCommand::sourcesInOrder() const
{
    std::vector<Source> sources;
    QStringList files = m_parser.positionalArguments();
    const QStringList builtins = m_parser.values(m_options.builtin);
    qsizetype nextBuiltin = 0;
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        const QString &arg = m_arguments[i];
        if (arg == QLatin1String("--builtin") || arg.startsWith(QLatin1String("--builtin="))) {
            if (nextBuiltin < builtins.size())
                sources.push_back(Source{QString(), builtins[nextBuiltin++]});
            i += arg == QLatin1String("--builtin") ? 1 : 0;
        } else if (!files.isEmpty() && arg == files.first()) {
            sources.push_back(Source{files.takeFirst(), QString()});
        }
    }
    return sources;
}

// The scenario's name, and the overrides that made the side what it is.
QString CompareCommand::sideName(bool sideB) const
{
    const QString &name = sideB ? m_pair->b.name : m_pair->a.name;
    const QStringList overrides = m_parser.values(sideB ? m_options.setB : m_options.setA);
    return overrides.isEmpty() ? name
                               : QStringLiteral("%1 (%2)").arg(name, overrides.join(QStringLiteral(", ")));
}

std::optional<int> CompareCommand::loadSides()
{
    const std::vector<Source> sources = sourcesInOrder();
    const auto load = [this](const Source &source, const QCommandLineOption &set,
                             QString *error) -> std::optional<scenario::Scenario> {
        std::optional<scenario::Scenario> s =
            loadScenarioArgument(source.file, source.builtin, m_parser.values(set), error);
        if (!s && error->startsWith(QLatin1String("--set: ")))
            error->replace(0, 5, QStringLiteral("--") + set.names().first());
        return s;
    };
    QString error;
    std::optional<scenario::Scenario> a = load(sources[0], m_options.setA, &error);
    if (!a)
        return failBadInput(CompareText::tr("A: %1").arg(error));
    std::optional<scenario::Scenario> b = load(sources.back(), m_options.setB, &error);
    if (!b)
        return failBadInput(CompareText::tr("B: %1").arg(error));
    if (sources.size() == 1 && !m_parser.isSet(m_options.setA) && !m_parser.isSet(m_options.setB))
        return failBadInput(CompareText::tr("one scenario compares with itself: add --set-a or --set-b, or "
                                            "give a second scenario"),
                            m_usage);
    if (m_parser.isSet(m_options.seed)) {
        const std::optional<std::uint64_t> seed = parseSeedArgument(m_parser.value(m_options.seed), &error);
        if (!seed)
            return failBadInput(error);
        a->config.seed = b->config.seed = *seed;
    }
    if (m_parser.isSet(m_options.duration)) {
        const std::optional<SimTime> t = parseDurationArgument(m_parser.value(m_options.duration), &error);
        if (!t)
            return failBadInput(error);
        scenario::setDuration(*a, *t);
        scenario::setDuration(*b, *t);
    }
    m_pair = scenario::alignForCompare(*a, *b, &error);
    if (!m_pair)
        return failBadInput(error);
    return std::nullopt;
}

std::optional<int> CompareCommand::checkCost()
{
    std::uint64_t limit = scenario::defaultMemoryLimit();
    if (m_parser.isSet(m_options.memoryLimit)) {
        const std::optional<std::uint64_t> parsed =
            scenario::parseByteSize(m_parser.value(m_options.memoryLimit));
        if (!parsed)
            return failBadInput(
                CompareText::tr("--memory-limit: expected a size such as 512M or 4G, not '%1'")
                    .arg(m_parser.value(m_options.memoryLimit)));
        limit = *parsed;
    }
    scenario::ResourceEstimate both = scenario::estimateResources(m_pair->a);
    const scenario::ResourceEstimate other = scenario::estimateResources(m_pair->b);
    if (std::max(both.requests, other.requests) > scenario::kMaxProjectedRequests)
        return failBadInput(
            CompareText::tr("a side would simulate about %1 requests, more than the %2 a run may "
                            "take; shorten it (--duration) or lower the rates")
                .arg(QLocale().toString(std::max(both.requests, other.requests), 'g', 3),
                     QLocale().toString(scenario::kMaxProjectedRequests, 'g', 3)));
    both.bytes += other.bytes;
    both.requests += other.requests;
    if (both.bytes > static_cast<double>(limit))
        return failBadInput(scenario::memoryRefusal(both, limit) +
                            CompareText::tr(" (both sides together; raise the limit with --memory-limit)"));
    return std::nullopt;
}

// Every destination is checked before anything runs.
std::optional<int> CompareCommand::checkDestinations()
{
    QString problem;
    const std::optional<ui::ChartExportOptions> look =
        chartLook(m_parser.isSet(m_options.charts),
                  m_parser.isSet(m_options.format) || m_parser.isSet(m_options.preset),
                  m_parser.value(m_options.format), m_parser.value(m_options.preset), &problem);
    if (!look)
        return failBadInput(problem);
    m_chartOptions = *look;
    if (m_parser.isSet(m_options.json) &&
        !scenario::checkOutputFile(m_parser.value(m_options.json), &problem))
        return failBadInput(QStringLiteral("--json: ") + problem);
    for (const QCommandLineOption *dir : {&m_options.csv, &m_options.charts, &m_options.emitDirectory}) {
        if (!m_parser.isSet(*dir))
            continue;
        if (!scenario::checkOutputDirectory(m_parser.value(*dir), &problem))
            return failBadInput(QStringLiteral("--%1: ").arg(dir->names().first()) + problem);
        if (!QDir().mkpath(m_parser.value(*dir)))
            return failBadInput(CompareText::tr("--%1: cannot create the directory %2")
                                    .arg(dir->names().first(), m_parser.value(*dir)));
    }
    return std::nullopt;
}

int CompareCommand::writeOutputs(const Simulation &a, const Simulation &b)
{
    const QJsonObject reportA = scenario::runReportJson(m_pair->a, a);
    const QJsonObject reportB = scenario::runReportJson(m_pair->b, b);
    QStringList errors, written;
    QString problem;
    const QString jsonPath = m_parser.value(m_options.json);
    if (!jsonPath.isEmpty()) {
        if (!scenario::writeOutputFile(jsonPath, scenario::comparisonBytes(*m_pair, reportA, reportB),
                                       &problem))
            errors << problem;
        else if (jsonPath != QLatin1String("-"))
            written << jsonPath;
    }
    if (m_parser.isSet(m_options.csv)) {
        const QDir dir(m_parser.value(m_options.csv));
        const QString table = dir.filePath(QStringLiteral("comparison.csv"));
        if (!scenario::writeOutputFile(
                table, scenario::comparisonCsv(scenario::compareRows(reportA, reportB)), &problem))
            errors << problem;
        else
            written << table;
        for (const auto &[side, scenario, sim] : {std::tuple{QStringLiteral("a"), &m_pair->a, &a},
                                                  std::tuple{QStringLiteral("b"), &m_pair->b, &b}}) {
            if (!scenario::writeRunCsv(*scenario, *sim, dir.filePath(side), &written, &problem))
                errors << problem;
        }
    }
    if (m_parser.isSet(m_options.charts)) {
        const ui::CompareSide sideA{&a, QStringLiteral("A"), sideName(false)};
        const ui::CompareSide sideB{&b, QStringLiteral("B"), sideName(true)};
        if (!ui::CompareChart::exportAll(sideA, sideB, toSeconds(m_pair->a.duration),
                                         m_parser.value(m_options.charts), m_chartOptions, &written,
                                         &problem))
            errors << problem;
    }
    if (m_parser.isSet(m_options.emitDirectory)) {
        const QDir dir(m_parser.value(m_options.emitDirectory));
        for (const auto &[file, scenario] : {std::pair{QStringLiteral("a.json"), &m_pair->a},
                                             std::pair{QStringLiteral("b.json"), &m_pair->b}}) {
            if (!scenario::writeOutputFile(dir.filePath(file), scenario::scenarioToBytes(*scenario),
                                           &problem))
                errors << problem;
            else
                written << dir.filePath(file);
        }
    }
    if (!m_parser.isSet(m_options.quiet) && jsonPath != QLatin1String("-")) {
        QTextStream out(stdout);
        printTable(out, reportA, reportB);
        if (!written.isEmpty())
            out << CompareText::tr("Written: %1").arg(written.join(QStringLiteral(", "))) << '\n';
    }
    if (const int code = finishWriting(errors); code != ExitOk)
        return code;
    return ExitOk;
}

void CompareCommand::printTable(QTextStream &out, const QJsonObject &reportA,
                                const QJsonObject &reportB) const
{
    out << CompareText::tr("A: %1").arg(sideName(false)) << '\n'
        << CompareText::tr("B: %1").arg(sideName(true)) << '\n';
    out << CompareText::tr("Both ran for %1 with seed %2 and A's schedule of %n command(s).", nullptr,
                           static_cast<int>(scenario::sharedSchedule(m_pair->a).size()))
               .arg(scenario::formatDuration(m_pair->a.duration), QString::number(m_pair->a.config.seed))
        << '\n';
    const bool same =
        reportA.value(QStringLiteral("workload_hash")) == reportB.value(QStringLiteral("workload_hash"));
    out << (same ? CompareText::tr("Both sides' users issued the same requests (workload hash %1).")
                       .arg(reportA.value(QStringLiteral("workload_hash")).toString())
                 : CompareText::tr("The sides' users issued different requests (their populations or traffic "
                                   "differ), so the figures compare different workloads."))
        << "\n\n";
    printComparisonTable(out, scenario::compareRows(reportA, reportB), QStringLiteral("A"),
                         QStringLiteral("B"));
}

} // namespace

int runCompareCommand(const QStringList &arguments)
{
    const std::unique_ptr<QCoreApplication> application = makeHeadlessApplication(arguments);
    return CompareCommand(arguments).exec();
}

} // namespace fl::app
