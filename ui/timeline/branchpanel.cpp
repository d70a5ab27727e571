#include "branchpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

namespace fl::ui {

namespace {

constexpr int kBranchRole = Qt::UserRole + 1;

} // namespace

BranchPanel::BranchPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("branchPanel"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("branchTree"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_show = new QPushButton(this);
    m_rename = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_show->setObjectName(QStringLiteral("branchShow"));
    m_rename->setObjectName(QStringLiteral("branchRename"));
    m_remove->setObjectName(QStringLiteral("branchRemove"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit switchRequested(item->data(0, kBranchRole).toInt()); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &BranchPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_rebuilding || column != 0)
            return;
        const int id = item->data(0, kBranchRole).toInt();
        for (const BranchView &b : m_view.branches)
            if (b.id == id && item->text(0) != displayName(b, m_names))
                emit renameRequested(id, item->text(0).trimmed());
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (selectedBranch() >= 0)
            emit switchRequested(selectedBranch());
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            m_tree->editItem(item, 0);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (removable(selectedBranch()))
            emit removeRequested(selectedBranch());
    });
    retranslate();
}

QString BranchPanel::displayName(const BranchView &branch, const ConfigNames &names)
{
    if (!branch.name.empty())
        return QString::fromStdString(branch.name);
    if (branch.parent < 0)
        return tr("Trunk");
    if (branch.firstOwnCommand)
        return tr("%1 at %2")
            .arg(describeCommand(*branch.firstOwnCommand, names), LabText::clock(branch.firstOwnCommand->at));
    return tr("Branch %1 from %2").arg(branch.id).arg(LabText::clock(branch.forkAt));
}

void BranchPanel::setTimeline(const TimelineView &view, const ConfigNames &names)
{
    // Only the tree's shape and names matter here; the frontier moves every frame while playing.
    TimelineView shape = view;
    shape.commands.clear();
    shape.incidents.clear();
    shape.checkpointBytes = 0;
    shape.checkpoints = 0;
    TimelineView old = m_view;
    old.commands.clear();
    old.incidents.clear();
    old.checkpointBytes = 0;
    old.checkpoints = 0;
    const bool reachedOnly = [&] {
        if (old.branches.size() != shape.branches.size() || old.current != shape.current)
            return false;
        for (std::size_t i = 0; i < shape.branches.size(); ++i) {
            BranchView a = old.branches[i], b = shape.branches[i];
            a.reached = b.reached = 0;
            a.ownCommands = b.ownCommands = 0;
            if (!(a == b))
                return false;
        }
        return true;
    }();
    m_view = view;
    m_names = names;
    if (reachedOnly && m_tree->topLevelItemCount() > 0) {
        // Update the frontier column in place (an edit in progress stays open).
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
            for (const BranchView &b : m_view.branches)
                if (b.id == (*it)->data(0, kBranchRole).toInt())
                    (*it)->setText(2, LabText::clock(b.reached));
        updateSummary();
        return;
    }
    rebuild();
}

void BranchPanel::rebuild()
{
    m_rebuilding = true;
    const int selected = selectedBranch();
    m_tree->clear();
    std::map<int, QTreeWidgetItem *> items;
    QFont bold = m_tree->font();
    bold.setBold(true);
    // Parents come before their children: the timeline appends branches as they are forked.
    for (const BranchView &b : m_view.branches) {
        QTreeWidgetItem *parent = b.parent >= 0 && items.count(b.parent) ? items[b.parent] : nullptr;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setData(0, kBranchRole, b.id);
        item->setText(0, displayName(b, m_names));
        item->setText(1, b.parent < 0 ? QString() : LabText::clock(b.forkAt));
        item->setText(2, LabText::clock(b.reached));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (b.id == m_view.current)
            for (int c = 0; c < 3; ++c)
                item->setFont(c, bold);
        items[b.id] = item;
        if (b.id == (selected >= 0 ? selected : m_view.current))
            m_tree->setCurrentItem(item);
    }
    m_tree->expandAll();
    m_rebuilding = false;
    retranslate();
    updateButtons();
}

int BranchPanel::selectedBranch() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kBranchRole).toInt() : -1;
}

bool BranchPanel::removable(int branch) const
{
    if (branch <= 0)
        return false;
    std::map<int, int> parentOf;
    for (const BranchView &b : m_view.branches)
        parentOf[b.id] = b.parent;
    for (int b = m_view.current; b >= 0; b = parentOf.count(b) ? parentOf[b] : -1)
        if (b == branch)
            return false;
    return parentOf.count(branch) > 0;
}

void BranchPanel::updateButtons()
{
    const int branch = selectedBranch();
    m_show->setEnabled(branch >= 0 && branch != m_view.current);
    m_rename->setEnabled(branch >= 0);
    m_remove->setEnabled(removable(branch));
}

void BranchPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Branch"), tr("Forked at"), tr("Reached")});
    m_show->setText(tr("&Show"));
    m_show->setToolTip(tr("Show the selected branch at the moment shown now (or where it ends)"));
    m_rename->setText(tr("Re&name"));
    m_rename->setToolTip(tr("Give the selected branch a name of your own (F2)"));
    m_remove->setText(tr("&Delete"));
    m_remove->setToolTip(tr("Forget the selected branch and those forked from it (not the one shown, "
                            "nor those it grew from)"));
    updateSummary();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        for (const BranchView &b : m_view.branches)
            if (b.id == (*it)->data(0, kBranchRole).toInt()) {
                QString tip =
                    tr("%1\nSimulated to %2").arg(displayName(b, m_names), LabText::clock(b.reached));
                if (b.parent >= 0)
                    tip += QLatin1Char('\n') + tr("Left its parent at %1 with %n action(s) of its own",
                                                  nullptr, static_cast<int>(b.ownCommands))
                                                   .arg(LabText::clock(b.forkAt));
                (*it)->setToolTip(0, tip);
            }
}

void BranchPanel::updateSummary()
{
    const int count = static_cast<int>(m_view.branches.size());
    m_summary->setText(
        count <= 1 ? tr("Go back on the timeline under the map and act there: each action in the past "
                        "starts a new branch, and this one stays to return to.")
                   : tr("%n branch(es); their checkpoints hold %1 MB", nullptr, count)
                         .arg(locale().toString(static_cast<double>(m_view.checkpointBytes) / 1e6, 'f', 0)));
}

void BranchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace fl::ui
