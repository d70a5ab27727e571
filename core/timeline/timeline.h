#pragma once

#include "checkpointstore.h"
#include "control/incident.h"
#include "engine/command.h"
#include "engine/simtime.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fl {

class Simulation;

// A run's branches, kept as a tree: the lab's window goes back to any instant of the branch it
// shows and plays it again, and an action taken at an earlier instant starts a new branch from
// there while the old future stays to return to.
//
// A branch is its commands (the engine's submittedCommands(), every one with the instant it applies
// at) and its checkpoints; everything else follows from the world's start and the determinism of
// the simulation. A branch forked at T from a parent holds the parent's commands that applied by T,
// then its own; its checkpoints before T are its parent's, shared.
//
// The owner keeps the world (one Simulation) and tells the timeline what happens to it: advanced()
// after each slice it runs, and before a command goes to it, whether that command forks
// (commandWouldFork) and if so forkAt(). Not thread-safe: it lives with the world on the
// simulation thread.
class Timeline
{
public:
    struct Branch
    {
        int id = 0;
        int parent = -1;    // -1: the trunk
        SimTime forkAt = 0; // where it leaves its parent (0 for the trunk)
        std::string name;   // empty until renamed; a view names it by its first own action
        std::vector<Command> commands;
        std::size_t ownCommandsFrom = 0; // commands[i] for i >= this were taken on this branch
        SimTime reached = 0;             // the latest instant it has been simulated to
        std::vector<Incident> incidents; // as of `reached`
        CheckpointStore checkpoints;
    };

    // Starts the trunk at `start` (its schedule already submitted: every branch keeps it).
    explicit Timeline(Simulation &start, std::size_t budgetBytes = CheckpointStore::kDefaultBudgetBytes);

    // The world ran to a new instant on the current branch: it may take a checkpoint, and moves
    // the branch's frontier when the world is past it.
    void advanced(Simulation &world);
    // The world took a command (as stamped): the current branch records it.
    void commandTaken(const Simulation &world);

    // Whether a command for `world` now starts a new branch: the world is behind its branch's
    // frontier (it was taken back there, or is playing that past again), so the branch already
    // has a future after this instant. (Even the very action that future took forks: the new
    // branch is then equal to the old one, and the user can delete it.)
    bool behindFrontier(const Simulation &world) const;
    // Starts a branch at the world's instant, from the current one, and makes it current; returns
    // the world to continue: the current branch's past to that instant without its later commands.
    Simulation fork(const Simulation &world);

    // The current branch's world at `t` (clamped to [0, its frontier]), with its later commands
    // still to come.
    Simulation reach(SimTime t) const;
    // Makes `branch` current and returns its world at `t` (clamped to its frontier).
    Simulation switchTo(int branch, SimTime t);
    // Forgets a branch and every branch forked from it; not the trunk nor the current branch's
    // ancestors. Returns whether it did.
    bool remove(int branch);
    bool rename(int branch, const std::string &name);

    const std::vector<Branch> &branches() const { return m_branches; }
    const Branch &current() const { return *find(m_current); }
    int currentId() const { return m_current; }
    const Branch *find(int id) const;
    // Memory the branches' checkpoints hold, a checkpoint shared by several branches counted for
    // each (an upper bound).
    std::size_t checkpointBytes() const;

private:
    Branch *findMutable(int id);

    std::size_t m_budget;
    std::vector<Branch> m_branches;
    int m_current = 0;
    int m_nextId = 1;
};

} // namespace fl
