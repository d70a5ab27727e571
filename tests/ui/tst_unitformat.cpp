// One way to write durations: the unit grows with the value, in English and in Chinese, and an
// axis picks the unit its largest value reads best in.
#include "labtext.h"
#include "languagemanager.h"
#include "unitformat.h"

#include <QTest>

using namespace fl;
using namespace fl::ui;

class UnitFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void durationsGrowTheirUnit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("milliseconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sub-millisecond") << "en" << 0.4 << QStringLiteral("0.4 ms");
        QTest::newRow("zero") << "en" << 0.0 << QStringLiteral("0 ms");
        QTest::newRow("milliseconds") << "en" << 836.0 << QStringLiteral("836 ms");
        QTest::newRow("a few seconds") << "en" << 4'200.0 << QStringLiteral("4.2 s");
        QTest::newRow("whole seconds") << "en" << 4'000.0 << QStringLiteral("4 s");
        QTest::newRow("tens of seconds") << "en" << 38'400.0 << QStringLiteral("38 s");
        // The map's "London (lag 836,163 ms)".
        QTest::newRow("minutes") << "en" << 836'163.0 << QStringLiteral("14 min");
        QTest::newRow("a few minutes") << "en" << 150'000.0 << QStringLiteral("2.5 min");
        QTest::newRow("hours") << "en" << 9'000'000.0 << QStringLiteral("2.5 h");
        QTest::newRow("minutes in Chinese") << "zh_CN" << 836'163.0 << QStringLiteral("14 分钟");
        QTest::newRow("seconds in Chinese") << "zh_CN" << 4'200.0 << QStringLiteral("4.2 秒");
        QTest::newRow("milliseconds in Chinese") << "zh_CN" << 836.0 << QStringLiteral("836 毫秒");
    }

    void durationsGrowTheirUnit()
    {
        QFETCH(QString, language);
        QFETCH(double, milliseconds);
        QFETCH(QString, expected);
        QVERIFY(LanguageManager::instance()->setLanguage(language, false));
        QCOMPARE(UnitFormat::duration(milliseconds), expected);
        // The panels' durations of simulated time say the same.
        QCOMPARE(LabText::duration(static_cast<SimTime>(milliseconds * 1000)), expected);
    }

    void anAxisKeepsItsTickLabelsShort()
    {
        QCOMPARE(UnitFormat::axisUnitFor(0), TimeUnit::Milliseconds);
        QCOMPARE(UnitFormat::axisUnitFor(9'999), TimeUnit::Milliseconds);
        QCOMPARE(UnitFormat::axisUnitFor(10'000), TimeUnit::Seconds);
        QCOMPARE(UnitFormat::axisUnitFor(2'500'000), TimeUnit::Minutes); // the manual failover's lag
        QCOMPARE(UnitFormat::axisUnitFor(30.0 * 3'600'000), TimeUnit::Hours);
        QCOMPARE(UnitFormat::inUnit(2'500'000, TimeUnit::Minutes), 2'500'000.0 / 60'000);
        QCOMPARE(UnitFormat::inUnit(1'500, TimeUnit::Seconds), 1.5);
    }
};

QTEST_MAIN(UnitFormatTest)
#include "tst_unitformat.moc"
