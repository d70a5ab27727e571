#include "cli.h"
#include "scenario/builtins.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace fl::app {
namespace {

class ListText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::List)
};

} // namespace

int runListCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ListText::tr("Lists the built-in scenarios, one a line: its name, then what it shows. Run one with "
                     "'failover-lab run --builtin NAME'."));
    const QCommandLineOption help = parser.addHelpOption();
    const QString usage = parser.helpText();
    if (!parser.parse(arguments))
        return failBadInput(parser.errorText(), usage);
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage;
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return failBadInput(
            ListText::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()), usage);

    const QStringList names = scenario::builtinScenarioNames();
    qsizetype width = 0;
    for (const QString &name : names)
        width = std::max(width, name.size());
    QTextStream out(stdout);
    for (const QString &name : names) {
        scenario::ScenarioError error;
        const auto document = scenario::readBuiltinDocument(name, &error);
        const QString description =
            document ? document->value(QStringLiteral("description")).toString() : error.toString();
        out << QStringLiteral("%1  %2").arg(name, -static_cast<int>(width)).arg(description) << '\n';
    }
    return ExitOk;
}

} // namespace fl::app
