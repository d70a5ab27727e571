// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/comparison.h"

#include <QDialog>
#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace fl::ui {

// Simulation ▸ Compare With…: what to put beside the world being edited (side A). Side B is a
// built-in scenario picked from a list (those that cannot take A's faults are shown greyed, with
// the reason), a scenario file, or A itself with some settings changed (`--set` lines, as
// `failover-lab compare --set-b` takes them). The pair is aligned as the `compare` command aligns
// it (A's seed, duration and faults); what of B was replaced is said before opening.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const scenario::Scenario &a, const QString &nameA, QWidget *parent = nullptr);

    // The pair and the sides' names, once the choice is valid.
    const std::optional<scenario::ComparePair> &pair() const { return m_pair; }
    QStringList names() const { return {m_nameA, m_nameB}; }

    // For tests: pick a built-in, a file, or override lines as side B.
    void chooseBuiltin(const QString &name);
    void chooseFile(const QString &path);
    void chooseOverrides(const QString &lines);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillBuiltins();
    void revalidate();
    std::optional<scenario::Scenario> sideB(QString *error);

    scenario::Scenario m_a;
    QString m_nameA, m_nameB;
    std::optional<scenario::ComparePair> m_pair;
    QLabel *m_sideA = nullptr;
    QButtonGroup *m_sources = nullptr;
    QRadioButton *m_builtinChoice = nullptr, *m_fileChoice = nullptr, *m_overrideChoice = nullptr;
    QListWidget *m_builtins = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QPlainTextEdit *m_overrides = nullptr;
    QLabel *m_overrideHint = nullptr;
    QLabel *m_verdict = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fl::ui
