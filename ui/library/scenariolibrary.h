#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fl::ui {

// File ▸ Open Built-in… and the start page: every built-in scenario with a picture of its world and
// a one-line summary in the current language, grouped by topic and filtered as one types, beside the
// recently opened files. It only asks: the window opens what is chosen (builtinRequested,
// fileRequested), through the same code as `failover-lab --builtin NAME` and File ▸ Open.
// Non-modal, so the running world behind it keeps running.
class ScenarioLibrary : public QDialog
{
    Q_OBJECT

public:
    explicit ScenarioLibrary(QWidget *parent = nullptr);

    // A lesson that teaches with a scenario, for the "Open lesson" button (hidden while no
    // scenario has one; the lesson engine supplies them).
    struct Lesson
    {
        QString id;
        QString title;
    };
    void setLessons(const QHash<QString, QList<Lesson>> &byScenario);
    void setRecentFiles(const QStringList &paths);

    // Shows only the scenarios whose name, summary or topic contains `text` (any case).
    void setFilter(const QString &text);
    // The built-ins listed and not filtered out, in the order shown.
    QStringList visibleScenarios() const;
    QString currentScenario() const;
    void selectScenario(const QString &name);

    // Whether the window shows the library when it starts without a file (the checkbox's setting).
    static bool showAtStartup();

signals:
    void builtinRequested(const QString &name);
    void fileRequested(const QString &path);
    // "Open lesson" for the selected scenario (the lesson's id as given to setLessons()).
    void lessonRequested(const QString &scenarioName, const QString &lessonId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void updateButtons();
    void openCurrent();
    void requestLesson(const QString &lessonId);

    QLabel *m_intro = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_noMatch = nullptr;
    QLabel *m_recentTitle = nullptr;
    QListWidget *m_recent = nullptr;
    QCheckBox *m_atStartup = nullptr;
    QPushButton *m_lesson = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
    QHash<QString, QList<Lesson>> m_lessons;
};

} // namespace fl::ui
