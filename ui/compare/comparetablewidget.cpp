// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparetablewidget.h"

#include "scenario/comparisontext.h"

#include <QEvent>
#include <QHeaderView>

namespace fl::ui {

CompareTableWidget::CompareTableWidget(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("compareTable"));
    setColumnCount(3);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rebuild();
}

QColor CompareTableWidget::betterBackground()
{
    return QColor(0xc8, 0xeb, 0xc8);
}

void CompareTableWidget::setSideNames(const QString &a, const QString &b)
{
    m_nameA = a;
    m_nameB = b;
    rebuild();
}

void CompareTableWidget::setRows(const std::vector<scenario::CompareRow> &rows)
{
    m_rows = rows;
    rebuild();
}

void CompareTableWidget::setPopulationRowsShown(bool shown)
{
    m_populationRows = shown;
    rebuild();
}

int CompareTableWidget::rowOf(const QByteArray &path) const
{
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        if (m_shown[i]->path == path)
            return static_cast<int>(i);
    }
    return -1;
}

int CompareTableWidget::highlightedSide(int row) const
{
    for (int column = 1; column <= 2; ++column) {
        const QTableWidgetItem *cell = item(row, column);
        if (cell && cell->data(Qt::UserRole).toBool())
            return column - 1;
    }
    return -1;
}

void CompareTableWidget::rebuild()
{
    // The columns are the sides' letters, as over each side's map; their names are in the tips.
    setHorizontalHeaderLabels({tr("Figure"), QStringLiteral("A"), QStringLiteral("B")});
    if (QTableWidgetItem *a = horizontalHeaderItem(1))
        a->setToolTip(m_nameA);
    if (QTableWidgetItem *b = horizontalHeaderItem(2))
        b->setToolTip(m_nameB);
    m_shown.clear();
    for (const scenario::CompareRow &row : m_rows) {
        if (!row.population.isEmpty() && !m_populationRows)
            continue;
        m_shown.push_back(&row);
    }
    setRowCount(static_cast<int>(m_shown.size()));
    for (std::size_t i = 0; i < m_shown.size(); ++i) {
        const scenario::CompareRow &row = *m_shown[i];
        const auto r = static_cast<int>(i);
        const auto [a, b] = scenario::compareRowValues(row);
        const int winner = row.winner();
        const QString cells[] = {scenario::compareRowLabel(row), a, b};
        for (int column = 0; column < 3; ++column) {
            QTableWidgetItem *cell = item(r, column);
            if (!cell) {
                cell = new QTableWidgetItem;
                setItem(r, column, cell);
            }
            cell->setText(cells[column]);
            cell->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                               : Qt::AlignRight | Qt::AlignVCenter);
            const bool better = column > 0 && winner == column - 1;
            cell->setData(Qt::UserRole, better);
            // Only the better cell gets a font of its own: the others follow the table's (which
            // presenter mode enlarges).
            QFont bold = font();
            bold.setBold(true);
            cell->setData(Qt::FontRole, better ? QVariant(bold) : QVariant());
            cell->setBackground(better ? QBrush(betterBackground()) : QBrush());
            cell->setForeground(better ? QBrush(Qt::black) : QBrush());
            cell->setToolTip(better ? tr("The better of the two") : QString());
        }
    }
}

void CompareTableWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        rebuild();
    QTableWidget::changeEvent(event);
}

} // namespace fl::ui
