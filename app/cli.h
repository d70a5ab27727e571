#pragma once

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QApplication;
class QCommandLineOption;
class QCommandLineParser;

namespace fl::app {

// Translation contexts for the command line's texts (lupdate finds Cli::tr("...") calls).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Cli)
};

// Exit codes shared by every subcommand (documented in the README).
enum ExitCode : int
{
    ExitOk = 0,
    ExitTargetMissed = 1, // a run missed its RPO or RTO target
    ExitBadInput = 2,     // an unknown option, a missing file, a bad field, an unusable destination
    ExitWriteFailed = 3,  // an output could not be written during or after the run (wins over 1)
};

// A headless subcommand: `failover-lab NAME [options]`. Each one owns its QCommandLineParser so
// that adding a command touches only its own file and one line in the table.
struct Subcommand
{
    const char *name;
    const char *summary;                      // marked with QT_TRANSLATE_NOOP("fl::app::Cli", ...)
    int (*run)(const QStringList &arguments); // arguments[0] is the command name
    // The command constructs its own application object (run needs a QApplication for --charts and
    // a QCoreApplication otherwise); runMain then creates none.
    bool createsApplication = false;
};

const std::vector<Subcommand> &subcommands();

// The end of a command that wrote outputs: standard output must have arrived (a full disk, a closed
// pipe), and every write error is printed, one "failover-lab: ..." line each. Returns
// ExitWriteFailed when anything failed, else ExitOk.
int finishWriting(QStringList errors);

// Prints "failover-lab: <message>" and a hint to stderr; returns ExitBadInput.
int failBadInput(const QString &message, const QString &usage = QString());

int runMain(int argc, char **argv);

// The scenario a command names: a file or a built-in, with `--set` overrides applied, validated.
// Fails with the one line to print in `error` (an override's problem starts "--set: ").
std::optional<scenario::Scenario> loadScenarioArgument(const QString &file, const QString &builtin,
                                                       const QStringList &overrides, QString *error);

// The second design of `--compare-with B`: the built-in named B, or else the scenario file B. Its
// name for the compare view goes to `name`.
std::optional<scenario::Scenario> loadCompareArgument(const QString &argument, QString *name, QString *error);

// What a command that runs one scenario parses first, after adding its options: the arguments,
// --help (prints the usage), --lang (must be a language of the lab) and the scenario — a file or
// --builtin NAME, exactly one. Adds the SCENARIO positional argument and fills `usage`. Returns the
// exit code when the command must stop here.
std::optional<int> parseScenarioCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                            const QString &command, const QCommandLineOption &help,
                                            const QCommandLineOption &builtin, const QCommandLineOption &lang,
                                            QString *usage);

// The value of --seed: a whole number from 0 to 2^64 - 1; nothing, with the sentence in `error`.
std::optional<std::uint64_t> parseSeedArgument(const QString &text, QString *error);
// The value of --duration: longer than 0 s and at most scenario::kMaxDuration.
std::optional<SimTime> parseDurationArgument(const QString &text, QString *error);

// The application object of a headless command, with its language set from --lang: a
// QApplication when the arguments ask for --charts (Qt Charts draws with QGraphicsWidgets; without a
// display it gets the offscreen platform), a QCoreApplication otherwise. Qt's chatter is silenced
// first (quietQtMessages).
std::unique_ptr<QCoreApplication> makeHeadlessApplication(const QStringList &arguments);

// What every window of the lab shows the desktop: its name, desktop entry and icon.
void configureGuiApplication(QApplication &app);

// Headless commands speak for themselves: their first stderr line is their own message, so Qt's
// debug output and warnings about the platform (XDG_RUNTIME_DIR, offscreen size hints) are
// dropped. Critical and fatal messages still print; FL_QT_MESSAGES=1 shows everything.
void quietQtMessages();

// The value of `--name VALUE` or `--name=VALUE` in raw arguments, read before any parsing: which
// application object to create and which language to speak must be known before the parser exists.
std::optional<QString> rawOption(const QStringList &arguments, const QString &name);

// Subcommands (one file each).
int runBenchCommand(const QStringList &arguments);
int runCatalogCommand(const QStringList &arguments);
int runCompareCommand(const QStringList &arguments);
int runLessonCommand(const QStringList &arguments);
int runLessonsCommand(const QStringList &arguments);
int runListCommand(const QStringList &arguments);
int runRunCommand(const QStringList &arguments);
int runScreenshotCommand(const QStringList &arguments);
int runSweepCommand(const QStringList &arguments);
int runMergeCommand(const QStringList &arguments);
int runPlanCommand(const QStringList &arguments);

} // namespace fl::app
