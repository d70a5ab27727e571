<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>fl::app::Catalog</name>
    <message>
        <source>Regions (%1):</source>
        <translation></translation>
    </message>
    <message>
        <source>id</source>
        <translation></translation>
    </message>
    <message>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <source>lat</source>
        <translation></translation>
    </message>
    <message>
        <source>lon</source>
        <translation></translation>
    </message>
    <message>
        <source>User populations (%1):</source>
        <translation></translation>
    </message>
    <message>
        <source>share</source>
        <translation></translation>
    </message>
    <message>
        <source>Latency model: one way = %1 ms + %2 × great-circle distance / %3 km/ms; users add %4 ms for the last mile.</source>
        <translation></translation>
    </message>
    <message>
        <source>Modelled round-trip times in ms (rows and columns in catalog order):</source>
        <translation></translation>
    </message>
    <message>
        <source>Prints the regions and user populations the lab knows, and the round-trip times its latency model gives between the regions.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::app::ChartLook</name>
    <message>
        <source>--format and --preset apply to charts: add --charts DIR</source>
        <translation></translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (use png, svg or pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>--preset: unknown preset &apos;%1&apos; (use slide, document or custom)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::app::Cli</name>
    <message>
        <source>Measure the engine and the models (events and operations per second)</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs the benchmarks and prints their throughput.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation></translation>
    </message>
    <message>
        <source>Run only the named benchmark (repeatable).</source>
        <translation></translation>
    </message>
    <message>
        <source>Multiply the default amount of work (e.g. 0.1 for a quick look).</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--scale must be a number in (0, 1000], not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown benchmark &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation></translation>
    </message>
    <message>
        <source>Run &apos;failover-lab COMMAND --help&apos; for the options of a command.</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover Lab: multi-region replication, failover and split-brain, simulated. Without a command it opens the lab&apos;s window.</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of the window: en or zh_CN.</source>
        <translation></translation>
    </message>
    <message>
        <source>A headless command (see below).</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation></translation>
    </message>
    <message>
        <source>Measure the lab&apos;s window instead: frame times and UI stalls (offscreen when there is no display).</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the region catalog and the modelled round-trip times</source>
        <translation></translation>
    </message>
    <message>
        <source>List the built-in scenarios</source>
        <translation></translation>
    </message>
    <message>
        <source>Run a scenario headless and report or export its metrics</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the window offscreen, run a scenario to a moment and save a PNG</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the built-in scenario NAME in the window (see &apos;list&apos;).</source>
        <translation></translation>
    </message>
    <message>
        <source>Or a scenario file (.flab.json or .json) to open in the window.</source>
        <translation></translation>
    </message>
    <message>
        <source>give either a scenario file or --builtin NAME, not both</source>
        <translation></translation>
    </message>
    <message>
        <source>Join the shards of a sweep into the rows and summary of the whole</source>
        <translation></translation>
    </message>
    <message>
        <source>Run a scenario over a grid of settings and seeds on every core; one CSV row per run</source>
        <translation></translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--duration: expected a duration longer than 0s and at most %1, such as 90s or 10m, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>Find the cheapest designs that meet RPO and RTO targets, proven by simulation</source>
        <translation></translation>
    </message>
    <message>
        <source>A scenario file (JSON).</source>
        <translation></translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation></translation>
    </message>
    <message>
        <source>give either a scenario file or --builtin NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>Run two designs through one fault schedule and print the measured comparison</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Play a guided lesson headless: measured outcomes, answer keys and grades</source>
        <translation></translation>
    </message>
    <message>
        <source>List the guided lessons</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the lesson ID in the window&apos;s lesson dock (see &apos;lessons&apos;).</source>
        <translation></translation>
    </message>
    <message>
        <source>--lesson brings its own scenario: give no scenario file or --builtin with it</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the scenario beside design B (a built-in name or a scenario file) in the compare view.</source>
        <translation></translation>
    </message>
    <message>
        <source>--compare-with needs side A: a scenario file or --builtin NAME</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::app::Compare</name>
    <message>
        <source>A built-in scenario (see &apos;list&apos;) as a side; give it twice for A and B, or once with --set-a/--set-b.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change one field of A before validation (repeatable), as run&apos;s --set.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change one field of B before validation (repeatable), e.g. data.mode=sync-quorum.</source>
        <translation></translation>
    </message>
    <message>
        <source>Run both sides with this seed (default: A&apos;s).</source>
        <translation></translation>
    </message>
    <message>
        <source>Run both sides for T (default: A&apos;s duration).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the comparison, with each side&apos;s full run report, as JSON to FILE (&apos;-&apos; for stdout).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write comparison.csv, and each side&apos;s run CSV files into a/ and b/, into DIR.</source>
        <translation></translation>
    </message>
    <message>
        <source>Draw the charts with A and B over each other into DIR.</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart file format: png, svg or pdf (default png).</source>
        <translation></translation>
    </message>
    <message>
        <source>Charts for a use: slide, document or custom (default).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write each side&apos;s effective scenario (a.json, b.json) into DIR: &apos;run&apos; of either gives that side&apos;s figures.</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of the table and the charts: en or zh_CN.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print no table.</source>
        <translation></translation>
    </message>
    <message>
        <source>Refuse when the two runs&apos; estimated memory exceeds SIZE, e.g. 4G (default: half the physical memory).</source>
        <translation></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs two designs through one experiment: the same seed, duration and fault schedule (A&apos;s faults and traffic commands replace B&apos;s own), and prints the measured comparison.</source>
        <translation></translation>
    </message>
    <message>
        <source>Scenario file of side A (JSON).</source>
        <translation></translation>
    </message>
    <message>
        <source>Scenario file of side B (JSON).</source>
        <translation></translation>
    </message>
    <message>
        <source>give two scenarios (files or --builtin NAME, A first), or one with --set-a/--set-b</source>
        <translation></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>one scenario compares with itself: add --set-a or --set-b, or give a second scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>--memory-limit: expected a size such as 512M or 4G, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>a side would simulate about %1 requests, more than the %2 a run may take; shorten it (--duration) or lower the rates</source>
        <translation></translation>
    </message>
    <message>
        <source> (both sides together; raise the limit with --memory-limit)</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1: cannot create the directory %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Both ran for %1 with seed %2 and A&apos;s schedule of %n command(s).</source>
        <translation>
            <numerusform>Both ran for %1 with seed %2 and A&apos;s schedule of %n command.</numerusform>
            <numerusform>Both ran for %1 with seed %2 and A&apos;s schedule of %n commands.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both sides&apos; users issued the same requests (workload hash %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The sides&apos; users issued different requests (their populations or traffic differ), so the figures compare different workloads.</source>
        <translation></translation>
    </message>
    <message>
        <source>figure</source>
        <translation></translation>
    </message>
    <message>
        <source>better</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::app::Fork</name>
    <message>
        <source>--fork-at: %1 is not before the end of the run (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>--set %1: this setting takes effect only when a run starts, so a fork at %2 cannot change it (live: routing.policy, routing.mechanism, routing.dns_ttl, data.mode, data.clock_skew, regions[].role, populations[].rate, populations[].weights, populations[].own_weights; or fork at 0s)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::app::Lesson</name>
    <message>
        <source>Lists the guided lessons: id, topic, title, steps and questions. Play one with &apos;failover-lab lesson ID&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the list as JSON, titles in both languages.</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of the titles: en or zh_CN.</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--answer: expected N=VALUE (N the question&apos;s number), not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>; primary %1</source>
        <translation></translation>
    </message>
    <message>
        <source>; serving %1</source>
        <translation></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>Plays a lesson to its end headless: each step&apos;s measured outcome, each question&apos;s answer key (measured from the run) and the grade of the answers given.</source>
        <translation></translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation></translation>
    </message>
    <message>
        <source>An answer to question N (from 1): an option&apos;s id or number, a number, or an ordering as ids separated by commas.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the played lesson as JSON (&apos;-&apos; for standard output).</source>
        <translation></translation>
    </message>
    <message>
        <source>Print nothing but errors.</source>
        <translation></translation>
    </message>
    <message>
        <source>A lesson&apos;s id, or a lesson file.</source>
        <translation></translation>
    </message>
    <message>
        <source>name a lesson (failover-lab lessons lists them)</source>
        <translation></translation>
    </message>
    <message>
        <source>Lesson %1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation></translation>
    </message>
    <message>
        <source> (with %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Step %1/%2 · %3 (%4 → %5)</source>
        <translation></translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>lesson %1, step %2: the run cannot answer its question: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Measured answer: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Your answer %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Takeaway: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--answer %1: this lesson has %Ln question(s)</source>
        <translation>
            <numerusform>--answer %1: this lesson has %Ln question</numerusform>
            <numerusform>--answer %1: this lesson has %Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %2 requests succeeded; %Ln acknowledged write(s) lost</source>
        <translation>
            <numerusform>%1 % of %2 requests succeeded; %Ln acknowledged write lost</numerusform>
            <numerusform>%1 % of %2 requests succeeded; %Ln acknowledged writes lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln stale read(s)</source>
        <translation>
            <numerusform>; %Ln stale read</numerusform>
            <numerusform>; %Ln stale reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>incident at %1 in %2: RTO %3, RPO %4, %Ln write(s) lost</source>
        <translation>
            <numerusform>incident at %1 in %2: RTO %3, RPO %4, %Ln write lost</numerusform>
            <numerusform>incident at %1 in %2: RTO %3, RPO %4, %Ln writes lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score: %1 of %2 answered right (%Ln question(s) in the lesson)</source>
        <translation>
            <numerusform>Score: %1 of %2 answered right (%Ln question in the lesson)</numerusform>
            <numerusform>Score: %1 of %2 answered right (%Ln questions in the lesson)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::app::List</name>
    <message>
        <source>Lists the built-in scenarios, one a line: its name, then what it shows. Run one with &apos;failover-lab run --builtin NAME&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::app::Merge</name>
    <message>
        <source>Joins the rows files of a sweep&apos;s shards (sweep --shard I/N --csv FILE) into the rows of the whole sweep, byte for byte what the sweep without --shard writes, with its summary and charts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of the messages and charts: en or zh_CN.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print nothing but errors.</source>
        <translation></translation>
    </message>
    <message>
        <source>The shards&apos; rows files.</source>
        <translation></translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation></translation>
    </message>
    <message>
        <source>name the shards&apos; rows files</source>
        <translation></translation>
    </message>
    <message>
        <source>--csv: name the merged rows file (&apos;-&apos; for stdout)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: larger than 2 GB, not a sweep&apos;s rows</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::app::Plan</name>
    <message>
        <source>Plan for the built-in scenario NAME.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change one field of the world before planning (repeatable).</source>
        <translation></translation>
    </message>
    <message>
        <source>The RPO target: the longest span of acknowledged writes one incident may lose (e.g. 0s, 1s).</source>
        <translation></translation>
    </message>
    <message>
        <source>The RTO target: the longest one incident may take until users are served again (e.g. 90s, 5m).</source>
        <translation></translation>
    </message>
    <message>
        <source>The most a design may cost per hour, before it scales up.</source>
        <translation></translation>
    </message>
    <message>
        <source>Seeds every design must meet the targets on (default 3).</source>
        <translation></translation>
    </message>
    <message>
        <source>The first seed (default: the scenario&apos;s).</source>
        <translation></translation>
    </message>
    <message>
        <source>Run each design for T instead of the scenario&apos;s duration.</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs at once (default: the number of cores).</source>
        <translation></translation>
    </message>
    <message>
        <source>How many designs to recommend (default 5): simulation stops once this many meet the targets and every cheaper one has been tried.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the plan as JSON to FILE (&apos;-&apos; for stdout).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write each recommended design as a scenario file into DIR.</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of the output: en or zh_CN.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1: a plan needs both targets, e.g. --rpo 0s --rto 2m</source>
        <translation></translation>
    </message>
    <message>
        <source>--%1: expected a duration from 0s to 24h, such as 0s, 30s or 5m, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--budget: expected a cost per hour above 0, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--seeds: expected a whole number from 1 to 1000, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--top: expected a whole number from 1 to 1000, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--max-runs: expected a whole number from --seeds to 10000000, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--jobs: expected a whole number from 1 to 1024, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>stopped at --max-runs %1: designs not simulated may be better</source>
        <translation></translation>
    </message>
    <message>
        <source>interrupted: what follows covers only the designs simulated so far</source>
        <translation></translation>
    </message>
    <message>
        <source>%1/h · RPO worst %2, mean %3 · RTO worst %4, mean %5 · availability %6 % · p99 %7 ms
     %8</source>
        <translation></translation>
    </message>
    <message>
        <source>Designs that meet RPO ≤ %1 and RTO ≤ %2 on every seed, cheapest first:</source>
        <translation></translation>
    </message>
    <message>
        <source>None found: no design simulated meets RPO ≤ %1 and RTO ≤ %2 on every seed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The closest designs:</source>
        <translation></translation>
    </message>
    <message>
        <source>Cheaper designs that failed:</source>
        <translation></translation>
    </message>
    <message>
        <source>Screened out by the closed forms (no simulation needed):</source>
        <translation></translation>
    </message>
    <message>
        <source>--emit: cannot create the directory %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>The most simulations a plan may take (default 500).</source>
        <translation></translation>
    </message>
    <message>
        <source>Finds the designs of this world and workload that meet an RPO and an RTO target on every seed, cheapest first: it screens every candidate architecture, home region and roles, replication mode, failover detection, split-brain protection, routing and health-check setting (tens of thousands) with the closed forms, then confirms the survivors by simulating them with the scenario&apos;s fault schedule (or a standard region loss and partition when it has none).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 designs considered, screened in %2 s: %3 screened out by the closed forms (%4 over the budget, %5 by the async-loss bound, %6 by the RTO bound), %7 not valid for this world</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 designs that passed the screens and cost no more before scaling than the recommended ones were not simulated: the plan stops once --top designs meet the targets</source>
        <translation></translation>
    </message>
    <message>
        <source>each on one seed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 designs simulated (%2): %3 runs in %4 s on %5</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>each on the first seed, and on the other %n seed(s) once it met the targets there</source>
        <translation>
            <numerusform>each on the first seed, and on the other %n seed once it met the targets there</numerusform>
            <numerusform>each on the first seed, and on the other %n seeds once it met the targets there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::app::Run</name>
    <message>
        <source>Run the built-in scenario NAME (see &apos;list&apos;).</source>
        <translation></translation>
    </message>
    <message>
        <source>Use this random seed instead of the scenario&apos;s.</source>
        <translation></translation>
    </message>
    <message>
        <source>Run for T (e.g. 90s, 10m) instead of the scenario&apos;s duration; faults after the new end are left out.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the metrics as JSON to FILE (&apos;-&apos; for stdout).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the metrics as CSV files into DIR.</source>
        <translation></translation>
    </message>
    <message>
        <source>Draw the charts into DIR.</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart file format: png, svg or pdf (default png).</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart size in pixels, WIDTHxHEIGHT (default 1200x700).</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart resolution in dots per inch (default 96).</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of the summary and the charts: en or zh_CN.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print no summary (errors still go to stderr).</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs a scenario as fast as the machine allows, prints a summary and writes its metrics.</source>
        <translation></translation>
    </message>
    <message>
        <source>--format: unknown chart format &apos;%1&apos; (use png, svg or pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>--dpi: expected a whole number from 24 to 1200, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--csv: cannot create the directory %1</source>
        <translation></translation>
    </message>
    <message>
        <source>--charts: cannot create the directory %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation></translation>
    </message>
    <message>
        <source>Latency by population (ms; successful requests, retries included):</source>
        <translation></translation>
    </message>
    <message>
        <source>population</source>
        <translation></translation>
    </message>
    <message>
        <source>finished</source>
        <translation></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation></translation>
    </message>
    <message>
        <source>all users</source>
        <translation></translation>
    </message>
    <message>
        <source>Errors by region (request attempts, retries counted separately):</source>
        <translation></translation>
    </message>
    <message>
        <source>region</source>
        <translation></translation>
    </message>
    <message>
        <source>attempts</source>
        <translation></translation>
    </message>
    <message>
        <source>failed</source>
        <translation></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation></translation>
    </message>
    <message>
        <source>shed</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline (simulated time):</source>
        <translation></translation>
    </message>
    <message>
        <source>nothing happened: no command was applied and no region changed state</source>
        <translation></translation>
    </message>
    <message>
        <source>RPO at most %1</source>
        <translation></translation>
    </message>
    <message>
        <source>RTO at most %1</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>Targets: %1; met by every incident.</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets: %1; missed:</source>
        <translation></translation>
    </message>
    <message>
        <source>not recovered by the end of the run</source>
        <translation></translation>
    </message>
    <message>
        <source>incident %1: RPO %2 (target %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>incident %1: RTO %2 (target %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulated %1 s with seed %2 in %3 s of wall time: %4 events, trace hash %5.</source>
        <translation></translation>
    </message>
    <message>
        <source>Requests: %1 finished, %2 succeeded, %3 failed (timed out %4, unreachable %5, shed %6); %7 still in flight at the end.</source>
        <translation></translation>
    </message>
    <message>
        <source>Availability: %1 of requests; %2 of the time (%3 of %4 intervals with at least %5 of requests succeeding).</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation></translation>
    </message>
    <message>
        <source>... and %1 more, in the --json output</source>
        <translation></translation>
    </message>
    <message>
        <source>(the event log dropped the %1 earliest events)</source>
        <translation></translation>
    </message>
    <message>
        <source>Fault commands applied: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Left out: %1, scheduled after the end that --duration set.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>Incidents: none.</source>
        <translation></translation>
    </message>
    <message>
        <source>detected after %1</source>
        <translation></translation>
    </message>
    <message>
        <source>promoted after %1</source>
        <translation></translation>
    </message>
    <message>
        <source>rerouted after %1</source>
        <translation></translation>
    </message>
    <message>
        <source>not recovered when the run ended, %1 after the fault</source>
        <translation></translation>
    </message>
    <message>
        <source>users served again after %1 (RTO)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 acknowledged writes lost (RPO %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>; </source>
        <translation></translation>
    </message>
    <message>
        <source>Targets: %1; no incident to hold them to.</source>
        <translation></translation>
    </message>
    <message>
        <source>(%1 more times, the last at %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Data: single primary in %1, %2 replication.</source>
        <translation></translation>
    </message>
    <message>
        <source>Data: every region a primary, conflicts resolved by %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Data: each key owned by one region (%1), %2 replication.</source>
        <translation></translation>
    </message>
    <message>
        <source>quorum election</source>
        <translation></translation>
    </message>
    <message>
        <source>fencing</source>
        <translation></translation>
    </message>
    <message>
        <source>leases of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover: automatic, controller in %1; %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover: manual, alerts from %1; %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>no split-brain protection</source>
        <translation></translation>
    </message>
    <message>
        <source>Writes: %1 issued; %2 acknowledged, %3 failed, %4 indeterminate (timed out), %5 still in flight.</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflicts: %1 (LWW dropped %2 concurrent writes and %3 because of clock skew); %4 orphans reconciled at rejoin.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reads judged: %1; stale %2 (%3); read-your-writes violations %4; monotonic-read violations %5.</source>
        <translation></translation>
    </message>
    <message>
        <source>Synchronous replication fell back to asynchronous %1 times.</source>
        <translation></translation>
    </message>
    <message>
        <source>Split-brain: two primaries during %1; divergent keys %2 at the end (peak %3); fencing refused %4 stale-epoch writes; %5 stale-epoch writes applied.</source>
        <translation></translation>
    </message>
    <message>
        <source>Replication lag by region (the age of the oldest entry not yet received or applied, in ms, and the entries not yet received; the peak over the run and the value at the end):</source>
        <translation></translation>
    </message>
    <message>
        <source>receive peak</source>
        <translation></translation>
    </message>
    <message>
        <source>apply peak</source>
        <translation></translation>
    </message>
    <message>
        <source>receive end</source>
        <translation></translation>
    </message>
    <message>
        <source>apply end</source>
        <translation></translation>
    </message>
    <message>
        <source>behind peak</source>
        <translation></translation>
    </message>
    <message>
        <source>behind end</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost: %1 per hour at the end; %2 over the run (units per region-hour by role).</source>
        <translation></translation>
    </message>
    <message>
        <source>Refuse a scenario whose estimated memory exceeds SIZE, e.g. 2G (default: half the physical memory).</source>
        <translation></translation>
    </message>
    <message>
        <source>--chart-size: expected WIDTHxHEIGHT from 10x10 to %1x%1 pixels, e.g. 1200x700, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--memory-limit: expected a size such as 512M or 4G, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>simulated %1 of %2 (%3 %)</source>
        <translation></translation>
    </message>
    <message>
        <source> (raise the limit with --memory-limit)</source>
        <translation></translation>
    </message>
    <message>
        <source>the scenario would simulate about %1 requests (populations[*].rate × duration; rates above 100,000/s per population are issued faster than set, since arrival gaps are whole microseconds), more than the %2 a run may take; shorten it (--duration) or lower the rates</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Incidents (from the fault until every affected population is served again, and on to the heal):</source>
        <translation></translation>
    </message>
    <message>
        <source>closed at the heal after %1</source>
        <translation></translation>
    </message>
    <message>
        <source>healed after %1, writes still awaiting their fate</source>
        <translation></translation>
    </message>
    <message>
        <source>not healed when the run ended</source>
        <translation></translation>
    </message>
    <message>
        <source>harmed: service %1; data (acknowledged writes lost) %2; reads (stale) %3</source>
        <translation></translation>
    </message>
    <message>
        <source>acknowledged writes before the fault: %1/s</source>
        <translation></translation>
    </message>
    <message>
        <source>Copies detached past the log retention: %1 (%2 log entries dropped before they had them); re-seeded from a snapshot: %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>; promoted %1, which at the failure was %2 ms and %3 entries behind</source>
        <translation></translation>
    </message>
    <message>
        <source>Charts for a use: slide (16:9, 3840x2160 px at 2x, large type, thick lines), document (page width at 300 dpi) or custom (default); --chart-size and --dpi override its size.</source>
        <translation></translation>
    </message>
    <message>
        <source>--format, --preset, --chart-size and --dpi apply to charts: add --charts DIR</source>
        <translation></translation>
    </message>
    <message>
        <source>--preset: unknown preset &apos;%1&apos; (use slide, document or custom)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: reads p50 %2, p99 %3; writes p50 %4, p99 %5</source>
        <translation></translation>
    </message>
    <message>
        <source>attempts sent to a down region on a cached DNS answer: %1; writes acknowledged after a lease lapsed: %2, by a deposed primary: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Acknowledged by a primary that should not have: %1 after its lease lapsed, %2 after a promotion had replaced it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Acknowledged: %1 durable, %2 pending, %3 orphaned, %4 lost (not shipped %5, overwritten by LWW %6, discarded at rejoin %7, overwritten by an older epoch %8).</source>
        <translation></translation>
    </message>
    <message>
        <source>Of the durable, %1 were a deposed primary&apos;s writes that the new primary applied without fencing.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change one field before validation (repeatable), e.g. routing.dns_ttl=30s, populations[0].rate=5000 or health={&quot;interval&quot;:&quot;5s&quot;}. With --fork-at, the change is made at T in a second branch instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Run to T, then continue two branches: unchanged, and with the --set changes made live at T (at 0s: from the start); reports both.</source>
        <translation></translation>
    </message>
    <message>
        <source>--fork-at: %1 is not before the end of the run (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>--fork-at: expected a time such as 0s, 90s or 5m, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--fork-at: add the changes branch 1 makes at T with --set PATH=VALUE</source>
        <translation></translation>
    </message>
    <message>
        <source>branch 0</source>
        <translation></translation>
    </message>
    <message>
        <source>as it was</source>
        <translation></translation>
    </message>
    <message>
        <source>branch 1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, seed %2, run for %3; at %4 it forks.</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch 0 goes on as it was; branch 1 changes %1 %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>from the start</source>
        <translation></translation>
    </message>
    <message>
        <source>live at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::app::Screenshot</name>
    <message>
        <source>Opens the lab&apos;s window offscreen on a scenario, runs it to simulated time T and saves the whole window as a PNG.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the built-in scenario NAME (see &apos;list&apos;).</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulated time of the picture, e.g. 90s or 3m (default 60s).</source>
        <translation></translation>
    </message>
    <message>
        <source>Change one field before validation (repeatable).</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of the window: en or zh_CN.</source>
        <translation></translation>
    </message>
    <message>
        <source>Window size in pixels, WIDTHxHEIGHT (default 1600x1000).</source>
        <translation></translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation></translation>
    </message>
    <message>
        <source>A scenario file.</source>
        <translation></translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>give either a scenario file or --builtin NAME</source>
        <translation></translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT from %1x%2 to %3x%3 pixels, e.g. 1600x1000, not &apos;%4&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--at: expected a simulated time from 0s to %1, such as 90s or 3m, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--out: give the PNG file to write</source>
        <translation></translation>
    </message>
    <message>
        <source>--out: the screenshot is a PNG; give a file name ending in .png, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--size: the window cannot be %1x%2 pixels (it needs at least %3x%4)</source>
        <translation></translation>
    </message>
    <message>
        <source>could not encode the screenshot as PNG</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the lesson ID (see &apos;lessons&apos;) instead of a scenario, and play it to --step.</source>
        <translation></translation>
    </message>
    <message>
        <source>With --lesson: the step to show once it has played (from 1).</source>
        <translation></translation>
    </message>
    <message>
        <source>--lesson: a lesson brings its own scenario; give no scenario file, --builtin or --set with it</source>
        <translation></translation>
    </message>
    <message>
        <source>--step: lesson %1 has steps 1 to %2, not &apos;%3&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--step goes with --lesson ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Picture presenter mode on a screen of --size (full screen, type for a projector).</source>
        <translation></translation>
    </message>
    <message>
        <source>Picture the compare view: the scenario as side A, design B (a built-in name or a scenario file) as side B, with the comparison measured at T.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::app::Sweep</name>
    <message>
        <source>Sweep the built-in scenario NAME (see &apos;list&apos;).</source>
        <translation></translation>
    </message>
    <message>
        <source>Vary one field over the values given (repeatable; the grid is every combination), e.g. routing.dns_ttl=10s,60s,300s.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change one field in every run (repeatable), as run --set does.</source>
        <translation></translation>
    </message>
    <message>
        <source>Run each cell with K seeds: the first seed, the first + 1, ... (default 1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The first seed (default: the scenario&apos;s).</source>
        <translation></translation>
    </message>
    <message>
        <source>Run each for T instead of the scenario&apos;s duration.</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs at once (default: the number of cores).</source>
        <translation></translation>
    </message>
    <message>
        <source>Do only the runs whose number is I modulo N (0-based), as one task of a batch job; join the shards with &apos;merge&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of the messages and the charts: en or zh_CN.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print no progress and no summary (errors still go to stderr).</source>
        <translation></translation>
    </message>
    <message>
        <source>--csv: cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>failover-lab: interrupted: stopping; every finished row is kept</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>, shard %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs a scenario for every combination of the varied settings and every seed, on all cores, and writes one CSV row per run (in grid order, as soon as every earlier row is done), a summary over seeds and, with --charts, one chart per figure. A row equals &apos;failover-lab run&apos; with the same --set, --seed and --duration. Ctrl-C stops, keeps every finished row and exits 130.</source>
        <translation></translation>
    </message>
    <message>
        <source>--seeds: expected a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--jobs: expected a whole number from 1 to 1024, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--vary seed: give the number of seeds with --seeds K (and the first with --seed N)</source>
        <translation></translation>
    </message>
    <message>
        <source>--vary %1: the path is varied twice</source>
        <translation></translation>
    </message>
    <message>
        <source>the grid has more than %1 runs; vary fewer values</source>
        <translation></translation>
    </message>
    <message>
        <source>the cell %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the cell %1 would simulate about %2 requests, more than a run may take; shorten it (--duration) or lower the rates</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 runs at once would need about %2 of memory, more than the limit of %3 (half the physical memory); lower --jobs</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 x %4%5) in %6 s with %7</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n seed</numerusform>
            <numerusform>%n seeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::app::SweepOutputs</name>
    <message>
        <source>--summary: the rows already go to standard output; name a file</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the rows, one per run, to FILE (&apos;-&apos; for stdout, the default for sweep).</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the summary over seeds (n, mean, min, max, p95 per cell and figure) to FILE (default: the rows file&apos;s name with .summary.csv).</source>
        <translation></translation>
    </message>
    <message>
        <source>Draw one chart per figure against the first varied setting into DIR.</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart file format: png, svg or pdf (default png).</source>
        <translation></translation>
    </message>
    <message>
        <source>Charts for a use: slide, document or custom (default).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::app::SweepProgress</name>
    <message>
        <source>%1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation></translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation></translation>
    </message>
    <message>
        <source>%1/%2 runs, %3 runs/s, %4</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::scenario::Builtins</name>
    <message>
        <source>no built-in scenario is called &quot;%1&quot; (built-ins: %2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::scenario::Compare</name>
    <message>
        <source>&apos;%1&apos; at %2</source>
        <translation></translation>
    </message>
    <message>
        <source>B has no dependency %1 of kind %2, which A&apos;s command at %3 (%4) names</source>
        <translation></translation>
    </message>
    <message>
        <source>B&apos;s seed %1 is replaced by A&apos;s, %2</source>
        <translation></translation>
    </message>
    <message>
        <source>B runs for A&apos;s duration, %1 (its own: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>B&apos;s own faults and traffic commands (%1) are replaced by A&apos;s (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>B cannot take A&apos;s command %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>B, with A&apos;s schedule: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>not a command (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>the other side has no region %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the other side has no population %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the other side has no dependency %1 of the same kind</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::scenario::CompareTable</name>
    <message>
        <source>Incident %1: RTO (s)</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident %1: RPO (s)</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident %1: writes lost</source>
        <translation></translation>
    </message>
    <message>
        <source>p50 latency, %1 (ms)</source>
        <translation></translation>
    </message>
    <message>
        <source>p99 latency, %1 (ms)</source>
        <translation></translation>
    </message>
    <message>
        <source>Availability by requests</source>
        <translation></translation>
    </message>
    <message>
        <source>Availability by time</source>
        <translation></translation>
    </message>
    <message>
        <source>p50 latency, all users (ms)</source>
        <translation></translation>
    </message>
    <message>
        <source>p99 latency, all users (ms)</source>
        <translation></translation>
    </message>
    <message>
        <source>Writes acknowledged</source>
        <translation></translation>
    </message>
    <message>
        <source>Acknowledged writes lost</source>
        <translation></translation>
    </message>
    <message>
        <source>Split-brain (s)</source>
        <translation></translation>
    </message>
    <message>
        <source>Divergent keys (peak)</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation></translation>
    </message>
    <message>
        <source>Stale reads</source>
        <translation></translation>
    </message>
    <message>
        <source>Stale reads (share of reads)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost per hour (mean)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost of the run</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation></translation>
    </message>
    <message>
        <source>Components run</source>
        <translation></translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::scenario::Design</name>
    <message>
        <source>multi-primary (last write wins)</source>
        <translation></translation>
    </message>
    <message>
        <source>ownership (home region per key)</source>
        <translation></translation>
    </message>
    <message>
        <source>no split-brain protection</source>
        <translation></translation>
    </message>
    <message>
        <source>fencing</source>
        <translation></translation>
    </message>
    <message>
        <source>fencing, quorum election, leases</source>
        <translation></translation>
    </message>
    <message>
        <source>async every %1</source>
        <translation></translation>
    </message>
    <message>
        <source>DNS, TTL %1</source>
        <translation></translation>
    </message>
    <message>
        <source>front door</source>
        <translation></translation>
    </message>
    <message>
        <source>costs %1/h before scaling, over the budget of %2/h</source>
        <translation></translation>
    </message>
    <message>
        <source>over the budget before scaling</source>
        <translation></translation>
    </message>
    <message>
        <source>at the primary&apos;s loss, async shipping leaves writes unshipped for at least %1 s, more than the RPO target of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the RTO of the primary&apos;s loss is at least %1 s, more than the target of %2 or than the %3 left of the run</source>
        <translation></translation>
    </message>
    <message>
        <source>async replication loses more than the RPO target at the primary&apos;s loss (the writes since its last shipping tick)</source>
        <translation></translation>
    </message>
    <message>
        <source>a lower bound on the RTO of the primary&apos;s loss exceeds the target or the rest of the run (detection, promotion, pilot-light boot, DNS caches)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 pilot light</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 warm standby</source>
        <translation></translation>
    </message>
    <message>
        <source>active-passive, home %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>active-active, read replicas, primary %1</source>
        <translation></translation>
    </message>
    <message>
        <source>shipping every %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>failover after %n missed probe(s) every %1</source>
        <translation>
            <numerusform>failover after %n missed probe every %1</numerusform>
            <numerusform>failover after %n missed probes every %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>health checks every %1, out after %n miss(es)</source>
        <translation>
            <numerusform>health checks every %1, out after %n miss</numerusform>
            <numerusform>health checks every %1, out after %n misses</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the standbys of a design</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::scenario::Estimate</name>
    <message>
        <source>per-key state: populations[*].keys × regions = %1 × %2</source>
        <translation></translation>
    </message>
    <message>
        <source>event log: metrics.event_log = %1 entries</source>
        <translation></translation>
    </message>
    <message>
        <source>recorded operations: data.record_history with populations[*].rate × duration = %1</source>
        <translation></translation>
    </message>
    <message>
        <source>scheduled faults: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>time series: samples (duration / metrics.interval, at least metrics.history) × bytes per tick of every region and population = %1 × %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the scenario needs about %1 of memory, more than the limit of %2: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::scenario::Lesson</name>
    <message>
        <source>%1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>the fault</source>
        <translation></translation>
    </message>
    <message>
        <source>detection</source>
        <translation></translation>
    </message>
    <message>
        <source>promotion</source>
        <translation></translation>
    </message>
    <message>
        <source>rerouting</source>
        <translation></translation>
    </message>
    <message>
        <source>users served again</source>
        <translation></translation>
    </message>
    <message>
        <source>the heal</source>
        <translation></translation>
    </message>
    <message>
        <source>no incident happened by %1, so there is nothing to measure</source>
        <translation></translation>
    </message>
    <message>
        <source>users were not served again by %1, so the RTO is not known yet</source>
        <translation></translation>
    </message>
    <message>
        <source>detected after %1</source>
        <translation></translation>
    </message>
    <message>
        <source>a new primary took writes after %1</source>
        <translation></translation>
    </message>
    <message>
        <source>routing pointed at it after %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Users were served again %1 after the fault (at least 99 % of every harmed population&apos;s requests succeeding in one interval).</source>
        <translation></translation>
    </message>
    <message>
        <source>On the way: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>No acknowledged write was lost to this incident: its RPO is zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>the controller had not detected the fault by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The controller probes every %1 and needs %2 failed probes in a row (each waits up to %3): it declared the region failed %4 after the fault.</source>
        <translation></translation>
    </message>
    <message>
        <source>Users were served again %1 after the fault.</source>
        <translation></translation>
    </message>
    <message>
        <source>By %1 users were still not served again: the outage had lasted %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>the incident never reached &quot;%1&quot; by %2, so the order is not known</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 at +%2</source>
        <translation></translation>
    </message>
    <message>
        <source>Measured from the fault: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>No acknowledged write was lost in this step: every write the users were told had succeeded is still on a copy that serves.</source>
        <translation></translation>
    </message>
    <message>
        <source>no request finished during the step</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 reads in this step returned a value older than a write that had been acknowledged before the read began.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 writes in this step met a concurrent write to the same key on another primary and needed the conflict policy to decide.</source>
        <translation></translation>
    </message>
    <message>
        <source>Of %1 requests that finished in this step, %2 succeeded and %3 failed for good (after their retries).</source>
        <translation></translation>
    </message>
    <message>
        <source>At the worst moment of this step, two regions that both took writes held different values for %1 keys.</source>
        <translation></translation>
    </message>
    <message>
        <source>Two regions both acted as primary for %1 s of this step; at worst they disagreed on %2 keys.</source>
        <translation></translation>
    </message>
    <message>
        <source>At no moment of this step did two regions both act as primary.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation></translation>
    </message>
    <message>
        <source>The oldest write %1 had not yet received was at most %2 ms old during this step.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 finished no request during the step</source>
        <translation></translation>
    </message>
    <message>
        <source>In the typical second of this step (the median of %1 one-second p99 values), 99 % of %2&apos;s requests took at most %3 ms; the slowest second&apos;s p99 was %4 ms.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 sent no request at the end of the step</source>
        <translation></translation>
    </message>
    <message>
        <source>In the last second of the step, %1 % of %2&apos;s attempts went to %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>no single region takes the writes at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>At %1 the writes go to %2, the primary routing points at.</source>
        <translation></translation>
    </message>
    <message>
        <source>the run measured &quot;%1&quot;, which is not one of the options (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not this time: the run measured %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation></translation>
    </message>
    <message>
        <source>Right: the run measured %1, and %2 is within ±%3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not this time: the run measured %1; %2 is further than ±%3 from it.</source>
        <translation></translation>
    </message>
    <message>
        <source>an ordering lists every item exactly once, separated by commas (%1)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledged write(s) were lost to this incident; the oldest was committed %1 before the fault, so the data lost reaches back %2.</source>
        <translation>
            <numerusform>%Ln acknowledged write were lost to this incident; the oldest was committed %1 before the fault, so the data lost reaches back %2.</numerusform>
            <numerusform>%Ln acknowledged writes were lost to this incident; the oldest was committed %1 before the fault, so the data lost reaches back %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledged write(s) were lost. Just before the fault about %1 writes/s were acknowledged, and %2, which took over, had not yet received the last %3 of them (%4 entries): %1 writes/s × %3 ≈ %5.</source>
        <translation>
            <numerusform>%Ln acknowledged write were lost. Just before the fault about %1 writes/s were acknowledged, and %2, which took over, had not yet received the last %3 of them (%4 entries): %1 writes/s × %3 ≈ %5.</numerusform>
            <numerusform>%Ln acknowledged writes were lost. Just before the fault about %1 writes/s were acknowledged, and %2, which took over, had not yet received the last %3 of them (%4 entries): %1 writes/s × %3 ≈ %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledged write(s) were lost in this step.</source>
        <translation>
            <numerusform>%Ln acknowledged write were lost in this step.</numerusform>
            <numerusform>%Ln acknowledged writes were lost in this step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln write(s)</source>
        <translation>
            <numerusform>%Ln write</numerusform>
            <numerusform>%Ln writes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln read(s)</source>
        <translation>
            <numerusform>%Ln read</numerusform>
            <numerusform>%Ln reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::scenario::Lessons</name>
    <message>
        <source>no lesson is called &quot;%1&quot; (lessons: %2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::scenario::Output</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is a directory; give a file name</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is neither a regular file nor a device or FIFO</source>
        <translation></translation>
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create files in %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>no output directory given</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2 is not a directory</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::scenario::Overrides</name>
    <message>
        <source>is not a list, so it has no element [%1]</source>
        <translation></translation>
    </message>
    <message>
        <source>is not an object, so it has no field &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>expected PATH=VALUE, e.g. routing.dns_ttl=30s</source>
        <translation></translation>
    </message>
    <message>
        <source>not a field path (names separated by dots, [N] for an element of a list, e.g. populations[0].rate)</source>
        <translation></translation>
    </message>
    <message>
        <source>index %1 is out of range (the list is empty)</source>
        <translation></translation>
    </message>
    <message>
        <source>index %1 is out of range (the last index is %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>index %1 is out of range</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::scenario::Reader</name>
    <message>
        <source>must be an object ({ ... }), found %1</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>must be true or false, found %1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a string, found %1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a number, found %1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a duration such as &quot;90s&quot;, &quot;10m&quot; or &quot;500ms&quot;, or a number of seconds; found %1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be longer than %1 and at most %2</source>
        <translation></translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown value %1 (expected one of: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>must be greater than %1 and at most %2</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a list ([ ... ]), found %1</source>
        <translation></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation></translation>
    </message>
    <message>
        <source>missing: a scenario file declares &quot;format&quot;: &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation></translation>
    </message>
    <message>
        <source>this file uses scenario format version %1, but this Failover Lab reads versions up to %2; open it with a newer Failover Lab</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 18446744073709551615 (as a string above 9007199254740992), found %1</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown region %1</source>
        <translation></translation>
    </message>
    <message>
        <source>region %1 is not one of this scenario&apos;s regions (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown population %1</source>
        <translation></translation>
    </message>
    <message>
        <source>population %1 is not one of this scenario&apos;s populations (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>must list at least one region</source>
        <translation></translation>
    </message>
    <message>
        <source>region %1 is listed twice (also at %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>must list at least one population</source>
        <translation></translation>
    </message>
    <message>
        <source>population %1 is listed twice (also at %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>no weight for region %1 (give every region of the scenario a weight)</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown value %1 (expected one of: automatic, manual)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is after the end of the run (duration %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>a link joins two different regions</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1, column %2: not valid JSON: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>a scenario is a JSON object ({ ... }) at the top level</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, found %3</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown field: this setting lives at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the key spaces add up to %1 keys, more than the %2 the data model can hold (every region keeps a value for every key)</source>
        <translation></translation>
    </message>
    <message>
        <source>region %1 is a witness: it holds no data, so it cannot be the primary</source>
        <translation></translation>
    </message>
    <message>
        <source>must be longer than the probe interval (%1) when leases are on: each probe renews the lease</source>
        <translation></translation>
    </message>
    <message>
        <source>at most %1 dependencies, found %2</source>
        <translation></translation>
    </message>
    <message>
        <source>this scenario lists no dependencies (see &quot;dependencies&quot;)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 keys with %2 fields each make %3 field slots per region, more than the %4 the data model can hold; use fewer fields or keys</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 keys with %2 elements each, tracked per origin region, make %3 set entries per region, more than the %4 the data model can hold; use fewer elements or keys</source>
        <translation></translation>
    </message>
    <message>
        <source>must not contain a NUL character (\u0000)</source>
        <translation></translation>
    </message>
    <message>
        <source>is out of range: must be longer than %1 and at most %2 (a number is seconds), found %3</source>
        <translation></translation>
    </message>
    <message>
        <source>is out of range: must be from %1 to %2 (a number is seconds), found %3</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: a scenario file may be at most %2 MB</source>
        <translation></translation>
    </message>
    <message>
        <source>needs scenario format version %1 or later; this file declares version %2</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown region %1 (not in the catalog; a region of your own needs a &quot;location&quot;: {&quot;lat&quot;: ..., &quot;lon&quot;: ...})</source>
        <translation></translation>
    </message>
    <message>
        <source>must not be empty (leave the field out for the catalog&apos;s name)</source>
        <translation></translation>
    </message>
    <message>
        <source>this file uses lesson format version %1, but this Failover Lab reads version %2</source>
        <translation></translation>
    </message>
    <message>
        <source>must be lower-case letters and digits joined by single hyphens</source>
        <translation></translation>
    </message>
    <message>
        <source>a lesson has %1 to %2 steps, found %3</source>
        <translation></translation>
    </message>
    <message>
        <source>the last step ends with the takeaway: required field is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 takes effect only when a run starts, so a step cannot change it (set it in the lesson&apos;s own &quot;set&quot;)</source>
        <translation></translation>
    </message>
    <message>
        <source>must be within the step, from %1 to before %2</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown population %1 (this lesson&apos;s world has: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>expected &quot;region:ID&quot;, &quot;population:ID&quot;, &quot;link:ID~ID&quot; or &quot;chart:KIND&quot;, found %1</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown region %1 (this lesson&apos;s world has: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>measure %1 does not take this field</source>
        <translation></translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown option %1 (expected one of: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation></translation>
    </message>
    <message>
        <source>an ordering needs at least two items</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown phase %1 (expected one of: %2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::scenario::Report</name>
    <message>
        <source>cannot create the directory %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::scenario::Sweep</name>
    <message>
        <source>--vary: expected PATH=V1,V2,…, such as routing.dns_ttl=10s,60s, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>--vary %1: value %2 of %3 is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>--vary %1: the value &apos;%2&apos; is given twice</source>
        <translation></translation>
    </message>
    <message>
        <source>--shard: expected I/N with 0 ≤ I &lt; N, such as 0/4 … 3/4, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: not a sweep&apos;s rows (the first line must be the header &apos;run,…,seed,…&apos; that &apos;failover-lab sweep --csv&apos; writes)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 fields, as in the header</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, line %2: the run number &apos;%3&apos; is not a whole number</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: run %2 appears twice</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 and %2 are not shards of the same sweep: their headers differ</source>
        <translation></translation>
    </message>
    <message>
        <source>run %1 is in both %2 and %3</source>
        <translation></translation>
    </message>
    <message>
        <source>run %1 is in none of the files: is a shard missing or unfinished?</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::scenario::Writer</name>
    <message>
        <source>cannot save %1: scenario format version %2 cannot store %3 as it is set (%4)</source>
        <translation></translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>it would read back differently</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::BranchPanel</name>
    <message>
        <source>Trunk</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch %1 from %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation></translation>
    </message>
    <message>
        <source>Forked at</source>
        <translation></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the selected branch at the moment shown now (or where it ends)</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the selected branch a name of your own (F2)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Forget the selected branch and those forked from it (not the one shown, nor those it grew from)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1
Simulated to %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Left its parent at %1 with %n action(s) of its own</source>
        <translation>
            <numerusform>Left its parent at %1 with %n action of its own</numerusform>
            <numerusform>Left its parent at %1 with %n actions of its own</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back on the timeline under the map and act there: each action in the past starts a new branch, and this one stays to return to.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es); their checkpoints hold %1 MB</source>
        <translation>
            <numerusform>%n branch; their checkpoints hold %1 MB</numerusform>
            <numerusform>%n branches; their checkpoints hold %1 MB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::ui::BuiltinCatalog</name>
    <message>
        <source>The primary dies and the controller promotes a standby on its own: users are back in about a minute.</source>
        <translation></translation>
    </message>
    <message>
        <source>The same failure failed over by hand: verifying, promoting and rerouting take minutes.</source>
        <translation></translation>
    </message>
    <message>
        <source>A warm standby takes the traffic at once, overloaded until it has scaled up.</source>
        <translation></translation>
    </message>
    <message>
        <source>A pilot light serves nothing until it is promoted and booted: a longer outage.</source>
        <translation></translation>
    </message>
    <message>
        <source>A region recovers, but its users stay far away until an operator readmits it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The failover works, yet checkout keeps failing: payments ran in the dead region only.</source>
        <translation></translation>
    </message>
    <message>
        <source>The primary crashes with asynchronous writes not yet shipped: they are lost, RPO 0 is missed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The same crash with synchronous quorum replication: slower writes, not one acknowledged write lost.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mostly reads from local replicas: they keep up, and losing the primary costs a handful of writes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mostly writes: replicas fall behind, reads go stale and a failover loses many more writes.</source>
        <translation></translation>
    </message>
    <message>
        <source>A primary cut off from the others keeps its users: split-brain, and at the heal old writes overwrite newer ones.</source>
        <translation></translation>
    </message>
    <message>
        <source>The same partition with fencing: no stale write lands, but the cut-off primary&apos;s writes are discarded.</source>
        <translation></translation>
    </message>
    <message>
        <source>A witness, quorum elections, leases and synchronous replication: nothing acknowledged is lost.</source>
        <translation></translation>
    </message>
    <message>
        <source>Two primaries with last-write-wins: concurrent writes vanish, and a fast clock lets older writes win.</source>
        <translation></translation>
    </message>
    <message>
        <source>CRDT counters keep counting on both sides of a partition and converge to the exact sum.</source>
        <translation></translation>
    </message>
    <message>
        <source>Three active regions behind DNS: when Tokyo fails, resolvers that hold on to old answers stretch the outage.</source>
        <translation></translation>
    </message>
    <message>
        <source>A region fails behind DNS with a short TTL, yet cached answers keep some users failing for minutes.</source>
        <translation></translation>
    </message>
    <message>
        <source>The same failure behind a front door: traffic moves as soon as the health checks notice.</source>
        <translation></translation>
    </message>
    <message>
        <source>A database fails behind a shallow health check: the region stays in rotation and its users get errors.</source>
        <translation></translation>
    </message>
    <message>
        <source>The same database failure with a deep health check: the region leaves rotation and its users move.</source>
        <translation></translation>
    </message>
    <message>
        <source>A degraded, then cut link fools a health checker into dropping a healthy region.</source>
        <translation></translation>
    </message>
    <message>
        <source>Every user sent to one region at 1.5 times its capacity: its queue fills and it sheds load.</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover and standby regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Replication and lost writes</source>
        <translation></translation>
    </message>
    <message>
        <source>Partitions and split-brain</source>
        <translation></translation>
    </message>
    <message>
        <source>Several primaries and conflicts</source>
        <translation></translation>
    </message>
    <message>
        <source>Routing, health checks and load</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::ChartExporter</name>
    <message>
        <source>invalid chart size or resolution</source>
        <translation></translation>
    </message>
    <message>
        <source>A chart from Failover Lab</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot render the chart as %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation></translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080 at 2×, large type)</source>
        <translation></translation>
    </message>
    <message>
        <source>Document (page width at 300 dpi)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::ChartFactory</name>
    <message>
        <source>Throughput by region</source>
        <translation></translation>
    </message>
    <message>
        <source>Errors by region</source>
        <translation></translation>
    </message>
    <message>
        <source>Latency p50 by population</source>
        <translation></translation>
    </message>
    <message>
        <source>Latency p99 by population</source>
        <translation></translation>
    </message>
    <message>
        <source>Success ratio by population</source>
        <translation></translation>
    </message>
    <message>
        <source>Traffic share by region</source>
        <translation></translation>
    </message>
    <message>
        <source>Queue depth by region</source>
        <translation></translation>
    </message>
    <message>
        <source>Successful requests per second (req/s)</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed attempts per second (errors/s)</source>
        <translation></translation>
    </message>
    <message>
        <source>Requests that succeeded (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of request attempts (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Requests waiting (requests)</source>
        <translation></translation>
    </message>
    <message>
        <source>Time since start (s)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>All users</source>
        <translation></translation>
    </message>
    <message>
        <source>Availability threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation></translation>
    </message>
    <message>
        <source>Replication lag by region</source>
        <translation></translation>
    </message>
    <message>
        <source>Replication backlog by region</source>
        <translation></translation>
    </message>
    <message>
        <source>Acknowledged writes lost, by mechanism</source>
        <translation></translation>
    </message>
    <message>
        <source>Split-brain divergence</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflicts and stale reads</source>
        <translation></translation>
    </message>
    <message>
        <source>Committed entries not yet received (entries)</source>
        <translation></translation>
    </message>
    <message>
        <source>Acknowledged writes lost so far (writes)</source>
        <translation></translation>
    </message>
    <message>
        <source>Keys that differ between the two primaries (keys)</source>
        <translation></translation>
    </message>
    <message>
        <source>Occurrences per second (1/s)</source>
        <translation></translation>
    </message>
    <message>
        <source>Never shipped to the promoted replica</source>
        <translation></translation>
    </message>
    <message>
        <source>Overwritten by LWW</source>
        <translation></translation>
    </message>
    <message>
        <source>Discarded when the old primary rejoined</source>
        <translation></translation>
    </message>
    <message>
        <source>Divergent keys</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation></translation>
    </message>
    <message>
        <source>Stale reads</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, receive lag</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, apply lag</source>
        <translation></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation></translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation></translation>
    </message>
    <message>
        <source>ms</source>
        <translation></translation>
    </message>
    <message>
        <source>%</source>
        <translation></translation>
    </message>
    <message>
        <source>requests</source>
        <translation></translation>
    </message>
    <message>
        <source>entries</source>
        <translation></translation>
    </message>
    <message>
        <source>writes</source>
        <translation></translation>
    </message>
    <message>
        <source>keys</source>
        <translation></translation>
    </message>
    <message>
        <source>1/s</source>
        <translation></translation>
    </message>
    <message>
        <source>no value</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1
t = %2 s: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident %1: detected</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident %1: new primary</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident %1: rerouted</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident %1: recovered</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, dashed = applied</source>
        <translation></translation>
    </message>
    <message>
        <source>Latency seen by clients (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Age of the oldest entry not yet received or applied (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::ChartsPanel</name>
    <message>
        <source>%1 to %2 s of simulated time, one sample per metrics interval</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation></translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation></translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation></translation>
    </message>
    <message>
        <source>How much simulated time the charts show: a rolling window that follows the run, or everything kept since the start</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the chart you last clicked as PNG, SVG or PDF</source>
        <translation></translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export every chart, or the run&apos;s data as CSV or JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>Hover over a line for its exact values; click a chart to make it the one Export Chart uses; right-click a chart to export it</source>
        <translation></translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::CompareChart</name>
    <message>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the shared schedule&apos;s commands</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2: %3 · %4: %5</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Requests that succeeded, all users</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed attempts per second, all regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Acknowledged writes lost so far, all mechanisms</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::CompareDialog</name>
    <message>
        <source>Scenario for Side B</source>
        <translation></translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot take A&apos;s faults: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a built-in scenario for side B.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a scenario file for side B.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write at least one setting to change, one PATH=VALUE per line.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Ready: both sides run A&apos;s seed, duration and faults.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ready. Note: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Side A&lt;/b&gt;: %1, as the window has it. Both sides will run A&apos;s seed, duration and fault schedule in lockstep.</source>
        <translation></translation>
    </message>
    <message>
        <source>Side B: a &amp;built-in scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>Side B: a scenario &amp;file</source>
        <translation></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Side B: A with &amp;settings changed</source>
        <translation></translation>
    </message>
    <message>
        <source>One PATH=VALUE per line, as `failover-lab compare --set-b` takes them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::CompareSideView</name>
    <message>
        <source>%1 · %2 · %3 · failover: %4</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::CompareTableWidget</name>
    <message>
        <source>Figure</source>
        <translation></translation>
    </message>
    <message>
        <source>The better of the two</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::CompareWindow</name>
    <message>
        <source>Regions cannot be moved in the compare view.</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare: A %1 · B %2 — Failover Lab</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation></translation>
    </message>
    <message>
        <source>Pause or play both sides (one clock)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation></translation>
    </message>
    <message>
        <source>Advance both sides by one simulated second</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation></translation>
    </message>
    <message>
        <source>Start both sides again from time zero</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation></translation>
    </message>
    <message>
        <source>Run both sides faster</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation></translation>
    </message>
    <message>
        <source>Run both sides slower</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export Comparison…</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the comparison as it stands (the table and each side&apos;s full report) as JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Close the compare view</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply &amp;To</source>
        <translation></translation>
    </message>
    <message>
        <source>Every action goes to both sides at the same instant</source>
        <translation></translation>
    </message>
    <message>
        <source>Actions go to side A only</source>
        <translation></translation>
    </message>
    <message>
        <source>Actions go to side B only</source>
        <translation></translation>
    </message>
    <message>
        <source>Kill the &amp;Primary</source>
        <translation></translation>
    </message>
    <message>
        <source>Kill the region that is A&apos;s primary now (B&apos;s when A has none), on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Heal Everything</source>
        <translation></translation>
    </message>
    <message>
        <source>Heal every link and restore every region and tier, on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Kill Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Crash the selected region (of side %1), on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Bring the selected region back, on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Destroy Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Lose the selected region and its data, on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Isolate Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut every link of the selected region, on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Kill &amp;App Tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop the selected region&apos;s app servers, on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore A&amp;pp Tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Start the selected region&apos;s app servers, on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Kill D&amp;ata Tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop the selected region&apos;s database, on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore Da&amp;ta Tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Start the selected region&apos;s database, on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Cut Link</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut the selected link both ways, on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>H&amp;eal Link</source>
        <translation></translation>
    </message>
    <message>
        <source>Heal the selected link, on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Link</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <source>Every &amp;Population&apos;s Rows</source>
        <translation></translation>
    </message>
    <message>
        <source>Show each population&apos;s latency in the table</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation></translation>
    </message>
    <message>
        <source>Full screen with large type for a talk, one key per common fault (? lists them; Esc twice or F11 leaves)</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply to:</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured comparison&lt;/b&gt; (the better side highlighted)</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions&lt;/b&gt; (where each one went)</source>
        <translation></translation>
    </message>
    <message>
        <source>Both Sides</source>
        <translation></translation>
    </message>
    <message>
        <source>A Only</source>
        <translation></translation>
    </message>
    <message>
        <source>B Only</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulated time %1 on both sides · speed %2 · achieved %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulated time %1 on both sides · paused</source>
        <translation></translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · both · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2 only · %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused: %1. Choose Apply To ▸ %2 Only to act on one side.</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a region on either map first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Click a link on either map first.</source>
        <translation></translation>
    </message>
    <message>
        <source>No region is the primary now on either side: nothing to kill.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset: both sides restarted from time zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported the comparison to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::ConfigChangeCommand</name>
    <message>
        <source>Add region %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove region %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Move region %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::ConfigEdit</name>
    <message>
        <source>The world needs at least one region.</source>
        <translation></translation>
    </message>
    <message>
        <source>No region serves users: every region is a pilot light or a witness. Make one active or a warm standby.</source>
        <translation></translation>
    </message>
    <message>
        <source>The health check timeout (%1 s) must be shorter than its interval (%2 s): otherwise a new probe starts before the last one is judged.</source>
        <translation></translation>
    </message>
    <message>
        <source>The health checker runs inside a region: choose which one.</source>
        <translation></translation>
    </message>
    <message>
        <source>Under the weighted policy %1 has no weight on any region that serves users: its requests would have nowhere to go. Give it a weight above zero somewhere.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose which region is the data primary.</source>
        <translation></translation>
    </message>
    <message>
        <source>The data primary %1 is a witness, and a witness holds no data. Choose a region that holds data, or give it another role.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 replication needs another region that holds data: with only one, no write could ever be acknowledged. Add a region or choose asynchronous replication.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the region the failover controller runs in.</source>
        <translation></translation>
    </message>
    <message>
        <source>The failover probe timeout (%1 s) must be shorter than its interval (%2 s).</source>
        <translation></translation>
    </message>
    <message>
        <source>With leases, the lease (%1 s) must last longer than the probe interval (%2 s) that renews it: otherwise the primary&apos;s lease lapses between renewals and it keeps refusing writes.</source>
        <translation></translation>
    </message>
    <message>
        <source>A quorum election needs at least three voting regions (regions that hold data, or witnesses): with two, losing one leaves no majority and no failover can happen. Add a region or a witness.</source>
        <translation></translation>
    </message>
    <message>
        <source>Multi-primary replicates asynchronously: the %1 mode is ignored (every region acknowledges its own writes at once).</source>
        <translation></translation>
    </message>
    <message>
        <source>The conflict policy only matters for multi-primary: with one writer per key there is no conflict to resolve.</source>
        <translation></translation>
    </message>
    <message>
        <source>The failover controller manages a single primary only: with %1 it does not run, and its settings are ignored.</source>
        <translation></translation>
    </message>
    <message>
        <source>The failover controller runs in the primary&apos;s region: when that region fails, the controller fails with it and nobody fails over. A witness or another region is safer.</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 dependency lives in one region only: every region needs it to be reachable.</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 dependency is deployed nowhere: every request that needs it fails.</source>
        <translation></translation>
    </message>
    <message>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation></translation>
    </message>
    <message>
        <source> entries/s</source>
        <translation></translation>
    </message>
    <message>
        <source> samples</source>
        <translation></translation>
    </message>
    <message>
        <source> events</source>
        <translation></translation>
    </message>
    <message>
        <source> per hour</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3%4; it is %5.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be greater than %2 and at most %3%4; it is %5.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3%4; it is %5.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::ControlPanel</name>
    <message>
        <source>Automatic</source>
        <translation></translation>
    </message>
    <message>
        <source>Manual (operator)</source>
        <translation></translation>
    </message>
    <message>
        <source>Settings change the running world at once, except those marked ↻: they are collected and applied together by restarting the simulation from time zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation></translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation></translation>
    </message>
    <message>
        <source>DNS TTL:</source>
        <translation></translation>
    </message>
    <message>
        <source>Failback:</source>
        <translation></translation>
    </message>
    <message>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <source>DNS: clients cache the answer for the TTL. Front door: a global load balancer decides per request.</source>
        <translation></translation>
    </message>
    <message>
        <source>Which region answers a population. Dragging a population onto a region switches to weighted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Whether a recovered region rejoins by itself or waits for an operator.</source>
        <translation></translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation></translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation></translation>
    </message>
    <message>
        <source>Failures to leave rotation:</source>
        <translation></translation>
    </message>
    <message>
        <source>Successes to return:</source>
        <translation></translation>
    </message>
    <message>
        <source>Deep check:</source>
        <translation></translation>
    </message>
    <message>
        <source>Checker placement:</source>
        <translation></translation>
    </message>
    <message>
        <source>Checker region:</source>
        <translation></translation>
    </message>
    <message>
        <source>also probe the data tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation></translation>
    </message>
    <message>
        <source>Total demand:</source>
        <translation></translation>
    </message>
    <message>
        <source>Read share:</source>
        <translation></translation>
    </message>
    <message>
        <source>Key skew (Zipf):</source>
        <translation></translation>
    </message>
    <message>
        <source> req/s</source>
        <translation></translation>
    </message>
    <message>
        <source>Scales every population, keeping their shares.</source>
        <translation></translation>
    </message>
    <message>
        <source>0 spreads requests evenly over keys; about 1 concentrates them on a few hot keys.</source>
        <translation></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Run</source>
        <translation></translation>
    </message>
    <message>
        <source>Random seed:</source>
        <translation></translation>
    </message>
    <message>
        <source>The same seed and the same actions give the same run, bit for bit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply and restart</source>
        <translation></translation>
    </message>
    <message>
        <source>Restarts the simulation from time zero with the settings marked ↻.</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes marked ↻ are waiting: applying them restarts the simulation.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (witness)</source>
        <translation></translation>
    </message>
    <message>
        <source>Added to the region&apos;s clock for last-write-wins timestamps; applies at once.</source>
        <translation></translation>
    </message>
    <message>
        <source>Data</source>
        <translation></translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation></translation>
    </message>
    <message>
        <source>Primary region:</source>
        <translation></translation>
    </message>
    <message>
        <source>Replication:</source>
        <translation></translation>
    </message>
    <message>
        <source>Batch interval:</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply rate:</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync fallback:</source>
        <translation></translation>
    </message>
    <message>
        <source>Fall back after:</source>
        <translation></translation>
    </message>
    <message>
        <source>Writes at a replica:</source>
        <translation></translation>
    </message>
    <message>
        <source>Reads from:</source>
        <translation></translation>
    </message>
    <message>
        <source>Key ownership:</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation></translation>
    </message>
    <message>
        <source>Single primary: one region takes every write. Multi-primary: every region does, and conflicts are resolved. Ownership: each key has a home region.</source>
        <translation></translation>
    </message>
    <message>
        <source>When a write is acknowledged: after the replicas have it (synchronous), after one has it (semi-synchronous), or at once with the log shipped in batches (asynchronous, event log). Applies at once.</source>
        <translation></translation>
    </message>
    <message>
        <source> ms</source>
        <translation></translation>
    </message>
    <message>
        <source>How often asynchronous and event-log replication ship the log.</source>
        <translation></translation>
    </message>
    <message>
        <source> entries/s</source>
        <translation></translation>
    </message>
    <message>
        <source>How fast a replica applies what it has received: below the write rate, its apply lag grows without bound.</source>
        <translation></translation>
    </message>
    <message>
        <source>What a region that is not the primary does with a write it receives.</source>
        <translation></translation>
    </message>
    <message>
        <source>Local replicas answer fast but may be stale; the primary is always current.</source>
        <translation></translation>
    </message>
    <message>
        <source>How concurrent writes to one key are merged under multi-primary. LWW drops one of them; the CRDT policies keep both.</source>
        <translation></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation></translation>
    </message>
    <message>
        <source>Shared services some requests need. A request fails when its region reaches no deployment; deploy or remove one live from the Region menu.</source>
        <translation></translation>
    </message>
    <message>
        <source>Service</source>
        <translation></translation>
    </message>
    <message>
        <source>Deployed in</source>
        <translation></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation></translation>
    </message>
    <message>
        <source>Add dependency</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover</source>
        <translation></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation></translation>
    </message>
    <message>
        <source>Controller region:</source>
        <translation></translation>
    </message>
    <message>
        <source>Probe interval:</source>
        <translation></translation>
    </message>
    <message>
        <source>Probe timeout:</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed probes to act:</source>
        <translation></translation>
    </message>
    <message>
        <source>Promotion time:</source>
        <translation></translation>
    </message>
    <message>
        <source>Old primary rejoins:</source>
        <translation></translation>
    </message>
    <message>
        <source>Protections:</source>
        <translation></translation>
    </message>
    <message>
        <source>Lease duration:</source>
        <translation></translation>
    </message>
    <message>
        <source>Automatic: the controller promotes the best replica it can reach and reroutes. Manual: it raises an alert and waits for you (Failover menu).</source>
        <translation></translation>
    </message>
    <message>
        <source>The controller runs here and sees only the messages that reach it. A witness is a fine home for it; if this region is killed or destroyed, nobody fails over until it returns.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reconfiguration after the replica has applied its backlog.</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation></translation>
    </message>
    <message>
        <source>RPO:</source>
        <translation></translation>
    </message>
    <message>
        <source>RTO:</source>
        <translation></translation>
    </message>
    <message>
        <source>no target</source>
        <translation></translation>
    </message>
    <message>
        <source>Recovery point objective: how far back acknowledged data may be lost.</source>
        <translation></translation>
    </message>
    <message>
        <source>Recovery time objective: from the fault until 99 % of each affected population&apos;s requests succeed again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation></translation>
    </message>
    <message>
        <source>Active region:</source>
        <translation></translation>
    </message>
    <message>
        <source>Warm standby:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pilot light:</source>
        <translation></translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation></translation>
    </message>
    <message>
        <source> /h</source>
        <translation></translation>
    </message>
    <message>
        <source>every region (starts cold)</source>
        <translation></translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation></translation>
    </message>
    <message>
        <source> %</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of requests that need this service.</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove this dependency</source>
        <translation></translation>
    </message>
    <message>
        <source>A controller probes the primary; after the failed probes it elects and promotes a replica and points routing at it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The controller only manages a single primary: with %1 it does not run.</source>
        <translation></translation>
    </message>
    <message>
        <source>Now %1 per hour · this run so far %2</source>
        <translation></translation>
    </message>
    <message>
        <source>degrade to asynchronous</source>
        <translation></translation>
    </message>
    <message>
        <source>When the replicas do not confirm in time, the primary stops waiting and acknowledges asynchronously (off: the writes time out).</source>
        <translation></translation>
    </message>
    <message>
        <source>quorum election</source>
        <translation></translation>
    </message>
    <message>
        <source>Promote only with votes from a majority of the voting regions (data regions and witnesses).</source>
        <translation></translation>
    </message>
    <message>
        <source>fencing</source>
        <translation></translation>
    </message>
    <message>
        <source>Storage that has seen a newer epoch refuses writes of an older one.</source>
        <translation></translation>
    </message>
    <message>
        <source>leases</source>
        <translation></translation>
    </message>
    <message>
        <source>A primary acknowledges writes only while it holds a lease from the controller; a new primary waits until the old lease has lapsed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity
(req/s)</source>
        <translation></translation>
    </message>
    <message>
        <source>Clock skew
(ms)</source>
        <translation></translation>
    </message>
    <message>
        <source>DNS resolvers:</source>
        <translation></translation>
    </message>
    <message>
        <source>Ideal: every DNS cache keeps an answer for the TTL exactly. As measured: some resolvers keep answers for at least 5 minutes and some applications keep theirs until their session ends or a connection fails, as seen on the Internet (Flavel, Mani and Maltz, 2014).</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync set lag timeout:</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync set at least:</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync all: a replica that has not confirmed a write for this long leaves the sync set, if the controller agrees; writes then stop waiting for it.</source>
        <translation></translation>
    </message>
    <message>
        <source> replicas</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync all: the set never shrinks below this many replicas; below it, writes block instead. Fewer buys availability with durability.</source>
        <translation></translation>
    </message>
    <message>
        <source>Log kept for a lagging copy:</source>
        <translation></translation>
    </message>
    <message>
        <source> entries</source>
        <translation></translation>
    </message>
    <message>
        <source>Single primary: the log entries the primary keeps for a replica that is cut off or behind. Past it the replica is detached and re-seeded from a snapshot when it is back; writes it never received are lost if it is promoted first. Bounds memory in a long partition.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::DegradeDialog</name>
    <message>
        <source>Degrade link</source>
        <translation></translation>
    </message>
    <message>
        <source>Make the link between %1 and %2 slower and lossy. Replication streams retransmit lost messages (they arrive late); health probes are simply lost.</source>
        <translation></translation>
    </message>
    <message>
        <source>Extra one-way delay:</source>
        <translation></translation>
    </message>
    <message>
        <source> ms</source>
        <translation></translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation></translation>
    </message>
    <message>
        <source> %</source>
        <translation></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 → %2 only</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::EventLogPanel</name>
    <message numerus="yes">
        <source>… %n earlier event(s) not shown</source>
        <translation>
            <numerusform>… %n earlier event not shown</numerusform>
            <numerusform>… %n earlier events not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulation events and your actions, in simulated time · click one to see its time</source>
        <translation></translation>
    </message>
    <message>
        <source>Show or hide events of this kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Show only the events about one region</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::ExportDialog</name>
    <message>
        <source>Choose where to write the export.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is a file; the export needs a folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is a folder; the export needs a file name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation></translation>
    </message>
    <message>
        <source>Export</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Size (pixels):</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation></translation>
    </message>
    <message>
        <source>This chart: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>All charts (a folder)</source>
        <translation></translation>
    </message>
    <message>
        <source>The run&apos;s data as CSV (a folder)</source>
        <translation></translation>
    </message>
    <message>
        <source>The run&apos;s report as JSON</source>
        <translation></translation>
    </message>
    <message>
        <source>The map as PNG</source>
        <translation></translation>
    </message>
    <message>
        <source>Above 96 dpi, text and lines grow with the resolution, so a 300 dpi image reads at the same physical size</source>
        <translation></translation>
    </message>
    <message>
        <source>A file, or a folder for all charts and for CSV (created if missing)</source>
        <translation></translation>
    </message>
    <message>
        <source>For &amp;use in:</source>
        <translation></translation>
    </message>
    <message>
        <source>A slide gets large type and thick lines at 3840 × 2160 pixels; a document a page&apos;s width at 300 dpi. Changing the size or resolution makes it custom.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::HealthPanel</name>
    <message>
        <source>Issued</source>
        <translation></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed (nothing applied)</source>
        <translation></translation>
    </message>
    <message>
        <source>Indeterminate (timed out)</source>
        <translation></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation></translation>
    </message>
    <message>
        <source>Durable</source>
        <translation></translation>
    </message>
    <message>
        <source>Pending (not on every copy)</source>
        <translation></translation>
    </message>
    <message>
        <source>Orphaned (on a deposed primary)</source>
        <translation></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflicts resolved</source>
        <translation></translation>
    </message>
    <message>
        <source>LWW drops (concurrent)</source>
        <translation></translation>
    </message>
    <message>
        <source>LWW drops (clock skew)</source>
        <translation></translation>
    </message>
    <message>
        <source>Orphans reconciled</source>
        <translation></translation>
    </message>
    <message>
        <source>Reads judged</source>
        <translation></translation>
    </message>
    <message>
        <source>Stale reads</source>
        <translation></translation>
    </message>
    <message>
        <source>Read-your-writes violations</source>
        <translation></translation>
    </message>
    <message>
        <source>Monotonic-read violations</source>
        <translation></translation>
    </message>
    <message>
        <source>Divergent keys</source>
        <translation></translation>
    </message>
    <message>
        <source>Fencing refusals</source>
        <translation></translation>
    </message>
    <message>
        <source>Stale-epoch writes applied</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync fallbacks to async</source>
        <translation></translation>
    </message>
    <message>
        <source>Acknowledged since the last promotion</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover controller: not running (%1 has no single primary to fail over).</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover controller in %1: &lt;b&gt;down with its region&lt;/b&gt; — nobody fails over until it returns.</source>
        <translation></translation>
    </message>
    <message>
        <source>promoting %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;alert verified: promote a replica&lt;/b&gt; (Failover menu)</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;awaiting the operator&lt;/b&gt;: verify the alert (Failover menu)</source>
        <translation></translation>
    </message>
    <message>
        <source>electing a new primary</source>
        <translation></translation>
    </message>
    <message>
        <source>primary declared failed</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n failed probe(s) in a row</source>
        <translation>
            <numerusform>%n failed probe in a row</numerusform>
            <numerusform>%n failed probes in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>watching, all well</source>
        <translation></translation>
    </message>
    <message>
        <source>SPLIT-BRAIN</source>
        <translation></translation>
    </message>
    <message>
        <source>replication: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation></translation>
    </message>
    <message>
        <source>down</source>
        <translation></translation>
    </message>
    <message>
        <source>app tier down</source>
        <translation></translation>
    </message>
    <message>
        <source>data tier down</source>
        <translation></translation>
    </message>
    <message>
        <source>held for failback</source>
        <translation></translation>
    </message>
    <message>
        <source>out of rotation</source>
        <translation></translation>
    </message>
    <message>
        <source>starting (%1 s)</source>
        <translation></translation>
    </message>
    <message>
        <source>up</source>
        <translation></translation>
    </message>
    <message>
        <source>shedding</source>
        <translation></translation>
    </message>
    <message>
        <source>data lost</source>
        <translation></translation>
    </message>
    <message>
        <source>deposed, still primary!</source>
        <translation></translation>
    </message>
    <message>
        <source>primary</source>
        <translation></translation>
    </message>
    <message>
        <source>lease lapsed</source>
        <translation></translation>
    </message>
    <message>
        <source>being promoted</source>
        <translation></translation>
    </message>
    <message>
        <source>replica of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>replica</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 / %2 ms</source>
        <translation></translation>
    </message>
    <message>
        <source>Received / applied lag: age of the oldest committed entry not yet received / applied here. %1 entries behind.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 % · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 remote</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Health</source>
        <translation></translation>
    </message>
    <message>
        <source>Data</source>
        <translation></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation></translation>
    </message>
    <message>
        <source>Lag (recv / apply)</source>
        <translation></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation></translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost/h</source>
        <translation></translation>
    </message>
    <message>
        <source>Population</source>
        <translation></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation></translation>
    </message>
    <message>
        <source>p99</source>
        <translation></translation>
    </message>
    <message>
        <source>Success</source>
        <translation></translation>
    </message>
    <message>
        <source>A read that returned a value older than a write acknowledged before the read began.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keys whose values differ between two regions that both act as primary.</source>
        <translation></translation>
    </message>
    <message>
        <source>Lost: never reached the new primary</source>
        <translation></translation>
    </message>
    <message>
        <source>Lost: overwritten by LWW</source>
        <translation></translation>
    </message>
    <message>
        <source>Lost: discarded at rejoin</source>
        <translation></translation>
    </message>
    <message>
        <source>old primary (down)</source>
        <translation></translation>
    </message>
    <message>
        <source>Writes: %1 acknowledged · %2 pending · %3 orphaned · %4 lost · %5 indeterminate · %6 stale reads</source>
        <translation></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Populations</source>
        <translation></translation>
    </message>
    <message>
        <source>Writes</source>
        <translation></translation>
    </message>
    <message>
        <source>Every client write has exactly one fate; every figure is the simulation&apos;s own count.</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover controller · %1 · in %2: %3 · data primary %4, epoch %5 · routing primary %6</source>
        <translation></translation>
    </message>
    <message>
        <source>Availability: &lt;b&gt;%1&lt;/b&gt; of requests · &lt;b&gt;%2&lt;/b&gt; of the time (intervals with at least %3 succeeding) · Cost: %4 per hour, %5 so far</source>
        <translation></translation>
    </message>
    <message>
        <source>Mean queueing delay (time requests waited for the app tier before service): %1 ms in the last interval, %2 ms over the run.</source>
        <translation></translation>
    </message>
    <message>
        <source>Lost: overwritten by an older epoch</source>
        <translation></translation>
    </message>
    <message>
        <source>Durable: a deposed primary&apos;s, re-applied</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::IncidentPanel</name>
    <message>
        <source>Link of %1 cut</source>
        <translation></translation>
    </message>
    <message>
        <source>RPO %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>RTO %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>No incident yet: kill, destroy or isolate a region (or cut a link) to start one.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s); times are simulated (minutes:seconds), phases relative to the fault.</source>
        <translation>
            <numerusform>%n incident; times are simulated (minutes:seconds), phases relative to the fault.</numerusform>
            <numerusform>%n incidents; times are simulated (minutes:seconds), phases relative to the fault.</numerusform>
        </translation>
    </message>
    <message>
        <source>No targets set (Controls ▸ Targets).</source>
        <translation></translation>
    </message>
    <message>
        <source>Targets: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Never happened in this incident</source>
        <translation></translation>
    </message>
    <message>
        <source>open, %1 so far</source>
        <translation></translation>
    </message>
    <message>
        <source>Already past the RTO target</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 ✗</source>
        <translation></translation>
    </message>
    <message>
        <source>Within the RTO target</source>
        <translation></translation>
    </message>
    <message>
        <source>Missed the RTO target</source>
        <translation></translation>
    </message>
    <message>
        <source>No RTO target set</source>
        <translation></translation>
    </message>
    <message>
        <source>Acknowledged writes lost to this incident, and how far back before the fault (or over what span) they reach.</source>
        <translation></translation>
    </message>
    <message>
        <source>At recovery: %1 orphaned writes, %2 divergent keys.</source>
        <translation></translation>
    </message>
    <message>
        <source>Red: undetected · orange: failing over · amber: promoted, not yet rerouted · green: users recovering · dot: recovered</source>
        <translation></translation>
    </message>
    <message>
        <source>#</source>
        <translation></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation></translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation></translation>
    </message>
    <message>
        <source>Rerouted</source>
        <translation></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation></translation>
    </message>
    <message>
        <source>RTO</source>
        <translation></translation>
    </message>
    <message>
        <source>RPO</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>%1
+%2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Service harmed (below 99 % of requests served): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Data harmed (acknowledged writes lost): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Reads harmed (stale reads while open): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Closed at the heal, %1 after the fault.</source>
        <translation></translation>
    </message>
    <message>
        <source>Healed %1 after the fault; open until every stranded write has met its fate.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open until the fault is healed.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was promoted; at the failure it was %2 behind (%3 entries not yet received), with %4 acknowledged writes per second before the fault.</source>
        <translation></translation>
    </message>
    <message>
        <source>At the heal: %1 orphaned writes, %2 divergent keys.</source>
        <translation></translation>
    </message>
    <message>
        <source>Still open: writes lost at the heal will count here too.</source>
        <translation></translation>
    </message>
    <message>
        <source>none lost</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::LabText</name>
    <message>
        <source>active</source>
        <translation></translation>
    </message>
    <message>
        <source>warm standby</source>
        <translation></translation>
    </message>
    <message>
        <source>pilot light</source>
        <translation></translation>
    </message>
    <message>
        <source>witness</source>
        <translation></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation></translation>
    </message>
    <message>
        <source>Front door (per request)</source>
        <translation></translation>
    </message>
    <message>
        <source>Primary only (active-passive)</source>
        <translation></translation>
    </message>
    <message>
        <source>Geo-nearest</source>
        <translation></translation>
    </message>
    <message>
        <source>Latency-based</source>
        <translation></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation></translation>
    </message>
    <message>
        <source>External service</source>
        <translation></translation>
    </message>
    <message>
        <source>Inside a region</source>
        <translation></translation>
    </message>
    <message>
        <source>max</source>
        <translation></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation></translation>
    </message>
    <message>
        <source>%1k/s</source>
        <translation></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation></translation>
    </message>
    <message>
        <source>Kill %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Kill the app tier of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore the app tier of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Kill the data tier of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore the data tier of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut the link %1 → %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut the link %1 ↔ %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Heal the link %1 → %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Heal the link %1 ↔ %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Degrade the link %1 ↔ %2 (+%3 ms, %4 % loss)</source>
        <translation></translation>
    </message>
    <message>
        <source>Isolate %1 from the other regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight of %1 for %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Demand of %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Routing policy: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Routing mechanism: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>DNS TTL: %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator failback to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Command %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Applied: degrade the link %1 ↔ %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Applied: new weight of %1 for %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Applied: new demand of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Applied: new DNS TTL</source>
        <translation></translation>
    </message>
    <message>
        <source>Applied: cut the link %1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Applied: heal the link %1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 destroyed: its data is gone</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: app tier down</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: app tier back</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: data tier down</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: data tier back</source>
        <translation></translation>
    </message>
    <message>
        <source>Link %1 → %2 cut</source>
        <translation></translation>
    </message>
    <message>
        <source>Link %1 → %2 healed</source>
        <translation></translation>
    </message>
    <message>
        <source>Link %1 → %2 degraded (+%3 ms)</source>
        <translation></translation>
    </message>
    <message>
        <source>Health check of %1 failed (%2 in a row)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 taken out of rotation by the health checks</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 back in rotation</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is healthy again; failback waits for an operator</source>
        <translation></translation>
    </message>
    <message>
        <source>No healthy region: routing fails open</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 scaling up to full capacity (%2 s)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 at full capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 booting (%2 s)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 ready to serve</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 overloaded: shedding requests</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 no longer overloaded</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 stopped waiting for its synchronous replicas (now asynchronous)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 promoted to primary (epoch %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 stepped down: a newer primary exists (%2 writes discarded)</source>
        <translation></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Single primary</source>
        <translation></translation>
    </message>
    <message>
        <source>Multi-primary</source>
        <translation></translation>
    </message>
    <message>
        <source>Ownership (home region per key)</source>
        <translation></translation>
    </message>
    <message>
        <source>Synchronous (all replicas)</source>
        <translation></translation>
    </message>
    <message>
        <source>Synchronous (quorum)</source>
        <translation></translation>
    </message>
    <message>
        <source>Semi-synchronous</source>
        <translation></translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation></translation>
    </message>
    <message>
        <source>Event log (queue)</source>
        <translation></translation>
    </message>
    <message>
        <source>Forward to the primary</source>
        <translation></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation></translation>
    </message>
    <message>
        <source>Local replica</source>
        <translation></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation></translation>
    </message>
    <message>
        <source>By key hash</source>
        <translation></translation>
    </message>
    <message>
        <source>By population (nearest region)</source>
        <translation></translation>
    </message>
    <message>
        <source>Last write wins (LWW)</source>
        <translation></translation>
    </message>
    <message>
        <source>PN-counter (CRDT)</source>
        <translation></translation>
    </message>
    <message>
        <source>OR-set (CRDT)</source>
        <translation></translation>
    </message>
    <message>
        <source>Field merge</source>
        <translation></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation></translation>
    </message>
    <message>
        <source>Manual (operator)</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard its orphaned writes</source>
        <translation></translation>
    </message>
    <message>
        <source>Replay orphans if newer (LWW)</source>
        <translation></translation>
    </message>
    <message>
        <source>Reconcile (replay every orphan)</source>
        <translation></translation>
    </message>
    <message>
        <source>payments</source>
        <translation></translation>
    </message>
    <message>
        <source>auth</source>
        <translation></translation>
    </message>
    <message>
        <source>control plane</source>
        <translation></translation>
    </message>
    <message>
        <source>cache</source>
        <translation></translation>
    </message>
    <message>
        <source>queue</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator: verify the alert</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator: promote %1 to primary</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator: reroute traffic to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Deploy %1 in %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Clock skew of %1: %2 ms</source>
        <translation></translation>
    </message>
    <message>
        <source>Replication mode: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Applied: new clock skew of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The failover controller&apos;s probe of the primary %1 failed (%2 in a row)</source>
        <translation></translation>
    </message>
    <message>
        <source>The failover controller declares the primary %1 failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Manual failover: the alert about %1 waits for an operator (verify, promote, reroute)</source>
        <translation></translation>
    </message>
    <message>
        <source>The operator verified the alert</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Election started: %n voting region(s) asked</source>
        <translation>
            <numerusform>Election started: %n voting region asked</numerusform>
            <numerusform>Election started: %n voting regions asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Election failed: no quorum or no reachable replica (%n vote(s) granted)</source>
        <translation>
            <numerusform>Election failed: no quorum or no reachable replica (%n vote granted)</numerusform>
            <numerusform>Election failed: no quorum or no reachable replica (%n votes granted)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is being promoted: it can take writes in %2 s</source>
        <translation></translation>
    </message>
    <message>
        <source>Routing now points at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The lease of %1 lapsed: it stops acknowledging writes</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 refused writes of an older epoch from %2 (fencing)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 applied writes of an older epoch from %2 (no fencing)</source>
        <translation></translation>
    </message>
    <message>
        <source>Split-brain: two regions acknowledge writes as primary</source>
        <translation></translation>
    </message>
    <message>
        <source>Split-brain over: one primary again</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 reaches no %2 deployment: requests that need it fail</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident #%1 opened (fault at %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation></translation>
    </message>
    <message>
        <source>Health</source>
        <translation></translation>
    </message>
    <message>
        <source>Data</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover</source>
        <translation></translation>
    </message>
    <message>
        <source>Faults and commands</source>
        <translation></translation>
    </message>
    <message>
        <source>Ideal (every cache honours the TTL)</source>
        <translation></translation>
    </message>
    <message>
        <source>As measured (some caches keep answers longer)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 dropped %2 from its sync set (lagging; the controller agreed): fewer copies now hold each write</source>
        <translation></translation>
    </message>
    <message>
        <source>%2 caught up and is back in the sync set of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Writes blocked on %1: waiting for %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not in the sync set: it may lack acknowledged writes, so it is not promoted</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident #%1: users are served again</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident #%1 closed at the heal: %2 acknowledged writes lost in all</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 stopped keeping its log for %2 (%3 entries behind): it will be re-seeded from a snapshot</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was re-seeded from a snapshot of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 routes by its own weights</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 follows the routing policy</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::LessonPanel</name>
    <message>
        <source>Lessons</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a lesson and press Start. Each step stops the world at a moment, asks what you expect to happen next, plays it, and grades your answer against what the simulation measured.</source>
        <translation></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The answer, measured:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p&gt;You did not answer this one.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p&gt;This run could not answer the question: %1&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Takeaway.&lt;/b&gt; %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Getting the world ready…</source>
        <translation></translation>
    </message>
    <message>
        <source>Lock in my answer and run</source>
        <translation></translation>
    </message>
    <message>
        <source>Run this step</source>
        <translation></translation>
    </message>
    <message>
        <source>Start</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the chosen lesson: its world replaces the one running now</source>
        <translation></translation>
    </message>
    <message>
        <source>Predict</source>
        <translation></translation>
    </message>
    <message>
        <source>Skip to the end</source>
        <translation></translation>
    </message>
    <message>
        <source>Run the rest of this step as fast as the machine allows</source>
        <translation></translation>
    </message>
    <message>
        <source>Restart this step</source>
        <translation></translation>
    </message>
    <message>
        <source>Put the world back at the start of this step</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Next</source>
        <translation></translation>
    </message>
    <message>
        <source>Interview practice</source>
        <translation></translation>
    </message>
    <message>
        <source>Hide each takeaway until you have answered and the step has played, and keep the score</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Measured at %1:&lt;/b&gt; %2 % of %3 requests succeeded in this step; %Ln acknowledged write(s) lost.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Measured at %1:&lt;/b&gt; %2 % of %3 requests succeeded in this step; %Ln acknowledged write lost.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Measured at %1:&lt;/b&gt; %2 % of %3 requests succeeded in this step; %Ln acknowledged writes lost.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>All lessons</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the list of lessons again (the lesson running now goes on until you start another)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::LessonQuestionWidget</name>
    <message>
        <source>writes</source>
        <translation></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation></translation>
    </message>
    <message>
        <source>ms</source>
        <translation></translation>
    </message>
    <message>
        <source>keys</source>
        <translation></translation>
    </message>
    <message>
        <source>requests</source>
        <translation></translation>
    </message>
    <message>
        <source>reads</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message>
        <source>No</source>
        <translation></translation>
    </message>
    <message>
        <source>your estimate</source>
        <translation></translation>
    </message>
    <message>
        <source>Drag the items, or select one and use the arrows, until the first to happen is at the top.</source>
        <translation></translation>
    </message>
    <message>
        <source>The fault</source>
        <translation></translation>
    </message>
    <message>
        <source>Detection: the controller declares the region failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Promotion: a new primary takes writes</source>
        <translation></translation>
    </message>
    <message>
        <source>Rerouting: routing points at the new primary</source>
        <translation></translation>
    </message>
    <message>
        <source>Recovery: users are served again</source>
        <translation></translation>
    </message>
    <message>
        <source>Heal: the fault is repaired</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::LiveChartView</name>
    <message>
        <source>Export This Chart…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export All Charts…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::MainWindow</name>
    <message>
        <source>Failover Lab</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>Close the lab</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About Failover Lab</source>
        <translation></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation></translation>
    </message>
    <message>
        <source>Switch the language of the whole lab; the choice is remembered</source>
        <translation></translation>
    </message>
    <message>
        <source>About Failover Lab</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset: the simulation restarted from time zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>Right-click a region to fail it · click a link to cut or degrade it · drag a blue population circle onto a region to send its users there · Space pauses</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation></translation>
    </message>
    <message>
        <source>Start again from the default world</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation></translation>
    </message>
    <message>
        <source>Pause the simulation (Space)</source>
        <translation></translation>
    </message>
    <message>
        <source>Run the simulation (Space)</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;tep one second</source>
        <translation></translation>
    </message>
    <message>
        <source>Advance one simulated second, then pause (.)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation></translation>
    </message>
    <message>
        <source>Restart the simulation from time zero with the current settings (Ctrl+R)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation></translation>
    </message>
    <message>
        <source>Move a population&apos;s traffic &amp;here</source>
        <translation></translation>
    </message>
    <message>
        <source>Add region from the &amp;catalog</source>
        <translation></translation>
    </message>
    <message>
        <source>Add region…</source>
        <translation></translation>
    </message>
    <message>
        <source>Adds a region; the simulation restarts from the new configuration</source>
        <translation></translation>
    </message>
    <message>
        <source>Removes the region; the simulation restarts from the new configuration</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Fit the world</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation></translation>
    </message>
    <message>
        <source>Traffic weights</source>
        <translation></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation></translation>
    </message>
    <message>
        <source>running</source>
        <translation></translation>
    </message>
    <message>
        <source>paused</source>
        <translation></translation>
    </message>
    <message>
        <source>region</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Kill %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Crash the region: it answers nothing, its storage survives</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;estore %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Destroy %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Crash the region and lose its data for good</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Isolate %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut all its links to other regions; its nearby users still reach it</source>
        <translation></translation>
    </message>
    <message>
        <source>Kill the &amp;app tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore the app tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Kill the da&amp;ta tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore the data tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator &amp;failback to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Readmit a recovered region that manual failback holds out of rotation</source>
        <translation></translation>
    </message>
    <message>
        <source>Send &amp;all users to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;move %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Cut %1 ↔ %2 both ways</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut %1 → %2 &amp;only</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut %1 → %2 o&amp;nly</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Heal %1 ↔ %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Degrade %1 ↔ %2…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Failover Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every number in the lab comes from a deterministic discrete-event simulation of individual requests and replication messages.&lt;/p&gt;&lt;p&gt;Map: land outline from Natural Earth 1:110m (public domain), via the world-atlas package (ISC licence, © Michael Bostock); Natural Earth projection.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulated time %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Speed %1 · achieved %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — at %2 simulated</source>
        <translation></translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a region on the map first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Click a link on the map first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is a %2 and serves no users: make it active or a warm standby first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The world needs at least one region.</source>
        <translation></translation>
    </message>
    <message>
        <source>Undone: %1. The simulation restarted from time zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the configuration changed, so the simulation restarted from time zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>New world: the default three regions.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: the simulation restarted with its configuration and %n scheduled command(s).</source>
        <translation>
            <numerusform>Opened %1: the simulation restarted with its configuration and %n scheduled command.</numerusform>
            <numerusform>Opened %1: the simulation restarted with its configuration and %n scheduled commands.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 deployed here</source>
        <translation></translation>
    </message>
    <message>
        <source>De&amp;pendencies</source>
        <translation></translation>
    </message>
    <message>
        <source>Fail&amp;over</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Verify the alert</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm the controller&apos;s alert: the primary really failed (V)</source>
        <translation></translation>
    </message>
    <message>
        <source>Promote &amp;region</source>
        <translation></translation>
    </message>
    <message>
        <source>Reroute traffic &amp;to</source>
        <translation></translation>
    </message>
    <message>
        <source>Health and traffic</source>
        <translation></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation></translation>
    </message>
    <message>
        <source>Promote %1 to &amp;primary</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator: make this region the data primary (manual failover)</source>
        <translation></translation>
    </message>
    <message>
        <source>Reroute traffic to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Operator: point primary routing at this region (manual failover)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Promote %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Promote region…</source>
        <translation></translation>
    </message>
    <message>
        <source>Promote a replica to primary: the selected region, or choose one (P)</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;route to %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;route traffic…</source>
        <translation></translation>
    </message>
    <message>
        <source>Point routing at a region: the selected one, or choose one (O)</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover: the controller declared the primary failed — verify the alert (V)</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover: alert verified — promote a replica (P)</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover: promotion under way</source>
        <translation></translation>
    </message>
    <message>
        <source>Failover: routing still points at the old primary — reroute (O)</source>
        <translation></translation>
    </message>
    <message>
        <source>Charts: cursor at %1 of simulated time</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export a chart or all charts (PNG, SVG, PDF), the run&apos;s data (CSV, JSON) or the map (PNG)</source>
        <translation></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported the map to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Export</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — Failover Lab</source>
        <translation></translation>
    </message>
    <message>
        <source>Scenario files (*.flab.json *.json);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>All traffic of %1 now goes to %2; the other populations keep their routes.</source>
        <translation></translation>
    </message>
    <message>
        <source>No region can take over now</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (lag %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Design for &amp;Targets…</source>
        <translation></translation>
    </message>
    <message>
        <source>Find the cheapest designs of this world that meet RPO and RTO targets, proven by simulation (Ctrl+Shift+D)</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a region here…</source>
        <translation></translation>
    </message>
    <message>
        <source>A new region needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a region at a &amp;point…</source>
        <translation></translation>
    </message>
    <message>
        <source>Adds a region of your own, named and placed where you say (or right-click the map where it should be)</source>
        <translation></translation>
    </message>
    <message>
        <source>Mo&amp;ve region…</source>
        <translation></translation>
    </message>
    <message>
        <source>Moves the selected region to coordinates you type (or drag it on the map); latency follows, the simulation restarts</source>
        <translation></translation>
    </message>
    <message>
        <source>Back to the &amp;catalog location</source>
        <translation></translation>
    </message>
    <message>
        <source>Puts a moved catalog region back where the catalog has it</source>
        <translation></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation></translation>
    </message>
    <message>
        <source>Guided lessons: predict what a fault will do, then watch the run measure it</source>
        <translation></translation>
    </message>
    <message>
        <source>Open &amp;Built-in…</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose one of the scenarios that ship with the lab, by topic (Ctrl+Shift+O)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation></translation>
    </message>
    <message>
        <source>Show what each symbol, colour and badge on the map means (L)</source>
        <translation></translation>
    </message>
    <message>
        <source>Opened the built-in scenario %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation></translation>
    </message>
    <message>
        <source>The lesson stopped: the window now runs another world (a file was opened, the world was edited, or New was chosen). Press Start to begin it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation></translation>
    </message>
    <message>
        <source>Full screen with large type for a talk, and one key per common fault (? lists them; Esc twice or F11 leaves)</source>
        <translation></translation>
    </message>
    <message>
        <source>No region is the primary now: nothing to kill.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation></translation>
    </message>
    <message>
        <source>Run this world beside another design in lockstep, on one fault schedule, with the measured comparison (Ctrl+Shift+M)</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare &amp;Two Files…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open two scenario files side by side in the compare view (A&apos;s faults apply to both)</source>
        <translation></translation>
    </message>
    <message>
        <source>Comparing in its own window; this window&apos;s run is paused.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Scenario for Side A</source>
        <translation></translation>
    </message>
    <message>
        <source>Scenario for Side B</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot compare these two files:
%1</source>
        <translation></translation>
    </message>
    <message>
        <source>Showing the branch “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Back 10 Seconds</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the moment ten simulated seconds earlier; an action there starts a new branch (Alt+Left)</source>
        <translation></translation>
    </message>
    <message>
        <source>Forward 10 Se&amp;conds</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the moment ten simulated seconds later, up to where this branch has been simulated (Alt+Right)</source>
        <translation></translation>
    </message>
    <message>
        <source>To the &amp;End of the Branch</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the latest moment this branch has been simulated to (Alt+End)</source>
        <translation></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>The run so far: drag to show an earlier moment, then play on or act there to start a new branch.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::MapLegend</name>
    <message>
        <source>Active: serves users</source>
        <translation></translation>
    </message>
    <message>
        <source>Warm standby: reduced capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>Pilot light: serves once booted</source>
        <translation></translation>
    </message>
    <message>
        <source>Witness: votes, serves nothing</source>
        <translation></translation>
    </message>
    <message>
        <source>Out of rotation or held back</source>
        <translation></translation>
    </message>
    <message>
        <source>Down: answers nothing</source>
        <translation></translation>
    </message>
    <message>
        <source>Destroyed: its data is gone</source>
        <translation></translation>
    </message>
    <message>
        <source>App tier down</source>
        <translation></translation>
    </message>
    <message>
        <source>Data tier down</source>
        <translation></translation>
    </message>
    <message>
        <source>Data primary: takes the writes</source>
        <translation></translation>
    </message>
    <message>
        <source>Being promoted to primary</source>
        <translation></translation>
    </message>
    <message>
        <source>Deposed primary, still writing</source>
        <translation></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation></translation>
    </message>
    <message>
        <source>Load of capacity; queue if any</source>
        <translation></translation>
    </message>
    <message>
        <source>Shedding load</source>
        <translation></translation>
    </message>
    <message>
        <source>Epoch; replica lag: green, amber ≥ 200 ms, red ≥ 1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>Link up</source>
        <translation></translation>
    </message>
    <message>
        <source>Degraded: delay or loss</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut one way (the arrow&apos;s way)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut both ways</source>
        <translation></translation>
    </message>
    <message>
        <source>Users: area follows demand</source>
        <translation></translation>
    </message>
    <message>
        <source>Route: wider for a larger share</source>
        <translation></translation>
    </message>
    <message>
        <source>≥ 99 % of requests succeed</source>
        <translation></translation>
    </message>
    <message>
        <source>90–99 % succeed</source>
        <translation></translation>
    </message>
    <message>
        <source>Under 90 % succeed</source>
        <translation></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation></translation>
    </message>
    <message>
        <source>On and beside a region</source>
        <translation></translation>
    </message>
    <message>
        <source>Links between regions</source>
        <translation></translation>
    </message>
    <message>
        <source>Users and traffic</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::Names</name>
    <message>
        <source>N. Virginia</source>
        <translation></translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation></translation>
    </message>
    <message>
        <source>N. California</source>
        <translation></translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation></translation>
    </message>
    <message>
        <source>Canada Central</source>
        <translation></translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation></translation>
    </message>
    <message>
        <source>London</source>
        <translation></translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation></translation>
    </message>
    <message>
        <source>Stockholm</source>
        <translation></translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation></translation>
    </message>
    <message>
        <source>Cape Town</source>
        <translation></translation>
    </message>
    <message>
        <source>Mumbai</source>
        <translation></translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation></translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation></translation>
    </message>
    <message>
        <source>Sydney</source>
        <translation></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation></translation>
    </message>
    <message>
        <source>North America (east)</source>
        <translation></translation>
    </message>
    <message>
        <source>North America (west)</source>
        <translation></translation>
    </message>
    <message>
        <source>South America</source>
        <translation></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation></translation>
    </message>
    <message>
        <source>Africa</source>
        <translation></translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation></translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation></translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation></translation>
    </message>
    <message>
        <source>Southeast Asia</source>
        <translation></translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::PlanDialog</name>
    <message>
        <source>RPO target: expected a duration such as 0s, 500ms or 1m, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>RTO target: expected a duration such as 30s or 2m, not &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>the world cannot be planned</source>
        <translation></translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation></translation>
    </message>
    <message>
        <source>None found: no design simulated meets RPO ≤ %1 and RTO ≤ %2 on every seed; the closest are listed.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n design(s) meet RPO ≤ %1 and RTO ≤ %2 on every seed, cheapest first.</source>
        <translation>
            <numerusform>%n design meets RPO ≤ %1 and RTO ≤ %2 on every seed.</numerusform>
            <numerusform>%n designs meet RPO ≤ %1 and RTO ≤ %2 on every seed, cheapest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 designs, %2 screened out by the closed forms, %3 simulated: %4 runs in %5 s.</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped at the run limit: designs not simulated may be better.</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped: only the designs simulated so far are covered.</source>
        <translation></translation>
    </message>
    <message>
        <source>closest design %1</source>
        <translation></translation>
    </message>
    <message>
        <source>design %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Design for Targets</source>
        <translation></translation>
    </message>
    <message>
        <source>RPO target:</source>
        <translation></translation>
    </message>
    <message>
        <source>The longest span of acknowledged writes one incident may lose, e.g. 0s or 1s</source>
        <translation></translation>
    </message>
    <message>
        <source>RTO target:</source>
        <translation></translation>
    </message>
    <message>
        <source>The longest one incident may take until users are served again, e.g. 90s or 5m</source>
        <translation></translation>
    </message>
    <message>
        <source>At most, per hour:</source>
        <translation></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation></translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation></translation>
    </message>
    <message>
        <source>Every design must meet the targets on each of these seeds</source>
        <translation></translation>
    </message>
    <message>
        <source>Designs to find:</source>
        <translation></translation>
    </message>
    <message>
        <source>Run limit:</source>
        <translation></translation>
    </message>
    <message>
        <source>The most simulations the plan may take</source>
        <translation></translation>
    </message>
    <message>
        <source>#</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost/h</source>
        <translation></translation>
    </message>
    <message>
        <source>RPO worst</source>
        <translation></translation>
    </message>
    <message>
        <source>RTO worst</source>
        <translation></translation>
    </message>
    <message>
        <source>Availability (worst)</source>
        <translation></translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation></translation>
    </message>
    <message>
        <source>Design</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Find Designs</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open Design</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the selected design in the lab (its settings replace the current world&apos;s)</source>
        <translation></translation>
    </message>
    <message>
        <source>Set the targets and press Find Designs.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 designs: %2 screened out by the closed forms; %3 of at most %4 runs done, %5 so far</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n design(s) meet the targets</source>
        <translation>
            <numerusform>%n design meets the targets</numerusform>
            <numerusform>%n designs meet the targets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 designs as cheap as these passed the screens but were not simulated: the plan stops once enough designs meet the targets.</source>
        <translation></translation>
    </message>
    <message>
        <source>Finds the cheapest designs of this world that meet both targets on every seed: it screens every combination of architecture, home region and roles, replication, failover detection, split-brain protection, routing and health checks (tens of thousands) with the closed forms, then simulates the most promising of the rest with this scenario&apos;s faults (a standard region loss and partition when it has none).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::PlanEngine</name>
    <message numerus="yes">
        <source>left out %n setting or operator command(s) of the fault schedule: each design sets its own</source>
        <translation>
            <numerusform>left out %n setting or operator command of the fault schedule: each design sets its own</numerusform>
            <numerusform>left out %n setting or operator commands of the fault schedule: each design sets its own</numerusform>
        </translation>
    </message>
    <message>
        <source>the scenario has no faults: every design faces the standard ones (the primary&apos;s region crashes at 2m and returns at 6m, is cut off from 9m to 12m; 14m in all)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>RPO %1 &gt; %2 (%n acknowledged write(s) lost)</source>
        <translation>
            <numerusform>RPO %1 &gt; %2 (%n acknowledged write lost)</numerusform>
            <numerusform>RPO %1 &gt; %2 (%n acknowledged writes lost)</numerusform>
        </translation>
    </message>
    <message>
        <source>an incident had not recovered when the run ended</source>
        <translation></translation>
    </message>
    <message>
        <source>RTO %1 &gt; %2</source>
        <translation></translation>
    </message>
    <message>
        <source>targets missed</source>
        <translation></translation>
    </message>
    <message>
        <source>seed %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the faults the schedule aims at the scenario&apos;s primary region are aimed at each design&apos;s home region, and the other way round</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::PresenterMode</name>
    <message>
        <source>Kill the primary&apos;s region</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut the selected link both ways</source>
        <translation></translation>
    </message>
    <message>
        <source>Heal everything: every link, region and tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset the scenario</source>
        <translation></translation>
    </message>
    <message>
        <source>Space</source>
        <translation></translation>
    </message>
    <message>
        <source>Pause or play</source>
        <translation></translation>
    </message>
    <message>
        <source>Pointer on the map</source>
        <translation></translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation></translation>
    </message>
    <message>
        <source>Lesson: run the step, then the next one</source>
        <translation></translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation></translation>
    </message>
    <message>
        <source>Lesson: the previous step</source>
        <translation></translation>
    </message>
    <message>
        <source>Show or hide these keys</source>
        <translation></translation>
    </message>
    <message>
        <source>Esc Esc</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave presenter mode (F11 at once)</source>
        <translation></translation>
    </message>
    <message>
        <source>Presenter keys</source>
        <translation></translation>
    </message>
    <message>
        <source>Press Esc again to leave presenter mode</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::RegionPlaceDialog</name>
    <message>
        <source>Give the region a name first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add region</source>
        <translation></translation>
    </message>
    <message>
        <source>A region of your own at this place. Latency to it follows its distance, as for every region, and its cost follows its role. The simulation restarts with it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Move region</source>
        <translation></translation>
    </message>
    <message>
        <source>Latency to and from the region follows its new place. The simulation restarts from the new configuration; Undo moves it back.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation></translation>
    </message>
    <message>
        <source>Degrees north (negative: south)</source>
        <translation></translation>
    </message>
    <message>
        <source>Degrees east (negative: west)</source>
        <translation></translation>
    </message>
    <message>
        <source>°</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::ScenarioLibrary</name>
    <message>
        <source>Scenario library</source>
        <translation></translation>
    </message>
    <message>
        <source>Each built-in scenario is a small world with a failure to watch. Open one to run it in the lab; the world behind this window keeps running until you do.</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter by name, summary or topic</source>
        <translation></translation>
    </message>
    <message>
        <source>No scenario matches the filter.</source>
        <translation></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation></translation>
    </message>
    <message>
        <source>Scenario files you opened or saved lately; double-click to open one</source>
        <translation></translation>
    </message>
    <message>
        <source>Show at startup</source>
        <translation></translation>
    </message>
    <message>
        <source>Open &amp;lesson</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::SpeedControl</name>
    <message>
        <source>Speed:</source>
        <translation></translation>
    </message>
    <message>
        <source>Simulated seconds per second of your time, from 0.1× to as fast as the machine allows</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::SweepChart</name>
    <message>
        <source>mean over seeds</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 by %2: mean of %n seed(s), band from lowest to highest</source>
        <translation>
            <numerusform>%1 by %2: mean of %n seed, band from lowest to highest</numerusform>
            <numerusform>%1 by %2: mean of %n seeds, band from lowest to highest</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (s)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no run has a value</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::TimelineBar</name>
    <message>
        <source>%1 — click or drag to show this moment</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident #%1: from %2 to %3</source>
        <translation></translation>
    </message>
    <message>
        <source>This branch has been simulated to %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::TrafficMoveCommand</name>
    <message>
        <source>Send %1 to %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::UnitFormat</name>
    <message>
        <source>%1 ms</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation></translation>
    </message>
    <message>
        <source>ms</source>
        <translation></translation>
    </message>
    <message>
        <source>s</source>
        <translation></translation>
    </message>
    <message>
        <source>min</source>
        <translation></translation>
    </message>
    <message>
        <source>h</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::WeightsPanel</name>
    <message>
        <source>%1 % of this population&apos;s traffic under the weighted policy</source>
        <translation></translation>
    </message>
    <message>
        <source>A weight is a number of zero or more.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 would have no weight on any region: its users would have nowhere to go.</source>
        <translation></translation>
    </message>
    <message>
        <source>Routing is weighted: each row is a population&apos;s split across the regions. Double-click a cell to edit; drag a population on the map to send all of it to one region.</source>
        <translation></translation>
    </message>
    <message>
        <source>Weights steer traffic only under the weighted policy (now: %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>Use weighted routing</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fl::ui::WorldMapScene</name>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation></translation>
    </message>
    <message>
        <source>ready in %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation></translation>
    </message>
    <message>
        <source>down</source>
        <translation></translation>
    </message>
    <message>
        <source>healthy, held for operator failback</source>
        <translation></translation>
    </message>
    <message>
        <source>up, out of rotation</source>
        <translation></translation>
    </message>
    <message>
        <source>up, in rotation</source>
        <translation></translation>
    </message>
    <message>
        <source>up</source>
        <translation></translation>
    </message>
    <message>
        <source>app tier down</source>
        <translation></translation>
    </message>
    <message>
        <source>data tier down</source>
        <translation></translation>
    </message>
    <message>
        <source>cut</source>
        <translation></translation>
    </message>
    <message>
        <source>degraded: +%1 ms, %2 % loss</source>
        <translation></translation>
    </message>
    <message>
        <source>ok</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 ↔ %2&lt;/b&gt;&lt;br&gt;Round trip: %3 ms&lt;br&gt;%1 → %2: %4&lt;br&gt;%2 → %1: %5&lt;br&gt;&lt;i&gt;Click to cut, heal or degrade.&lt;/i&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Demand: %2&lt;br&gt;Success: %3 %&lt;br&gt;p99: %4 ms&lt;br&gt;Served by: %5&lt;br&gt;&lt;i&gt;Drag onto a region to send this traffic there.&lt;/i&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>data lost</source>
        <translation></translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation></translation>
    </message>
    <message>
        <source>deposed, still primary</source>
        <translation></translation>
    </message>
    <message>
        <source>lease lapsed</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: destroyed</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: none (votes only)</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: &lt;b&gt;deposed primary&lt;/b&gt; that still acknowledges writes (epoch %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: &lt;b&gt;primary&lt;/b&gt;, epoch %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: replica, epoch %1; lag %2 ms received, %3 ms applied (%4 entries behind)</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;br&gt;Being promoted to primary</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;br&gt;Lease: valid for %1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;br&gt;Lease: lapsed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: old primary, down (epoch %1); a newer primary took over</source>
        <translation></translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Role: %3&lt;br&gt;State: %4%5&lt;br&gt;Load: %6 of %7 capacity&lt;br&gt;Errors: %8 · p99: %9 ms&lt;br&gt;Queue: %10&lt;br&gt;&lt;i&gt;Right-click for actions; drop a population here to move its traffic; drag the region to move it.&lt;/i&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 capacity arriving&lt;br&gt;Queue: %4 waiting&lt;br&gt;&lt;i&gt;The text turns red while the region sheds requests it cannot serve in time.&lt;/i&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;&lt;i&gt;A replica&apos;s lag: green under 200 ms, amber under 1 s, red beyond (what a failover now would lose).&lt;/i&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 % of its attempts&lt;br&gt;Success of all its requests: %4 %&lt;br&gt;&lt;i&gt;Dots: green when 99 % or more succeed, amber from 90 %, red below.&lt;/i&gt;</source>
        <translation></translation>
    </message>
</context>
</TS>
