// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/comparison.h"

#include <QTableWidget>
#include <vector>

namespace fl::ui {

// The compare view's live table: one row per measured figure (scenario::compareRows, worded as the
// `compare` command prints them), a column per side, and the better side's value highlighted (bold,
// on green). Rows of single populations are left out unless asked for, so that the table stays
// readable on a projector.
class CompareTableWidget : public QTableWidget
{
    Q_OBJECT

public:
    explicit CompareTableWidget(QWidget *parent = nullptr);

    void setSideNames(const QString &a, const QString &b);
    void setRows(const std::vector<scenario::CompareRow> &rows);
    void setPopulationRowsShown(bool shown);
    bool populationRowsShown() const { return m_populationRows; }
    // The row showing `path` ("writes.lost"), or -1.
    int rowOf(const QByteArray &path) const;
    // The side highlighted in row `row`: 0, 1 or -1.
    int highlightedSide(int row) const;

    static QColor betterBackground();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    std::vector<scenario::CompareRow> m_rows;
    std::vector<const scenario::CompareRow *> m_shown;
    QString m_nameA, m_nameB;
    bool m_populationRows = false;
};

} // namespace fl::ui
