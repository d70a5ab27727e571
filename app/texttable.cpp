// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <algorithm>

namespace fl::app {

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) ||
                          (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff) ||
                          (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60) ||
                          (u >= 0xffe0 && u <= 0xffe6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString tableRow(const QStringList &cells, const QList<int> &widths)
{
    QString line = QStringLiteral("  ");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString fill(std::max(0, widths[i] - displayWidth(cells[i])), QLatin1Char(' '));
        if (i == 0)
            line += cells[i] + fill;
        else
            line += QLatin1Char(' ') + fill + cells[i];
    }
    return line + QLatin1Char('\n');
}

} // namespace fl::app
