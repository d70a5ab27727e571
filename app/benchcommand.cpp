#include "bench/benchmarks.h"
#include "bench/guibench.h"
#include "bench/scrubbench.h"
#include "cli.h"
#include "sweepbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <map>
#include <optional>

namespace fl::app {
namespace {

// The process's peak resident set so far (Linux: VmHWM in /proc/self/status), in MiB; -1 where
// that is not known. Read here, not in the core: the model knows only its own entries.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith("VmHWM:"))
            continue;
        bool ok = false;
        const double kib = line.mid(6).trimmed().split(' ').value(0).toDouble(&ok);
        return ok ? kib / 1024.0 : -1;
    }
    return -1;
}

QJsonObject toJson(const bench::BenchResult &r, const std::map<std::string, double> &baselines)
{
    QJsonObject o;
    o[QStringLiteral("name")] = QString::fromStdString(r.name);
    o[QStringLiteral("events")] = static_cast<double>(r.events);
    o[QStringLiteral("seconds")] = r.seconds;
    o[QStringLiteral("events_per_sec")] = r.eventsPerSecond();
    if (r.operations > 0) {
        o[QStringLiteral("operations")] = static_cast<double>(r.operations);
        o[QStringLiteral("ops_per_sec")] = r.opsPerSecond();
    }
    if (r.simulatedSeconds > 0)
        o[QStringLiteral("simulated_seconds")] = r.simulatedSeconds;
    if (r.name == "engine") {
        if (auto it = baselines.find("baseline_heap"); it != baselines.end() && it->second > 0)
            o[QStringLiteral("ratio_to_baseline_heap")] = r.eventsPerSecond() / it->second;
    }
    if (r.measuresMemory) {
        o[QStringLiteral("retained_entries_peak")] = static_cast<double>(r.retainedPeak);
        o[QStringLiteral("retained_entries_end")] = static_cast<double>(r.retainedEnd);
        o[QStringLiteral("peak_rss_mib")] = peakRssMiB();
    }
    o[QStringLiteral("checksum")] = QString::number(r.checksum, 16);
    return o;
}

// `bench --gui` needs a QApplication; offscreen when there is no display to show the window on.
int runGuiBenchmark(bool json, double factor, const QStringList &only)
{
    // Offscreen, the screens are configured: the usual 800x600 first (the rows that size their
    // window themselves), then a 1080p and a 4K screen for the presenter rows.
    QTemporaryDir screens;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QByteArray platform = "offscreen";
        QFile config(screens.filePath(QStringLiteral("screens.json")));
        if (screens.isValid() && config.open(QIODevice::WriteOnly)) {
            config.write(R"({"screens": [
                {"name": "default", "x": 0, "y": 0, "width": 800, "height": 600, "logicalDpi": 96},
                {"name": "1080p", "x": 800, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
                {"name": "4k", "x": 2720, "y": 0, "width": 3840, "height": 2160, "logicalDpi": 96}]})");
            config.close();
            platform += ":configfile=" + QFile::encodeName(config.fileName());
        }
        qputenv("QT_QPA_PLATFORM", platform);
    }
    int argc = 1;
    char name[] = "failover-lab";
    char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QTextStream out(stdout);
    return ui::runGuiBench(out, json, factor, only);
}

// The first of `wanted` that names no engine benchmark.
std::optional<QString> unknownEngineBenchmark(const QStringList &wanted)
{
    for (const QString &name : wanted) {
        bool known = name == QLatin1String("sweep") || name == QLatin1String("scrub");
        for (const auto &b : bench::allBenchmarks())
            known = known || name == QString::fromStdString(b.name);
        if (!known)
            return name;
    }
    return std::nullopt;
}

// Runs the wanted engine benchmarks (all when none is named) and prints a table or JSON lines.
void printEngineBenchmarks(const QStringList &wanted, double factor, bool asJson)
{
    QTextStream out(stdout);
    std::map<std::string, double> baselines;
    if (!asJson)
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(QStringLiteral("name"), -34)
                   .arg(QStringLiteral("events"), 12)
                   .arg(QStringLiteral("seconds"), 9)
                   .arg(QStringLiteral("events/s"), 12)
                   .arg(QStringLiteral("ops/s"), 12);
    for (const auto &b : bench::allBenchmarks()) {
        if (!wanted.isEmpty() && !wanted.contains(QString::fromStdString(b.name)))
            continue;
        const bench::BenchResult r = b.run(factor);
        baselines[r.name] = r.eventsPerSecond();
        if (asJson) {
            out << QJsonDocument(toJson(r, baselines)).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(QString::fromStdString(r.name), -34)
                       .arg(r.events, 12)
                       .arg(r.seconds, 9, 'f', 3)
                       .arg(r.eventsPerSecond(), 12, 'g', 4)
                       .arg(r.operations > 0 ? QString::number(r.opsPerSecond(), 'g', 4)
                                             : QStringLiteral("-"),
                            12);
            // The process's peak so far: run such a row alone (--only) for its own figure.
            if (r.measuresMemory)
                out << QStringLiteral("%1 retained entries: peak %2, end %3; peak RSS %4 MiB\n")
                           .arg(QString(), -34)
                           .arg(r.retainedPeak)
                           .arg(r.retainedEnd)
                           .arg(peakRssMiB(), 0, 'f', 1);
        }
        out.flush();
    }
}

// The sweep benchmark lives in the app (it drives the thread pool the sweep command uses).
void printSweepBenchmark(double factor, bool asJson)
{
    const SweepBenchResult r = runSweepBenchmark(factor);
    QTextStream out(stdout);
    if (asJson) {
        QJsonObject o;
        o[QStringLiteral("name")] = QStringLiteral("sweep");
        o[QStringLiteral("runs")] = static_cast<double>(r.runs);
        o[QStringLiteral("jobs")] = r.jobs;
        o[QStringLiteral("seconds_one_job")] = r.secondsOneJob;
        o[QStringLiteral("seconds_all_jobs")] = r.secondsAllJobs;
        o[QStringLiteral("speedup")] = r.speedup();
        o[QStringLiteral("rows_identical")] = r.rowsIdentical;
        o[QStringLiteral("peak_rss_mib")] = peakRssMiB();
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << QStringLiteral(
                   "sweep: %1 runs, 1 job %2 s, %3 jobs %4 s, speedup %5x, rows %6; peak RSS %7 MiB\n")
                   .arg(r.runs)
                   .arg(r.secondsOneJob, 0, 'f', 2)
                   .arg(r.jobs)
                   .arg(r.secondsAllJobs, 0, 'f', 2)
                   .arg(r.speedup(), 0, 'f', 2)
                   .arg(r.rowsIdentical ? QStringLiteral("identical") : QStringLiteral("DIFFERENT"))
                   .arg(peakRssMiB(), 0, 'f', 1);
    }
    out.flush();
}

// The timeline's scrub benchmark: its own figures (jump latency, checkpoint memory) fit no row of
// the throughput table.
void printScrubBenchmark(double factor, bool asJson)
{
    const bench::ScrubBenchResult r = bench::scrubBenchmark(factor);
    QTextStream out(stdout);
    const auto mb = [](std::size_t bytes) { return static_cast<double>(bytes) / 1e6; };
    if (asJson) {
        QJsonObject o;
        o[QStringLiteral("name")] = QStringLiteral("scrub");
        o[QStringLiteral("session_s")] = r.sessionSeconds;
        o[QStringLiteral("run_seconds")] = r.runSeconds;
        o[QStringLiteral("checkpoint_seconds")] = r.checkpointSeconds;
        o[QStringLiteral("checkpoints")] = static_cast<double>(r.checkpoints);
        o[QStringLiteral("spacing_s")] = r.spacingSeconds;
        o[QStringLiteral("thinnings")] = r.thinnings;
        o[QStringLiteral("checkpoint_mb")] = mb(r.checkpointBytes);
        o[QStringLiteral("working_mb")] = mb(r.workingBytes);
        o[QStringLiteral("jumps")] = r.jumps;
        o[QStringLiteral("jump_p50_ms")] = r.jumpP50Ms;
        o[QStringLiteral("jump_p95_ms")] = r.jumpP95Ms;
        o[QStringLiteral("jump_max_ms")] = r.jumpMaxMs;
        o[QStringLiteral("exact")] = r.exact;
        o[QStringLiteral("peak_rss_mib")] = peakRssMiB();
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << QStringLiteral("scrub: %1 s session in %2 s (checkpoints %3 s); %4 checkpoints %5 s apart "
                              "(thinned %6x), %7 MB + %8 MB working; %9 jumps p50 %10 ms, p95 %11 ms, "
                              "max %12 ms; rebuilt worlds %13; peak RSS %14 MiB\n")
                   .arg(r.sessionSeconds, 0, 'f', 0)
                   .arg(r.runSeconds, 0, 'f', 1)
                   .arg(r.checkpointSeconds, 0, 'f', 2)
                   .arg(r.checkpoints)
                   .arg(r.spacingSeconds, 0, 'f', 0)
                   .arg(r.thinnings)
                   .arg(mb(r.checkpointBytes), 0, 'f', 1)
                   .arg(mb(r.workingBytes), 0, 'f', 1)
                   .arg(r.jumps)
                   .arg(r.jumpP50Ms, 0, 'f', 1)
                   .arg(r.jumpP95Ms, 0, 'f', 1)
                   .arg(r.jumpMaxMs, 0, 'f', 1)
                   .arg(r.exact ? QStringLiteral("exact") : QStringLiteral("DIFFERENT"))
                   .arg(peakRssMiB(), 0, 'f', 1);
    }
    out.flush();
}

} // namespace

int runBenchCommand(const QStringList &arguments)
{
    // `bench` creates its own application object (see the table in cli.cpp): a QApplication for
    // --gui, a QCoreApplication for the engine benchmarks.
    int argc = 1;
    char name[] = "failover-lab";
    char *argv[] = {name, nullptr};
    std::optional<QCoreApplication> app;
    if (!arguments.contains(QLatin1String("--gui")))
        app.emplace(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Runs the benchmarks and prints their throughput."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print one JSON object per line."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  Cli::tr("Run only the named benchmark (repeatable)."),
                                  QStringLiteral("name"));
    const QCommandLineOption scale(
        QStringLiteral("scale"), Cli::tr("Multiply the default amount of work (e.g. 0.1 for a quick look)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption gui(
        QStringLiteral("gui"),
        Cli::tr("Measure the lab's window instead: frame times and UI stalls (offscreen "
                "when there is no display)."));
    parser.addOptions({json, only, scale, gui});
    const QString usage = parser.helpText();

    if (!parser.parse(arguments))
        return failBadInput(parser.errorText(), usage);
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage;
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return failBadInput(Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()),
                            usage);
    bool scaleOk = false;
    const double factor = parser.value(scale).toDouble(&scaleOk);
    if (!scaleOk || !(factor > 0 && factor <= 1000)) // written so that NaN fails too
        return failBadInput(
            Cli::tr("--scale must be a number in (0, 1000], not '%1'").arg(parser.value(scale)));

    const QStringList wanted = parser.values(only);
    if (parser.isSet(gui)) {
        const QStringList rows = ui::guiBenchNames();
        for (const QString &name : wanted) {
            if (!rows.contains(name))
                return failBadInput(Cli::tr("unknown benchmark '%1'").arg(name));
        }
        return runGuiBenchmark(parser.isSet(json), factor, wanted);
    }

    if (const std::optional<QString> unknown = unknownEngineBenchmark(wanted))
        return failBadInput(Cli::tr("unknown benchmark '%1'").arg(*unknown));
    QStringList engineWanted = wanted;
    engineWanted.removeAll(QStringLiteral("sweep"));
    engineWanted.removeAll(QStringLiteral("scrub"));
    if (wanted.isEmpty() || !engineWanted.isEmpty())
        printEngineBenchmarks(engineWanted, factor, parser.isSet(json));
    if (wanted.isEmpty() || wanted.contains(QLatin1String("sweep")))
        printSweepBenchmark(factor, parser.isSet(json));
    if (wanted.isEmpty() || wanted.contains(QLatin1String("scrub")))
        printScrubBenchmark(factor, parser.isSet(json));
    return ExitOk;
}

} // namespace fl::app
