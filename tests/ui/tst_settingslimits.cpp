// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window refuses settings that cannot fit in memory with the same sentence as
// `failover-lab run`: the control panel's Apply and restart goes through ConfigEdit::problems.
#include "configedit.h"
#include "panels/controlpanel.h"
#include "scenario/resourceestimate.h"
#include "sim/presets.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <algorithm>

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
        config.historySeconds = 5'000'000; // samples kept per series: declared up to 10 million
        const QStringList problems = ConfigEdit::problems(config, 1ull << 30);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("time series")));
    }

    // The form checks every declared setting by its declaration in core/spec: the range the scenario
    // reader holds files and --set to, not a rule of its own.
    void outOfRangeSettingsAreNamedByTheirPath()
    {
        SimulationConfig config = defaultLabWorld();
        config.data.applyRate = 0.5;       // declared 1 to 10,000,000 entries/s
        config.regions[1].capacityOps = 0; // declared greater than 0
        config.failover.failureThreshold = 0;
        const QStringList problems = ConfigEdit::problems(config, 1ull << 30);
        QVERIFY2(problems.contains(
                     QStringLiteral("data.apply_rate must be from 1 to 10,000,000 entries/s; it is 0.5.")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                             [](const QString &p) {
                                 return p.startsWith(QStringLiteral("regions[1].capacity (")) &&
                                        p.endsWith(
                                            QStringLiteral("must be greater than 0 and at most 10,000,000 "
                                                           "requests/s; it is 0."));
                             }),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(problems.contains(
            QStringLiteral("failover.failure_threshold must be a whole number from 1 to 100; it is 0.")));
        QCOMPARE(problems.size(), 3);
    }

    // The spin boxes offer exactly the declared range, in the unit they show.
    void spinBoxesOfferTheDeclaredRange()
    {
        ControlPanel panel;
        const auto spin = [&panel](const char *name) {
            auto *s = panel.findChild<QDoubleSpinBox *>(QLatin1String(name));
            if (!s)
                qFatal("no %s", name);
            return std::pair(s->minimum(), s->maximum());
        };
        QCOMPARE(spin("applyRateSpin"), std::pair(1.0, 10'000'000.0));
        QCOMPARE(spin("batchIntervalSpin"), std::pair(1.0, 60'000.0));     // milliseconds
        QCOMPARE(spin("syncFallbackTimeoutSpin"), std::pair(0.01, 600.0)); // seconds, > 0
        QCOMPARE(spin("probeIntervalSpin"), std::pair(0.01, 3600.0));
        QCOMPARE(spin("ttlSpin"), std::pair(0.0, 86'400.0));
        auto *threshold = panel.findChild<QSpinBox *>(QStringLiteral("probeThresholdSpin"));
        QVERIFY(threshold);
        QCOMPARE(threshold->minimum(), 1);
        QCOMPARE(threshold->maximum(), 100);
    }

    // The dependency table shows each dependency's kind, where it is deployed and its share.
    void dependencyRowsShowTheConfiguration()
    {
        SimulationConfig config = defaultLabWorld();
        DependencyConfig payments;
        payments.kind = DependencyKind::Payments;
        payments.regions = {0};
        payments.requestShare = 0.15;
        DependencyConfig cache;
        cache.kind = DependencyKind::Cache;
        cache.requestShare = 0.5;
        config.dependencies = {payments, cache};
        ControlPanel panel;
        panel.setConfig(config);
        auto *kind = panel.findChild<QComboBox *>(QStringLiteral("dependencyKind_1"));
        QVERIFY(kind);
        QCOMPARE(kind->currentData().toInt(), static_cast<int>(DependencyKind::Cache));
        auto *share = panel.findChild<QDoubleSpinBox *>(QStringLiteral("dependencyShare_0"));
        QVERIFY(share);
        QCOMPARE(share->value(), 15.0);
        QCOMPARE(share->maximum(), 100.0); // dependencies[].request_share is declared 0 to 1
        auto *where = panel.findChild<QToolButton *>(QStringLiteral("dependencyRegions_0"));
        QVERIFY(where);
        QCOMPARE(where->menu()->actions().size(), static_cast<qsizetype>(config.regions.size()));
        QVERIFY(where->menu()->actions().at(0)->isChecked());
        QVERIFY(
            !panel.findChild<QToolButton *>(QStringLiteral("dependencyRegions_1"))->isEnabled()); // a cache
        QVERIFY(panel.findChild<QToolButton *>(QStringLiteral("removeDependency_1")));
    }
};

QTEST_MAIN(SettingsLimitsTest)
#include "tst_settingslimits.moc"
