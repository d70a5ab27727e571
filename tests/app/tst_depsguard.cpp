// SPDX-License-Identifier: GPL-3.0-or-later
//
// scripts/check-deps.sh, the CI guard against a package that the build uses but scripts/deps.sh
// does not install: it passes on this build tree with the real list and fails, naming the package,
// when the list lacks one the build needs (libqt6opengl6-dev, the package whose absence broke a
// fresh machine; fonts-noto-cjk, which only the Chinese UI loads at run time).
#include "appprocess.h"

#include <QStandardPaths>
#include <QTest>

using fl::testing::runProcess;

namespace {

QString script()
{
    return QStringLiteral(FL_SOURCE_DIR "/scripts/check-deps.sh");
}

// deps.sh's list, as the script itself reads it.
QStringList packageList()
{
    const auto result =
        runProcess(QStringLiteral("bash"),
                   {QStringLiteral("-c"), QStringLiteral("source '" FL_SOURCE_DIR
                                                         "/scripts/deps.sh'; echo \"${FL_PACKAGES[@]}\"")});
    return QString::fromUtf8(result.out).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class DepsGuardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg-query")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("apt-cache")).isEmpty())
            QSKIP("not a Debian system");
        QVERIFY(packageList().contains(QStringLiteral("libqt6opengl6-dev")));
    }

    void passesWithTheRealList()
    {
        const auto result = runProcess(QStringLiteral("bash"), {script(), QStringLiteral(FL_BINARY_DIR)});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.contains("all installed by scripts/deps.sh"));
    }

    void failsWhenTheListLacksAPackage_data()
    {
        QTest::addColumn<QString>("dropped");
        QTest::newRow("Qt Charts' OpenGL dependency") << QStringLiteral("libqt6opengl6-dev");
        QTest::newRow("the Chinese font") << QStringLiteral("fonts-noto-cjk");
    }

    void failsWhenTheListLacksAPackage()
    {
        QFETCH(QString, dropped);
        QStringList list = packageList();
        QVERIFY(list.removeAll(dropped) == 1);
        fl::testing::ProcessSetup setup;
        setup.environment.insert(QStringLiteral("FL_DEPS_PACKAGES"), list.join(QLatin1Char(' ')));
        const auto result =
            runProcess(QStringLiteral("bash"), {script(), QStringLiteral(FL_BINARY_DIR)}, setup);
        QCOMPARE(result.exitCode, 1);
        const QByteArray expected = QByteArray("  ") + dropped.toUtf8() + QByteArray(" (e.g. /");
        QVERIFY2(result.err.contains(expected), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(DepsGuardTest)
#include "tst_depsguard.moc"
