// Map labels that a speaker can read: the placement itself (no overlap where there is room, the
// preferred side when free, the same answer for the same input) and the map at the default window
// size, where neighbours such as N. Virginia and Ohio or Frankfurt, London and Ireland used to print
// over one another ("NOhioinia").
#include "labwindowfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "map/labelplacement.h"
#include "map/mapitems.h"

#include <QTest>

using namespace fl;
using namespace fl::ui;
using namespace fl::ui::testing;

namespace {

struct DrawnLabel
{
    QString what;
    QRectF rect; // viewport pixels
};

// Every label the map draws, in viewport pixels, and every region marker.
std::vector<DrawnLabel> drawnLabels(MainWindow &w, std::vector<DrawnLabel> *markers)
{
    std::vector<DrawnLabel> labels;
    WorldMapScene *scene = w.mapScene();
    auto add = [&](const QString &what, const QRectF &local, const QGraphicsItem *item) {
        if (!local.isEmpty())
            labels.push_back({what, local.translated(w.mapView()->mapFromScene(item->pos()))});
    };
    for (int i = 0; i < scene->regionCount(); ++i) {
        const RegionItem *r = scene->regionItem(i);
        add(r->name() + QStringLiteral(" (name)"), r->nameRect(), r);
        add(r->name() + QStringLiteral(" (load badge)"), r->badgeRect(), r);
        add(r->name() + QStringLiteral(" (data badge ") + r->dataBadge() + QLatin1Char(')'), r->dataRect(),
            r);
        const qreal k = RegionItem::kRadius;
        markers->push_back({r->name() + QStringLiteral(" (marker)"),
                            QRectF(-k, -k, 2 * k, 2 * k).translated(w.mapView()->mapFromScene(r->pos()))});
    }
    for (int i = 0; scene->populationItem(i); ++i)
        add(QStringLiteral("population %1").arg(i), scene->populationItem(i)->nameRect(),
            scene->populationItem(i));
    return labels;
}

qreal overlap(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.isValid() ? i.width() * i.height() : 0;
}

// The first two labels that overlap (or a label over another region's marker), or an empty string.
QString firstCollision(MainWindow &w)
{
    std::vector<DrawnLabel> markers;
    const std::vector<DrawnLabel> labels = drawnLabels(w, &markers);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (std::size_t j = i + 1; j < labels.size(); ++j) {
            if (overlap(labels[i].rect, labels[j].rect) > 1)
                return labels[i].what + QStringLiteral(" overlaps ") + labels[j].what;
        }
        for (const DrawnLabel &m : markers) {
            if (overlap(labels[i].rect, m.rect) > 1)
                return labels[i].what + QStringLiteral(" covers ") + m.what;
        }
    }
    return QString();
}

} // namespace

class MapLabelsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FailoverLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_maplabels"));
    }

    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void aFreeLabelTakesItsPreferredSide()
    {
        const std::vector<LabelRequest> one{{QPointF(100, 100), QSizeF(60, 14), 12, 0, LabelSide::Below}};
        const std::vector<LabelPlacement> placed = placeLabels(one, {});
        QCOMPARE(placed.size(), std::size_t{1});
        QCOMPARE(placed[0].rect, QRectF(-30, 12, 60, 14));
        QVERIFY(!placed[0].displaced);
    }

    // A label whose preferred side would run past the view's edge takes a free side inside it;
    // without bounds it keeps its preferred side.
    void aLabelAtTheViewsEdgeTurnsInwards()
    {
        const std::vector<LabelRequest> one{{QPointF(20, 100), QSizeF(80, 16), 10, 0, LabelSide::Left}};
        QCOMPARE(placeLabels(one, {}).front().rect, labelBox(LabelSide::Left, QSizeF(80, 16), 10));
        const QRectF view(0, 0, 400, 300);
        const LabelPlacement placed = placeLabels(one, {}, view).front();
        QVERIFY(view.contains(placed.rect.translated(one.front().anchor)));
        QVERIFY(!placed.displaced);
    }

    void neighboursMoveApartAndMissTheMarkers()
    {
        // Two markers 18 px apart on one line, as N. Virginia and Ohio are on the default map.
        const std::vector<LabelRequest> two{{QPointF(100, 100), QSizeF(72, 14), 12, 0, LabelSide::Below},
                                            {QPointF(82, 98), QSizeF(36, 14), 12, 0, LabelSide::Below}};
        const std::vector<QRectF> markers{QRectF(89, 89, 22, 22), QRectF(71, 87, 22, 22)};
        const std::vector<LabelPlacement> placed = placeLabels(two, markers);
        const QRectF a = placed[0].rect.translated(two[0].anchor);
        const QRectF b = placed[1].rect.translated(two[1].anchor);
        QCOMPARE(overlap(a, b), 0.0);
        for (const QRectF &m : markers) {
            QCOMPARE(overlap(a, m), 0.0);
            QCOMPARE(overlap(b, m), 0.0);
        }
        QCOMPARE(placed[0].rect, labelBox(LabelSide::Below, QSizeF(72, 14), 12)); // placed first: free
    }

    void aCrowdIsPlacedWithoutOverlapAndAlwaysTheSameWay()
    {
        // Twelve markers in a 360 × 240 px patch (a crowded continent), three labels each.
        std::vector<LabelRequest> labels;
        std::vector<QRectF> markers;
        for (int i = 0; i < 12; ++i) {
            const QPointF at(200 + (i * 79) % 360, 200 + (i * 55) % 240);
            markers.emplace_back(at.x() - 11, at.y() - 11, 22, 22);
            labels.push_back({at, QSizeF(48 + 6 * (i % 4), 14), 12, 0, LabelSide::Below});
            labels.push_back({at, QSizeF(36, 12), 14, 2, LabelSide::Right});
            labels.push_back({at, QSizeF(40, 12), 17, 2, LabelSide::Above});
        }
        const std::vector<LabelPlacement> placed = placeLabels(labels, markers);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const QRectF a = placed[i].rect.translated(labels[i].anchor);
            for (std::size_t j = i + 1; j < labels.size(); ++j)
                QVERIFY2(overlap(a, placed[j].rect.translated(labels[j].anchor)) == 0,
                         qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
            for (const QRectF &m : markers)
                QVERIFY2(overlap(a, m) == 0, qPrintable(QStringLiteral("label %1 on a marker").arg(i)));
        }
        const std::vector<LabelPlacement> again = placeLabels(labels, markers);
        for (std::size_t i = 0; i < labels.size(); ++i)
            QCOMPARE(again[i].rect, placed[i].rect);
    }

    void builtinMapsHaveNoCollidingLabels_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "zh_CN"}) {
            for (const char *scenario : {"active-passive-async", "manual-vs-automatic-failover-manual",
                                         "split-brain-quorum-leases", "dns-ttl-vs-front-door-dns"})
                QTest::addRow("%s %s", scenario, language)
                    << QString::fromLatin1(scenario) << QString::fromLatin1(language);
        }
    }

    void builtinMapsHaveNoCollidingLabels()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, language);
        LanguageManager::instance()->setLanguage(language, false);
        MainWindow w;
        QVERIFY(showLab(w, QSize(1360, 860), "healthDock")); // the window's default size
        QString error;
        QVERIFY2(w.openScenarioFile(QStringLiteral(FL_SOURCE_DIR "/resources/scenarios/") + scenario +
                                        QStringLiteral(".json"),
                                    &error),
                 qPrintable(error));
        w.simulation()->runTo(20 * kSecond); // the data badges show epoch and lag by then
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).now == 20 * kSecond && !latest(w).running, 30000);
        QTRY_VERIFY(w.mapScene()->regionCount() > 0 && w.mapScene()->regionItem(0)->dataSlot().isValid());
        w.mapView()->fitWorld();
        QCoreApplication::processEvents();
        QString collision = firstCollision(w);
        QVERIFY2(collision.isEmpty(), qPrintable(collision));
        // Zoomed in the markers move apart; the labels are placed again and still do not collide.
        w.mapView()->zoomIn();
        w.mapView()->zoomIn();
        collision = firstCollision(w);
        QVERIFY2(collision.isEmpty(), qPrintable(collision + QStringLiteral(" (zoomed in)")));
    }
};

QTEST_MAIN(MapLabelsTest)
#include "tst_maplabels.moc"
