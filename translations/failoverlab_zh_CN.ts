<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>fl::app::Catalog</name>
    <message>
        <source>Regions (%1):</source>
        <translation>区域（%1 个）：</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>lat</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>lon</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>User populations (%1):</source>
        <translation>用户群（%1 个）：</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Latency model: one way = %1 ms + %2 × great-circle distance / %3 km/ms; users add %4 ms for the last mile.</source>
        <translation>延迟模型：单向 = %1 ms + %2 × 大圆距离 / %3 km/ms；用户另加 %4 ms 的最后一公里。</translation>
    </message>
    <message>
        <source>Modelled round-trip times in ms (rows and columns in catalog order):</source>
        <translation>模型给出的往返时间，单位 ms（行和列按目录顺序排列）：</translation>
    </message>
    <message>
        <source>Prints the regions and user populations the lab knows, and the round-trip times its latency model gives between the regions.</source>
        <translation>列出实验室已知的区域和用户群，以及延迟模型给出的区域间往返时间。</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>fl::app::ChartLook</name>
    <message>
        <source>--format and --preset apply to charts: add --charts DIR</source>
        <translation>--format 和 --preset 只用于图表：请加上 --charts DIR</translation>
    </message>
    <message>
        <source>--format: unknown format &apos;%1&apos; (use png, svg or pdf)</source>
        <translation>--format：未知格式 &apos;%1&apos;（可用 png、svg 或 pdf）</translation>
    </message>
    <message>
        <source>--preset: unknown preset &apos;%1&apos; (use slide, document or custom)</source>
        <translation>--preset：未知预设 &apos;%1&apos;（可用 slide、document 或 custom）</translation>
    </message>
</context>
<context>
    <name>fl::app::Cli</name>
    <message>
        <source>Measure the engine and the models (events and operations per second)</source>
        <translation>测量引擎和各模型的性能（每秒事件数和操作数）</translation>
    </message>
    <message>
        <source>Runs the benchmarks and prints their throughput.</source>
        <translation>运行基准测试并输出其吞吐量。</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>每行输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Run only the named benchmark (repeatable).</source>
        <translation>只运行指定名称的基准测试（可重复）。</translation>
    </message>
    <message>
        <source>Multiply the default amount of work (e.g. 0.1 for a quick look).</source>
        <translation>按此倍数调整默认工作量（例如用 0.1 快速看一眼）。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--scale must be a number in (0, 1000], not &apos;%1&apos;</source>
        <translation>--scale 必须是 (0, 1000] 范围内的数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown benchmark &apos;%1&apos;</source>
        <translation>未知的基准测试 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;failover-lab COMMAND --help&apos; for the options of a command.</source>
        <translation>运行 &apos;failover-lab COMMAND --help&apos; 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Failover Lab: multi-region replication, failover and split-brain, simulated. Without a command it opens the lab&apos;s window.</source>
        <translation>Failover Lab：模拟多区域复制、故障切换和 split-brain（脑裂）。不带命令时打开实验室窗口。</translation>
    </message>
    <message>
        <source>Language of the window: en or zh_CN.</source>
        <translation>窗口语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>A headless command (see below).</source>
        <translation>一个无界面命令（见下文）。</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation>未知语言 &apos;%1&apos;（请使用 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>Measure the lab&apos;s window instead: frame times and UI stalls (offscreen when there is no display).</source>
        <translation>改为测量实验室窗口：帧时间和界面卡顿（没有显示器时使用 offscreen）。</translation>
    </message>
    <message>
        <source>Print the region catalog and the modelled round-trip times</source>
        <translation>输出区域目录和模型给出的往返时间</translation>
    </message>
    <message>
        <source>List the built-in scenarios</source>
        <translation>列出内置场景</translation>
    </message>
    <message>
        <source>Run a scenario headless and report or export its metrics</source>
        <translation>无界面运行场景，报告或导出其指标</translation>
    </message>
    <message>
        <source>Open the window offscreen, run a scenario to a moment and save a PNG</source>
        <translation>在后台（offscreen）打开窗口，把场景运行到某一时刻并保存为 PNG</translation>
    </message>
    <message>
        <source>Open the built-in scenario NAME in the window (see &apos;list&apos;).</source>
        <translation>在窗口中打开名为 NAME 的内置场景（见 &apos;list&apos;）。</translation>
    </message>
    <message>
        <source>Or a scenario file (.flab.json or .json) to open in the window.</source>
        <translation>或者一个要在窗口中打开的场景文件（.flab.json 或 .json）。</translation>
    </message>
    <message>
        <source>give either a scenario file or --builtin NAME, not both</source>
        <translation>请给出场景文件或 --builtin NAME，不能同时给出</translation>
    </message>
    <message>
        <source>Join the shards of a sweep into the rows and summary of the whole</source>
        <translation>把一次扫描的各分片合并为整体的行与汇总</translation>
    </message>
    <message>
        <source>Run a scenario over a grid of settings and seeds on every core; one CSV row per run</source>
        <translation>在所有核心上按设置网格与种子运行场景；每次运行一行 CSV</translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation>--seed：应为 0 到 18446744073709551615 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duration: expected a duration longer than 0s and at most %1, such as 90s or 10m, not &apos;%2&apos;</source>
        <translation>--duration：应为大于 0s 且不超过 %1 的时长，如 90s 或 10m，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Find the cheapest designs that meet RPO and RTO targets, proven by simulation</source>
        <translation>找出满足 RPO 和 RTO 目标的最便宜设计，并用模拟验证</translation>
    </message>
    <message>
        <source>A scenario file (JSON).</source>
        <translation>场景文件（JSON）。</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation>--lang：未知语言 &apos;%1&apos;（请用 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>give either a scenario file or --builtin NAME</source>
        <translation>请给出场景文件或 --builtin NAME，二者选一</translation>
    </message>
    <message>
        <source>Run two designs through one fault schedule and print the measured comparison</source>
        <translation>让两种设计经历同一份故障时间表，并打印实测对比</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Play a guided lesson headless: measured outcomes, answer keys and grades</source>
        <translation>无界面播放一节引导课程：测得的结果、答案与评分</translation>
    </message>
    <message>
        <source>List the guided lessons</source>
        <translation>列出引导课程</translation>
    </message>
    <message>
        <source>Open the lesson ID in the window&apos;s lesson dock (see &apos;lessons&apos;).</source>
        <translation>在窗口的课程面板中打开课程 ID（见 &apos;lessons&apos;）。</translation>
    </message>
    <message>
        <source>--lesson brings its own scenario: give no scenario file or --builtin with it</source>
        <translation>--lesson 自带场景：不要同时给出场景文件或 --builtin</translation>
    </message>
    <message>
        <source>Open the scenario beside design B (a built-in name or a scenario file) in the compare view.</source>
        <translation>在对比视图中把该场景与设计 B（内置场景名或场景文件）并排打开。</translation>
    </message>
    <message>
        <source>--compare-with needs side A: a scenario file or --builtin NAME</source>
        <translation>--compare-with 需要 A 侧：一个场景文件或 --builtin NAME</translation>
    </message>
</context>
<context>
    <name>fl::app::Compare</name>
    <message>
        <source>A built-in scenario (see &apos;list&apos;) as a side; give it twice for A and B, or once with --set-a/--set-b.</source>
        <translation>以一个内置场景（见 &apos;list&apos;）作为一方；给两次分别作为 A 和 B，或给一次并配合 --set-a/--set-b。</translation>
    </message>
    <message>
        <source>Change one field of A before validation (repeatable), as run&apos;s --set.</source>
        <translation>在校验之前修改 A 的一个字段（可重复），用法同 run 的 --set。</translation>
    </message>
    <message>
        <source>Change one field of B before validation (repeatable), e.g. data.mode=sync-quorum.</source>
        <translation>在校验之前修改 B 的一个字段（可重复），例如 data.mode=sync-quorum。</translation>
    </message>
    <message>
        <source>Run both sides with this seed (default: A&apos;s).</source>
        <translation>双方都使用这个种子（默认：A 的种子）。</translation>
    </message>
    <message>
        <source>Run both sides for T (default: A&apos;s duration).</source>
        <translation>双方都运行 T 时长（默认：A 的时长）。</translation>
    </message>
    <message>
        <source>Write the comparison, with each side&apos;s full run report, as JSON to FILE (&apos;-&apos; for stdout).</source>
        <translation>把对比结果连同每一方的完整运行报告以 JSON 写入 FILE（&apos;-&apos; 表示标准输出）。</translation>
    </message>
    <message>
        <source>Write comparison.csv, and each side&apos;s run CSV files into a/ and b/, into DIR.</source>
        <translation>在 DIR 中写入 comparison.csv，并把每一方的运行 CSV 文件分别写入 a/ 和 b/。</translation>
    </message>
    <message>
        <source>Draw the charts with A and B over each other into DIR.</source>
        <translation>把 A 与 B 叠加在一起的图表绘制到 DIR。</translation>
    </message>
    <message>
        <source>Chart file format: png, svg or pdf (default png).</source>
        <translation>图表文件格式：png、svg 或 pdf（默认 png）。</translation>
    </message>
    <message>
        <source>Charts for a use: slide, document or custom (default).</source>
        <translation>图表用途：slide（幻灯片）、document（文档）或 custom（默认）。</translation>
    </message>
    <message>
        <source>Write each side&apos;s effective scenario (a.json, b.json) into DIR: &apos;run&apos; of either gives that side&apos;s figures.</source>
        <translation>把每一方实际运行的场景（a.json、b.json）写入 DIR：对其中任一个执行 &apos;run&apos; 即得到该方的数据。</translation>
    </message>
    <message>
        <source>Language of the table and the charts: en or zh_CN.</source>
        <translation>表格与图表的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Print no table.</source>
        <translation>不打印表格。</translation>
    </message>
    <message>
        <source>Refuse when the two runs&apos; estimated memory exceeds SIZE, e.g. 4G (default: half the physical memory).</source>
        <translation>两次运行的估计内存合计超过 SIZE 时拒绝运行，例如 4G（默认：物理内存的一半）。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Runs two designs through one experiment: the same seed, duration and fault schedule (A&apos;s faults and traffic commands replace B&apos;s own), and prints the measured comparison.</source>
        <translation>让两种设计经历同一个实验：相同的种子、时长和故障时间表（A 的故障和流量命令取代 B 自己的），并打印实测对比。</translation>
    </message>
    <message>
        <source>Scenario file of side A (JSON).</source>
        <translation>A 方的场景文件（JSON）。</translation>
    </message>
    <message>
        <source>Scenario file of side B (JSON).</source>
        <translation>B 方的场景文件（JSON）。</translation>
    </message>
    <message>
        <source>give two scenarios (files or --builtin NAME, A first), or one with --set-a/--set-b</source>
        <translation>请给出两个场景（文件或 --builtin NAME，A 在前），或给出一个并配合 --set-a/--set-b</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>one scenario compares with itself: add --set-a or --set-b, or give a second scenario</source>
        <translation>一个场景只会和它自己比较：请加上 --set-a 或 --set-b，或给出第二个场景</translation>
    </message>
    <message>
        <source>--memory-limit: expected a size such as 512M or 4G, not &apos;%1&apos;</source>
        <translation>--memory-limit：应为 512M 或 4G 这样的大小，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a side would simulate about %1 requests, more than the %2 a run may take; shorten it (--duration) or lower the rates</source>
        <translation>有一方将模拟约 %1 个请求，超过单次运行允许的 %2 个；请缩短时长（--duration）或降低请求速率</translation>
    </message>
    <message>
        <source> (both sides together; raise the limit with --memory-limit)</source>
        <translation>（双方合计；可用 --memory-limit 提高上限）</translation>
    </message>
    <message>
        <source>--%1: cannot create the directory %2</source>
        <translation>--%1：无法创建目录 %2</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Both ran for %1 with seed %2 and A&apos;s schedule of %n command(s).</source>
        <translation>
            <numerusform>双方都以种子 %2 运行了 %1，使用 A 的时间表（%n 条命令）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Both sides&apos; users issued the same requests (workload hash %1).</source>
        <translation>双方的用户发出了完全相同的请求（负载哈希 %1）。</translation>
    </message>
    <message>
        <source>The sides&apos; users issued different requests (their populations or traffic differ), so the figures compare different workloads.</source>
        <translation>双方的用户发出的请求不同（用户群或流量不同），因此这些数字比较的是不同的负载。</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>better</source>
        <translation>更优</translation>
    </message>
</context>
<context>
    <name>fl::app::Fork</name>
    <message>
        <source>--fork-at: %1 is not before the end of the run (%2)</source>
        <translation>--fork-at：%1 不早于运行结束时间（%2）</translation>
    </message>
    <message>
        <source>--set %1: this setting takes effect only when a run starts, so a fork at %2 cannot change it (live: routing.policy, routing.mechanism, routing.dns_ttl, data.mode, data.clock_skew, regions[].role, populations[].rate, populations[].weights, populations[].own_weights; or fork at 0s)</source>
        <translation>--set %1：这个设置只在运行开始时生效，因此在 %2 分叉无法改变它（可在运行中改变的有：routing.policy、routing.mechanism、routing.dns_ttl、data.mode、data.clock_skew、regions[].role、populations[].rate、populations[].weights、populations[].own_weights；或在 0s 分叉）</translation>
    </message>
</context>
<context>
    <name>fl::app::Lesson</name>
    <message>
        <source>Lists the guided lessons: id, topic, title, steps and questions. Play one with &apos;failover-lab lesson ID&apos;.</source>
        <translation>列出引导课程：id、主题、标题、步骤数和问题数。用 &apos;failover-lab lesson ID&apos; 播放其中一节。</translation>
    </message>
    <message>
        <source>Print the list as JSON, titles in both languages.</source>
        <translation>以 JSON 输出列表，标题包含两种语言。</translation>
    </message>
    <message>
        <source>Language of the titles: en or zh_CN.</source>
        <translation>标题的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--answer: expected N=VALUE (N the question&apos;s number), not &apos;%1&apos;</source>
        <translation>--answer：应为 N=VALUE（N 为问题编号），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>; primary %1</source>
        <translation>；primary 为 %1</translation>
    </message>
    <message>
        <source>; serving %1</source>
        <translation>；服务区域 %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未恢复</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Plays a lesson to its end headless: each step&apos;s measured outcome, each question&apos;s answer key (measured from the run) and the grade of the answers given.</source>
        <translation>无界面地把一节课程播放到结束：每一步测得的结果、每个问题的答案（从运行中测得）以及所给答案的评分。</translation>
    </message>
    <message>
        <source>Language: en or zh_CN.</source>
        <translation>语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>An answer to question N (from 1): an option&apos;s id or number, a number, or an ordering as ids separated by commas.</source>
        <translation>第 N 个问题（从 1 开始）的答案：选项的 id 或序号、一个数字，或用逗号分隔 id 的排序。</translation>
    </message>
    <message>
        <source>Write the played lesson as JSON (&apos;-&apos; for standard output).</source>
        <translation>把播放过的课程写成 JSON（&apos;-&apos; 表示标准输出）。</translation>
    </message>
    <message>
        <source>Print nothing but errors.</source>
        <translation>只输出错误。</translation>
    </message>
    <message>
        <source>A lesson&apos;s id, or a lesson file.</source>
        <translation>课程 id，或一个课程文件。</translation>
    </message>
    <message>
        <source>name a lesson (failover-lab lessons lists them)</source>
        <translation>请指定一节课程（failover-lab lessons 会列出它们）</translation>
    </message>
    <message>
        <source>Lesson %1 · %2</source>
        <translation>第 %1 课 · %2</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>场景：%1</translation>
    </message>
    <message>
        <source> (with %1)</source>
        <translation>（附加 %1）</translation>
    </message>
    <message>
        <source>Step %1/%2 · %3 (%4 → %5)</source>
        <translation>第 %1/%2 步 · %3（%4 → %5）</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation>测得：%1</translation>
    </message>
    <message>
        <source>lesson %1, step %2: the run cannot answer its question: %3</source>
        <translation>课程 %1 第 %2 步：运行结果无法回答它的问题：%3</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <source>Options: %1</source>
        <translation>选项：%1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>条目：%1</translation>
    </message>
    <message>
        <source>Measured answer: %1</source>
        <translation>测得的答案：%1</translation>
    </message>
    <message>
        <source>Your answer %1: %2</source>
        <translation>你的答案 %1：%2</translation>
    </message>
    <message>
        <source>Takeaway: %1</source>
        <translation>要点：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln 步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--answer %1: this lesson has %Ln question(s)</source>
        <translation>
            <numerusform>--answer %1：这节课只有 %Ln 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %2 requests succeeded; %Ln acknowledged write(s) lost</source>
        <translation>
            <numerusform>%2 个请求中 %1% 成功；丢失 %Ln 条已确认写入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln stale read(s)</source>
        <translation>
            <numerusform>；%Ln 次陈旧读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>incident at %1 in %2: RTO %3, RPO %4, %Ln write(s) lost</source>
        <translation>
            <numerusform>%1 发生于 %2 的事故：RTO %3，RPO %4，丢失 %Ln 条写入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Score: %1 of %2 answered right (%Ln question(s) in the lesson)</source>
        <translation>
            <numerusform>得分：已答 %2 题，答对 %1 题（本课共 %Ln 个问题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::app::List</name>
    <message>
        <source>Lists the built-in scenarios, one a line: its name, then what it shows. Run one with &apos;failover-lab run --builtin NAME&apos;.</source>
        <translation>列出内置场景，每行一个：先是名称，然后是它演示的内容。用 &apos;failover-lab run --builtin NAME&apos; 运行其中一个。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>fl::app::Merge</name>
    <message>
        <source>Joins the rows files of a sweep&apos;s shards (sweep --shard I/N --csv FILE) into the rows of the whole sweep, byte for byte what the sweep without --shard writes, with its summary and charts.</source>
        <translation>把一次扫描各分片的行文件（sweep --shard I/N --csv FILE）合并为整次扫描的行，与不带 --shard 的扫描逐字节相同，并写出汇总与图表。</translation>
    </message>
    <message>
        <source>Language of the messages and charts: en or zh_CN.</source>
        <translation>消息与图表的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Print nothing but errors.</source>
        <translation>只打印错误。</translation>
    </message>
    <message>
        <source>The shards&apos; rows files.</source>
        <translation>各分片的行文件。</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation>--lang：未知语言 &apos;%1&apos;（请用 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>name the shards&apos; rows files</source>
        <translation>请给出各分片的行文件</translation>
    </message>
    <message>
        <source>--csv: name the merged rows file (&apos;-&apos; for stdout)</source>
        <translation>--csv：请给出合并后的行文件（&apos;-&apos; 表示标准输出）</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: larger than 2 GB, not a sweep&apos;s rows</source>
        <translation>%1：大于 2 GB，不是扫描的行文件</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::app::Plan</name>
    <message>
        <source>Plan for the built-in scenario NAME.</source>
        <translation>为内置场景 NAME 做规划。</translation>
    </message>
    <message>
        <source>Change one field of the world before planning (repeatable).</source>
        <translation>规划前修改世界的一个字段（可重复）。</translation>
    </message>
    <message>
        <source>The RPO target: the longest span of acknowledged writes one incident may lose (e.g. 0s, 1s).</source>
        <translation>RPO 目标：一次事故最多可丢失多长时间跨度的已确认写入（如 0s、1s）。</translation>
    </message>
    <message>
        <source>The RTO target: the longest one incident may take until users are served again (e.g. 90s, 5m).</source>
        <translation>RTO 目标：一次事故到用户重新得到服务最多可用多久（如 90s、5m）。</translation>
    </message>
    <message>
        <source>The most a design may cost per hour, before it scales up.</source>
        <translation>设计在扩容之前每小时最多可花费的成本。</translation>
    </message>
    <message>
        <source>Seeds every design must meet the targets on (default 3).</source>
        <translation>每个设计必须在多少个种子上都达到目标（默认 3）。</translation>
    </message>
    <message>
        <source>The first seed (default: the scenario&apos;s).</source>
        <translation>第一个种子（默认：场景自己的）。</translation>
    </message>
    <message>
        <source>Run each design for T instead of the scenario&apos;s duration.</source>
        <translation>每个设计运行 T，而不是场景的时长。</translation>
    </message>
    <message>
        <source>Runs at once (default: the number of cores).</source>
        <translation>同时进行的运行数（默认：核心数）。</translation>
    </message>
    <message>
        <source>How many designs to recommend (default 5): simulation stops once this many meet the targets and every cheaper one has been tried.</source>
        <translation>推荐多少个设计（默认 5）：当这么多设计达到目标、且所有更便宜的都已试过时，模拟停止。</translation>
    </message>
    <message>
        <source>Write the plan as JSON to FILE (&apos;-&apos; for stdout).</source>
        <translation>把规划以 JSON 写入 FILE（&apos;-&apos; 表示标准输出）。</translation>
    </message>
    <message>
        <source>Write each recommended design as a scenario file into DIR.</source>
        <translation>把每个推荐的设计作为场景文件写入 DIR。</translation>
    </message>
    <message>
        <source>Language of the output: en or zh_CN.</source>
        <translation>输出语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>不打印进度。</translation>
    </message>
    <message>
        <source>--%1: a plan needs both targets, e.g. --rpo 0s --rto 2m</source>
        <translation>--%1：规划需要两个目标，例如 --rpo 0s --rto 2m</translation>
    </message>
    <message>
        <source>--%1: expected a duration from 0s to 24h, such as 0s, 30s or 5m, not &apos;%2&apos;</source>
        <translation>--%1：应为 0s 到 24h 之间的时长，如 0s、30s 或 5m，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--budget: expected a cost per hour above 0, not &apos;%1&apos;</source>
        <translation>--budget：应为大于 0 的每小时成本，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seeds: expected a whole number from 1 to 1000, not &apos;%1&apos;</source>
        <translation>--seeds：应为 1 到 1000 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--top: expected a whole number from 1 to 1000, not &apos;%1&apos;</source>
        <translation>--top：应为 1 到 1000 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-runs: expected a whole number from --seeds to 10000000, not &apos;%1&apos;</source>
        <translation>--max-runs：应为从 --seeds 到 10000000 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--jobs: expected a whole number from 1 to 1024, not &apos;%1&apos;</source>
        <translation>--jobs：应为 1 到 1024 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>stopped at --max-runs %1: designs not simulated may be better</source>
        <translation>在 --max-runs %1 处停止：未模拟的设计可能更好</translation>
    </message>
    <message>
        <source>interrupted: what follows covers only the designs simulated so far</source>
        <translation>已中断：以下只涵盖目前已模拟的设计</translation>
    </message>
    <message>
        <source>%1/h · RPO worst %2, mean %3 · RTO worst %4, mean %5 · availability %6 % · p99 %7 ms
     %8</source>
        <translation>%1/小时 · RPO 最差 %2，均值 %3 · RTO 最差 %4，均值 %5 · 可用性 %6 % · p99 %7 ms
     %8</translation>
    </message>
    <message>
        <source>Designs that meet RPO ≤ %1 and RTO ≤ %2 on every seed, cheapest first:</source>
        <translation>在每个种子上都满足 RPO ≤ %1 且 RTO ≤ %2 的设计，按成本从低到高：</translation>
    </message>
    <message>
        <source>None found: no design simulated meets RPO ≤ %1 and RTO ≤ %2 on every seed.</source>
        <translation>未找到：没有任何已模拟的设计在每个种子上都满足 RPO ≤ %1 且 RTO ≤ %2。</translation>
    </message>
    <message>
        <source>The closest designs:</source>
        <translation>最接近的设计：</translation>
    </message>
    <message>
        <source>Cheaper designs that failed:</source>
        <translation>更便宜但未达标的设计：</translation>
    </message>
    <message>
        <source>Screened out by the closed forms (no simulation needed):</source>
        <translation>被闭式公式筛掉的（无需模拟）：</translation>
    </message>
    <message>
        <source>--emit: cannot create the directory %1</source>
        <translation>--emit：无法创建目录 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 个并行任务</numerusform>
        </translation>
    </message>
    <message>
        <source>The most simulations a plan may take (default 500).</source>
        <translation>一次规划最多可做的模拟次数（默认 500）。</translation>
    </message>
    <message>
        <source>Finds the designs of this world and workload that meet an RPO and an RTO target on every seed, cheapest first: it screens every candidate architecture, home region and roles, replication mode, failover detection, split-brain protection, routing and health-check setting (tens of thousands) with the closed forms, then confirms the survivors by simulating them with the scenario&apos;s fault schedule (or a standard region loss and partition when it has none).</source>
        <translation>为这个世界和负载找出在每个种子上都满足 RPO 和 RTO 目标的设计，最便宜的在前：先用闭式公式筛选每一种候选的架构、主区域与角色、复制模式、故障转移检测、split-brain 防护、路由和健康检查设置（数万个），再用场景的故障计划（没有时用标准的区域丢失和分区）模拟留下的设计加以确认。</translation>
    </message>
    <message>
        <source>%1 designs considered, screened in %2 s: %3 screened out by the closed forms (%4 over the budget, %5 by the async-loss bound, %6 by the RTO bound), %7 not valid for this world</source>
        <translation>共考虑 %1 个设计，筛选用时 %2 s：%3 个被闭式公式筛掉（%4 个超出预算，%5 个被异步丢失下界筛掉，%6 个被 RTO 下界筛掉），%7 个对这个世界无效</translation>
    </message>
    <message>
        <source>%1 designs that passed the screens and cost no more before scaling than the recommended ones were not simulated: the plan stops once --top designs meet the targets</source>
        <translation>有 %1 个通过筛选、扩容前价格不高于推荐设计的设计未经模拟：一旦有 --top 个设计满足目标，规划即停止</translation>
    </message>
    <message>
        <source>each on one seed</source>
        <translation>每个在一个种子上</translation>
    </message>
    <message>
        <source>%1 designs simulated (%2): %3 runs in %4 s on %5</source>
        <translation>模拟了 %1 个设计（%2）：%3 次运行，用时 %4 s，%5</translation>
    </message>
    <message numerus="yes">
        <source>each on the first seed, and on the other %n seed(s) once it met the targets there</source>
        <translation>
            <numerusform>每个先在第一个种子上运行，在其上满足目标后再在其余 %n 个种子上运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::app::Run</name>
    <message>
        <source>Run the built-in scenario NAME (see &apos;list&apos;).</source>
        <translation>运行名为 NAME 的内置场景（见 &apos;list&apos;）。</translation>
    </message>
    <message>
        <source>Use this random seed instead of the scenario&apos;s.</source>
        <translation>使用此随机种子，代替场景中的种子。</translation>
    </message>
    <message>
        <source>Run for T (e.g. 90s, 10m) instead of the scenario&apos;s duration; faults after the new end are left out.</source>
        <translation>运行时长 T（如 90s、10m），代替场景中的时长；排在新结束时间之后的故障会被略去。</translation>
    </message>
    <message>
        <source>Write the metrics as JSON to FILE (&apos;-&apos; for stdout).</source>
        <translation>将指标以 JSON 写入 FILE（&apos;-&apos; 表示标准输出）。</translation>
    </message>
    <message>
        <source>Write the metrics as CSV files into DIR.</source>
        <translation>将指标以 CSV 文件写入目录 DIR。</translation>
    </message>
    <message>
        <source>Draw the charts into DIR.</source>
        <translation>将图表绘制到目录 DIR。</translation>
    </message>
    <message>
        <source>Chart file format: png, svg or pdf (default png).</source>
        <translation>图表文件格式：png、svg 或 pdf（默认 png）。</translation>
    </message>
    <message>
        <source>Chart size in pixels, WIDTHxHEIGHT (default 1200x700).</source>
        <translation>图表尺寸（像素），格式为 WIDTHxHEIGHT（默认 1200x700）。</translation>
    </message>
    <message>
        <source>Chart resolution in dots per inch (default 96).</source>
        <translation>图表分辨率，单位为每英寸点数（默认 96）。</translation>
    </message>
    <message>
        <source>Language of the summary and the charts: en or zh_CN.</source>
        <translation>摘要和图表的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Print no summary (errors still go to stderr).</source>
        <translation>不输出摘要（错误仍写到标准错误）。</translation>
    </message>
    <message>
        <source>Runs a scenario as fast as the machine allows, prints a summary and writes its metrics.</source>
        <translation>以机器允许的最快速度运行一个场景，输出摘要并写出其指标。</translation>
    </message>
    <message>
        <source>--format: unknown chart format &apos;%1&apos; (use png, svg or pdf)</source>
        <translation>--format：未知的图表格式 &apos;%1&apos;（请使用 png、svg 或 pdf）</translation>
    </message>
    <message>
        <source>--dpi: expected a whole number from 24 to 1200, not &apos;%1&apos;</source>
        <translation>--dpi：应为 24 到 1200 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--csv: cannot create the directory %1</source>
        <translation>--csv：无法创建目录 %1</translation>
    </message>
    <message>
        <source>--charts: cannot create the directory %1</source>
        <translation>--charts：无法创建目录 %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Latency by population (ms; successful requests, retries included):</source>
        <translation>各用户群的延迟（ms；仅统计成功请求，含重试）：</translation>
    </message>
    <message>
        <source>population</source>
        <translation>用户群</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Errors by region (request attempts, retries counted separately):</source>
        <translation>各区域的错误（按请求尝试计，重试单独计数）：</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>shed</source>
        <translation>降载丢弃</translation>
    </message>
    <message>
        <source>Timeline (simulated time):</source>
        <translation>时间线（模拟时间）：</translation>
    </message>
    <message>
        <source>nothing happened: no command was applied and no region changed state</source>
        <translation>什么也没有发生：没有执行任何命令，也没有区域改变状态</translation>
    </message>
    <message>
        <source>RPO at most %1</source>
        <translation>RPO 不超过 %1</translation>
    </message>
    <message>
        <source>RTO at most %1</source>
        <translation>RTO 不超过 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Targets: %1; met by every incident.</source>
        <translation>目标：%1；所有事故均达标。</translation>
    </message>
    <message>
        <source>Targets: %1; missed:</source>
        <translation>目标：%1；未达标：</translation>
    </message>
    <message>
        <source>not recovered by the end of the run</source>
        <translation>运行结束时仍未恢复</translation>
    </message>
    <message>
        <source>incident %1: RPO %2 (target %3)</source>
        <translation>事故 %1：RPO %2（目标 %3）</translation>
    </message>
    <message>
        <source>incident %1: RTO %2 (target %3)</source>
        <translation>事故 %1：RTO %2（目标 %3）</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>场景 %1</translation>
    </message>
    <message>
        <source>Simulated %1 s with seed %2 in %3 s of wall time: %4 events, trace hash %5.</source>
        <translation>以种子 %2 模拟了 %1 秒，实际耗时 %3 秒：共 %4 个模拟事件，轨迹哈希 %5。</translation>
    </message>
    <message>
        <source>Requests: %1 finished, %2 succeeded, %3 failed (timed out %4, unreachable %5, shed %6); %7 still in flight at the end.</source>
        <translation>请求：完成 %1，成功 %2，失败 %3（超时 %4，不可达 %5，降载丢弃 %6）；结束时仍有 %7 个在途。</translation>
    </message>
    <message>
        <source>Availability: %1 of requests; %2 of the time (%3 of %4 intervals with at least %5 of requests succeeding).</source>
        <translation>可用性：按请求计 %1；按时间计 %2（%4 个区间中有 %3 个区间的请求成功率不低于 %5）。</translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation>已写出：</translation>
    </message>
    <message>
        <source>... and %1 more, in the --json output</source>
        <translation>……另有 %1 条，见 --json 输出</translation>
    </message>
    <message>
        <source>(the event log dropped the %1 earliest events)</source>
        <translation>（事件日志丢弃了最早的 %1 个事件）</translation>
    </message>
    <message>
        <source>Fault commands applied: %1.</source>
        <translation>已执行的故障命令：%1 条。</translation>
    </message>
    <message>
        <source>Left out: %1, scheduled after the end that --duration set.</source>
        <translation>略去：%1 条，它们排在 --duration 设定的结束时间之后。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Incidents: none.</source>
        <translation>事故：无。</translation>
    </message>
    <message>
        <source>detected after %1</source>
        <translation>%1 后检测到</translation>
    </message>
    <message>
        <source>promoted after %1</source>
        <translation>%1 后完成提升</translation>
    </message>
    <message>
        <source>rerouted after %1</source>
        <translation>%1 后完成路由切换</translation>
    </message>
    <message>
        <source>not recovered when the run ended, %1 after the fault</source>
        <translation>运行结束时仍未恢复，距故障已过 %1</translation>
    </message>
    <message>
        <source>users served again after %1 (RTO)</source>
        <translation>%1 后用户重新得到服务（RTO）</translation>
    </message>
    <message>
        <source>%1 acknowledged writes lost (RPO %2)</source>
        <translation>丢失已确认的写入 %1 条（RPO %2）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Targets: %1; no incident to hold them to.</source>
        <translation>目标：%1；没有可供检验的事故。</translation>
    </message>
    <message>
        <source>(%1 more times, the last at %2)</source>
        <translation>（另有 %1 次，最后一次在 %2）</translation>
    </message>
    <message>
        <source>Data: single primary in %1, %2 replication.</source>
        <translation>数据：单 primary，位于 %1，%2 复制。</translation>
    </message>
    <message>
        <source>Data: every region a primary, conflicts resolved by %1.</source>
        <translation>数据：每个区域都是 primary，冲突按 %1 解决。</translation>
    </message>
    <message>
        <source>Data: each key owned by one region (%1), %2 replication.</source>
        <translation>数据：每个键归属一个区域（%1），%2 复制。</translation>
    </message>
    <message>
        <source>quorum election</source>
        <translation>多数派（quorum）选举</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>隔离（fencing）</translation>
    </message>
    <message>
        <source>leases of %1</source>
        <translation>%1 的租约</translation>
    </message>
    <message>
        <source>Failover: automatic, controller in %1; %2.</source>
        <translation>故障切换：自动，控制器位于 %1；%2。</translation>
    </message>
    <message>
        <source>Failover: manual, alerts from %1; %2.</source>
        <translation>故障切换：手动，告警来自 %1；%2。</translation>
    </message>
    <message>
        <source>no split-brain protection</source>
        <translation>没有 split-brain 防护</translation>
    </message>
    <message>
        <source>Writes: %1 issued; %2 acknowledged, %3 failed, %4 indeterminate (timed out), %5 still in flight.</source>
        <translation>写入：发出 %1 条；已确认 %2，失败 %3，结果不确定（超时）%4，仍在途中 %5。</translation>
    </message>
    <message>
        <source>Conflicts: %1 (LWW dropped %2 concurrent writes and %3 because of clock skew); %4 orphans reconciled at rejoin.</source>
        <translation>冲突：%1（LWW 丢弃并发写入 %2 条，因时钟偏差丢弃 %3 条）；重新加入时协调孤儿写入 %4 条。</translation>
    </message>
    <message>
        <source>Reads judged: %1; stale %2 (%3); read-your-writes violations %4; monotonic-read violations %5.</source>
        <translation>判定的读取：%1；陈旧读 %2（%3）；违反“读己之写” %4 次；违反单调读 %5 次。</translation>
    </message>
    <message>
        <source>Synchronous replication fell back to asynchronous %1 times.</source>
        <translation>同步复制退化为异步 %1 次。</translation>
    </message>
    <message>
        <source>Split-brain: two primaries during %1; divergent keys %2 at the end (peak %3); fencing refused %4 stale-epoch writes; %5 stale-epoch writes applied.</source>
        <translation>Split-brain：两个 primary 并存 %1；结束时分歧键 %2 个（峰值 %3）；fencing 拒绝旧 epoch 写入 %4 条；已应用旧 epoch 写入 %5 条。</translation>
    </message>
    <message>
        <source>Replication lag by region (the age of the oldest entry not yet received or applied, in ms, and the entries not yet received; the peak over the run and the value at the end):</source>
        <translation>各区域复制延迟（尚未接收或尚未应用的最旧条目的年龄，单位 ms；以及尚未接收的条目数；整个运行中的峰值和结束时的值）：</translation>
    </message>
    <message>
        <source>receive peak</source>
        <translation>接收峰值</translation>
    </message>
    <message>
        <source>apply peak</source>
        <translation>应用峰值</translation>
    </message>
    <message>
        <source>receive end</source>
        <translation>接收结束值</translation>
    </message>
    <message>
        <source>apply end</source>
        <translation>应用结束值</translation>
    </message>
    <message>
        <source>behind peak</source>
        <translation>落后峰值</translation>
    </message>
    <message>
        <source>behind end</source>
        <translation>落后结束值</translation>
    </message>
    <message>
        <source>Cost: %1 per hour at the end; %2 over the run (units per region-hour by role).</source>
        <translation>成本：结束时每小时 %1；整个运行共 %2（按角色计价的区域小时单位）。</translation>
    </message>
    <message>
        <source>Refuse a scenario whose estimated memory exceeds SIZE, e.g. 2G (default: half the physical memory).</source>
        <translation>若场景的估计内存超过 SIZE（例如 2G）则拒绝运行（默认：物理内存的一半）。</translation>
    </message>
    <message>
        <source>--chart-size: expected WIDTHxHEIGHT from 10x10 to %1x%1 pixels, e.g. 1200x700, not &apos;%2&apos;</source>
        <translation>--chart-size：应为 WIDTHxHEIGHT，范围 10x10 到 %1x%1 像素，例如 1200x700，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--memory-limit: expected a size such as 512M or 4G, not &apos;%1&apos;</source>
        <translation>--memory-limit：应为 512M 或 4G 这样的大小，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>simulated %1 of %2 (%3 %)</source>
        <translation>已模拟 %1 / %2（%3%）</translation>
    </message>
    <message>
        <source> (raise the limit with --memory-limit)</source>
        <translation>（可用 --memory-limit 提高上限）</translation>
    </message>
    <message>
        <source>the scenario would simulate about %1 requests (populations[*].rate × duration; rates above 100,000/s per population are issued faster than set, since arrival gaps are whole microseconds), more than the %2 a run may take; shorten it (--duration) or lower the rates</source>
        <translation>该场景将模拟约 %1 个请求（populations[*].rate × duration；由于到达间隔取整到微秒，每个用户群超过 100,000/秒 的速率实际发出的请求会多于设定值），超过了单次运行允许的 %2 个；请缩短时长（--duration）或降低请求速率</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Incidents (from the fault until every affected population is served again, and on to the heal):</source>
        <translation>事故（从故障到每个受影响的用户群重新得到服务，再到故障修复）：</translation>
    </message>
    <message>
        <source>closed at the heal after %1</source>
        <translation>故障修复后关闭，距故障 %1</translation>
    </message>
    <message>
        <source>healed after %1, writes still awaiting their fate</source>
        <translation>%1 后修复，仍有写入等待最终结果</translation>
    </message>
    <message>
        <source>not healed when the run ended</source>
        <translation>运行结束时尚未修复</translation>
    </message>
    <message>
        <source>harmed: service %1; data (acknowledged writes lost) %2; reads (stale) %3</source>
        <translation>受损：服务 %1；数据（已确认写入丢失）%2；读取（陈旧）%3</translation>
    </message>
    <message>
        <source>acknowledged writes before the fault: %1/s</source>
        <translation>故障前的已确认写入：%1/秒</translation>
    </message>
    <message>
        <source>Copies detached past the log retention: %1 (%2 log entries dropped before they had them); re-seeded from a snapshot: %3.</source>
        <translation>超出日志保留而被分离的副本：%1（在它们收到之前丢弃的日志条目 %2 条）；从快照重新播种：%3。</translation>
    </message>
    <message>
        <source>; promoted %1, which at the failure was %2 ms and %3 entries behind</source>
        <translation>；提升了 %1，故障时它落后 %2 毫秒、%3 条日志</translation>
    </message>
    <message>
        <source>Charts for a use: slide (16:9, 3840x2160 px at 2x, large type, thick lines), document (page width at 300 dpi) or custom (default); --chart-size and --dpi override its size.</source>
        <translation>按用途绘制图表：slide（幻灯片，16:9，3840x2160 像素即 2 倍，大字号、粗线条）、document（文档，页宽、300 dpi）或 custom（自定义，默认）；--chart-size 和 --dpi 会覆盖其尺寸。</translation>
    </message>
    <message>
        <source>--format, --preset, --chart-size and --dpi apply to charts: add --charts DIR</source>
        <translation>--format、--preset、--chart-size 和 --dpi 只用于图表：请加上 --charts DIR</translation>
    </message>
    <message>
        <source>--preset: unknown preset &apos;%1&apos; (use slide, document or custom)</source>
        <translation>--preset：未知的预设“%1”（可用 slide、document 或 custom）</translation>
    </message>
    <message>
        <source>%1: reads p50 %2, p99 %3; writes p50 %4, p99 %5</source>
        <translation>%1：读 p50 %2，p99 %3；写 p50 %4，p99 %5</translation>
    </message>
    <message>
        <source>attempts sent to a down region on a cached DNS answer: %1; writes acknowledged after a lease lapsed: %2, by a deposed primary: %3</source>
        <translation>因缓存的 DNS 应答而发往已宕机区域的请求尝试：%1；租约失效后确认的写入：%2，被废黜的 primary 确认的写入：%3</translation>
    </message>
    <message>
        <source>Acknowledged by a primary that should not have: %1 after its lease lapsed, %2 after a promotion had replaced it.</source>
        <translation>本不该确认却被 primary 确认的写入：租约失效后 %1 次，被提升取代后 %2 次。</translation>
    </message>
    <message>
        <source>Acknowledged: %1 durable, %2 pending, %3 orphaned, %4 lost (not shipped %5, overwritten by LWW %6, discarded at rejoin %7, overwritten by an older epoch %8).</source>
        <translation>已确认的写入：持久 %1，待复制 %2，孤儿 %3，丢失 %4（未发送 %5，被 LWW 覆盖 %6，重新加入时丢弃 %7，被旧 epoch 的写入覆盖 %8）。</translation>
    </message>
    <message>
        <source>Of the durable, %1 were a deposed primary&apos;s writes that the new primary applied without fencing.</source>
        <translation>持久的写入中，有 %1 条来自已被取代的 primary，由新 primary 在没有 fencing 的情况下应用。</translation>
    </message>
    <message>
        <source>Change one field before validation (repeatable), e.g. routing.dns_ttl=30s, populations[0].rate=5000 or health={&quot;interval&quot;:&quot;5s&quot;}. With --fork-at, the change is made at T in a second branch instead.</source>
        <translation>在校验之前修改一个字段（可重复），例如 routing.dns_ttl=30s、populations[0].rate=5000 或 health={&quot;interval&quot;:&quot;5s&quot;}。与 --fork-at 一起使用时，改为在时刻 T 于第二个分支中修改。</translation>
    </message>
    <message>
        <source>Run to T, then continue two branches: unchanged, and with the --set changes made live at T (at 0s: from the start); reports both.</source>
        <translation>运行到 T，然后继续两个分支：一个保持不变，另一个在 T 时实时应用 --set 的修改（T 为 0s 时从一开始就应用）；两者都会报告。</translation>
    </message>
    <message>
        <source>--fork-at: %1 is not before the end of the run (%2)</source>
        <translation>--fork-at：%1 不早于运行结束时间（%2）</translation>
    </message>
    <message>
        <source>--fork-at: expected a time such as 0s, 90s or 5m, not &apos;%1&apos;</source>
        <translation>--fork-at：应为 0s、90s 或 5m 这样的时间，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--fork-at: add the changes branch 1 makes at T with --set PATH=VALUE</source>
        <translation>--fork-at：请用 --set PATH=VALUE 给出分支 1 在 T 时所做的修改</translation>
    </message>
    <message>
        <source>branch 0</source>
        <translation>分支 0</translation>
    </message>
    <message>
        <source>as it was</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>branch 1</source>
        <translation>分支 1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>从 %2 起 %1</translation>
    </message>
    <message>
        <source>%1, seed %2, run for %3; at %4 it forks.</source>
        <translation>%1，种子 %2，运行 %3；在 %4 分叉。</translation>
    </message>
    <message>
        <source>Branch 0 goes on as it was; branch 1 changes %1 %2.</source>
        <translation>分支 0 保持原样继续；分支 1 %2修改 %1。</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>从一开始就</translation>
    </message>
    <message>
        <source>live at %1</source>
        <translation>在 %1 实时</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>fl::app::Screenshot</name>
    <message>
        <source>Opens the lab&apos;s window offscreen on a scenario, runs it to simulated time T and saves the whole window as a PNG.</source>
        <translation>在后台（offscreen）打开实验室窗口并载入场景，运行到模拟时间 T，把整个窗口保存为 PNG。</translation>
    </message>
    <message>
        <source>Open the built-in scenario NAME (see &apos;list&apos;).</source>
        <translation>打开名为 NAME 的内置场景（见 &apos;list&apos;）。</translation>
    </message>
    <message>
        <source>Simulated time of the picture, e.g. 90s or 3m (default 60s).</source>
        <translation>截图时刻的模拟时间，例如 90s 或 3m（默认 60s）。</translation>
    </message>
    <message>
        <source>Change one field before validation (repeatable).</source>
        <translation>在校验前修改一个字段（可重复）。</translation>
    </message>
    <message>
        <source>Language of the window: en or zh_CN.</source>
        <translation>窗口语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Window size in pixels, WIDTHxHEIGHT (default 1600x1000).</source>
        <translation>窗口尺寸（像素），格式为 WIDTHxHEIGHT（默认 1600x1000）。</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>要写出的 PNG 文件。</translation>
    </message>
    <message>
        <source>A scenario file.</source>
        <translation>场景文件。</translation>
    </message>
    <message>
        <source>--lang: unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation>--lang：未知语言 &apos;%1&apos;（请使用 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give either a scenario file or --builtin NAME</source>
        <translation>请给出场景文件或 --builtin NAME，二者选一</translation>
    </message>
    <message>
        <source>--size: expected WIDTHxHEIGHT from %1x%2 to %3x%3 pixels, e.g. 1600x1000, not &apos;%4&apos;</source>
        <translation>--size：应为 WIDTHxHEIGHT，范围 %1x%2 到 %3x%3 像素，例如 1600x1000，而不是 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>--at: expected a simulated time from 0s to %1, such as 90s or 3m, not &apos;%2&apos;</source>
        <translation>--at：应为 0s 到 %1 之间的模拟时间，如 90s 或 3m，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--out: give the PNG file to write</source>
        <translation>--out：请给出要写出的 PNG 文件</translation>
    </message>
    <message>
        <source>--out: the screenshot is a PNG; give a file name ending in .png, not &apos;%1&apos;</source>
        <translation>--out：截图为 PNG 格式；请给出以 .png 结尾的文件名，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--size: the window cannot be %1x%2 pixels (it needs at least %3x%4)</source>
        <translation>--size：窗口无法设为 %1x%2 像素（至少需要 %3x%4）</translation>
    </message>
    <message>
        <source>could not encode the screenshot as PNG</source>
        <translation>无法把截图编码为 PNG</translation>
    </message>
    <message>
        <source>Open the lesson ID (see &apos;lessons&apos;) instead of a scenario, and play it to --step.</source>
        <translation>打开课程 ID（见 &apos;lessons&apos;）而不是场景，并播放到 --step。</translation>
    </message>
    <message>
        <source>With --lesson: the step to show once it has played (from 1).</source>
        <translation>与 --lesson 一起使用：播放完成后要显示的步骤（从 1 开始）。</translation>
    </message>
    <message>
        <source>--lesson: a lesson brings its own scenario; give no scenario file, --builtin or --set with it</source>
        <translation>--lesson：课程自带场景；不要同时给出场景文件、--builtin 或 --set</translation>
    </message>
    <message>
        <source>--step: lesson %1 has steps 1 to %2, not &apos;%3&apos;</source>
        <translation>--step：课程 %1 的步骤为 1 到 %2，而不是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--step goes with --lesson ID</source>
        <translation>--step 需要与 --lesson ID 一起使用</translation>
    </message>
    <message>
        <source>Picture presenter mode on a screen of --size (full screen, type for a projector).</source>
        <translation>在 --size 大小的屏幕上截取演示模式（全屏，适合投影的字号）。</translation>
    </message>
    <message>
        <source>Picture the compare view: the scenario as side A, design B (a built-in name or a scenario file) as side B, with the comparison measured at T.</source>
        <translation>截取对比视图：该场景为 A 侧，设计 B（内置场景名或场景文件）为 B 侧，对比数据在时间 T 测得。</translation>
    </message>
</context>
<context>
    <name>fl::app::Sweep</name>
    <message>
        <source>Sweep the built-in scenario NAME (see &apos;list&apos;).</source>
        <translation>扫描内置场景 NAME（见 &apos;list&apos;）。</translation>
    </message>
    <message>
        <source>Vary one field over the values given (repeatable; the grid is every combination), e.g. routing.dns_ttl=10s,60s,300s.</source>
        <translation>让一个字段取所给的各个值（可重复；网格为所有组合），例如 routing.dns_ttl=10s,60s,300s。</translation>
    </message>
    <message>
        <source>Change one field in every run (repeatable), as run --set does.</source>
        <translation>在每次运行中修改一个字段（可重复），与 run --set 相同。</translation>
    </message>
    <message>
        <source>Run each cell with K seeds: the first seed, the first + 1, ... (default 1).</source>
        <translation>每个单元用 K 个种子运行：第一个种子、第一个 + 1、……（默认 1）。</translation>
    </message>
    <message>
        <source>The first seed (default: the scenario&apos;s).</source>
        <translation>第一个种子（默认：场景自己的）。</translation>
    </message>
    <message>
        <source>Run each for T instead of the scenario&apos;s duration.</source>
        <translation>每次运行 T，而不是场景的时长。</translation>
    </message>
    <message>
        <source>Runs at once (default: the number of cores).</source>
        <translation>同时进行的运行数（默认：核心数）。</translation>
    </message>
    <message>
        <source>Do only the runs whose number is I modulo N (0-based), as one task of a batch job; join the shards with &apos;merge&apos;.</source>
        <translation>只做编号模 N 余 I 的运行（从 0 起），作为批处理作业的一个任务；用 &apos;merge&apos; 合并各分片。</translation>
    </message>
    <message>
        <source>Language of the messages and the charts: en or zh_CN.</source>
        <translation>消息与图表的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Print no progress and no summary (errors still go to stderr).</source>
        <translation>不打印进度和摘要（错误仍输出到 stderr）。</translation>
    </message>
    <message>
        <source>--csv: cannot write %1: %2</source>
        <translation>--csv：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>failover-lab: interrupted: stopping; every finished row is kept</source>
        <translation>failover-lab：已中断：正在停止；已完成的每一行都会保留</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>, shard %1</source>
        <translation>，分片 %1</translation>
    </message>
    <message>
        <source>Runs a scenario for every combination of the varied settings and every seed, on all cores, and writes one CSV row per run (in grid order, as soon as every earlier row is done), a summary over seeds and, with --charts, one chart per figure. A row equals &apos;failover-lab run&apos; with the same --set, --seed and --duration. Ctrl-C stops, keeps every finished row and exits 130.</source>
        <translation>在所有核心上，对所变设置的每种组合和每个种子运行场景，每次运行写一行 CSV（按网格顺序，前面的行都完成后立即写出），写出按种子的汇总，加 --charts 时每个指标一张图。一行与使用相同 --set、--seed 和 --duration 的 &apos;failover-lab run&apos; 完全一致。Ctrl-C 会停止，保留已完成的每一行，并以 130 退出。</translation>
    </message>
    <message>
        <source>--seeds: expected a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--seeds：应为 1 到 %1 之间的整数，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--jobs: expected a whole number from 1 to 1024, not &apos;%1&apos;</source>
        <translation>--jobs：应为 1 到 1024 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--vary seed: give the number of seeds with --seeds K (and the first with --seed N)</source>
        <translation>--vary seed：请用 --seeds K 给出种子个数（用 --seed N 给出第一个）</translation>
    </message>
    <message>
        <source>--vary %1: the path is varied twice</source>
        <translation>--vary %1：这个路径被改变了两次</translation>
    </message>
    <message>
        <source>the grid has more than %1 runs; vary fewer values</source>
        <translation>网格的运行次数超过 %1；请减少所变的值</translation>
    </message>
    <message>
        <source>the cell %1: %2</source>
        <translation>单元 %1：%2</translation>
    </message>
    <message>
        <source>the cell %1 would simulate about %2 requests, more than a run may take; shorten it (--duration) or lower the rates</source>
        <translation>单元 %1 将模拟约 %2 个请求，超过一次运行的上限；请缩短时长（--duration）或降低速率</translation>
    </message>
    <message>
        <source>%1 runs at once would need about %2 of memory, more than the limit of %3 (half the physical memory); lower --jobs</source>
        <translation>同时进行 %1 次运行约需 %2 内存，超过 %3 的上限（物理内存的一半）；请减小 --jobs</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 x %4%5) in %6 s with %7</source>
        <translation>%1 / 共 %2 次（%3 × %4%5），用时 %6 秒，使用 %7</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n 个种子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 个并行任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::app::SweepOutputs</name>
    <message>
        <source>--summary: the rows already go to standard output; name a file</source>
        <translation>--summary：行已经输出到标准输出；请给出一个文件</translation>
    </message>
    <message>
        <source>Write the rows, one per run, to FILE (&apos;-&apos; for stdout, the default for sweep).</source>
        <translation>把行（每次运行一行）写入 FILE（&apos;-&apos; 表示标准输出，sweep 的默认值）。</translation>
    </message>
    <message>
        <source>Write the summary over seeds (n, mean, min, max, p95 per cell and figure) to FILE (default: the rows file&apos;s name with .summary.csv).</source>
        <translation>把按种子的汇总（每个单元和指标的 n、均值、最小、最大、p95）写入 FILE（默认：行文件名改为 .summary.csv）。</translation>
    </message>
    <message>
        <source>Draw one chart per figure against the first varied setting into DIR.</source>
        <translation>把每个指标相对第一个所变设置的图画到 DIR。</translation>
    </message>
    <message>
        <source>Chart file format: png, svg or pdf (default png).</source>
        <translation>图表文件格式：png、svg 或 pdf（默认 png）。</translation>
    </message>
    <message>
        <source>Charts for a use: slide, document or custom (default).</source>
        <translation>图表用途：slide（幻灯片）、document（文档）或 custom（默认）。</translation>
    </message>
</context>
<context>
    <name>fl::app::SweepProgress</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>剩余时间未知</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1/%2 runs, %3 runs/s, %4</source>
        <translation>%1/%2 次运行，%3 次/秒，%4</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，使用 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 个并行任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::scenario::Builtins</name>
    <message>
        <source>no built-in scenario is called &quot;%1&quot; (built-ins: %2)</source>
        <translation>没有名为 &quot;%1&quot; 的内置场景（内置场景：%2）</translation>
    </message>
</context>
<context>
    <name>fl::scenario::Compare</name>
    <message>
        <source>&apos;%1&apos; at %2</source>
        <translation>%2 的 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>B has no dependency %1 of kind %2, which A&apos;s command at %3 (%4) names</source>
        <translation>B 没有类型为 %2 的依赖 %1，而 A 在 %3 的命令（%4）用到了它</translation>
    </message>
    <message>
        <source>B&apos;s seed %1 is replaced by A&apos;s, %2</source>
        <translation>B 的种子 %1 被 A 的种子 %2 取代</translation>
    </message>
    <message>
        <source>B runs for A&apos;s duration, %1 (its own: %2)</source>
        <translation>B 按 A 的时长 %1 运行（它自己的是 %2）</translation>
    </message>
    <message>
        <source>B&apos;s own faults and traffic commands (%1) are replaced by A&apos;s (%2)</source>
        <translation>B 自己的故障和流量命令（%1 条）被 A 的（%2 条）取代</translation>
    </message>
    <message>
        <source>B cannot take A&apos;s command %1: %2</source>
        <translation>B 无法执行 A 的命令 %1：%2</translation>
    </message>
    <message>
        <source>B, with A&apos;s schedule: %1</source>
        <translation>B 使用 A 的时间表时：%1</translation>
    </message>
    <message>
        <source>not a command (%1)</source>
        <translation>不是命令（%1）</translation>
    </message>
    <message>
        <source>the other side has no region %1</source>
        <translation>另一侧没有区域 %1</translation>
    </message>
    <message>
        <source>the other side has no population %1</source>
        <translation>另一侧没有用户群 %1</translation>
    </message>
    <message>
        <source>the other side has no dependency %1 of the same kind</source>
        <translation>另一侧没有同类的依赖 %1</translation>
    </message>
</context>
<context>
    <name>fl::scenario::CompareTable</name>
    <message>
        <source>Incident %1: RTO (s)</source>
        <translation>事故 %1：RTO（秒）</translation>
    </message>
    <message>
        <source>Incident %1: RPO (s)</source>
        <translation>事故 %1：RPO（秒）</translation>
    </message>
    <message>
        <source>Incident %1: writes lost</source>
        <translation>事故 %1：丢失的写入</translation>
    </message>
    <message>
        <source>p50 latency, %1 (ms)</source>
        <translation>p50 延迟，%1（毫秒）</translation>
    </message>
    <message>
        <source>p99 latency, %1 (ms)</source>
        <translation>p99 延迟，%1（毫秒）</translation>
    </message>
    <message>
        <source>Availability by requests</source>
        <translation>按请求计的可用性</translation>
    </message>
    <message>
        <source>Availability by time</source>
        <translation>按时间计的可用性</translation>
    </message>
    <message>
        <source>p50 latency, all users (ms)</source>
        <translation>p50 延迟，全部用户（毫秒）</translation>
    </message>
    <message>
        <source>p99 latency, all users (ms)</source>
        <translation>p99 延迟，全部用户（毫秒）</translation>
    </message>
    <message>
        <source>Writes acknowledged</source>
        <translation>已确认的写入</translation>
    </message>
    <message>
        <source>Acknowledged writes lost</source>
        <translation>丢失的已确认写入</translation>
    </message>
    <message>
        <source>Split-brain (s)</source>
        <translation>split-brain 持续（秒）</translation>
    </message>
    <message>
        <source>Divergent keys (peak)</source>
        <translation>分歧键（峰值）</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Stale reads</source>
        <translation>陈旧读</translation>
    </message>
    <message>
        <source>Stale reads (share of reads)</source>
        <translation>陈旧读（占读取的比例）</translation>
    </message>
    <message>
        <source>Cost per hour (mean)</source>
        <translation>每小时成本（平均）</translation>
    </message>
    <message>
        <source>Cost of the run</source>
        <translation>本次运行的成本</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>运维人员操作</translation>
    </message>
    <message>
        <source>Components run</source>
        <translation>运行的组件数</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>fl::scenario::Design</name>
    <message>
        <source>multi-primary (last write wins)</source>
        <translation>多 primary（最后写入者胜）</translation>
    </message>
    <message>
        <source>ownership (home region per key)</source>
        <translation>归属制（每个键有归属区域）</translation>
    </message>
    <message>
        <source>no split-brain protection</source>
        <translation>无 split-brain 防护</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>fencing</translation>
    </message>
    <message>
        <source>fencing, quorum election, leases</source>
        <translation>fencing、多数派选举、租约</translation>
    </message>
    <message>
        <source>async every %1</source>
        <translation>异步，每 %1 发送一次</translation>
    </message>
    <message>
        <source>DNS, TTL %1</source>
        <translation>DNS，TTL %1</translation>
    </message>
    <message>
        <source>front door</source>
        <translation>前门（front door）</translation>
    </message>
    <message>
        <source>costs %1/h before scaling, over the budget of %2/h</source>
        <translation>扩容前成本为 %1/小时，超过 %2/小时的预算</translation>
    </message>
    <message>
        <source>over the budget before scaling</source>
        <translation>扩容前已超出预算</translation>
    </message>
    <message>
        <source>at the primary&apos;s loss, async shipping leaves writes unshipped for at least %1 s, more than the RPO target of %2</source>
        <translation>primary 丢失时，异步发送使至少 %1 s 的写入尚未发出，超过 RPO 目标 %2</translation>
    </message>
    <message>
        <source>the RTO of the primary&apos;s loss is at least %1 s, more than the target of %2 or than the %3 left of the run</source>
        <translation>primary 丢失的 RTO 至少为 %1 s，超过目标 %2 或运行剩余的 %3</translation>
    </message>
    <message>
        <source>async replication loses more than the RPO target at the primary&apos;s loss (the writes since its last shipping tick)</source>
        <translation>primary 丢失时异步复制丢失的数据超过 RPO 目标（自其上一次发送以来的写入）</translation>
    </message>
    <message>
        <source>a lower bound on the RTO of the primary&apos;s loss exceeds the target or the rest of the run (detection, promotion, pilot-light boot, DNS caches)</source>
        <translation>primary 丢失的 RTO 下界超过目标或运行的剩余时间（检测、提升、pilot light 启动、DNS 缓存）</translation>
    </message>
    <message>
        <source>%1 pilot light</source>
        <translation>%1 为 pilot light</translation>
    </message>
    <message>
        <source>%1 warm standby</source>
        <translation>%1 为 warm standby</translation>
    </message>
    <message>
        <source>active-passive, home %1 (%2)</source>
        <translation>主备（active-passive），主区域 %1（%2）</translation>
    </message>
    <message>
        <source>active-active, read replicas, primary %1</source>
        <translation>双活（active-active），只读副本，primary 在 %1</translation>
    </message>
    <message>
        <source>shipping every %1</source>
        <translation>每 %1 发送一次</translation>
    </message>
    <message numerus="yes">
        <source>failover after %n missed probe(s) every %1</source>
        <translation>
            <numerusform>每 %1 探测一次，连续 %n 次失败后故障转移</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>health checks every %1, out after %n miss(es)</source>
        <translation>
            <numerusform>每 %1 健康检查一次，连续 %n 次失败后移出</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the standbys of a design</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>fl::scenario::Estimate</name>
    <message>
        <source>per-key state: populations[*].keys × regions = %1 × %2</source>
        <translation>每个键的状态：populations[*].keys × 区域数 = %1 × %2</translation>
    </message>
    <message>
        <source>event log: metrics.event_log = %1 entries</source>
        <translation>事件日志：metrics.event_log = %1 条</translation>
    </message>
    <message>
        <source>recorded operations: data.record_history with populations[*].rate × duration = %1</source>
        <translation>记录的操作：data.record_history，populations[*].rate × duration = %1</translation>
    </message>
    <message>
        <source>scheduled faults: %1</source>
        <translation>计划的故障：%1 条</translation>
    </message>
    <message>
        <source>time series: samples (duration / metrics.interval, at least metrics.history) × bytes per tick of every region and population = %1 × %2</source>
        <translation>时间序列：样本数（duration / metrics.interval，至少为 metrics.history）× 每个指标周期内所有区域和用户群的字节数 = %1 × %2</translation>
    </message>
    <message>
        <source>the scenario needs about %1 of memory, more than the limit of %2: %3</source>
        <translation>该场景约需 %1 内存，超过了 %2 的上限：%3</translation>
    </message>
</context>
<context>
    <name>fl::scenario::Lesson</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>the fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>detection</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>rerouting</source>
        <translation>重新路由</translation>
    </message>
    <message>
        <source>users served again</source>
        <translation>用户恢复服务</translation>
    </message>
    <message>
        <source>the heal</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>no incident happened by %1, so there is nothing to measure</source>
        <translation>到 %1 为止没有发生事故，因此无可测量</translation>
    </message>
    <message>
        <source>users were not served again by %1, so the RTO is not known yet</source>
        <translation>到 %1 为止用户仍未恢复服务，因此 RTO 尚不可知</translation>
    </message>
    <message>
        <source>detected after %1</source>
        <translation>%1 后检测到</translation>
    </message>
    <message>
        <source>a new primary took writes after %1</source>
        <translation>%1 后新的 primary 开始接收写入</translation>
    </message>
    <message>
        <source>routing pointed at it after %1</source>
        <translation>%1 后路由指向它</translation>
    </message>
    <message>
        <source>Users were served again %1 after the fault (at least 99 % of every harmed population&apos;s requests succeeding in one interval).</source>
        <translation>故障发生 %1 后用户恢复服务（每个受影响人群在一个统计间隔内至少 99% 的请求成功）。</translation>
    </message>
    <message>
        <source>On the way: %1.</source>
        <translation>过程中：%1。</translation>
    </message>
    <message>
        <source>No acknowledged write was lost to this incident: its RPO is zero.</source>
        <translation>这次事故没有丢失任何已确认的写入：它的 RPO 为零。</translation>
    </message>
    <message>
        <source>the controller had not detected the fault by %1</source>
        <translation>到 %1 为止控制器尚未检测到故障</translation>
    </message>
    <message>
        <source>The controller probes every %1 and needs %2 failed probes in a row (each waits up to %3): it declared the region failed %4 after the fault.</source>
        <translation>控制器每 %1 探测一次，需要连续 %2 次探测失败（每次最多等待 %3）：它在故障发生 %4 后判定该区域失效。</translation>
    </message>
    <message>
        <source>Users were served again %1 after the fault.</source>
        <translation>故障发生 %1 后用户恢复服务。</translation>
    </message>
    <message>
        <source>By %1 users were still not served again: the outage had lasted %2.</source>
        <translation>到 %1 用户仍未恢复服务：停机已持续 %2。</translation>
    </message>
    <message>
        <source>the incident never reached &quot;%1&quot; by %2, so the order is not known</source>
        <translation>到 %2 为止事故没有进入“%1”阶段，因此顺序未知</translation>
    </message>
    <message>
        <source>%1 at +%2</source>
        <translation>%1（+%2）</translation>
    </message>
    <message>
        <source>Measured from the fault: %1.</source>
        <translation>从故障开始计时：%1。</translation>
    </message>
    <message>
        <source>No acknowledged write was lost in this step: every write the users were told had succeeded is still on a copy that serves.</source>
        <translation>这一步没有丢失任何已确认写入：用户被告知成功的每条写入，仍在一个正在服务的副本上。</translation>
    </message>
    <message>
        <source>no request finished during the step</source>
        <translation>这一步中没有请求完成</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 reads in this step returned a value older than a write that had been acknowledged before the read began.</source>
        <translation>这一步中有 %1 次读取返回的值，比读取开始前已确认的某条写入更旧。</translation>
    </message>
    <message>
        <source>%1 writes in this step met a concurrent write to the same key on another primary and needed the conflict policy to decide.</source>
        <translation>这一步中有 %1 条写入与另一个 primary 上同一键的并发写入相遇，需要冲突策略来裁决。</translation>
    </message>
    <message>
        <source>Of %1 requests that finished in this step, %2 succeeded and %3 failed for good (after their retries).</source>
        <translation>这一步完成的 %1 个请求中，%2 个成功，%3 个（重试之后）最终失败。</translation>
    </message>
    <message>
        <source>At the worst moment of this step, two regions that both took writes held different values for %1 keys.</source>
        <translation>在这一步最糟的时刻，两个都在接收写入的区域对 %1 个键持有不同的值。</translation>
    </message>
    <message>
        <source>Two regions both acted as primary for %1 s of this step; at worst they disagreed on %2 keys.</source>
        <translation>这一步中有 %1 秒两个区域同时充当 primary；最严重时它们在 %2 个键上不一致。</translation>
    </message>
    <message>
        <source>At no moment of this step did two regions both act as primary.</source>
        <translation>这一步中没有任何时刻出现两个区域同时充当 primary。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>The oldest write %1 had not yet received was at most %2 ms old during this step.</source>
        <translation>这一步中，%1 尚未收到的最老写入最多为 %2 毫秒前的。</translation>
    </message>
    <message>
        <source>%1 finished no request during the step</source>
        <translation>这一步中 %1 没有完成任何请求</translation>
    </message>
    <message>
        <source>In the typical second of this step (the median of %1 one-second p99 values), 99 % of %2&apos;s requests took at most %3 ms; the slowest second&apos;s p99 was %4 ms.</source>
        <translation>在这一步的典型一秒内（%1 个每秒 p99 值的中位数），%2 的 99% 请求最多耗时 %3 毫秒；最慢的一秒 p99 为 %4 毫秒。</translation>
    </message>
    <message>
        <source>%1 sent no request at the end of the step</source>
        <translation>这一步结束时 %1 没有发出请求</translation>
    </message>
    <message>
        <source>In the last second of the step, %1 % of %2&apos;s attempts went to %3.</source>
        <translation>这一步的最后一秒，%2 的请求中有 %1% 发往 %3。</translation>
    </message>
    <message>
        <source>no single region takes the writes at %1</source>
        <translation>在 %1 没有单一区域接收写入</translation>
    </message>
    <message>
        <source>At %1 the writes go to %2, the primary routing points at.</source>
        <translation>在 %1，写入发往 %2，即路由所指向的 primary。</translation>
    </message>
    <message>
        <source>the run measured &quot;%1&quot;, which is not one of the options (%2)</source>
        <translation>运行测得“%1”，它不在选项之中（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options (%2)</source>
        <translation>“%1”不是选项之一（%2）</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>正确：%1。</translation>
    </message>
    <message>
        <source>Not this time: the run measured %1.</source>
        <translation>这次不对：运行测得的是 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Right: the run measured %1, and %2 is within ±%3.</source>
        <translation>正确：运行测得 %1，%2 在 ±%3 之内。</translation>
    </message>
    <message>
        <source>Not this time: the run measured %1; %2 is further than ±%3 from it.</source>
        <translation>这次不对：运行测得 %1；%2 与它相差超过 ±%3。</translation>
    </message>
    <message>
        <source>an ordering lists every item exactly once, separated by commas (%1)</source>
        <translation>排序需把每个条目恰好列出一次，用逗号分隔（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledged write(s) were lost to this incident; the oldest was committed %1 before the fault, so the data lost reaches back %2.</source>
        <translation>
            <numerusform>这次事故丢失了 %Ln 条已确认写入；最早的一条在故障前 %1 提交，因此丢失的数据向前追溯 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledged write(s) were lost. Just before the fault about %1 writes/s were acknowledged, and %2, which took over, had not yet received the last %3 of them (%4 entries): %1 writes/s × %3 ≈ %5.</source>
        <translation>
            <numerusform>丢失了 %Ln 条已确认写入。故障前每秒约确认 %1 条写入，而接管的 %2 还没有收到最后 %3 的写入（%4 条）：%1 条/秒 × %3 ≈ %5。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledged write(s) were lost in this step.</source>
        <translation>
            <numerusform>这一步丢失了 %Ln 条已确认写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln write(s)</source>
        <translation>
            <numerusform>%Ln 条写入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln read(s)</source>
        <translation>
            <numerusform>%Ln 次读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln 个键</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::scenario::Lessons</name>
    <message>
        <source>no lesson is called &quot;%1&quot; (lessons: %2)</source>
        <translation>没有名为“%1”的课程（课程有：%2）</translation>
    </message>
</context>
<context>
    <name>fl::scenario::Output</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>没有给出输出文件</translation>
    </message>
    <message>
        <source>%1 is a directory; give a file name</source>
        <translation>%1 是目录；请给出文件名</translation>
    </message>
    <message>
        <source>%1 is neither a regular file nor a device or FIFO</source>
        <translation>%1 既不是普通文件，也不是设备或 FIFO</translation>
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation>目录 %1 不存在</translation>
    </message>
    <message>
        <source>cannot create files in %1: %2</source>
        <translation>无法在 %1 中创建文件：%2</translation>
    </message>
    <message>
        <source>no output directory given</source>
        <translation>没有给出输出目录</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 不是目录</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2 is not a directory</source>
        <translation>无法创建目录 %1：%2 不是目录</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation>无法创建目录 %1：%2</translation>
    </message>
</context>
<context>
    <name>fl::scenario::Overrides</name>
    <message>
        <source>is not a list, so it has no element [%1]</source>
        <translation>不是列表，因此没有元素 [%1]</translation>
    </message>
    <message>
        <source>is not an object, so it has no field &quot;%1&quot;</source>
        <translation>不是对象，因此没有字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected PATH=VALUE, e.g. routing.dns_ttl=30s</source>
        <translation>应为 PATH=VALUE 的形式，例如 routing.dns_ttl=30s</translation>
    </message>
    <message>
        <source>not a field path (names separated by dots, [N] for an element of a list, e.g. populations[0].rate)</source>
        <translation>不是字段路径（名称之间用点分隔，列表元素用 [N]，例如 populations[0].rate）</translation>
    </message>
    <message>
        <source>index %1 is out of range (the list is empty)</source>
        <translation>索引 %1 超出范围（列表为空）</translation>
    </message>
    <message>
        <source>index %1 is out of range (the last index is %2)</source>
        <translation>索引 %1 超出范围（最后一个索引是 %2）</translation>
    </message>
    <message>
        <source>index %1 is out of range</source>
        <translation>索引 %1 超出范围</translation>
    </message>
</context>
<context>
    <name>fl::scenario::Reader</name>
    <message>
        <source>must be an object ({ ... }), found %1</source>
        <translation>必须是对象（{ ... }），实际为 %1</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>未知字段（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>must be true or false, found %1</source>
        <translation>必须是 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>must be a string, found %1</source>
        <translation>必须是字符串，实际为 %1</translation>
    </message>
    <message>
        <source>must be a number, found %1</source>
        <translation>必须是数字，实际为 %1</translation>
    </message>
    <message>
        <source>must be a duration such as &quot;90s&quot;, &quot;10m&quot; or &quot;500ms&quot;, or a number of seconds; found %1</source>
        <translation>必须是时长，如 &quot;90s&quot;、&quot;10m&quot; 或 &quot;500ms&quot;，或以秒计的数字；实际为 %1</translation>
    </message>
    <message>
        <source>must be longer than %1 and at most %2</source>
        <translation>必须长于 %1 且不超过 %2</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>unknown value %1 (expected one of: %2)</source>
        <translation>未知取值 %1（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>must be greater than %1 and at most %2</source>
        <translation>必须大于 %1 且不超过 %2</translation>
    </message>
    <message>
        <source>must be a list ([ ... ]), found %1</source>
        <translation>必须是列表（[ ... ]），实际为 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>missing: a scenario file declares &quot;format&quot;: &quot;%1&quot;</source>
        <translation>缺失：场景文件须声明 &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation>应为 &quot;%1&quot;，实际为 %2</translation>
    </message>
    <message>
        <source>this file uses scenario format version %1, but this Failover Lab reads versions up to %2; open it with a newer Failover Lab</source>
        <translation>此文件使用场景格式第 %1 版，而本版 Failover Lab 只能读取第 %2 版及更早的版本；请用更新的 Failover Lab 打开</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 18446744073709551615 (as a string above 9007199254740992), found %1</source>
        <translation>必须是 0 到 18446744073709551615 之间的整数（大于 9007199254740992 时须写成字符串），实际为 %1</translation>
    </message>
    <message>
        <source>unknown region %1</source>
        <translation>未知区域 %1</translation>
    </message>
    <message>
        <source>region %1 is not one of this scenario&apos;s regions (%2)</source>
        <translation>区域 %1 不在本场景的区域之列（%2）</translation>
    </message>
    <message>
        <source>unknown population %1</source>
        <translation>未知用户群 %1</translation>
    </message>
    <message>
        <source>population %1 is not one of this scenario&apos;s populations (%2)</source>
        <translation>用户群 %1 不在本场景的用户群之列（%2）</translation>
    </message>
    <message>
        <source>must list at least one region</source>
        <translation>至少要列出一个区域</translation>
    </message>
    <message>
        <source>region %1 is listed twice (also at %2)</source>
        <translation>区域 %1 重复列出（另见 %2）</translation>
    </message>
    <message>
        <source>must list at least one population</source>
        <translation>至少要列出一个用户群</translation>
    </message>
    <message>
        <source>population %1 is listed twice (also at %2)</source>
        <translation>用户群 %1 重复列出（另见 %2）</translation>
    </message>
    <message>
        <source>no weight for region %1 (give every region of the scenario a weight)</source>
        <translation>缺少区域 %1 的权重（请为场景中的每个区域都给出权重）</translation>
    </message>
    <message>
        <source>unknown value %1 (expected one of: automatic, manual)</source>
        <translation>未知取值 %1（应为以下之一：automatic、manual）</translation>
    </message>
    <message>
        <source>%1 is after the end of the run (duration %2)</source>
        <translation>%1 晚于运行结束时间（时长 %2）</translation>
    </message>
    <message>
        <source>a link joins two different regions</source>
        <translation>链路必须连接两个不同的区域</translation>
    </message>
    <message>
        <source>line %1, column %2: not valid JSON: %3</source>
        <translation>第 %1 行第 %2 列：不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>a scenario is a JSON object ({ ... }) at the top level</source>
        <translation>场景的顶层必须是 JSON 对象（{ ... }）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, found %3</source>
        <translation>必须是 %1 到 %2 之间的整数，实际为 %3</translation>
    </message>
    <message>
        <source>unknown field: this setting lives at %1</source>
        <translation>未知字段：此设置位于 %1</translation>
    </message>
    <message>
        <source>the key spaces add up to %1 keys, more than the %2 the data model can hold (every region keeps a value for every key)</source>
        <translation>各键空间合计 %1 个键，超过数据模型能容纳的 %2 个（每个区域都为每个键保存一个值）</translation>
    </message>
    <message>
        <source>region %1 is a witness: it holds no data, so it cannot be the primary</source>
        <translation>区域 %1 是 witness：它不保存数据，因此不能作为 primary</translation>
    </message>
    <message>
        <source>must be longer than the probe interval (%1) when leases are on: each probe renews the lease</source>
        <translation>启用租约时必须长于探测间隔（%1）：每次探测都会续约</translation>
    </message>
    <message>
        <source>at most %1 dependencies, found %2</source>
        <translation>最多 %1 个依赖，实际有 %2 个</translation>
    </message>
    <message>
        <source>this scenario lists no dependencies (see &quot;dependencies&quot;)</source>
        <translation>此场景没有列出任何依赖（见 &quot;dependencies&quot;）</translation>
    </message>
    <message>
        <source>%1 keys with %2 fields each make %3 field slots per region, more than the %4 the data model can hold; use fewer fields or keys</source>
        <translation>%1 个键、每个 %2 个字段，每个区域共需 %3 个字段槽，超过数据模型能容纳的 %4 个；请减少字段或键</translation>
    </message>
    <message>
        <source>%1 keys with %2 elements each, tracked per origin region, make %3 set entries per region, more than the %4 the data model can hold; use fewer elements or keys</source>
        <translation>%1 个键、每个 %2 个元素，且按来源区域分别记录，每个区域共需 %3 个集合条目，超过数据模型能容纳的 %4 个；请减少元素或键</translation>
    </message>
    <message>
        <source>must not contain a NUL character (\u0000)</source>
        <translation>不能包含 NUL 字符（\u0000）</translation>
    </message>
    <message>
        <source>is out of range: must be longer than %1 and at most %2 (a number is seconds), found %3</source>
        <translation>超出范围：必须大于 %1 且不超过 %2（数字表示秒），实际为 %3</translation>
    </message>
    <message>
        <source>is out of range: must be from %1 to %2 (a number is seconds), found %3</source>
        <translation>超出范围：必须在 %1 到 %2 之间（数字表示秒），实际为 %3</translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation>无法读取 %1：它是一个目录</translation>
    </message>
    <message>
        <source>cannot read %1: a scenario file may be at most %2 MB</source>
        <translation>无法读取 %1：场景文件最大为 %2 MB</translation>
    </message>
    <message>
        <source>needs scenario format version %1 or later; this file declares version %2</source>
        <translation>需要场景格式第 %1 版或更新版本；此文件声明的是第 %2 版</translation>
    </message>
    <message>
        <source>unknown region %1 (not in the catalog; a region of your own needs a &quot;location&quot;: {&quot;lat&quot;: ..., &quot;lon&quot;: ...})</source>
        <translation>未知区域 %1（不在目录中；自定义区域需要 &quot;location&quot;: {&quot;lat&quot;: ..., &quot;lon&quot;: ...}）</translation>
    </message>
    <message>
        <source>must not be empty (leave the field out for the catalog&apos;s name)</source>
        <translation>不能为空（要用目录中的名称，请省略此字段）</translation>
    </message>
    <message>
        <source>this file uses lesson format version %1, but this Failover Lab reads version %2</source>
        <translation>此文件使用课程格式版本 %1，但本 Failover Lab 读取的是版本 %2</translation>
    </message>
    <message>
        <source>must be lower-case letters and digits joined by single hyphens</source>
        <translation>必须由小写字母和数字组成，并以单个连字符连接</translation>
    </message>
    <message>
        <source>a lesson has %1 to %2 steps, found %3</source>
        <translation>一节课程有 %1 到 %2 步，实际为 %3</translation>
    </message>
    <message>
        <source>the last step ends with the takeaway: required field is missing</source>
        <translation>最后一步必须以要点结束：缺少必需字段</translation>
    </message>
    <message>
        <source>%1 takes effect only when a run starts, so a step cannot change it (set it in the lesson&apos;s own &quot;set&quot;)</source>
        <translation>%1 只在运行开始时生效，因此步骤不能修改它（请放在课程自身的 &quot;set&quot; 中）</translation>
    </message>
    <message>
        <source>must be within the step, from %1 to before %2</source>
        <translation>必须在这一步之内，从 %1 到 %2 之前</translation>
    </message>
    <message>
        <source>unknown population %1 (this lesson&apos;s world has: %2)</source>
        <translation>未知人群 %1（本课程的世界中有：%2）</translation>
    </message>
    <message>
        <source>expected &quot;region:ID&quot;, &quot;population:ID&quot;, &quot;link:ID~ID&quot; or &quot;chart:KIND&quot;, found %1</source>
        <translation>应为 &quot;region:ID&quot;、&quot;population:ID&quot;、&quot;link:ID~ID&quot; 或 &quot;chart:KIND&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>unknown region %1 (this lesson&apos;s world has: %2)</source>
        <translation>未知区域 %1（本课程的世界中有：%2）</translation>
    </message>
    <message>
        <source>measure %1 does not take this field</source>
        <translation>测量项 %1 不接受此字段</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>选择题至少需要两个选项</translation>
    </message>
    <message>
        <source>unknown option %1 (expected one of: %2)</source>
        <translation>未知选项 %1（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>重复列出</translation>
    </message>
    <message>
        <source>an ordering needs at least two items</source>
        <translation>排序题至少需要两个条目</translation>
    </message>
    <message>
        <source>unknown phase %1 (expected one of: %2)</source>
        <translation>未知阶段 %1（应为以下之一：%2）</translation>
    </message>
</context>
<context>
    <name>fl::scenario::Report</name>
    <message>
        <source>cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
</context>
<context>
    <name>fl::scenario::Sweep</name>
    <message>
        <source>--vary: expected PATH=V1,V2,…, such as routing.dns_ttl=10s,60s, not &apos;%1&apos;</source>
        <translation>--vary：应为 PATH=V1,V2,…，如 routing.dns_ttl=10s,60s，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--vary %1: value %2 of %3 is empty</source>
        <translation>--vary %1：第 %2 个值（共 %3 个）为空</translation>
    </message>
    <message>
        <source>--vary %1: the value &apos;%2&apos; is given twice</source>
        <translation>--vary %1：值 &apos;%2&apos; 给了两次</translation>
    </message>
    <message>
        <source>--shard: expected I/N with 0 ≤ I &lt; N, such as 0/4 … 3/4, not &apos;%1&apos;</source>
        <translation>--shard：应为 I/N 且 0 ≤ I &lt; N，如 0/4 … 3/4，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: not a sweep&apos;s rows (the first line must be the header &apos;run,…,seed,…&apos; that &apos;failover-lab sweep --csv&apos; writes)</source>
        <translation>%1：不是扫描的行文件（第一行必须是 &apos;failover-lab sweep --csv&apos; 写出的表头 &apos;run,…,seed,…&apos;）</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 fields, as in the header</source>
        <translation>%1，第 %2 行：应与表头一样有 %3 个字段</translation>
    </message>
    <message>
        <source>%1, line %2: the run number &apos;%3&apos; is not a whole number</source>
        <translation>%1，第 %2 行：运行编号 &apos;%3&apos; 不是整数</translation>
    </message>
    <message>
        <source>%1: run %2 appears twice</source>
        <translation>%1：运行 %2 出现了两次</translation>
    </message>
    <message>
        <source>%1 and %2 are not shards of the same sweep: their headers differ</source>
        <translation>%1 和 %2 不是同一次扫描的分片：它们的表头不同</translation>
    </message>
    <message>
        <source>run %1 is in both %2 and %3</source>
        <translation>运行 %1 同时出现在 %2 和 %3 中</translation>
    </message>
    <message>
        <source>run %1 is in none of the files: is a shard missing or unfinished?</source>
        <translation>运行 %1 不在任何文件中：是否缺少分片，或分片未完成？</translation>
    </message>
</context>
<context>
    <name>fl::scenario::Writer</name>
    <message>
        <source>cannot save %1: scenario format version %2 cannot store %3 as it is set (%4)</source>
        <translation>无法保存 %1：场景格式第 %2 版无法按当前设置保存 %3（%4）</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>该场景</translation>
    </message>
    <message>
        <source>it would read back differently</source>
        <translation>读回后会不一样</translation>
    </message>
</context>
<context>
    <name>fl::ui::BranchPanel</name>
    <message>
        <source>Trunk</source>
        <translation>主干</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 时%1</translation>
    </message>
    <message>
        <source>Branch %1 from %2</source>
        <translation>分支 %1（始于 %2）</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Forked at</source>
        <translation>分叉于</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已模拟到</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Show the selected branch at the moment shown now (or where it ends)</source>
        <translation>在当前显示的时刻显示所选分支（若该分支没有到达这一时刻，则显示它的结尾）</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Give the selected branch a name of your own (F2)</source>
        <translation>给所选分支起一个自己的名字（F2）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Forget the selected branch and those forked from it (not the one shown, nor those it grew from)</source>
        <translation>删除所选分支以及从它分出的分支（不能删除正在显示的分支，也不能删除它所源自的分支）</translation>
    </message>
    <message>
        <source>%1
Simulated to %2</source>
        <translation>%1
已模拟到 %2</translation>
    </message>
    <message numerus="yes">
        <source>Left its parent at %1 with %n action(s) of its own</source>
        <translation>
            <numerusform>在 %1 离开上级分支，有 %n 个自己的操作</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back on the timeline under the map and act there: each action in the past starts a new branch, and this one stays to return to.</source>
        <translation>在地图下方的时间轴上回到过去并在那里操作：在过去的每个操作都会开出一个新分支，而这条分支会保留下来，随时可以回来。</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es); their checkpoints hold %1 MB</source>
        <translation>
            <numerusform>%n 个分支；检查点占用 %1 MB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fl::ui::BuiltinCatalog</name>
    <message>
        <source>The primary dies and the controller promotes a standby on its own: users are back in about a minute.</source>
        <translation>primary 宕机，控制器自动提升一个备用区域：约一分钟后用户恢复服务。</translation>
    </message>
    <message>
        <source>The same failure failed over by hand: verifying, promoting and rerouting take minutes.</source>
        <translation>同样的故障改为手动切换：确认、提升和改路由要花好几分钟。</translation>
    </message>
    <message>
        <source>A warm standby takes the traffic at once, overloaded until it has scaled up.</source>
        <translation>warm standby 立即接管流量，在扩容完成前处于过载状态。</translation>
    </message>
    <message>
        <source>A pilot light serves nothing until it is promoted and booted: a longer outage.</source>
        <translation>pilot light 在被提升并启动之前不提供服务：中断时间更长。</translation>
    </message>
    <message>
        <source>A region recovers, but its users stay far away until an operator readmits it.</source>
        <translation>区域已恢复，但在运维人员重新接纳它之前，其用户仍由远处的区域服务。</translation>
    </message>
    <message>
        <source>The failover works, yet checkout keeps failing: payments ran in the dead region only.</source>
        <translation>故障切换成功了，结账却仍然失败：支付服务只部署在宕机的区域。</translation>
    </message>
    <message>
        <source>The primary crashes with asynchronous writes not yet shipped: they are lost, RPO 0 is missed.</source>
        <translation>primary 崩溃时还有异步写入未发出：这些写入丢失，未达到 RPO 0。</translation>
    </message>
    <message>
        <source>The same crash with synchronous quorum replication: slower writes, not one acknowledged write lost.</source>
        <translation>同样的崩溃，改用同步法定人数复制：写入变慢，但没有丢失任何已确认的写入。</translation>
    </message>
    <message>
        <source>Mostly reads from local replicas: they keep up, and losing the primary costs a handful of writes.</source>
        <translation>以读为主，由本地副本服务：副本跟得上，失去 primary 只损失少量写入。</translation>
    </message>
    <message>
        <source>Mostly writes: replicas fall behind, reads go stale and a failover loses many more writes.</source>
        <translation>以写为主：副本落后，读到过期数据，故障切换丢失的写入多得多。</translation>
    </message>
    <message>
        <source>A primary cut off from the others keeps its users: split-brain, and at the heal old writes overwrite newer ones.</source>
        <translation>与其他区域断开的 primary 仍留有用户：出现 split-brain，恢复连通时旧写入覆盖了新写入。</translation>
    </message>
    <message>
        <source>The same partition with fencing: no stale write lands, but the cut-off primary&apos;s writes are discarded.</source>
        <translation>同样的分区，启用 fencing：没有过期写入落地，但被隔离的 primary 的写入被丢弃。</translation>
    </message>
    <message>
        <source>A witness, quorum elections, leases and synchronous replication: nothing acknowledged is lost.</source>
        <translation>witness、法定人数选举、租约加同步复制：已确认的写入一条都不丢。</translation>
    </message>
    <message>
        <source>Two primaries with last-write-wins: concurrent writes vanish, and a fast clock lets older writes win.</source>
        <translation>两个 primary 采用最后写入胜出：并发写入会消失，时钟偏快还会让较旧的写入胜出。</translation>
    </message>
    <message>
        <source>CRDT counters keep counting on both sides of a partition and converge to the exact sum.</source>
        <translation>CRDT 计数器在分区两侧继续计数，最终收敛到精确的总和。</translation>
    </message>
    <message>
        <source>Three active regions behind DNS: when Tokyo fails, resolvers that hold on to old answers stretch the outage.</source>
        <translation>三个 active 区域位于 DNS 之后：东京故障时，死守旧答案的解析器拉长了中断。</translation>
    </message>
    <message>
        <source>A region fails behind DNS with a short TTL, yet cached answers keep some users failing for minutes.</source>
        <translation>区域在短 TTL 的 DNS 之后发生故障，但缓存的答案仍让部分用户失败好几分钟。</translation>
    </message>
    <message>
        <source>The same failure behind a front door: traffic moves as soon as the health checks notice.</source>
        <translation>同样的故障，改用 front door（前门）：健康检查一发现，流量就转移。</translation>
    </message>
    <message>
        <source>A database fails behind a shallow health check: the region stays in rotation and its users get errors.</source>
        <translation>数据库故障，但浅层健康检查没有发现：区域仍在轮转中，其用户收到错误。</translation>
    </message>
    <message>
        <source>The same database failure with a deep health check: the region leaves rotation and its users move.</source>
        <translation>同样的数据库故障，改用深层健康检查：区域退出轮转，其用户被转走。</translation>
    </message>
    <message>
        <source>A degraded, then cut link fools a health checker into dropping a healthy region.</source>
        <translation>先劣化后切断的链路骗过健康检查器，使其摘除了一个健康的区域。</translation>
    </message>
    <message>
        <source>Every user sent to one region at 1.5 times its capacity: its queue fills and it sheds load.</source>
        <translation>所有用户都被送到一个区域，达到其容量的 1.5 倍：队列填满，开始降载丢弃。</translation>
    </message>
    <message>
        <source>Failover and standby regions</source>
        <translation>故障切换与备用区域</translation>
    </message>
    <message>
        <source>Replication and lost writes</source>
        <translation>复制与丢失的写入</translation>
    </message>
    <message>
        <source>Partitions and split-brain</source>
        <translation>网络分区与 split-brain</translation>
    </message>
    <message>
        <source>Several primaries and conflicts</source>
        <translation>多个 primary 与冲突</translation>
    </message>
    <message>
        <source>Routing, health checks and load</source>
        <translation>路由、健康检查与负载</translation>
    </message>
</context>
<context>
    <name>fl::ui::ChartExporter</name>
    <message>
        <source>invalid chart size or resolution</source>
        <translation>图表尺寸或分辨率无效</translation>
    </message>
    <message>
        <source>A chart from Failover Lab</source>
        <translation>由 Failover Lab 生成的图表</translation>
    </message>
    <message>
        <source>cannot render the chart as %1</source>
        <translation>无法将图表渲染为 %1</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080 at 2×, large type)</source>
        <translation>幻灯片 16:9（1920 × 1080，2 倍，大字号）</translation>
    </message>
    <message>
        <source>Document (page width at 300 dpi)</source>
        <translation>文档（页宽，300 dpi）</translation>
    </message>
</context>
<context>
    <name>fl::ui::ChartFactory</name>
    <message>
        <source>Throughput by region</source>
        <translation>各区域吞吐量</translation>
    </message>
    <message>
        <source>Errors by region</source>
        <translation>各区域错误数</translation>
    </message>
    <message>
        <source>Latency p50 by population</source>
        <translation>各用户群 p50 延迟</translation>
    </message>
    <message>
        <source>Latency p99 by population</source>
        <translation>各用户群 p99 延迟</translation>
    </message>
    <message>
        <source>Success ratio by population</source>
        <translation>各用户群成功率</translation>
    </message>
    <message>
        <source>Traffic share by region</source>
        <translation>各区域流量占比</translation>
    </message>
    <message>
        <source>Queue depth by region</source>
        <translation>各区域队列深度</translation>
    </message>
    <message>
        <source>Successful requests per second (req/s)</source>
        <translation>每秒成功请求数（req/s）</translation>
    </message>
    <message>
        <source>Failed attempts per second (errors/s)</source>
        <translation>每秒失败尝试数（errors/s）</translation>
    </message>
    <message>
        <source>Requests that succeeded (%)</source>
        <translation>成功请求占比（%）</translation>
    </message>
    <message>
        <source>Share of request attempts (%)</source>
        <translation>请求尝试占比（%）</translation>
    </message>
    <message>
        <source>Requests waiting (requests)</source>
        <translation>排队等待的请求（个）</translation>
    </message>
    <message>
        <source>Time since start (s)</source>
        <translation>自开始起的时间（s）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Availability threshold</source>
        <translation>可用性阈值</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1（另有 %2 条）</translation>
    </message>
    <message>
        <source>Replication lag by region</source>
        <translation>各区域复制延迟</translation>
    </message>
    <message>
        <source>Replication backlog by region</source>
        <translation>各区域复制积压</translation>
    </message>
    <message>
        <source>Acknowledged writes lost, by mechanism</source>
        <translation>丢失的已确认写入（按机制）</translation>
    </message>
    <message>
        <source>Split-brain divergence</source>
        <translation>Split-brain 分歧</translation>
    </message>
    <message>
        <source>Conflicts and stale reads</source>
        <translation>冲突与陈旧读</translation>
    </message>
    <message>
        <source>Committed entries not yet received (entries)</source>
        <translation>已提交但尚未接收的条目（条）</translation>
    </message>
    <message>
        <source>Acknowledged writes lost so far (writes)</source>
        <translation>累计丢失的已确认写入（条）</translation>
    </message>
    <message>
        <source>Keys that differ between the two primaries (keys)</source>
        <translation>两个 primary 之间取值不同的键（个）</translation>
    </message>
    <message>
        <source>Occurrences per second (1/s)</source>
        <translation>每秒发生次数（1/s）</translation>
    </message>
    <message>
        <source>Never shipped to the promoted replica</source>
        <translation>未发送到被提升的副本</translation>
    </message>
    <message>
        <source>Overwritten by LWW</source>
        <translation>被 LWW 覆盖</translation>
    </message>
    <message>
        <source>Discarded when the old primary rejoined</source>
        <translation>旧 primary 重新加入时被丢弃</translation>
    </message>
    <message>
        <source>Divergent keys</source>
        <translation>分歧键</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Stale reads</source>
        <translation>陈旧读</translation>
    </message>
    <message>
        <source>%1, receive lag</source>
        <translation>%1，接收延迟</translation>
    </message>
    <message>
        <source>%1, apply lag</source>
        <translation>%1，应用延迟</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>错误/秒</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>个请求</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>条</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>次写入</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>个 key</translation>
    </message>
    <message>
        <source>1/s</source>
        <translation>次/秒</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
t = %2 s: %3</source>
        <translation>%1
t = %2 秒：%3</translation>
    </message>
    <message>
        <source>Incident %1: detected</source>
        <translation>事故 %1：已检测到</translation>
    </message>
    <message>
        <source>Incident %1: new primary</source>
        <translation>事故 %1：新 primary 接管</translation>
    </message>
    <message>
        <source>Incident %1: rerouted</source>
        <translation>事故 %1：流量已切换</translation>
    </message>
    <message>
        <source>Incident %1: recovered</source>
        <translation>事故 %1：已恢复</translation>
    </message>
    <message>
        <source>%1, dashed = applied</source>
        <translation>%1，虚线 = 已应用</translation>
    </message>
    <message>
        <source>Latency seen by clients (%1)</source>
        <translation>客户端观测到的延迟（%1）</translation>
    </message>
    <message>
        <source>Age of the oldest entry not yet received or applied (%1)</source>
        <translation>尚未接收或尚未应用的最旧条目的年龄（%1）</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 宕机</translation>
    </message>
</context>
<context>
    <name>fl::ui::ChartsPanel</name>
    <message>
        <source>%1 to %2 s of simulated time, one sample per metrics interval</source>
        <translation>模拟时间 %1 至 %2 秒，每个指标间隔一个样本</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>时间窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>整个运行</translation>
    </message>
    <message>
        <source>How much simulated time the charts show: a rolling window that follows the run, or everything kept since the start</source>
        <translation>图表显示多长的模拟时间：跟随运行滚动的时间窗口，或自开始以来保留的全部数据</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export the chart you last clicked as PNG, SVG or PDF</source>
        <translation>将最后点击的图表导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Export every chart, or the run&apos;s data as CSV or JSON</source>
        <translation>导出所有图表，或将运行数据导出为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>Hover over a line for its exact values; click a chart to make it the one Export Chart uses; right-click a chart to export it</source>
        <translation>将鼠标悬停在曲线上可查看精确数值；点击图表使其成为“导出图表”的对象；右键点击图表可直接导出</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 秒</translation>
    </message>
</context>
<context>
    <name>fl::ui::CompareChart</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>the shared schedule&apos;s commands</source>
        <translation>共同时间表中的命令</translation>
    </message>
    <message>
        <source>%1 — %2: %3 · %4: %5</source>
        <translation>%1 — %2：%3 · %4：%5</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>Requests that succeeded, all users</source>
        <translation>成功的请求，全部用户</translation>
    </message>
    <message>
        <source>Failed attempts per second, all regions</source>
        <translation>每秒失败的尝试，全部区域</translation>
    </message>
    <message>
        <source>Acknowledged writes lost so far, all mechanisms</source>
        <translation>截至目前丢失的已确认写入，所有机制合计</translation>
    </message>
</context>
<context>
    <name>fl::ui::CompareDialog</name>
    <message>
        <source>Scenario for Side B</source>
        <translation>B 侧的场景</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>场景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot take A&apos;s faults: %1</source>
        <translation>无法承接 A 的故障：%1</translation>
    </message>
    <message>
        <source>Pick a built-in scenario for side B.</source>
        <translation>请为 B 侧选择一个内置场景。</translation>
    </message>
    <message>
        <source>Choose a scenario file for side B.</source>
        <translation>请为 B 侧选择一个场景文件。</translation>
    </message>
    <message>
        <source>Write at least one setting to change, one PATH=VALUE per line.</source>
        <translation>请至少写一项要修改的设置，每行一个 PATH=VALUE。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <source>Ready: both sides run A&apos;s seed, duration and faults.</source>
        <translation>就绪：两侧使用 A 的随机种子、时长和故障。</translation>
    </message>
    <message>
        <source>Ready. Note: %1</source>
        <translation>就绪。注意：%1</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>&lt;b&gt;Side A&lt;/b&gt;: %1, as the window has it. Both sides will run A&apos;s seed, duration and fault schedule in lockstep.</source>
        <translation>&lt;b&gt;A 侧&lt;/b&gt;：%1，即窗口中当前的样子。两侧将同步（lockstep）运行 A 的随机种子、时长和故障计划。</translation>
    </message>
    <message>
        <source>Side B: a &amp;built-in scenario</source>
        <translation>B 侧：一个内置场景(&amp;B)</translation>
    </message>
    <message>
        <source>Side B: a scenario &amp;file</source>
        <translation>B 侧：一个场景文件(&amp;F)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Side B: A with &amp;settings changed</source>
        <translation>B 侧：修改了设置的 A(&amp;S)</translation>
    </message>
    <message>
        <source>One PATH=VALUE per line, as `failover-lab compare --set-b` takes them.</source>
        <translation>每行一个 PATH=VALUE，写法与 `failover-lab compare --set-b` 相同。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>fl::ui::CompareSideView</name>
    <message>
        <source>%1 · %2 · %3 · failover: %4</source>
        <translation>%1 · %2 · %3 · 故障转移：%4</translation>
    </message>
</context>
<context>
    <name>fl::ui::CompareTableWidget</name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>The better of the two</source>
        <translation>两者中较好的一方</translation>
    </message>
</context>
<context>
    <name>fl::ui::CompareWindow</name>
    <message>
        <source>Regions cannot be moved in the compare view.</source>
        <translation>对比视图中不能移动区域。</translation>
    </message>
    <message>
        <source>Compare: A %1 · B %2 — Failover Lab</source>
        <translation>对比：A %1 · B %2 — Failover Lab</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>运行(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or play both sides (one clock)</source>
        <translation>暂停或运行两侧（共用一个时钟）</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>Advance both sides by one simulated second</source>
        <translation>两侧各前进一秒模拟时间</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Start both sides again from time zero</source>
        <translation>两侧都从零时刻重新开始</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>加快(&amp;F)</translation>
    </message>
    <message>
        <source>Run both sides faster</source>
        <translation>让两侧运行得更快</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>减慢(&amp;L)</translation>
    </message>
    <message>
        <source>Run both sides slower</source>
        <translation>让两侧运行得更慢</translation>
    </message>
    <message>
        <source>&amp;Export Comparison…</source>
        <translation>导出对比(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the comparison as it stands (the table and each side&apos;s full report) as JSON</source>
        <translation>把当前的对比（表格及每一侧的完整报告）写成 JSON</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close the compare view</source>
        <translation>关闭对比视图</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>Apply &amp;To</source>
        <translation>作用于(&amp;T)</translation>
    </message>
    <message>
        <source>Every action goes to both sides at the same instant</source>
        <translation>每个操作都在同一时刻作用于两侧</translation>
    </message>
    <message>
        <source>Actions go to side A only</source>
        <translation>操作只作用于 A 侧</translation>
    </message>
    <message>
        <source>Actions go to side B only</source>
        <translation>操作只作用于 B 侧</translation>
    </message>
    <message>
        <source>Kill the &amp;Primary</source>
        <translation>杀掉 primary(&amp;P)</translation>
    </message>
    <message>
        <source>Kill the region that is A&apos;s primary now (B&apos;s when A has none), on %1</source>
        <translation>杀掉 A 当前的 primary 所在区域（A 没有时取 B 的），作用于：%1</translation>
    </message>
    <message>
        <source>&amp;Heal Everything</source>
        <translation>全部修复(&amp;H)</translation>
    </message>
    <message>
        <source>Heal every link and restore every region and tier, on %1</source>
        <translation>修复所有链路并恢复所有区域和层，作用于：%1</translation>
    </message>
    <message>
        <source>&amp;Kill Region</source>
        <translation>杀掉区域(&amp;K)</translation>
    </message>
    <message>
        <source>Crash the selected region (of side %1), on %2</source>
        <translation>让选中的区域（%1 侧的）崩溃，作用于：%2</translation>
    </message>
    <message>
        <source>&amp;Restore Region</source>
        <translation>恢复区域(&amp;R)</translation>
    </message>
    <message>
        <source>Bring the selected region back, on %1</source>
        <translation>让选中的区域恢复，作用于：%1</translation>
    </message>
    <message>
        <source>&amp;Destroy Region</source>
        <translation>摧毁区域(&amp;D)</translation>
    </message>
    <message>
        <source>Lose the selected region and its data, on %1</source>
        <translation>失去选中的区域及其数据，作用于：%1</translation>
    </message>
    <message>
        <source>&amp;Isolate Region</source>
        <translation>隔离区域(&amp;I)</translation>
    </message>
    <message>
        <source>Cut every link of the selected region, on %1</source>
        <translation>切断选中区域的所有链路，作用于：%1</translation>
    </message>
    <message>
        <source>Kill &amp;App Tier</source>
        <translation>停掉应用层(&amp;A)</translation>
    </message>
    <message>
        <source>Stop the selected region&apos;s app servers, on %1</source>
        <translation>停掉选中区域的应用服务器，作用于：%1</translation>
    </message>
    <message>
        <source>Restore A&amp;pp Tier</source>
        <translation>恢复应用层(&amp;P)</translation>
    </message>
    <message>
        <source>Start the selected region&apos;s app servers, on %1</source>
        <translation>启动选中区域的应用服务器，作用于：%1</translation>
    </message>
    <message>
        <source>Kill D&amp;ata Tier</source>
        <translation>停掉数据层(&amp;A)</translation>
    </message>
    <message>
        <source>Stop the selected region&apos;s database, on %1</source>
        <translation>停掉选中区域的数据库，作用于：%1</translation>
    </message>
    <message>
        <source>Restore Da&amp;ta Tier</source>
        <translation>恢复数据层(&amp;T)</translation>
    </message>
    <message>
        <source>Start the selected region&apos;s database, on %1</source>
        <translation>启动选中区域的数据库，作用于：%1</translation>
    </message>
    <message>
        <source>&amp;Cut Link</source>
        <translation>切断链路(&amp;C)</translation>
    </message>
    <message>
        <source>Cut the selected link both ways, on %1</source>
        <translation>双向切断选中的链路，作用于：%1</translation>
    </message>
    <message>
        <source>H&amp;eal Link</source>
        <translation>修复链路(&amp;E)</translation>
    </message>
    <message>
        <source>Heal the selected link, on %1</source>
        <translation>修复选中的链路，作用于：%1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Every &amp;Population&apos;s Rows</source>
        <translation>每个用户群的行(&amp;P)</translation>
    </message>
    <message>
        <source>Show each population&apos;s latency in the table</source>
        <translation>在表格中显示每个用户群的延迟</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large type for a talk, one key per common fault (? lists them; Esc twice or F11 leaves)</source>
        <translation>全屏、大字号，适合讲演；常见故障各有一个按键（按 ? 查看；按两次 Esc 或 F11 退出）</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Apply to:</source>
        <translation>作用于：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measured comparison&lt;/b&gt; (the better side highlighted)</source>
        <translation>&lt;b&gt;实测对比&lt;/b&gt;（较好的一方高亮）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions&lt;/b&gt; (where each one went)</source>
        <translation>&lt;b&gt;操作&lt;/b&gt;（各自作用于哪一侧）</translation>
    </message>
    <message>
        <source>Both Sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>A Only</source>
        <translation>仅 A</translation>
    </message>
    <message>
        <source>B Only</source>
        <translation>仅 B</translation>
    </message>
    <message>
        <source>Simulated time %1 on both sides · speed %2 · achieved %3</source>
        <translation>两侧模拟时间 %1 · 速度 %2 · 实际 %3</translation>
    </message>
    <message>
        <source>Simulated time %1 on both sides · paused</source>
        <translation>两侧模拟时间 %1 · 已暂停</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>测量中…</translation>
    </message>
    <message>
        <source>%1 · both · %2</source>
        <translation>%1 · 两侧 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 only · %3</source>
        <translation>%1 · 仅 %2 · %3</translation>
    </message>
    <message>
        <source>Refused: %1. Choose Apply To ▸ %2 Only to act on one side.</source>
        <translation>已拒绝：%1。若只想作用于一侧，请选择 作用于 ▸ 仅 %2。</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>已拒绝：%1。</translation>
    </message>
    <message>
        <source>Select a region on either map first.</source>
        <translation>请先在任一地图上选择一个区域。</translation>
    </message>
    <message>
        <source>Click a link on either map first.</source>
        <translation>请先在任一地图上点击一条链路。</translation>
    </message>
    <message>
        <source>No region is the primary now on either side: nothing to kill.</source>
        <translation>两侧当前都没有作为 primary 的区域：没有可杀掉的。</translation>
    </message>
    <message>
        <source>Reset: both sides restarted from time zero.</source>
        <translation>已重置：两侧都从零时刻重新开始。</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported the comparison to %1</source>
        <translation>已把对比导出到 %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>fl::ui::ConfigChangeCommand</name>
    <message>
        <source>Add region %1</source>
        <translation>添加区域 %1</translation>
    </message>
    <message>
        <source>Remove region %1</source>
        <translation>移除区域 %1</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>Move region %1</source>
        <translation>移动区域 %1</translation>
    </message>
</context>
<context>
    <name>fl::ui::ConfigEdit</name>
    <message>
        <source>The world needs at least one region.</source>
        <translation>世界中至少需要一个区域。</translation>
    </message>
    <message>
        <source>No region serves users: every region is a pilot light or a witness. Make one active or a warm standby.</source>
        <translation>没有区域为用户提供服务：所有区域都是 pilot light 或 witness。请把其中一个设为 active 或 warm standby。</translation>
    </message>
    <message>
        <source>The health check timeout (%1 s) must be shorter than its interval (%2 s): otherwise a new probe starts before the last one is judged.</source>
        <translation>健康检查超时（%1 秒）必须短于检查间隔（%2 秒）：否则上一次探测还没判定，新的探测就已开始。</translation>
    </message>
    <message>
        <source>The health checker runs inside a region: choose which one.</source>
        <translation>健康检查器运行在某个区域内：请选择是哪一个。</translation>
    </message>
    <message>
        <source>Under the weighted policy %1 has no weight on any region that serves users: its requests would have nowhere to go. Give it a weight above zero somewhere.</source>
        <translation>在加权策略下，%1 在所有提供服务的区域上权重都为零：它的请求将无处可去。请至少给一个区域大于零的权重。</translation>
    </message>
    <message>
        <source>Choose which region is the data primary.</source>
        <translation>请选择哪个区域作为数据 primary。</translation>
    </message>
    <message>
        <source>The data primary %1 is a witness, and a witness holds no data. Choose a region that holds data, or give it another role.</source>
        <translation>数据 primary %1 是 witness，而 witness 不保存数据。请选择一个保存数据的区域，或给它换一个角色。</translation>
    </message>
    <message>
        <source>%1 replication needs another region that holds data: with only one, no write could ever be acknowledged. Add a region or choose asynchronous replication.</source>
        <translation>%1复制需要另一个保存数据的区域：只有一个时，任何写入都无法得到确认。请添加区域或改用异步复制。</translation>
    </message>
    <message>
        <source>Choose the region the failover controller runs in.</source>
        <translation>请选择故障切换控制器所在的区域。</translation>
    </message>
    <message>
        <source>The failover probe timeout (%1 s) must be shorter than its interval (%2 s).</source>
        <translation>故障切换探测超时（%1 秒）必须短于探测间隔（%2 秒）。</translation>
    </message>
    <message>
        <source>With leases, the lease (%1 s) must last longer than the probe interval (%2 s) that renews it: otherwise the primary&apos;s lease lapses between renewals and it keeps refusing writes.</source>
        <translation>启用租约时，租约时长（%1 秒）必须长于续约用的探测间隔（%2 秒）：否则 primary 的租约会在两次续约之间过期，它就会一直拒绝写入。</translation>
    </message>
    <message>
        <source>A quorum election needs at least three voting regions (regions that hold data, or witnesses): with two, losing one leaves no majority and no failover can happen. Add a region or a witness.</source>
        <translation>多数派（quorum）选举至少需要三个有投票权的区域（保存数据的区域或 witness）：只有两个时，失去一个就凑不成多数，故障切换永远无法发生。请添加一个区域或 witness。</translation>
    </message>
    <message>
        <source>Multi-primary replicates asynchronously: the %1 mode is ignored (every region acknowledges its own writes at once).</source>
        <translation>多 primary 拓扑总是异步复制：%1模式会被忽略（每个区域都立即确认自己的写入）。</translation>
    </message>
    <message>
        <source>The conflict policy only matters for multi-primary: with one writer per key there is no conflict to resolve.</source>
        <translation>冲突策略只对多 primary 拓扑有意义：每个键只有一个写入者时不存在需要解决的冲突。</translation>
    </message>
    <message>
        <source>The failover controller manages a single primary only: with %1 it does not run, and its settings are ignored.</source>
        <translation>故障切换控制器只管理单 primary：在“%1”拓扑下它不会运行，相关设置会被忽略。</translation>
    </message>
    <message>
        <source>The failover controller runs in the primary&apos;s region: when that region fails, the controller fails with it and nobody fails over. A witness or another region is safer.</source>
        <translation>故障切换控制器与 primary 位于同一区域：该区域故障时控制器随之失效，无人执行故障切换。放在 witness 或其他区域更安全。</translation>
    </message>
    <message>
        <source>The %1 dependency lives in one region only: every region needs it to be reachable.</source>
        <translation>%1 依赖只部署在一个区域：所有区域都要依靠它可达。</translation>
    </message>
    <message>
        <source>The %1 dependency is deployed nowhere: every request that needs it fails.</source>
        <translation>%1 依赖没有部署在任何区域：所有需要它的请求都会失败。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <source> entries/s</source>
        <translation> 条/秒</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> 个样本</translation>
    </message>
    <message>
        <source> events</source>
        <translation> 条事件</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> 每小时</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3%4; it is %5.</source>
        <translation>%1 必须是 %2 到 %3%4 之间的整数；当前为 %5。</translation>
    </message>
    <message>
        <source>%1 must be greater than %2 and at most %3%4; it is %5.</source>
        <translation>%1 必须大于 %2 且不超过 %3%4；当前为 %5。</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3%4; it is %5.</source>
        <translation>%1 必须在 %2 到 %3%4 之间；当前为 %5。</translation>
    </message>
</context>
<context>
    <name>fl::ui::ControlPanel</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Manual (operator)</source>
        <translation>手动（由运维人员）</translation>
    </message>
    <message>
        <source>Settings change the running world at once, except those marked ↻: they are collected and applied together by restarting the simulation from time zero.</source>
        <translation>设置会立即作用于正在运行的世界；标有 ↻ 的除外：它们会先暂存，应用时一并生效，并让模拟从零时刻重新开始。</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Mechanism:</source>
        <translation>机制：</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <source>DNS TTL:</source>
        <translation>DNS TTL：</translation>
    </message>
    <message>
        <source>Failback:</source>
        <translation>回切：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>DNS: clients cache the answer for the TTL. Front door: a global load balancer decides per request.</source>
        <translation>DNS：客户端在 TTL 内缓存解析结果。前门：由全局负载均衡器逐个请求决定。</translation>
    </message>
    <message>
        <source>Which region answers a population. Dragging a population onto a region switches to weighted.</source>
        <translation>决定由哪个区域服务某个用户群体。把用户群体拖到某个区域上会切换为加权策略。</translation>
    </message>
    <message>
        <source>Whether a recovered region rejoins by itself or waits for an operator.</source>
        <translation>恢复后的区域是自动重新加入，还是等待运维人员操作。</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>间隔：</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>Failures to leave rotation:</source>
        <translation>连续失败几次移出轮换：</translation>
    </message>
    <message>
        <source>Successes to return:</source>
        <translation>连续成功几次重新加入：</translation>
    </message>
    <message>
        <source>Deep check:</source>
        <translation>深度检查：</translation>
    </message>
    <message>
        <source>Checker placement:</source>
        <translation>检查器位置：</translation>
    </message>
    <message>
        <source>Checker region:</source>
        <translation>检查器所在区域：</translation>
    </message>
    <message>
        <source>also probe the data tier</source>
        <translation>同时探测数据层</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Total demand:</source>
        <translation>总需求：</translation>
    </message>
    <message>
        <source>Read share:</source>
        <translation>读请求占比：</translation>
    </message>
    <message>
        <source>Key skew (Zipf):</source>
        <translation>键倾斜度（Zipf）：</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> 请求/秒</translation>
    </message>
    <message>
        <source>Scales every population, keeping their shares.</source>
        <translation>按比例缩放所有用户群体，保持各自份额不变。</translation>
    </message>
    <message>
        <source>0 spreads requests evenly over keys; about 1 concentrates them on a few hot keys.</source>
        <translation>0 表示请求均匀分布在各个键上；接近 1 时请求集中在少数热点键上。</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Random seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>The same seed and the same actions give the same run, bit for bit.</source>
        <translation>相同的种子和相同的操作会得到逐位相同的运行结果。</translation>
    </message>
    <message>
        <source>Apply and restart</source>
        <translation>应用并重新开始</translation>
    </message>
    <message>
        <source>Restarts the simulation from time zero with the settings marked ↻.</source>
        <translation>使用标有 ↻ 的设置，从零时刻重新开始模拟。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Changes marked ↻ are waiting: applying them restarts the simulation.</source>
        <translation>有标记 ↻ 的更改待应用：应用后模拟将重新开始。</translation>
    </message>
    <message>
        <source>%1 (witness)</source>
        <translation>%1（witness）</translation>
    </message>
    <message>
        <source>Added to the region&apos;s clock for last-write-wins timestamps; applies at once.</source>
        <translation>叠加到该区域时钟上，用于 LWW（最后写入者胜）时间戳；立即生效。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>拓扑：</translation>
    </message>
    <message>
        <source>Primary region:</source>
        <translation>Primary 区域：</translation>
    </message>
    <message>
        <source>Replication:</source>
        <translation>复制：</translation>
    </message>
    <message>
        <source>Batch interval:</source>
        <translation>批次间隔：</translation>
    </message>
    <message>
        <source>Apply rate:</source>
        <translation>应用速率：</translation>
    </message>
    <message>
        <source>Sync fallback:</source>
        <translation>同步降级：</translation>
    </message>
    <message>
        <source>Fall back after:</source>
        <translation>降级等待：</translation>
    </message>
    <message>
        <source>Writes at a replica:</source>
        <translation>副本收到写入时：</translation>
    </message>
    <message>
        <source>Reads from:</source>
        <translation>读取自：</translation>
    </message>
    <message>
        <source>Key ownership:</source>
        <translation>键归属：</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>冲突处理：</translation>
    </message>
    <message>
        <source>Single primary: one region takes every write. Multi-primary: every region does, and conflicts are resolved. Ownership: each key has a home region.</source>
        <translation>单 primary：所有写入都由一个区域承担。多 primary：每个区域都接受写入，并解决冲突。归属：每个键都有自己的归属区域。</translation>
    </message>
    <message>
        <source>When a write is acknowledged: after the replicas have it (synchronous), after one has it (semi-synchronous), or at once with the log shipped in batches (asynchronous, event log). Applies at once.</source>
        <translation>写入何时被确认：副本都收到之后（同步）、至少一个副本收到之后（半同步），或者立即确认、日志分批发送（异步、事件日志）。立即生效。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How often asynchronous and event-log replication ship the log.</source>
        <translation>异步复制和事件日志复制发送日志的频率。</translation>
    </message>
    <message>
        <source> entries/s</source>
        <translation> 条/秒</translation>
    </message>
    <message>
        <source>How fast a replica applies what it has received: below the write rate, its apply lag grows without bound.</source>
        <translation>副本应用已接收条目的速度：低于写入速率时，应用延迟会无限增长。</translation>
    </message>
    <message>
        <source>What a region that is not the primary does with a write it receives.</source>
        <translation>非 primary 区域收到写入时如何处理。</translation>
    </message>
    <message>
        <source>Local replicas answer fast but may be stale; the primary is always current.</source>
        <translation>本地副本响应快但可能过时；primary 总是最新的。</translation>
    </message>
    <message>
        <source>How concurrent writes to one key are merged under multi-primary. LWW drops one of them; the CRDT policies keep both.</source>
        <translation>多 primary 下同一个键的并发写入如何合并。LWW 会丢弃其中之一；CRDT 策略会保留双方。</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>Shared services some requests need. A request fails when its region reaches no deployment; deploy or remove one live from the Region menu.</source>
        <translation>部分请求需要的共享服务。请求所在区域无法访问任何部署时，请求失败；可在“区域”菜单中实时部署或移除。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Deployed in</source>
        <translation>部署于</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求占比</translation>
    </message>
    <message>
        <source>Add dependency</source>
        <translation>添加依赖</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>故障切换</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Controller region:</source>
        <translation>控制器区域：</translation>
    </message>
    <message>
        <source>Probe interval:</source>
        <translation>探测间隔：</translation>
    </message>
    <message>
        <source>Probe timeout:</source>
        <translation>探测超时：</translation>
    </message>
    <message>
        <source>Failed probes to act:</source>
        <translation>连续失败几次后行动：</translation>
    </message>
    <message>
        <source>Promotion time:</source>
        <translation>提升耗时：</translation>
    </message>
    <message>
        <source>Old primary rejoins:</source>
        <translation>旧 primary 重新加入：</translation>
    </message>
    <message>
        <source>Protections:</source>
        <translation>防护：</translation>
    </message>
    <message>
        <source>Lease duration:</source>
        <translation>租约时长：</translation>
    </message>
    <message>
        <source>Automatic: the controller promotes the best replica it can reach and reroutes. Manual: it raises an alert and waits for you (Failover menu).</source>
        <translation>自动：控制器提升它能联系到的最佳副本并切换路由。手动：它发出告警并等待你处理（“故障切换”菜单）。</translation>
    </message>
    <message>
        <source>The controller runs here and sees only the messages that reach it. A witness is a fine home for it; if this region is killed or destroyed, nobody fails over until it returns.</source>
        <translation>控制器运行在这里，只能看到送达它的消息。放在 witness 上很合适；如果这个区域被杀死或摧毁，在它恢复之前无人执行故障切换。</translation>
    </message>
    <message>
        <source>Reconfiguration after the replica has applied its backlog.</source>
        <translation>副本应用完积压条目之后的重新配置时间。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>RPO:</source>
        <translation>RPO：</translation>
    </message>
    <message>
        <source>RTO:</source>
        <translation>RTO：</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Recovery point objective: how far back acknowledged data may be lost.</source>
        <translation>恢复点目标（RPO）：已确认的数据最多允许丢失多久以前的。</translation>
    </message>
    <message>
        <source>Recovery time objective: from the fault until 99 % of each affected population&apos;s requests succeed again.</source>
        <translation>恢复时间目标（RTO）：从故障发生到每个受影响用户群的请求重新有 99% 成功。</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Active region:</source>
        <translation>Active 区域：</translation>
    </message>
    <message>
        <source>Warm standby:</source>
        <translation>Warm standby：</translation>
    </message>
    <message>
        <source>Pilot light:</source>
        <translation>Pilot light：</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>Witness：</translation>
    </message>
    <message>
        <source> /h</source>
        <translation> /小时</translation>
    </message>
    <message>
        <source>every region (starts cold)</source>
        <translation>每个区域（冷启动）</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>未部署</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of requests that need this service.</source>
        <translation>需要此服务的请求占比。</translation>
    </message>
    <message>
        <source>Remove this dependency</source>
        <translation>移除此依赖</translation>
    </message>
    <message>
        <source>A controller probes the primary; after the failed probes it elects and promotes a replica and points routing at it.</source>
        <translation>控制器持续探测 primary；探测连续失败后，它选举并提升一个副本，再把路由指向它。</translation>
    </message>
    <message>
        <source>The controller only manages a single primary: with %1 it does not run.</source>
        <translation>控制器只管理单 primary：在“%1”拓扑下它不会运行。</translation>
    </message>
    <message>
        <source>Now %1 per hour · this run so far %2</source>
        <translation>当前每小时 %1 · 本次运行累计 %2</translation>
    </message>
    <message>
        <source>degrade to asynchronous</source>
        <translation>降级为异步</translation>
    </message>
    <message>
        <source>When the replicas do not confirm in time, the primary stops waiting and acknowledges asynchronously (off: the writes time out).</source>
        <translation>副本未能及时确认时，primary 不再等待，改为异步确认（关闭时：这些写入会超时）。</translation>
    </message>
    <message>
        <source>quorum election</source>
        <translation>多数派（quorum）选举</translation>
    </message>
    <message>
        <source>Promote only with votes from a majority of the voting regions (data regions and witnesses).</source>
        <translation>只有获得多数投票区域（数据区域和 witness）的选票才提升。</translation>
    </message>
    <message>
        <source>fencing</source>
        <translation>隔离（fencing）</translation>
    </message>
    <message>
        <source>Storage that has seen a newer epoch refuses writes of an older one.</source>
        <translation>见过更新 epoch 的存储会拒绝旧 epoch 的写入。</translation>
    </message>
    <message>
        <source>leases</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>A primary acknowledges writes only while it holds a lease from the controller; a new primary waits until the old lease has lapsed.</source>
        <translation>primary 只在持有控制器授予的租约期间确认写入；新的 primary 要等旧租约过期后才开始。</translation>
    </message>
    <message>
        <source>Capacity
(req/s)</source>
        <translation>容量
(请求/秒)</translation>
    </message>
    <message>
        <source>Clock skew
(ms)</source>
        <translation>时钟偏差
（毫秒）</translation>
    </message>
    <message>
        <source>DNS resolvers:</source>
        <translation>DNS 解析器：</translation>
    </message>
    <message>
        <source>Ideal: every DNS cache keeps an answer for the TTL exactly. As measured: some resolvers keep answers for at least 5 minutes and some applications keep theirs until their session ends or a connection fails, as seen on the Internet (Flavel, Mani and Maltz, 2014).</source>
        <translation>理想：每个 DNS 缓存都恰好按 TTL 保留应答。实测：一些解析器至少保留应答 5 分钟，一些应用则一直保留自己的应答，直到会话结束或连接失败，与互联网上的观测一致（Flavel、Mani 与 Maltz，2014）。</translation>
    </message>
    <message>
        <source>Sync set lag timeout:</source>
        <translation>同步集滞后超时：</translation>
    </message>
    <message>
        <source>Sync set at least:</source>
        <translation>同步集至少：</translation>
    </message>
    <message>
        <source>Sync all: a replica that has not confirmed a write for this long leaves the sync set, if the controller agrees; writes then stop waiting for it.</source>
        <translation>全同步：副本超过这段时间仍未确认某个写入，经控制器同意后退出同步集；此后写入不再等它。</translation>
    </message>
    <message>
        <source> replicas</source>
        <translation> 个副本</translation>
    </message>
    <message>
        <source>Sync all: the set never shrinks below this many replicas; below it, writes block instead. Fewer buys availability with durability.</source>
        <translation>全同步：同步集不会缩小到少于这么多副本；再少时写入会阻塞。设得越少，就是用持久性换可用性。</translation>
    </message>
    <message>
        <source>Log kept for a lagging copy:</source>
        <translation>为落后副本保留的日志：</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>Single primary: the log entries the primary keeps for a replica that is cut off or behind. Past it the replica is detached and re-seeded from a snapshot when it is back; writes it never received are lost if it is promoted first. Bounds memory in a long partition.</source>
        <translation>单 primary：primary 为被切断或落后的副本保留的日志条目数。超过后该副本被分离，恢复连接时从快照重新播种；若它先被提升为 primary，它从未收到的写入即丢失。在长时间分区中限制内存。</translation>
    </message>
</context>
<context>
    <name>fl::ui::DegradeDialog</name>
    <message>
        <source>Degrade link</source>
        <translation>劣化链路</translation>
    </message>
    <message>
        <source>Make the link between %1 and %2 slower and lossy. Replication streams retransmit lost messages (they arrive late); health probes are simply lost.</source>
        <translation>让 %1 与 %2 之间的链路变慢并产生丢包。复制流会重传丢失的消息（因此到达变晚）；健康探测则直接丢失。</translation>
    </message>
    <message>
        <source>Extra one-way delay:</source>
        <translation>额外单向延迟：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>丢包率：</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>%1 → %2 only</source>
        <translation>仅 %1 → %2</translation>
    </message>
</context>
<context>
    <name>fl::ui::EventLogPanel</name>
    <message numerus="yes">
        <source>… %n earlier event(s) not shown</source>
        <translation>
            <numerusform>… 另有 %n 个更早的事件未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <source>Simulation events and your actions, in simulated time · click one to see its time</source>
        <translation>模拟事件与你的操作（按模拟时间）· 单击一条可查看其时间</translation>
    </message>
    <message>
        <source>Show or hide events of this kind</source>
        <translation>显示或隐藏这一类事件</translation>
    </message>
    <message>
        <source>Show only the events about one region</source>
        <translation>只显示与某个区域有关的事件</translation>
    </message>
</context>
<context>
    <name>fl::ui::ExportDialog</name>
    <message>
        <source>Choose where to write the export.</source>
        <translation>请选择导出位置。</translation>
    </message>
    <message>
        <source>%1 is a file; the export needs a folder.</source>
        <translation>%1 是文件；此导出需要一个文件夹。</translation>
    </message>
    <message>
        <source>%1 is a folder; the export needs a file name.</source>
        <translation>%1 是文件夹；此导出需要一个文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>导出内容(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size (pixels):</source>
        <translation>尺寸（像素）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Resolution (dpi):</source>
        <translation>分辨率 (dpi)(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <source>This chart: %1</source>
        <translation>当前图表：%1</translation>
    </message>
    <message>
        <source>All charts (a folder)</source>
        <translation>所有图表（一个文件夹）</translation>
    </message>
    <message>
        <source>The run&apos;s data as CSV (a folder)</source>
        <translation>运行数据，CSV 格式（一个文件夹）</translation>
    </message>
    <message>
        <source>The run&apos;s report as JSON</source>
        <translation>运行报告，JSON 格式</translation>
    </message>
    <message>
        <source>The map as PNG</source>
        <translation>地图，PNG 格式</translation>
    </message>
    <message>
        <source>Above 96 dpi, text and lines grow with the resolution, so a 300 dpi image reads at the same physical size</source>
        <translation>高于 96 dpi 时，文字和线条随分辨率放大，因此 300 dpi 的图像打印出来的物理尺寸相同</translation>
    </message>
    <message>
        <source>A file, or a folder for all charts and for CSV (created if missing)</source>
        <translation>一个文件；导出所有图表或 CSV 时为一个文件夹（不存在时自动创建）</translation>
    </message>
    <message>
        <source>For &amp;use in:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <source>A slide gets large type and thick lines at 3840 × 2160 pixels; a document a page&apos;s width at 300 dpi. Changing the size or resolution makes it custom.</source>
        <translation>幻灯片：3840 × 2160 像素，大字号、粗线条；文档：页宽、300 dpi。手动修改尺寸或分辨率即变为自定义。</translation>
    </message>
</context>
<context>
    <name>fl::ui::HealthPanel</name>
    <message>
        <source>Issued</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Failed (nothing applied)</source>
        <translation>失败（未生效）</translation>
    </message>
    <message>
        <source>Indeterminate (timed out)</source>
        <translation>不确定（超时）</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Durable</source>
        <translation>持久</translation>
    </message>
    <message>
        <source>Pending (not on every copy)</source>
        <translation>待复制（尚未到达所有副本）</translation>
    </message>
    <message>
        <source>Orphaned (on a deposed primary)</source>
        <translation>孤儿（在被废黜的 primary 上）</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Conflicts resolved</source>
        <translation>已解决的冲突</translation>
    </message>
    <message>
        <source>LWW drops (concurrent)</source>
        <translation>LWW 丢弃（并发）</translation>
    </message>
    <message>
        <source>LWW drops (clock skew)</source>
        <translation>LWW 丢弃（时钟偏差）</translation>
    </message>
    <message>
        <source>Orphans reconciled</source>
        <translation>已协调的孤儿写入</translation>
    </message>
    <message>
        <source>Reads judged</source>
        <translation>已判定的读取</translation>
    </message>
    <message>
        <source>Stale reads</source>
        <translation>陈旧读</translation>
    </message>
    <message>
        <source>Read-your-writes violations</source>
        <translation>违反读己之写</translation>
    </message>
    <message>
        <source>Monotonic-read violations</source>
        <translation>违反单调读</translation>
    </message>
    <message>
        <source>Divergent keys</source>
        <translation>分歧键</translation>
    </message>
    <message>
        <source>Fencing refusals</source>
        <translation>fencing 拒绝</translation>
    </message>
    <message>
        <source>Stale-epoch writes applied</source>
        <translation>已应用的旧 epoch 写入</translation>
    </message>
    <message>
        <source>Sync fallbacks to async</source>
        <translation>同步降级为异步</translation>
    </message>
    <message>
        <source>Acknowledged since the last promotion</source>
        <translation>上次提升以来已确认</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Failover controller: not running (%1 has no single primary to fail over).</source>
        <translation>故障切换控制器：未运行（“%1”拓扑没有可切换的单一 primary）。</translation>
    </message>
    <message>
        <source>Failover controller in %1: &lt;b&gt;down with its region&lt;/b&gt; — nobody fails over until it returns.</source>
        <translation>%1 中的故障切换控制器：&lt;b&gt;随所在区域宕机&lt;/b&gt;——在它恢复前无人执行故障切换。</translation>
    </message>
    <message>
        <source>promoting %1</source>
        <translation>正在提升 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;alert verified: promote a replica&lt;/b&gt; (Failover menu)</source>
        <translation>&lt;b&gt;告警已确认：请提升一个副本&lt;/b&gt;（“故障切换”菜单）</translation>
    </message>
    <message>
        <source>&lt;b&gt;awaiting the operator&lt;/b&gt;: verify the alert (Failover menu)</source>
        <translation>&lt;b&gt;等待运维人员&lt;/b&gt;：请确认告警（“故障切换”菜单）</translation>
    </message>
    <message>
        <source>electing a new primary</source>
        <translation>正在选举新的 primary</translation>
    </message>
    <message>
        <source>primary declared failed</source>
        <translation>已判定 primary 故障</translation>
    </message>
    <message numerus="yes">
        <source>%n failed probe(s) in a row</source>
        <translation>
            <numerusform>连续 %n 次探测失败</numerusform>
        </translation>
    </message>
    <message>
        <source>watching, all well</source>
        <translation>监视中，一切正常</translation>
    </message>
    <message>
        <source>SPLIT-BRAIN</source>
        <translation>SPLIT-BRAIN（脑裂）</translation>
    </message>
    <message>
        <source>replication: %1</source>
        <translation>复制：%1</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>已摧毁</translation>
    </message>
    <message>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>app tier down</source>
        <translation>应用层宕机</translation>
    </message>
    <message>
        <source>data tier down</source>
        <translation>数据层宕机</translation>
    </message>
    <message>
        <source>held for failback</source>
        <translation>等待回切</translation>
    </message>
    <message>
        <source>out of rotation</source>
        <translation>已移出轮换</translation>
    </message>
    <message>
        <source>starting (%1 s)</source>
        <translation>启动中（%1 秒）</translation>
    </message>
    <message>
        <source>up</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>shedding</source>
        <translation>正在丢弃请求</translation>
    </message>
    <message>
        <source>data lost</source>
        <translation>数据已丢失</translation>
    </message>
    <message>
        <source>deposed, still primary!</source>
        <translation>已被废黜，仍以 primary 自居！</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>lease lapsed</source>
        <translation>租约已过期</translation>
    </message>
    <message>
        <source>being promoted</source>
        <translation>正在提升</translation>
    </message>
    <message>
        <source>replica of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>%1 / %2 ms</source>
        <translation>%1 / %2 毫秒</translation>
    </message>
    <message>
        <source>Received / applied lag: age of the oldest committed entry not yet received / applied here. %1 entries behind.</source>
        <translation>接收 / 应用延迟：此处尚未接收 / 应用的最早已提交条目的年龄。落后 %1 条。</translation>
    </message>
    <message>
        <source>%1 % · %2</source>
        <translation>%1% · %2</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 不可达</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>%1 本地</translation>
    </message>
    <message>
        <source>%1 remote</source>
        <translation>%1 远程</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Lag (recv / apply)</source>
        <translation>延迟（接收 / 应用）</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation>错误/秒</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>Cost/h</source>
        <translation>成本/小时</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>用户群</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>A read that returned a value older than a write acknowledged before the read began.</source>
        <translation>读取返回的值比读取开始前已确认的某个写入更旧。</translation>
    </message>
    <message>
        <source>Keys whose values differ between two regions that both act as primary.</source>
        <translation>在两个都以 primary 身份行事的区域之间取值不同的键。</translation>
    </message>
    <message>
        <source>Lost: never reached the new primary</source>
        <translation>丢失：从未到达新的 primary</translation>
    </message>
    <message>
        <source>Lost: overwritten by LWW</source>
        <translation>丢失：被 LWW 覆盖</translation>
    </message>
    <message>
        <source>Lost: discarded at rejoin</source>
        <translation>丢失：重新加入时被丢弃</translation>
    </message>
    <message>
        <source>old primary (down)</source>
        <translation>旧 primary（宕机）</translation>
    </message>
    <message>
        <source>Writes: %1 acknowledged · %2 pending · %3 orphaned · %4 lost · %5 indeterminate · %6 stale reads</source>
        <translation>写入：已确认 %1 · 待复制 %2 · 孤儿 %3 · 丢失 %4 · 不确定 %5 · 陈旧读 %6</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Populations</source>
        <translation>用户群</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Every client write has exactly one fate; every figure is the simulation&apos;s own count.</source>
        <translation>每个客户端写入都恰好有一种结局；每个数字都直接来自模拟的计数。</translation>
    </message>
    <message>
        <source>Failover controller · %1 · in %2: %3 · data primary %4, epoch %5 · routing primary %6</source>
        <translation>故障切换控制器 · %1 · 位于 %2：%3 · 数据 primary %4，epoch %5 · 路由 primary %6</translation>
    </message>
    <message>
        <source>Availability: &lt;b&gt;%1&lt;/b&gt; of requests · &lt;b&gt;%2&lt;/b&gt; of the time (intervals with at least %3 succeeding) · Cost: %4 per hour, %5 so far</source>
        <translation>可用性：按请求计 &lt;b&gt;%1&lt;/b&gt; · 按时间计 &lt;b&gt;%2&lt;/b&gt;（成功率不低于 %3 的区间）· 成本：每小时 %4，迄今 %5</translation>
    </message>
    <message>
        <source>Mean queueing delay (time requests waited for the app tier before service): %1 ms in the last interval, %2 ms over the run.</source>
        <translation>平均排队延迟（请求在应用层开始服务前等待的时间）：最近一个区间 %1 毫秒，整个运行 %2 毫秒。</translation>
    </message>
    <message>
        <source>Lost: overwritten by an older epoch</source>
        <translation>丢失：被旧 epoch 的写入覆盖</translation>
    </message>
    <message>
        <source>Durable: a deposed primary&apos;s, re-applied</source>
        <translation>持久：来自被取代的 primary，已重新应用</translation>
    </message>
</context>
<context>
    <name>fl::ui::IncidentPanel</name>
    <message>
        <source>Link of %1 cut</source>
        <translation>%1 的链路被切断</translation>
    </message>
    <message>
        <source>RPO %1 s</source>
        <translation>RPO %1 秒</translation>
    </message>
    <message>
        <source>RTO %1 s</source>
        <translation>RTO %1 秒</translation>
    </message>
    <message>
        <source>No incident yet: kill, destroy or isolate a region (or cut a link) to start one.</source>
        <translation>还没有事故：杀死、摧毁或隔离一个区域（或切断一条链路）即可开始。</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s); times are simulated (minutes:seconds), phases relative to the fault.</source>
        <translation>
            <numerusform>共 %n 起事故；时间为模拟时间（分:秒），各阶段相对于故障时刻。</numerusform>
        </translation>
    </message>
    <message>
        <source>No targets set (Controls ▸ Targets).</source>
        <translation>未设置目标（控制 ▸ 目标）。</translation>
    </message>
    <message>
        <source>Targets: %1.</source>
        <translation>目标：%1。</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未发生</translation>
    </message>
    <message>
        <source>Never happened in this incident</source>
        <translation>本次事故中未发生</translation>
    </message>
    <message>
        <source>open, %1 so far</source>
        <translation>进行中，已 %1</translation>
    </message>
    <message>
        <source>Already past the RTO target</source>
        <translation>已超过 RTO 目标</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 ✗</source>
        <translation>%1 ✗</translation>
    </message>
    <message>
        <source>Within the RTO target</source>
        <translation>在 RTO 目标之内</translation>
    </message>
    <message>
        <source>Missed the RTO target</source>
        <translation>未达到 RTO 目标</translation>
    </message>
    <message>
        <source>No RTO target set</source>
        <translation>未设置 RTO 目标</translation>
    </message>
    <message>
        <source>Acknowledged writes lost to this incident, and how far back before the fault (or over what span) they reach.</source>
        <translation>本次事故中丢失的已确认写入，以及它们追溯到故障前多久（或覆盖多长时间）。</translation>
    </message>
    <message>
        <source>At recovery: %1 orphaned writes, %2 divergent keys.</source>
        <translation>恢复时：孤儿写入 %1 个，分歧键 %2 个。</translation>
    </message>
    <message>
        <source>Red: undetected · orange: failing over · amber: promoted, not yet rerouted · green: users recovering · dot: recovered</source>
        <translation>红：未发现 · 橙：故障切换中 · 琥珀：已提升、尚未切换路由 · 绿：用户恢复中 · 圆点：已恢复</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>故障时间</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>Rerouted</source>
        <translation>切换路由</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>%1
+%2</source>
        <translation>%1
+%2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Service harmed (below 99 % of requests served): %1</source>
        <translation>服务受损（请求成功率低于 99%）：%1</translation>
    </message>
    <message>
        <source>Data harmed (acknowledged writes lost): %1</source>
        <translation>数据受损（已确认写入丢失）：%1</translation>
    </message>
    <message>
        <source>Reads harmed (stale reads while open): %1</source>
        <translation>读取受损（事故期间读到陈旧数据）：%1</translation>
    </message>
    <message>
        <source>Closed at the heal, %1 after the fault.</source>
        <translation>故障修复时关闭，距故障 %1。</translation>
    </message>
    <message>
        <source>Healed %1 after the fault; open until every stranded write has met its fate.</source>
        <translation>故障后 %1 修复；在每个滞留的写入有最终结果之前保持打开。</translation>
    </message>
    <message>
        <source>Open until the fault is healed.</source>
        <translation>在故障修复之前保持打开。</translation>
    </message>
    <message>
        <source>%1 was promoted; at the failure it was %2 behind (%3 entries not yet received), with %4 acknowledged writes per second before the fault.</source>
        <translation>提升为 primary 的是 %1；故障时它落后 %2（%3 条日志尚未收到），故障前每秒有 %4 个已确认写入。</translation>
    </message>
    <message>
        <source>At the heal: %1 orphaned writes, %2 divergent keys.</source>
        <translation>修复时：%1 个孤儿写入，%2 个分歧键。</translation>
    </message>
    <message>
        <source>Still open: writes lost at the heal will count here too.</source>
        <translation>仍未关闭：修复时丢失的写入也会计入这里。</translation>
    </message>
    <message>
        <source>none lost</source>
        <translation>无丢失</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>丢失 %1</translation>
    </message>
</context>
<context>
    <name>fl::ui::LabText</name>
    <message>
        <source>active</source>
        <translation>active（主用）</translation>
    </message>
    <message>
        <source>warm standby</source>
        <translation>warm standby（温备）</translation>
    </message>
    <message>
        <source>pilot light</source>
        <translation>pilot light（指示灯）</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>witness（见证）</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Front door (per request)</source>
        <translation>前门（逐请求）</translation>
    </message>
    <message>
        <source>Primary only (active-passive)</source>
        <translation>仅 primary（主备）</translation>
    </message>
    <message>
        <source>Geo-nearest</source>
        <translation>地理就近</translation>
    </message>
    <message>
        <source>Latency-based</source>
        <translation>基于延迟</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>External service</source>
        <translation>外部服务</translation>
    </message>
    <message>
        <source>Inside a region</source>
        <translation>区域内部</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1k/s</source>
        <translation>%1k/秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Kill %1</source>
        <translation>杀死 %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>摧毁 %1</translation>
    </message>
    <message>
        <source>Kill the app tier of %1</source>
        <translation>杀死 %1 的应用层</translation>
    </message>
    <message>
        <source>Restore the app tier of %1</source>
        <translation>恢复 %1 的应用层</translation>
    </message>
    <message>
        <source>Kill the data tier of %1</source>
        <translation>杀死 %1 的数据层</translation>
    </message>
    <message>
        <source>Restore the data tier of %1</source>
        <translation>恢复 %1 的数据层</translation>
    </message>
    <message>
        <source>Cut the link %1 → %2</source>
        <translation>切断链路 %1 → %2</translation>
    </message>
    <message>
        <source>Cut the link %1 ↔ %2</source>
        <translation>切断链路 %1 ↔ %2</translation>
    </message>
    <message>
        <source>Heal the link %1 → %2</source>
        <translation>修复链路 %1 → %2</translation>
    </message>
    <message>
        <source>Heal the link %1 ↔ %2</source>
        <translation>修复链路 %1 ↔ %2</translation>
    </message>
    <message>
        <source>Degrade the link %1 ↔ %2 (+%3 ms, %4 % loss)</source>
        <translation>劣化链路 %1 ↔ %2（+%3 毫秒，丢包 %4 %）</translation>
    </message>
    <message>
        <source>Isolate %1 from the other regions</source>
        <translation>将 %1 与其他区域隔离</translation>
    </message>
    <message>
        <source>Weight of %1 for %2: %3</source>
        <translation>%1 对 %2 的权重：%3</translation>
    </message>
    <message>
        <source>Demand of %1: %2</source>
        <translation>%1 的需求：%2</translation>
    </message>
    <message>
        <source>Routing policy: %1</source>
        <translation>路由策略：%1</translation>
    </message>
    <message>
        <source>Routing mechanism: %1</source>
        <translation>路由机制：%1</translation>
    </message>
    <message>
        <source>DNS TTL: %1 s</source>
        <translation>DNS TTL：%1 秒</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <source>Operator failback to %1</source>
        <translation>运维人员回切到 %1</translation>
    </message>
    <message>
        <source>Command %1</source>
        <translation>命令 %1</translation>
    </message>
    <message>
        <source>Applied: degrade the link %1 ↔ %2</source>
        <translation>已生效：劣化链路 %1 ↔ %2</translation>
    </message>
    <message>
        <source>Applied: new weight of %1 for %2</source>
        <translation>已生效：%1 对 %2 的新权重</translation>
    </message>
    <message>
        <source>Applied: new demand of %1</source>
        <translation>已生效：%1 的新需求</translation>
    </message>
    <message>
        <source>Applied: new DNS TTL</source>
        <translation>已生效：新的 DNS TTL</translation>
    </message>
    <message>
        <source>Applied: cut the link %1 – %2</source>
        <translation>已生效：切断链路 %1 – %2</translation>
    </message>
    <message>
        <source>Applied: heal the link %1 – %2</source>
        <translation>已生效：修复链路 %1 – %2</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>已生效：%1</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 已宕机</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 已恢复运行</translation>
    </message>
    <message>
        <source>%1 destroyed: its data is gone</source>
        <translation>%1 已被摧毁：其数据永久丢失</translation>
    </message>
    <message>
        <source>%1: app tier down</source>
        <translation>%1：应用层宕机</translation>
    </message>
    <message>
        <source>%1: app tier back</source>
        <translation>%1：应用层恢复</translation>
    </message>
    <message>
        <source>%1: data tier down</source>
        <translation>%1：数据层宕机</translation>
    </message>
    <message>
        <source>%1: data tier back</source>
        <translation>%1：数据层恢复</translation>
    </message>
    <message>
        <source>Link %1 → %2 cut</source>
        <translation>链路 %1 → %2 已切断</translation>
    </message>
    <message>
        <source>Link %1 → %2 healed</source>
        <translation>链路 %1 → %2 已修复</translation>
    </message>
    <message>
        <source>Link %1 → %2 degraded (+%3 ms)</source>
        <translation>链路 %1 → %2 已劣化（+%3 毫秒）</translation>
    </message>
    <message>
        <source>Health check of %1 failed (%2 in a row)</source>
        <translation>%1 的健康检查失败（连续 %2 次）</translation>
    </message>
    <message>
        <source>%1 taken out of rotation by the health checks</source>
        <translation>健康检查已将 %1 移出轮换</translation>
    </message>
    <message>
        <source>%1 back in rotation</source>
        <translation>%1 已重新加入轮换</translation>
    </message>
    <message>
        <source>%1 is healthy again; failback waits for an operator</source>
        <translation>%1 已恢复健康；回切需等待运维人员</translation>
    </message>
    <message>
        <source>No healthy region: routing fails open</source>
        <translation>没有健康的区域：路由以 fail-open 方式放行</translation>
    </message>
    <message>
        <source>%1 scaling up to full capacity (%2 s)</source>
        <translation>%1 正在扩容到满容量（%2 秒）</translation>
    </message>
    <message>
        <source>%1 at full capacity</source>
        <translation>%1 已达满容量</translation>
    </message>
    <message>
        <source>%1 booting (%2 s)</source>
        <translation>%1 正在启动（%2 秒）</translation>
    </message>
    <message>
        <source>%1 ready to serve</source>
        <translation>%1 已可提供服务</translation>
    </message>
    <message>
        <source>%1 overloaded: shedding requests</source>
        <translation>%1 过载：正在丢弃请求</translation>
    </message>
    <message>
        <source>%1 no longer overloaded</source>
        <translation>%1 已不再过载</translation>
    </message>
    <message>
        <source>%1 stopped waiting for its synchronous replicas (now asynchronous)</source>
        <translation>%1 不再等待同步副本（已转为异步）</translation>
    </message>
    <message>
        <source>%1 promoted to primary (epoch %2)</source>
        <translation>%1 被提升为 primary（epoch %2）</translation>
    </message>
    <message>
        <source>%1 stepped down: a newer primary exists (%2 writes discarded)</source>
        <translation>%1 已退位：存在更新的 primary（丢弃了 %2 个写入）</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Single primary</source>
        <translation>单 primary</translation>
    </message>
    <message>
        <source>Multi-primary</source>
        <translation>多 primary</translation>
    </message>
    <message>
        <source>Ownership (home region per key)</source>
        <translation>归属（每个键有归属区域）</translation>
    </message>
    <message>
        <source>Synchronous (all replicas)</source>
        <translation>同步（全部副本）</translation>
    </message>
    <message>
        <source>Synchronous (quorum)</source>
        <translation>同步（多数派）</translation>
    </message>
    <message>
        <source>Semi-synchronous</source>
        <translation>半同步</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>异步</translation>
    </message>
    <message>
        <source>Event log (queue)</source>
        <translation>事件日志（队列）</translation>
    </message>
    <message>
        <source>Forward to the primary</source>
        <translation>转发给 primary</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Local replica</source>
        <translation>本地副本</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>By key hash</source>
        <translation>按键哈希</translation>
    </message>
    <message>
        <source>By population (nearest region)</source>
        <translation>按用户群（最近区域）</translation>
    </message>
    <message>
        <source>Last write wins (LWW)</source>
        <translation>最后写入者胜（LWW）</translation>
    </message>
    <message>
        <source>PN-counter (CRDT)</source>
        <translation>PN 计数器（CRDT）</translation>
    </message>
    <message>
        <source>OR-set (CRDT)</source>
        <translation>OR 集合（CRDT）</translation>
    </message>
    <message>
        <source>Field merge</source>
        <translation>字段合并</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Manual (operator)</source>
        <translation>手动（由运维人员）</translation>
    </message>
    <message>
        <source>Discard its orphaned writes</source>
        <translation>丢弃其孤儿写入</translation>
    </message>
    <message>
        <source>Replay orphans if newer (LWW)</source>
        <translation>孤儿写入更新时重放（LWW）</translation>
    </message>
    <message>
        <source>Reconcile (replay every orphan)</source>
        <translation>协调（重放所有孤儿写入）</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>control plane</source>
        <translation>控制面</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Operator: verify the alert</source>
        <translation>运维人员：确认告警</translation>
    </message>
    <message>
        <source>Operator: promote %1 to primary</source>
        <translation>运维人员：将 %1 提升为 primary</translation>
    </message>
    <message>
        <source>Operator: reroute traffic to %1</source>
        <translation>运维人员：把流量切换到 %1</translation>
    </message>
    <message>
        <source>Deploy %1 in %2</source>
        <translation>在 %2 部署%1</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>从 %2 移除%1</translation>
    </message>
    <message>
        <source>Clock skew of %1: %2 ms</source>
        <translation>%1 的时钟偏差：%2 毫秒</translation>
    </message>
    <message>
        <source>Replication mode: %1</source>
        <translation>复制模式：%1</translation>
    </message>
    <message>
        <source>Applied: new clock skew of %1</source>
        <translation>已生效：%1 的新时钟偏差</translation>
    </message>
    <message>
        <source>The failover controller&apos;s probe of the primary %1 failed (%2 in a row)</source>
        <translation>故障切换控制器对 primary %1 的探测失败（连续 %2 次）</translation>
    </message>
    <message>
        <source>The failover controller declares the primary %1 failed</source>
        <translation>故障切换控制器判定 primary %1 已故障</translation>
    </message>
    <message>
        <source>Manual failover: the alert about %1 waits for an operator (verify, promote, reroute)</source>
        <translation>手动故障切换：关于 %1 的告警等待运维人员处理（确认、提升、切换路由）</translation>
    </message>
    <message>
        <source>The operator verified the alert</source>
        <translation>运维人员已确认告警</translation>
    </message>
    <message numerus="yes">
        <source>Election started: %n voting region(s) asked</source>
        <translation>
            <numerusform>选举开始：已询问 %n 个投票区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Election failed: no quorum or no reachable replica (%n vote(s) granted)</source>
        <translation>
            <numerusform>选举失败：未达到多数派或没有可达的副本（获得 %n 票）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is being promoted: it can take writes in %2 s</source>
        <translation>正在提升 %1：%2 秒后可以接受写入</translation>
    </message>
    <message>
        <source>Routing now points at %1</source>
        <translation>路由现在指向 %1</translation>
    </message>
    <message>
        <source>The lease of %1 lapsed: it stops acknowledging writes</source>
        <translation>%1 的租约已过期：它停止确认写入</translation>
    </message>
    <message>
        <source>%1 refused writes of an older epoch from %2 (fencing)</source>
        <translation>%1 拒绝了来自 %2 的旧 epoch 写入（fencing）</translation>
    </message>
    <message>
        <source>%1 applied writes of an older epoch from %2 (no fencing)</source>
        <translation>%1 应用了来自 %2 的旧 epoch 写入（未启用 fencing）</translation>
    </message>
    <message>
        <source>Split-brain: two regions acknowledge writes as primary</source>
        <translation>split-brain（脑裂）：两个区域都以 primary 身份确认写入</translation>
    </message>
    <message>
        <source>Split-brain over: one primary again</source>
        <translation>split-brain（脑裂）结束：重新只有一个 primary</translation>
    </message>
    <message>
        <source>%1 reaches no %2 deployment: requests that need it fail</source>
        <translation>%1 无法访问任何%2部署：需要它的请求失败</translation>
    </message>
    <message>
        <source>Incident #%1 opened (fault at %2)</source>
        <translation>事故 #%1 开始（故障位于 %2）</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>故障切换</translation>
    </message>
    <message>
        <source>Faults and commands</source>
        <translation>故障与命令</translation>
    </message>
    <message>
        <source>Ideal (every cache honours the TTL)</source>
        <translation>理想（每个缓存都遵守 TTL）</translation>
    </message>
    <message>
        <source>As measured (some caches keep answers longer)</source>
        <translation>实测（部分缓存保留应答更久）</translation>
    </message>
    <message>
        <source>%1 dropped %2 from its sync set (lagging; the controller agreed): fewer copies now hold each write</source>
        <translation>%1 将 %2 移出同步集（滞后；控制器已同意）：现在每个写入的副本更少了</translation>
    </message>
    <message>
        <source>%2 caught up and is back in the sync set of %1</source>
        <translation>%2 已追上，重新加入 %1 的同步集</translation>
    </message>
    <message>
        <source>Writes blocked on %1: waiting for %2</source>
        <translation>%1 上的写入被阻塞：正在等待 %2</translation>
    </message>
    <message>
        <source>%1 is not in the sync set: it may lack acknowledged writes, so it is not promoted</source>
        <translation>%1 不在同步集中：它可能缺少已确认的写入，因此不被提升</translation>
    </message>
    <message>
        <source>Incident #%1: users are served again</source>
        <translation>事故 #%1：用户重新得到服务</translation>
    </message>
    <message>
        <source>Incident #%1 closed at the heal: %2 acknowledged writes lost in all</source>
        <translation>事故 #%1 在修复时关闭：共丢失 %2 个已确认写入</translation>
    </message>
    <message>
        <source>%1 stopped keeping its log for %2 (%3 entries behind): it will be re-seeded from a snapshot</source>
        <translation>%1 不再为 %2 保留日志（落后 %3 条）：它将从快照重新播种</translation>
    </message>
    <message>
        <source>%1 was re-seeded from a snapshot of %2</source>
        <translation>%1 已从 %2 的快照重新播种</translation>
    </message>
    <message>
        <source>%1 routes by its own weights</source>
        <translation>%1 按自己的权重路由</translation>
    </message>
    <message>
        <source>%1 follows the routing policy</source>
        <translation>%1 遵循路由策略</translation>
    </message>
</context>
<context>
    <name>fl::ui::LessonPanel</name>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Pick a lesson and press Start. Each step stops the world at a moment, asks what you expect to happen next, plays it, and grades your answer against what the simulation measured.</source>
        <translation>选择一节课程并按“开始”。每一步都会让世界停在某个时刻，问你接下来会发生什么，然后播放，并用模拟测得的结果给你的答案评分。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The answer, measured:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;测得的答案：&lt;/b&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You did not answer this one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;你没有回答这一题。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This run could not answer the question: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;这次运行无法回答该问题：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Takeaway.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;要点。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>得分：%1 / %2</translation>
    </message>
    <message>
        <source>Getting the world ready…</source>
        <translation>正在准备世界……</translation>
    </message>
    <message>
        <source>Lock in my answer and run</source>
        <translation>锁定答案并运行</translation>
    </message>
    <message>
        <source>Run this step</source>
        <translation>运行这一步</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Open the chosen lesson: its world replaces the one running now</source>
        <translation>打开所选课程：它的世界会替换当前运行的世界</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Skip to the end</source>
        <translation>跳到结尾</translation>
    </message>
    <message>
        <source>Run the rest of this step as fast as the machine allows</source>
        <translation>以机器允许的最快速度运行这一步的剩余部分</translation>
    </message>
    <message>
        <source>Restart this step</source>
        <translation>重新开始这一步</translation>
    </message>
    <message>
        <source>Put the world back at the start of this step</source>
        <translation>把世界放回这一步的开始</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Interview practice</source>
        <translation>面试练习</translation>
    </message>
    <message>
        <source>Hide each takeaway until you have answered and the step has played, and keep the score</source>
        <translation>在你作答且这一步播放完之前隐藏要点，并记录得分</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Measured at %1:&lt;/b&gt; %2 % of %3 requests succeeded in this step; %Ln acknowledged write(s) lost.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1 时测得：&lt;/b&gt;这一步 %3 个请求中 %2% 成功；丢失 %Ln 条已确认写入。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>All lessons</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <source>Show the list of lessons again (the lesson running now goes on until you start another)</source>
        <translation>重新显示课程列表（当前课程会继续，直到你开始另一节）</translation>
    </message>
</context>
<context>
    <name>fl::ui::LessonQuestionWidget</name>
    <message>
        <source>writes</source>
        <translation>条写入</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>个键</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>个请求</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>次读取</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>your estimate</source>
        <translation>你的估计</translation>
    </message>
    <message>
        <source>Drag the items, or select one and use the arrows, until the first to happen is at the top.</source>
        <translation>拖动条目，或选中一项后用箭头移动，直到最先发生的在最上面。</translation>
    </message>
    <message>
        <source>The fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Detection: the controller declares the region failed</source>
        <translation>检测：控制器判定该区域失效</translation>
    </message>
    <message>
        <source>Promotion: a new primary takes writes</source>
        <translation>提升：新的 primary 开始接收写入</translation>
    </message>
    <message>
        <source>Rerouting: routing points at the new primary</source>
        <translation>重新路由：路由指向新的 primary</translation>
    </message>
    <message>
        <source>Recovery: users are served again</source>
        <translation>恢复：用户重新得到服务</translation>
    </message>
    <message>
        <source>Heal: the fault is repaired</source>
        <translation>修复：故障被修复</translation>
    </message>
</context>
<context>
    <name>fl::ui::LiveChartView</name>
    <message>
        <source>Export This Chart…</source>
        <translation>导出此图表…</translation>
    </message>
    <message>
        <source>Export All Charts…</source>
        <translation>导出所有图表…</translation>
    </message>
</context>
<context>
    <name>fl::ui::MainWindow</name>
    <message>
        <source>Failover Lab</source>
        <translation>Failover Lab 故障转移实验室</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the lab</source>
        <translation>关闭实验室</translation>
    </message>
    <message>
        <source>&amp;About Failover Lab</source>
        <translation>关于 Failover Lab(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Switch the language of the whole lab; the choice is remembered</source>
        <translation>切换整个实验室的语言；选择会被记住</translation>
    </message>
    <message>
        <source>About Failover Lab</source>
        <translation>关于 Failover Lab</translation>
    </message>
    <message>
        <source>Reset: the simulation restarted from time zero.</source>
        <translation>重置：模拟已从零时刻重新开始。</translation>
    </message>
    <message>
        <source>Right-click a region to fail it · click a link to cut or degrade it · drag a blue population circle onto a region to send its users there · Space pauses</source>
        <translation>右键单击区域使其故障 · 单击链路将其切断或劣化 · 把蓝色的用户群体圆圈拖到某个区域上，让这些用户改去那里 · 空格键暂停</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start again from the default world</source>
        <translation>从默认世界重新开始</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>运行(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the simulation (Space)</source>
        <translation>暂停模拟（空格）</translation>
    </message>
    <message>
        <source>Run the simulation (Space)</source>
        <translation>运行模拟（空格）</translation>
    </message>
    <message>
        <source>S&amp;tep one second</source>
        <translation>单步一秒(&amp;T)</translation>
    </message>
    <message>
        <source>Advance one simulated second, then pause (.)</source>
        <translation>前进一个模拟秒，然后暂停（.）</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Restart the simulation from time zero with the current settings (Ctrl+R)</source>
        <translation>以当前设置从零时刻重新开始模拟（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>加快(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>减慢(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>设置角色(&amp;R)</translation>
    </message>
    <message>
        <source>Move a population&apos;s traffic &amp;here</source>
        <translation>把某个用户群体的流量移到这里(&amp;H)</translation>
    </message>
    <message>
        <source>Add region from the &amp;catalog</source>
        <translation>从目录添加区域(&amp;C)</translation>
    </message>
    <message>
        <source>Add region…</source>
        <translation>添加区域…</translation>
    </message>
    <message>
        <source>Adds a region; the simulation restarts from the new configuration</source>
        <translation>添加一个区域；模拟将以新配置重新开始</translation>
    </message>
    <message>
        <source>Removes the region; the simulation restarts from the new configuration</source>
        <translation>移除该区域；模拟将以新配置重新开始</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>链路(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit the world</source>
        <translation>显示整个世界(&amp;F)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>Traffic weights</source>
        <translation>流量权重</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>&amp;Kill %1</source>
        <translation>杀死 %1(&amp;K)</translation>
    </message>
    <message>
        <source>Crash the region: it answers nothing, its storage survives</source>
        <translation>让区域崩溃：它不再应答，但存储得以保留</translation>
    </message>
    <message>
        <source>R&amp;estore %1</source>
        <translation>恢复 %1(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Destroy %1</source>
        <translation>摧毁 %1(&amp;D)</translation>
    </message>
    <message>
        <source>Crash the region and lose its data for good</source>
        <translation>让区域崩溃并永久丢失其数据</translation>
    </message>
    <message>
        <source>&amp;Isolate %1</source>
        <translation>隔离 %1(&amp;I)</translation>
    </message>
    <message>
        <source>Cut all its links to other regions; its nearby users still reach it</source>
        <translation>切断它与其他区域的所有链路；附近的用户仍能访问它</translation>
    </message>
    <message>
        <source>Kill the &amp;app tier</source>
        <translation>杀死应用层(&amp;A)</translation>
    </message>
    <message>
        <source>Restore the app tier</source>
        <translation>恢复应用层</translation>
    </message>
    <message>
        <source>Kill the da&amp;ta tier</source>
        <translation>杀死数据层(&amp;T)</translation>
    </message>
    <message>
        <source>Restore the data tier</source>
        <translation>恢复数据层</translation>
    </message>
    <message>
        <source>Operator &amp;failback to %1</source>
        <translation>运维人员回切到 %1(&amp;F)</translation>
    </message>
    <message>
        <source>Readmit a recovered region that manual failback holds out of rotation</source>
        <translation>让因手动回切而被挡在轮换之外的已恢复区域重新加入</translation>
    </message>
    <message>
        <source>Send &amp;all users to %1</source>
        <translation>把所有用户都发往 %1(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move %1</source>
        <translation>移除 %1(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cut %1 ↔ %2 both ways</source>
        <translation>双向切断 %1 ↔ %2(&amp;C)</translation>
    </message>
    <message>
        <source>Cut %1 → %2 &amp;only</source>
        <translation>仅切断 %1 → %2(&amp;O)</translation>
    </message>
    <message>
        <source>Cut %1 → %2 o&amp;nly</source>
        <translation>仅切断 %1 → %2(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Heal %1 ↔ %2</source>
        <translation>修复 %1 ↔ %2(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Degrade %1 ↔ %2…</source>
        <translation>劣化 %1 ↔ %2(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Failover Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every number in the lab comes from a deterministic discrete-event simulation of individual requests and replication messages.&lt;/p&gt;&lt;p&gt;Map: land outline from Natural Earth 1:110m (public domain), via the world-atlas package (ISC licence, © Michael Bostock); Natural Earth projection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Failover Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;实验室中的每一个数字都来自对单个请求和复制消息的确定性离散事件模拟。&lt;/p&gt;&lt;p&gt;地图：陆地轮廓来自 Natural Earth 1:110m（公有领域），经由 world-atlas 软件包（ISC 许可证，© Michael Bostock）；Natural Earth 投影。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Simulated time %1</source>
        <translation>模拟时间 %1</translation>
    </message>
    <message>
        <source>Speed %1 · achieved %2</source>
        <translation>速度 %1 · 实际 %2</translation>
    </message>
    <message>
        <source>%1 — at %2 simulated</source>
        <translation>%1 —— 模拟时间 %2</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>你：%1</translation>
    </message>
    <message>
        <source>Select a region on the map first.</source>
        <translation>请先在地图上选择一个区域。</translation>
    </message>
    <message>
        <source>Click a link on the map first.</source>
        <translation>请先在地图上单击一条链路。</translation>
    </message>
    <message>
        <source>%1 is a %2 and serves no users: make it active or a warm standby first.</source>
        <translation>%1 是 %2，不为用户提供服务：请先把它设为 active 或 warm standby。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>The world needs at least one region.</source>
        <translation>世界中至少需要一个区域。</translation>
    </message>
    <message>
        <source>Undone: %1. The simulation restarted from time zero.</source>
        <translation>已撤销：%1。模拟已从零时刻重新开始。</translation>
    </message>
    <message>
        <source>%1: the configuration changed, so the simulation restarted from time zero.</source>
        <translation>%1：配置已更改，因此模拟从零时刻重新开始。</translation>
    </message>
    <message>
        <source>New world: the default three regions.</source>
        <translation>新世界：默认的三个区域。</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: the simulation restarted with its configuration and %n scheduled command(s).</source>
        <translation>
            <numerusform>已打开 %1：模拟已按其配置重新开始，并安排了 %n 条命令。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>无法保存 %1：
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 deployed here</source>
        <translation>在此部署%1</translation>
    </message>
    <message>
        <source>De&amp;pendencies</source>
        <translation>依赖(&amp;P)</translation>
    </message>
    <message>
        <source>Fail&amp;over</source>
        <translation>故障切换(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Verify the alert</source>
        <translation>确认告警(&amp;V)</translation>
    </message>
    <message>
        <source>Confirm the controller&apos;s alert: the primary really failed (V)</source>
        <translation>确认控制器的告警：primary 确实已故障（V）</translation>
    </message>
    <message>
        <source>Promote &amp;region</source>
        <translation>提升区域(&amp;R)</translation>
    </message>
    <message>
        <source>Reroute traffic &amp;to</source>
        <translation>将流量切换到(&amp;T)</translation>
    </message>
    <message>
        <source>Health and traffic</source>
        <translation>健康与流量</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>Promote %1 to &amp;primary</source>
        <translation>将 %1 提升为 primary(&amp;P)</translation>
    </message>
    <message>
        <source>Operator: make this region the data primary (manual failover)</source>
        <translation>运维人员：把这个区域设为数据 primary（手动故障切换）</translation>
    </message>
    <message>
        <source>Reroute traffic to %1</source>
        <translation>把流量切换到 %1</translation>
    </message>
    <message>
        <source>Operator: point primary routing at this region (manual failover)</source>
        <translation>运维人员：把 primary 路由指向这个区域（手动故障切换）</translation>
    </message>
    <message>
        <source>&amp;Promote %1…</source>
        <translation>提升 %1(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Promote region…</source>
        <translation>提升区域(&amp;P)…</translation>
    </message>
    <message>
        <source>Promote a replica to primary: the selected region, or choose one (P)</source>
        <translation>把一个副本提升为 primary：选中的区域，或另行选择（P）</translation>
    </message>
    <message>
        <source>Re&amp;route to %1…</source>
        <translation>切换路由到 %1(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;route traffic…</source>
        <translation>切换流量(&amp;R)…</translation>
    </message>
    <message>
        <source>Point routing at a region: the selected one, or choose one (O)</source>
        <translation>把路由指向一个区域：选中的区域，或另行选择（O）</translation>
    </message>
    <message>
        <source>Failover: the controller declared the primary failed — verify the alert (V)</source>
        <translation>故障切换：控制器判定 primary 已故障——请确认告警（V）</translation>
    </message>
    <message>
        <source>Failover: alert verified — promote a replica (P)</source>
        <translation>故障切换：告警已确认——请提升一个副本（P）</translation>
    </message>
    <message>
        <source>Failover: promotion under way</source>
        <translation>故障切换：正在提升</translation>
    </message>
    <message>
        <source>Failover: routing still points at the old primary — reroute (O)</source>
        <translation>故障切换：路由仍指向旧 primary——请切换路由（O）</translation>
    </message>
    <message>
        <source>Charts: cursor at %1 of simulated time</source>
        <translation>图表：游标位于模拟时间 %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export a chart or all charts (PNG, SVG, PDF), the run&apos;s data (CSV, JSON) or the map (PNG)</source>
        <translation>导出单个或全部图表（PNG、SVG、PDF）、运行数据（CSV、JSON）或地图（PNG）</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Exported the map to %1</source>
        <translation>已将地图导出到 %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 个文件到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 — Failover Lab</source>
        <translation>%1 — Failover Lab 故障转移实验室</translation>
    </message>
    <message>
        <source>Scenario files (*.flab.json *.json);;All files (*)</source>
        <translation>场景文件 (*.flab.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>All traffic of %1 now goes to %2; the other populations keep their routes.</source>
        <translation>%1 的全部流量现在发往 %2；其他用户群保持原有路由。</translation>
    </message>
    <message>
        <source>No region can take over now</source>
        <translation>目前没有可以接管的区域</translation>
    </message>
    <message>
        <source>%1 (lag %2)</source>
        <translation>%1（延迟 %2）</translation>
    </message>
    <message>
        <source>Design for &amp;Targets…</source>
        <translation>按目标设计(&amp;T)…</translation>
    </message>
    <message>
        <source>Find the cheapest designs of this world that meet RPO and RTO targets, proven by simulation (Ctrl+Shift+D)</source>
        <translation>找出这个世界中满足 RPO 和 RTO 目标的最便宜设计，并用模拟验证（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Add a region here…</source>
        <translation>在此处添加区域…</translation>
    </message>
    <message>
        <source>A new region needs a name.</source>
        <translation>新区域需要一个名称。</translation>
    </message>
    <message>
        <source>Add a region at a &amp;point…</source>
        <translation>在某个地点添加区域(&amp;P)…</translation>
    </message>
    <message>
        <source>Adds a region of your own, named and placed where you say (or right-click the map where it should be)</source>
        <translation>添加一个自定义区域，名称和位置由你指定（也可以在地图上要放的位置右键单击）</translation>
    </message>
    <message>
        <source>Mo&amp;ve region…</source>
        <translation>移动区域(&amp;V)…</translation>
    </message>
    <message>
        <source>Moves the selected region to coordinates you type (or drag it on the map); latency follows, the simulation restarts</source>
        <translation>把所选区域移到你输入的坐标（也可以在地图上拖动它）；延迟随之改变，模拟重新开始</translation>
    </message>
    <message>
        <source>Back to the &amp;catalog location</source>
        <translation>回到目录中的位置(&amp;C)</translation>
    </message>
    <message>
        <source>Puts a moved catalog region back where the catalog has it</source>
        <translation>把移动过的目录区域放回目录中的位置</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Guided lessons: predict what a fault will do, then watch the run measure it</source>
        <translation>引导课程：先预测故障会造成什么，再观看运行把它测量出来</translation>
    </message>
    <message>
        <source>Open &amp;Built-in…</source>
        <translation>打开内置场景(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose one of the scenarios that ship with the lab, by topic (Ctrl+Shift+O)</source>
        <translation>按主题选择实验室自带的场景（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <source>Show what each symbol, colour and badge on the map means (L)</source>
        <translation>显示地图上每个符号、颜色和徽标的含义（L）</translation>
    </message>
    <message>
        <source>Opened the built-in scenario %1</source>
        <translation>已打开内置场景 %1</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>The lesson stopped: the window now runs another world (a file was opened, the world was edited, or New was chosen). Press Start to begin it again.</source>
        <translation>课程已停止：窗口现在运行的是另一个世界（打开了文件、编辑了世界，或选择了“新建”）。按“开始”可重新开始这节课。</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large type for a talk, and one key per common fault (? lists them; Esc twice or F11 leaves)</source>
        <translation>为演讲全屏显示大字号，常用故障一键触发（? 列出按键；连按两次 Esc 或按 F11 退出）</translation>
    </message>
    <message>
        <source>No region is the primary now: nothing to kill.</source>
        <translation>现在没有区域是 primary：没有可以杀死的区域。</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>对比(&amp;C)…</translation>
    </message>
    <message>
        <source>Run this world beside another design in lockstep, on one fault schedule, with the measured comparison (Ctrl+Shift+M)</source>
        <translation>让这个世界与另一种设计在同一故障计划下同步运行，并给出实测对比（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Compare &amp;Two Files…</source>
        <translation>对比两个文件(&amp;T)…</translation>
    </message>
    <message>
        <source>Open two scenario files side by side in the compare view (A&apos;s faults apply to both)</source>
        <translation>在对比视图中并排打开两个场景文件（A 的故障作用于两侧）</translation>
    </message>
    <message>
        <source>Comparing in its own window; this window&apos;s run is paused.</source>
        <translation>对比在单独的窗口中进行；本窗口的运行已暂停。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Scenario for Side A</source>
        <translation>A 侧的场景</translation>
    </message>
    <message>
        <source>Scenario for Side B</source>
        <translation>B 侧的场景</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Cannot compare these two files:
%1</source>
        <translation>无法对比这两个文件：
%1</translation>
    </message>
    <message>
        <source>Showing the branch “%1”.</source>
        <translation>正在显示分支“%1”。</translation>
    </message>
    <message>
        <source>&amp;Back 10 Seconds</source>
        <translation>后退 10 秒(&amp;B)</translation>
    </message>
    <message>
        <source>Show the moment ten simulated seconds earlier; an action there starts a new branch (Alt+Left)</source>
        <translation>显示早十个模拟秒的时刻；在那里的操作会开出一个新分支（Alt+Left）</translation>
    </message>
    <message>
        <source>Forward 10 Se&amp;conds</source>
        <translation>前进 10 秒(&amp;C)</translation>
    </message>
    <message>
        <source>Show the moment ten simulated seconds later, up to where this branch has been simulated (Alt+Right)</source>
        <translation>显示晚十个模拟秒的时刻，最多到这条分支已模拟到的位置（Alt+Right）</translation>
    </message>
    <message>
        <source>To the &amp;End of the Branch</source>
        <translation>到分支结尾(&amp;E)</translation>
    </message>
    <message>
        <source>Show the latest moment this branch has been simulated to (Alt+End)</source>
        <translation>显示这条分支已模拟到的最晚时刻（Alt+End）</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>The run so far: drag to show an earlier moment, then play on or act there to start a new branch.</source>
        <translation>到目前为止的运行：拖动以显示更早的时刻，然后继续运行，或在那里操作以开出一个新分支。</translation>
    </message>
</context>
<context>
    <name>fl::ui::MapLegend</name>
    <message>
        <source>Active: serves users</source>
        <translation>active（主用）：服务用户</translation>
    </message>
    <message>
        <source>Warm standby: reduced capacity</source>
        <translation>warm standby（温备）：容量缩减</translation>
    </message>
    <message>
        <source>Pilot light: serves once booted</source>
        <translation>pilot light（指示灯）：启动后才服务</translation>
    </message>
    <message>
        <source>Witness: votes, serves nothing</source>
        <translation>witness（见证）：只投票，不服务</translation>
    </message>
    <message>
        <source>Out of rotation or held back</source>
        <translation>不在轮转中或被暂缓回切</translation>
    </message>
    <message>
        <source>Down: answers nothing</source>
        <translation>宕机：不响应任何请求</translation>
    </message>
    <message>
        <source>Destroyed: its data is gone</source>
        <translation>已摧毁：数据已丢失</translation>
    </message>
    <message>
        <source>App tier down</source>
        <translation>应用层宕机</translation>
    </message>
    <message>
        <source>Data tier down</source>
        <translation>数据层宕机</translation>
    </message>
    <message>
        <source>Data primary: takes the writes</source>
        <translation>数据 primary：承担写入</translation>
    </message>
    <message>
        <source>Being promoted to primary</source>
        <translation>正在提升为 primary</translation>
    </message>
    <message>
        <source>Deposed primary, still writing</source>
        <translation>已被取代的 primary 仍在写入</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选中</translation>
    </message>
    <message>
        <source>Load of capacity; queue if any</source>
        <translation>负载/容量；有排队时显示队列</translation>
    </message>
    <message>
        <source>Shedding load</source>
        <translation>正在降载丢弃请求</translation>
    </message>
    <message>
        <source>Epoch; replica lag: green, amber ≥ 200 ms, red ≥ 1 s</source>
        <translation>epoch；副本延迟：绿色，≥ 200 毫秒琥珀色，≥ 1 秒红色</translation>
    </message>
    <message>
        <source>Link up</source>
        <translation>链路正常</translation>
    </message>
    <message>
        <source>Degraded: delay or loss</source>
        <translation>劣化：延迟或丢包</translation>
    </message>
    <message>
        <source>Cut one way (the arrow&apos;s way)</source>
        <translation>单向切断（箭头方向）</translation>
    </message>
    <message>
        <source>Cut both ways</source>
        <translation>双向切断</translation>
    </message>
    <message>
        <source>Users: area follows demand</source>
        <translation>用户群：面积随需求变化</translation>
    </message>
    <message>
        <source>Route: wider for a larger share</source>
        <translation>路由：份额越大线越宽</translation>
    </message>
    <message>
        <source>≥ 99 % of requests succeed</source>
        <translation>≥ 99% 的请求成功</translation>
    </message>
    <message>
        <source>90–99 % succeed</source>
        <translation>90–99% 成功</translation>
    </message>
    <message>
        <source>Under 90 % succeed</source>
        <translation>低于 90% 成功</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>On and beside a region</source>
        <translation>区域上与旁边的标记</translation>
    </message>
    <message>
        <source>Links between regions</source>
        <translation>区域间链路</translation>
    </message>
    <message>
        <source>Users and traffic</source>
        <translation>用户与流量</translation>
    </message>
</context>
<context>
    <name>fl::ui::Names</name>
    <message>
        <source>N. Virginia</source>
        <translation>弗吉尼亚北部</translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation>俄亥俄</translation>
    </message>
    <message>
        <source>N. California</source>
        <translation>加利福尼亚北部</translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation>俄勒冈</translation>
    </message>
    <message>
        <source>Canada Central</source>
        <translation>加拿大中部</translation>
    </message>
    <message>
        <source>São Paulo</source>
        <translation>圣保罗</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>London</source>
        <translation>伦敦</translation>
    </message>
    <message>
        <source>Frankfurt</source>
        <translation>法兰克福</translation>
    </message>
    <message>
        <source>Stockholm</source>
        <translation>斯德哥尔摩</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>巴林</translation>
    </message>
    <message>
        <source>Cape Town</source>
        <translation>开普敦</translation>
    </message>
    <message>
        <source>Mumbai</source>
        <translation>孟买</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>东京</translation>
    </message>
    <message>
        <source>Seoul</source>
        <translation>首尔</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Sydney</source>
        <translation>悉尼</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>North America (east)</source>
        <translation>北美（东部）</translation>
    </message>
    <message>
        <source>North America (west)</source>
        <translation>北美（西部）</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>南美</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>中东</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>南亚</translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation>东亚</translation>
    </message>
    <message>
        <source>Southeast Asia</source>
        <translation>东南亚</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>大洋洲</translation>
    </message>
</context>
<context>
    <name>fl::ui::PlanDialog</name>
    <message>
        <source>RPO target: expected a duration such as 0s, 500ms or 1m, not &apos;%1&apos;</source>
        <translation>RPO 目标：应为时长，如 0s、500ms 或 1m，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>RTO target: expected a duration such as 30s or 2m, not &apos;%1&apos;</source>
        <translation>RTO 目标：应为时长，如 30s 或 2m，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the world cannot be planned</source>
        <translation>无法为这个世界做规划</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>None found: no design simulated meets RPO ≤ %1 and RTO ≤ %2 on every seed; the closest are listed.</source>
        <translation>未找到：没有任何已模拟的设计在每个种子上都满足 RPO ≤ %1 且 RTO ≤ %2；下面列出最接近的设计。</translation>
    </message>
    <message numerus="yes">
        <source>%n design(s) meet RPO ≤ %1 and RTO ≤ %2 on every seed, cheapest first.</source>
        <translation>
            <numerusform>%n 个设计在每个种子上都满足 RPO ≤ %1 且 RTO ≤ %2，按成本从低到高。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 designs, %2 screened out by the closed forms, %3 simulated: %4 runs in %5 s.</source>
        <translation>%1 个设计，%2 个被闭式公式筛掉，%3 个经过模拟：%4 次运行，用时 %5 s。</translation>
    </message>
    <message>
        <source>Stopped at the run limit: designs not simulated may be better.</source>
        <translation>在运行次数上限处停止：未模拟的设计可能更好。</translation>
    </message>
    <message>
        <source>Stopped: only the designs simulated so far are covered.</source>
        <translation>已停止：只涵盖目前已模拟的设计。</translation>
    </message>
    <message>
        <source>closest design %1</source>
        <translation>最接近的设计 %1</translation>
    </message>
    <message>
        <source>design %1</source>
        <translation>设计 %1</translation>
    </message>
    <message>
        <source>Design for Targets</source>
        <translation>按目标设计</translation>
    </message>
    <message>
        <source>RPO target:</source>
        <translation>RPO 目标：</translation>
    </message>
    <message>
        <source>The longest span of acknowledged writes one incident may lose, e.g. 0s or 1s</source>
        <translation>一次事故最多可丢失多长时间跨度的已确认写入，如 0s 或 1s</translation>
    </message>
    <message>
        <source>RTO target:</source>
        <translation>RTO 目标：</translation>
    </message>
    <message>
        <source>The longest one incident may take until users are served again, e.g. 90s or 5m</source>
        <translation>一次事故到用户重新得到服务最多可用多久，如 90s 或 5m</translation>
    </message>
    <message>
        <source>At most, per hour:</source>
        <translation>每小时最多：</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <source>Seeds:</source>
        <translation>种子数：</translation>
    </message>
    <message>
        <source>Every design must meet the targets on each of these seeds</source>
        <translation>每个设计都必须在这些种子中的每一个上达到目标</translation>
    </message>
    <message>
        <source>Designs to find:</source>
        <translation>要找的设计数：</translation>
    </message>
    <message>
        <source>Run limit:</source>
        <translation>运行次数上限：</translation>
    </message>
    <message>
        <source>The most simulations the plan may take</source>
        <translation>规划最多可做的模拟次数</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Cost/h</source>
        <translation>成本/小时</translation>
    </message>
    <message>
        <source>RPO worst</source>
        <translation>RPO 最差</translation>
    </message>
    <message>
        <source>RTO worst</source>
        <translation>RTO 最差</translation>
    </message>
    <message>
        <source>Availability (worst)</source>
        <translation>可用性（最差）</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>&amp;Find Designs</source>
        <translation>查找设计(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open Design</source>
        <translation>打开设计(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected design in the lab (its settings replace the current world&apos;s)</source>
        <translation>在实验室中打开所选设计（其设置会替换当前世界的设置）</translation>
    </message>
    <message>
        <source>Set the targets and press Find Designs.</source>
        <translation>设定目标后按“查找设计”。</translation>
    </message>
    <message>
        <source>%1 designs: %2 screened out by the closed forms; %3 of at most %4 runs done, %5 so far</source>
        <translation>%1 个设计：%2 个被闭式公式筛掉；已完成 %3 次运行（最多 %4 次），目前 %5</translation>
    </message>
    <message numerus="yes">
        <source>%n design(s) meet the targets</source>
        <translation>
            <numerusform>%n 个设计达到目标</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 designs as cheap as these passed the screens but were not simulated: the plan stops once enough designs meet the targets.</source>
        <translation>有 %1 个与这些同样便宜的设计通过了筛选但未经模拟：一旦有足够多的设计满足目标，规划即停止。</translation>
    </message>
    <message>
        <source>Finds the cheapest designs of this world that meet both targets on every seed: it screens every combination of architecture, home region and roles, replication, failover detection, split-brain protection, routing and health checks (tens of thousands) with the closed forms, then simulates the most promising of the rest with this scenario&apos;s faults (a standard region loss and partition when it has none).</source>
        <translation>找出这个世界中在每个种子上都满足两个目标的最便宜设计：先用闭式公式筛选架构、主区域与角色、复制、故障转移检测、split-brain 防护、路由和健康检查的每一种组合（数万个），再用本场景的故障（没有时用标准的区域丢失和分区）模拟其余设计中最有希望的那些。</translation>
    </message>
</context>
<context>
    <name>fl::ui::PlanEngine</name>
    <message numerus="yes">
        <source>left out %n setting or operator command(s) of the fault schedule: each design sets its own</source>
        <translation>
            <numerusform>去掉了故障计划中的 %n 条设置或运维命令：每个设计有自己的设置</numerusform>
        </translation>
    </message>
    <message>
        <source>the scenario has no faults: every design faces the standard ones (the primary&apos;s region crashes at 2m and returns at 6m, is cut off from 9m to 12m; 14m in all)</source>
        <translation>场景没有故障：每个设计都面对标准故障（primary 所在区域在 2m 崩溃、6m 恢复，9m 到 12m 被隔离；共 14m）</translation>
    </message>
    <message numerus="yes">
        <source>RPO %1 &gt; %2 (%n acknowledged write(s) lost)</source>
        <translation>
            <numerusform>RPO %1 &gt; %2（丢失 %n 条已确认写入）</numerusform>
        </translation>
    </message>
    <message>
        <source>an incident had not recovered when the run ended</source>
        <translation>运行结束时仍有事故未恢复</translation>
    </message>
    <message>
        <source>RTO %1 &gt; %2</source>
        <translation>RTO %1 &gt; %2</translation>
    </message>
    <message>
        <source>targets missed</source>
        <translation>未达到目标</translation>
    </message>
    <message>
        <source>seed %1: %2</source>
        <translation>种子 %1：%2</translation>
    </message>
    <message>
        <source>the faults the schedule aims at the scenario&apos;s primary region are aimed at each design&apos;s home region, and the other way round</source>
        <translation>故障计划中针对场景 primary 区域的故障改为针对每个设计的主区域，反之亦然</translation>
    </message>
</context>
<context>
    <name>fl::ui::PresenterMode</name>
    <message>
        <source>Kill the primary&apos;s region</source>
        <translation>杀死 primary 所在的区域</translation>
    </message>
    <message>
        <source>Cut the selected link both ways</source>
        <translation>双向切断所选链路</translation>
    </message>
    <message>
        <source>Heal everything: every link, region and tier</source>
        <translation>全部修复：所有链路、区域和层</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>退格键</translation>
    </message>
    <message>
        <source>Reset the scenario</source>
        <translation>重置场景</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
    <message>
        <source>Pause or play</source>
        <translation>暂停或运行</translation>
    </message>
    <message>
        <source>Pointer on the map</source>
        <translation>地图上的指示光点</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Lesson: run the step, then the next one</source>
        <translation>课程：运行这一步，然后进入下一步</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Lesson: the previous step</source>
        <translation>课程：上一步</translation>
    </message>
    <message>
        <source>Show or hide these keys</source>
        <translation>显示或隐藏这些按键</translation>
    </message>
    <message>
        <source>Esc Esc</source>
        <translation>Esc Esc</translation>
    </message>
    <message>
        <source>Leave presenter mode (F11 at once)</source>
        <translation>退出演示模式（按 F11 立即退出）</translation>
    </message>
    <message>
        <source>Presenter keys</source>
        <translation>演示模式按键</translation>
    </message>
    <message>
        <source>Press Esc again to leave presenter mode</source>
        <translation>再按一次 Esc 退出演示模式</translation>
    </message>
</context>
<context>
    <name>fl::ui::RegionPlaceDialog</name>
    <message>
        <source>Give the region a name first.</source>
        <translation>请先给区域起个名字。</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>A region of your own at this place. Latency to it follows its distance, as for every region, and its cost follows its role. The simulation restarts with it.</source>
        <translation>在此处放置一个自定义区域。和所有区域一样，到它的延迟取决于距离，成本取决于它的角色。模拟会带着它重新开始。</translation>
    </message>
    <message>
        <source>Move region</source>
        <translation>移动区域</translation>
    </message>
    <message>
        <source>Latency to and from the region follows its new place. The simulation restarts from the new configuration; Undo moves it back.</source>
        <translation>进出该区域的延迟随新位置改变。模拟按新配置重新开始；撤销可把它移回原处。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>纬度：</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>经度：</translation>
    </message>
    <message>
        <source>Degrees north (negative: south)</source>
        <translation>北纬度数（负数为南纬）</translation>
    </message>
    <message>
        <source>Degrees east (negative: west)</source>
        <translation>东经度数（负数为西经）</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
</context>
<context>
    <name>fl::ui::ScenarioLibrary</name>
    <message>
        <source>Scenario library</source>
        <translation>场景库</translation>
    </message>
    <message>
        <source>Each built-in scenario is a small world with a failure to watch. Open one to run it in the lab; the world behind this window keeps running until you do.</source>
        <translation>每个内置场景都是一个小世界，里面有一次值得观察的故障。打开一个即可在实验室中运行；在此之前，窗口后面的世界会继续运行。</translation>
    </message>
    <message>
        <source>Filter by name, summary or topic</source>
        <translation>按名称、简介或主题筛选</translation>
    </message>
    <message>
        <source>No scenario matches the filter.</source>
        <translation>没有符合筛选条件的场景。</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <source>Scenario files you opened or saved lately; double-click to open one</source>
        <translation>最近打开或保存的场景文件；双击即可打开</translation>
    </message>
    <message>
        <source>Show at startup</source>
        <translation>启动时显示</translation>
    </message>
    <message>
        <source>Open &amp;lesson</source>
        <translation>打开课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>fl::ui::SpeedControl</name>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Simulated seconds per second of your time, from 0.1× to as fast as the machine allows</source>
        <translation>每个真实秒内模拟的秒数，从 0.1× 到机器所能达到的最快速度</translation>
    </message>
</context>
<context>
    <name>fl::ui::SweepChart</name>
    <message>
        <source>mean over seeds</source>
        <translation>各种子的均值</translation>
    </message>
    <message numerus="yes">
        <source>%1 by %2: mean of %n seed(s), band from lowest to highest</source>
        <translation>
            <numerusform>%1 随 %2 变化：%n 个种子的均值，色带为最低到最高</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 随 %2 变化</translation>
    </message>
    <message>
        <source>%1 (s)</source>
        <translation>%1（秒）</translation>
    </message>
    <message>
        <source>%1: no run has a value</source>
        <translation>%1：没有任何运行有值</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
</context>
<context>
    <name>fl::ui::TimelineBar</name>
    <message>
        <source>%1 — click or drag to show this moment</source>
        <translation>%1 — 单击或拖动以显示这一时刻</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Incident #%1: from %2 to %3</source>
        <translation>事故 #%1：从 %2 到 %3</translation>
    </message>
    <message>
        <source>This branch has been simulated to %1.</source>
        <translation>这条分支已模拟到 %1。</translation>
    </message>
</context>
<context>
    <name>fl::ui::TrafficMoveCommand</name>
    <message>
        <source>Send %1 to %2</source>
        <translation>将 %1 发往 %2</translation>
    </message>
</context>
<context>
    <name>fl::ui::UnitFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>fl::ui::WeightsPanel</name>
    <message>
        <source>%1 % of this population&apos;s traffic under the weighted policy</source>
        <translation>在加权策略下占该用户群体流量的 %1 %</translation>
    </message>
    <message>
        <source>A weight is a number of zero or more.</source>
        <translation>权重必须是大于或等于零的数。</translation>
    </message>
    <message>
        <source>%1 would have no weight on any region: its users would have nowhere to go.</source>
        <translation>%1 将在所有区域上都没有权重：它的用户将无处可去。</translation>
    </message>
    <message>
        <source>Routing is weighted: each row is a population&apos;s split across the regions. Double-click a cell to edit; drag a population on the map to send all of it to one region.</source>
        <translation>当前为加权路由：每一行是一个用户群体在各区域之间的分配。双击单元格进行编辑；在地图上拖动用户群体可把它的全部流量发往一个区域。</translation>
    </message>
    <message>
        <source>Weights steer traffic only under the weighted policy (now: %1).</source>
        <translation>权重只在加权策略下影响流量（当前：%1）。</translation>
    </message>
    <message>
        <source>Use weighted routing</source>
        <translation>使用加权路由</translation>
    </message>
</context>
<context>
    <name>fl::ui::WorldMapScene</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>队列 %1</translation>
    </message>
    <message>
        <source>ready in %1 s</source>
        <translation>%1 秒后就绪</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>已摧毁</translation>
    </message>
    <message>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>healthy, held for operator failback</source>
        <translation>健康，等待运维人员回切</translation>
    </message>
    <message>
        <source>up, out of rotation</source>
        <translation>运行中，已移出轮换</translation>
    </message>
    <message>
        <source>up, in rotation</source>
        <translation>运行中，处于轮换中</translation>
    </message>
    <message>
        <source>up</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>app tier down</source>
        <translation>应用层宕机</translation>
    </message>
    <message>
        <source>data tier down</source>
        <translation>数据层宕机</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>已切断</translation>
    </message>
    <message>
        <source>degraded: +%1 ms, %2 % loss</source>
        <translation>已劣化：+%1 毫秒，丢包 %2 %</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 ↔ %2&lt;/b&gt;&lt;br&gt;Round trip: %3 ms&lt;br&gt;%1 → %2: %4&lt;br&gt;%2 → %1: %5&lt;br&gt;&lt;i&gt;Click to cut, heal or degrade.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 ↔ %2&lt;/b&gt;&lt;br&gt;往返时间：%3 毫秒&lt;br&gt;%1 → %2：%4&lt;br&gt;%2 → %1：%5&lt;br&gt;&lt;i&gt;单击可切断、修复或劣化。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Demand: %2&lt;br&gt;Success: %3 %&lt;br&gt;p99: %4 ms&lt;br&gt;Served by: %5&lt;br&gt;&lt;i&gt;Drag onto a region to send this traffic there.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;需求：%2&lt;br&gt;成功率：%3 %&lt;br&gt;p99：%4 毫秒&lt;br&gt;服务区域：%5&lt;br&gt;&lt;i&gt;拖到某个区域上，把这些流量发往那里。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>data lost</source>
        <translation>数据已丢失</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>epoch %1</translation>
    </message>
    <message>
        <source>deposed, still primary</source>
        <translation>已被废黜，仍自认 primary</translation>
    </message>
    <message>
        <source>lease lapsed</source>
        <translation>租约已过期</translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: destroyed</source>
        <translation>&lt;br&gt;数据：已摧毁</translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: none (votes only)</source>
        <translation>&lt;br&gt;数据：无（仅投票）</translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: &lt;b&gt;deposed primary&lt;/b&gt; that still acknowledges writes (epoch %1)</source>
        <translation>&lt;br&gt;数据：&lt;b&gt;已被废黜的 primary&lt;/b&gt;，仍在确认写入（epoch %1）</translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: &lt;b&gt;primary&lt;/b&gt;, epoch %1</source>
        <translation>&lt;br&gt;数据：&lt;b&gt;primary&lt;/b&gt;，epoch %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: replica, epoch %1; lag %2 ms received, %3 ms applied (%4 entries behind)</source>
        <translation>&lt;br&gt;数据：副本，epoch %1；接收延迟 %2 毫秒，应用延迟 %3 毫秒（落后 %4 条）</translation>
    </message>
    <message>
        <source>&lt;br&gt;Being promoted to primary</source>
        <translation>&lt;br&gt;正在提升为 primary</translation>
    </message>
    <message>
        <source>&lt;br&gt;Lease: valid for %1 s</source>
        <translation>&lt;br&gt;租约：还剩 %1 秒</translation>
    </message>
    <message>
        <source>&lt;br&gt;Lease: lapsed</source>
        <translation>&lt;br&gt;租约：已过期</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>&lt;br&gt;Data: old primary, down (epoch %1); a newer primary took over</source>
        <translation>&lt;br&gt;数据：旧 primary，已宕机（epoch %1）；更新的 primary 已接管</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>延迟 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Role: %3&lt;br&gt;State: %4%5&lt;br&gt;Load: %6 of %7 capacity&lt;br&gt;Errors: %8 · p99: %9 ms&lt;br&gt;Queue: %10&lt;br&gt;&lt;i&gt;Right-click for actions; drop a population here to move its traffic; drag the region to move it.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;角色：%3&lt;br&gt;状态：%4%5&lt;br&gt;负载：%6 / 容量 %7&lt;br&gt;错误：%8 · p99：%9 毫秒&lt;br&gt;队列：%10&lt;br&gt;&lt;i&gt;右键单击查看操作；把用户群体拖到这里可转移其流量；拖动区域可移动它。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 capacity arriving&lt;br&gt;Queue: %4 waiting&lt;br&gt;&lt;i&gt;The text turns red while the region sheds requests it cannot serve in time.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：到达 %2，容量 %3&lt;br&gt;队列：%4 个等待中&lt;br&gt;&lt;i&gt;区域丢弃无法及时服务的请求时，文字变红。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;&lt;i&gt;A replica&apos;s lag: green under 200 ms, amber under 1 s, red beyond (what a failover now would lose).&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;&lt;i&gt;副本延迟：低于 200 毫秒为绿色，低于 1 秒为琥珀色，更高为红色（即此刻故障切换会丢失的部分）。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;%3 % of its attempts&lt;br&gt;Success of all its requests: %4 %&lt;br&gt;&lt;i&gt;Dots: green when 99 % or more succeed, amber from 90 %, red below.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br&gt;占其尝试的 %3%&lt;br&gt;其全部请求成功率：%4%&lt;br&gt;&lt;i&gt;圆点：成功率 ≥ 99% 为绿色，≥ 90% 为琥珀色，更低为红色。&lt;/i&gt;</translation>
    </message>
</context>
</TS>
