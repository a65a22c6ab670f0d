<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>Stackdeck</name>
    <message>
        <source>Headless front end of Stackdeck, for scripts and CI pipelines.</source>
        <translation>Stackdeck 的命令行前端，供脚本和 CI 流水线使用。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>stackdeck-cli: unknown command &quot;%1&quot;; see --help.</source>
        <translation>stackdeck-cli：未知命令“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>Stackdeck deploys and operates OpenIM on Kubernetes with KubeBlocks.</source>
        <translation>Stackdeck 借助 KubeBlocks 在 Kubernetes 上部署和运维 OpenIM。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Path to the kubeconfig file to use.</source>
        <translation>要使用的 kubeconfig 文件路径。</translation>
    </message>
    <message>
        <source>Name of the kubeconfig context to use.</source>
        <translation>要使用的 kubeconfig 上下文名称。</translation>
    </message>
    <message>
        <source>Namespace to open.</source>
        <translation>要打开的命名空间。</translation>
    </message>
    <message>
        <source>Start the built-in demo cluster and connect to it.</source>
        <translation>启动内置演示集群并连接到它。</translation>
    </message>
    <message>
        <source>Quit after the given number of milliseconds.</source>
        <translation>在指定的毫秒数后退出。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Unsupported language &quot;%1&quot;. Use one of: %2.</source>
        <translation>不支持的语言“%1”。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds, not &quot;%1&quot;.</source>
        <translation>--quit-after 需要毫秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>The built-in demo cluster is not part of this build yet; open a kubeconfig instead.</source>
        <translation>此版本尚未包含内置演示集群；请改为打开 kubeconfig。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation><numerusform>移动 %n 个节点</numerusform></translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation>未部署</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Not in stack</source>
        <translation>不在栈中</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) planned</source>
        <translation><numerusform>计划 %n 个副本</numerusform></translation>
    </message>
    <message>
        <source>%1 · primary %2</source>
        <translation>%1 · 主节点 %2</translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <extracomment>Status line of a workload: ready/desired replicas, then restarts</extracomment>
        <translation>%1/%2 就绪</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation><numerusform>重启 %n 次</numerusform></translation>
    </message>
    <message>
        <source>data access</source>
        <translation>数据访问</translation>
    </message>
    <message>
        <source>%1 uses %2 over %3</source>
        <extracomment>Accessible name of a canvas edge: caller, callee, protocol</extracomment>
        <translation>%1 通过 %3 使用 %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, %2, %3 of %4 ready</source>
        <extracomment>Accessible name of a canvas node: name, health, ready/desired replicas</extracomment>
        <translation>%1，%2，%3/%4 就绪</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入口</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Datastores</source>
        <translation>数据存储</translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Open a kubeconfig to see the OpenIM topology of a cluster, or start Stackdeck with --demo to try the built-in demo cluster.</source>
        <translation>打开 kubeconfig 以查看集群中的 OpenIM 拓扑，或使用 --demo 启动 Stackdeck 试用内置演示集群。</translation>
    </message>
    <message>
        <source>Topology canvas</source>
        <translation>拓扑画布</translation>
    </message>
</context>
<context>
    <name>sd::AboutDialog</name>
    <message>
        <source>About Stackdeck</source>
        <translation>关于 Stackdeck</translation>
    </message>
    <message>
        <source>A desktop console that deploys and operates the OpenIM instant-messaging server on Kubernetes, with its datastores run by KubeBlocks.</source>
        <translation>一个桌面控制台，用于在 Kubernetes 上部署和运维 OpenIM 即时通讯服务器，其数据存储由 KubeBlocks 运行。</translation>
    </message>
    <message>
        <source>Components and libraries in this build:</source>
        <translation>此版本包含的组件和库：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
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
        <source>Not available in this build yet.</source>
        <translation>此版本中尚不可用。</translation>
    </message>
    <message>
        <source>Open &amp;Kubeconfig…</source>
        <translation>打开 &amp;Kubeconfig…</translation>
    </message>
    <message>
        <source>&amp;Open Stack…</source>
        <translation>打开栈文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Stack</source>
        <translation>保存栈文件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Stackdeck</source>
        <translation>退出 Stackdeck</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>将所有面板恢复到初始位置</translation>
    </message>
    <message>
        <source>&amp;About Stackdeck</source>
        <translation>关于 Stackdeck(&amp;A)</translation>
    </message>
    <message>
        <source>Version and libraries of this build</source>
        <translation>此版本的版本号和所用库</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>Select a component or datastore on the canvas to see and edit its settings.</source>
        <translation>在画布上选择一个组件或数据存储，以查看和编辑其设置。</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>No logs open</source>
        <translation>未打开日志</translation>
    </message>
    <message>
        <source>Double-click a component on the canvas to stream the logs of all its pods.</source>
        <translation>双击画布上的组件，即可流式查看其所有 Pod 的日志。</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Readiness, restarts and datastore roles appear here once a cluster is connected.</source>
        <translation>连接集群后，此处将显示就绪状态、重启次数和数据存储角色。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Kubernetes events of the stack&apos;s namespace appear here once a cluster is connected.</source>
        <translation>连接集群后，此处将显示栈所在命名空间的 Kubernetes 事件。</translation>
    </message>
    <message>
        <source>Context: %1 · Namespace: %2</source>
        <translation>上下文：%1 · 命名空间：%2</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Re-&amp;layout Canvas</source>
        <translation>重新布局画布(&amp;L)</translation>
    </message>
    <message>
        <source>Arrange every node of the canvas afresh</source>
        <translation>重新排列画布上的所有节点</translation>
    </message>
</context>
</TS>
