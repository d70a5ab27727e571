#include "checkpointstore.h"

#include "sim/simulation.h"

#include <algorithm>
#include <cassert>
#include <optional>

namespace fl {

std::size_t CheckpointStore::Checkpoint::bytes() const
{
    return sizeof(Checkpoint) + worldBytes + pending.capacity() * sizeof(Event) +
           (keyframe ? keyframe->bytes() : 0) + delta.bytes();
}

CheckpointStore::CheckpointStore(std::size_t budgetBytes, SimTime spacing)
    : m_budget(budgetBytes), m_spacing(std::max<SimTime>(1, spacing))
{}

bool CheckpointStore::offer(Simulation &sim)
{
    if (!m_checkpoints.empty() && sim.now() < m_checkpoints.back()->at + m_spacing)
        return false;
    take(sim);
    return true;
}

void CheckpointStore::take(Simulation &sim)
{
    assert(m_checkpoints.empty() || sim.now() > m_checkpoints.back()->at);
    auto checkpoint = std::make_shared<Checkpoint>();
    checkpoint->at = sim.now();
    checkpoint->commandCount = sim.submittedCommands().size();
    checkpoint->world = std::make_shared<const Simulation>(sim.copyWithoutBulkState());
    checkpoint->worldBytes = sim.heapBytesWithoutBulkState();
    checkpoint->pending = sim.pendingEvents();
    BulkImage now = captureBulkState(sim);
    if (m_checkpoints.empty() || !m_newest.sameShape(now))
        checkpoint->keyframe = std::make_shared<const BulkKeyframe>(now);
    else
        checkpoint->delta = BulkDelta::between(m_newest, now);
    m_newest = std::move(now);
    m_checkpoints.push_back(std::move(checkpoint));
    if (bytes() > m_budget)
        thin();
}

std::size_t CheckpointStore::indexFor(SimTime t) const
{
    assert(!m_checkpoints.empty());
    // The newest checkpoint strictly before t: a command submitted just before a checkpoint at
    // exactly t applies at t + 1 and must not be part of a fork at t.
    const auto after = std::lower_bound(m_checkpoints.begin(), m_checkpoints.end(), t,
                                        [](const CheckpointPtr &c, SimTime at) { return c->at < at; });
    return after == m_checkpoints.begin() ? 0 : static_cast<std::size_t>(after - m_checkpoints.begin()) - 1;
}

BulkImage CheckpointStore::rebuildFresh(std::size_t index) const
{
    std::size_t from = index;
    while (!m_checkpoints[from]->keyframe)
        --from;
    BulkImage image = m_checkpoints[from]->keyframe->image();
    for (std::size_t i = from + 1; i <= index; ++i) {
        if (m_checkpoints[i]->keyframe)
            image = m_checkpoints[i]->keyframe->image();
        else
            m_checkpoints[i]->delta.applyTo(image);
    }
    return image;
}

const BulkImage &CheckpointStore::rebuild(std::size_t index) const
{
    const Checkpoint *target = m_checkpoints[index].get();
    if (m_rebuiltFor == target)
        return m_rebuilt;
    // A delta is an XOR, so it walks either way: from the image rebuilt last, from the newest
    // checkpoint's (kept for recording), or forward from the keyframe before the target. The
    // cheapest start wins (a delta costs about a millisecond; a keyframe or a copy of a whole
    // image, several).
    const std::size_t newest = m_checkpoints.size() - 1;
    std::size_t keyframe = index;
    while (!m_checkpoints[keyframe]->keyframe)
        --keyframe;
    // Walking back from `from` to `index` must not cross a keyframe (no delta leads into it).
    const auto backwardOk = [&](std::size_t from) {
        for (std::size_t i = index + 1; i <= from; ++i)
            if (m_checkpoints[i]->keyframe)
                return false;
        return true;
    };
    std::optional<std::size_t> cached;
    for (std::size_t i = 0; i < m_checkpoints.size() && m_rebuiltFor; ++i)
        if (m_checkpoints[i].get() == m_rebuiltFor)
            cached = i;
    constexpr double kWholeImage = 8; // in deltas
    double bestCost = kWholeImage + static_cast<double>(index - keyframe);
    enum class Start
    {
        Keyframe,
        Cached,
        Newest
    } start = Start::Keyframe;
    if (cached && (*cached <= index ? *cached >= keyframe : backwardOk(*cached))) {
        const double cost = static_cast<double>(*cached <= index ? index - *cached : *cached - index);
        if (cost < bestCost) {
            bestCost = cost;
            start = Start::Cached;
        }
    }
    if (backwardOk(newest) && kWholeImage / 2 + static_cast<double>(newest - index) < bestCost)
        start = Start::Newest;

    std::size_t at = index;
    switch (start) {
    case Start::Keyframe:
        m_checkpoints[keyframe]->keyframe->imageInto(m_rebuilt);
        at = keyframe;
        break;
    case Start::Cached:
        at = *cached;
        break;
    case Start::Newest:
        m_rebuilt = m_newest;
        at = newest;
        break;
    }
    for (; at < index; ++at) {
        const Checkpoint &next = *m_checkpoints[at + 1];
        if (next.keyframe)
            next.keyframe->imageInto(m_rebuilt);
        else
            next.delta.applyTo(m_rebuilt);
    }
    for (; at > index; --at)
        m_checkpoints[at]->delta.applyTo(m_rebuilt); // undoes what it did
    m_rebuiltFor = target;
    return m_rebuilt;
}

Simulation CheckpointStore::reach(SimTime t, const std::vector<Command> &commands, bool keepFuture) const
{
    const std::size_t index = indexFor(t);
    const Checkpoint &checkpoint = *m_checkpoints[index];
    assert(commands.size() >= checkpoint.commandCount);
    Simulation sim(*checkpoint.world);
    sim.replacePendingEvents(checkpoint.pending);
    restoreBulkState(rebuild(index), sim);
    for (std::size_t i = checkpoint.commandCount; i < commands.size(); ++i)
        if (keepFuture || commands[i].at <= t)
            sim.submit(commands[i]);
    sim.runUntil(std::max(t, checkpoint.at));
    return sim;
}

CheckpointStore CheckpointStore::forkedAt(SimTime t) const
{
    CheckpointStore fork(m_budget, m_spacing);
    fork.m_thinnings = m_thinnings;
    if (m_checkpoints.empty())
        return fork;
    const std::size_t last = indexFor(t);
    fork.m_checkpoints.assign(m_checkpoints.begin(),
                              m_checkpoints.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    fork.m_newest = rebuild(last);
    return fork;
}

std::vector<SimTime> CheckpointStore::times() const
{
    std::vector<SimTime> out;
    out.reserve(m_checkpoints.size());
    for (const CheckpointPtr &c : m_checkpoints)
        out.push_back(c->at);
    return out;
}

std::size_t CheckpointStore::bytes() const
{
    std::size_t total = 0;
    for (const CheckpointPtr &c : m_checkpoints)
        total += c->bytes();
    return total;
}

std::size_t CheckpointStore::workingBytes() const
{
    return m_newest.bytes() + m_rebuilt.bytes();
}

void CheckpointStore::thin()
{
    // Drop the checkpoint whose neighbours are closest together, never the first (the keyframe)
    // nor the newest (m_newest is its image, which the next delta starts from), until they fit.
    while (bytes() > m_budget && m_checkpoints.size() > 2) {
        std::size_t drop = 1;
        for (std::size_t i = 2; i + 1 < m_checkpoints.size(); ++i)
            if (m_checkpoints[i + 1]->at - m_checkpoints[i - 1]->at <
                m_checkpoints[drop + 1]->at - m_checkpoints[drop - 1]->at)
                drop = i;
        const Checkpoint &dropped = *m_checkpoints[drop];
        const Checkpoint &next = *m_checkpoints[drop + 1];
        if (!next.keyframe) {
            // The next one's delta now starts where the dropped one's did.
            auto replacement = std::make_shared<Checkpoint>(next);
            if (dropped.keyframe) {
                BulkImage image = rebuildFresh(drop);
                next.delta.applyTo(image);
                replacement->keyframe = std::make_shared<const BulkKeyframe>(image);
                replacement->delta = BulkDelta();
            } else {
                replacement->delta = BulkDelta::merged(dropped.delta, next.delta);
            }
            m_checkpoints[drop + 1] = std::move(replacement);
        }
        m_checkpoints.erase(m_checkpoints.begin() + static_cast<std::ptrdiff_t>(drop));
        ++m_thinnings;
    }
    if (m_checkpoints.size() > 1)
        m_spacing = std::max(m_spacing, (m_checkpoints.back()->at - m_checkpoints.front()->at) /
                                            static_cast<SimTime>(m_checkpoints.size() - 1));
    // The image rebuilt last may belong to a checkpoint no longer kept.
    m_rebuiltFor = nullptr;
    m_rebuilt = BulkImage();
}

} // namespace fl
