// SPDX-License-Identifier: GPL-3.0-or-later
// View ▸ Legend: the legend explains every MapSymbol (each with a picture of its own, drawn by the
// map's painters), the map reports only symbols from that list while faults change what it draws,
// the toggle shows and hides the legend and is remembered, and the texts follow the language.
#include "labwindowfixture.h"
#include "languagemanager.h"
#include "map/mapitems.h"
#include "map/maplegend.h"
#include "map/mapsymbol.h"
#include "markingtranslator.h"

#include <QSet>
#include <QSettings>
#include <QTest>
#include <QTranslator>
#include <set>

using namespace fl;
using namespace fl::ui;

namespace {

std::set<MapSymbol> legendSymbols(const MapLegend &legend)
{
    std::set<MapSymbol> symbols;
    for (const MapLegend::Entry &entry : legend.entries())
        symbols.insert(entry.symbol);
    return symbols;
}

} // namespace

class MapLegendTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FailoverLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_maplegend"));
        QSettings().clear();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    }

    // One entry per symbol, in kMapSymbols' order, each with its own words and its own picture.
    void everySymbolHasAnEntry()
    {
        QWidget map;
        map.resize(900, 500);
        MapLegend legend(&map);
        const std::vector<MapLegend::Entry> entries = legend.entries();
        QCOMPARE(entries.size(), kMapSymbolCount);
        QSet<QString> texts;
        std::vector<QImage> icons;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].symbol, kMapSymbols[i]);
            QVERIFY2(!entries[i].text.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!texts.contains(entries[i].text), qPrintable(entries[i].text));
            texts.insert(entries[i].text);
            const QImage icon = MapLegend::renderIcon(entries[i].symbol);
            bool drawn = false;
            for (int y = 0; y < icon.height() && !drawn; ++y) {
                for (int x = 0; x < icon.width() && !drawn; ++x)
                    drawn = qAlpha(icon.pixel(x, y)) > 0;
            }
            QVERIFY2(drawn, qPrintable(entries[i].text));
            for (std::size_t j = 0; j < icons.size(); ++j)
                QVERIFY2(icons[j] != icon,
                         qPrintable(entries[j].text + QStringLiteral(" = ") + entries[i].text));
            icons.push_back(icon);
        }
    }

    // What the map draws while faults and settings change it is always in the legend.
    void mapDrawsOnlyWhatTheLegendExplains()
    {
        MainWindow window;
        QVERIFY(testing::showLab(window, QSize(1400, 900), "chartsDock"));
        const std::set<MapSymbol> explained = legendSymbols(*window.mapLegend());
        std::set<MapSymbol> seen;
        const auto shows = [&](MapSymbol symbol) {
            const std::set<MapSymbol> now = window.mapScene()->symbolsShown();
            seen.insert(now.begin(), now.end());
            return now.count(symbol) > 0;
        };
        for (MapSymbol symbol : {MapSymbol::ActiveRegion, MapSymbol::LoadBadge, MapSymbol::LinkUp,
                                 MapSymbol::Population, MapSymbol::TrafficRoute})
            QTRY_VERIFY2(shows(symbol), qPrintable(MapLegend::text(symbol)));

        // Badges, link markers and routes explain themselves in tooltips too.
        RegionItem *region = window.mapScene()->regionItem(0);
        QTRY_VERIFY(!region->dataBadge().isEmpty());
        QStringList badgeTips;
        for (QGraphicsItem *child : region->childItems())
            badgeTips << child->toolTip();
        QCOMPARE(badgeTips.size(), 2);
        QVERIFY2(badgeTips[0].contains(QLatin1String("capacity")), qPrintable(badgeTips[0]));
        QVERIFY2(badgeTips[1].contains(QLatin1String("epoch")), qPrintable(badgeTips[1]));
        LinkItem *link = window.mapScene()->linkItem(0, 1);
        QVERIFY(!link->toolTip().isEmpty());
        QCOMPARE(link->childItems().front()->toolTip(), link->toolTip());
        bool routeTip = false;
        for (int p = 0; p < static_cast<int>(testing::latest(window).populations.size()); ++p) {
            for (int r = 0; r < window.mapScene()->regionCount(); ++r) {
                TrafficLine *line = window.mapScene()->trafficLine(p, r);
                routeTip = routeTip || (line->isVisible() && line->toolTip().contains(QLatin1String("%")));
            }
        }
        QVERIFY(routeTip);

        SimulationController *sim = window.simulation();
        window.mapScene()->selectRegion(0);
        QTRY_VERIFY(shows(MapSymbol::Selected));
        sim->submit(CommandType::SetRegionRole, 2, static_cast<int>(RegionRole::Witness));
        QTRY_VERIFY(shows(MapSymbol::WitnessRegion));
        sim->submit(CommandType::SetRegionRole, 1, static_cast<int>(RegionRole::WarmStandby));
        QTRY_VERIFY(shows(MapSymbol::WarmStandbyRegion));
        sim->submit(CommandType::CutLink, 0, 1, 0);
        QTRY_VERIFY(shows(MapSymbol::LinkCutBothWays));
        sim->submit(CommandType::CutLink, 0, 2, 1);
        QTRY_VERIFY(shows(MapSymbol::LinkCutOneWay));
        sim->submit(CommandType::DegradeLink, 1, 2, 0, 80, 0.05);
        QTRY_VERIFY(shows(MapSymbol::LinkDegraded));
        sim->submit(CommandType::KillAppTier, 0);
        QTRY_VERIFY(shows(MapSymbol::AppTierDown));
        sim->submit(CommandType::KillDataTier, 1);
        QTRY_VERIFY(shows(MapSymbol::DataTierDown));
        sim->submit(CommandType::KillRegion, 1);
        QTRY_VERIFY(shows(MapSymbol::RegionDown));
        sim->submit(CommandType::DestroyRegion, 2);
        QTRY_VERIFY(shows(MapSymbol::RegionDestroyed));

        for (MapSymbol symbol : seen)
            QVERIFY2(explained.count(symbol), qPrintable(QString::number(static_cast<int>(symbol))));
        QVERIFY2(seen.size() >= 15, qPrintable(QString::number(seen.size())));
    }

    // View ▸ Legend shows and hides it over the map's corner, and the next window remembers.
    void toggleIsRemembered()
    {
        QSettings().remove(QStringLiteral("view/legend"));
        {
            MainWindow window;
            QVERIFY(testing::showLab(window, QSize(1400, 900), "chartsDock"));
            QAction *toggle = testing::action(window, "viewLegend");
            QVERIFY(toggle->isCheckable());
            QVERIFY(!toggle->isChecked());
            QVERIFY(!window.mapLegend()->isVisible());
            toggle->trigger();
            QVERIFY(window.mapLegend()->isVisible());
            QVERIFY(window.mapView()->rect().contains(window.mapLegend()->geometry()));
            QVERIFY(QSettings().value(QStringLiteral("view/legend")).toBool());
        }
        {
            MainWindow window;
            QVERIFY(testing::showLab(window, QSize(1400, 900), "chartsDock"));
            QVERIFY(testing::action(window, "viewLegend")->isChecked());
            QVERIFY(window.mapLegend()->isVisible());
            // Still whole inside a lower map: it takes more columns.
            window.resize(1400, 760);
            QTRY_VERIFY(window.mapView()->rect().contains(window.mapLegend()->geometry()));
            testing::action(window, "viewLegend")->trigger();
            QVERIFY(!window.mapLegend()->isVisible());
            QVERIFY(!QSettings().value(QStringLiteral("view/legend")).toBool());
        }
    }

    // Its texts are asked again at every language change; in Chinese it still fits in the map.
    void followsTheLanguage()
    {
        QSettings().setValue(QStringLiteral("view/legend"), true);
        MainWindow window;
        QVERIFY(testing::showLab(window, QSize(1400, 900), "chartsDock"));
        MapLegend *legend = window.mapLegend();
        const std::vector<MapLegend::Entry> english = legend->entries();
        saveGrab(window, QStringLiteral("maplegend-en.png"));

        testing::MarkingTranslator marking("fl::ui::MapLegend");
        QCoreApplication::installTranslator(&marking);
        QTRY_VERIFY(legend->entries().front().text.startsWith(QLatin1String("[x] ")));
        for (const MapLegend::Entry &entry : legend->entries())
            QVERIFY2(entry.text.startsWith(QLatin1String("[x] ")), qPrintable(entry.text));
        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(legend->entries().front().text, english.front().text);

        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false);
        QTRY_VERIFY(testing::action(window, "fileOpen")->text() != QLatin1String("&Open…"));
        QTRY_VERIFY(window.mapView()->rect().contains(legend->geometry()));
        saveGrab(window, QStringLiteral("maplegend-zh_CN.png"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        QTRY_COMPARE(legend->entries().back().text, english.back().text);
    }

    void cleanupTestCase() { QSettings().clear(); }

private:
    // For looking at it (FL_SAVE_GRABS=DIR): the map with its legend.
    static void saveGrab(MainWindow &window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("FL_SAVE_GRABS");
        if (dir.isEmpty())
            return;
        QTest::qWait(300); // a few snapshots and traffic dots
        QVERIFY(window.mapView()->grab().save(dir + QLatin1Char('/') + name));
        QVERIFY(window.grab().save(dir + QStringLiteral("/window-") + name));
    }
};

QTEST_MAIN(MapLegendTest)
#include "tst_maplegend.moc"
