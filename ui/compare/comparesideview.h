// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/config.h"

#include <QWidget>

class QLabel;
class QSplitter;

namespace fl::ui {

class ChartsPanel;
class WorldMapScene;
class WorldMapView;
struct WorldSnapshot;

// One side of the compare view: a title naming the design (its letter in the side's chart colour,
// its name and what kind of design it is), its map and its live charts, the map above the charts.
class CompareSideView : public QWidget
{
    Q_OBJECT

public:
    CompareSideView(int side, QWidget *parent = nullptr);

    int side() const { return m_side; }
    QString letter() const;
    WorldMapScene *scene() const { return m_scene; }
    WorldMapView *view() const { return m_view; }
    ChartsPanel *charts() const { return m_charts; }
    QSplitter *splitter() const { return m_splitter; }
    QLabel *title() const { return m_title; }

    void setWorld(const QString &name, const SimulationConfig &config);
    void applySnapshot(const WorldSnapshot &snapshot);
    // What kind of design a configuration is, in a few words ("single primary · asynchronous · DNS").
    static QString designSummary(const SimulationConfig &config);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    int m_side;
    QString m_name;
    SimulationConfig m_config;
    QLabel *m_title = nullptr;
    QSplitter *m_splitter = nullptr;
    WorldMapScene *m_scene = nullptr;
    WorldMapView *m_view = nullptr;
    ChartsPanel *m_charts = nullptr;
};

} // namespace fl::ui
