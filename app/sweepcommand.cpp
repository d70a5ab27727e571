// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/sweeprunner.h"
#include "cli.h"
#include "interruptnotifier.h"
#include "languagemanager.h"
#include "scenario/csv.h"
#include "scenario/resourceestimate.h"
#include "scenario/sweepgrid.h"
#include "scenario/sweeptable.h"
#include "sweepoutputs.h"
#include "sweepprogress.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>
#include <cstdio>
#include <map>
#include <memory>

namespace fl::app {
namespace {

class SweepText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Sweep)
};

// The exit code of a sweep stopped by Ctrl-C, as a shell reports a process killed by SIGINT.
constexpr int ExitInterrupted = 130;
constexpr int kMaxSeeds = 100000;
constexpr std::size_t kMaxRuns = 10'000'000;

struct Options
{
    QCommandLineOption builtin{QStringLiteral("builtin"),
                               SweepText::tr("Sweep the built-in scenario NAME (see 'list')."),
                               QStringLiteral("NAME")};
    QCommandLineOption vary{QStringLiteral("vary"),
                            SweepText::tr("Vary one field over the values given (repeatable; the grid is "
                                          "every combination), e.g. routing.dns_ttl=10s,60s,300s."),
                            QStringLiteral("PATH=V1,V2,...")};
    QCommandLineOption set{QStringLiteral("set"),
                           SweepText::tr("Change one field in every run (repeatable), as run --set does."),
                           QStringLiteral("PATH=VALUE")};
    QCommandLineOption seeds{QStringLiteral("seeds"),
                             SweepText::tr("Run each cell with K seeds: the first seed, the first + 1, ... "
                                           "(default 1)."),
                             QStringLiteral("K"), QStringLiteral("1")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            SweepText::tr("The first seed (default: the scenario's)."), QStringLiteral("N")};
    QCommandLineOption duration{QStringLiteral("duration"),
                                SweepText::tr("Run each for T instead of the scenario's duration."),
                                QStringLiteral("T")};
    QCommandLineOption jobs{QStringLiteral("jobs"),
                            SweepText::tr("Runs at once (default: the number of cores)."),
                            QStringLiteral("N")};
    QCommandLineOption shard{QStringLiteral("shard"),
                             SweepText::tr("Do only the runs whose number is I modulo N (0-based), as one "
                                           "task of a batch job; join the shards with 'merge'."),
                             QStringLiteral("I/N")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            SweepText::tr("Language of the messages and the charts: en or zh_CN."),
                            QStringLiteral("CODE")};
    QCommandLineOption quiet{QStringLiteral("quiet"),
                             SweepText::tr("Print no progress and no summary (errors still go to stderr).")};
    SweepOutputOptions outputs;
};

class SweepCommand
{
public:
    explicit SweepCommand(const QStringList &arguments) : m_arguments(arguments) {}
    int exec();

private:
    std::optional<int> parseCommandLine();
    std::optional<int> prepareGrid();
    void acceptRow(std::size_t run, const QByteArray &row);
    void writeRow(const QByteArray &row);
    int finish(double wallSeconds);

    QStringList m_arguments;
    QCommandLineParser m_parser;
    Options m_options;
    QString m_usage;
    SweepDestinations m_destinations;
    scenario::SweepGrid m_grid;
    std::vector<scenario::Scenario> m_cells;
    std::vector<std::size_t> m_runs; // this shard's, in grid order
    int m_jobs = 1;
    QString m_shardText;

    // Rows in grid order as soon as every earlier one is done: to stdout, or to FILE.partial until
    // the sweep ends and FILE replaces it whole.
    QByteArray m_header;
    std::map<std::size_t, QByteArray> m_waiting; // finished, behind an unfinished earlier run
    std::size_t m_nextToWrite = 0;               // index into m_runs
    QByteArray m_written;                        // every row written so far, in order
    std::unique_ptr<QFile> m_partial;
    QStringList m_streamErrors;
    std::unique_ptr<SweepProgress> m_progress;
};

int SweepCommand::exec()
{
    for (auto step : {&SweepCommand::parseCommandLine, &SweepCommand::prepareGrid}) {
        if (const std::optional<int> code = (this->*step)())
            return *code;
    }
    const bool toStdout = m_destinations.rows.isEmpty() || m_destinations.rows == QLatin1String("-");
    m_header = scenario::csvLine(scenario::sweepHeader([this] {
        QStringList paths;
        for (const scenario::SweepAxis &axis : m_grid.axes)
            paths << axis.path;
        return paths;
    }()));
    if (toStdout) {
        writeRow(m_header);
    } else {
        m_partial = std::make_unique<QFile>(m_destinations.rows + QStringLiteral(".partial"));
        if (!m_partial->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failBadInput(SweepText::tr("--csv: cannot write %1: %2")
                                    .arg(m_partial->fileName(), m_partial->errorString()));
        writeRow(m_header);
    }

    QElapsedTimer wall;
    wall.start();
    const bool quiet = m_parser.isSet(m_options.quiet);
    if (!quiet)
        m_progress = std::make_unique<SweepProgress>(m_runs.size(), m_jobs);

    ui::SweepRunner runner(m_grid, std::move(m_cells), m_runs, m_jobs);
    InterruptNotifier interrupt;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &runner, [&runner, this] {
        if (runner.cancelled())
            return;
        runner.cancel();
        QTextStream(stderr) << '\n'
                            << SweepText::tr(
                                   "failover-lab: interrupted: stopping; every finished row is kept")
                            << '\n';
        if (m_progress)
            m_progress->stop();
    });
    QObject::connect(&runner, &ui::SweepRunner::rowFinished, &runner,
                     [this](std::size_t run, const QByteArray &row) { acceptRow(run, row); });
    QObject::connect(&runner, &ui::SweepRunner::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    runner.start();
    QCoreApplication::exec();
    if (m_progress)
        m_progress->finish();

    // Rows finished after a gap (only after Ctrl-C): in grid order, after the others.
    for (const auto &[index, row] : m_waiting)
        writeRow(row);
    m_waiting.clear();
    const int code = finish(static_cast<double>(wall.nsecsElapsed()) / 1e9);
    return runner.cancelled() && code == ExitOk ? ExitInterrupted : code;
}

void SweepCommand::acceptRow(std::size_t run, const QByteArray &row)
{
    const auto position =
        static_cast<std::size_t>(std::lower_bound(m_runs.begin(), m_runs.end(), run) - m_runs.begin());
    m_waiting.emplace(position, row);
    while (!m_waiting.empty() && m_waiting.begin()->first == m_nextToWrite) {
        writeRow(m_waiting.begin()->second);
        m_waiting.erase(m_waiting.begin());
        ++m_nextToWrite;
    }
    if (m_progress)
        m_progress->runDone();
}

void SweepCommand::writeRow(const QByteArray &row)
{
    m_written += row;
    if (!m_partial) {
        if (std::fwrite(row.constData(), 1, static_cast<std::size_t>(row.size()), stdout) !=
                static_cast<std::size_t>(row.size()) ||
            std::fflush(stdout) != 0) {
            if (m_streamErrors.isEmpty())
                m_streamErrors << SweepText::tr("cannot write to standard output");
        }
        return;
    }
    if (m_partial->write(row) != row.size() || !m_partial->flush()) {
        if (m_streamErrors.isEmpty())
            m_streamErrors
                << SweepText::tr("cannot write %1: %2").arg(m_partial->fileName(), m_partial->errorString());
    }
}

int SweepCommand::finish(double wallSeconds)
{
    QString problem;
    std::optional<scenario::SweepTable> table =
        scenario::readSweepTable(m_written, m_destinations.rows, &problem);
    QStringList written;
    QStringList errors = m_streamErrors;
    if (!table) {
        errors << problem; // cannot happen: the rows are this program's own
    } else {
        writeSweepOutputs(*table, m_destinations, m_partial != nullptr, &written, &errors);
    }
    if (m_partial) {
        m_partial->close();
        if (errors.isEmpty())
            m_partial->remove(); // FILE holds the same rows now
    }
    if (!m_parser.isSet(m_options.quiet)) {
        QTextStream err(stderr);
        const std::size_t rows = table ? table->rows.size() : 0;
        // Each count through its own plural form: one message cannot carry several.
        err << SweepText::tr("%1 of %2 (%3 x %4%5) in %6 s with %7")
                   .arg(SweepText::tr("%n run(s)", nullptr, static_cast<int>(rows)))
                   .arg(m_runs.size())
                   .arg(SweepText::tr("%n cell(s)", nullptr, static_cast<int>(m_grid.cellCount())),
                        SweepText::tr("%n seed(s)", nullptr, static_cast<int>(m_grid.seeds.size())),
                        m_shardText.isEmpty() ? QString() : SweepText::tr(", shard %1").arg(m_shardText),
                        QLocale().toString(wallSeconds, 'f', 1),
                        SweepText::tr("%n job(s)", nullptr, static_cast<int>(m_jobs)))
            << '\n';
        for (const QString &path : written)
            err << "  " << path << '\n';
    }
    if (!errors.isEmpty()) {
        QTextStream err(stderr);
        for (const QString &e : errors)
            err << "failover-lab: " << e << '\n';
        return ExitWriteFailed;
    }
    return ExitOk;
}

std::optional<int> SweepCommand::parseCommandLine()
{
    m_parser.setApplicationDescription(SweepText::tr(
        "Runs a scenario for every combination of the varied settings and every seed, on all cores, and "
        "writes one CSV row per run (in grid order, as soon as every earlier row is done), a summary over "
        "seeds and, with --charts, one chart per figure. A row equals 'failover-lab run' with the same "
        "--set, --seed and --duration. Ctrl-C stops, keeps every finished row and exits 130."));
    const QCommandLineOption help = m_parser.addHelpOption();
    m_parser.addOptions({m_options.builtin, m_options.vary, m_options.set, m_options.seeds, m_options.seed,
                         m_options.duration, m_options.jobs, m_options.shard, m_options.lang,
                         m_options.quiet});
    m_parser.addOptions(m_options.outputs.all());
    if (const std::optional<int> code =
            parseScenarioCommandLine(m_parser, m_arguments, QStringLiteral("sweep"), help, m_options.builtin,
                                     m_options.lang, &m_usage))
        return code;

    bool ok = false;
    const int seeds = m_parser.value(m_options.seeds).toInt(&ok);
    if (!ok || seeds < 1 || seeds > kMaxSeeds)
        return failBadInput(SweepText::tr("--seeds: expected a whole number from 1 to %1, not '%2'")
                                .arg(kMaxSeeds)
                                .arg(m_parser.value(m_options.seeds)));
    m_grid.seeds.resize(static_cast<std::size_t>(seeds));
    m_jobs = QThread::idealThreadCount();
    if (m_parser.isSet(m_options.jobs)) {
        m_jobs = m_parser.value(m_options.jobs).toInt(&ok);
        if (!ok || m_jobs < 1 || m_jobs > 1024)
            return failBadInput(SweepText::tr("--jobs: expected a whole number from 1 to 1024, not '%1'")
                                    .arg(m_parser.value(m_options.jobs)));
    }
    QString error;
    for (const QString &text : m_parser.values(m_options.vary)) {
        std::optional<scenario::SweepAxis> axis = scenario::parseSweepAxis(text, &error);
        if (!axis)
            return failBadInput(error);
        if (axis->path == QLatin1String("seed"))
            return failBadInput(SweepText::tr("--vary seed: give the number of seeds with --seeds K (and "
                                              "the first with --seed N)"));
        for (const scenario::SweepAxis &other : m_grid.axes) {
            if (other.path == axis->path)
                return failBadInput(SweepText::tr("--vary %1: the path is varied twice").arg(axis->path));
        }
        m_grid.axes.push_back(*axis);
    }
    std::optional<SweepDestinations> destinations = sweepDestinations(m_parser, m_options.outputs, &error);
    if (!destinations)
        return failBadInput(error);
    m_destinations = *destinations;
    return std::nullopt;
}

// Every cell's scenario, validated before the first run: a bad value fails now, naming its --vary.
std::optional<int> SweepCommand::prepareGrid()
{
    const QString file = m_parser.positionalArguments().value(0);
    const QString builtin = m_parser.value(m_options.builtin);
    const QStringList fixed = m_parser.values(m_options.set);
    QString error;
    const std::optional<scenario::Scenario> base = loadScenarioArgument(file, builtin, fixed, &error);
    if (!base)
        return failBadInput(error);
    std::uint64_t firstSeed = base->config.seed;
    if (m_parser.isSet(m_options.seed)) {
        const std::optional<std::uint64_t> seed = parseSeedArgument(m_parser.value(m_options.seed), &error);
        if (!seed)
            return failBadInput(error);
        firstSeed = *seed;
    }
    m_grid.seeds = scenario::consecutiveSeeds(firstSeed, m_grid.seeds.size());
    std::optional<SimTime> duration;
    if (m_parser.isSet(m_options.duration)) {
        duration = parseDurationArgument(m_parser.value(m_options.duration), &error);
        if (!duration)
            return failBadInput(error);
    }
    // Each value on its own first, so that the message names the one at fault.
    for (const scenario::SweepAxis &axis : m_grid.axes) {
        for (const QString &value : axis.values) {
            const QString assignment = axis.path + QLatin1Char('=') + value;
            if (!loadScenarioArgument(file, builtin, fixed + QStringList{assignment}, &error))
                return failBadInput(QStringLiteral("--vary %1: ").arg(assignment) +
                                    error.remove(QRegularExpression(QStringLiteral("^--set: "))));
        }
    }
    if (m_grid.cellCount() > kMaxRuns || m_grid.runCount() > kMaxRuns)
        return failBadInput(SweepText::tr("the grid has more than %1 runs; vary fewer values").arg(kMaxRuns));
    double peakBytes = 0;
    for (std::size_t c = 0; c < m_grid.cellCount(); ++c) {
        std::optional<scenario::Scenario> cell =
            loadScenarioArgument(file, builtin, fixed + m_grid.cellAssignments(c), &error);
        if (!cell)
            return failBadInput(SweepText::tr("the cell %1: %2")
                                    .arg(m_grid.cellAssignments(c).join(QStringLiteral(", ")), error));
        if (duration)
            scenario::setDuration(*cell, *duration);
        const scenario::ResourceEstimate estimate = scenario::estimateResources(*cell);
        if (estimate.requests > scenario::kMaxProjectedRequests)
            return failBadInput(SweepText::tr("the cell %1 would simulate about %2 requests, more than a run "
                                              "may take; shorten it (--duration) or lower the rates")
                                    .arg(m_grid.cellAssignments(c).join(QStringLiteral(", ")),
                                         QLocale().toString(estimate.requests, 'g', 3)));
        peakBytes = std::max(peakBytes, estimate.bytes);
        m_cells.push_back(std::move(*cell));
    }

    if (m_parser.isSet(m_options.shard)) {
        m_shardText = m_parser.value(m_options.shard);
        const std::optional<scenario::SweepShard> shard = scenario::parseSweepShard(m_shardText, &error);
        if (!shard)
            return failBadInput(error);
        for (std::size_t r = shard->index; r < m_grid.runCount(); r += shard->count)
            m_runs.push_back(r);
    } else {
        for (std::size_t r = 0; r < m_grid.runCount(); ++r)
            m_runs.push_back(r);
    }
    // Runs at once each hold a whole simulation: the pool must fit in memory together.
    const int concurrent =
        static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(m_jobs), m_runs.size()));
    const std::uint64_t limit = scenario::defaultMemoryLimit();
    if (peakBytes * std::max(1, concurrent) > static_cast<double>(limit))
        return failBadInput(SweepText::tr("%1 runs at once would need about %2 of memory, more than the "
                                          "limit of %3 (half the physical memory); lower --jobs")
                                .arg(concurrent)
                                .arg(scenario::formatBytes(peakBytes * concurrent),
                                     scenario::formatBytes(static_cast<double>(limit))));
    return std::nullopt;
}

} // namespace

int runSweepCommand(const QStringList &arguments)
{
    const std::unique_ptr<QCoreApplication> application = makeHeadlessApplication(arguments);
    return SweepCommand(arguments).exec();
}

} // namespace fl::app
