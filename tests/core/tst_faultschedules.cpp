// Seeded fault-schedule testing: random regions, architectures and faults, each run checked for
// the accounting identity, the independent audit, the safety claims of the protections,
// convergence after healing, and determinism. A failure prints its seed and a command that
// reproduces it.
//   FL_LONG_FUZZ=N      run N schedules instead of the quick 500
//   FL_SCHEDULE_SEED=S  run only seed S
//   FL_FUZZ_RETENTION=N run them with data.max_log_retention = N (the default never binds in 40 s;
//                       a small one detaches, re-seeds and compacts in most schedules)
#include "proof/randomschedule.h"

#include <QTest>

using namespace fl;

namespace {

const char *violationName(ScheduleViolation v)
{
    switch (v) {
    case ScheduleViolation::None:
        return "none";
    case ScheduleViolation::AccountingIdentity:
        return "accounting identity";
    case ScheduleViolation::ClientStates:
        return "client states";
    case ScheduleViolation::AuditMismatch:
        return "audit differs from metrics";
    case ScheduleViolation::LostWithQuorum:
        return "acknowledged write lost under quorum + leases + fencing";
    case ScheduleViolation::MinorityAcknowledged:
        return "deposed primary acknowledged a write under quorum + leases";
    case ScheduleViolation::LeaseOverlap:
        return "two regions acknowledged writes in overlapping intervals under leases";
    case ScheduleViolation::StaleEpochApplied:
        return "stale-epoch write applied despite fencing";
    case ScheduleViolation::NotConverged:
        return "replicas differ after healing";
    case ScheduleViolation::Nondeterministic:
        return "same seed, different trace";
    }
    return "?";
}

} // namespace

class FaultSchedulesTest : public QObject
{
    Q_OBJECT

private slots:
    // Seeds beyond the quick run that once failed, run every time.
    void regressionSeeds_data()
    {
        QTest::addColumn<std::uint64_t>("seed");
        // Multi-primary, region 2's storage destroyed with two batches of its writes on the wire:
        // the first one lost was counted as losing writes the second then delivered (accounting
        // 13 lost, audit 5).
        QTest::newRow("6780") << std::uint64_t{6780};
    }

    void regressionSeeds()
    {
        QFETCH(std::uint64_t, seed);
        const ScheduleReport r = runSchedule(makeRandomSchedule(seed), true);
        QVERIFY2(r.violation == ScheduleViolation::None,
                 qPrintable(QStringLiteral("%1 (%2 vs %3)")
                                .arg(QString::fromLatin1(violationName(r.violation)))
                                .arg(r.detailA)
                                .arg(r.detailB)));
        QVERIFY(r.writesAcknowledged > 0);
    }

    void randomFaultSchedules()
    {
        std::uint64_t first = 1, count = 500;
        if (qEnvironmentVariableIsSet("FL_LONG_FUZZ"))
            count = qEnvironmentVariable("FL_LONG_FUZZ").toULongLong();
        if (qEnvironmentVariableIsSet("FL_SCHEDULE_SEED")) {
            first = qEnvironmentVariable("FL_SCHEDULE_SEED").toULongLong();
            count = 1;
        }
        const auto retention = static_cast<std::uint32_t>(qEnvironmentVariableIntValue("FL_FUZZ_RETENTION"));
        ConvergenceExceptions exceptions;
        std::uint64_t safetyRuns = 0, acknowledged = 0, lost = 0, staleApplied = 0, staleRuns = 0;
        QStringList failures;
        for (std::uint64_t seed = first; seed < first + count; ++seed) {
            RandomSchedule schedule = makeRandomSchedule(seed);
            if (retention > 0)
                schedule.config.data.maxLogRetention = retention;
            const ScheduleReport r = runSchedule(schedule, true);
            exceptions.noPrimaryLeft += r.exceptions.noPrimaryLeft;
            exceptions.drainIncomplete += r.exceptions.drainIncomplete;
            safetyRuns += r.safetyClaimed;
            acknowledged += r.writesAcknowledged;
            lost += r.writesLost;
            staleApplied += r.staleEpochApplied;
            staleRuns += r.staleEpochApplied > 0 ? 1 : 0;
            if (r.violation != ScheduleViolation::None)
                failures << QStringLiteral("seed %1: %2 (%3 vs %4 at %5 s); reproduce: FL_SCHEDULE_SEED=%1 "
                                           "tests/tst_faultschedules")
                                .arg(seed)
                                .arg(QString::fromLatin1(violationName(r.violation)))
                                .arg(r.detailA)
                                .arg(r.detailB)
                                .arg(toSeconds(r.at));
        }
        qInfo(
            "%llu schedules (%llu claiming zero loss); %llu writes acknowledged, %llu lost where the design "
            "allows it; %llu stale-epoch writes re-applied without fencing in %llu schedules. Allowed "
            "divergence after healing: %llu with no primary left, %llu with a synchronous write still "
            "waiting",
            static_cast<unsigned long long>(count), static_cast<unsigned long long>(safetyRuns),
            static_cast<unsigned long long>(acknowledged), static_cast<unsigned long long>(lost),
            static_cast<unsigned long long>(staleApplied), static_cast<unsigned long long>(staleRuns),
            static_cast<unsigned long long>(exceptions.noPrimaryLeft),
            static_cast<unsigned long long>(exceptions.drainIncomplete));
        for (const QString &f : failures)
            qWarning("%s", qPrintable(f));
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 failing schedules").arg(failures.size())));
        QVERIFY(count == 1 || safetyRuns > 0); // the strongest configuration was exercised
    }
};

QTEST_GUILESS_MAIN(FaultSchedulesTest)
#include "tst_faultschedules.moc"
