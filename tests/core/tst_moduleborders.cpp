// The core's module graph, enforced: every file in core/NAME/ may include headers only of NAME
// itself and of the modules NAME's library links (directly or through them), as core/CMakeLists.txt
// declares them; only the scenario edge may include Qt; nothing in core/ includes ui/ or app/. A
// separate library per folder cannot catch this alone, because core/ is on every include path and a
// header-only include needs no link.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

using Graph = QMap<QString, QSet<QString>>; // module -> modules its library may use (transitively)

// core-modules.txt, written at configure time: "module:dependency;dependency" per line.
Graph readDeclaredGraph(QString *error)
{
    QFile file(QStringLiteral(FL_BINARY_DIR "/core-modules.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QMap<QString, QStringList> direct;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        direct.insert(line.left(colon), line.mid(colon + 1).split(QLatin1Char(';'), Qt::SkipEmptyParts));
    }
    Graph closure;
    for (auto it = direct.cbegin(); it != direct.cend(); ++it) {
        QSet<QString> reached;
        QStringList pending = it.value();
        while (!pending.isEmpty()) {
            const QString next = pending.takeLast();
            if (reached.contains(next))
                continue;
            reached.insert(next);
            pending += direct.value(next);
        }
        closure.insert(it.key(), reached);
    }
    return closure;
}

// The problems with one file of `module`, given its text; `modules` are core's folders.
QStringList problemsOf(const QString &module, const QString &fileName, const QString &text,
                       const Graph &graph, const QSet<QString> &modules)
{
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"),
                                            QRegularExpression::MultilineOption);
    QStringList problems;
    const QSet<QString> allowed = graph.value(module);
    for (auto m = include.globalMatch(text); m.hasNext();) {
        const auto match = m.next();
        const QString header = match.captured(2);
        const QString where = module + QLatin1Char('/') + fileName + QStringLiteral(" includes ") + header;
        if (match.captured(1) == QLatin1String("<")) {
            if (header.startsWith(QLatin1Char('Q')) && module != QLatin1String("scenario"))
                problems << where + QStringLiteral(": only the scenario edge may use Qt");
            continue;
        }
        if (header.startsWith(QLatin1String("../"))) {
            problems << where + QStringLiteral(": name another module's header by its folder");
            continue;
        }
        const qsizetype slash = header.indexOf(QLatin1Char('/'));
        if (slash < 0)
            continue; // the module's own header
        const QString target = header.left(slash);
        if (target == module)
            continue;
        if (!modules.contains(target))
            problems << where + QStringLiteral(": the core includes nothing outside core/");
        else if (!allowed.contains(target))
            problems << where + QStringLiteral(": %1 does not link %2").arg(module, target);
    }
    return problems;
}

QSet<QString> coreFolders()
{
    const QStringList folders =
        QDir(QStringLiteral(FL_SOURCE_DIR "/core")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return QSet<QString>(folders.cbegin(), folders.cend());
}

} // namespace

class ModuleBorders : public QObject
{
    Q_OBJECT

    Graph m_graph;

private slots:
    void initTestCase()
    {
        QString error;
        m_graph = readDeclaredGraph(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_graph.isEmpty());
    }

    // A folder without a declared library would escape every check below.
    void everyFolderIsAModule()
    {
        for (const QString &folder : coreFolders())
            QVERIFY2(m_graph.contains(folder),
                     qPrintable(QStringLiteral("core/%1 has no library").arg(folder)));
    }

    // The graph the libraries declare has the layering the design describes.
    void graphIsLayered()
    {
        QVERIFY(m_graph.value(QStringLiteral("engine")).isEmpty());
        QCOMPARE(m_graph.value(QStringLiteral("spec")), QSet<QString>{QStringLiteral("engine")});
        for (const char *part : {"world", "traffic", "data", "control", "metrics"}) {
            const QSet<QString> uses = m_graph.value(QString::fromLatin1(part));
            QVERIFY2(uses == (QSet<QString>{QStringLiteral("engine"), QStringLiteral("spec")}), part);
        }
        for (const char *top : {"proof", "bench", "scenario"}) {
            const QSet<QString> uses = m_graph.value(QString::fromLatin1(top));
            QVERIFY2(uses.contains(QStringLiteral("sim")), top);
            for (const char *sibling : {"proof", "bench", "scenario"})
                QVERIFY2(!uses.contains(QString::fromLatin1(sibling)), top);
        }
        // The timeline sits between the world and the harnesses: only the benchmarks measure it.
        const QSet<QString> timeline = m_graph.value(QStringLiteral("timeline"));
        QVERIFY(timeline.contains(QStringLiteral("sim")));
        for (const char *above : {"proof", "bench", "scenario"})
            QVERIFY2(!timeline.contains(QString::fromLatin1(above)), above);
        QVERIFY(!m_graph.value(QStringLiteral("proof")).contains(QStringLiteral("timeline")));
        QVERIFY(!m_graph.value(QStringLiteral("scenario")).contains(QStringLiteral("timeline")));
    }

    // The checker itself catches what it is for (so that a silent parser cannot pass the next test).
    void checkerCatchesWrongDirection()
    {
        const QSet<QString> modules = coreFolders();
        const QString upward = QStringLiteral("#include \"sim/simulation.h\"\n#include \"geo.h\"\n");
        QCOMPARE(
            problemsOf(QStringLiteral("world"), QStringLiteral("x.cpp"), upward, m_graph, modules).size(), 1);
        const QString qt = QStringLiteral("#include <QString>\n#include <vector>\n");
        QCOMPARE(problemsOf(QStringLiteral("sim"), QStringLiteral("x.h"), qt, m_graph, modules).size(), 1);
        QCOMPARE(problemsOf(QStringLiteral("scenario"), QStringLiteral("x.h"), qt, m_graph, modules).size(),
                 0);
        const QString outside =
            QStringLiteral("  #  include \"ui/labtext.h\"\n#include \"../sim/config.h\"\n");
        QCOMPARE(problemsOf(QStringLiteral("sim"), QStringLiteral("x.h"), outside, m_graph, modules).size(),
                 2);
        const QString downward = QStringLiteral("#include \"engine/engine.h\"\n#include \"spec/config.h\"\n");
        QCOMPARE(
            problemsOf(QStringLiteral("traffic"), QStringLiteral("x.h"), downward, m_graph, modules).size(),
            0);
    }

    void everyIncludeFollowsTheGraph()
    {
        const QSet<QString> modules = coreFolders();
        QStringList problems;
        int files = 0;
        for (const QString &module : modules) {
            QDir dir(QStringLiteral(FL_SOURCE_DIR "/core/") + module);
            const QStringList names =
                dir.entryList({QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files);
            for (const QString &name : names) {
                QFile file(dir.filePath(name));
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                problems += problemsOf(module, name, QString::fromUtf8(file.readAll()), m_graph, modules);
                ++files;
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(ModuleBorders)
#include "tst_moduleborders.moc"
