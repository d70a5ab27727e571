#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace fl::ui {

// The topics the scenario library groups the built-in scenarios under, in the library's order.
enum class ScenarioTopic
{
    Failover,
    Replication,
    SplitBrain,
    MultiPrimary,
    TrafficAndHealth
};

// What the scenario library says about each built-in scenario: its topic and a one-line summary
// in the current language. The scenario files carry an English "description" only (read by the
// command line too); these lines are the window's, written for people choosing what to open.
// tst_scenariolibrary holds this table to fl::scenario::builtinScenarioNames(): every built-in
// has an entry and every entry names a built-in.
class BuiltinCatalog
{
    Q_DECLARE_TR_FUNCTIONS(fl::ui::BuiltinCatalog)

public:
    struct Entry
    {
        const char *name;
        ScenarioTopic topic;
        const char *summary; // English, marked for translation
    };

    static const std::vector<Entry> &entries();
    // The entry of the built-in `name`, or nullptr.
    static const Entry *find(const QString &name);
    // `name`'s summary in the current language (empty for a name without an entry).
    static QString summary(const QString &name);
    static QString topicTitle(ScenarioTopic topic);
    static const std::vector<ScenarioTopic> &topics();
};

} // namespace fl::ui
