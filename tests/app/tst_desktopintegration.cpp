// SPDX-License-Identifier: GPL-3.0-or-later
//
// The lab as a desktop program: `cmake --install` lays out the binary, menu entry, icons, MIME type,
// metainfo and licence notices (and the validators accept them when installed); `failover-lab
// screenshot` draws the window in either language at the requested size; `failover-lab FILE`
// refuses a file it cannot open before any window appears.
#include "appprocess.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using fl::testing::pngSize;
using fl::testing::runProcess;

namespace {

const QString kAppId = QStringLiteral("org.failoverlab.FailoverLab");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class DesktopIntegrationTest : public QObject
{
    Q_OBJECT

private slots:
    void installsLikeADesktopProgram()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const auto install =
            runProcess(QStringLiteral("cmake"), {QStringLiteral("--install"), QStringLiteral(FL_BINARY_DIR),
                                                 QStringLiteral("--prefix"), prefix.path()});
        QVERIFY2(install.exitCode == 0, install.err.constData());

        const QDir root(prefix.path());
        const QString desktop =
            root.filePath(QStringLiteral("share/applications/") + kAppId + QStringLiteral(".desktop"));
        const QString metainfo =
            root.filePath(QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"));
        const QString mime =
            root.filePath(QStringLiteral("share/mime/packages/") + kAppId + QStringLiteral(".xml"));
        const QString svg = root.filePath(QStringLiteral("share/icons/hicolor/scalable/apps/") + kAppId +
                                          QStringLiteral(".svg"));
        const QString png = root.filePath(QStringLiteral("share/icons/hicolor/256x256/apps/") + kAppId +
                                          QStringLiteral(".png"));
        for (const QString &path :
             {root.filePath(QStringLiteral("bin/failover-lab")), desktop, metainfo, mime, svg, png,
              root.filePath(QStringLiteral("share/doc/failover-lab/README.md")),
              root.filePath(QStringLiteral("share/doc/failover-lab/LICENSE")),
              root.filePath(QStringLiteral("share/doc/failover-lab/LAND-NOTICE.md"))})
            QVERIFY2(QFile::exists(path), qPrintable(path));

        QCOMPARE(pngSize(png), QSize(256, 256));
        QVERIFY(readAll(svg).contains("<svg"));
        QVERIFY(readAll(root.filePath(QStringLiteral("share/doc/failover-lab/LICENSE")))
                    .contains("GNU GENERAL PUBLIC LICENSE"));
        const QByteArray entry = readAll(desktop);
        QVERIFY(entry.contains("Exec=failover-lab %f"));
        QVERIFY(entry.contains("MimeType=application/x-failover-lab-scenario;"));
        QVERIFY(entry.contains(QByteArray("Icon=").append(kAppId.toUtf8())));
        QVERIFY(readAll(mime).contains("<glob pattern=\"*.flab.json\""));
        QVERIFY(readAll(metainfo).contains("<project_license>GPL-3.0-or-later</project_license>"));

        // The installed program runs.
        const auto version =
            runProcess(root.filePath(QStringLiteral("bin/failover-lab")), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("failover-lab "));

        // The validators (scripts/deps.sh installs both, so on a machine set up by it they run).
        const QString desktopValidate =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (desktopValidate.isEmpty() || appstream.isEmpty())
            QSKIP("desktop-file-validate or appstreamcli is not installed (scripts/deps.sh installs them)");
        const auto desktopCheck = runProcess(desktopValidate, {desktop});
        QVERIFY2(desktopCheck.exitCode == 0, QByteArray(desktopCheck.out + desktopCheck.err).constData());
        const auto appstreamCheck =
            runProcess(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
        QVERIFY2(appstreamCheck.exitCode == 0,
                 QByteArray(appstreamCheck.out + appstreamCheck.err).constData());
    }

    void screenshotHasTheRequestedSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en") << QStringLiteral("en") << QSize(1280, 800);
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QSize(1024, 768);
    }

    void screenshotHasTheRequestedSize()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("shot.png"));
        const auto result = runProcess(
            QStringLiteral(FL_APP_PATH),
            {QStringLiteral("screenshot"), QStringLiteral("--builtin"),
             QStringLiteral("warm-standby-vs-pilot-light-warm"), QStringLiteral("--at"),
             QStringLiteral("90s"), QStringLiteral("--lang"), language, QStringLiteral("--size"),
             QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), QStringLiteral("--out"), out});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(pngSize(out), size);
    }

    void screenshotRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        const QString b = QStringLiteral("--builtin"), name = QStringLiteral("manual-failback"),
                      out = QStringLiteral("--out");
        QTest::newRow("no output") << QStringList{b, name}
                                   << QStringLiteral("--out: give the PNG file to write");
        QTest::newRow("not png") << QStringList{b, name, out, QStringLiteral("x.jpg")}
                                 << QStringLiteral("--out: the screenshot is a PNG");
        QTest::newRow("huge") << QStringList{b,
                                             name,
                                             QStringLiteral("--size"),
                                             QStringLiteral("9000x9000"),
                                             out,
                                             QStringLiteral("x.png")}
                              << QStringLiteral("--size: expected WIDTHxHEIGHT from 800x500 to 8192x8192");
        QTest::newRow("bad time") << QStringList{b,
                                                 name,
                                                 QStringLiteral("--at"),
                                                 QStringLiteral("soon"),
                                                 out,
                                                 QStringLiteral("x.png")}
                                  << QStringLiteral("--at: expected a simulated time");
        QTest::newRow("no such directory")
            << QStringList{b, name, out, QStringLiteral("/nonexistent/dir/x.png")}
            << QStringLiteral("--out: the directory /nonexistent/dir does not exist");
        QTest::newRow("unknown builtin")
            << QStringList{b, QStringLiteral("nope"), out, QStringLiteral("x.png")}
            << QStringLiteral("no built-in scenario is called \"nope\"");
    }

    void screenshotRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QTemporaryDir dir;
        fl::testing::ProcessSetup setup;
        setup.workingDirectory = dir.path();
        setup.boundMs = 60000;
        const auto result = runProcess(QStringLiteral(FL_APP_PATH),
                                       QStringList{QStringLiteral("screenshot")} + arguments, setup);
        QCOMPARE(result.exitCode, 2);
        const QString first = QString::fromUtf8(result.err).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.startsWith(QStringLiteral("failover-lab: ") + error), qPrintable(first));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void openingABadFileFailsBeforeAWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing file") << QStringList{QStringLiteral("missing.flab.json")}
                                      << QStringLiteral("failover-lab: cannot read missing.flab.json");
        QTest::newRow("unknown builtin")
            << QStringList{QStringLiteral("--builtin"), QStringLiteral("nope")}
            << QStringLiteral("failover-lab: no built-in scenario is called \"nope\"");
        QTest::newRow("a typo is not a file")
            << QStringList{QStringLiteral("rnu")} << QStringLiteral("failover-lab: unknown command 'rnu'");
        QTest::newRow("both") << QStringList{QStringLiteral("a.flab.json"), QStringLiteral("--builtin"),
                                             QStringLiteral("manual-failback")}
                              << QStringLiteral(
                                     "failover-lab: give either a scenario file or --builtin NAME");
    }

    void openingABadFileFailsBeforeAWindow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        fl::testing::ProcessSetup setup;
        setup.environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        setup.boundMs = 60000;
        const auto result = runProcess(QStringLiteral(FL_APP_PATH), arguments, setup);
        QCOMPARE(result.exitCode, 2);
        const QString first = QString::fromUtf8(result.err).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.startsWith(error), qPrintable(first));
    }
};

QTEST_GUILESS_MAIN(DesktopIntegrationTest)
#include "tst_desktopintegration.moc"
