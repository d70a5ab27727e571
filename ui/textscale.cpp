// SPDX-License-Identifier: GPL-3.0-or-later
#include "textscale.h"

namespace fl::ui::TextScale {

namespace {
// The GUI thread's only: the fonts are made where they are painted.
double g_factor = 1.0;
} // namespace

double factor()
{
    return g_factor;
}

void setFactor(double factor)
{
    g_factor = factor > 0 ? factor : 1.0;
}

QFont scaled(QFont font, double points)
{
    font.setPointSizeF(points * g_factor);
    return font;
}

} // namespace fl::ui::TextScale
