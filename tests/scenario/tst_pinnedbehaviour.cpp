// Behaviour pinned to exact numbers: every built-in scenario, run to its end with its own seed, must
// give the trace hash, the report digest and the headline figures recorded below, and so must a
// fixed set of random fault schedules. Other tests compare two runs with each other, so a change
// that alters both the same way passes them; this one does not. A refactor keeps every row
// identical. A change to the model that is meant to change behaviour re-pins on purpose:
//   FL_PRINT_PINS=1 ./tst_pinnedbehaviour
// prints the current rows in the form of the tables below, and the commit says which rows changed
// and why.
#include "proof/randomschedule.h"
#include "scenario/builtins.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "sim/simulation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <cstdio>

using namespace fl;
using namespace fl::scenario;

namespace {

struct ScenarioPin
{
    const char *name;
    std::uint64_t traceHash;
    const char *reportDigest; // first 16 hex digits of the SHA-256 of the whole JSON report
    std::uint64_t issued;
    std::uint64_t succeeded;
    std::uint64_t writesAcknowledged;
    std::uint64_t writesLost;
    int incidents;
};

struct SchedulePin
{
    std::uint64_t seed;
    std::uint64_t traceHash;
    std::uint64_t writesAcknowledged;
    std::uint64_t writesLost;
};

// clang-format off
constexpr ScenarioPin kScenarioPins[] = {
    {"active-active-stateless", 0x321d22600309804dull, "6820759d34d3a504", 960391, 916371, 0, 0, 1},
    {"active-passive-async", 0x0e33ec6a3f7fa02aull, "b0721253c4301c50", 1008850, 932915, 372671, 296, 1},
    {"active-passive-sync-quorum", 0x4589d464ef450db2ull, "fbbbbcb2fb7fa2c3", 1008850, 932871, 372652, 0, 1},
    {"crdt-counter-partition", 0x08c20c96d1cee232ull, "4ffa406b4e6e9cc3", 1261514, 1261318, 630325, 0, 1},
    {"dns-ttl-vs-front-door-dns", 0xd69ddad2d3b4542eull, "369aa15351e5029e", 1139648, 926786, 0, 0, 1},
    {"dns-ttl-vs-front-door-frontdoor", 0x63bd057492e54febull, "73a562c81330b308", 1139648, 1109796, 0, 0, 1},
    {"hidden-payments-dependency", 0xeef875177cf4ac39ull, "6fb2e626c8984fff", 1081391, 979877, 147163, 9, 1},
    {"link-degradation", 0x3444024edbd30facull, "48462f4622b2cf73", 863802, 863717, 0, 0, 2},
    {"manual-failback", 0xf561b6b882044e12ull, "1cd2a84e73e65c96", 865135, 829523, 0, 0, 1},
    {"manual-vs-automatic-failover-automatic", 0x49b783b3f85e3ec3ull, "9d47ff79ed231e83", 1079494, 1018093, 203690, 2, 1},
    {"manual-vs-automatic-failover-manual", 0xeb906f4164699ed6ull, "7a2f81b304fd043e", 1079494, 933262, 126617, 2, 1},
    {"multi-primary-lww-clock-skew", 0x22c0277d6c6d8a72ull, "278ff1d0c78f8258", 552021, 551892, 165524, 27819, 0},
    {"read-heavy-vs-write-heavy-read", 0x855acda4811bc7b9ull, "b11fbcd74684aae5", 1439787, 1391508, 68237, 16, 1},
    {"read-heavy-vs-write-heavy-write", 0xa4f67c8af99c804aull, "e6b33912b8fd3b44", 1439787, 1242247, 684709, 138, 1},
    {"regional-overload", 0xcf70fd408cac28e7ull, "44f516f012c96093", 1081891, 902314, 0, 0, 0},
    {"shallow-vs-deep-health-check-deep", 0xbfa5f68904b1e7d6ull, "aa60907b3d6ef492", 672214, 654562, 0, 0, 1},
    {"shallow-vs-deep-health-check-shallow", 0xb43579cf7ed04174ull, "e05414a0220a2a49", 672214, 479435, 0, 0, 1},
    {"split-brain-fencing", 0xd8694c588fdbe1cbull, "f03852f396bfd920", 1079319, 1069581, 313807, 43359, 1},
    {"split-brain-quorum-leases", 0x766e6f9a940eef12ull, "bad50d3cfc151a29", 1079319, 1025272, 269498, 0, 1},
    {"split-brain-unprotected", 0x450c35d34f94b540ull, "eeedc2f96bf73b79", 1079319, 1069581, 313807, 43359, 1},
    {"warm-standby-vs-pilot-light-pilot", 0xebe2feee3542a45eull, "00ff6c409ba8a92e", 1080969, 463280, 0, 0, 1},
    {"warm-standby-vs-pilot-light-warm", 0x4ef854bda0a45dccull, "5578223888e26a6c", 1080969, 938821, 0, 0, 1},
};

constexpr SchedulePin kSchedulePins[] = {
    {1, 0x2f40771a03741537ull, 2210, 0},
    {2, 0xa91d09de324d93a2ull, 10478, 0},
    {3, 0x58aa66c479e59308ull, 18995, 0},
    {4, 0xe3cdcaf0839b173eull, 4574, 0},
    {5, 0x7d4a905441a566a8ull, 11695, 0},
    {6, 0xc4d52b5729501584ull, 4695, 0},
    {7, 0xec42e4998583e9e1ull, 30114, 3409},
    {8, 0x984c1be011fce468ull, 879, 0},
    {9, 0xeb76523039a81313ull, 2859, 0},
    {10, 0xef594dc128052cb2ull, 7085, 0},
    {11, 0x64bdf9ea460b273cull, 3654, 0},
    {12, 0xe43e12e142e0440full, 3115, 0},
    {13, 0xcda48b507d739881ull, 16729, 0},
    {14, 0x52fa7347f8afedaeull, 2422, 0},
    {15, 0x10979be005de36c7ull, 7431, 0},
    {16, 0x89817cd0a59af919ull, 7545, 0},
    {17, 0xbeb9040022e49ed5ull, 1731, 0},
    {18, 0x0b4e12f51d1997c5ull, 1907, 0},
    {19, 0xb63304ecfd481c69ull, 7691, 0},
    {20, 0x72f122c6908a1b50ull, 3638, 44},
    {21, 0x1534a42d76c331f8ull, 1542, 69},
    {22, 0x02cca6fcd07eebb2ull, 1385, 0},
    {23, 0xc043a85e9c04e5d6ull, 5049, 0},
    {24, 0xd45baf7d446f1c04ull, 8640, 12},
    {25, 0x822ff4865420d90full, 12548, 0},
    {26, 0xb28bc519f516133cull, 8340, 0},
    {27, 0x1ee144817b4d9ce7ull, 2649, 0},
    {28, 0xa714da9d4ffd86e8ull, 2541, 0},
    {29, 0x2589b1e526335e92ull, 7689, 0},
    {30, 0x1a4cdd16579a24faull, 12885, 0},
    {31, 0x999e7d525b118064ull, 7559, 0},
    {32, 0x81b74efc604d56aaull, 20263, 0},
    {33, 0x8173af037a8ac6ecull, 15223, 0},
    {34, 0xb4c9f6950364d020ull, 4978, 0},
    {35, 0x5a92ae78a13a2f83ull, 3005, 0},
    {36, 0xb4ff37c33241aabfull, 7286, 0},
    {37, 0xebbc4a0cee3f5ba2ull, 5581, 0},
    {38, 0x0468a778bed303abull, 3793, 0},
    {39, 0x1761a7bf77d72aa2ull, 2622, 0},
    {40, 0x0f9fed9e01a23f64ull, 768, 0},
};
// clang-format on

// Seeds 1..kScheduleCount of the fault-schedule harness (each also runs twice there).
constexpr std::uint64_t kScheduleCount = 40;

bool printing()
{
    return qEnvironmentVariableIsSet("FL_PRINT_PINS");
}

// What one built-in's run gives now, in the pins' terms.
struct Measured
{
    std::uint64_t traceHash = 0;
    QByteArray reportDigest;
    std::uint64_t issued = 0, succeeded = 0, writesAcknowledged = 0, writesLost = 0;
    int incidents = 0;
};

Measured measureScenario(const QString &name)
{
    ScenarioError error;
    const std::optional<Scenario> s = loadScenario(builtinScenarioPath(name), &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    Simulation sim = makeSimulation(*s);
    sim.runUntil(s->duration);
    sim.recountWrites();
    const QByteArray bytes = runReportBytes(*s, sim);
    const QJsonObject report = QJsonDocument::fromJson(bytes).object();
    const QJsonObject totals = report.value(QLatin1String("totals")).toObject();
    const QJsonObject writes = report.value(QLatin1String("writes")).toObject();
    const auto count = [](const QJsonObject &o, const char *key) {
        return static_cast<std::uint64_t>(o.value(QLatin1String(key)).toDouble());
    };
    Measured m;
    m.traceHash = sim.traceHash();
    m.reportDigest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
    m.issued = count(totals, "issued");
    m.succeeded = count(totals, "succeeded");
    m.writesAcknowledged = count(writes, "acknowledged");
    m.writesLost = count(writes, "lost");
    m.incidents = static_cast<int>(report.value(QLatin1String("incidents")).toArray().size());
    return m;
}

} // namespace

class PinnedBehaviour : public QObject
{
    Q_OBJECT

private slots:
    void everyBuiltinIsPinned()
    {
        if (printing())
            QSKIP("printing pins");
        QStringList pinned;
        for (const ScenarioPin &p : kScenarioPins)
            pinned << QString::fromUtf8(p.name);
        QCOMPARE(pinned, builtinScenarioNames());
    }

    void builtinScenario_data()
    {
        QTest::addColumn<int>("row");
        int row = 0;
        for (const ScenarioPin &p : kScenarioPins)
            QTest::newRow(p.name) << row++;
    }

    void builtinScenario()
    {
        if (printing())
            QSKIP("printing pins");
        QFETCH(int, row);
        const ScenarioPin &pin = kScenarioPins[row];
        const Measured got = measureScenario(QString::fromUtf8(pin.name));
        QCOMPARE(QByteArray::number(got.traceHash, 16), QByteArray::number(pin.traceHash, 16));
        QCOMPARE(got.reportDigest, QByteArray(pin.reportDigest));
        QCOMPARE(got.issued, pin.issued);
        QCOMPARE(got.succeeded, pin.succeeded);
        QCOMPARE(got.writesAcknowledged, pin.writesAcknowledged);
        QCOMPARE(got.writesLost, pin.writesLost);
        QCOMPARE(got.incidents, pin.incidents);
    }

    void randomSchedules()
    {
        if (printing())
            QSKIP("printing pins");
        QCOMPARE(std::size(kSchedulePins), static_cast<std::size_t>(kScheduleCount));
        for (const SchedulePin &pin : kSchedulePins) {
            const ScheduleReport got = runSchedule(makeRandomSchedule(pin.seed), false);
            const QByteArray where = QByteArray("seed ") + QByteArray::number(pin.seed);
            const QByteArray trace = where + QByteArray(": trace ") + QByteArray::number(got.traceHash, 16) +
                                     QByteArray(", pinned ") + QByteArray::number(pin.traceHash, 16);
            QVERIFY2(got.traceHash == pin.traceHash, trace.constData());
            QVERIFY2(got.writesAcknowledged == pin.writesAcknowledged,
                     QByteArray(where + QByteArray(": acknowledged writes")).constData());
            QVERIFY2(got.writesLost == pin.writesLost,
                     QByteArray(where + QByteArray(": lost writes")).constData());
        }
    }

    // FL_PRINT_PINS=1: the rows as they are now, to paste over the tables above.
    void printPins()
    {
        if (!printing())
            QSKIP("set FL_PRINT_PINS=1 to print the current rows");
        for (const QString &name : builtinScenarioNames()) {
            const Measured p = measureScenario(name);
            std::printf("    {\"%s\", 0x%016llxull, \"%s\", %llu, %llu, %llu, %llu, %d},\n", qPrintable(name),
                        static_cast<unsigned long long>(p.traceHash), p.reportDigest.constData(),
                        static_cast<unsigned long long>(p.issued),
                        static_cast<unsigned long long>(p.succeeded),
                        static_cast<unsigned long long>(p.writesAcknowledged),
                        static_cast<unsigned long long>(p.writesLost), p.incidents);
        }
        std::printf("\n");
        for (std::uint64_t seed = 1; seed <= kScheduleCount; ++seed) {
            const ScheduleReport r = runSchedule(makeRandomSchedule(seed), false);
            std::printf("    {%llu, 0x%016llxull, %llu, %llu},\n", static_cast<unsigned long long>(seed),
                        static_cast<unsigned long long>(r.traceHash),
                        static_cast<unsigned long long>(r.writesAcknowledged),
                        static_cast<unsigned long long>(r.writesLost));
        }
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(PinnedBehaviour)
#include "tst_pinnedbehaviour.moc"
