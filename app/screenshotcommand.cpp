// SPDX-License-Identifier: GPL-3.0-or-later
//
// `failover-lab screenshot`: the lab draws itself. The window opens offscreen on a scenario, the
// simulation runs as fast as it can to one simulated instant and stops there, and the whole window
// is saved as a PNG — the README's pictures come from here, so they always match the code.
#include "bridge/simulationrunner.h"
#include "cli.h"
#include "compare/comparesession.h"
#include "compare/comparewindow.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "panels/lessonpanel.h"
#include "presenter/presentermode.h"
#include "scenario/duration.h"
#include "scenario/lesson.h"
#include "scenario/outputfile.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QPixmap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <functional>

namespace fl::app {
namespace {

class ScreenshotText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Screenshot)
};

// The window's docks and toolbar need room; below this a screenshot would not be of the layout a
// person sees. Above the upper bound a PNG is hundreds of megabytes.
constexpr int kMinWidth = 800, kMinHeight = 500, kMaxSide = 8192;

// What to picture, from the command line.
struct ScreenshotRequest
{
    QString file, builtin;
    QString lesson; // --lesson: the window shows this lesson at step `step`, played
    int step = 1;
    bool presenter = false; // View ▸ Presenter, on a screen of `size`
    QString compareWith;    // --compare-with: the compare view, the scenario as A and this as B
    QStringList sets;
    SimTime at = 0;
    QSize size;
    QString out;
};

// Reads and checks the command line into `r`; an exit code when it must stop (help, bad input).
std::optional<int> readScreenshotRequest(const QStringList &arguments, ScreenshotRequest &r)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ScreenshotText::tr(
        "Opens the lab's window offscreen on a scenario, runs it to simulated time T and saves the "
        "whole window as a PNG."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption builtinOption(
        QStringLiteral("builtin"), ScreenshotText::tr("Open the built-in scenario NAME (see 'list')."),
        QStringLiteral("NAME"));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        ScreenshotText::tr("Simulated time of the picture, e.g. 90s or 3m (default 60s)."),
        QStringLiteral("T"), QStringLiteral("60s"));
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       ScreenshotText::tr("Change one field before validation (repeatable)."),
                                       QStringLiteral("PATH=VALUE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        ScreenshotText::tr("Language of the window: en or zh_CN."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        ScreenshotText::tr("Window size in pixels, WIDTHxHEIGHT (default 1600x1000)."), QStringLiteral("WxH"),
        QStringLiteral("1600x1000"));
    const QCommandLineOption outOption(QStringLiteral("out"), ScreenshotText::tr("The PNG file to write."),
                                       QStringLiteral("FILE.png"));
    const QCommandLineOption lessonOption(
        QStringLiteral("lesson"),
        ScreenshotText::tr(
            "Open the lesson ID (see 'lessons') instead of a scenario, and play it to --step."),
        QStringLiteral("ID"));
    const QCommandLineOption stepOption(
        QStringLiteral("step"),
        ScreenshotText::tr("With --lesson: the step to show once it has played (from 1)."),
        QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption presenterOption(
        QStringLiteral("presenter"),
        ScreenshotText::tr(
            "Picture presenter mode on a screen of --size (full screen, type for a projector)."));
    const QCommandLineOption compareOption(
        QStringLiteral("compare-with"),
        ScreenshotText::tr("Picture the compare view: the scenario as side A, design B (a built-in name or a "
                           "scenario file) as side B, with the comparison measured at T."),
        QStringLiteral("B"));
    parser.addOptions({builtinOption, atOption, setOption, langOption, sizeOption, outOption, lessonOption,
                       stepOption, presenterOption, compareOption});
    parser.addPositionalArgument(QStringLiteral("scenario"), ScreenshotText::tr("A scenario file."),
                                 QStringLiteral("[SCENARIO]"));
    QString usage = parser.helpText();
    usage.replace(QLatin1String("<executable_name>"), QLatin1String("failover-lab screenshot"));
    if (!parser.parse(arguments))
        return failBadInput(parser.errorText(), usage);
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage;
        return ExitOk;
    }

    const QString language = parser.value(langOption);
    if (!language.isEmpty() && !ui::LanguageManager::availableLanguages().contains(language))
        return failBadInput(
            ScreenshotText::tr("--lang: unknown language '%1' (use en or zh_CN)").arg(language));

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return failBadInput(ScreenshotText::tr("unexpected argument '%1'").arg(positional.at(1)), usage);
    r.file = positional.value(0);
    r.builtin = parser.value(builtinOption);
    r.sets = parser.values(setOption);
    r.presenter = parser.isSet(presenterOption);
    r.lesson = parser.value(lessonOption);
    r.compareWith = parser.value(compareOption);
    if (!r.lesson.isEmpty()) {
        if (!r.file.isEmpty() || !r.builtin.isEmpty() || !r.sets.isEmpty() || !r.compareWith.isEmpty())
            return failBadInput(
                ScreenshotText::tr("--lesson: a lesson brings its own scenario; give no scenario "
                                   "file, --builtin or --set with it"),
                usage);
        scenario::ScenarioError problem;
        const std::optional<scenario::Lesson> lesson = scenario::loadBuiltinLesson(r.lesson, &problem);
        if (!lesson)
            return failBadInput(QStringLiteral("--lesson: ") + problem.toString());
        bool ok = false;
        r.step = parser.value(stepOption).toInt(&ok);
        if (!ok || r.step < 1 || r.step > static_cast<int>(lesson->steps.size()))
            return failBadInput(ScreenshotText::tr("--step: lesson %1 has steps 1 to %2, not '%3'")
                                    .arg(r.lesson)
                                    .arg(lesson->steps.size())
                                    .arg(parser.value(stepOption)));
    } else if (parser.isSet(stepOption)) {
        return failBadInput(ScreenshotText::tr("--step goes with --lesson ID"), usage);
    } else if (r.file.isEmpty() == r.builtin.isEmpty()) {
        return failBadInput(ScreenshotText::tr("give either a scenario file or --builtin NAME"), usage);
    }

    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const QRegularExpressionMatch sizeMatch = sizePattern.match(parser.value(sizeOption));
    const QSize size =
        sizeMatch.hasMatch() ? QSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt()) : QSize();
    if (!size.isValid() || size.width() < kMinWidth || size.height() < kMinHeight ||
        size.width() > kMaxSide || size.height() > kMaxSide)
        return failBadInput(ScreenshotText::tr("--size: expected WIDTHxHEIGHT from %1x%2 to %3x%3 pixels, "
                                               "e.g. 1600x1000, not '%4'")
                                .arg(kMinWidth)
                                .arg(kMinHeight)
                                .arg(kMaxSide)
                                .arg(parser.value(sizeOption)));

    r.size = size;
    const std::optional<SimTime> at = scenario::parseDuration(parser.value(atOption));
    if (!at || *at < 0 || *at > scenario::kMaxDuration)
        return failBadInput(
            ScreenshotText::tr("--at: expected a simulated time from 0s to %1, such as 90s "
                               "or 3m, not '%2'")
                .arg(scenario::formatDuration(scenario::kMaxDuration), parser.value(atOption)));

    if (!parser.isSet(outOption))
        return failBadInput(ScreenshotText::tr("--out: give the PNG file to write"), usage);
    r.at = *at;
    const QString out = parser.value(outOption);
    r.out = out;
    if (!out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) && out != QLatin1String("-"))
        return failBadInput(ScreenshotText::tr("--out: the screenshot is a PNG; give a file name ending in "
                                               ".png, not '%1'")
                                .arg(out));
    QString outError;
    if (!scenario::checkOutputFile(out, &outError))
        return failBadInput(QStringLiteral("--out: ") + outError);

    return std::nullopt;
}

// Returns once the window shows the stopped run at `at` (only a RunTo stops the run, so a
// stopped snapshot at `at` is the one asked for).
void waitForSnapshotAt(ui::SimulationController *simulation, SimTime at)
{
    QEventLoop loop;
    auto reached = [simulation, at] {
        const ui::WorldSnapshot &s = simulation->latest();
        return simulation->hasSnapshot() && !s.running && s.now >= at;
    };
    QObject::connect(simulation, &ui::SimulationController::snapshotReady, &loop, [&] {
        if (reached())
            loop.quit();
    });
    if (!reached())
        loop.exec();
    // Let the views finish what the last snapshot started (queued layout and chart refreshes)
    // before the picture is taken.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

// Grabs the window and writes the PNG.
int savePicture(QWidget &window, const QSize &size, const QString &out)
{
    QString outError;
    if (window.size() != size)
        return failBadInput(ScreenshotText::tr("--size: the window cannot be %1x%2 pixels (it needs at least "
                                               "%3x%4)")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(window.minimumSizeHint().width())
                                .arg(window.minimumSizeHint().height()));
    const QPixmap picture = window.grab();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!picture.save(&buffer, "PNG"))
        return failBadInput(ScreenshotText::tr("could not encode the screenshot as PNG"));
    if (!scenario::writeOutputFile(out, png, &outError)) {
        QTextStream(stderr) << "failover-lab: " << outError << '\n';
        return ExitWriteFailed;
    }
    return ExitOk;
}

// Waits, with the event loop running, until `done` holds (the lesson's world runs on its own thread).
void waitUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(5);
    if (!done())
        loop.exec();
}

// The window on a lesson, every step up to `step` played as fast as the machine allows (no answer
// given), stopped with that step's measured outcome and takeaway on screen.
int lessonScreenshot(const ScreenshotRequest &r)
{
    ui::MainWindow window;
    window.resize(r.size);
    window.show();
    QString error;
    if (!window.startLesson(r.lesson, &error))
        return failBadInput(QStringLiteral("--lesson: ") + error);
    if (r.presenter)
        window.presenter()->enter();
    window.simulation()->setSpeed(ui::kMaxSpeed);
    ui::LessonPanel *panel = window.lessonPanel();
    using State = ui::LessonPanel::StepState;
    for (int step = 0; step < r.step; ++step) {
        waitUntil([panel] { return panel->state() == State::Ready; });
        panel->runStep();
        waitUntil([panel] { return panel->state() == State::Played; });
        if (step + 1 < r.step)
            panel->nextStep();
    }
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return savePicture(window, r.size, r.out);
}

// The compare view of `a` and the design --compare-with names, run to `at`, its table measured there.
int compareScreenshot(const ScreenshotRequest &r, const scenario::Scenario &a)
{
    QString error, nameB;
    const std::optional<scenario::Scenario> b = loadCompareArgument(r.compareWith, &nameB, &error);
    if (!b)
        return failBadInput(error);
    const std::optional<scenario::ComparePair> pair = scenario::alignForCompare(a, *b, &error);
    if (!pair)
        return failBadInput(QStringLiteral("--compare-with: ") + error);
    const QString nameA = r.file.isEmpty() ? r.builtin : QFileInfo(r.file).completeBaseName();
    ui::CompareWindow window(*pair, {nameA, nameB}, 1.0, false);
    window.resize(r.size);
    window.show();
    if (r.presenter)
        window.presenter()->enter();
    window.simulation()->runTo(r.at);
    waitForSnapshotAt(window.simulation(), r.at);
    ui::CompareSession *session = window.session();
    session->measureNow();
    waitUntil([session, at = r.at] { return session->figuresAt() == at; });
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return savePicture(window, r.size, r.out);
}

int screenshot(const QStringList &arguments)
{
    ScreenshotRequest r;
    if (const std::optional<int> code = readScreenshotRequest(arguments, r))
        return *code;
    if (!r.lesson.isEmpty())
        return lessonScreenshot(r);
    // The scenario: document, overrides, validation (as `run` does).
    QString loadError;
    const std::optional<scenario::Scenario> loaded =
        loadScenarioArgument(r.file, r.builtin, r.sets, &loadError);
    if (!loaded)
        return failBadInput(loadError);
    if (!r.compareWith.isEmpty())
        return compareScreenshot(r, *loaded);

    // The window, paused on the scenario and driven to `at` as fast as the machine allows.
    ui::MainWindow window(loaded->config, 1.0);
    const QString path = r.file.isEmpty() ? QString() : QFileInfo(r.file).absoluteFilePath();
    window.openScenarioDocument(*loaded, path, path.isEmpty() ? r.builtin : QFileInfo(path).fileName());
    window.resize(r.size);
    window.show();
    if (r.presenter)
        window.presenter()->enter();
    window.simulation()->runTo(r.at);

    waitForSnapshotAt(window.simulation(), r.at);
    return savePicture(window, r.size, r.out);
}

} // namespace

int runScreenshotCommand(const QStringList &arguments)
{
    quietQtMessages();
    // Always offscreen: a screenshot must not depend on (or flash up on) the user's display, nor on
    // the window layout and recent files the user's settings remember.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settings;
    if (settings.isValid())
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(settings.path()));
    // Presenter mode fills the screen: the offscreen screen is made the picture's size (it is
    // 800x600 unless configured).
    if (rawOption(arguments, QStringLiteral("presenter")) && settings.isValid()) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
        const QRegularExpressionMatch size = sizePattern.match(
            rawOption(arguments, QStringLiteral("size")).value_or(QStringLiteral("1600x1000")));
        if (size.hasMatch()) {
            const QString config = settings.filePath(QStringLiteral("screen.json"));
            QFile file(config);
            if (file.open(QIODevice::WriteOnly))
                file.write(QStringLiteral(
                               "{\"screens\": [{\"name\": \"presenter\", \"x\": 0, \"y\": 0, \"width\": %1, "
                               "\"height\": %2, \"logicalDpi\": 96}]}")
                               .arg(size.captured(1), size.captured(2))
                               .toUtf8());
            file.close();
            qputenv("QT_QPA_PLATFORM", QFile::encodeName(QStringLiteral("offscreen:configfile=") + config));
        }
    }
    static int argc = 1;
    static char name[] = "failover-lab";
    static char *argv[] = {name, nullptr};
    QApplication application(argc, argv);
    configureGuiApplication(application);
    if (const std::optional<QString> language = rawOption(arguments, QStringLiteral("lang")))
        ui::LanguageManager::instance()->setLanguage(*language, false);
    else
        ui::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    return screenshot(arguments);
}

} // namespace fl::app
