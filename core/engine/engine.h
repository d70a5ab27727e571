#pragma once

#include "command.h"
#include "event.h"
#include "eventqueue.h"
#include "heapbytes.h"
#include "random.h"
#include "simtime.h"
#include "tracehash.h"
#include "vectorstate.h"

#include <bit>
#include <cassert>
#include <cstdint>
#include <vector>

namespace fl {

// The deterministic discrete-event core: a clock, one queue of pending events, the seeded random
// streams, the command log and a running trace hash. It knows nothing about regions or requests;
// a model supplies
//     void onEvent(Engine &, const Event &);
//     void onCommand(Engine &, const Command &);
// and the engine calls it in (time, order) order. The engine is a plain value: copying it (together
// with the model's own state) is a checkpoint that continues exactly like the original.
class Engine
{
public:
    explicit Engine(std::uint64_t seed = 0) : m_seed(seed), m_random(seed) {}

    std::uint64_t seed() const { return m_seed; }
    SimTime now() const { return m_now; }
    std::uint64_t traceHash() const { return m_trace.value(); }
    std::uint64_t eventsProcessed() const { return m_processed; }
    std::size_t pendingEvents() const { return m_queue.size() - (m_topIsStale ? 1 : 0); }
    Rng &rng(Stream s) { return m_random[s]; }
    void reserve(std::size_t pending) { m_queue.reserve(pending); }
    // Every pending event in the order they will be handled, and a queue given exactly these: what
    // a checkpoint keeps of the queue (a list a fraction of the calendar's size; where an event
    // sits in the calendar decides only speed, see EventQueue's ==). Not from inside a handler.
    std::vector<Event> pendingEventList() const
    {
        assert(!m_topIsStale);
        return m_queue.eventsInOrder();
    }
    void replacePendingEvents(const std::vector<Event> &events)
    {
        assert(!m_topIsStale);
        m_queue = EventQueue();
        for (const Event &e : events)
            m_queue.push(e);
    }
    // Heap memory of the command logs.
    std::size_t commandLogBytes() const { return fl::heapBytes(m_submitted) + fl::heapBytes(m_applied); }

    // Schedules a model event. Scheduling into the past is a model bug.
    void schedule(SimTime at, std::uint32_t kind, std::uint32_t subject, std::uint64_t data)
    {
        assert(at >= m_now);
        const Event e{at, kModelEventOrderBit | m_nextEventOrder++, kind, subject, data};
        if (m_topIsStale) {
            // The event being handled still sits at the top of the queue: retire it now (most
            // handlers schedule a successor, so this is where it leaves).
            m_queue.replaceTop(e);
            m_topIsStale = false;
        } else {
            m_queue.push(e);
        }
    }
    void scheduleIn(SimTime delay, std::uint32_t kind, std::uint32_t subject, std::uint64_t data)
    {
        schedule(m_now + delay, kind, subject, data);
    }

    // Earliest time a newly submitted command can take effect without rewriting what has already
    // happened: strictly after the last processed instant.
    SimTime earliestCommandTime() const { return m_commandFloor; }

    // Queues an outside action. A time in the past is moved to the earliest legal time; the time
    // actually used is returned (and is the one the command log records).
    SimTime submit(Command c)
    {
        if (c.at < m_commandFloor)
            c.at = m_commandFloor;
        const auto index = static_cast<std::uint64_t>(m_submitted.size());
        m_submitted.push_back(c);
        // Commands sort before model events at the same instant, in submission order. A command
        // scheduled live therefore lands exactly where the same command loaded up front would.
        if (m_topIsStale) { // submitted from inside a handler: retire the handled event first
            m_queue.pop();
            m_topIsStale = false;
        }
        m_queue.push(Event{c.at, index, 0, 0, index});
        return c.at;
    }

    // Commands applied so far, in the order they took effect.
    const std::vector<Command> &commandLog() const { return m_applied; }
    // Every command submitted so far, in submission order, each with the time it applies at (after
    // submit() moved it out of the past): submitting the same list to a copy taken earlier makes
    // that copy continue exactly like this engine.
    const std::vector<Command> &submittedCommands() const { return m_submitted; }

    SimTime nextEventTime() const
    {
        assert(!m_topIsStale); // not meaningful from inside a handler
        return m_queue.empty() ? kNever : m_queue.top().time;
    }

    // Processes exactly one event (or command). Returns false when nothing is pending.
    template<class Model> bool step(Model &model)
    {
        if (m_queue.empty())
            return false;
        dispatchTop(model);
        return true;
    }

    // Processes every event with time <= t, then leaves the clock at t.
    template<class Model> void runUntil(SimTime t, Model &model)
    {
        clearUpperVectorState(); // see vectorstate.h: otherwise the host can halve our speed
        while (!m_queue.empty() && m_queue.top().time <= t)
            dispatchTop(model);
        if (t > m_now) {
            m_now = t;
            m_commandFloor = t + 1;
        }
    }

    friend bool operator==(const Engine &, const Engine &) = default;

private:
    template<class Model> void dispatchTop(Model &model)
    {
        const Event e = m_queue.top();
        m_topIsStale = true;
        dispatch(e, model);
        if (m_topIsStale) {
            m_queue.pop();
            m_topIsStale = false;
        }
    }

    template<class Model> void dispatch(const Event &e, Model &model)
    {
        m_now = e.time;
        m_commandFloor = e.time + 1;
        ++m_processed;
        if ((e.order & kModelEventOrderBit) == 0) {
            const Command c = m_submitted[e.data];
            m_applied.push_back(c);
            m_trace.addEvent(static_cast<std::uint64_t>(e.time),
                             0xC0FFEE00000000ULL ^ c.type ^ std::bit_cast<std::uint64_t>(c.x) * 31 ^
                                 std::bit_cast<std::uint64_t>(c.y) * 131 ^ static_cast<std::uint32_t>(c.c),
                             static_cast<std::uint64_t>(static_cast<std::uint32_t>(c.a)) << 32 |
                                 static_cast<std::uint32_t>(c.b));
            model.onCommand(*this, c);
        } else {
            m_trace.addEvent(static_cast<std::uint64_t>(e.time), std::uint64_t{e.kind} << 32 | e.subject,
                             e.data);
            model.onEvent(*this, e);
        }
    }

    std::uint64_t m_seed = 0;
    SimTime m_now = 0;
    SimTime m_commandFloor = 0;
    std::uint64_t m_processed = 0;
    std::uint64_t m_nextEventOrder = 0;
    bool m_topIsStale = false; // true while the handled event still occupies the queue's top
    EventQueue m_queue;
    RandomStreams m_random;
    TraceHash m_trace;
    std::vector<Command> m_submitted;
    std::vector<Command> m_applied;
};

} // namespace fl
