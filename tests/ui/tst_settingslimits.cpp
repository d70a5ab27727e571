// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window refuses settings that cannot fit in memory with the same sentence as
// `failover-lab run`: the control panel's Apply and restart goes through ConfigEdit::problems.
#include "configedit.h"
#include "scenario/resourceestimate.h"
#include "sim/presets.h"

#include <QTest>

using namespace fl;
using namespace fl::ui;

class SettingsLimitsTest : public QObject
{
    Q_OBJECT

private slots:
    void hugeKeySpaceIsRefusedWithTheEstimate()
    {
        SimulationConfig config = defaultLabWorld();
        QVERIFY(ConfigEdit::problems(config, 1ull << 30).isEmpty());
        config.populations[0].keySpace = 9'000'000;
        const QStringList problems = ConfigEdit::problems(config, 1ull << 30); // a 1 GB limit
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("the scenario needs about")),
                 qPrintable(problems.first()));
        QVERIFY(problems.first().contains(QStringLiteral("populations[*].keys × regions")));
        // The same sentence the command line prints.
        scenario::Scenario s;
        s.config = config;
        s.duration = 0;
        QCOMPARE(problems.first(), scenario::memoryRefusal(scenario::estimateResources(s), 1ull << 30));
    }

    void longHistoryIsRefused()
    {
        SimulationConfig config = defaultLabWorld();
        config.metricsInterval = 10 * kMillisecond;
        config.historySeconds = 100'000'000; // samples kept per series
        const QStringList problems = ConfigEdit::problems(config, 1ull << 30);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("time series")));
    }
};

QTEST_MAIN(SettingsLimitsTest)
#include "tst_settingslimits.moc"
