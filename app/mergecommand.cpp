// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "languagemanager.h"
#include "scenario/sweeptable.h"
#include "sweepoutputs.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace fl::app {
namespace {

class MergeText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Merge)
};

// A rows file is one line per run: even a million runs are far below this.
constexpr qint64 kMaxRowsFileBytes = 2LL * 1024 * 1024 * 1024;

int merge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(MergeText::tr(
        "Joins the rows files of a sweep's shards (sweep --shard I/N --csv FILE) into the rows of the whole "
        "sweep, byte for byte what the sweep without --shard writes, with its summary and charts."));
    const QCommandLineOption help = parser.addHelpOption();
    SweepOutputOptions outputs;
    QCommandLineOption lang{QStringLiteral("lang"),
                            MergeText::tr("Language of the messages and charts: en or zh_CN."),
                            QStringLiteral("CODE")};
    QCommandLineOption quiet{QStringLiteral("quiet"), MergeText::tr("Print nothing but errors.")};
    parser.addOptions(outputs.all());
    parser.addOptions({lang, quiet});
    parser.addPositionalArgument(QStringLiteral("shards"), MergeText::tr("The shards' rows files."),
                                 QStringLiteral("FILE..."));
    QString usage = parser.helpText();
    usage.replace(QLatin1String("<executable_name>"), QLatin1String("failover-lab merge"));
    if (!parser.parse(arguments))
        return failBadInput(parser.errorText(), usage);
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage;
        return ExitOk;
    }
    if (parser.isSet(lang) && !ui::LanguageManager::availableLanguages().contains(parser.value(lang)))
        return failBadInput(
            MergeText::tr("--lang: unknown language '%1' (use en or zh_CN)").arg(parser.value(lang)));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return failBadInput(MergeText::tr("name the shards' rows files"), usage);
    if (!parser.isSet(outputs.csv))
        return failBadInput(MergeText::tr("--csv: name the merged rows file ('-' for stdout)"), usage);
    QString error;
    std::optional<SweepDestinations> destinations = sweepDestinations(parser, outputs, &error);
    if (!destinations)
        return failBadInput(error);

    std::vector<scenario::SweepTable> tables;
    for (const QString &name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return failBadInput(MergeText::tr("%1: cannot read: %2").arg(name, file.errorString()));
        if (file.size() > kMaxRowsFileBytes)
            return failBadInput(MergeText::tr("%1: larger than 2 GB, not a sweep's rows").arg(name));
        std::optional<scenario::SweepTable> table = scenario::readSweepTable(file.readAll(), name, &error);
        if (!table)
            return failBadInput(error);
        tables.push_back(std::move(*table));
    }
    const std::optional<scenario::SweepTable> merged =
        scenario::mergeSweepTables(std::move(tables), files, &error);
    if (!merged)
        return failBadInput(error);

    QStringList written, errors;
    writeSweepOutputs(*merged, *destinations, true, &written, &errors);
    if (!errors.isEmpty()) {
        QTextStream err(stderr);
        for (const QString &e : errors)
            err << "failover-lab: " << e << '\n';
        return ExitWriteFailed;
    }
    if (!parser.isSet(quiet)) {
        QTextStream err(stderr);
        err << MergeText::tr("%1 from %2")
                   .arg(MergeText::tr("%n run(s)", nullptr, static_cast<int>(merged->rows.size())),
                        MergeText::tr("%n file(s)", nullptr, static_cast<int>(files.size())))
            << '\n';
        for (const QString &path : written)
            err << "  " << path << '\n';
    }
    return ExitOk;
}

} // namespace

int runMergeCommand(const QStringList &arguments)
{
    const std::unique_ptr<QCoreApplication> application = makeHeadlessApplication(arguments);
    return merge(arguments);
}

} // namespace fl::app
