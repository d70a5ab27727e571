// Every model enum value the window can name has its row in core/spec's table (and no row lacks a
// name). The compiler makes a new enum value get a label (LabText's switches have no default) and
// a data-path rule; this test makes it get its row, which the scenario reader, the writer, --set,
// the random schedules and the settings form's lists all read.
#include "labtext.h"
#include "spec/enums.h"

#include <QTest>

using namespace fl;
using namespace fl::ui;

namespace {

// Raw values far past any enum's last: an enum that outgrows this fails loudly below.
constexpr int kProbe = 64;

template<class E> QStringList missingRows(QString (*label)(E))
{
    QStringList problems;
    for (int raw = 0; raw < kProbe; ++raw) {
        const QString text = label(static_cast<E>(raw));
        const bool hasRow = enumFromInt<E>(raw).has_value();
        if (!text.isEmpty() && !hasRow)
            problems << QStringLiteral("value %1 (\"%2\") has a label but no row").arg(raw).arg(text);
        if (text.isEmpty() && hasRow)
            problems << QStringLiteral("value %1 has a row but no label").arg(raw);
    }
    if (enumCount<E>() >= static_cast<std::size_t>(kProbe))
        problems << QStringLiteral("more values than this test probes");
    return problems;
}

} // namespace

class EnumLabelsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyLabelledValueHasItsRow()
    {
        QStringList problems;
        problems += missingRows(&LabText::roleName);
        problems += missingRows(&LabText::mechanismName);
        problems += missingRows(&LabText::policyName);
        problems += missingRows(&LabText::placementName);
        problems += missingRows(&LabText::topologyName);
        problems += missingRows(&LabText::replicationModeName);
        problems += missingRows(&LabText::forwardPolicyName);
        problems += missingRows(&LabText::readPolicyName);
        problems += missingRows(&LabText::ownershipRuleName);
        problems += missingRows(&LabText::conflictPolicyName);
        problems += missingRows(&LabText::failoverModeName);
        problems += missingRows(&LabText::rejoinPolicyName);
        problems += missingRows(&LabText::dependencyKindName);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(EnumLabelsTest)
#include "tst_enumlabels.moc"
