<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>fl::app::Cli</name>
    <message>
        <source>Measure the engine and the models (events and operations per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the benchmarks and prints their throughput.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only the named benchmark (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply the default amount of work (e.g. 0.1 for a quick look).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a number in (0, 1000], not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown benchmark &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;failover-lab COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover Lab: multi-region replication, failover and split-brain, simulated. Without a command it opens the lab&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A headless command (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use en or zh_CN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fl::ui::MainWindow</name>
    <message>
        <source>Failover Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Failover Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the language of the whole lab; the choice is remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Failover Lab&lt;/h2&gt;&lt;p&gt;A lab for multi-region system design: replication, failover and split-brain, simulated request by request.&lt;/p&gt;&lt;p&gt;This window is the lab&apos;s frame. The interactive world map, its controls and live charts arrive in the next releases; meanwhile the simulation runs headless from the command line (&lt;tt&gt;failover-lab --help&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Failover Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Failover Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every number in the lab comes from a deterministic discrete-event simulation of individual requests and replication messages.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
