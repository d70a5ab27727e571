#include "cli.h"
#include "world/latencymodel.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>
#include <string_view>

namespace fl::app {
namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

double roundToTenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QJsonObject modelToJson(const LatencyParams &p)
{
    QJsonObject o;
    o[QStringLiteral("fibre_km_per_ms")] = p.fibreKmPerMs;
    o[QStringLiteral("path_stretch")] = p.pathStretch;
    o[QStringLiteral("fixed_overhead_ms")] = p.fixedOverheadMs;
    o[QStringLiteral("last_mile_ms")] = p.lastMileMs;
    o[QStringLiteral("jitter_fraction")] = p.jitterFraction;
    return o;
}

QJsonDocument catalogToJson(const LatencyModel &model)
{
    const auto &regions = regionCatalog();
    QJsonArray regionArray;
    for (const RegionInfo &r : regions) {
        QJsonObject o;
        o[QStringLiteral("id")] = toQString(r.id);
        o[QStringLiteral("name")] = toQString(r.name);
        o[QStringLiteral("lat")] = r.location.latDeg;
        o[QStringLiteral("lon")] = r.location.lonDeg;
        regionArray.append(o);
    }
    QJsonArray populationArray;
    for (const PopulationInfo &p : populationCatalog()) {
        QJsonObject o;
        o[QStringLiteral("id")] = toQString(p.id);
        o[QStringLiteral("name")] = toQString(p.name);
        o[QStringLiteral("lat")] = p.centroid.latDeg;
        o[QStringLiteral("lon")] = p.centroid.lonDeg;
        o[QStringLiteral("share")] = p.defaultShare;
        populationArray.append(o);
    }
    QJsonArray matrix;
    for (const RegionInfo &from : regions) {
        QJsonArray row;
        for (const RegionInfo &to : regions)
            row.append(roundToTenth(model.rttMs(from.location, to.location)));
        matrix.append(row);
    }
    // Population to region, as the simulation's clients see it (last mile included), to the
    // microsecond the simulation uses: rows populations, columns regions, both in catalog order.
    QJsonArray populationMatrix;
    for (const PopulationInfo &from : populationCatalog()) {
        QJsonArray row;
        for (const RegionInfo &to : regions)
            row.append(model.clientRttMs(from.centroid, to.location));
        populationMatrix.append(row);
    }
    QJsonObject root;
    root[QStringLiteral("regions")] = regionArray;
    root[QStringLiteral("populations")] = populationArray;
    root[QStringLiteral("rtt_ms")] = matrix;
    root[QStringLiteral("population_rtt_ms")] = populationMatrix;
    root[QStringLiteral("model")] = modelToJson(model.params());
    return QJsonDocument(root);
}

void printTables(QTextStream &out, const LatencyModel &model)
{
    const auto &regions = regionCatalog();
    out << QCoreApplication::translate("fl::app::Catalog", "Regions (%1):").arg(regions.size()) << '\n';
    out << QStringLiteral("  %1  %2  %3  %4 %5\n")
               .arg(QStringLiteral("#"), 2)
               .arg(QCoreApplication::translate("fl::app::Catalog", "id"), -15)
               .arg(QCoreApplication::translate("fl::app::Catalog", "name"), -15)
               .arg(QCoreApplication::translate("fl::app::Catalog", "lat"), 7)
               .arg(QCoreApplication::translate("fl::app::Catalog", "lon"), 8);
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const RegionInfo &r = regions[i];
        out << QStringLiteral("  %1  %2  %3  %4 %5\n")
                   .arg(i, 2)
                   .arg(toQString(r.id), -15)
                   .arg(toQString(r.name), -15)
                   .arg(r.location.latDeg, 7, 'f', 2)
                   .arg(r.location.lonDeg, 8, 'f', 2);
    }

    const auto &populations = populationCatalog();
    out << '\n'
        << QCoreApplication::translate("fl::app::Catalog", "User populations (%1):").arg(populations.size())
        << '\n';
    out << QStringLiteral("  %1  %2  %3 %4  %5\n")
               .arg(QCoreApplication::translate("fl::app::Catalog", "id"), -15)
               .arg(QCoreApplication::translate("fl::app::Catalog", "name"), -21)
               .arg(QCoreApplication::translate("fl::app::Catalog", "lat"), 7)
               .arg(QCoreApplication::translate("fl::app::Catalog", "lon"), 8)
               .arg(QCoreApplication::translate("fl::app::Catalog", "share"), 5);
    for (const PopulationInfo &p : populations) {
        out << QStringLiteral("  %1  %2  %3 %4  %5\n")
                   .arg(toQString(p.id), -15)
                   .arg(toQString(p.name), -21)
                   .arg(p.centroid.latDeg, 7, 'f', 2)
                   .arg(p.centroid.lonDeg, 8, 'f', 2)
                   .arg(p.defaultShare, 5, 'f', 2);
    }

    const LatencyParams &p = model.params();
    out << '\n'
        << QCoreApplication::translate(
               "fl::app::Catalog", "Latency model: one way = %1 ms + %2 × great-circle distance / %3 km/ms; "
                                   "users add %4 ms for the last mile.")
               .arg(p.fixedOverheadMs)
               .arg(p.pathStretch)
               .arg(p.fibreKmPerMs)
               .arg(p.lastMileMs)
        << '\n';
    out << QCoreApplication::translate("fl::app::Catalog",
                                       "Modelled round-trip times in ms (rows and columns in catalog order):")
        << '\n';
    QString header = QStringLiteral("%1").arg(QString(), 18);
    for (std::size_t j = 0; j < regions.size(); ++j)
        header += QStringLiteral("%1").arg(j, 5);
    out << header << '\n';
    for (std::size_t i = 0; i < regions.size(); ++i) {
        QString line = QStringLiteral("%1 %2").arg(i, 2).arg(toQString(regions[i].id), -15);
        for (const RegionInfo &to : regions)
            line += QStringLiteral("%1").arg(model.rttMs(regions[i].location, to.location), 5, 'f', 0);
        out << line << '\n';
    }
}

} // namespace

int runCatalogCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "fl::app::Catalog", "Prints the regions and user populations the lab knows, and the round-trip times "
                            "its latency model gives between the regions."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("fl::app::Catalog", "Print one JSON document."));
    parser.addOption(json);
    const QString usage = parser.helpText();

    if (!parser.parse(arguments))
        return failBadInput(parser.errorText(), usage);
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage;
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return failBadInput(QCoreApplication::translate("fl::app::Catalog", "unexpected argument '%1'")
                                .arg(parser.positionalArguments().first()),
                            usage);

    const LatencyModel model;
    QTextStream out(stdout);
    if (parser.isSet(json))
        out << catalogToJson(model).toJson(QJsonDocument::Compact) << '\n';
    else
        printTables(out, model);
    return ExitOk;
}

} // namespace fl::app
