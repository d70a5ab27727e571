#include "undocommands.h"

#include "labtext.h"

namespace fl::ui {

ConfigChangeCommand::ConfigChangeCommand(Kind kind, RegionConfig region, LabDocument before,
                                         LabDocument after, Apply apply)
    : m_kind(kind), m_region(std::move(region)), m_before(std::move(before)), m_after(std::move(after)),
      m_apply(std::move(apply))
{
    retranslate();
}

QString ConfigChangeCommand::describe(Kind kind, const RegionConfig &region)
{
    switch (kind) {
    case AddRegion:
        return tr("Add region %1").arg(LabText::regionName(region));
    case RemoveRegion:
        return tr("Remove region %1").arg(LabText::regionName(region));
    case MoveRegion:
        return tr("Move region %1").arg(LabText::regionName(region));
    case ChangeSettings:
        return tr("Change settings");
    }
    return QString();
}

void ConfigChangeCommand::retranslate()
{
    setText(describe(m_kind, m_region));
}

void ConfigChangeCommand::undo()
{
    m_apply(m_before, m_kind, m_region, true);
}

void ConfigChangeCommand::redo()
{
    m_apply(m_after, m_kind, m_region, false);
}

TrafficMoveCommand::TrafficMoveCommand(int population, int populationCatalog, RegionConfig region,
                                       Route before, Route after, Send send)
    : m_population(population), m_populationCatalog(populationCatalog), m_region(std::move(region)),
      m_before(std::move(before)), m_after(std::move(after)), m_send(std::move(send))
{
    retranslate();
}

void TrafficMoveCommand::retranslate()
{
    setText(
        tr("Send %1 to %2").arg(LabText::populationName(m_populationCatalog), LabText::regionName(m_region)));
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
