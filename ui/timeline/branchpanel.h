#pragma once

#include "bridge/worldsnapshot.h"
#include "labtext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fl::ui {

// Every branch of the run as a tree: the trunk, and under each branch those forked from it, named
// by the user or by the action that started them ("Kill N. Virginia at 0:01:20"), with where each
// left its parent and how far it has been simulated. Activating one shows it; it can be renamed
// (F2) and deleted with the branches forked from it (Delete), but not the one shown nor the ones it
// grew from.
class BranchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BranchPanel(QWidget *parent = nullptr);

    void setTimeline(const TimelineView &view, const ConfigNames &names);
    // A branch's name as the views show it.
    static QString displayName(const BranchView &branch, const ConfigNames &names);

signals:
    void switchRequested(int branch);
    void removeRequested(int branch);
    void renameRequested(int branch, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void updateSummary();
    int selectedBranch() const;
    bool removable(int branch) const;
    void updateButtons();

    TimelineView m_view;
    ConfigNames m_names;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_rebuilding = false;
};

} // namespace fl::ui
