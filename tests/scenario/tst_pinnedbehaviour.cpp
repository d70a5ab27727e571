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
    {"active-active-stateless", 0x4d0499e33ca3affcull, "f4ce0fc82192a326", 960122, 909751, 0, 0, 1},
    {"active-passive-async", 0x8dd7f09685f6c5eaull, "32fd13443ba9460b", 1008218, 932571, 372477, 311, 1},
    {"active-passive-sync-quorum", 0xafd532500031c062ull, "32934c19ef074517", 1008218, 932580, 372464, 0, 1},
    {"crdt-counter-partition", 0x9950e8d4832a379bull, "2575dd5421e913f9", 1260883, 1260684, 630016, 0, 1},
    {"dns-ttl-vs-front-door-dns", 0x21c5b9e757a5bb8eull, "6219e0e74bfbd709", 1139258, 1088438, 0, 0, 1},
    {"dns-ttl-vs-front-door-frontdoor", 0x285accf11d45749cull, "632b8d221b493ad8", 1139258, 1109561, 0, 0, 1},
    {"hidden-payments-dependency", 0xf299b8a38f5737d7ull, "d5f4212fa284ddd3", 1081504, 980207, 146710, 10, 1},
    {"link-degradation", 0xceba88efc1c1e0dbull, "397e1fcaea4adbcd", 863528, 863458, 0, 0, 2},
    {"manual-failback", 0xfbe0fe5b45a7fe4aull, "2bc24faaba05f52b", 864750, 828936, 0, 0, 1},
    {"manual-vs-automatic-failover-automatic", 0x0bbb6935a2efae16ull, "0f2ea9386f70bf9b", 1078789, 1017191, 203515, 12, 1},
    {"manual-vs-automatic-failover-manual", 0x185855b42971792full, "9c2127b5c9c12e5d", 1078789, 932464, 126547, 12, 1},
    {"multi-primary-lww-clock-skew", 0x349c5b6a3864eaa6ull, "116950b02f577537", 551668, 551527, 165410, 28211, 0},
    {"read-heavy-vs-write-heavy-read", 0x0ea34c2bdf26611full, "fc092e8186b93a3f", 1439046, 1390449, 68156, 9, 1},
    {"read-heavy-vs-write-heavy-write", 0x74e19498dab2a117ull, "f7ea8fad54a09f03", 1439046, 1241477, 684504, 132, 1},
    {"regional-overload", 0x5636d2bcd494c3c1ull, "05bf3be99d251b26", 1081350, 902008, 0, 0, 0},
    {"shallow-vs-deep-health-check-deep", 0x786796d404e0004dull, "816f620c7e3563bc", 671947, 654520, 0, 0, 1},
    {"shallow-vs-deep-health-check-shallow", 0x69642cdbc31e2d11ull, "a325ffd6e21fefb3", 671947, 479360, 0, 0, 1},
    {"split-brain-fencing", 0x0feaf2b60c9abe6aull, "ed92d205fd06d52e", 1078770, 1069026, 313614, 43407, 1},
    {"split-brain-quorum-leases", 0xdec79776e680f3c8ull, "e6390065731d3df4", 1078770, 1024639, 269225, 0, 1},
    {"split-brain-unprotected", 0x0108d4d9a2615e2full, "f1682fd95a68db84", 1078770, 1069025, 313613, 77, 1},
    {"warm-standby-vs-pilot-light-pilot", 0x5de0dd6336784fcbull, "494c27835d104e6d", 1080437, 462802, 0, 0, 1},
    {"warm-standby-vs-pilot-light-warm", 0x3f69325e9b37b51cull, "fd26b641e1b7f941", 1080437, 938711, 0, 0, 1},
};

constexpr SchedulePin kSchedulePins[] = {
    {1, 0xc7b871878a22b2a6ull, 2184, 0},
    {2, 0x3c0491b8d748956aull, 10319, 0},
    {3, 0x892dc29c5308a0e5ull, 19020, 0},
    {4, 0x97c8ed18ed0ddfc4ull, 4574, 0},
    {5, 0xd3cdb21dc0ac9ef7ull, 11693, 0},
    {6, 0xd1bcd2832f2f3d4cull, 4701, 0},
    {7, 0x9c0a3fddc4934400ull, 30102, 3498},
    {8, 0x1312fd23b52783bfull, 879, 0},
    {9, 0x350bdd72b5c11fb6ull, 2883, 0},
    {10, 0x5138d8caf3b2c4c7ull, 7108, 0},
    {11, 0x1061b6c980eb9c34ull, 3694, 0},
    {12, 0x34a4097ac9880106ull, 3113, 0},
    {13, 0xad7ccc6f9b271810ull, 16710, 0},
    {14, 0xda3f39db93f55775ull, 2428, 0},
    {15, 0x146c9cad98d2bae8ull, 7305, 0},
    {16, 0x5b7287e729135a24ull, 7540, 0},
    {17, 0xa6220a5431dbb763ull, 1732, 0},
    {18, 0x71dea3c7faf135cdull, 1900, 0},
    {19, 0xeec55a29ee43f315ull, 7657, 0},
    {20, 0xa09aa15c350a1264ull, 3636, 29},
    {21, 0xce9cb5cf37815459ull, 1541, 76},
    {22, 0xfb480088bdb909bfull, 3111, 0},
    {23, 0x88d56eaa841e9de1ull, 4965, 0},
    {24, 0xdf4fbab482a3f21bull, 8623, 0},
    {25, 0x59191af15c8de463ull, 12434, 0},
    {26, 0x58d626d022cf484full, 8332, 0},
    {27, 0xc182134a6e3d9182ull, 2647, 0},
    {28, 0x08c5d2d274ca4bd3ull, 2551, 0},
    {29, 0x28a25c6c02489b4eull, 7520, 0},
    {30, 0xee692711e1503857ull, 12932, 0},
    {31, 0x9cf45fbd41102a73ull, 7545, 0},
    {32, 0x811af478c4f19168ull, 20257, 0},
    {33, 0x4303a35c2689c0ecull, 15189, 0},
    {34, 0x1ec2f6aa8cd39f8cull, 4995, 0},
    {35, 0x0ff9c3f419c5f6a8ull, 2978, 0},
    {36, 0x2734e6741d0a7cb9ull, 7304, 0},
    {37, 0x40c422e95e174980ull, 5584, 0},
    {38, 0x26a471e03ca88b01ull, 3793, 0},
    {39, 0xd6d82a04c174a34dull, 2622, 0},
    {40, 0xe57a14272f82bf07ull, 766, 0},
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
