// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisontable.h"

#include "scenario/comparisontext.h"
#include "texttable.h"

#include <QCoreApplication>

namespace fl::app {
namespace {

class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Compare)
};

} // namespace

void printComparisonTable(QTextStream &out, const std::vector<scenario::CompareRow> &rows,
                          const QString &columnA, const QString &columnB)
{
    const QList<int> widths{36, 16, 16, 8};
    out << tableRow({CompareText::tr("figure"), columnA, columnB, CompareText::tr("better")}, widths);
    for (const scenario::CompareRow &row : rows) {
        const int w = row.winner();
        const auto [a, b] = scenario::compareRowValues(row);
        out << tableRow({scenario::compareRowLabel(row), a, b,
                         w == 0   ? columnA
                         : w == 1 ? columnB
                                  : QString()},
                        widths);
    }
}

} // namespace fl::app
