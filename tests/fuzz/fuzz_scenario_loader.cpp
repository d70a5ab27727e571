// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer entry point: any bytes must give either a clear error or a valid scenario, and a valid
// scenario must run to its end without crashing — or be refused up front, with a reason, by the
// same resource estimate `failover-lab run` applies. Crashes found become files in
// tests/fuzz/regressions/, which tst_fuzzregressions replays in the ordinary suite.
#include "scenario/resourceestimate.h"
#include "scenario/scenario.h"
#include "scenario/scenarioreader.h"
#include "sim/simulation.h"

#include <QByteArray>
#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace {

// The fuzzer's own limits, far below a real run's, so each input takes milliseconds: a scenario
// estimated above them is refused, exactly as `run` refuses one above --memory-limit.
constexpr double kFuzzMemoryBytes = 512.0 * 1024 * 1024;
// Longer scenarios are shortened to this many requests (faults beyond the new end dropped), so
// that each input still runs to its end in well under a second under the sanitizers.
constexpr double kFuzzRequests = 2e5;
// Whatever the estimate says, a run stops after this many events: a model bug that makes events
// without requests (a timer storm) would otherwise look like a hang. Reaching it is reported as
// a failure, since the estimate should have refused such a scenario.
constexpr std::uint64_t kEventBudget = 40'000'000;

} // namespace

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
    auto scenario = fl::scenario::scenarioFromJson(*document, &error);
    if (!scenario) {
        if (error.message.isEmpty())
            std::abort();
        return 0;
    }
    const fl::scenario::ResourceEstimate estimate = fl::scenario::estimateResources(*scenario);
    if (estimate.bytes > kFuzzMemoryBytes) {
        if (estimate.parts.isEmpty())
            std::abort(); // a refusal must name the fields behind it
        return 0;
    }
    if (estimate.requests > kFuzzRequests) {
        const double share = kFuzzRequests / estimate.requests;
        fl::scenario::setDuration(
            *scenario,
            std::max<fl::SimTime>(fl::kSecond,
                                  static_cast<fl::SimTime>(static_cast<double>(scenario->duration) * share)));
    }
    // A valid scenario runs to its end, in slices so that the event budget is enforced.
    fl::Simulation sim = fl::scenario::makeSimulation(*scenario, true);
    const fl::SimTime end = scenario->duration;
    const fl::SimTime slice = std::max<fl::SimTime>(fl::kSecond, end / 64);
    for (fl::SimTime t = 0; t < end;) {
        t = std::min(end, t + slice);
        sim.runUntil(t);
        if (sim.engine().eventsProcessed() > kEventBudget)
            std::abort();
    }
    sim.recountWrites();
    return 0;
}
