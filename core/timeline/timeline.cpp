#include "timeline.h"

#include "sim/simulation.h"

#include <algorithm>
#include <cassert>

namespace fl {

Timeline::Timeline(Simulation &start, std::size_t budgetBytes) : m_budget(budgetBytes)
{
    Branch trunk;
    trunk.id = 0;
    trunk.commands = start.submittedCommands();
    trunk.ownCommandsFrom = trunk.commands.size();
    trunk.reached = start.now();
    trunk.checkpoints = CheckpointStore(budgetBytes);
    trunk.checkpoints.take(start);
    m_branches.push_back(std::move(trunk));
}

const Timeline::Branch *Timeline::find(int id) const
{
    const auto it =
        std::find_if(m_branches.begin(), m_branches.end(), [id](const Branch &b) { return b.id == id; });
    return it == m_branches.end() ? nullptr : &*it;
}

Timeline::Branch *Timeline::findMutable(int id)
{
    return const_cast<Branch *>(std::as_const(*this).find(id));
}

void Timeline::advanced(Simulation &world)
{
    Branch &branch = *findMutable(m_current);
    branch.checkpoints.offer(world);
    if (world.now() > branch.reached) {
        branch.reached = world.now();
        branch.incidents = world.incidents();
    }
}

void Timeline::commandTaken(const Simulation &world)
{
    findMutable(m_current)->commands = world.submittedCommands();
}

bool Timeline::behindFrontier(const Simulation &world) const
{
    return world.now() < current().reached;
}

Simulation Timeline::fork(const Simulation &world)
{
    const Branch &parent = current();
    const SimTime at = world.now();
    Simulation start = parent.checkpoints.reach(at, parent.commands, false);
    Branch branch;
    branch.id = m_nextId++;
    branch.parent = parent.id;
    branch.forkAt = at;
    branch.commands = start.submittedCommands();
    branch.ownCommandsFrom = branch.commands.size();
    branch.reached = at;
    branch.incidents = start.incidents();
    branch.checkpoints = parent.checkpoints.forkedAt(at);
    m_current = branch.id;
    m_branches.push_back(std::move(branch));
    return start;
}

Simulation Timeline::reach(SimTime t) const
{
    const Branch &branch = current();
    return branch.checkpoints.reach(std::clamp<SimTime>(t, 0, branch.reached), branch.commands, true);
}

Simulation Timeline::switchTo(int id, SimTime t)
{
    assert(find(id));
    m_current = id;
    return reach(t);
}

bool Timeline::remove(int id)
{
    if (id == 0 || !find(id))
        return false;
    for (const Branch *b = find(m_current); b; b = b->parent >= 0 ? find(b->parent) : nullptr)
        if (b->id == id)
            return false; // the branch shown, or one it grew from
    // The branch and, transitively, every branch forked from it.
    std::vector<int> doomed{id};
    for (std::size_t i = 0; i < doomed.size(); ++i)
        for (const Branch &b : m_branches)
            if (b.parent == doomed[i])
                doomed.push_back(b.id);
    std::erase_if(m_branches, [&doomed](const Branch &b) {
        return std::find(doomed.begin(), doomed.end(), b.id) != doomed.end();
    });
    return true;
}

bool Timeline::rename(int id, const std::string &name)
{
    Branch *branch = findMutable(id);
    if (!branch)
        return false;
    branch->name = name;
    return true;
}

std::size_t Timeline::checkpointBytes() const
{
    std::size_t total = 0;
    for (const Branch &b : m_branches)
        total += b.checkpoints.bytes();
    return total;
}

} // namespace fl
