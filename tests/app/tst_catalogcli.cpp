// `failover-lab catalog`: the region catalog and the modelled round-trip matrix, as a user or a script
// sees them through the executable.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(FL_APP_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestCatalogCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonDocument();
    void readableTable();
    void help();
    void badInput_data();
    void badInput();
};

void TestCatalogCli::jsonDocument()
{
    const Run run = runApp({QStringLiteral("catalog"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.object();

    const QJsonArray regions = root.value(QStringLiteral("regions")).toArray();
    QVERIFY(regions.size() >= 12);
    QSet<QString> ids;
    for (const QJsonValue &v : regions) {
        const QJsonObject r = v.toObject();
        const QString id = r.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY(!r.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(r.value(QStringLiteral("lat")).isDouble());
        QVERIFY(r.value(QStringLiteral("lon")).isDouble());
    }
    QCOMPARE(regions.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("us-east-1"));

    const QJsonArray populations = root.value(QStringLiteral("populations")).toArray();
    QVERIFY(populations.size() >= 10);
    double shares = 0;
    for (const QJsonValue &v : populations)
        shares += v.toObject().value(QStringLiteral("share")).toDouble();
    QVERIFY(std::abs(shares - 1.0) < 1e-9);

    const QJsonArray matrix = root.value(QStringLiteral("rtt_ms")).toArray();
    const qsizetype n = regions.size();
    QCOMPARE(matrix.size(), n);
    for (qsizetype i = 0; i < n; ++i)
        QCOMPARE(matrix.at(i).toArray().size(), n);
    for (qsizetype i = 0; i < n; ++i) {
        const QJsonArray row = matrix.at(i).toArray();
        const double local = row.at(i).toDouble();
        // The diagonal is the intra-region round trip: positive, small, and shorter than any trip
        // to another region.
        QVERIFY2(local > 0 && local <= 20, qPrintable(QString::number(local)));
        for (qsizetype j = 0; j < n; ++j) {
            const double v = row.at(j).toDouble();
            QVERIFY(row.at(j).isDouble());
            QCOMPARE(v, matrix.at(j).toArray().at(i).toDouble());
            QCOMPARE(std::round(v * 10) / 10, v); // rounded to 0.1 ms
            if (j != i)
                QVERIFY2(v > local, qPrintable(QStringLiteral("%1,%2").arg(i).arg(j)));
        }
    }
}

void TestCatalogCli::readableTable()
{
    const Run run = runApp({QStringLiteral("catalog")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QStringLiteral("us-east-1")));
    QVERIFY(text.contains(QStringLiteral("ap-southeast-2")));
    QVERIFY(text.contains(QStringLiteral("São Paulo")));
    QVERIFY(text.contains(QStringLiteral("east-asia")));
}

void TestCatalogCli::help()
{
    const Run run = runApp({QStringLiteral("catalog"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--json"));
    const Run list = runApp({QStringLiteral("--help")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("catalog"));
}

void TestCatalogCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("catalog"), QStringLiteral("--bogus")};
    QTest::newRow("unknown option with --json")
        << QStringList{QStringLiteral("catalog"), QStringLiteral("--json"), QStringLiteral("--bogus")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("catalog"), QStringLiteral("regions")};
}

void TestCatalogCli::badInput()
{
    QFETCH(QStringList, arguments);
    const Run run = runApp(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("failover-lab: "));
}

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalogcli.moc"
