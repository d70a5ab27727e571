#include "undocommands.h"

#include "labtext.h"

namespace fl::ui {

ConfigChangeCommand::ConfigChangeCommand(Kind kind, int catalogIndex, LabDocument before, LabDocument after,
                                         Apply apply)
    : m_kind(kind), m_catalogIndex(catalogIndex), m_before(std::move(before)), m_after(std::move(after)),
      m_apply(std::move(apply))
{
    retranslate();
}

QString ConfigChangeCommand::describe(Kind kind, int catalogIndex)
{
    switch (kind) {
    case AddRegion:
        return tr("Add region %1").arg(LabText::regionName(catalogIndex));
    case RemoveRegion:
        return tr("Remove region %1").arg(LabText::regionName(catalogIndex));
    case ChangeSettings:
        return tr("Change settings");
    }
    return QString();
}

void ConfigChangeCommand::retranslate()
{
    setText(describe(m_kind, m_catalogIndex));
}

void ConfigChangeCommand::undo()
{
    m_apply(m_before, m_kind, m_catalogIndex, true);
}

void ConfigChangeCommand::redo()
{
    m_apply(m_after, m_kind, m_catalogIndex, false);
}

TrafficMoveCommand::TrafficMoveCommand(int population, int populationCatalog, int regionCatalog, Route before,
                                       Route after, Send send)
    : m_population(population), m_populationCatalog(populationCatalog), m_regionCatalog(regionCatalog),
      m_before(std::move(before)), m_after(std::move(after)), m_send(std::move(send))
{
    retranslate();
}

void TrafficMoveCommand::retranslate()
{
    setText(tr("Send %1 to %2")
                .arg(LabText::populationName(m_populationCatalog), LabText::regionName(m_regionCatalog)));
}

void TrafficMoveCommand::undo()
{
    m_send(m_population, m_before);
}

void TrafficMoveCommand::redo()
{
    m_send(m_population, m_after);
}

} // namespace fl::ui
