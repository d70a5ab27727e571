#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <cstddef>

namespace fl {
class Simulation;
}
namespace fl::scenario {
struct Scenario;
}

namespace fl::app {

// What `run` wrote besides the summary, to list at its end.
struct RunOutputs
{
    QString json;       // file, or empty
    QStringList csv;    // files
    QStringList charts; // files
};

// The human summary of a finished run, in the current UI language: totals, availability by requests
// and by time, latency by population, errors by region, a timeline of the notable events, and the
// incidents and targets. Every figure is read from the simulation's metrics.
void printRunSummary(QTextStream &out, const scenario::Scenario &scenario, const Simulation &simulation,
                     double wallSeconds, std::size_t faultsLeftOut, const RunOutputs &outputs);

} // namespace fl::app
