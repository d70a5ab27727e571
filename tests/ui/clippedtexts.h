// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the layout tests share: every visible text of a window that is clipped or elided (labels,
// buttons, combo boxes, tab titles, table headers and cells, and the charts' own text items), with
// the width it needs and the width it has.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolBar>

namespace fl::ui::testing {

// What one widget or item would need to show its text in full, and what it has.
struct Clip
{
    QString where;
    QString text;
    int need = 0;
    int have = 0;
    QString toString() const
    {
        return QStringLiteral("%1: \"%2\" needs %3 px, has %4").arg(where, text).arg(need).arg(have);
    }
};

inline QString pathOf(const QWidget *w)
{
    QStringList parts;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            parts.prepend(p->objectName());
    }
    parts.append(QString::fromLatin1(w->metaObject()->className()));
    return parts.join(QLatin1Char('/'));
}

inline int widestLine(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

// Whether `w` is shown: on screen now, or in a scroll area's page (the Controls dock's lower
// sections are there after a scroll, and must fit as much as the top ones).
inline bool reallyVisible(const QWidget *w)
{
    if (!w->isVisible() || w->width() <= 0)
        return false;
    if (!w->visibleRegion().isEmpty())
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QScrollArea *>(p))
            return true;
    }
    return false;
}

// A label's or button's text as drawn: "&Window:" shows "Window:" with an underline.
inline QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QString(QChar(0xE000)));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0xE000), QLatin1Char('&'));
    return text;
}

inline void checkLabel(const QLabel *label, QList<Clip> &out)
{
    if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
        return;
    int need = 0;
    if (Qt::mightBeRichText(label->text()) || label->textFormat() == Qt::RichText) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(label->text());
        need = static_cast<int>(std::ceil(doc.idealWidth()));
    } else {
        need = widestLine(label->fontMetrics(), withoutMnemonic(label->text()));
    }
    const int have = label->contentsRect().width() - 2 * label->margin() - std::max(0, label->indent());
    if (need > have + 1)
        out.append({pathOf(label), label->text(), need, have});
}

inline void checkButton(const QAbstractButton *button, QList<Clip> &out)
{
    if (button->text().isEmpty())
        return;
    // A tool button in a toolbar's extension menu is not shown; one shown is as wide as its hint.
    const int need = button->sizeHint().width();
    if (need > button->width() + 1)
        out.append({pathOf(button), button->text(), need, button->width()});
}

inline void checkCombo(const QComboBox *combo, QList<Clip> &out)
{
    if (combo->isEditable() || combo->currentText().isEmpty())
        return;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    option.currentText = combo->currentText();
    const QRect field =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    int need = combo->fontMetrics().horizontalAdvance(combo->currentText());
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        need += combo->iconSize().width() + 4;
    if (need > field.width() + 1)
        out.append({pathOf(combo), combo->currentText(), need, field.width()});
}

inline void checkTabs(const QTabBar *bar, QList<Clip> &out)
{
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const int need = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
        // What the style leaves for the text inside the tab: the tab less its padding (and icon).
        int padding = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        if (!bar->tabIcon(i).isNull())
            padding += bar->iconSize().width() + 4;
        const int have = bar->tabRect(i).width() - padding;
        if (need > have + 1)
            out.append({pathOf(bar) + QStringLiteral(" tab %1").arg(i), bar->tabText(i), need, have});
    }
}

inline void checkHeader(const QHeaderView *header, QList<Clip> &out)
{
    if (header->orientation() != Qt::Horizontal || !header->model())
        return;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
            continue;
        const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
        if (text.isEmpty())
            continue;
        const int need = widestLine(header->fontMetrics(), text) + 2 * margin;
        const int have = header->sectionSize(section);
        if (need > have + 1)
            out.append({pathOf(header) + QStringLiteral(" section %1").arg(section), text, need, have});
    }
}

inline void checkCells(const QAbstractItemView *view, QList<Clip> &out)
{
    const QAbstractItemModel *model = view->model();
    if (!model || model->columnCount() == 0)
        return;
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const QRect viewport = view->viewport()->rect();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QRect cell = view->visualRect(index);
            // Rows scrolled out of view and cells showing a widget of their own are not text here.
            if (!cell.intersects(viewport) || view->indexWidget(index))
                continue;
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            int need = widestLine(view->fontMetrics(), text) + 2 * margin;
            if (!index.data(Qt::DecorationRole).isNull())
                need += view->iconSize().isValid() ? view->iconSize().width() + 4 : 20;
            const QString tip = index.data(Qt::ToolTipRole).toString();
            const bool toldInFull = !tip.isEmpty() && tip.contains(text.trimmed());
            if (need > cell.width() + 1 && !toldInFull)
                out.append({pathOf(view) + QStringLiteral(" cell %1,%2").arg(row).arg(column), text, need,
                            cell.width()});
        }
    }
}

// Qt Charts elides its own texts (titles, axis titles, legend entries) with an ellipsis.
inline void checkChart(const QChartView *view, QList<Clip> &out)
{
    for (const QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        else if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        if (text.contains(QChar(0x2026)) || text.contains(QLatin1String("...")))
            out.append({pathOf(view) + QStringLiteral(" chart text"), text, 0, 0});
    }
}

inline QList<Clip> clippedTexts(QWidget *window)
{
    QList<Clip> out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!reallyVisible(w) || qobject_cast<QMenu *>(w->window()))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(label, out);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            checkButton(button, out);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            checkCombo(combo, out);
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            checkTabs(bar, out);
        else if (auto *header = qobject_cast<QHeaderView *>(w))
            checkHeader(header, out);
        else if (auto *chart = qobject_cast<QChartView *>(w))
            checkChart(chart, out);
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && !qobject_cast<QHeaderView *>(w))
            checkCells(view, out);
    }
    return out;
}

} // namespace fl::ui::testing
