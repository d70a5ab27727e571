#include "cli.h"

#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
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

void configureApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FailoverLab"));
    QCoreApplication::setApplicationName(QStringLiteral("failover-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FL_VERSION_STRING));
}

int runGui(int argc, char **argv, const QString &language)
{
    QApplication app(argc, argv);
    app.setApplicationDisplayName(QStringLiteral("Failover Lab"));
    auto *languages = ui::LanguageManager::instance();
    if (language.isEmpty())
        languages->applyInitialLanguage();
    else
        languages->setLanguage(language, false);
    ui::MainWindow window;
    window.show();
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
        {"list", QT_TRANSLATE_NOOP("fl::app::Cli", "List the built-in scenarios"), &runListCommand},
        {"run", QT_TRANSLATE_NOOP("fl::app::Cli", "Run a scenario headless and report or export its metrics"),
         &runRunCommand, true},
    };
    return list;
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

    // A first argument that is not an option names a headless subcommand.
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
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("A headless command (see below)."),
                                 QStringLiteral("[command]"));

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
    return runGui(argc, argv, language);
}

} // namespace fl::app
