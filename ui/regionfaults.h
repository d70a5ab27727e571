// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/commands.h"

#include <QKeySequence>
#include <array>

namespace fl::ui {

// The faults a region's menu offers, with their action ids and one-key shortcuts: the lab's window
// and the compare view register the same keys for the same moves.
struct RegionFault
{
    const char *actionId;
    QKeyCombination key;
    CommandType command;
};

inline constexpr std::array<RegionFault, 8> kRegionFaults{{
    {"regionKill", QKeyCombination(Qt::Key_K), CommandType::KillRegion},
    {"regionRestore", QKeyCombination(Qt::Key_R), CommandType::RestoreRegion},
    {"regionDestroy", QKeyCombination(Qt::SHIFT, Qt::Key_K), CommandType::DestroyRegion},
    {"regionIsolate", QKeyCombination(Qt::Key_I), CommandType::IsolateRegion},
    {"regionKillApp", QKeyCombination(Qt::Key_A), CommandType::KillAppTier},
    {"regionRestoreApp", QKeyCombination(Qt::SHIFT, Qt::Key_A), CommandType::RestoreAppTier},
    {"regionKillData", QKeyCombination(Qt::Key_D), CommandType::KillDataTier},
    {"regionRestoreData", QKeyCombination(Qt::SHIFT, Qt::Key_D), CommandType::RestoreDataTier},
}};

} // namespace fl::ui
