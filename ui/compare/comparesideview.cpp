// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparesideview.h"

#include "charts/chartfactory.h"
#include "labtext.h"
#include "map/worldmapscene.h"
#include "map/worldmapview.h"
#include "panels/chartspanel.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace fl::ui {

CompareSideView::CompareSideView(int side, QWidget *parent) : QWidget(parent), m_side(side)
{
    setObjectName(side == 0 ? QStringLiteral("compareSideA") : QStringLiteral("compareSideB"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("compareSideTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_title->setMargin(4);
    m_scene = new WorldMapScene(this);
    m_view = new WorldMapView(m_scene, this);
    m_charts = new ChartsPanel(this);
    m_charts->setChartWidthPerScale(180);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_charts);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);
}

QString CompareSideView::letter() const
{
    return m_side == 0 ? QStringLiteral("A") : QStringLiteral("B");
}

void CompareSideView::setWorld(const QString &name, const SimulationConfig &config)
{
    m_name = name;
    m_config = config;
    retranslate();
}

void CompareSideView::applySnapshot(const WorldSnapshot &snapshot)
{
    m_scene->applySnapshot(snapshot);
    m_charts->applySnapshot(snapshot);
}

QString CompareSideView::designSummary(const SimulationConfig &config)
{
    return tr("%1 · %2 · %3 · failover: %4")
        .arg(LabText::topologyName(config.data.topology), LabText::replicationModeName(config.data.mode),
             LabText::mechanismName(config.routing.mechanism),
             LabText::failoverModeName(config.failover.mode));
}

void CompareSideView::retranslate()
{
    // The side's letter in its colour on the overlaid charts (A the palette's first, B its second).
    m_title->setText(
        QStringLiteral("<span style='color:%1; font-weight:bold'>%2</span>&nbsp; <b>%3</b><br>%4")
            .arg(chartPaletteColour(m_side).name(), letter(), m_name.toHtmlEscaped(),
                 designSummary(m_config).toHtmlEscaped()));
}

void CompareSideView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_scene->retranslate(); // graphics items get no LanguageChange
    }
    QWidget::changeEvent(event);
}

} // namespace fl::ui
