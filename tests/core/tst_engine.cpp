// Determinism and ordering of the discrete-event engine, on a model rich enough that a toy cannot
// fake it: jobs circulate through a network of service stations, drawing service times, routing
// choices and network delays from three separate random streams, while commands change the model.
#include "engine/engine.h"

#include <QTest>
#include <algorithm>
#include <queue>
#include <vector>

using namespace fl;

namespace {

enum Kind : std::uint32_t
{
    ServiceDone = 1,
    Arrive = 2
};
enum CommandKind : std::uint32_t
{
    SlowStation = 1,
    AddJobs = 2
};

struct Station
{
    int queued = 0;
    bool busy = false;
    double meanServiceMicros = 800.0;
    std::uint64_t served = 0;
    friend bool operator==(const Station &, const Station &) = default;
};

struct StationNetwork
{
    std::vector<Station> stations;
    std::uint64_t nextJob = 0;

    explicit StationNetwork(int n = 7) : stations(static_cast<std::size_t>(n)) {}

    void start(Engine &engine, int jobs)
    {
        for (int i = 0; i < jobs; ++i)
            arrive(engine, static_cast<std::uint32_t>(i % stations.size()), nextJob++);
    }

    void arrive(Engine &engine, std::uint32_t s, std::uint64_t job)
    {
        Station &st = stations[s];
        if (st.busy) {
            ++st.queued;
            return;
        }
        st.busy = true;
        const auto service =
            static_cast<SimTime>(engine.rng(Stream::Service).exponential(st.meanServiceMicros));
        engine.scheduleIn(service, ServiceDone, s, job);
    }

    void onEvent(Engine &engine, const Event &e)
    {
        if (e.kind == ServiceDone) {
            Station &st = stations[e.subject];
            ++st.served;
            st.busy = false;
            const auto next = static_cast<std::uint32_t>(engine.rng(Stream::Routing).below(stations.size()));
            const auto delay = static_cast<SimTime>(engine.rng(Stream::Network).exponential(300.0));
            engine.scheduleIn(delay, Arrive, next, e.data);
            if (st.queued > 0) {
                --st.queued;
                st.busy = true;
                const auto service =
                    static_cast<SimTime>(engine.rng(Stream::Service).exponential(st.meanServiceMicros));
                engine.scheduleIn(service, ServiceDone, e.subject, nextJob++);
            }
        } else if (e.kind == Arrive) {
            arrive(engine, e.subject, e.data);
        }
    }

    void onCommand(Engine &engine, const Command &c)
    {
        if (c.type == SlowStation)
            stations[static_cast<std::size_t>(c.a)].meanServiceMicros = c.x;
        else if (c.type == AddJobs)
            start(engine, c.a);
    }

    friend bool operator==(const StationNetwork &, const StationNetwork &) = default;
};

struct Run
{
    Engine engine;
    StationNetwork model;
    explicit Run(std::uint64_t seed) : engine(seed) { model.start(engine, 40); }
    void runUntil(SimTime t) { engine.runUntil(t, model); }
};

constexpr SimTime kHorizon = 2 * kSecond;

} // namespace

class EngineTest : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameHashWhateverTheStepSize()
    {
        Run straight(7);
        straight.runUntil(kHorizon);
        QVERIFY(straight.engine.eventsProcessed() > 10'000);

        Run stepped(7);
        for (int i = 1; i <= 1000; ++i)
            stepped.runUntil(kHorizon * i / 1000);
        QCOMPARE(stepped.engine.traceHash(), straight.engine.traceHash());
        QCOMPARE(stepped.engine.eventsProcessed(), straight.engine.eventsProcessed());
        QVERIFY(stepped.model == straight.model);

        // Single events, one at a time, end in the same place too.
        Run single(7);
        while (single.engine.nextEventTime() <= kHorizon)
            single.engine.step(single.model);
        QCOMPARE(single.engine.traceHash(), straight.engine.traceHash());
    }

    void checkpointCopyContinuesIdentically()
    {
        Run straight(11);
        straight.runUntil(kHorizon);

        Run original(11);
        original.runUntil(kHorizon / 3);
        Run checkpoint = original; // the whole state, by value
        original.runUntil(kHorizon);
        checkpoint.runUntil(kHorizon);
        QCOMPARE(checkpoint.engine.traceHash(), straight.engine.traceHash());
        QCOMPARE(original.engine.traceHash(), straight.engine.traceHash());
        QVERIFY(checkpoint.model == straight.model);
    }

    void anotherSeedAnotherHash()
    {
        Run a(1), b(2);
        a.runUntil(kHorizon);
        b.runUntil(kHorizon);
        QVERIFY(a.engine.traceHash() != b.engine.traceHash());
    }

    void commandChangesOnlyTheFuture()
    {
        const SimTime t = kHorizon / 2;
        Run plain(5), commanded(5);
        commanded.engine.submit(Command{t, SlowStation, 3, -1, -1, 5000.0, 0.0});

        plain.runUntil(t - 1);
        commanded.runUntil(t - 1);
        QCOMPARE(commanded.engine.traceHash(), plain.engine.traceHash());
        QVERIFY(commanded.model == plain.model);

        plain.runUntil(kHorizon);
        commanded.runUntil(kHorizon);
        QVERIFY(commanded.engine.traceHash() != plain.engine.traceHash());
        QCOMPARE(commanded.engine.commandLog().size(), std::size_t{1});
        QCOMPARE(commanded.engine.commandLog().front().at, t);
    }

    void liveCommandEqualsPreloadedCommand()
    {
        // A command submitted while the run is paused at t-1 lands exactly where the same command
        // loaded before the run starts would: the event ordering does not depend on when it was queued.
        const SimTime t = kHorizon / 2;
        Run preloaded(9), live(9);
        preloaded.engine.submit(Command{t, AddJobs, 12, -1, -1, 0.0, 0.0});
        preloaded.runUntil(kHorizon);
        live.runUntil(t - 1);
        live.engine.submit(Command{t, AddJobs, 12, -1, -1, 0.0, 0.0});
        live.runUntil(kHorizon);
        QCOMPARE(live.engine.traceHash(), preloaded.engine.traceHash());
    }

    void commandInThePastIsClampedAfterNow()
    {
        Run run(3);
        run.runUntil(kSecond);
        const SimTime applied = run.engine.submit(Command{10, SlowStation, 0, -1, -1, 100.0, 0.0});
        QCOMPARE(applied, kSecond + 1);
    }

    void commandLogReplayReproducesTheRun()
    {
        Run original(21);
        // Interleave stepping with commands, as a person at the GUI would.
        for (int i = 1; i <= 20; ++i) {
            original.runUntil(kHorizon * i / 20);
            if (i % 3 == 0)
                original.engine.submit(
                    Command{original.engine.now(), SlowStation, i % 7, -1, -1, 200.0 * i, 0});
            if (i % 5 == 0)
                original.engine.submit(Command{original.engine.now() + 777, AddJobs, i, -1, -1, 0, 0});
        }
        original.runUntil(kHorizon + kSecond);
        const auto log = original.engine.commandLog();
        QCOMPARE(log.size(), std::size_t{10});

        Run replay(21);
        for (const Command &c : log)
            replay.engine.submit(c);
        replay.runUntil(kHorizon + kSecond);
        QCOMPARE(replay.engine.traceHash(), original.engine.traceHash());
        QVERIFY(replay.engine.commandLog() == log);
        QVERIFY(replay.model == original.model);
    }

    void equalTimesKeepSchedulingOrderAndCommandsComeFirst()
    {
        struct Recorder
        {
            std::vector<std::uint64_t> seen;
            void onEvent(Engine &, const Event &e) { seen.push_back(e.data); }
            void onCommand(Engine &, const Command &c)
            {
                seen.push_back(1000 + static_cast<std::uint64_t>(c.a));
            }
        } recorder;
        Engine engine(1);
        for (std::uint64_t i = 0; i < 50; ++i)
            engine.schedule(100, 1, 0, i);
        engine.schedule(99, 1, 0, 999);
        engine.submit(Command{100, 1, 1, -1, -1, 0, 0});
        engine.submit(Command{100, 1, 2, -1, -1, 0, 0});
        engine.runUntil(1000, recorder);
        std::vector<std::uint64_t> expected{999, 1001, 1002};
        for (std::uint64_t i = 0; i < 50; ++i)
            expected.push_back(i);
        QVERIFY(recorder.seen == expected);
    }

    void randomStreamsAreIndependent()
    {
        RandomStreams a(77), b(77);
        for (int i = 0; i < 1000; ++i)
            a[Stream::Workload].next(); // one purpose draws far more numbers...
        for (int i = 0; i < 100; ++i)
            QCOMPARE(a[Stream::Network].next(), b[Stream::Network].next()); // ...another sees no change
        RandomStreams c(78);
        QVERIFY(c[Stream::Network].next() != RandomStreams(77)[Stream::Network].next());
    }

    void rngDistributionsAreSane()
    {
        Rng rng(5);
        double sum = 0;
        const int n = 200'000;
        std::vector<int> buckets(10);
        for (int i = 0; i < n; ++i) {
            sum += rng.exponential(2.0);
            ++buckets[rng.below(10)];
        }
        QVERIFY(std::abs(sum / n - 2.0) < 0.03);
        for (int count : buckets)
            QVERIFY(std::abs(count - n / 10) < 600); // ~6.3 standard deviations
    }
};

QTEST_GUILESS_MAIN(EngineTest)
#include "tst_engine.moc"
