// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fl::app {

// Columns a terminal gives the text: East Asian wide characters take two.
int displayWidth(const QString &text);

// One table row, indented by two spaces: the first cell left-aligned, the others right-aligned,
// each in its width (in terminal columns), ending with a line break.
QString tableRow(const QStringList &cells, const QList<int> &widths);

} // namespace fl::app
