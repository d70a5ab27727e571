// The spec layer (core/spec) is what the reader, --set and the settings form share: every enum's
// table names each value once and round-trips, every command type has a row, and every declared
// setting is read by the scenario reader with exactly its declared range (its bounds accepted,
// beyond them refused with the setting's own path), and its default is inside that range.
#include "proof/randomschedule.h"
#include "scenario/builtins.h"
#include "scenario/names.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"
#include "spec/enums.h"
#include "spec/settings.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <string_view>
#include <utility>

using namespace fl;
using namespace fl::scenario;

namespace {

template<class E> QStringList idsChecked()
{
    QStringList ids;
    static const QRegularExpression kebab(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    for (const EnumEntry<E> &e : enumEntries<E>()) {
        const QString id = QString::fromLatin1(e.id.data(), static_cast<qsizetype>(e.id.size()));
        if (!kebab.match(id).hasMatch() || ids.contains(id) || enumFromId<E>(e.id) != e.value ||
            enumFromInt<E>(static_cast<long long>(e.value)) != e.value)
            return {};
        ids << id;
    }
    return ids;
}

// Whether the template argument V names one of its enum's enumerators. g++ spells such an argument
// "fl::ReplicationMode::Async" in __PRETTY_FUNCTION__ and one that names none "(fl::ReplicationMode)7":
// the compiler's own list of an enum's values, read at compile time, so that a value added to an
// enum without a row in spec/enums.h fails here.
template<auto V> constexpr bool namesAnEnumerator()
{
    constexpr std::string_view signature = __PRETTY_FUNCTION__;
    constexpr std::size_t at = signature.find("V = ");
    static_assert(at != std::string_view::npos, "the compiler spells template arguments differently");
    return signature[at + 4] != '(';
}

// How many of the values 0 to 63 name an enumerator of E (the model's enums are small and count
// from 0).
template<class E, std::size_t... I> constexpr int enumeratorsOf(std::index_sequence<I...>)
{
    return (0 + ... + (namesAnEnumerator<static_cast<E>(I)>() ? 1 : 0));
}
template<class E> constexpr int enumeratorCount()
{
    return enumeratorsOf<E>(std::make_index_sequence<64>{});
}

// The document every setting is tried in: a built-in that has every section with lists (a
// dependency included).
QJsonObject baseDocument()
{
    ScenarioError error;
    const std::optional<QJsonObject> d =
        readBuiltinDocument(QStringLiteral("hidden-payments-dependency"), &error);
    if (!d)
        qFatal("%s", qPrintable(error.toString()));
    return *d;
}

QString elementPath(const SettingSpec &spec)
{
    QString path = QString::fromLatin1(spec.path.data(), static_cast<qsizetype>(spec.path.size()));
    return path.replace(QLatin1String("[]"), QLatin1String("[0]"));
}

// The value as a file writes it (durations as a number of seconds).
QString fileValue(const SettingSpec &spec, double stored)
{
    const double v = spec.type == SettingType::Duration ? stored / 1e6 : stored;
    return QString::number(v, 'g', 17);
}

std::optional<Scenario> readWith(const QString &assignment, ScenarioError *error)
{
    QJsonObject document = baseDocument();
    // The key spaces are also bounded in sum: leave all of it to the first population.
    for (int p = 1; p < document.value(QLatin1String("populations")).toArray().size(); ++p)
        applyOverride(document, QStringLiteral("populations[%1].keys=1").arg(p), error);
    if (!applyOverride(document, assignment, error))
        return std::nullopt;
    return scenarioFromJson(document, error);
}

} // namespace

class SettingSpecTest : public QObject
{
    Q_OBJECT

private slots:
    void enumTablesNameEveryValueOnce()
    {
        QCOMPARE(idsChecked<RegionRole>(), roleNames());
        QCOMPARE(idsChecked<RoutingMechanism>(), mechanismNames());
        QCOMPARE(idsChecked<RoutingPolicy>(), policyNames());
        QCOMPARE(idsChecked<DnsResolvers>(), resolversNames());
        QCOMPARE(idsChecked<HealthCheckerPlacement>(), placementNames());
        QCOMPARE(idsChecked<WriteTopology>(), topologyNames());
        QCOMPARE(idsChecked<ReplicationMode>(), replicationModeNames());
        QCOMPARE(idsChecked<ForwardPolicy>(), forwardPolicyNames());
        QCOMPARE(idsChecked<ReadPolicy>(), readPolicyNames());
        QCOMPARE(idsChecked<OwnershipRule>(), ownershipNames());
        QCOMPARE(idsChecked<ConflictPolicy>(), conflictPolicyNames());
        QCOMPARE(idsChecked<FailoverMode>(), failoverModeNames());
        QCOMPARE(idsChecked<RejoinPolicy>(), rejoinPolicyNames());
        QCOMPARE(idsChecked<DependencyKind>(), dependencyKindNames());
    }

    // Every enumerator of every model enum has its row (issue 15): the count the compiler knows
    // equals the table's, and the table's rows are distinct values (above).
    void everyEnumeratorHasARow()
    {
        static_assert(enumeratorCount<ReplicationMode>() > 0 &&
                      !namesAnEnumerator<static_cast<ReplicationMode>(63)>());
        QCOMPARE(enumeratorCount<RegionRole>(), static_cast<int>(enumCount<RegionRole>()));
        QCOMPARE(enumeratorCount<RoutingMechanism>(), static_cast<int>(enumCount<RoutingMechanism>()));
        QCOMPARE(enumeratorCount<RoutingPolicy>(), static_cast<int>(enumCount<RoutingPolicy>()));
        QCOMPARE(enumeratorCount<DnsResolvers>(), static_cast<int>(enumCount<DnsResolvers>()));
        QCOMPARE(enumeratorCount<HealthCheckerPlacement>(),
                 static_cast<int>(enumCount<HealthCheckerPlacement>()));
        QCOMPARE(enumeratorCount<WriteTopology>(), static_cast<int>(enumCount<WriteTopology>()));
        QCOMPARE(enumeratorCount<ReplicationMode>(), static_cast<int>(enumCount<ReplicationMode>()));
        QCOMPARE(enumeratorCount<ForwardPolicy>(), static_cast<int>(enumCount<ForwardPolicy>()));
        QCOMPARE(enumeratorCount<ReadPolicy>(), static_cast<int>(enumCount<ReadPolicy>()));
        QCOMPARE(enumeratorCount<OwnershipRule>(), static_cast<int>(enumCount<OwnershipRule>()));
        QCOMPARE(enumeratorCount<ConflictPolicy>(), static_cast<int>(enumCount<ConflictPolicy>()));
        QCOMPARE(enumeratorCount<FailoverMode>(), static_cast<int>(enumCount<FailoverMode>()));
        QCOMPARE(enumeratorCount<RejoinPolicy>(), static_cast<int>(enumCount<RejoinPolicy>()));
        QCOMPARE(enumeratorCount<DependencyKind>(), static_cast<int>(enumCount<DependencyKind>()));
    }

    void everyCommandHasOneRow()
    {
        QSet<QString> ids;
        for (std::uint32_t t = 1; t < static_cast<std::uint32_t>(CommandType::Count); ++t) {
            const auto type = static_cast<CommandType>(t);
            const CommandSpec *spec = commandSpec(type);
            QVERIFY(spec);
            QCOMPARE(spec->type, type);
            QVERIFY(commandFromName(commandName(type)) == type);
            ids.insert(commandName(type));
        }
        QCOMPARE(ids.size(), static_cast<qsizetype>(CommandType::Count) - 1);
        QVERIFY(!commandSpec(CommandType::Count));
    }

    // The random schedules draw every mode, not only the first few.
    void randomSchedulesDrawEveryReplicationMode()
    {
        QSet<int> modes;
        for (std::uint64_t seed = 1;
             seed <= 400 && modes.size() < static_cast<qsizetype>(enumCount<ReplicationMode>()); ++seed)
            modes.insert(static_cast<int>(makeRandomSchedule(seed).config.data.mode));
        QCOMPARE(modes.size(), static_cast<qsizetype>(enumCount<ReplicationMode>()));
    }

    void defaultsAreInRange()
    {
        SimulationConfig config;
        config.regions.resize(1);
        config.populations.resize(1);
        config.dependencies.resize(1);
        QSet<QString> paths;
        for (const SettingSpec &spec : kSettings) {
            const QString path = elementPath(spec);
            QVERIFY2(!paths.contains(path), qPrintable(path));
            paths.insert(path);
            QVERIFY2(spec.low <= spec.high, qPrintable(path));
            QVERIFY2(spec.accepts(spec.get(config, 0)), qPrintable(path));
        }
    }

    void readerHoldsEverySettingToItsRange_data()
    {
        QTest::addColumn<int>("row");
        for (std::size_t i = 0; i < std::size(kSettings); ++i)
            QTest::newRow(qPrintable(elementPath(kSettings[i]))) << static_cast<int>(i);
    }

    void readerHoldsEverySettingToItsRange()
    {
        QFETCH(int, row);
        const SettingSpec &spec = kSettings[row];
        const QString path = elementPath(spec);
        ScenarioError error;

        // The upper bound is accepted and lands in the field the declaration points at (for the key
        // space, less the one key each other population keeps: the sum has the same bound).
        const auto others = baseDocument().value(QLatin1String("populations")).toArray().size() - 1;
        const double high =
            spec.path == "populations[].keys" ? spec.high - static_cast<double>(others) : spec.high;
        std::optional<Scenario> s = readWith(path + QLatin1Char('=') + fileValue(spec, high), &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(spec.get(s->config, 0), high);

        // So is the lower bound when it is closed, and just above it when open.
        const double low =
            spec.lowOpen ? (spec.type == SettingType::Real ? spec.low + 1e-6 : spec.low + 1) : spec.low;
        s = readWith(path + QLatin1Char('=') + fileValue(spec, low), &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(spec.get(s->config, 0), low);

        // Beyond either end the reader refuses, naming this setting.
        for (const double outside : {spec.high * 2 + 1e6, spec.lowOpen ? spec.low : spec.low - 1e6}) {
            s = readWith(path + QLatin1Char('=') + fileValue(spec, outside), &error);
            QVERIFY2(!s, qPrintable(path + QStringLiteral(" accepted ") + fileValue(spec, outside)));
            QCOMPARE(error.path, path);
        }
    }
};

QTEST_GUILESS_MAIN(SettingSpecTest)
#include "tst_settingspec.moc"
