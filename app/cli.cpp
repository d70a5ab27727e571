#include "cli.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "scenario/builtins.h"
#include "scenario/duration.h"
#include "scenario/lesson.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace fl::app {
namespace {

QString commandListText()
{
    QString text = Cli::tr("Commands:") + QLatin1Char('\n');
    for (const Subcommand &c : subcommands())
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name), -10).arg(Cli::tr(c.summary));
    text += Cli::tr("Run 'failover-lab COMMAND --help' for the options of a command.") + QLatin1Char('\n');
    return text;
}

// A name with a dot or a slash, or one that exists, is a file; anything else is a mistyped command.
bool looksLikeAFile(const QString &name)
{
    return name.contains(QLatin1Char('.')) || name.contains(QLatin1Char('/')) || QFileInfo::exists(name);
}

void configureApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FailoverLab"));
    QCoreApplication::setApplicationName(QStringLiteral("failover-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FL_VERSION_STRING));
}

// What the window opens on: a scenario file, a built-in, or (both empty) the default world.
struct GuiDocument
{
    QString file;
    QString builtin;
    QString lesson;      // a lesson to open in the lesson dock (it brings its own scenario)
    QString compareWith; // a second design to open beside the scenario in the compare view
};

int runGui(int argc, char **argv, const QString &language, const GuiDocument &document)
{
    // Until the window is up, a refusal must be the first line on stderr; Qt's platform chatter
    // comes back once the window is shown.
    quietQtMessages();
    QApplication app(argc, argv);
    configureGuiApplication(app);
    auto *languages = ui::LanguageManager::instance();
    if (language.isEmpty())
        languages->applyInitialLanguage();
    else
        languages->setLanguage(language, false);

    // A scenario that cannot be read is bad input, refused before any window opens (in the
    // language just chosen).
    std::optional<scenario::Scenario> loaded;
    if (!document.file.isEmpty() || !document.builtin.isEmpty()) {
        QString error;
        loaded = loadScenarioArgument(document.file, document.builtin, {}, &error);
        if (!loaded)
            return failBadInput(error);
    }

    std::optional<scenario::Lesson> lesson;
    if (!document.lesson.isEmpty()) {
        scenario::ScenarioError problem;
        lesson = scenario::loadBuiltinLesson(document.lesson, &problem);
        if (!lesson)
            return failBadInput(QStringLiteral("--lesson: ") + problem.toString());
    }

    std::optional<scenario::Scenario> other;
    QString otherName;
    if (!document.compareWith.isEmpty()) {
        QString error;
        other = loadCompareArgument(document.compareWith, &otherName, &error);
        if (!other)
            return failBadInput(error);
        if (!scenario::alignForCompare(*loaded, *other, &error))
            return failBadInput(QStringLiteral("--compare-with: ") + error);
    }

    ui::MainWindow window;
    if (lesson)
        window.startLesson(lesson->id);
    if (loaded) {
        const QString path =
            document.file.isEmpty() ? QString() : QFileInfo(document.file).absoluteFilePath();
        window.openScenarioDocument(*loaded, path,
                                    path.isEmpty() ? document.builtin : QFileInfo(path).fileName());
    }
    window.show();
    if (other)
        window.openCompare(*other, otherName);
    else if (!loaded && !lesson)
        window.showStartPage(); // over the default world, which runs behind it
    qInstallMessageHandler(nullptr);
    return app.exec();
}

} // namespace

const std::vector<Subcommand> &subcommands()
{
    static const std::vector<Subcommand> list = {
        {"bench",
         QT_TRANSLATE_NOOP("fl::app::Cli",
                           "Measure the engine and the models (events and operations per second)"),
         &runBenchCommand, true},
        {"catalog",
         QT_TRANSLATE_NOOP("fl::app::Cli", "Print the region catalog and the modelled round-trip times"),
         &runCatalogCommand},
        {"compare",
         QT_TRANSLATE_NOOP("fl::app::Cli",
                           "Run two designs through one fault schedule and print the measured comparison"),
         &runCompareCommand, true},
        {"lesson",
         QT_TRANSLATE_NOOP("fl::app::Cli",
                           "Play a guided lesson headless: measured outcomes, answer keys and grades"),
         &runLessonCommand, true},
        {"lessons", QT_TRANSLATE_NOOP("fl::app::Cli", "List the guided lessons"), &runLessonsCommand, true},
        {"list", QT_TRANSLATE_NOOP("fl::app::Cli", "List the built-in scenarios"), &runListCommand},
        {"merge",
         QT_TRANSLATE_NOOP("fl::app::Cli",
                           "Join the shards of a sweep into the rows and summary of the whole"),
         &runMergeCommand, true},
        {"plan",
         QT_TRANSLATE_NOOP("fl::app::Cli",
                           "Find the cheapest designs that meet RPO and RTO targets, proven by simulation"),
         &runPlanCommand, true},
        {"run", QT_TRANSLATE_NOOP("fl::app::Cli", "Run a scenario headless and report or export its metrics"),
         &runRunCommand, true},
        {"screenshot",
         QT_TRANSLATE_NOOP("fl::app::Cli",
                           "Open the window offscreen, run a scenario to a moment and save a PNG"),
         &runScreenshotCommand, true},
        {"sweep",
         QT_TRANSLATE_NOOP(
             "fl::app::Cli",
             "Run a scenario over a grid of settings and seeds on every core; one CSV row per run"),
         &runSweepCommand, true},
    };
    return list;
}

int finishWriting(QStringList errors)
{
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        errors << Cli::tr("cannot write to standard output: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
    if (errors.isEmpty())
        return ExitOk;
    QTextStream err(stderr);
    for (const QString &e : errors)
        err << "failover-lab: " << e << '\n';
    return ExitWriteFailed;
}

std::optional<scenario::Scenario> loadScenarioArgument(const QString &file, const QString &builtin,
                                                       const QStringList &overrides, QString *error)
{
    scenario::ScenarioError problem;
    std::optional<QJsonObject> document = builtin.isEmpty()
                                              ? scenario::readScenarioDocument(file, &problem)
                                              : scenario::readBuiltinDocument(builtin, &problem);
    if (!document) {
        *error = problem.toString();
        return std::nullopt;
    }
    for (const QString &assignment : overrides) {
        if (!scenario::applyOverride(*document, assignment, &problem)) {
            *error = QStringLiteral("--set: ") + problem.toString();
            return std::nullopt;
        }
    }
    std::optional<scenario::Scenario> loaded = scenario::scenarioFromJson(*document, &problem);
    if (!loaded)
        *error = problem.toString();
    return loaded;
}

std::optional<scenario::Scenario> loadCompareArgument(const QString &argument, QString *name, QString *error)
{
    const bool builtin = scenario::builtinScenarioNames().contains(argument);
    std::optional<scenario::Scenario> loaded =
        loadScenarioArgument(builtin ? QString() : argument, builtin ? argument : QString(), {}, error);
    if (!loaded)
        *error = QStringLiteral("--compare-with: ") + *error;
    *name = builtin ? argument : QFileInfo(argument).completeBaseName();
    return loaded;
}

std::optional<int> parseScenarioCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                            const QString &command, const QCommandLineOption &help,
                                            const QCommandLineOption &builtin, const QCommandLineOption &lang,
                                            QString *usage)
{
    parser.addPositionalArgument(QStringLiteral("scenario"), Cli::tr("A scenario file (JSON)."),
                                 QStringLiteral("[SCENARIO]"));
    *usage = parser.helpText();
    usage->replace(QLatin1String("<executable_name>"), QStringLiteral("failover-lab ") + command);
    if (!parser.parse(arguments))
        return failBadInput(parser.errorText(), *usage);
    if (parser.isSet(help)) {
        QTextStream(stdout) << *usage;
        return ExitOk;
    }
    if (parser.isSet(lang) && !ui::LanguageManager::availableLanguages().contains(parser.value(lang)))
        return failBadInput(
            Cli::tr("--lang: unknown language '%1' (use en or zh_CN)").arg(parser.value(lang)));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return failBadInput(Cli::tr("unexpected argument '%1'").arg(positional.at(1)), *usage);
    if (positional.value(0).isEmpty() == parser.value(builtin).isEmpty())
        return failBadInput(Cli::tr("give either a scenario file or --builtin NAME"), *usage);
    return std::nullopt;
}

std::optional<std::uint64_t> parseSeedArgument(const QString &text, QString *error)
{
    bool ok = false;
    const qulonglong seed = text.toULongLong(&ok, 10);
    if (!ok || text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        *error =
            Cli::tr("--seed: expected a whole number from 0 to 18446744073709551615, not '%1'").arg(text);
        return std::nullopt;
    }
    return seed;
}

std::optional<SimTime> parseDurationArgument(const QString &text, QString *error)
{
    const std::optional<SimTime> t = scenario::parseDuration(text);
    if (!t || *t <= 0 || *t > scenario::kMaxDuration) {
        *error = Cli::tr("--duration: expected a duration longer than 0s and at most %1, such as "
                         "90s or 10m, not '%2'")
                     .arg(scenario::formatDuration(scenario::kMaxDuration), text);
        return std::nullopt;
    }
    return t;
}

std::unique_ptr<QCoreApplication> makeHeadlessApplication(const QStringList &arguments)
{
    quietQtMessages();
    const bool charts = rawOption(arguments, QStringLiteral("charts")).has_value();
    if (charts && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The objects keep argc and argv for their lifetime.
    static int argc = 1;
    static char name[] = "failover-lab";
    static char *argv[] = {name, nullptr};
    std::unique_ptr<QCoreApplication> application;
    if (charts)
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    // The language first, so that every message after this, errors included, is in it.
    if (const std::optional<QString> language = rawOption(arguments, QStringLiteral("lang")))
        ui::LanguageManager::instance()->setLanguage(*language, false);
    else
        ui::LanguageManager::instance()->installSourcePlurals();
    return application;
}

void configureGuiApplication(QApplication &app)
{
    app.setApplicationDisplayName(QStringLiteral("Failover Lab"));
    app.setDesktopFileName(QStringLiteral("org.failoverlab.FailoverLab"));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/org.failoverlab.FailoverLab.svg")));
}

void quietQtMessages()
{
    if (qEnvironmentVariableIsSet("FL_QT_MESSAGES"))
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (type == QtCriticalMsg || type == QtFatalMsg) {
            QTextStream err(stderr);
            err << qFormatLogMessage(type, context, message) << '\n';
        }
    });
}

std::optional<QString> rawOption(const QStringList &arguments, const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--"))
            break;
        if (arguments[i] == flag)
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (arguments[i].startsWith(flag + QLatin1Char('=')))
            return arguments[i].mid(flag.size() + 1);
    }
    return std::nullopt;
}

int failBadInput(const QString &message, const QString &usage)
{
    QTextStream err(stderr);
    err << "failover-lab: " << message << '\n';
    if (!usage.isEmpty())
        err << '\n' << usage;
    err.flush();
    return ExitBadInput;
}

int runMain(int argc, char **argv)
{
    configureApplicationIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // A first argument that is not an option names a headless subcommand, or else a scenario file
    // for the window (a file called like a command is reached as ./run).
    if (arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'))) {
        const QString name = arguments.at(1);
        for (const Subcommand &c : subcommands()) {
            if (name == QLatin1String(c.name)) {
                if (c.createsApplication)
                    return c.run(arguments.mid(1));
                QCoreApplication app(argc, argv);
                return c.run(arguments.mid(1));
            }
        }
        if (!looksLikeAFile(name))
            return failBadInput(Cli::tr("unknown command '%1'").arg(name), commandListText());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Failover Lab: multi-region replication, failover and split-brain, simulated. "
                "Without a command it opens the lab's window."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"), Cli::tr("Language of the window: en or zh_CN."), QStringLiteral("code"));
    parser.addOption(langOption);
    const QCommandLineOption builtinOption(
        QStringLiteral("builtin"), Cli::tr("Open the built-in scenario NAME in the window (see 'list')."),
        QStringLiteral("NAME"));
    parser.addOption(builtinOption);
    const QCommandLineOption lessonOption(
        QStringLiteral("lesson"), Cli::tr("Open the lesson ID in the window's lesson dock (see 'lessons')."),
        QStringLiteral("ID"));
    parser.addOption(lessonOption);
    const QCommandLineOption compareOption(
        QStringLiteral("compare-with"),
        Cli::tr(
            "Open the scenario beside design B (a built-in name or a scenario file) in the compare view."),
        QStringLiteral("B"));
    parser.addOption(compareOption);
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("A headless command (see below)."),
                                 QStringLiteral("[command]"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Cli::tr("Or a scenario file (.flab.json or .json) to open in the window."),
                                 QStringLiteral("[FILE]"));

    QString usage = parser.helpText() + QLatin1Char('\n') + commandListText();
    // No QCoreApplication exists yet (the GUI one is created only once parsing succeeded).
    usage.replace(QLatin1String("<executable_name>"), QLatin1String("failover-lab"));
    if (!parser.parse(arguments))
        return failBadInput(parser.errorText(), usage);
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << usage;
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "failover-lab " << QStringLiteral(FL_VERSION_STRING) << '\n';
        return ExitOk;
    }
    const QString language = parser.value(langOption);
    if (!language.isEmpty() && !ui::LanguageManager::availableLanguages().contains(language))
        return failBadInput(Cli::tr("unknown language '%1' (use en or zh_CN)").arg(language), usage);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return failBadInput(Cli::tr("unexpected argument '%1'").arg(positional.at(1)), usage);
    GuiDocument document{positional.value(0), parser.value(builtinOption), parser.value(lessonOption),
                         parser.value(compareOption)};
    if (!document.compareWith.isEmpty() && document.file.isEmpty() && document.builtin.isEmpty())
        return failBadInput(Cli::tr("--compare-with needs side A: a scenario file or --builtin NAME"), usage);
    if (!document.file.isEmpty() && !document.builtin.isEmpty())
        return failBadInput(Cli::tr("give either a scenario file or --builtin NAME, not both"), usage);
    if (!document.lesson.isEmpty() && (!document.file.isEmpty() || !document.builtin.isEmpty()))
        return failBadInput(
            Cli::tr("--lesson brings its own scenario: give no scenario file or --builtin with it"), usage);
    return runGui(argc, argv, language, document);
}

} // namespace fl::app
