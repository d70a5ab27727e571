#pragma once

#include "bulkstate.h"
#include "engine/command.h"
#include "engine/event.h"
#include "engine/simtime.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace fl {

class Simulation;

// A run's past, kept so that any instant of it can be reached again exactly: a checkpoint (a copy
// of the simulation) every `spacing` of simulated time, and the way back to an instant is the
// newest checkpoint before it, run forward with the same commands. The simulation is
// deterministic, so the state reached is the state first seen, trace hash and all.
//
// Memory. A whole copy is tens of megabytes with a large key space (100,000 keys on three regions:
// 25 MB), nearly all of it bulk state (Simulation::visitBulkState: per-key values, histograms) of
// which a few percent changes between checkpoints. A checkpoint therefore keeps the rest of the
// world whole (under 1 MB there: queue, clients, requests, logs; the metrics' series share their
// pages between copies) and its bulk state as a delta from the checkpoint before it; the first
// checkpoint keeps its bulk state whole, as a keyframe. The event queue is kept as the list of
// pending events. When the checkpoints outgrow the budget, the one whose neighbours are closest
// together is dropped (its delta merged into the next one's) until they fit, and new ones are
// taken at the checkpoints' mean distance, so they stay evenly spread over the whole run. Two images of the
// bulk state are kept beside them for the work (the newest checkpoint's, to record the next delta, and the
// last one rebuilt): workingBytes(), not in the budget.
//
// Branches. Checkpoints are immutable and shared: a branch forked at T starts as a copy of its
// parent's store without the checkpoints at or after T (forkedAt), sharing the others.
class CheckpointStore
{
public:
    static constexpr std::size_t kDefaultBudgetBytes = 200'000'000;
    static constexpr SimTime kDefaultSpacing = 10 * kSecond;

    explicit CheckpointStore(std::size_t budgetBytes = kDefaultBudgetBytes,
                             SimTime spacing = kDefaultSpacing);

    // Takes a checkpoint when the newest is at least `spacing` old (or there is none yet); the
    // owner offers after each slice it runs. Returns whether it took one. The first checkpoint
    // must be taken after the world's own schedule was submitted: the commands a checkpoint holds
    // belong to every branch forked after it.
    bool offer(Simulation &sim);
    // Takes a checkpoint now (sim.now() must be later than the newest's).
    void take(Simulation &sim);

    // The world at `t` on the branch whose commands are `commands` (its engine's
    // submittedCommands(), which must extend those of this store's checkpoints): the newest
    // checkpoint before t (the first one when t is not after it), given every command submitted
    // after it that applies by t, and run to t. With `keepFuture`, the branch's later commands are
    // submitted too, so the world plays on as the branch did; without, it continues from t with
    // only the checkpoint's schedule (the start of a fork). Requires a checkpoint.
    Simulation reach(SimTime t, const std::vector<Command> &commands, bool keepFuture) const;

    // This store without its checkpoints at or after `t`, sharing the others: the past of a branch
    // forked at t.
    CheckpointStore forkedAt(SimTime t) const;

    bool empty() const { return m_checkpoints.empty(); }
    std::size_t count() const { return m_checkpoints.size(); }
    std::vector<SimTime> times() const;
    SimTime spacing() const { return m_spacing; }
    std::size_t budgetBytes() const { return m_budget; }
    // Memory the checkpoints hold (their worlds without bulk state, their deltas and keyframes),
    // counting those shared with another branch too.
    std::size_t bytes() const;
    // The two bulk images kept for the work (see above).
    std::size_t workingBytes() const;
    // Checkpoints dropped to stay within the budget.
    int thinnings() const { return m_thinnings; }

private:
    struct Checkpoint
    {
        SimTime at = 0;
        std::size_t commandCount = 0;            // commands its world had been given
        std::shared_ptr<const Simulation> world; // without its bulk state and pending events
        std::size_t worldBytes = 0;
        std::vector<Event> pending;
        // Exactly one of: the whole bulk state, or what changed since the previous checkpoint.
        std::shared_ptr<const BulkKeyframe> keyframe;
        BulkDelta delta;
        std::size_t bytes() const;
    };
    using CheckpointPtr = std::shared_ptr<const Checkpoint>;

    std::size_t indexFor(SimTime t) const;
    const BulkImage &rebuild(std::size_t index) const; // through the cache below
    BulkImage rebuildFresh(std::size_t index) const;
    void thin();

    std::size_t m_budget;
    SimTime m_spacing;
    int m_thinnings = 0;
    std::vector<CheckpointPtr> m_checkpoints;
    BulkImage m_newest; // the bulk state at the newest checkpoint
    // The last image rebuilt, and which checkpoint it belongs to (a later jump often starts there).
    mutable BulkImage m_rebuilt;
    mutable const Checkpoint *m_rebuiltFor = nullptr;
};

} // namespace fl
