// libFuzzer entry point: any bytes must give either a clear error or a valid scenario, and a valid
// scenario must run without crashing. Crashes found become files in tests/fuzz/regressions/,
// which tst_fuzzregressions replays in the ordinary suite.
#include "scenario/scenarioreader.h"
#include "sim/simulation.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    fl::scenario::ScenarioError error;
    // The property checked besides "no crash, no sanitizer report": a refused input always comes
    // with a message saying why (abort() makes libFuzzer record the input as a failure).
    const auto document = fl::scenario::parseScenarioDocument(bytes, &error);
    if (!document) {
        if (error.message.isEmpty())
            std::abort();
        return 0;
    }
    const auto scenario = fl::scenario::scenarioFromJson(*document, &error);
    if (!scenario) {
        if (error.message.isEmpty())
            std::abort();
        return 0;
    }
    // A valid scenario runs: a short slice keeps the fuzzer fast while still exercising the
    // configuration's construction and its first events.
    fl::Simulation sim = fl::scenario::makeSimulation(*scenario, false);
    sim.runUntil(200 * fl::kMillisecond);
    return 0;
}
