#include "holdbench.h"

#include "engine/engine.h"

#include <chrono>
#include <queue>
#include <vector>

namespace fl::bench {
namespace {

// Benchmarks are the one place in core/ that reads the wall clock: they measure the machine, not
// the model, and nothing they time feeds back into a simulation.
using WallClock = std::chrono::steady_clock;

double secondsSince(WallClock::time_point start)
{
    return std::chrono::duration<double>(WallClock::now() - start).count();
}

constexpr double kMeanHoldMicros = 1000.0;

struct HoldModel
{
    std::uint64_t handled = 0;
    void onEvent(Engine &engine, const Event &e)
    {
        ++handled;
        const auto delay = static_cast<SimTime>(engine.rng(Stream::Test).exponential(kMeanHoldMicros)) + 1;
        engine.scheduleIn(delay, e.kind, e.subject, e.data + 1);
    }
    void onCommand(Engine &, const Command &) {}
};

} // namespace

BenchResult baselineHeap(std::uint64_t pending, std::uint64_t steps, std::uint64_t seed)
{
    struct Item
    {
        SimTime time;
        std::uint64_t seq;
        std::uint64_t data;
        bool operator>(const Item &o) const { return time > o.time || (time == o.time && seq > o.seq); }
    };
    RandomStreams random(seed);
    Rng &rng = random[Stream::Test];
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    std::uint64_t seq = 0;
    for (std::uint64_t i = 0; i < pending; ++i)
        queue.push(Item{static_cast<SimTime>(rng.exponential(kMeanHoldMicros)), seq++, i});

    std::uint64_t checksum = 0;
    const auto start = WallClock::now();
    for (std::uint64_t i = 0; i < steps; ++i) {
        const Item top = queue.top();
        queue.pop();
        checksum += static_cast<std::uint64_t>(top.time);
        const auto delay = static_cast<SimTime>(rng.exponential(kMeanHoldMicros)) + 1;
        queue.push(Item{top.time + delay, seq++, top.data + 1});
    }
    BenchResult r;
    r.name = "baseline_heap";
    r.seconds = secondsSince(start);
    r.events = steps;
    r.checksum = checksum;
    return r;
}

BenchResult engineHold(std::uint64_t pending, std::uint64_t steps, std::uint64_t seed)
{
    Engine engine(seed);
    engine.reserve(pending + 1);
    Rng &rng = engine.rng(Stream::Test);
    for (std::uint64_t i = 0; i < pending; ++i)
        engine.schedule(static_cast<SimTime>(rng.exponential(kMeanHoldMicros)), 1, 0, i);

    HoldModel model;
    const auto start = WallClock::now();
    for (std::uint64_t i = 0; i < steps; ++i)
        engine.step(model);
    BenchResult r;
    r.name = "engine";
    r.seconds = secondsSince(start);
    r.events = model.handled;
    r.simulatedSeconds = toSeconds(engine.now());
    r.checksum = engine.traceHash();
    return r;
}

} // namespace fl::bench
