#pragma once

#include "spec/config.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

namespace fl::ui {

// Undo commands whose text follows the UI language: QUndoCommand keeps a plain string, so each
// command can rebuild it, and the main window calls retranslate() on the whole stack on
// QEvent::LanguageChange.
class LabUndoCommand : public QUndoCommand
{
public:
    virtual void retranslate() = 0;
};

// A change of configuration that restarts the simulation: adding or removing a region, or the
// control panel's restart settings. Undo restarts from the configuration before.
class ConfigChangeCommand : public LabUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(fl::ui::ConfigChangeCommand)

public:
    enum Kind
    {
        AddRegion,
        RemoveRegion,
        ChangeSettings
    };
    // Called with the configuration to run and what led to it (for messages in any language).
    using Apply =
        std::function<void(const SimulationConfig &config, Kind kind, int catalogIndex, bool undone)>;

    ConfigChangeCommand(Kind kind, int catalogIndex, SimulationConfig before, SimulationConfig after,
                        Apply apply);

    void undo() override;
    void redo() override;
    void retranslate() override;
    // The command's text for a kind, in the current language.
    static QString describe(Kind kind, int catalogIndex);

    Kind kind() const { return m_kind; }
    const SimulationConfig &before() const { return m_before; }
    const SimulationConfig &after() const { return m_after; }

private:
    Kind m_kind;
    int m_catalogIndex;
    SimulationConfig m_before, m_after;
    Apply m_apply;
};

} // namespace fl::ui
