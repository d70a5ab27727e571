// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace fl::ui {

// How much larger than normal the lab draws the texts it sizes itself (the map's labels and badges,
// its legend): 1 normally, more in presenter mode, so that the back of a room can read them.
// Widgets follow their window's font instead; charts take a type scale of their own.
namespace TextScale {
double factor();
void setFactor(double factor);
// A font of `points` at the current scale.
QFont scaled(QFont font, double points);
} // namespace TextScale

} // namespace fl::ui
