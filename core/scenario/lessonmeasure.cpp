// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonmeasure.h"

#include "duration.h"
#include "sim/simulation.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"
#include "worldids.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <functional>

namespace fl::scenario {

namespace {

// Names as the window shows them: a catalog entry's name goes through the window's catalogue of
// place names (the same context as ui/LabText), so a Chinese lesson says 爱尔兰, not Ireland.
QString translatedPlace(std::string_view englishName)
{
    const QByteArray source(englishName.data(), static_cast<qsizetype>(englishName.size()));
    return QCoreApplication::translate("fl::ui::Names", source.constData());
}

QString regionLabel(const SimulationConfig &config, int r)
{
    const RegionConfig &region = config.regions[static_cast<std::size_t>(r)];
    const QString id = fromView(regionId(region));
    const QString name =
        region.name.empty() && region.id.empty()
            ? translatedPlace(regionCatalog()[static_cast<std::size_t>(region.catalogIndex)].name)
            : fromView(regionName(region));
    return name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

QString populationLabel(const SimulationConfig &config, int p)
{
    const PopulationConfig &population = config.populations[static_cast<std::size_t>(p)];
    return translatedPlace(populationCatalog()[static_cast<std::size_t>(population.catalogIndex)].name);
}

QString seconds(SimTime t)
{
    return LessonTr::tr("%1 s").arg(lessonNumber(toSeconds(t)));
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString yesNoText(const QString &id)
{
    return id == QLatin1String("yes") ? LessonTr::tr("yes") : LessonTr::tr("no");
}

QString phaseText(const QString &id)
{
    if (id == QLatin1String("failure"))
        return LessonTr::tr("the fault");
    if (id == QLatin1String("detected"))
        return LessonTr::tr("detection");
    if (id == QLatin1String("promoted"))
        return LessonTr::tr("promotion");
    if (id == QLatin1String("rerouted"))
        return LessonTr::tr("rerouting");
    if (id == QLatin1String("recovered"))
        return LessonTr::tr("users served again");
    return LessonTr::tr("the heal");
}

SimTime phaseTime(const Incident &incident, const QString &id)
{
    if (id == QLatin1String("failure"))
        return incident.failure;
    if (id == QLatin1String("detected"))
        return incident.detected;
    if (id == QLatin1String("promoted"))
        return incident.promoted;
    if (id == QLatin1String("rerouted"))
        return incident.rerouted;
    if (id == QLatin1String("recovered"))
        return incident.recovered;
    return incident.healed;
}

// The incident a step asks about: the first one that began during the step, else the newest one
// that began before it (a step that only watches the recovery).
const Incident *stepIncident(const StepMark &start, const Simulation &end)
{
    const std::vector<Incident> &all = end.incidents();
    if (all.empty())
        return nullptr;
    if (start.incidents < all.size())
        return &all[start.incidents];
    return &all.back();
}

// Visits every sample a series received since the step began (those still held).
template<class T, class F> void forStepSamples(const RingSeries<T> &series, std::uint64_t since, F &&visit)
{
    const std::uint64_t first = std::max(since, series.firstIndex());
    for (std::uint64_t i = first; i < series.totalPushed(); ++i)
        visit(series[static_cast<std::size_t>(i - series.firstIndex())]);
}

struct Context
{
    const LessonQuestion &question;
    const StepMark &start;
    const Simulation &end;
    QString *error;

    bool fail(const QString &message) const
    {
        if (error)
            *error = message;
        return false;
    }
};

bool measureIncident(const Context &c, MeasuredAnswer &out)
{
    const Incident *incident = stepIncident(c.start, c.end);
    if (!incident)
        return c.fail(LessonTr::tr("no incident happened by %1, so there is nothing to measure")
                          .arg(formatDuration(c.end.now())));
    const SimulationConfig &config = c.end.config();
    switch (c.question.measure) {
    case Measure::RtoSeconds: {
        if (!incident->serviceRecovered())
            return c.fail(LessonTr::tr("users were not served again by %1, so the RTO is not known yet")
                              .arg(formatDuration(c.end.now())));
        out.number = toSeconds(incident->rto());
        QStringList phases;
        if (incident->detected != kNever)
            phases << LessonTr::tr("detected after %1").arg(seconds(incident->detected - incident->failure));
        if (incident->promoted != kNever)
            phases << LessonTr::tr("a new primary took writes after %1")
                          .arg(seconds(incident->promoted - incident->failure));
        if (incident->rerouted != kNever)
            phases << LessonTr::tr("routing pointed at it after %1")
                          .arg(seconds(incident->rerouted - incident->failure));
        out.display = seconds(incident->rto());
        out.explanation = LessonTr::tr("Users were served again %1 after the fault (at least 99 % of every "
                                       "harmed population's requests succeeding in one interval).")
                              .arg(seconds(incident->rto()));
        if (!phases.isEmpty())
            out.explanation +=
                QLatin1Char(' ') + LessonTr::tr("On the way: %1.").arg(phases.join(QLatin1String(", ")));
        return true;
    }
    case Measure::RpoSeconds:
        out.number = toSeconds(incident->rpo());
        out.display = seconds(incident->rpo());
        out.explanation =
            incident->lostWrites == 0
                ? LessonTr::tr("No acknowledged write was lost to this incident: its RPO is zero.")
                : LessonTr::tr(
                      "%Ln acknowledged write(s) were lost to this incident; the oldest was committed "
                      "%1 before the fault, so the data lost reaches back %2.",
                      nullptr, static_cast<int>(incident->lostWrites))
                      .arg(
                          seconds(incident->failure - std::min(incident->failure, incident->lostFirstCommit)),
                          seconds(incident->rpo()));
        return true;
    case Measure::DetectionSeconds:
        if (incident->detected == kNever)
            return c.fail(LessonTr::tr("the controller had not detected the fault by %1")
                              .arg(formatDuration(c.end.now())));
        out.number = toSeconds(incident->detected - incident->failure);
        out.display = seconds(incident->detected - incident->failure);
        out.explanation =
            LessonTr::tr("The controller probes every %1 and needs %2 failed probes in a row (each "
                         "waits up to %3): it declared the region failed %4 after the fault.")
                .arg(seconds(config.failover.probeInterval))
                .arg(config.failover.failureThreshold)
                .arg(seconds(config.failover.probeTimeout), seconds(incident->detected - incident->failure));
        return true;
    case Measure::UsersRecovered: {
        const bool recovered = incident->serviceRecovered() && incident->recovered <= c.end.now();
        out.choice = yesNo(recovered);
        out.display = yesNoText(out.choice);
        out.explanation =
            recovered
                ? LessonTr::tr("Users were served again %1 after the fault.").arg(seconds(incident->rto()))
                : LessonTr::tr("By %1 users were still not served again: the outage had "
                               "lasted %2.")
                      .arg(formatDuration(c.end.now()), seconds(c.end.now() - incident->failure));
        return true;
    }
    case Measure::IncidentPhases: {
        struct Timed
        {
            SimTime at;
            QString id;
        };
        std::vector<Timed> timed;
        for (const QString &item : c.question.items) {
            const SimTime at = phaseTime(*incident, item);
            if (at == kNever || at > c.end.now())
                return c.fail(
                    LessonTr::tr("the incident never reached \"%1\" by %2, so the order is not known")
                        .arg(item, formatDuration(c.end.now())));
            timed.push_back({at, item});
        }
        std::stable_sort(timed.begin(), timed.end(),
                         [](const Timed &x, const Timed &y) { return x.at < y.at; });
        QStringList steps;
        for (const Timed &t : timed) {
            out.order << t.id;
            out.orderTimes.push_back(t.at);
            steps << LessonTr::tr("%1 at +%2").arg(phaseText(t.id), seconds(t.at - incident->failure));
        }
        out.display = steps.join(QStringLiteral(" → "));
        out.explanation = LessonTr::tr("Measured from the fault: %1.").arg(steps.join(QLatin1String(", ")));
        return true;
    }
    default:
        return c.fail(QStringLiteral("not an incident measure"));
    }
}

bool measureWrites(const Context &c, MeasuredAnswer &out)
{
    const std::uint64_t lostNow = c.end.writes().lost();
    const std::uint64_t lost = lostNow > c.start.lost ? lostNow - c.start.lost : 0;
    const Incident *incident = stepIncident(c.start, c.end);
    QString why;
    if (lost == 0) {
        why = LessonTr::tr("No acknowledged write was lost in this step: every write the users were told had "
                           "succeeded is still on a copy that serves.");
    } else if (incident && incident->lostWrites > 0 && incident->ackedWritesPerSecondBefore > 0 &&
               incident->promotedRegion >= 0) {
        const double lag = toSeconds(incident->promotedReceiveLagAtFailure);
        why =
            LessonTr::tr("%Ln acknowledged write(s) were lost. Just before the fault about %1 writes/s were "
                         "acknowledged, and %2, which took over, had not yet received the last %3 of them "
                         "(%4 entries): %1 writes/s × %3 ≈ %5.",
                         nullptr, static_cast<int>(lost))
                .arg(lessonNumber(incident->ackedWritesPerSecondBefore),
                     regionLabel(c.end.config(), incident->promotedRegion),
                     seconds(incident->promotedReceiveLagAtFailure),
                     lessonNumber(static_cast<double>(incident->promotedEntriesBehindAtFailure)),
                     lessonNumber(incident->ackedWritesPerSecondBefore * lag));
    } else {
        why = LessonTr::tr("%Ln acknowledged write(s) were lost in this step.", nullptr,
                           static_cast<int>(lost));
    }
    if (c.question.measure == Measure::WritesLost) {
        out.number = static_cast<double>(lost);
        out.display = LessonTr::tr("%Ln write(s)", nullptr, static_cast<int>(lost));
    } else {
        out.choice = yesNo(lost > 0);
        out.display = yesNoText(out.choice);
    }
    out.explanation = why;
    return true;
}

bool measureRequests(const Context &c, MeasuredAnswer &out)
{
    const StepMark now = markStep(c.end);
    const std::uint64_t succeeded = now.succeeded - c.start.succeeded;
    const std::uint64_t failed = now.failed - c.start.failed;
    const std::uint64_t finished = succeeded + failed;
    switch (c.question.measure) {
    case Measure::AvailabilityPct: {
        if (finished == 0)
            return c.fail(LessonTr::tr("no request finished during the step"));
        out.number = 100.0 * static_cast<double>(succeeded) / static_cast<double>(finished);
        out.display = LessonTr::tr("%1 %").arg(lessonNumber(out.number));
        break;
    }
    case Measure::FailedRequests:
        out.number = static_cast<double>(failed);
        out.display = LessonTr::tr("%Ln request(s)", nullptr, static_cast<int>(failed));
        break;
    case Measure::StaleReads: {
        const std::uint64_t stale = now.staleReads - c.start.staleReads;
        out.number = static_cast<double>(stale);
        out.display = LessonTr::tr("%Ln read(s)", nullptr, static_cast<int>(stale));
        out.explanation =
            LessonTr::tr("%1 reads in this step returned a value older than a write that had been "
                         "acknowledged before the read began.")
                .arg(lessonNumber(out.number));
        return true;
    }
    case Measure::Conflicts: {
        const std::uint64_t conflicts = now.conflicts - c.start.conflicts;
        out.number = static_cast<double>(conflicts);
        out.display = LessonTr::tr("%Ln write(s)", nullptr, static_cast<int>(conflicts));
        out.explanation =
            LessonTr::tr("%1 writes in this step met a concurrent write to the same key on another "
                         "primary and needed the conflict policy to decide.")
                .arg(lessonNumber(out.number));
        return true;
    }
    default:
        return c.fail(QStringLiteral("not a request measure"));
    }
    out.explanation =
        LessonTr::tr("Of %1 requests that finished in this step, %2 succeeded and %3 failed for good "
                     "(after their retries).")
            .arg(lessonNumber(static_cast<double>(finished)), lessonNumber(static_cast<double>(succeeded)),
                 lessonNumber(static_cast<double>(failed)));
    return true;
}

bool measureSeries(const Context &c, MeasuredAnswer &out)
{
    const WorldMetrics &metrics = c.end.metrics();
    const SimulationConfig &config = c.end.config();
    switch (c.question.measure) {
    case Measure::PeakDivergentKeys: {
        double peak = 0;
        forStepSamples(metrics.dataSeries(), c.start.dataSamples,
                       [&](const DataSample &s) { peak = std::max(peak, s.divergentKeys); });
        out.number = peak;
        out.display = LessonTr::tr("%Ln key(s)", nullptr, static_cast<int>(peak));
        out.explanation =
            LessonTr::tr("At the worst moment of this step, two regions that both took writes held "
                         "different values for %1 keys.")
                .arg(lessonNumber(peak));
        return true;
    }
    case Measure::SplitBrainSeconds:
    case Measure::SplitBrainHappened: {
        double splitSeconds = 0;
        double previous = toSeconds(c.start.at);
        double peak = 0;
        forStepSamples(metrics.dataSeries(), c.start.dataSamples, [&](const DataSample &s) {
            if (s.splitBrain)
                splitSeconds += s.timeSeconds - previous;
            previous = s.timeSeconds;
            peak = std::max(peak, s.divergentKeys);
        });
        if (c.question.measure == Measure::SplitBrainSeconds) {
            out.number = splitSeconds;
            out.display = LessonTr::tr("%1 s").arg(lessonNumber(splitSeconds));
        } else {
            out.choice = yesNo(splitSeconds > 0);
            out.display = yesNoText(out.choice);
        }
        out.explanation =
            splitSeconds > 0
                ? LessonTr::tr("Two regions both acted as primary for %1 s of this step; at worst "
                               "they disagreed on %2 keys.")
                      .arg(lessonNumber(splitSeconds), lessonNumber(peak))
                : LessonTr::tr("At no moment of this step did two regions both act as primary.");
        return true;
    }
    case Measure::LagMsMax: {
        double peak = 0;
        forStepSamples(metrics.regionSeries(static_cast<std::size_t>(c.question.subject)),
                       c.start.regionSamples,
                       [&](const RegionSample &s) { peak = std::max(peak, s.receiveLagMs); });
        out.number = peak;
        out.display = LessonTr::tr("%1 ms").arg(lessonNumber(peak));
        out.explanation =
            LessonTr::tr("The oldest write %1 had not yet received was at most %2 ms old during this "
                         "step.")
                .arg(regionLabel(config, c.question.subject), lessonNumber(peak));
        return true;
    }
    case Measure::P99Ms: {
        std::vector<double> values;
        forStepSamples(metrics.populationSeries(static_cast<std::size_t>(c.question.subject)),
                       c.start.populationSamples, [&](const PopulationSample &s) {
                           if (s.requestsPerSecond > 0)
                               values.push_back(s.p99Ms);
                       });
        if (values.empty())
            return c.fail(LessonTr::tr("%1 finished no request during the step")
                              .arg(populationLabel(config, c.question.subject)));
        std::sort(values.begin(), values.end());
        out.number = values[values.size() / 2];
        out.display = LessonTr::tr("%1 ms").arg(lessonNumber(out.number));
        out.explanation =
            LessonTr::tr("In the typical second of this step (the median of %1 one-second p99 values), "
                         "99 % of %2's requests took at most %3 ms; the slowest second's p99 was %4 ms.")
                .arg(values.size())
                .arg(populationLabel(config, c.question.subject), lessonNumber(out.number),
                     lessonNumber(values.back()));
        return true;
    }
    case Measure::ServingRegion: {
        const auto p = static_cast<std::size_t>(c.question.subject);
        const RingSeries<PopulationSample> &series = metrics.populationSeries(p);
        if (series.totalPushed() <= c.start.populationSamples || series.back().servingRegion < 0)
            return c.fail(LessonTr::tr("%1 sent no request at the end of the step")
                              .arg(populationLabel(config, c.question.subject)));
        const int r = series.back().servingRegion;
        double total = 0;
        for (std::size_t i = 0; i < c.end.regionCount(); ++i)
            total += metrics.lastAttemptsPerSecond(p, i);
        const double share =
            total > 0 ? 100.0 * metrics.lastAttemptsPerSecond(p, static_cast<std::size_t>(r)) / total : 0;
        out.choice = regionIdText(config, static_cast<std::size_t>(r));
        out.display = regionLabel(config, r);
        out.explanation =
            LessonTr::tr("In the last second of the step, %1 % of %2's attempts went to %3.")
                .arg(lessonNumber(share), populationLabel(config, c.question.subject), out.display);
        return true;
    }
    default:
        return c.fail(QStringLiteral("not a series measure"));
    }
}

bool measurePrimary(const Context &c, MeasuredAnswer &out)
{
    const int r = c.end.routingPrimary();
    if (r < 0)
        return c.fail(
            LessonTr::tr("no single region takes the writes at %1").arg(formatDuration(c.end.now())));
    out.choice = regionIdText(c.end.config(), static_cast<std::size_t>(r));
    out.display = regionLabel(c.end.config(), r);
    out.explanation = LessonTr::tr("At %1 the writes go to %2, the primary routing points at.")
                          .arg(formatDuration(c.end.now()), out.display);
    return true;
}

} // namespace

const MeasureSpec &measureSpec(Measure measure)
{
    for (const MeasureSpec &spec : kMeasures)
        if (spec.measure == measure)
            return spec;
    return kMeasures.front();
}

std::optional<Measure> measureFromId(const QString &id)
{
    for (const MeasureSpec &spec : kMeasures)
        if (id == fromView(spec.id))
            return spec.measure;
    return std::nullopt;
}

QStringList measureIds()
{
    QStringList ids;
    for (const MeasureSpec &spec : kMeasures)
        ids << fromView(spec.id);
    return ids;
}

QStringList incidentPhaseIds()
{
    return {QStringLiteral("failure"),  QStringLiteral("detected"),  QStringLiteral("promoted"),
            QStringLiteral("rerouted"), QStringLiteral("recovered"), QStringLiteral("healed")};
}

StepMark markStep(const Simulation &simulation)
{
    StepMark mark;
    mark.at = simulation.now();
    mark.lost = simulation.writes().lost();
    mark.staleReads = simulation.writes().staleReads;
    mark.conflicts = simulation.writes().conflicts;
    mark.incidents = simulation.incidents().size();
    const WorldMetrics &metrics = simulation.metrics();
    for (std::size_t p = 0; p < metrics.populationCount(); ++p) {
        mark.succeeded += metrics.populationTotals(p).succeeded;
        mark.failed += metrics.populationTotals(p).failed();
    }
    // Every region's (and every population's) series is pushed at the same ticks.
    if (metrics.regionCount() > 0)
        mark.regionSamples = metrics.regionSeries(0).totalPushed();
    if (metrics.populationCount() > 0)
        mark.populationSamples = metrics.populationSeries(0).totalPushed();
    mark.dataSamples = metrics.dataSeries().totalPushed();
    return mark;
}

std::optional<MeasuredAnswer> measureAnswer(const LessonQuestion &question, const StepMark &start,
                                            const Simulation &end, QString *error)
{
    const Context context{question, start, end, error};
    MeasuredAnswer answer;
    bool ok = false;
    switch (question.measure) {
    case Measure::WritesLost:
    case Measure::WritesWereLost:
        ok = measureWrites(context, answer);
        break;
    case Measure::RtoSeconds:
    case Measure::RpoSeconds:
    case Measure::DetectionSeconds:
    case Measure::UsersRecovered:
    case Measure::IncidentPhases:
        ok = measureIncident(context, answer);
        break;
    case Measure::AvailabilityPct:
    case Measure::FailedRequests:
    case Measure::StaleReads:
    case Measure::Conflicts:
        ok = measureRequests(context, answer);
        break;
    case Measure::PeakDivergentKeys:
    case Measure::SplitBrainSeconds:
    case Measure::SplitBrainHappened:
    case Measure::LagMsMax:
    case Measure::P99Ms:
    case Measure::ServingRegion:
        ok = measureSeries(context, answer);
        break;
    case Measure::Primary:
        ok = measurePrimary(context, answer);
        break;
    }
    if (!ok)
        return std::nullopt;
    if (measureSpec(question.measure).kind == AnswerKind::Choice &&
        !question.options.contains(answer.choice)) {
        if (error)
            *error = LessonTr::tr("the run measured \"%1\", which is not one of the options (%2)")
                         .arg(answer.choice, question.options.join(QLatin1String(", ")));
        return std::nullopt;
    }
    return answer;
}

Grade gradeAnswer(const LessonQuestion &question, const MeasuredAnswer &key, const QString &answer)
{
    Grade grade;
    const QString given = answer.trimmed();
    switch (measureSpec(question.measure).kind) {
    case AnswerKind::Choice: {
        QString chosen = given;
        bool isIndex = false;
        const int index = given.toInt(&isIndex);
        if (isIndex && index >= 1 && index <= question.options.size())
            chosen = question.options[index - 1];
        if (!question.options.contains(chosen)) {
            grade.message = LessonTr::tr("\"%1\" is not one of the options (%2)")
                                .arg(given, question.options.join(QLatin1String(", ")));
            return grade;
        }
        grade.valid = true;
        grade.correct = chosen == key.choice;
        grade.message = grade.correct ? LessonTr::tr("Right: %1.").arg(key.display)
                                      : LessonTr::tr("Not this time: the run measured %1.").arg(key.display);
        return grade;
    }
    case AnswerKind::Number: {
        bool ok = false;
        const double value = QString(given).remove(QLatin1Char(',')).toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            grade.message = LessonTr::tr("\"%1\" is not a number").arg(given);
            return grade;
        }
        grade.valid = true;
        const double allowed = std::max(question.tolerance * std::fabs(key.number), question.toleranceAbs);
        grade.correct = std::fabs(value - key.number) <= allowed + 1e-9;
        grade.message =
            grade.correct
                ? LessonTr::tr("Right: the run measured %1, and %2 is within ±%3.")
                      .arg(key.display, lessonNumber(value), lessonNumber(allowed))
                : LessonTr::tr("Not this time: the run measured %1; %2 is further than ±%3 from it.")
                      .arg(key.display, lessonNumber(value), lessonNumber(allowed));
        return grade;
    }
    case AnswerKind::Order: {
        QStringList order;
        for (const QString &part : given.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool isIndex = false;
            const int index = part.trimmed().toInt(&isIndex);
            order << (isIndex && index >= 1 && index <= question.items.size() ? question.items[index - 1]
                                                                              : part.trimmed());
        }
        QStringList sortedGiven = order, sortedItems = question.items;
        sortedGiven.sort();
        sortedItems.sort();
        if (sortedGiven != sortedItems) {
            grade.message =
                LessonTr::tr("an ordering lists every item exactly once, separated by commas (%1)")
                    .arg(question.items.join(QLatin1String(", ")));
            return grade;
        }
        grade.valid = true;
        // Right when the measured times never go backwards along the given order: phases that
        // happened at the same instant may come in either order.
        grade.correct = true;
        for (qsizetype i = 1; i < order.size(); ++i) {
            const auto before = key.orderTimes[static_cast<std::size_t>(key.order.indexOf(order[i - 1]))];
            const auto after = key.orderTimes[static_cast<std::size_t>(key.order.indexOf(order[i]))];
            grade.correct = grade.correct && before <= after;
        }
        grade.message = grade.correct ? LessonTr::tr("Right: %1.").arg(key.display)
                                      : LessonTr::tr("Not this time: the run measured %1.").arg(key.display);
        return grade;
    }
    }
    return grade;
}

QString lessonNumber(double value)
{
    // Thousands grouped as the language groups them (12,615), like every other count the lab shows.
    if (std::fabs(value) >= 1000)
        return QLocale().toString(std::round(value), 'f', 0);
    if (std::fabs(value) >= 100 || value == std::floor(value))
        return QString::number(std::round(value), 'f', 0);
    return QString::number(value, 'g', 3);
}

} // namespace fl::scenario
