#pragma once

#include "engine/command.h"
#include "scenario/scenario.h"
#include "spec/config.h"

#include <QString>
#include <vector>

namespace fl::ui {

// The document the window edits: the configuration every run of it starts from (its targets in
// config.targets, where the model reads them) and the commands scheduled in it (an opened
// scenario's faults). It is the one source of truth the window keeps: Reset and Apply-and-restart
// run it, Save writes it (with the commands applied so far), undo restores an earlier one.
// What changes live during a run is the simulation's; the window never folds it back in here.
struct LabDocument
{
    SimulationConfig config;
    std::vector<Command> schedule; // in the order they apply (equal times in file order)

    static LabDocument fromScenario(const scenario::Scenario &scenario);
    // The document as a scenario file stores it: the commands `applied` so far in the run, then the
    // scheduled ones still to come after `now`, and a duration that covers them. The targets move
    // to Scenario::targets, the field a file stores.
    scenario::Scenario toScenario(const QString &name, const std::vector<Command> &applied,
                                  SimTime now) const;
    // The document with another configuration (Apply-and-restart, a topology edit). The schedule
    // addresses regions and populations by index: it is kept while those keep their places
    // (a region added at the end, settings changed) and dropped otherwise.
    LabDocument withConfig(const SimulationConfig &next) const;

    friend bool operator==(const LabDocument &, const LabDocument &) = default;
};

} // namespace fl::ui
