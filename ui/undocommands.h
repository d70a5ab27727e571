#pragma once

#include "labdocument.h"
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

// A change of the document that restarts the simulation: adding or removing a region, or the
// control panel's restart settings. Undo restarts from the document before (its schedule too).
class ConfigChangeCommand : public LabUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(fl::ui::ConfigChangeCommand)

public:
    enum Kind
    {
        AddRegion,
        RemoveRegion,
        MoveRegion,
        ChangeSettings
    };
    // Called with the document to run and what led to it (for messages in any language).
    using Apply =
        std::function<void(const LabDocument &document, Kind kind, const RegionConfig &region, bool undone)>;

    // `region` is the region added, removed or moved (ignored for ChangeSettings): it names the
    // change in the undo history in whatever language is current.
    ConfigChangeCommand(Kind kind, RegionConfig region, LabDocument before, LabDocument after, Apply apply);

    void undo() override;
    void redo() override;
    void retranslate() override;
    // The command's text for a kind, in the current language.
    static QString describe(Kind kind, const RegionConfig &region);

    Kind kind() const { return m_kind; }
    const SimulationConfig &before() const { return m_before.config; }
    const SimulationConfig &after() const { return m_after.config; }

private:
    Kind m_kind;
    RegionConfig m_region;
    LabDocument m_before, m_after;
    Apply m_apply;
};

// Dropping a population on a region: that population alone routes by its own weights, all to the
// region. It changes the running world live (no restart); undo sends the population's earlier
// route back, live too.
class TrafficMoveCommand : public LabUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(fl::ui::TrafficMoveCommand)

public:
    // One population's route: its weights per region, and whether it routes by them whatever the
    // world's policy.
    struct Route
    {
        std::vector<double> weights;
        bool ownWeights = false;
    };
    using Send = std::function<void(int population, const Route &route)>;

    // `population` is a configured index; its catalog index and `region` name them in the text.
    TrafficMoveCommand(int population, int populationCatalog, RegionConfig region, Route before, Route after,
                       Send send);

    void undo() override;
    void redo() override;
    void retranslate() override;

private:
    int m_population, m_populationCatalog;
    RegionConfig m_region;
    Route m_before, m_after;
    Send m_send;
};

} // namespace fl::ui
