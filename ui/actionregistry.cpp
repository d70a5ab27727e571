#include "actionregistry.h"

#include <QAction>
#include <QtGlobal>

namespace fl::ui {

QAction *ActionRegistry::add(const char *id, const QKeySequence &shortcut, std::function<void()> trigger)
{
    const QString name = QLatin1String(id);
    if (m_byId.contains(name))
        qFatal("action %s registered twice", id);
    auto *action = new QAction(m_owner);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    QObject::connect(action, &QAction::triggered, m_owner, [trigger = std::move(trigger)] { trigger(); });
    m_byId.insert(name, action);
    m_ordered.append(action);
    return action;
}

QAction *ActionRegistry::get(const char *id) const
{
    QAction *action = m_byId.value(QLatin1String(id));
    if (!action)
        qFatal("no action %s", id);
    return action;
}

QList<QAction *> ActionRegistry::get(std::initializer_list<const char *> ids) const
{
    QList<QAction *> actions;
    for (const char *id : ids)
        actions.append(get(id));
    return actions;
}

} // namespace fl::ui
