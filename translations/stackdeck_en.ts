<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Stackdeck</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) planned</source>
        <translation>
            <numerusform>%n replica planned</numerusform>
            <numerusform>%n replicas planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n restart</numerusform>
            <numerusform>%n restarts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 runs at most %n replica(s): it has no lock in Kubernetes mode.</source>
        <translation><numerusform>%1 runs at most %n replica: it has no lock in Kubernetes mode.</numerusform><numerusform>%1 runs at most %n replicas: it has no lock in Kubernetes mode.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The exec plugin “%1” did not answer within %n second(s).</source>
        <translation><numerusform>The exec plugin “%1” did not answer within %n second.</numerusform><numerusform>The exec plugin “%1” did not answer within %n seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Server-side apply conflict: other field managers own %n field(s). Apply with force to take them over, or leave them unchanged.</source>
        <translation><numerusform>Server-side apply conflict: another field manager owns %n field. Apply with force to take it over, or leave it unchanged.</numerusform><numerusform>Server-side apply conflict: other field managers own %n fields. Apply with force to take them over, or leave them unchanged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 took longer than %n second(s)</source>
        <translation><numerusform>%1 %2 took longer than %n second</numerusform><numerusform>%1 %2 took longer than %n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The log limit of %n byte(s) was reached.</source>
        <translation><numerusform>The log limit of %n byte was reached.</numerusform><numerusform>The log limit of %n bytes was reached.</numerusform></translation>
    </message>
</context>
<context>
    <name>sd::PrerequisiteChecker</name>
    <message numerus="yes">
        <source>None of the %n node(s) is Ready and schedulable.</source>
        <translation><numerusform>The only node is not Ready and schedulable.</numerusform><numerusform>None of the %n nodes is Ready and schedulable.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n Ready node(s) with at least 4 CPUs and 8 GiB.</source>
        <translation><numerusform>%n Ready node with at least 4 CPUs and 8 GiB.</numerusform><numerusform>%n Ready nodes with at least 4 CPUs and 8 GiB.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Pod network ready on all nodes; %n cluster DNS pod(s) Ready.</source>
        <translation><numerusform>Pod network ready on all nodes; %n cluster DNS pod Ready.</numerusform><numerusform>Pod network ready on all nodes; %n cluster DNS pods Ready.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n permission(s) Stackdeck uses are granted.</source>
        <translation><numerusform>The %n permission Stackdeck uses is granted.</numerusform><numerusform>All %n permissions Stackdeck uses are granted.</numerusform></translation>
    </message>
</context>
<context>
    <name>sd::PrerequisitesDialog</name>
    <message numerus="yes">
        <source>%n check(s) failed. Select one to see how to fix it.</source>
        <translation><numerusform>%n check failed. Select it to see how to fix it.</numerusform><numerusform>%n checks failed. Select one to see how to fix it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The cluster can run the stack, with %n warning(s).</source>
        <translation><numerusform>The cluster can run the stack, with %n warning.</numerusform><numerusform>The cluster can run the stack, with %n warnings.</numerusform></translation>
    </message>
</context>
</TS>
