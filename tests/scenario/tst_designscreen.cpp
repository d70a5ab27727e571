// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's closed forms are sound: a design they screen out, simulated, misses the target the
// screen named, by at least the bound it stated (scenario/designscreen.h). Designs of each kind are
// sampled evenly over the space of a 3-region built-in and run on a short duration that takes in
// the crash; FL_PLAN_LONG=1 samples 24 of each kind, on three seeds, and adds the full scenario
// with its restore.
#include "../builtinworld.h"
#include "scenario/builtins.h"
#include "scenario/designscreen.h"
#include "scenario/designspace.h"
#include "scenario/duration.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "scenario/spacescreen.h"
#include "sim/simulation.h"

#include <QTest>
#include <limits>

using namespace fl;
using namespace fl::scenario;
using fl::scenario::testing::builtinDocument;

namespace {

bool longRun()
{
    return !qEnvironmentVariableIsEmpty("FL_PLAN_LONG");
}

// `count` of `indexes`, spread evenly over them.
std::vector<std::size_t> spread(const std::vector<std::size_t> &indexes, std::size_t count)
{
    std::vector<std::size_t> picked;
    if (indexes.empty())
        return picked;
    const std::size_t n = std::min(count, indexes.size());
    for (std::size_t k = 0; k < n; ++k)
        picked.push_back(indexes[(2 * k + 1) * indexes.size() / (2 * n)]);
    return picked;
}

} // namespace

class DesignScreenTest : public QObject
{
    Q_OBJECT

private slots:
    void screenedDesignsMissTheirTarget_data()
    {
        QTest::addColumn<QString>("rpo");
        QTest::addColumn<QString>("rto");
        QTest::addColumn<QString>("duration"); // empty: the scenario's, with the restore at 6m
        // Up to 4m: the crash at 2m with no restore; the RTO target short enough for the DNS and
        // the promotion bounds to screen, the run long enough past the crash for most of those
        // designs to recover in it, so that the measured RTO is held to the bound.
        QTest::newRow("4m, RPO 0, RTO 45s")
            << QStringLiteral("0s") << QStringLiteral("45s") << QStringLiteral("4m");
        QTest::newRow("4m, RPO 50ms, RTO 20s")
            << QStringLiteral("50ms") << QStringLiteral("20s") << QStringLiteral("4m");
        // A minute of the run left after the crash, less than the target: what the plan counts
        // as a miss is an incident not recovered when the run ends.
        QTest::newRow("3m, RPO 0, RTO 2m")
            << QStringLiteral("0s") << QStringLiteral("2m") << QStringLiteral("3m");
        if (longRun())
            QTest::newRow("8m, RPO 0, RTO 2m") << QStringLiteral("0s") << QStringLiteral("2m") << QString();
    }
    void screenedDesignsMissTheirTarget()
    {
        QFETCH(QString, rpo);
        QFETCH(QString, rto);
        QFETCH(QString, duration);
        QJsonObject document = builtinDocument(QStringLiteral("active-passive-async"));
        document[QStringLiteral("targets")] =
            QJsonObject{{QStringLiteral("rpo"), rpo}, {QStringLiteral("rto"), rto}};
        const std::optional<SimTime> runFor = duration.isEmpty() ? std::nullopt : parseDuration(duration);
        const DesignSpace space(document);
        ScreenContext targets;
        targets.rpo = parseDuration(rpo);
        targets.rto = parseDuration(rto);
        const SpaceScreen screen = screenSpace(space, document, runFor, targets);

        const std::size_t samples = longRun() ? 24 : 10;
        const std::vector<std::uint64_t> seeds =
            longRun() ? std::vector<std::uint64_t>{11, 12, 13} : std::vector<std::uint64_t>{11};
        for (const ScreenVerdict::Kind kind : {ScreenVerdict::Kind::AsyncLoss, ScreenVerdict::Kind::Rto}) {
            std::vector<std::size_t> screened;
            for (std::size_t i = 0; i < screen.designs.size(); ++i) {
                if (screen.designs[i].verdict && screen.designs[i].verdict->kind == kind)
                    screened.push_back(i);
            }
            // Each kind screens out designs here, or this test would prove nothing.
            QVERIFY2(screened.size() >= samples, qPrintable(screenKindId(kind)));
            // How close the bound came to a measured figure, for the reader of the log.
            double closest = std::numeric_limits<double>::infinity();
            int measuredAgainstBound = 0;
            // Half of the RTO sample among designs that can recover within the run (a standby that
            // is not a pilot light, a TTL of at most a minute), so that their measured RTO meets the
            // bound itself; the other half over all of them.
            std::vector<std::size_t> picked = spread(screened, samples);
            if (kind == ScreenVerdict::Kind::Rto) {
                std::vector<std::size_t> recovering;
                for (std::size_t i : screened) {
                    const DesignChoice &c = space.choices()[i];
                    const std::uint32_t standbys = (c.home == 0 ? 6u : c.home == 1 ? 5u : 3u);
                    if (c.architecture == Architecture::ActivePassive && c.pilotMask != standbys &&
                        c.dnsTtl <= 60 * kSecond)
                        recovering.push_back(i);
                }
                picked = spread(screened, samples / 2);
                for (std::size_t i : spread(recovering, samples - picked.size()))
                    picked.push_back(i);
            }
            for (std::size_t i : picked) {
                const DesignChoice &choice = space.choices()[i];
                const ScreenVerdict verdict = *screen.designs[i].verdict;
                QString error;
                std::optional<Scenario> design = buildDesign(space, document, choice, runFor, &error);
                QVERIFY2(design, qPrintable(error));
                // Screened again on the configuration built from its overrides: the same verdict.
                const std::optional<ScreenVerdict> again =
                    screenDesign(design->config, screen.contexts[screen.designs[i].context]);
                QVERIFY(again && again->kind == kind && again->bound == verdict.bound);
                for (std::uint64_t seed : seeds) {
                    design->config.seed = seed;
                    Simulation sim = makeSimulation(*design);
                    sim.runUntil(design->duration);
                    sim.recountWrites();
                    const std::vector<IncidentMeasure> incidents = measureIncidents(sim);
                    const QString what = QStringLiteral("%1, seed %2: %3 (bound %4 s)")
                                             .arg(screenKindId(kind))
                                             .arg(seed)
                                             .arg(space.label(choice))
                                             .arg(verdict.bound);
                    QVERIFY2(!incidents.empty(), qPrintable(what));
                    // Missed as `run` judges it, or not recovered before the run ended (a miss to the
                    // plan, which must see the recovery).
                    const bool open = std::any_of(incidents.begin(), incidents.end(),
                                                  [](const IncidentMeasure &m) { return !m.rto; });
                    QVERIFY2(!checkTargets(design->targets, incidents, sim.now()).empty() || open,
                             qPrintable(what));
                    // The first incident is the primary's loss the bound is about.
                    const IncidentMeasure &loss = incidents.front();
                    if (kind == ScreenVerdict::Kind::AsyncLoss) {
                        QVERIFY2(loss.lostWrites > 0, qPrintable(what));
                        QVERIFY2(toSeconds(loss.rpo) >= verdict.bound, qPrintable(what));
                        closest = std::min(closest, toSeconds(loss.rpo) - verdict.bound);
                        ++measuredAgainstBound;
                    } else if (loss.rto) {
                        QVERIFY2(toSeconds(*loss.rto) >= verdict.bound, qPrintable(what));
                        closest = std::min(closest, toSeconds(*loss.rto) - verdict.bound);
                        ++measuredAgainstBound;
                    } else {
                        // Not recovered: the bound is over what was left of the run.
                        QVERIFY2(verdict.bound > toSeconds(sim.now() - loss.start) ||
                                     sim.now() - loss.start > *design->targets.rto,
                                 qPrintable(what));
                    }
                }
            }
            qInfo("%s: %d measured figures at or above their bound, the closest %.3f s above",
                  qPrintable(screenKindId(kind)), measuredAgainstBound, closest);
            // Some designs of each kind recovered (or lost writes) within the run: their figures
            // were held to the bound itself, not only to the target. (A minute after the crash,
            // no RTO-screened design has recovered.)
            if (kind == ScreenVerdict::Kind::AsyncLoss || duration != QLatin1String("3m"))
                QVERIFY(measuredAgainstBound > 0);
        }
    }

    // The budget screens out exactly the designs whose roles cost more per hour than it.
    void budgetScreensByPrice()
    {
        const QJsonObject document = builtinDocument(QStringLiteral("active-passive-async"));
        const DesignSpace space(document);
        ScreenContext targets;
        targets.budgetPerHour = 15.0;
        const SpaceScreen screen = screenSpace(space, document, std::nullopt, targets);
        std::size_t over = 0;
        for (const ScreenedDesign &d : screen.designs) {
            const bool budget = d.verdict && d.verdict->kind == ScreenVerdict::Kind::Budget;
            QCOMPARE(budget, d.nominalCost > 15.0);
            over += budget ? 1 : 0;
        }
        // Pilot lights (12/h) and a warm standby with a pilot light (15/h) stay.
        QVERIFY(over > 0 && over < screen.designs.size());
    }
};

QTEST_GUILESS_MAIN(DesignScreenTest)
#include "tst_designscreen.moc"
