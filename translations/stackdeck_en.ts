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
        <translation>
            <numerusform>%1 runs at most %n replica: it has no lock in Kubernetes mode.</numerusform>
            <numerusform>%1 runs at most %n replicas: it has no lock in Kubernetes mode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The exec plugin “%1” did not answer within %n second(s).</source>
        <translation>
            <numerusform>The exec plugin “%1” did not answer within %n second.</numerusform>
            <numerusform>The exec plugin “%1” did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server-side apply conflict: other field managers own %n field(s). Apply with force to take them over, or leave them unchanged.</source>
        <translation>
            <numerusform>Server-side apply conflict: another field manager owns %n field. Apply with force to take it over, or leave it unchanged.</numerusform>
            <numerusform>Server-side apply conflict: other field managers own %n fields. Apply with force to take them over, or leave them unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 took longer than %n second(s)</source>
        <translation>
            <numerusform>%1 %2 took longer than %n second</numerusform>
            <numerusform>%1 %2 took longer than %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log limit of %n byte(s) was reached.</source>
        <translation>
            <numerusform>The log limit of %n byte was reached.</numerusform>
            <numerusform>The log limit of %n bytes was reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n node(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n node).</numerusform>
            <numerusform>Wrote %1 (%n nodes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n environment variable(s) not imported; Stackdeck generates the configuration and wires credentials itself.</source>
        <translation>
            <numerusform>%1: %n environment variable not imported; Stackdeck generates the configuration and wires credentials itself.</numerusform>
            <numerusform>%1: %n environment variables not imported; Stackdeck generates the configuration and wires credentials itself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (image tag %2) → KubeBlocks datastore %3 (%4 %5, %n replica(s)); its data is not migrated.</source>
        <translation>
            <numerusform>%1 (image tag %2) → KubeBlocks datastore %3 (%4 %5, %n replica); its data is not migrated.</numerusform>
            <numerusform>%1 (image tag %2) → KubeBlocks datastore %3 (%4 %5, %n replicas); its data is not migrated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 … [%n more character(s)]</source>
        <translation>
            <numerusform>%1 … [%n more character]</numerusform>
            <numerusform>%1 … [%n more characters]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n updated</source>
        <translation>
            <numerusform>%1 of %n updated</numerusform>
            <numerusform>%1 of %n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ready</source>
        <translation>
            <numerusform>%1 of %n ready</numerusform>
            <numerusform>%1 of %n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pod(s) ready</source>
        <translation>
            <numerusform>%1 of %n pod ready</numerusform>
            <numerusform>%1 of %n pods ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stack %1: %n workload(s)</source>
        <translation>
            <numerusform>Stack %1: %n workload</numerusform>
            <numerusform>Stack %1: %n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stack %1: %2 of %n workload(s) need attention</source>
        <translation>
            <numerusform>Stack %1: %2 of %n workload need attention</numerusform>
            <numerusform>Stack %1: %2 of %n workloads need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 runs component %2 with exactly %n replica(s); it cannot be scaled.</source>
        <translation>
            <numerusform>%1 runs component %2 with exactly %n replica; it cannot be scaled.</numerusform>
            <numerusform>%1 runs component %2 with exactly %n replicas; it cannot be scaled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Component %1 already has %n replica(s).</source>
        <translation>
            <numerusform>Component %1 already has %n replica.</numerusform>
            <numerusform>Component %1 already has %n replicas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deployment %1 already has %n replica(s).</source>
        <translation>
            <numerusform>Deployment %1 already has %n replica.</numerusform>
            <numerusform>Deployment %1 already has %n replicas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deployment %1 rolled out: %n replica(s) available.</source>
        <translation>
            <numerusform>Deployment %1 rolled out: %n replica available.</numerusform>
            <numerusform>Deployment %1 rolled out: %n replicas available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a cron expression: it needs five fields (minute hour day-of-month month day-of-week), found %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::BackupRepoDialog</name>
    <message numerus="yes">
        <source>BackupRepo %1 did not become Ready within %n second(s).</source>
        <translation>
            <numerusform>BackupRepo %1 did not become Ready within %n second.</numerusform>
            <numerusform>BackupRepo %1 did not become Ready within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::BackupsView</name>
    <message numerus="yes">
        <source>%n backup(s) in namespace %1.</source>
        <translation>
            <numerusform>%n backup in namespace %1.</numerusform>
            <numerusform>%n backups in namespace %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::CanvasController</name>
    <message numerus="yes">
        <source>Delete %n nodes</source>
        <translation>
            <numerusform>Delete %n node</numerusform>
            <numerusform>Delete %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ComponentForm</name>
    <message numerus="yes">
        <source>%1 runs at most %n replica(s).</source>
        <translation>
            <numerusform>%1 runs at most %n replica.</numerusform>
            <numerusform>%1 runs at most %n replicas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DatastoreForm</name>
    <message numerus="yes">
        <source>The topology adds %1 with %n replica(s).</source>
        <translation>
            <numerusform>The topology adds %1 with %n replica.</numerusform>
            <numerusform>The topology adds %1 with %n replicas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not valid against the Cluster schema: %n problem(s).</source>
        <translation>
            <numerusform>Not valid against the Cluster schema: %n problem.</numerusform>
            <numerusform>Not valid against the Cluster schema: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DeployEngine</name>
    <message numerus="yes">
        <source>%n object(s) still being deleted: %1</source>
        <translation>
            <numerusform>%n object still being deleted: %1</numerusform>
            <numerusform>%n objects still being deleted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) reachable</source>
        <translation>
            <numerusform>%n service reachable</numerusform>
            <numerusform>%n services reachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) reachable; the admin-token call succeeded</source>
        <translation>
            <numerusform>%n service reachable; the admin-token call succeeded</numerusform>
            <numerusform>%n services reachable; the admin-token call succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) removed</source>
        <translation>
            <numerusform>%n object removed</numerusform>
            <numerusform>%n objects removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) found</source>
        <translation>
            <numerusform>%n object found</numerusform>
            <numerusform>%n objects found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::DeployWizard</name>
    <message numerus="yes">
        <source>%n datastore(s).</source>
        <translation>
            <numerusform>%n datastore.</numerusform>
            <numerusform>%n datastores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OpenIM component(s).</source>
        <translation>
            <numerusform>%n OpenIM component.</numerusform>
            <numerusform>%n OpenIM components.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) ready; checking again…</source>
        <translation>
            <numerusform>%1 of %n node ready; checking again…</numerusform>
            <numerusform>%1 of %n nodes ready; checking again…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::LogTab</name>
    <message numerus="yes">
        <source>%n stream(s) ended</source>
        <translation>
            <numerusform>%n stream ended</numerusform>
            <numerusform>%n streams ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n stream</numerusform>
            <numerusform>%n streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message numerus="yes">
        <source>Delete %n node(s) from the stack?</source>
        <translation>
            <numerusform>Delete %n node from the stack?</numerusform>
            <numerusform>Delete %n nodes from the stack?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::PlanView</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::PrerequisiteChecker</name>
    <message numerus="yes">
        <source>None of the %n node(s) is Ready and schedulable.</source>
        <translation>
            <numerusform>The only node is not Ready and schedulable.</numerusform>
            <numerusform>None of the %n nodes is Ready and schedulable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Ready node(s) with at least 4 CPUs and 8 GiB.</source>
        <translation>
            <numerusform>%n Ready node with at least 4 CPUs and 8 GiB.</numerusform>
            <numerusform>%n Ready nodes with at least 4 CPUs and 8 GiB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pod network ready on all nodes; %n cluster DNS pod(s) Ready.</source>
        <translation>
            <numerusform>Pod network ready on all nodes; %n cluster DNS pod Ready.</numerusform>
            <numerusform>Pod network ready on all nodes; %n cluster DNS pods Ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n permission(s) Stackdeck uses are granted.</source>
        <translation>
            <numerusform>The %n permission Stackdeck uses is granted.</numerusform>
            <numerusform>All %n permissions Stackdeck uses are granted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::PrerequisitesDialog</name>
    <message numerus="yes">
        <source>%n check(s) failed. Select one to see how to fix it.</source>
        <translation>
            <numerusform>%n check failed. Select it to see how to fix it.</numerusform>
            <numerusform>%n checks failed. Select one to see how to fix it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster can run the stack, with %n warning(s).</source>
        <translation>
            <numerusform>The cluster can run the stack, with %n warning.</numerusform>
            <numerusform>The cluster can run the stack, with %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::SecretJob</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be waiting for an unlock prompt, or it is not responding.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. It may be waiting for an unlock prompt, or it is not responding.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. It may be waiting for an unlock prompt, or it is not responding.</numerusform>
        </translation>
    </message>
</context>
</TS>
