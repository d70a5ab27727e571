#include "charts/chartexporter.h"
#include "charts/comparechart.h"
#include "cli.h"
#include "comparisontable.h"
#include "forkrun.h"
#include "languagemanager.h"
#include "runsummary.h"
#include "scenario/builtins.h"
#include "scenario/comparison.h"
#include "scenario/duration.h"
#include "scenario/outputfile.h"
#include "scenario/overrides.h"
#include "scenario/resourceestimate.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "scenario/scenariowriter.h"
#include "sim/simulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace fl::app {
namespace {

class RunText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Run)
};

// Charts are drawn in memory: beyond this a side costs seconds and hundreds of megabytes per chart.
constexpr int kMaxChartSide = 8192;

struct Options
{
    QCommandLineOption builtin{QStringLiteral("builtin"),
                               RunText::tr("Run the built-in scenario NAME (see 'list')."),
                               QStringLiteral("NAME")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            RunText::tr("Use this random seed instead of the scenario's."),
                            QStringLiteral("N")};
    QCommandLineOption duration{
        QStringLiteral("duration"),
        RunText::tr("Run for T (e.g. 90s, 10m) instead of the scenario's duration; faults "
                    "after the new end are left out."),
        QStringLiteral("T")};
    QCommandLineOption set{
        QStringLiteral("set"),
        RunText::tr("Change one field before validation (repeatable), e.g. routing.dns_ttl=30s, "
                    "populations[0].rate=5000 or health={\"interval\":\"5s\"}. With --fork-at, the change "
                    "is made at T in a second branch instead."),
        QStringLiteral("PATH=VALUE")};
    QCommandLineOption forkAt{
        QStringLiteral("fork-at"),
        RunText::tr("Run to T, then continue two branches: unchanged, and with the --set changes made live "
                    "at T (at 0s: from the start); reports both."),
        QStringLiteral("T")};
    QCommandLineOption json{QStringLiteral("json"),
                            RunText::tr("Write the metrics as JSON to FILE ('-' for stdout)."),
                            QStringLiteral("FILE")};
    QCommandLineOption csv{QStringLiteral("csv"), RunText::tr("Write the metrics as CSV files into DIR."),
                           QStringLiteral("DIR")};
    QCommandLineOption charts{QStringLiteral("charts"), RunText::tr("Draw the charts into DIR."),
                              QStringLiteral("DIR")};
    QCommandLineOption format{QStringLiteral("format"),
                              RunText::tr("Chart file format: png, svg or pdf (default png)."),
                              QStringLiteral("FORMAT"), QStringLiteral("png")};
    QCommandLineOption size{QStringLiteral("chart-size"),
                            RunText::tr("Chart size in pixels, WIDTHxHEIGHT (default 1200x700)."),
                            QStringLiteral("WxH"), QStringLiteral("1200x700")};
    QCommandLineOption dpi{QStringLiteral("dpi"),
                           RunText::tr("Chart resolution in dots per inch (default 96)."),
                           QStringLiteral("N"), QStringLiteral("96")};
    QCommandLineOption preset{
        QStringLiteral("preset"),
        RunText::tr("Charts for a use: slide (16:9, 3840x2160 px at 2x, large type, thick lines), document "
                    "(page width at 300 dpi) or custom (default); --chart-size and --dpi override its size."),
        QStringLiteral("NAME"), QStringLiteral("custom")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            RunText::tr("Language of the summary and the charts: en or zh_CN."),
                            QStringLiteral("CODE")};
    QCommandLineOption quiet{QStringLiteral("quiet"),
                             RunText::tr("Print no summary (errors still go to stderr).")};
    QCommandLineOption memoryLimit{
        QStringLiteral("memory-limit"),
        RunText::tr("Refuse a scenario whose estimated memory exceeds SIZE, e.g. 2G (default: half "
                    "the physical memory)."),
        QStringLiteral("SIZE")};
};

class RunCommand
{
public:
    explicit RunCommand(const QStringList &arguments) : m_arguments(arguments) {}
    int exec();

private:
    // Each step returns an exit code when the run must stop there (help printed, or bad input).
    std::optional<int> parseCommandLine();
    std::optional<int> checkOutputOptions();
    std::optional<int> prepareScenario();
    int writeOutputs(const Simulation &sim, double wallSeconds);
    std::optional<int> prepareFork();
    int writeForkOutputs(const Simulation &branch0, const Simulation &branch1);
    void runWithProgress(Simulation &sim, SimTime end, bool long_);

    QStringList m_arguments;
    QCommandLineParser m_parser;
    Options m_options;
    QString m_usage;
    ui::ChartExportOptions m_chartOptions;
    std::uint64_t m_memoryLimit = 0;
    std::optional<scenario::Scenario> m_scenario;
    std::size_t m_faultsLeftOut = 0;
    scenario::ResourceEstimate m_estimate;
    std::optional<ForkPlan> m_fork;
};

int RunCommand::exec()
{
    for (auto step :
         {&RunCommand::parseCommandLine, &RunCommand::checkOutputOptions, &RunCommand::prepareScenario}) {
        if (const std::optional<int> code = (this->*step)())
            return *code;
    }
    if (m_fork) {
        const auto [branch0, branch1] = runFork(*m_fork);
        return writeForkOutputs(branch0, branch1);
    }
    // --- the run ---
    QElapsedTimer wall;
    wall.start();
    Simulation sim = scenario::makeSimulation(*m_scenario);
    runWithProgress(sim, m_scenario->duration, m_estimate.requests > scenario::kLongRunRequests);
    // The fate of acknowledged writes is counted at each metrics tick; count it as of the end.
    sim.recountWrites();
    const double wallSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;

    return writeOutputs(sim, wallSeconds);
}

std::optional<int> RunCommand::parseCommandLine()
{
    m_parser.setApplicationDescription(RunText::tr(
        "Runs a scenario as fast as the machine allows, prints a summary and writes its metrics."));
    const QCommandLineOption help = m_parser.addHelpOption();
    m_parser.addOptions({m_options.builtin, m_options.seed, m_options.duration, m_options.set, m_options.json,
                         m_options.csv, m_options.charts, m_options.format, m_options.size, m_options.dpi,
                         m_options.preset, m_options.lang, m_options.quiet, m_options.memoryLimit,
                         m_options.forkAt});
    return parseScenarioCommandLine(m_parser, m_arguments, QStringLiteral("run"), help, m_options.builtin,
                                    m_options.lang, &m_usage);
}

// Output options and destinations, checked before anything runs.
std::optional<int> RunCommand::checkOutputOptions()
{
    const bool charts = m_parser.isSet(m_options.charts);
    const std::optional<ui::ChartFormat> format =
        ui::ChartExporter::formatFromName(m_parser.value(m_options.format));
    if (!format)
        return failBadInput(RunText::tr("--format: unknown chart format '%1' (use png, svg or pdf)")
                                .arg(m_parser.value(m_options.format)));
    if (!charts && (m_parser.isSet(m_options.format) || m_parser.isSet(m_options.size) ||
                    m_parser.isSet(m_options.dpi) || m_parser.isSet(m_options.preset)))
        return failBadInput(
            RunText::tr("--format, --preset, --chart-size and --dpi apply to charts: add --charts DIR"));
    const std::optional<ui::ChartPreset> preset =
        ui::ChartExporter::presetFromName(m_parser.value(m_options.preset));
    if (!preset)
        return failBadInput(RunText::tr("--preset: unknown preset '%1' (use slide, document or custom)")
                                .arg(m_parser.value(m_options.preset)));
    const ui::ChartExportOptions look = ui::ChartExporter::presetOptions(*preset, *format);
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QString sizeText = m_parser.isSet(m_options.size) || *preset == ui::ChartPreset::Custom
                                 ? m_parser.value(m_options.size)
                                 : QStringLiteral("%1x%2").arg(look.size.width()).arg(look.size.height());
    const QRegularExpressionMatch size = sizePattern.match(sizeText);
    if (!size.hasMatch() || size.captured(1).toInt() > kMaxChartSide ||
        size.captured(2).toInt() > kMaxChartSide)
        return failBadInput(
            RunText::tr("--chart-size: expected WIDTHxHEIGHT from 10x10 to %1x%1 pixels, e.g. 1200x700, "
                        "not '%2'")
                .arg(kMaxChartSide)
                .arg(m_parser.value(m_options.size)));
    bool dpiOk = false;
    const QString dpiText = m_parser.isSet(m_options.dpi) || *preset == ui::ChartPreset::Custom
                                ? m_parser.value(m_options.dpi)
                                : QString::number(look.dpi);
    const int dpi = dpiText.toInt(&dpiOk);
    if (!dpiOk || dpi < 24 || dpi > 1200)
        return failBadInput(RunText::tr("--dpi: expected a whole number from 24 to 1200, not '%1'")
                                .arg(m_parser.value(m_options.dpi)));
    m_chartOptions =
        ui::ChartExportOptions{*format, QSize(size.captured(1).toInt(), size.captured(2).toInt()), dpi,
                               look.typeScale, look.lineScale};

    // Every destination is checked before anything runs: a long run must not end in "cannot
    // write" with its results gone.
    const QString jsonPath = m_parser.value(m_options.json);
    QString destinationError;
    if (m_parser.isSet(m_options.json) && !scenario::checkOutputFile(jsonPath, &destinationError))
        return failBadInput(QStringLiteral("--json: ") + destinationError);
    for (const QCommandLineOption *dirOption : {&m_options.csv, &m_options.charts}) {
        if (m_parser.isSet(*dirOption) &&
            !scenario::checkOutputDirectory(m_parser.value(*dirOption), &destinationError))
            return failBadInput(QStringLiteral("--%1: ").arg(dirOption->names().first()) + destinationError);
    }
    m_memoryLimit = scenario::defaultMemoryLimit();
    if (m_parser.isSet(m_options.memoryLimit)) {
        const std::optional<std::uint64_t> limit =
            scenario::parseByteSize(m_parser.value(m_options.memoryLimit));
        if (!limit)
            return failBadInput(RunText::tr("--memory-limit: expected a size such as 512M or 4G, not '%1'")
                                    .arg(m_parser.value(m_options.memoryLimit)));
        m_memoryLimit = *limit;
    }

    return std::nullopt;
}

// What to run: the document, overrides, seed and duration, validated; refused up front when it
// cannot be done.
std::optional<int> RunCommand::prepareScenario()
{
    // parseCommandLine() has checked that exactly one of the two is given.
    const QString file = m_parser.positionalArguments().value(0);
    const QString builtin = m_parser.value(m_options.builtin);

    QString loadError;
    if (m_parser.isSet(m_options.forkAt)) {
        if (const std::optional<int> code = prepareFork())
            return code;
    } else {
        m_scenario = loadScenarioArgument(file, builtin, m_parser.values(m_options.set), &loadError);
    }
    if (!m_scenario)
        return failBadInput(loadError);
    scenario::Scenario *s = &*m_scenario;
    QString argumentError;
    if (m_parser.isSet(m_options.seed)) {
        const std::optional<std::uint64_t> seed =
            parseSeedArgument(m_parser.value(m_options.seed), &argumentError);
        if (!seed)
            return failBadInput(argumentError);
        s->config.seed = *seed;
        if (m_fork)
            m_fork->base.config.seed = m_fork->branch.config.seed = *seed;
    }
    if (m_parser.isSet(m_options.duration)) {
        const std::optional<SimTime> t =
            parseDurationArgument(m_parser.value(m_options.duration), &argumentError);
        if (!t)
            return failBadInput(argumentError);
        m_faultsLeftOut = scenario::setDuration(*s, *t);
        if (m_fork) {
            if (m_fork->at >= *t)
                return failBadInput(
                    RunText::tr("--fork-at: %1 is not before the end of the run (%2)")
                        .arg(scenario::formatDuration(m_fork->at), scenario::formatDuration(*t)));
            scenario::setDuration(m_fork->base, *t);
            scenario::setDuration(m_fork->branch, *t);
        }
    }
    // --- what it will cost, refused up front when it cannot be done ---
    m_estimate = scenario::estimateResources(*s);
    if (m_fork) { // two worlds in memory at once
        const scenario::ResourceEstimate branch = scenario::estimateResources(m_fork->branch);
        m_estimate.bytes += branch.bytes;
        m_estimate.requests = std::max(m_estimate.requests, branch.requests);
    }
    const scenario::ResourceEstimate &estimate = m_estimate;
    if (estimate.bytes > static_cast<double>(m_memoryLimit))
        return failBadInput(scenario::memoryRefusal(estimate, m_memoryLimit) +
                            RunText::tr(" (raise the limit with --memory-limit)"));
    if (estimate.requests > scenario::kMaxProjectedRequests)
        return failBadInput(
            RunText::tr("the scenario would simulate about %1 requests "
                        "(populations[*].rate × duration; rates above 100,000/s per population "
                        "are issued faster than set, since arrival gaps are whole "
                        "microseconds), more than the %2 a run may take; shorten it "
                        "(--duration) or lower the rates")
                .arg(QLocale().toString(estimate.requests, 'g', 3),
                     QLocale().toString(scenario::kMaxProjectedRequests, 'g', 3)));

    if (m_parser.isSet(m_options.csv) && !QDir().mkpath(m_parser.value(m_options.csv)))
        return failBadInput(
            RunText::tr("--csv: cannot create the directory %1").arg(m_parser.value(m_options.csv)));
    if (m_parser.isSet(m_options.charts) && !QDir().mkpath(m_parser.value(m_options.charts)))
        return failBadInput(
            RunText::tr("--charts: cannot create the directory %1").arg(m_parser.value(m_options.charts)));

    return std::nullopt;
}

// The scenario without overrides, and the fork they make (see forkrun.h).
std::optional<int> RunCommand::prepareFork()
{
    QString error;
    const std::optional<SimTime> at = scenario::parseDuration(m_parser.value(m_options.forkAt));
    if (!at || *at < 0)
        return failBadInput(RunText::tr("--fork-at: expected a time such as 0s, 90s or 5m, not '%1'")
                                .arg(m_parser.value(m_options.forkAt)));
    if (!m_parser.isSet(m_options.set))
        return failBadInput(
            RunText::tr("--fork-at: add the changes branch 1 makes at T with --set PATH=VALUE"));
    const QString file = m_parser.positionalArguments().value(0);
    const QString builtin = m_parser.value(m_options.builtin);
    scenario::ScenarioError problem;
    const std::optional<QJsonObject> document = builtin.isEmpty()
                                                    ? scenario::readScenarioDocument(file, &problem)
                                                    : scenario::readBuiltinDocument(builtin, &problem);
    if (!document)
        return failBadInput(problem.toString());
    m_fork = planFork(*document, *at, m_parser.values(m_options.set), &error);
    if (!m_fork)
        return failBadInput(error);
    m_scenario = m_fork->base;
    return std::nullopt;
}

int RunCommand::writeForkOutputs(const Simulation &branch0, const Simulation &branch1)
{
    const QJsonObject report0 = scenario::runReportJson(m_fork->base, branch0);
    const QJsonObject report1 = scenario::runReportJson(m_fork->branch, branch1);
    const std::vector<scenario::CompareRow> rows = scenario::compareRows(report0, report1);
    QStringList errors, written;
    QString problem;
    const QString jsonPath = m_parser.value(m_options.json);
    if (!jsonPath.isEmpty()) {
        if (!scenario::writeOutputFile(jsonPath, forkBytes(*m_fork, report0, report1), &problem))
            errors << problem;
        else if (jsonPath != QLatin1String("-"))
            written << jsonPath;
    }
    if (m_parser.isSet(m_options.csv)) {
        const QDir dir(m_parser.value(m_options.csv));
        if (!scenario::writeOutputFile(dir.filePath(QStringLiteral("comparison.csv")),
                                       scenario::comparisonCsv(rows), &problem))
            errors << problem;
        else
            written << dir.filePath(QStringLiteral("comparison.csv"));
        if (!scenario::writeRunCsv(m_fork->base, branch0, dir.filePath(QStringLiteral("0")), &written,
                                   &problem) ||
            !scenario::writeRunCsv(m_fork->branch, branch1, dir.filePath(QStringLiteral("1")), &written,
                                   &problem))
            errors << problem;
    }
    const QString changes = m_fork->overrides.join(QStringLiteral(", "));
    const QString at = scenario::formatDuration(m_fork->at);
    if (m_parser.isSet(m_options.charts)) {
        const ui::CompareSide side0{&branch0, RunText::tr("branch 0"), RunText::tr("as it was")};
        const ui::CompareSide side1{&branch1, RunText::tr("branch 1"),
                                    RunText::tr("%1 from %2").arg(changes, at)};
        if (!ui::CompareChart::exportAll(side0, side1, toSeconds(m_fork->base.duration),
                                         m_parser.value(m_options.charts), m_chartOptions, &written,
                                         &problem))
            errors << problem;
    }
    if (!m_parser.isSet(m_options.quiet) && jsonPath != QLatin1String("-")) {
        QTextStream out(stdout);
        out << RunText::tr("%1, seed %2, run for %3; at %4 it forks.")
                   .arg(m_fork->base.name, QString::number(m_fork->base.config.seed),
                        scenario::formatDuration(m_fork->base.duration), at)
            << '\n'
            << RunText::tr("Branch 0 goes on as it was; branch 1 changes %1 %2.")
                   .arg(changes,
                        m_fork->at == 0 ? RunText::tr("from the start") : RunText::tr("live at %1").arg(at))
            << "\n\n";
        printComparisonTable(out, rows, RunText::tr("branch 0"), RunText::tr("branch 1"));
        if (!written.isEmpty())
            out << RunText::tr("Written: %1").arg(written.join(QStringLiteral(", "))) << '\n';
    }
    if (const int code = finishWriting(errors); code != ExitOk)
        return code;
    return ExitOk;
}

// A failure from here on is a write error (3), which wins over a missed target.
int RunCommand::writeOutputs(const Simulation &sim, double wallSeconds)
{
    const scenario::Scenario *s = &*m_scenario;
    const QString jsonPath = m_parser.value(m_options.json);
    const bool jsonToStdout = jsonPath == QLatin1String("-");
    RunOutputs outputs;
    QStringList writeErrors;
    if (!jsonPath.isEmpty()) {
        QString writeError;
        if (!scenario::writeOutputFile(jsonPath, scenario::runReportBytes(*s, sim), &writeError))
            writeErrors << writeError;
        else if (!jsonToStdout)
            outputs.json = jsonPath;
    }
    if (m_parser.isSet(m_options.csv)) {
        QString writeError;
        if (!scenario::writeRunCsv(*s, sim, m_parser.value(m_options.csv), &outputs.csv, &writeError))
            writeErrors << writeError;
    }
    if (m_parser.isSet(m_options.charts)) {
        QString writeError;
        if (!ui::ChartExporter::exportRunCharts(sim, s->name, toSeconds(s->duration),
                                                m_parser.value(m_options.charts), m_chartOptions,
                                                &outputs.charts, &writeError))
            writeErrors << writeError;
    }
    if (!m_parser.isSet(m_options.quiet) && !jsonToStdout) {
        QTextStream out(stdout);
        printRunSummary(out, *s, sim, wallSeconds, m_faultsLeftOut, outputs);
    }
    // Standard output may be a full disk or a closed pipe: what was printed must have arrived.
    if (const int code = finishWriting(writeErrors); code != ExitOk)
        return code;

    const auto misses = scenario::checkTargets(s->targets, scenario::measureIncidents(sim), sim.now());
    return misses.empty() ? ExitOk : ExitTargetMissed;
}

// Runs to `end`; a long run on a terminal shows how far it has got on stderr.
void RunCommand::runWithProgress(Simulation &sim, SimTime end, bool long_)
{
    if (!long_ || !::isatty(STDERR_FILENO)) {
        sim.runUntil(end);
        return;
    }
    QTextStream err(stderr);
    constexpr int kSteps = 200;
    for (int i = 1; i <= kSteps; ++i) {
        sim.runUntil(end / kSteps * i + (i == kSteps ? end % kSteps : 0));
        err << '\r'
            << RunText::tr("simulated %1 of %2 (%3 %)")
                   .arg(scenario::formatDuration(sim.now()), scenario::formatDuration(end))
                   .arg(i * 100 / kSteps)
            << Qt::flush;
    }
    err << '\n';
}

} // namespace

int runRunCommand(const QStringList &arguments)
{
    const std::unique_ptr<QCoreApplication> application = makeHeadlessApplication(arguments);
    return RunCommand(arguments).exec();
}

} // namespace fl::app
