#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <functional>
#include <initializer_list>

class QAction;
class QObject;

namespace fl::ui {

// The window's actions, registered by id (each action's objectName), so that menus, tool bars,
// context menus and tests find them by name instead of the main window keeping a member for each
// (the way Tiled's ActionManager does). Texts are set where the language is known.
class ActionRegistry
{
public:
    explicit ActionRegistry(QObject *owner) : m_owner(owner) {}

    // A new action `id` with its shortcut (none when empty) that calls `trigger`.
    QAction *add(const char *id, const QKeySequence &shortcut, std::function<void()> trigger);
    // The action registered as `id`; an id never registered is a programming error and aborts.
    QAction *get(const char *id) const;
    QList<QAction *> get(std::initializer_list<const char *> ids) const;
    // Every action, in the order they were registered.
    const QList<QAction *> &all() const { return m_ordered; }

private:
    QObject *m_owner;
    QHash<QString, QAction *> m_byId;
    QList<QAction *> m_ordered;
};

} // namespace fl::ui
