// Every model enum value the window names has its row in core/spec's table, with a label, and the
// Chinese catalogue translates every label. A new replication mode needs three places: its enum
// value, its row, and its rule in data/replicationrule.h; the compiler asks for the rule (its switch
// has no default) and this test for the row (a mode with a rule but no row fails it).
#include "data/replicationrule.h"
#include "labtext.h"
#include "languagemanager.h"
#include "spec/enums.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace fl;
using namespace fl::ui;

namespace {

// Raw values far past any enum's last.
constexpr int kProbe = 64;

template<class E> QStringList labelProblems(const char *name)
{
    QStringList problems;
    QSet<QString> seen;
    for (const EnumEntry<E> &e : enumEntries<E>()) {
        const QString label = QString::fromUtf8(e.label);
        if (label.isEmpty() || seen.contains(label))
            problems << QStringLiteral("%1 %2: empty or repeated label")
                            .arg(QLatin1String(name))
                            .arg(int(e.value));
        seen.insert(label);
    }
    return problems;
}

} // namespace

class EnumLabelsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyRowHasItsOwnLabel()
    {
        QStringList problems;
        problems += labelProblems<RegionRole>("RegionRole");
        problems += labelProblems<RoutingMechanism>("RoutingMechanism");
        problems += labelProblems<RoutingPolicy>("RoutingPolicy");
        problems += labelProblems<DnsResolvers>("DnsResolvers");
        problems += labelProblems<HealthCheckerPlacement>("HealthCheckerPlacement");
        problems += labelProblems<WriteTopology>("WriteTopology");
        problems += labelProblems<ReplicationMode>("ReplicationMode");
        problems += labelProblems<ForwardPolicy>("ForwardPolicy");
        problems += labelProblems<ReadPolicy>("ReadPolicy");
        problems += labelProblems<OwnershipRule>("OwnershipRule");
        problems += labelProblems<ConflictPolicy>("ConflictPolicy");
        problems += labelProblems<FailoverMode>("FailoverMode");
        problems += labelProblems<RejoinPolicy>("RejoinPolicy");
        problems += labelProblems<DependencyKind>("DependencyKind");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(LabText::replicationModeName(ReplicationMode::Async), QStringLiteral("Asynchronous"));
    }

    void everyReplicationRuleHasItsRow()
    {
        for (int raw = 0; raw < kProbe; ++raw) {
            const auto mode = static_cast<ReplicationMode>(raw);
            const bool hasRule = replicationRule(mode).acksNeeded != nullptr;
            const bool hasRow = enumFromInt<ReplicationMode>(raw).has_value();
            QVERIFY2(hasRule == hasRow, qPrintable(QStringLiteral("replication mode %1: %2")
                                                       .arg(raw)
                                                       .arg(hasRule ? QStringLiteral("a rule but no row")
                                                                    : QStringLiteral("a row but no rule"))));
        }
    }

    // The labels moved from the UI's code into core/spec; their translations must have come along.
    void chineseTranslatesEveryLabel()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false);
        QStringList untranslated;
        const auto check = [&untranslated](const QString &label, const char *english) {
            if (label == QString::fromUtf8(english))
                untranslated << label;
        };
        for (const auto &e : enumEntries<ReplicationMode>())
            check(LabText::replicationModeName(e.value), e.label);
        for (const auto &e : enumEntries<ConflictPolicy>())
            check(LabText::conflictPolicyName(e.value), e.label);
        for (const auto &e : enumEntries<RegionRole>())
            check(LabText::roleName(e.value), e.label);
        for (const auto &e : enumEntries<RoutingPolicy>())
            check(LabText::policyName(e.value), e.label);
        for (const auto &e : enumEntries<RejoinPolicy>())
            check(LabText::rejoinPolicyName(e.value), e.label);
        for (const auto &e : enumEntries<DependencyKind>())
            check(LabText::dependencyKindName(e.value), e.label);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(EnumLabelsTest)
#include "tst_enumlabels.moc"
