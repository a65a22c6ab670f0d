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
    <name>NodePalette</name>
    <message>
        <source>Palette</source>
        <translation>调色板</translation>
    </message>
    <message>
        <source>Drag onto the canvas</source>
        <translation>拖到画布上</translation>
    </message>
</context>
<context>
    <name>Stackdeck</name>
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
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>移动 %n 个节点</numerusform>
        </translation>
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
        <translation>
            <numerusform>计划 %n 个副本</numerusform>
        </translation>
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
        <translation>
            <numerusform>重启 %n 次</numerusform>
        </translation>
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
    <message>
        <source>the stack requests %1 CPU and %2 memory; the cluster has %3 CPU and %4 memory free (%5 CPU and %6 allocatable, %7 CPU and %8 already requested).</source>
        <translation>栈请求 %1 CPU 和 %2 内存；集群空闲 %3 CPU 和 %4 内存（可分配 %5 CPU 和 %6 内存，已请求 %7 CPU 和 %8 内存）。</translation>
    </message>
    <message>
        <source>Not enough capacity: %1</source>
        <translation>容量不足：%1</translation>
    </message>
    <message>
        <source>Capacity is tight: %1</source>
        <translation>容量紧张：%1</translation>
    </message>
    <message>
        <source>Capacity is sufficient: %1</source>
        <translation>容量充足：%1</translation>
    </message>
    <message>
        <source>Invalid KubeBlocks catalog: %1</source>
        <translation>KubeBlocks 目录无效：%1</translation>
    </message>
    <message>
        <source>Invalid OpenIM catalog: %1</source>
        <translation>OpenIM 目录无效：%1</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 must be a mapping, found %2.</source>
        <translation>%1 必须是映射，实际为%2。</translation>
    </message>
    <message>
        <source>Keys in %1 must be plain names.</source>
        <translation>%1 中的键必须是普通名称。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; appears twice in %2.</source>
        <translation>字段“%1”在 %2 中出现了两次。</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in %2; expected one of: %3.</source>
        <translation>%2 中存在未知字段“%1”；应为以下之一：%3。</translation>
    </message>
    <message>
        <source>%1 must be a text value, found %2.</source>
        <translation>%1 必须是文本值，实际为%2。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; in %2</source>
        <translation>%2 中的字段“%1”</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, found %4.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数，实际为 %4。</translation>
    </message>
    <message>
        <source>%1 must be a number, found %2.</source>
        <translation>%1 必须是数字，实际为%2。</translation>
    </message>
    <message>
        <source>%1 must be true or false, found %2.</source>
        <translation>%1 必须是 true 或 false，实际为%2。</translation>
    </message>
    <message>
        <source>%1 must be a Kubernetes quantity such as 500m, 2 or 1Gi, found %2.</source>
        <translation>%1 必须是 Kubernetes 资源数量（例如 500m、2 或 1Gi），实际为%2。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2; found &quot;%3&quot;.</source>
        <translation>%1 必须是以下之一：%2；实际为“%3”。</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &quot;generate: true&quot; or &quot;secretKeyRef&quot;.</source>
        <translation>%1 必须且只能设置“generate: true”或“secretKeyRef”其中之一。</translation>
    </message>
    <message>
        <source>Field &quot;generate&quot; in %1</source>
        <translation>%1 中的字段“generate”</translation>
    </message>
    <message>
        <source>&quot;generate&quot; in %1 can only be true; use &quot;secretKeyRef&quot; to bring your own Secret.</source>
        <translation>%1 中的“generate”只能为 true；如需使用自己的 Secret，请使用“secretKeyRef”。</translation>
    </message>
    <message>
        <source>secretKeyRef in %1</source>
        <translation>%1 中的 secretKeyRef</translation>
    </message>
    <message>
        <source>requests of %1</source>
        <translation>%1 的 requests</translation>
    </message>
    <message>
        <source>limits of %1</source>
        <translation>%1 的 limits</translation>
    </message>
    <message>
        <source>cpu in %1</source>
        <translation>%1 中的 cpu</translation>
    </message>
    <message>
        <source>memory in %1</source>
        <translation>%1 中的 memory</translation>
    </message>
    <message>
        <source>x in %1</source>
        <translation>%1 中的 x</translation>
    </message>
    <message>
        <source>y in %1</source>
        <translation>%1 中的 y</translation>
    </message>
    <message>
        <source>Field &quot;registry&quot; in profile</source>
        <translation>profile 中的字段“registry”</translation>
    </message>
    <message>
        <source>imagePullSecrets must be a list of Secret names, found %1.</source>
        <translation>imagePullSecrets 必须是 Secret 名称列表，实际为%1。</translation>
    </message>
    <message>
        <source>An imagePullSecrets entry</source>
        <translation>imagePullSecrets 中的条目</translation>
    </message>
    <message>
        <source>openim.adminUsers must be a non-empty list of {userID, nickname}.</source>
        <translation>openim.adminUsers 必须是由 {userID, nickname} 组成的非空列表。</translation>
    </message>
    <message>
        <source>Field &quot;provider&quot; in openim.push</source>
        <translation>openim.push 中的字段“provider”</translation>
    </message>
    <message>
        <source>Push provider &quot;%1&quot; takes no credentials.</source>
        <translation>推送提供方“%1”不使用凭据。</translation>
    </message>
    <message>
        <source>Field &quot;level&quot; in openim.log</source>
        <translation>openim.log 中的字段“level”</translation>
    </message>
    <message>
        <source>Field &quot;json&quot; in openim.log</source>
        <translation>openim.log 中的字段“json”</translation>
    </message>
    <message>
        <source>datastores must be a list, found %1.</source>
        <translation>datastores 必须是列表，实际为%1。</translation>
    </message>
    <message>
        <source>datastore &quot;%1&quot;</source>
        <translation>数据存储“%1”</translation>
    </message>
    <message>
        <source>Field &quot;replicas&quot; in %1</source>
        <translation>%1 中的字段“replicas”</translation>
    </message>
    <message>
        <source>storage of %1</source>
        <translation>%1 的 storage</translation>
    </message>
    <message>
        <source>size in %1</source>
        <translation>%1 中的 size</translation>
    </message>
    <message>
        <source>Field &quot;terminationPolicy&quot; in %1</source>
        <translation>%1 中的字段“terminationPolicy”</translation>
    </message>
    <message>
        <source>canvas of %1</source>
        <translation>%1 的 canvas</translation>
    </message>
    <message>
        <source>components must be a list, found %1.</source>
        <translation>components 必须是列表，实际为%1。</translation>
    </message>
    <message>
        <source>component &quot;%1&quot;</source>
        <translation>组件“%1”</translation>
    </message>
    <message>
        <source>env of %1</source>
        <translation>%1 的 env</translation>
    </message>
    <message>
        <source>%1 must be a mapping of variable names to values.</source>
        <translation>%1 必须是变量名到值的映射。</translation>
    </message>
    <message>
        <source>A variable name in %1</source>
        <translation>%1 中的变量名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name.</source>
        <translation>“%1”不是有效的环境变量名。</translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation>%1 的值</translation>
    </message>
    <message>
        <source>exposure of %1</source>
        <translation>%1 的 exposure</translation>
    </message>
    <message>
        <source>Field &quot;type&quot; in %1</source>
        <translation>%1 中的字段“type”</translation>
    </message>
    <message>
        <source>Field &quot;nodePort&quot; in %1</source>
        <translation>%1 中的字段“nodePort”</translation>
    </message>
    <message>
        <source>edges must be a list, found %1.</source>
        <translation>edges 必须是列表，实际为%1。</translation>
    </message>
    <message>
        <source>Not valid YAML: %1.</source>
        <translation>YAML 无效：%1。</translation>
    </message>
    <message>
        <source>The file is empty; expected a Stackdeck stack.</source>
        <translation>文件为空；应为 Stackdeck 栈文件。</translation>
    </message>
    <message>
        <source>the stack file</source>
        <translation>栈文件</translation>
    </message>
    <message>
        <source>Unsupported stack file version &quot;%1&quot;; this Stackdeck reads &quot;%2&quot;.</source>
        <translation>不支持的栈文件版本“%1”；此 Stackdeck 只能读取“%2”。</translation>
    </message>
    <message>
        <source>Cannot read the stack file: %1.</source>
        <translation>无法读取栈文件：%1。</translation>
    </message>
    <message>
        <source>The stack file is larger than 4 MiB; this is not a stack file.</source>
        <translation>栈文件大于 4 MiB，不是有效的栈文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 needs non-zero CPU and memory requests.</source>
        <translation>%1 需要非零的 CPU 和内存请求值。</translation>
    </message>
    <message>
        <source>%1 requests more CPU (%2) than its limit (%3).</source>
        <translation>%1 请求的 CPU（%2）超过了其限制值（%3）。</translation>
    </message>
    <message>
        <source>%1 requests more memory (%2) than its limit (%3).</source>
        <translation>%1 请求的内存（%2）超过了其限制值（%3）。</translation>
    </message>
    <message>
        <source>The stack name &quot;%1&quot; must be a DNS label: lowercase letters, digits and &apos;-&apos;, at most 63 characters.</source>
        <translation>栈名称“%1”必须是 DNS 标签：只能包含小写字母、数字和“-”，最多 63 个字符。</translation>
    </message>
    <message>
        <source>The namespace &quot;%1&quot; must be a DNS label: lowercase letters, digits and &apos;-&apos;, at most 63 characters.</source>
        <translation>命名空间“%1”必须是 DNS 标签：只能包含小写字母、数字和“-”，最多 63 个字符。</translation>
    </message>
    <message>
        <source>Unknown OpenIM release &quot;%1&quot;; this Stackdeck knows: %2.</source>
        <translation>未知的 OpenIM 版本“%1”；此 Stackdeck 支持的版本：%2。</translation>
    </message>
    <message>
        <source>Unknown image registry &quot;%1&quot;.</source>
        <translation>未知的镜像仓库“%1”。</translation>
    </message>
    <message>
        <source>imagePullSecrets entry &quot;%1&quot; is not a valid Secret name.</source>
        <translation>imagePullSecrets 条目“%1”不是有效的 Secret 名称。</translation>
    </message>
    <message>
        <source>openim.secret refers to Secret &quot;%1&quot; key &quot;%2&quot;, which is not a valid reference.</source>
        <translation>openim.secret 引用了 Secret“%1”的键“%2”，这不是有效的引用。</translation>
    </message>
    <message>
        <source>An admin user has an empty userID.</source>
        <translation>有一个管理员用户的 userID 为空。</translation>
    </message>
    <message>
        <source>Admin user &quot;%1&quot; is listed twice.</source>
        <translation>管理员用户“%1”被列出了两次。</translation>
    </message>
    <message>
        <source>Push credential &quot;%1&quot; refers to Secret &quot;%2&quot; key &quot;%3&quot;, which is not a valid reference.</source>
        <translation>推送凭据“%1”引用了 Secret“%2”的键“%3”，这不是有效的引用。</translation>
    </message>
    <message>
        <source>openim.minioExternalAddress &quot;%1&quot; must be an http:// or https:// URL that clients can reach.</source>
        <translation>openim.minioExternalAddress“%1”必须是客户端可以访问的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Datastore &quot;%1&quot;</source>
        <translation>数据存储“%1”</translation>
    </message>
    <message>
        <source>Datastore name &quot;%1&quot; must start with a letter, use lowercase letters, digits and &apos;-&apos;, and be at most %2 characters (KubeBlocks appends to it).</source>
        <translation>数据存储名称“%1”必须以字母开头，只能包含小写字母、数字和“-”，且最多 %2 个字符（KubeBlocks 会在其后追加内容）。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by more than one node.</source>
        <translation>名称“%1”被多个节点使用。</translation>
    </message>
    <message>
        <source>%1 uses unknown engine &quot;%2&quot;; expected one of: %3.</source>
        <translation>%1 使用了未知引擎“%2”；应为以下之一：%3。</translation>
    </message>
    <message>
        <source>%1: OpenIM connects to one %2 only, and &quot;%3&quot; is already one.</source>
        <translation>%1：OpenIM 只连接一个 %2，而“%3”已经是 %2。</translation>
    </message>
    <message>
        <source>%1: OpenIM 3.8 does not use %2; the cluster will be created but nothing connects to it.</source>
        <translation>%1：OpenIM 3.8 不使用 %2；集群仍会被创建，但不会有任何组件连接它。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 has no topology &quot;%3&quot;; expected: %4.</source>
        <translation>%1：%2 没有拓扑“%3”；可选值：%4。</translation>
    </message>
    <message>
        <source>%1: version %2 is not in the built-in %3 list for KubeBlocks addon %4; the cluster&apos;s ComponentVersion decides whether it exists.</source>
        <translation>%1：版本 %2 不在 KubeBlocks 插件 %4 内置的 %3 列表中；该版本是否存在由集群的 ComponentVersion 决定。</translation>
    </message>
    <message>
        <source>%1 needs a version.</source>
        <translation>%1 需要指定版本。</translation>
    </message>
    <message>
        <source>%1: %2 needs %3 to %4 replicas, not %5.</source>
        <translation>%1：%2 需要 %3 到 %4 个副本，而不是 %5 个。</translation>
    </message>
    <message>
        <source>%1: %2 needs an odd number of replicas (a KRaft quorum), not %3.</source>
        <translation>%1：%2 需要奇数个副本（KRaft 仲裁），而不是 %3 个。</translation>
    </message>
    <message>
        <source>%1: %2 needs an even number of replicas (erasure coding), not %3.</source>
        <translation>%1：%2 需要偶数个副本（纠删码），而不是 %3 个。</translation>
    </message>
    <message>
        <source>%1: Redis replication with one replica has no standby.</source>
        <translation>%1：单副本的 Redis 复制模式没有备用节点。</translation>
    </message>
    <message>
        <source>%1 needs a storage size.</source>
        <translation>%1 需要指定存储大小。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid StorageClass name.</source>
        <translation>%1：“%2”不是有效的 StorageClass 名称。</translation>
    </message>
    <message>
        <source>openim.minioExternalAddress is empty: file URLs will point at the in-cluster MinIO Service, which clients outside the cluster cannot reach.</source>
        <translation>openim.minioExternalAddress 为空：文件 URL 将指向集群内的 MinIO Service，集群外的客户端无法访问。</translation>
    </message>
    <message>
        <source>Component &quot;%1&quot;</source>
        <translation>组件“%1”</translation>
    </message>
    <message>
        <source>%1 is not an OpenIM component this Stackdeck knows.</source>
        <translation>%1 不是此 Stackdeck 已知的 OpenIM 组件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs at most %n replica(s): it has no lock in Kubernetes mode.</source>
        <translation>
            <numerusform>%1 最多运行 %n 个副本：在 Kubernetes 模式下它没有锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: put the tag in &quot;tag&quot;, not in &quot;image&quot;.</source>
        <translation>%1：请将标签写在“tag”中，而不是“image”中。</translation>
    </message>
    <message>
        <source>%1: %2 matches no key in the generated config files, so OpenIM would ignore it.</source>
        <translation>%1：%2 与生成的配置文件中的任何键都不匹配，OpenIM 会忽略它。</translation>
    </message>
    <message>
        <source>%1 has no port that can be exposed outside the cluster.</source>
        <translation>%1 没有可暴露到集群外部的端口。</translation>
    </message>
    <message>
        <source>%1: nodePort only applies to exposure type NodePort.</source>
        <translation>%1：nodePort 仅适用于暴露类型 NodePort。</translation>
    </message>
    <message>
        <source>%1: nodePort %2 is outside Kubernetes&apos; default range 30000-32767.</source>
        <translation>%1：nodePort %2 超出了 Kubernetes 的默认范围 30000-32767。</translation>
    </message>
    <message>
        <source>%1: nodePort %2 is already used by %3.</source>
        <translation>%1：nodePort %2 已被 %3 使用。</translation>
    </message>
    <message>
        <source>The stack lacks component &quot;%1&quot;, which OpenIM needs.</source>
        <translation>栈中缺少 OpenIM 所需的组件“%1”。</translation>
    </message>
    <message>
        <source>Edge from &quot;%1&quot;: edges start at a component, not a datastore.</source>
        <translation>起点为“%1”的连线：连线必须从组件出发，而不是从数据存储出发。</translation>
    </message>
    <message>
        <source>Edge from &quot;%1&quot;: no such component.</source>
        <translation>起点为“%1”的连线：不存在该组件。</translation>
    </message>
    <message>
        <source>Edge to &quot;%1&quot;: no such component or datastore.</source>
        <translation>终点为“%1”的连线：不存在该组件或数据存储。</translation>
    </message>
    <message>
        <source>Edge %1 -&gt; %2 is listed twice.</source>
        <translation>连线 %1 -&gt; %2 重复列出。</translation>
    </message>
    <message>
        <source>Edge %1 -&gt; %2: %1 never calls %2.</source>
        <translation>连线 %1 -&gt; %2：%1 从不调用 %2。</translation>
    </message>
    <message>
        <source>Edge %1 -&gt; %2: %1 does not use %3.</source>
        <translation>连线 %1 -&gt; %2：%1 不使用 %3。</translation>
    </message>
    <message>
        <source>Component &quot;%1&quot; needs a %2 datastore and the stack has none.</source>
        <translation>组件“%1”需要 %2 数据存储，但栈中没有。</translation>
    </message>
    <message>
        <source>Component &quot;%1&quot; uses %2: add the edge %1 -&gt; %3.</source>
        <translation>组件“%1”使用了 %2：请添加连线 %1 -&gt; %3。</translation>
    </message>
    <message>
        <source>Component &quot;%1&quot; calls &quot;%2&quot;; the edge is missing from the canvas.</source>
        <translation>组件“%1”调用了“%2”；画布上缺少这条连线。</translation>
    </message>
    <message>
        <source>Write a stack as a YAML bundle for kubectl apply -f</source>
        <translation>将栈写为可供 kubectl apply -f 使用的 YAML 包</translation>
    </message>
    <message>
        <source>Check a stack file and report every problem</source>
        <translation>检查栈文件并报告所有问题</translation>
    </message>
    <message>
        <source>Usage: stackdeck-cli &lt;command&gt; [options]

Headless front end of Stackdeck, for scripts and CI pipelines.

Commands:
</source>
        <translation>用法：stackdeck-cli &lt;命令&gt; [选项]

Stackdeck 的命令行前端，供脚本和 CI 流水线使用。

命令：
</translation>
    </message>
    <message>
        <source>
Run stackdeck-cli &lt;command&gt; --help for the options of a command.
Global options: --help, --version.</source>
        <translation>
运行 stackdeck-cli &lt;命令&gt; --help 查看某个命令的选项。
全局选项：--help、--version。</translation>
    </message>
    <message>
        <source>The stack file.</source>
        <translation>栈文件。</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>输出格式：text 或 json。</translation>
    </message>
    <message>
        <source>%1: --stack FILE is required.</source>
        <translation>%1：必须指定 --stack 文件。</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;; use text or json.</source>
        <translation>未知的输出格式“%1”；请使用 text 或 json。</translation>
    </message>
    <message>
        <source>Deploy into this namespace instead of the stack&apos;s.</source>
        <translation>部署到此命名空间，而不是栈中指定的命名空间。</translation>
    </message>
    <message>
        <source>Write the bundle to this file instead of stdout.</source>
        <translation>将包写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>Include the Secrets Stackdeck owns, with newly generated values.</source>
        <translation>包含 Stackdeck 管理的 Secret，并使用新生成的值。</translation>
    </message>
    <message>
        <source>Writes the stack as one multi-document YAML bundle for kubectl apply -f.</source>
        <translation>将栈写为一个多文档 YAML 包，供 kubectl apply -f 使用。</translation>
    </message>
    <message>
        <source>Checks a stack file and reports every problem with its position.</source>
        <translation>检查栈文件，并报告每个问题及其位置。</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1：有效</translation>
    </message>
    <message>
        <source>%1: invalid</source>
        <translation>%1：无效</translation>
    </message>
    <message>
        <source>outside the cluster</source>
        <translation>集群外部</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Draw the topology of a stack into a PNG or SVG file</source>
        <translation>将栈的拓扑绘制为 PNG 或 SVG 文件</translation>
    </message>
    <message>
        <source>Draws the topology of a stack into a PNG or SVG file.</source>
        <translation>将栈的拓扑绘制为 PNG 或 SVG 文件。</translation>
    </message>
    <message>
        <source>The image to write: a .png or .svg file.</source>
        <translation>要写入的图像：.png 或 .svg 文件。</translation>
    </message>
    <message>
        <source>Ignore the positions saved in the stack and lay out afresh.</source>
        <translation>忽略栈中保存的位置，重新布局。</translation>
    </message>
    <message>
        <source>render: --stack FILE and --out FILE are required.</source>
        <translation>render：必须指定 --stack 文件和 --out 文件。</translation>
    </message>
    <message>
        <source>render: the image must be a .png or .svg file, not &quot;%1&quot;.</source>
        <translation>render：图像必须是 .png 或 .svg 文件，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is nothing to export: the topology is empty.</source>
        <translation>没有可导出的内容：拓扑为空。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Unsupported image type &quot;%1&quot;: use .png or .svg.</source>
        <translation>不支持的图像类型“%1”：请使用 .png 或 .svg。</translation>
    </message>
    <message>
        <source>token from exec plugin “%1” of user “%2” in %3</source>
        <translation>%3 中用户“%2”的 exec 插件“%1”提供的令牌</translation>
    </message>
    <message>
        <source>OIDC id-token of user “%1” in %2</source>
        <translation>%2 中用户“%1”的 OIDC id-token</translation>
    </message>
    <message>
        <source>bearer token of user “%1” in %2</source>
        <translation>%2 中用户“%1”的持有者令牌（bearer token）</translation>
    </message>
    <message>
        <source>bearer token from file %1 (user “%2”)</source>
        <translation>来自文件 %1 的持有者令牌（用户“%2”）</translation>
    </message>
    <message>
        <source>basic-auth user “%1” (user “%2” in %3)</source>
        <translation>basic-auth 用户“%1”（%3 中的用户“%2”）</translation>
    </message>
    <message>
        <source>client certificate “%1” of user “%2” in %3</source>
        <translation>%3 中用户“%2”的客户端证书“%1”</translation>
    </message>
    <message>
        <source>no credentials (anonymous)</source>
        <translation>无凭据（匿名）</translation>
    </message>
    <message>
        <source>user “%1” in %2 (no credentials)</source>
        <translation>%2 中的用户“%1”（无凭据）</translation>
    </message>
    <message>
        <source>Cannot read the token file %1 of user “%2”: %3</source>
        <translation>无法读取用户“%2”的令牌文件 %1：%3</translation>
    </message>
    <message>
        <source>The token file %1 of user “%2” is empty or contains a line break; the token is not sent.</source>
        <translation>用户“%2”的令牌文件 %1 为空或包含换行符，不会发送该令牌。</translation>
    </message>
    <message>
        <source>The exec plugin of user “%1” in %2 was not run: its command “%3” has not been trusted.</source>
        <translation>未运行 %2 中用户“%1”的 exec 插件：其命令“%3”尚未被信任。</translation>
    </message>
    <message>
        <source>The exec plugin “%1” returned a token with a line break; it is not sent.</source>
        <translation>exec 插件“%1”返回的令牌包含换行符，不会发送。</translation>
    </message>
    <message>
        <source>The exec plugin “%1” returned an unusable certificate: %2</source>
        <translation>exec 插件“%1”返回的证书不可用：%2</translation>
    </message>
    <message>
        <source>user “%1” in %2</source>
        <translation>%2 中的用户“%1”</translation>
    </message>
    <message>
        <source>The OIDC id-token of %1 has expired and there is no refresh-token or idp-issuer-url to renew it; log in again.</source>
        <translation>%1 的 OIDC id-token 已过期，且没有可用于续期的 refresh-token 或 idp-issuer-url；请重新登录。</translation>
    </message>
    <message>
        <source>Refreshing the OIDC token of %1 failed: %2</source>
        <translation>刷新 %1 的 OIDC 令牌失败：%2</translation>
    </message>
    <message>
        <source>the issuer&apos;s discovery document has no token_endpoint</source>
        <translation>签发者（issuer）的发现文档中没有 token_endpoint</translation>
    </message>
    <message>
        <source>the answer has no id_token</source>
        <translation>响应中没有 id_token</translation>
    </message>
    <message>
        <source>the new id_token contains a line break</source>
        <translation>新的 id_token 包含换行符</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>proxy-url “%1” is not a valid URL</source>
        <translation>proxy-url“%1”不是有效的 URL</translation>
    </message>
    <message>
        <source>proxy-url “%1”: HTTPS proxies are not supported; use an http:// or socks5:// proxy</source>
        <translation>proxy-url“%1”：不支持 HTTPS 代理；请使用 http:// 或 socks5:// 代理</translation>
    </message>
    <message>
        <source>proxy-url “%1”: scheme “%2” is not supported (http, socks5)</source>
        <translation>proxy-url“%1”：不支持协议“%2”（仅支持 http、socks5）</translation>
    </message>
    <message>
        <source>%1: both “certificate-authority” and “certificate-authority-data” are set</source>
        <translation>%1：同时设置了“certificate-authority”和“certificate-authority-data”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: “insecure-skip-tls-verify” cannot be combined with a certificate authority</source>
        <translation>%1：“insecure-skip-tls-verify”不能与证书颁发机构同时使用</translation>
    </message>
    <message>
        <source>%1: the certificate authority holds no PEM certificate</source>
        <translation>%1：证书颁发机构中没有 PEM 证书</translation>
    </message>
    <message>
        <source>TLS verification is disabled for cluster “%1” (insecure-skip-tls-verify): the server&apos;s identity is not checked.</source>
        <translation>集群“%1”已禁用 TLS 验证（insecure-skip-tls-verify）：不会校验服务器身份。</translation>
    </message>
    <message>
        <source>No kubeconfig file was found.</source>
        <translation>未找到 kubeconfig 文件。</translation>
    </message>
    <message>
        <source>%1: no current-context is set; choose a context.</source>
        <translation>%1：未设置 current-context；请选择一个上下文。</translation>
    </message>
    <message>
        <source>Context “%1” does not exist in %2.</source>
        <translation>%2 中不存在上下文“%1”。</translation>
    </message>
    <message>
        <source>context “%1”</source>
        <translation>上下文“%1”</translation>
    </message>
    <message>
        <source>%1: cluster “%2” does not exist</source>
        <translation>%1：集群“%2”不存在</translation>
    </message>
    <message>
        <source>%1: user “%2” does not exist</source>
        <translation>%1：用户“%2”不存在</translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation>集群“%1”</translation>
    </message>
    <message>
        <source>%1: server “%2” is not an http(s) URL</source>
        <translation>%1：服务器“%2”不是 http(s) URL</translation>
    </message>
    <message>
        <source>user “%1”</source>
        <translation>用户“%1”</translation>
    </message>
    <message>
        <source>“%1” is not an https URL</source>
        <translation>“%1”不是 https URL</translation>
    </message>
    <message>
        <source>a client key is set but no client certificate</source>
        <translation>设置了客户端私钥，但没有客户端证书</translation>
    </message>
    <message>
        <source>a client certificate is set but no client key</source>
        <translation>设置了客户端证书，但没有客户端私钥</translation>
    </message>
    <message>
        <source>the client certificate is not a PEM certificate</source>
        <translation>客户端证书不是 PEM 证书</translation>
    </message>
    <message>
        <source>the client key is not an unencrypted PEM RSA or EC private key</source>
        <translation>客户端私钥不是未加密的 PEM 格式 RSA 或 EC 私钥</translation>
    </message>
    <message>
        <source>the “gcp” auth-provider was removed from Kubernetes; install gke-gcloud-auth-plugin and run “gcloud container clusters get-credentials” to switch this user to the exec plugin</source>
        <translation>Kubernetes 已移除“gcp” auth-provider；请安装 gke-gcloud-auth-plugin 并运行“gcloud container clusters get-credentials”，将此用户切换为 exec 插件</translation>
    </message>
    <message>
        <source>the “azure” auth-provider was removed from Kubernetes; install kubelogin and run “kubelogin convert-kubeconfig” to switch this user to the exec plugin</source>
        <translation>Kubernetes 已移除“azure” auth-provider；请安装 kubelogin 并运行“kubelogin convert-kubeconfig”，将此用户切换为 exec 插件</translation>
    </message>
    <message>
        <source>auth-provider “%1” is not supported (only oidc)</source>
        <translation>不支持 auth-provider“%1”（仅支持 oidc）</translation>
    </message>
    <message>
        <source>the oidc auth-provider has neither an id-token nor a refresh-token</source>
        <translation>oidc auth-provider 既没有 id-token，也没有 refresh-token</translation>
    </message>
    <message>
        <source>the token contains a line break or control character and is not sent</source>
        <translation>令牌包含换行符或控制字符，不会发送</translation>
    </message>
    <message>
        <source>the basic-auth username must not contain “:”</source>
        <translation>basic-auth 用户名不能包含“:”</translation>
    </message>
    <message>
        <source>the basic-auth username or password contains a control character</source>
        <translation>basic-auth 用户名或密码包含控制字符</translation>
    </message>
    <message>
        <source>an impersonation value contains a line break or control character</source>
        <translation>某个身份扮演（impersonation）值包含换行符或控制字符</translation>
    </message>
    <message>
        <source>impersonating more than one group, or several values of one extra field, is not supported; keep one value each</source>
        <translation>不支持扮演多个组，也不支持为同一额外字段设置多个值；每项只保留一个值</translation>
    </message>
    <message>
        <source>impersonating groups, a uid or extra fields requires “as” (a user)</source>
        <translation>扮演组、uid 或额外字段时必须设置“as”（一个用户）</translation>
    </message>
    <message numerus="yes">
        <source>The exec plugin “%1” did not answer within %n second(s).</source>
        <translation>
            <numerusform>exec 插件“%1”未在 %n 秒内响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>the plugin&apos;s output is not a JSON object: %1</source>
        <translation>插件输出不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>the plugin&apos;s output is not an ExecCredential</source>
        <translation>插件输出不是 ExecCredential</translation>
    </message>
    <message>
        <source>the plugin answered with apiVersion “%1”, but “%2” was requested</source>
        <translation>插件响应的 apiVersion 为“%1”，但请求的是“%2”</translation>
    </message>
    <message>
        <source>the plugin returned neither a token nor a client certificate and key</source>
        <translation>插件既没有返回令牌，也没有返回客户端证书和私钥</translation>
    </message>
    <message>
        <source>the plugin&apos;s expirationTimestamp “%1” is not RFC 3339</source>
        <translation>插件的 expirationTimestamp“%1”不符合 RFC 3339 格式</translation>
    </message>
    <message>
        <source>The exec plugin “%1” was not found.</source>
        <translation>未找到 exec 插件“%1”。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
附加信息：%2</translation>
    </message>
    <message>
        <source>The exec plugin “%1” requires an interactive terminal (interactiveMode: Always), which Stackdeck cannot provide.</source>
        <translation>exec 插件“%1”需要交互式终端（interactiveMode: Always），而 Stackdeck 无法提供。</translation>
    </message>
    <message>
        <source>The exec plugin “%1” could not be started: %2</source>
        <translation>无法启动 exec 插件“%1”：%2</translation>
    </message>
    <message>
        <source>The exec plugin “%1” failed with exit code %2.</source>
        <translation>exec 插件“%1”执行失败，退出码为 %2。</translation>
    </message>
    <message>
        <source>The exec plugin “%1” crashed.</source>
        <translation>exec 插件“%1”崩溃了。</translation>
    </message>
    <message>
        <source>The exec plugin “%1” printed too much output.</source>
        <translation>exec 插件“%1”的输出过多。</translation>
    </message>
    <message>
        <source>The exec plugin “%1” gave an unusable answer: %2</source>
        <translation>exec 插件“%1”返回的响应不可用：%2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>field “%1” must be a string</source>
        <translation>字段“%1”必须是字符串</translation>
    </message>
    <message>
        <source>field “%1” must be true or false</source>
        <translation>字段“%1”必须是 true 或 false</translation>
    </message>
    <message>
        <source>field “%1” must be a list of strings</source>
        <translation>字段“%1”必须是字符串列表</translation>
    </message>
    <message>
        <source>field “%1” is not valid base64</source>
        <translation>字段“%1”不是有效的 base64</translation>
    </message>
    <message>
        <source>unknown field “%1” is ignored</source>
        <translation>已忽略未知字段“%1”</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be a mapping with “name” and “%1”</source>
        <translation>必须是包含“name”和“%1”的映射</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <source>duplicate name “%1”; the first entry with this name is used</source>
        <translation>名称“%1”重复；使用第一个同名条目</translation>
    </message>
    <message>
        <source>field “%1” is missing</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <source>field “%1” must be a mapping</source>
        <translation>字段“%1”必须是映射</translation>
    </message>
    <message>
        <source>field “server” is missing</source>
        <translation>缺少字段“server”</translation>
    </message>
    <message>
        <source>auth-provider has no name</source>
        <translation>auth-provider 没有名称</translation>
    </message>
    <message>
        <source>field “%1” must be a list</source>
        <translation>字段“%1”必须是列表</translation>
    </message>
    <message>
        <source>exec.env entries need a “name” and a “value”</source>
        <translation>exec.env 条目需要“name”和“value”</translation>
    </message>
    <message>
        <source>exec plugin has no “command”</source>
        <translation>exec 插件没有“command”</translation>
    </message>
    <message>
        <source>exec plugin has no “apiVersion”</source>
        <translation>exec 插件没有“apiVersion”</translation>
    </message>
    <message>
        <source>exec plugin apiVersion “%1” is not supported; use client.authentication.k8s.io/v1 or v1beta1</source>
        <translation>不支持 exec 插件 apiVersion“%1”；请使用 client.authentication.k8s.io/v1 或 v1beta1</translation>
    </message>
    <message>
        <source>exec plugin needs “interactiveMode” with apiVersion v1</source>
        <translation>apiVersion 为 v1 时，exec 插件需要设置“interactiveMode”</translation>
    </message>
    <message>
        <source>exec plugin interactiveMode “%1” is not Never, IfAvailable or Always</source>
        <translation>exec 插件 interactiveMode“%1”不是 Never、IfAvailable 或 Always</translation>
    </message>
    <message>
        <source>both “token” and “tokenFile” are set; “token” is used</source>
        <translation>同时设置了“token”和“tokenFile”；使用“token”</translation>
    </message>
    <message>
        <source>both “client-certificate” and “client-certificate-data” are set</source>
        <translation>同时设置了“client-certificate”和“client-certificate-data”</translation>
    </message>
    <message>
        <source>both “client-key” and “client-key-data” are set</source>
        <translation>同时设置了“client-key”和“client-key-data”</translation>
    </message>
    <message>
        <source>field “cluster” is missing</source>
        <translation>缺少字段“cluster”</translation>
    </message>
    <message>
        <source>not a kubeconfig: the top level must be a mapping</source>
        <translation>不是 kubeconfig：顶层必须是映射</translation>
    </message>
    <message>
        <source>kind is “%1”, expected “Config”</source>
        <translation>kind 为“%1”，应为“Config”</translation>
    </message>
    <message>
        <source>file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>invalid YAML at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列的 YAML 无效：%3</translation>
    </message>
    <message>
        <source>unexpected structure: %1</source>
        <translation>意外的结构：%1</translation>
    </message>
    <message>
        <source>context “%1” does not exist</source>
        <translation>上下文“%1”不存在</translation>
    </message>
    <message>
        <source>Cannot reach the API server: %1</source>
        <translation>无法连接 API 服务器：%1</translation>
    </message>
    <message>
        <source>The API server did not answer in time: %1</source>
        <translation>API 服务器未及时响应：%1</translation>
    </message>
    <message>
        <source>The secure connection to the API server failed: %1</source>
        <translation>与 API 服务器的安全连接失败：%1</translation>
    </message>
    <message>
        <source>The API server&apos;s answer could not be read: %1</source>
        <translation>无法读取 API 服务器的响应：%1</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>未提供详细信息</translation>
    </message>
    <message>
        <source>The API server rejected the credentials (%1): they are wrong, expired or revoked.</source>
        <translation>API 服务器拒绝了凭据（%1）：凭据错误、已过期或已被吊销。</translation>
    </message>
    <message>
        <source>none were sent</source>
        <translation>未发送任何凭据</translation>
    </message>
    <message>
        <source>Permission denied: %1. Ask a cluster administrator for this RBAC permission.</source>
        <translation>权限被拒绝：%1。请向集群管理员申请此 RBAC 权限。</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <source>Already exists: %1</source>
        <translation>已存在：%1</translation>
    </message>
    <message numerus="yes">
        <source>Server-side apply conflict: other field managers own %n field(s). Apply with force to take them over, or leave them unchanged.</source>
        <translation>
            <numerusform>服务器端应用（Server-side apply）冲突：%n 个字段归其他字段管理器所有。可强制应用以接管这些字段，或保持其不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>The object is invalid: %1</source>
        <translation>对象无效：%1</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>已过期：%1</translation>
    </message>
    <message>
        <source>The API server is overloaded (too many requests): %1</source>
        <translation>API 服务器过载（请求过多）：%1</translation>
    </message>
    <message>
        <source>Bad request: %1</source>
        <translation>错误的请求：%1</translation>
    </message>
    <message>
        <source>API server error (HTTP %1): %2</source>
        <translation>API 服务器错误（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>Error from the API server (HTTP %1, %2): %3</source>
        <translation>API 服务器返回错误（HTTP %1，%2）：%3</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>无原因</translation>
    </message>
    <message>
        <source>  • %1</source>
        <translation>&#x3000;• %1</translation>
    </message>
    <message>
        <source>  • %1: %2</source>
        <translation>&#x3000;• %1：%2</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 took longer than %n second(s)</source>
        <translation>
            <numerusform>%1 %2 耗时超过 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 did not return JSON</source>
        <translation>%1 %2 未返回 JSON</translation>
    </message>
    <message>
        <source>the stream %1 went silent</source>
        <translation>日志流 %1 长时间无数据</translation>
    </message>
    <message numerus="yes">
        <source>The log limit of %n byte(s) was reached.</source>
        <translation>
            <numerusform>已达到 %n 字节的日志上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pod “%1” no longer exists.</source>
        <translation>Pod“%1”已不存在。</translation>
    </message>
    <message>
        <source>Pod “%1” has finished (%2).</source>
        <translation>Pod“%1”已结束（%2）。</translation>
    </message>
    <message>
        <source>a watch event could not be read</source>
        <translation>无法读取监听（watch）事件</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for the demo cluster: %1</source>
        <translation>无法为演示集群创建临时目录：%1</translation>
    </message>
    <message>
        <source>The demo cluster did not start: %1</source>
        <translation>演示集群未能启动：%1</translation>
    </message>
    <message>
        <source>Simulated Kubernetes API server for tests and demos.</source>
        <translation>用于测试和演示的模拟 Kubernetes API 服务器。</translation>
    </message>
    <message>
        <source>Address and port to listen on.</source>
        <translation>要监听的地址和端口。</translation>
    </message>
    <message>
        <source>Write a kubeconfig for the cluster to this path.</source>
        <translation>将此集群的 kubeconfig 写入该路径。</translation>
    </message>
    <message>
        <source>Starting state: %1.</source>
        <translation>初始状态：%1。</translation>
    </message>
    <message>
        <source>Extra DNS name or IP for the server certificate (repeatable).</source>
        <translation>服务器证书的额外 DNS 名称或 IP（可重复指定）。</translation>
    </message>
    <message>
        <source>--listen expects host:port, e.g. 127.0.0.1:0</source>
        <translation>--listen 需要 host:port 形式，例如 127.0.0.1:0</translation>
    </message>
    <message>
        <source>cannot start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>cannot write the kubeconfig: %1</source>
        <translation>无法写入 kubeconfig：%1</translation>
    </message>
    <message>
        <source>Field &quot;chat&quot; in profile</source>
        <translation>profile 中的字段“chat”</translation>
    </message>
    <message>
        <source>OpenIM release &quot;%1&quot; has no Chat configuration in this Stackdeck.</source>
        <translation>此版本的 Stackdeck 中，OpenIM 版本“%1”没有 Chat 配置。</translation>
    </message>
    <message>
        <source>%1 belongs to OpenIM Chat; set &quot;chat: true&quot; in the profile to deploy it.</source>
        <translation>%1 属于 OpenIM Chat；请在 profile 中设置“chat: true”以部署它。</translation>
    </message>
    <message>
        <source>%1: Stackdeck sets %2 (from a Secret or from the stack itself); it cannot be overridden.</source>
        <translation>%1：%2 由 Stackdeck 设置（来自 Secret 或栈本身），不能覆盖。</translation>
    </message>
    <message>
        <source>The kubeconfig file (default: $KUBECONFIG, then ~/.kube/config).</source>
        <translation>kubeconfig 文件（默认：$KUBECONFIG，其次 ~/.kube/config）。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>PASS</source>
        <comment>check result</comment>
        <translation>通过</translation>
    </message>
    <message>
        <source>WARN</source>
        <comment>check result</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAIL</source>
        <comment>check result</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>List the contexts of the kubeconfig, marking the current one.</source>
        <translation>列出 kubeconfig 中的上下文，并标出当前上下文。</translation>
    </message>
    <message>
        <source>The kubeconfig has no contexts.</source>
        <translation>该 kubeconfig 中没有上下文。</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>The kubeconfig context (default: current-context).</source>
        <translation>kubeconfig 上下文（默认：current-context）。</translation>
    </message>
    <message>
        <source>The namespace the stack will use (default: the context&apos;s).</source>
        <translation>栈将使用的命名空间（默认：上下文的命名空间）。</translation>
    </message>
    <message>
        <source>Run the kubeconfig&apos;s exec credential plugin without asking.</source>
        <translation>不经询问直接运行 kubeconfig 中的 exec 凭据插件。</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>超过此秒数后放弃。</translation>
    </message>
    <message>
        <source>Check that a cluster meets Stackdeck&apos;s prerequisites. Exits 0 only when no required check fails.</source>
        <translation>检查集群是否满足 Stackdeck 的前提条件。仅当没有必需检查项失败时退出码为 0。</translation>
    </message>
    <message>
        <source>The kubeconfig wants to run “%1” for credentials; pass --trust-exec to allow it.</source>
        <translation>kubeconfig 要运行“%1”来获取凭据；请传入 --trust-exec 以允许。</translation>
    </message>
    <message>
        <source>The checks did not finish within %1 seconds.</source>
        <translation>检查未在 %1 秒内完成。</translation>
    </message>
    <message>
        <source>       fix: %1
</source>
        <translation>       修复：%1
</translation>
    </message>
    <message>
        <source>All required checks passed.</source>
        <translation>所有必需检查项均已通过。</translation>
    </message>
    <message>
        <source>Some required checks failed.</source>
        <translation>部分必需检查项失败。</translation>
    </message>
    <message>
        <source>List the kubeconfig&apos;s contexts</source>
        <translation>列出 kubeconfig 中的上下文</translation>
    </message>
    <message>
        <source>Check a cluster against Stackdeck&apos;s prerequisites</source>
        <translation>检查集群是否满足 Stackdeck 的前提条件</translation>
    </message>
    <message>
        <source>Missing required field &quot;%1&quot; in %2.</source>
        <translation>%2 中缺少必填字段“%1”。</translation>
    </message>
    <message>
        <source>Use this namespace instead of the stack&apos;s.</source>
        <translation>使用此命名空间，而不是栈的命名空间。</translation>
    </message>
    <message>
        <source>Give up on any single wait after this long, e.g. 90s, 10m, 1h (default: 10m).</source>
        <translation>任何单次等待超过此时长即放弃，例如 90s、10m、1h（默认：10m）。</translation>
    </message>
    <message>
        <source>Invalid --timeout &quot;%1&quot;; use a duration such as 90s, 10m or 1h.</source>
        <translation>无效的 --timeout &quot;%1&quot;；请使用时长，例如 90s、10m 或 1h。</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>    %1: (absent) → %2
</source>
        <translation>    %1：（不存在）→ %2
</translation>
    </message>
    <message>
        <source>    %1: %2 → (absent)
</source>
        <translation>    %1: %2 → （不存在）
</translation>
    </message>
    <message>
        <source>    %1: %2 → %3
</source>
        <translation>    %1：%2 → %3
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>错误：%1
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>Plan for stack %1 in namespace %2: %3.</source>
        <translation>命名空间 %2 中栈 %1 的计划：%3。</translation>
    </message>
    <message>
        <source>Stack %1 destroyed in namespace %2.</source>
        <translation>栈 %1 已在命名空间 %2 中销毁。</translation>
    </message>
    <message>
        <source>Stack %1 applied in namespace %2.</source>
        <translation>栈 %1 已应用到命名空间 %2。</translation>
    </message>
    <message>
        <source>Destroy failed: %1</source>
        <translation>销毁失败：%1</translation>
    </message>
    <message>
        <source>Apply failed: %1</source>
        <translation>应用失败：%1</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <source>Discovery did not finish in time.</source>
        <translation>发现未能及时完成。</translation>
    </message>
    <message>
        <source>Cannot list %1 in %2: %3</source>
        <translation>无法列出 %2 中的 %1：%3</translation>
    </message>
    <message>
        <source>Shows what apply would change: a server-side dry run of every object, diffed field by field against the live objects, plus validation and capacity warnings. Changes nothing. Exits 0 when the stack can be applied, 1 when something blocks it.</source>
        <translation>显示应用将会更改的内容：对每个对象进行服务器端试运行，并与线上对象逐字段比较差异，另附校验和容量警告。不做任何更改。栈可以应用时退出码为 0，有阻碍时为 1。</translation>
    </message>
    <message>
        <source>The plan did not finish within %1.</source>
        <translation>计划未在 %1 内完成。</translation>
    </message>
    <message>
        <source>Deploys the stack in dependency order and waits until OpenIM answers. Safe to rerun after an interruption or a failure. Exits 0 when the stack is up and verified.</source>
        <translation>按依赖顺序部署栈，并等待 OpenIM 响应。中断或失败后可安全地重新运行。栈启动并验证通过时以 0 退出。</translation>
    </message>
    <message>
        <source>Deletes everything the stack made, in reverse order, honouring each datastore&apos;s terminationPolicy (DoNotTerminate refuses). Exits 0 when everything is gone.</source>
        <translation>按相反顺序删除栈创建的所有内容，并遵守每个数据存储的 terminationPolicy（DoNotTerminate 会拒绝删除）。全部删除后退出码为 0。</translation>
    </message>
    <message>
        <source>Shows the live state of each component and datastore of the stack. Exits 0 when all are ready.</source>
        <translation>显示栈中每个组件和数据存储的实时状态。全部就绪时以 0 退出。</translation>
    </message>
    <message>
        <source>The status did not arrive within %1.</source>
        <translation>状态未在 %1 内到达。</translation>
    </message>
    <message>
        <source>Namespace %1 does not exist.
</source>
        <translation>命名空间 %1 不存在。
</translation>
    </message>
    <message>
        <source>All components and datastores are ready.</source>
        <translation>所有组件和数据存储均已就绪。</translation>
    </message>
    <message>
        <source>Not everything is ready.</source>
        <translation>并非所有内容都已就绪。</translation>
    </message>
    <message>
        <source>Write the stack to this file.</source>
        <translation>将栈写入此文件。</translation>
    </message>
    <message>
        <source>Adopt the OpenIM running in this namespace instead of reading files.</source>
        <translation>接管在此命名空间中运行的 OpenIM，而不是读取文件。</translation>
    </message>
    <message>
        <source>The stack&apos;s name (default: the namespace).</source>
        <translation>栈的名称（默认：命名空间）。</translation>
    </message>
    <message>
        <source>A YAML bundle or a folder of manifests.</source>
        <translation>YAML 包或清单文件夹。</translation>
    </message>
    <message>
        <source>Turns existing manifests (a YAML bundle or folder, e.g. OpenIM&apos;s own deployment files) or a running installation (--from-namespace) into a stack file, reporting what it could not map.</source>
        <translation>将现有清单（YAML 合集或文件夹，例如 OpenIM 自带的部署文件）或正在运行的安装（--from-namespace）转换为栈文件，并报告无法映射的内容。</translation>
    </message>
    <message>
        <source>Usage: stackdeck-cli import PATH|--from-namespace NS --out STACK</source>
        <translation>用法：stackdeck-cli import PATH|--from-namespace NS --out STACK</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file or folder.</source>
        <translation>无法读取 %1：没有该文件或文件夹。</translation>
    </message>
    <message>
        <source>mapped: %1</source>
        <translation>已映射：%1</translation>
    </message>
    <message>
        <source>not mapped: %1</source>
        <translation>未映射：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n node(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 个节点）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be mapped to a stack.</source>
        <translation>没有任何内容可以映射到栈。</translation>
    </message>
    <message>
        <source>The namespace (default: the context&apos;s).</source>
        <translation>命名空间（默认：上下文的命名空间）。</translation>
    </message>
    <message>
        <source>Keep streaming; new pods of a workload join as they start.</source>
        <translation>持续输出；工作负载的新 Pod 启动后会自动加入。</translation>
    </message>
    <message>
        <source>Lines of recent log per container (default: all).</source>
        <translation>每个容器显示的最近日志行数（默认：全部）。</translation>
    </message>
    <message>
        <source>Only lines newer than this duration, e.g. 90s, 5m, 1h30m.</source>
        <translation>仅显示比此时长更新的行，例如 90s、5m、1h30m。</translation>
    </message>
    <message>
        <source>Prefix each line with its timestamp.</source>
        <translation>在每行前加上时间戳。</translation>
    </message>
    <message>
        <source>The previous instance of restarted containers.</source>
        <translation>已重启容器的上一个实例。</translation>
    </message>
    <message>
        <source>Only lines matching this regular expression.</source>
        <translation>仅显示匹配此正则表达式的行。</translation>
    </message>
    <message>
        <source>pod/NAME[/CONTAINER], deployment/NAME, cluster/NAME (a KubeBlocks Cluster) or a stack component name.</source>
        <translation>pod/NAME[/CONTAINER]、deployment/NAME、cluster/NAME（KubeBlocks Cluster）或栈组件名称。</translation>
    </message>
    <message>
        <source>Print the logs of a pod, a workload or a stack component, merged in time order and labelled by pod.</source>
        <translation>打印 Pod、工作负载或栈组件的日志，按时间顺序合并并以 Pod 标注。</translation>
    </message>
    <message>
        <source>logs needs exactly one target, e.g. pod/NAME or deployment/NAME.</source>
        <translation>logs 只需要一个目标，例如 pod/NAME 或 deployment/NAME。</translation>
    </message>
    <message>
        <source>--tail expects a number of lines, not “%1”.</source>
        <translation>--tail 需要行数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--since expects a duration such as 90s, 5m or 1h30m, not “%1”.</source>
        <translation>--since 需要时长，例如 90s、5m 或 1h30m，而不是“%1”。</translation>
    </message>
    <message>
        <source>--grep: %1</source>
        <translation>--grep: %1</translation>
    </message>
    <message>
        <source>Show what applying a stack would change on a cluster</source>
        <translation>显示应用栈将在集群上更改的内容</translation>
    </message>
    <message>
        <source>Deploy a stack onto a cluster and verify it</source>
        <translation>将栈部署到集群并进行验证</translation>
    </message>
    <message>
        <source>Delete everything a stack made on a cluster</source>
        <translation>删除栈在集群上创建的所有内容</translation>
    </message>
    <message>
        <source>Show the live state of a stack&apos;s components and datastores</source>
        <translation>显示栈的组件和数据存储的实时状态</translation>
    </message>
    <message>
        <source>Make a stack file from manifests or a running OpenIM</source>
        <translation>从清单或正在运行的 OpenIM 生成栈文件</translation>
    </message>
    <message>
        <source>Print the merged logs of a pod, workload or stack component</source>
        <translation>打印 Pod、工作负载或栈组件的合并日志</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>deploy step</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>deploy step</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>deploy step</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>deploy step</comment>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>deploy step</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>deploy step</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>deploy step</comment>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 unchanged, %4 to delete</source>
        <translation>%1 个待创建，%2 个待更改，%3 个未变，%4 个待删除</translation>
    </message>
    <message>
        <source>create</source>
        <comment>plan action</comment>
        <translation>创建</translation>
    </message>
    <message>
        <source>change</source>
        <comment>plan action</comment>
        <translation>更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>plan action</comment>
        <translation>不变</translation>
    </message>
    <message>
        <source>delete</source>
        <comment>plan action</comment>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1: a second workload for component %2; only the first is kept.</source>
        <translation>%1：组件 %2 的第二个工作负载；仅保留第一个。</translation>
    </message>
    <message>
        <source>%1: %2 replicas reduced to %3 (it must not run twice).</source>
        <translation>%1：%2 个副本已减为 %3（它不能同时运行两个）。</translation>
    </message>
    <message>
        <source>%1: no resources set; the catalog&apos;s sizes are used.</source>
        <translation>%1：未设置资源；使用目录中的规格。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n environment variable(s) not imported; Stackdeck generates the configuration and wires credentials itself.</source>
        <translation>
            <numerusform>%1：%n 个环境变量未导入；Stackdeck 会自行生成配置并连接凭据。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → component %2</source>
        <translation>%1 → 组件 %2</translation>
    </message>
    <message>
        <source>%1: a second %2 datastore; OpenIM uses one, only the first is kept.</source>
        <translation>%1：第二个 %2 数据存储；OpenIM 只使用一个，仅保留第一个。</translation>
    </message>
    <message>
        <source>%1: engine &quot;%2&quot; is not one OpenIM uses.</source>
        <translation>%1：引擎“%2”不是 OpenIM 使用的引擎。</translation>
    </message>
    <message>
        <source>%1 → datastore %2 (%3)</source>
        <translation>%1 → 数据存储 %2（%3）</translation>
    </message>
    <message>
        <source>%1: no KubeBlocks engine for it.</source>
        <translation>%1：没有对应的 KubeBlocks 引擎。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (image tag %2) → KubeBlocks datastore %3 (%4 %5, %n replica(s)); its data is not migrated.</source>
        <translation>
            <numerusform>%1（镜像标签 %2）→ KubeBlocks 数据存储 %3（%4 %5，%n 个副本）；其数据不会迁移。</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Replicas changed from %1 to fit the engine&apos;s rules.</source>
        <translation>副本数已从 %1 调整，以符合引擎的规则。</translation>
    </message>
    <message>
        <source>%1: not OpenIM&apos;s configuration; Stackdeck generates its own.</source>
        <translation>%1：不是 OpenIM 的配置；Stackdeck 会生成自己的配置。</translation>
    </message>
    <message>
        <source>%1: unreadable configuration: %2</source>
        <translation>%1：无法读取的配置：%2</translation>
    </message>
    <message>
        <source>%1 → admin users, log settings and MinIO&apos;s external address; the shared secret is not imported (Stackdeck generates a new one).</source>
        <translation>%1 → 管理员用户、日志设置和 MinIO 的外部地址；共享密钥不会导入（Stackdeck 会生成新的密钥）。</translation>
    </message>
    <message>
        <source>%1 → exposure %2 of %3</source>
        <translation>%1 → %3 的暴露方式 %2</translation>
    </message>
    <message>
        <source>%1 → generated by Stackdeck for %2 (valid port names, gRPC first)</source>
        <translation>%1 → 由 Stackdeck 为 %2 生成（有效的端口名称，gRPC 优先）</translation>
    </message>
    <message>
        <source>%1: selects nothing Stackdeck imported.</source>
        <translation>%1：未选中任何 Stackdeck 导入的对象。</translation>
    </message>
    <message>
        <source>A document without a kind.</source>
        <translation>缺少 kind 的文档。</translation>
    </message>
    <message>
        <source>%1: image %2 is neither an OpenIM component nor a datastore.</source>
        <translation>%1：镜像 %2 既不是 OpenIM 组件，也不是数据存储。</translation>
    </message>
    <message>
        <source>%1 → the stack&apos;s namespace</source>
        <translation>%1 → 栈的命名空间</translation>
    </message>
    <message>
        <source>%1: credentials are never copied into a stack; KubeBlocks and Stackdeck create their own.</source>
        <translation>%1：凭据绝不会复制到栈中；KubeBlocks 和 Stackdeck 会创建各自的凭据。</translation>
    </message>
    <message>
        <source>%1: storage is created by KubeBlocks; the size was used where a workload referred to it.</source>
        <translation>%1：存储由 KubeBlocks 创建；已在工作负载引用它的地方使用该大小。</translation>
    </message>
    <message>
        <source>%1: Stackdeck generates the RBAC OpenIM&apos;s discovery needs.</source>
        <translation>%1：Stackdeck 会生成 OpenIM 服务发现所需的 RBAC。</translation>
    </message>
    <message>
        <source>%1: no stack equivalent.</source>
        <translation>%1：没有对应的栈元素。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation>无效的 YAML：%1</translation>
    </message>
    <message>
        <source>ready</source>
        <comment>node state</comment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>progressing</source>
        <comment>node state</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>degraded</source>
        <comment>node state</comment>
        <translation>降级</translation>
    </message>
    <message>
        <source>not deployed</source>
        <comment>node state</comment>
        <translation>未部署</translation>
    </message>
    <message>
        <source>no Cluster object</source>
        <translation>没有 Cluster 对象</translation>
    </message>
    <message>
        <source>no phase reported yet</source>
        <translation>尚未报告阶段</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>no Deployment</source>
        <translation>没有 Deployment</translation>
    </message>
    <message>
        <source>%1 of %2 replicas available</source>
        <translation>%2 个副本中 %1 个可用</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>放弃在此表单中输入的内容？</translation>
    </message>
    <message>
        <source>Leave this KubeBlocks addon disabled in the kubeblocks scenario (repeatable).</source>
        <translation>在 kubeblocks 场景中保持此 KubeBlocks addon 为禁用状态（可重复）。</translation>
    </message>
    <message>
        <source>Lifecycle speed factor (10 runs pulls, probes and rollouts ten times faster).</source>
        <translation>生命周期加速倍数（10 表示拉取、探针和发布快十倍）。</translation>
    </message>
    <message>
        <source>Seed of every simulated random choice.</source>
        <translation>所有模拟随机选择的种子。</translation>
    </message>
    <message>
        <source>Number of nodes.</source>
        <translation>节点数量。</translation>
    </message>
    <message>
        <source>CPU of each node (a quantity).</source>
        <translation>每个节点的 CPU（数量值）。</translation>
    </message>
    <message>
        <source>Memory of each node (a quantity).</source>
        <translation>每个节点的内存（资源数量）。</translation>
    </message>
    <message>
        <source>--time-scale expects a positive number</source>
        <translation>--time-scale 需要一个正数</translation>
    </message>
    <message>
        <source>--seed expects a non-negative integer</source>
        <translation>--seed 需要非负整数</translation>
    </message>
    <message>
        <source>--nodes expects a number from 1 to 200</source>
        <translation>--nodes 需要 1 到 200 之间的数字</translation>
    </message>
    <message>
        <source>--node-cpu and --node-memory expect positive quantities</source>
        <translation>--node-cpu 和 --node-memory 需要正的数量值</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 … [%n more character(s)]</source>
        <translation>
            <numerusform>%1 …[还有 %n 个字符]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 … [line cut at %2 MiB]</source>
        <translation>%1 … [行在 %2 MiB 处截断]</translation>
    </message>
    <message>
        <source>Invalid regular expression at offset %1: %2</source>
        <translation>正则表达式在偏移量 %1 处无效：%2</translation>
    </message>
    <message>
        <source>Pod “%1” was not found in namespace “%2”.</source>
        <translation>在命名空间“%2”中未找到 Pod“%1”。</translation>
    </message>
    <message>
        <source>Pod “%1” has no container “%2”.</source>
        <translation>Pod“%1”中没有容器“%2”。</translation>
    </message>
    <message>
        <source>Deployment “%1” was not found in namespace “%2”.</source>
        <translation>在命名空间“%2”中未找到 Deployment“%1”。</translation>
    </message>
    <message>
        <source>Deployment “%1” has no matchLabels selector.</source>
        <translation>Deployment“%1”没有 matchLabels 选择器。</translation>
    </message>
    <message>
        <source>No pods of “%1” were found in namespace “%2”.</source>
        <translation>在命名空间“%2”中未找到“%1”的 Pod。</translation>
    </message>
    <message>
        <source>Pod “%1” was deleted.</source>
        <translation>Pod“%1”已被删除。</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>log stream state</comment>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>live</source>
        <comment>log stream state</comment>
        <translation>实时</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <comment>log stream state</comment>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <source>ended</source>
        <comment>log stream state</comment>
        <translation>已结束</translation>
    </message>
    <message>
        <source>error</source>
        <comment>log stream state</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>“%1” is not a log target: use pod/NAME, deployment/NAME, cluster/NAME or a component name.</source>
        <translation>“%1”不是日志目标：请使用 pod/NAME、deployment/NAME、cluster/NAME 或组件名称。</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>health state</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>healthy</source>
        <comment>health state</comment>
        <translation>健康</translation>
    </message>
    <message>
        <source>progressing</source>
        <comment>health state</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>degraded</source>
        <comment>health state</comment>
        <translation>降级</translation>
    </message>
    <message>
        <source>down</source>
        <comment>health state</comment>
        <translation>宕机</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n updated</source>
        <translation>
            <numerusform>%n 个中 %1 个已更新</numerusform>
        </translation>
    </message>
    <message>
        <source>scaled to zero</source>
        <translation>已缩容至零</translation>
    </message>
    <message>
        <source>no pod is ready</source>
        <translation>没有就绪的 Pod</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ready</source>
        <translation>
            <numerusform>%n 个中 %1 个就绪</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pod(s) ready</source>
        <translation>
            <numerusform>%n 个 Pod 中 %1 个就绪</numerusform>
        </translation>
    </message>
    <message>
        <source>not reconciled yet</source>
        <translation>尚未协调</translation>
    </message>
    <message>
        <source>No stack workloads found</source>
        <translation>未找到栈的工作负载</translation>
    </message>
    <message numerus="yes">
        <source>Stack %1: %n workload(s)</source>
        <translation>
            <numerusform>栈 %1：%n 个工作负载</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stack %1: %2 of %n workload(s) need attention</source>
        <translation>
            <numerusform>栈 %1：%n 个工作负载中有 %2 个需要关注</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenIM does not use %1.</source>
        <translation>OpenIM 不使用 %1。</translation>
    </message>
    <message>
        <source>The stack already has a %1 cluster (%2); OpenIM uses one per engine.</source>
        <translation>栈中已有一个 %1 集群（%2）；OpenIM 每种引擎只使用一个。</translation>
    </message>
    <message>
        <source>The stack already has %1.</source>
        <translation>栈中已有 %1。</translation>
    </message>
    <message>
        <source>%1 belongs to OpenIM Chat, which is off for this stack: turn it on in the stack settings first.</source>
        <translation>%1 属于 OpenIM Chat，而此栈未启用它：请先在栈设置中开启。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a datastore engine nor an OpenIM component.</source>
        <translation>“%1”既不是数据存储引擎，也不是 OpenIM 组件。</translation>
    </message>
    <message>
        <source>No free name for another %1 cluster.</source>
        <translation>没有可用于另一个 %1 集群的名称。</translation>
    </message>
    <message>
        <source>A node cannot depend on itself.</source>
        <translation>节点不能依赖自身。</translation>
    </message>
    <message>
        <source>%1 is a datastore: dependencies start at an OpenIM component.</source>
        <translation>%1 是数据存储：依赖关系从 OpenIM 组件开始。</translation>
    </message>
    <message>
        <source>No component &quot;%1&quot; in the stack.</source>
        <translation>栈中没有组件 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 never calls %2.</source>
        <translation>%1 从不调用 %2。</translation>
    </message>
    <message>
        <source>%1 does not use %2.</source>
        <translation>%1 不使用 %2。</translation>
    </message>
    <message>
        <source>No component or datastore &quot;%1&quot; in the stack.</source>
        <translation>栈中没有组件或数据存储 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 已依赖 %2。</translation>
    </message>
    <message>
        <source>Pick another node to copy the settings of %1 to.</source>
        <translation>选择另一个节点，将 %1 的设置复制过去。</translation>
    </message>
    <message>
        <source>The settings of %1 fit only another %2 cluster.</source>
        <translation>%1 的设置只适用于另一个 %2 集群。</translation>
    </message>
    <message>
        <source>The settings of %1 fit only another OpenIM component.</source>
        <translation>%1 的设置只适用于另一个 OpenIM 组件。</translation>
    </message>
    <message>
        <source>Field &quot;exporter&quot; in %1</source>
        <translation>%1 中的字段 &quot;exporter&quot;</translation>
    </message>
    <message>
        <source>Run a Day-2 operation (scale, restart, backup, restore…) and wait for it</source>
        <translation>执行一项 Day-2 运维操作（扩缩容、重启、备份、恢复…）并等待其完成</translation>
    </message>
    <message>
        <source>The target&apos;s namespace (default: the context&apos;s).</source>
        <translation>目标所在的命名空间（默认：上下文的命名空间）。</translation>
    </message>
    <message>
        <source>Stop waiting after this long, e.g. 90s, 10m (default: 10m). The operation goes on in the cluster.</source>
        <translation>等待超过此时长后停止等待，例如 90s、10m（默认：10m）。操作会在集群中继续进行。</translation>
    </message>
    <message>
        <source>Print the plan (what would be sent, checked by a server dry run) and stop.</source>
        <translation>打印执行计划（将要发送的内容，已经过服务端试运行检查）后停止。</translation>
    </message>
    <message>
        <source>The KubeBlocks component, or the Deployment&apos;s container (default: the main one).</source>
        <translation>KubeBlocks 组件，或 Deployment 的容器（默认：主容器）。</translation>
    </message>
    <message>
        <source>scale: the number of replicas.</source>
        <translation>scale：副本数。</translation>
    </message>
    <message>
        <source>vscale: CPU requests and limits, e.g. 1 or 500m.</source>
        <translation>vscale：CPU 请求与限制，例如 1 或 500m。</translation>
    </message>
    <message>
        <source>vscale: memory requests and limits, e.g. 2Gi.</source>
        <translation>vscale：内存请求与限制，例如 2Gi。</translation>
    </message>
    <message>
        <source>expand: the new volume size, e.g. 30Gi.</source>
        <translation>expand：新的卷大小，例如 30Gi。</translation>
    </message>
    <message>
        <source>expand: the volumeClaimTemplate (default: the first).</source>
        <translation>expand：volumeClaimTemplate（默认：第一个）。</translation>
    </message>
    <message>
        <source>upgrade: a serviceVersion the cluster&apos;s ComponentVersion offers.</source>
        <translation>upgrade：集群的 ComponentVersion 提供的某个 serviceVersion。</translation>
    </message>
    <message>
        <source>switchover: the pod to become primary; restore: the new cluster&apos;s name (NAME or NAMESPACE/NAME).</source>
        <translation>switchover：将成为主节点的 Pod；restore：新集群的名称（NAME 或 NAMESPACE/NAME）。</translation>
    </message>
    <message>
        <source>restore: the namespace of the new cluster (default: the backup&apos;s; created when missing).</source>
        <translation>restore：新集群的命名空间（默认：备份所在的命名空间；不存在时将自动创建）。</translation>
    </message>
    <message>
        <source>backup: the backup method (default: the policy&apos;s first).</source>
        <translation>backup：备份方法（默认：策略中的第一个）。</translation>
    </message>
    <message>
        <source>image: the new image tag.</source>
        <translation>image：新的镜像标签。</translation>
    </message>
    <message>
        <source>rollback: the revision (default: the previous one).</source>
        <translation>rollback：修订版本（默认：上一个版本）。</translation>
    </message>
    <message>
        <source>cluster/NAME, deployment/NAME or backup/NAME.</source>
        <translation>cluster/NAME、deployment/NAME 或 backup/NAME。</translation>
    </message>
    <message>
        <source>cluster: scale, vscale, expand, upgrade, restart, stop, start, switchover, backup; backup: restore, delete; deployment: scale, restart, image, rollback.</source>
        <translation>cluster：scale、vscale、expand、upgrade、restart、stop、start、switchover、backup；backup：restore、delete；deployment：scale、restart、image、rollback。</translation>
    </message>
    <message>
        <source>Runs one Day-2 operation and waits for its end: plans it against the cluster (permissions, engine support, a server dry run), prints the plan, submits it and follows its progress on stderr. Exits 0 when it succeeded, 1 when it failed, was cancelled or timed out, 2 on usage errors, 4 when RBAC or the engine does not allow it.</source>
        <translation>执行一项 Day-2 运维操作并等待其结束：先针对集群制定计划（权限、引擎支持、服务端试运行），打印计划，然后提交并在 stderr 上跟踪其进度。成功时退出码为 0；失败、被取消或超时时为 1；用法错误时为 2；RBAC 或引擎不允许时为 4。</translation>
    </message>
    <message>
        <source>Usage: stackdeck-cli op TARGET ACTION [options]; see op --help.</source>
        <translation>用法：stackdeck-cli op TARGET ACTION [options]；参见 op --help。</translation>
    </message>
    <message>
        <source>A %1 has no action &quot;%2&quot;; use one of: %3.</source>
        <translation>%1 没有操作“%2”；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 需要一个整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 需要 --%2。</translation>
    </message>
    <message>
        <source>scale needs --replicas.</source>
        <translation>scale 需要 --replicas。</translation>
    </message>
    <message>
        <source>vscale needs --cpu, --memory or both.</source>
        <translation>vscale 需要 --cpu、--memory 或两者兼有。</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <source>The demo stack cannot be read: %1</source>
        <translation>无法读取演示栈：%1</translation>
    </message>
    <message>
        <source>Log lines per simulated second per ready container (0: none beyond the backlog).</source>
        <translation>每个就绪容器每模拟秒产生的日志行数（0：除初始积压外不再产生）。</translation>
    </message>
    <message>
        <source>Lines of log history each container starts with once ready.</source>
        <translation>每个容器就绪后初始带有的历史日志行数。</translation>
    </message>
    <message>
        <source>0 writes logs steadily; up to 1 alternates quiet spells and bursts.</source>
        <translation>0 表示平稳写入日志；最大为 1 时安静期与突发期交替出现。</translation>
    </message>
    <message>
        <source>--log-rate expects a number from 0 to 10000</source>
        <translation>--log-rate 需要 0 到 10000 之间的数字</translation>
    </message>
    <message>
        <source>--log-backlog expects a number from 0 to 100000</source>
        <translation>--log-backlog 需要 0 到 100000 之间的数字</translation>
    </message>
    <message>
        <source>--log-burstiness expects a number from 0 to 1</source>
        <translation>--log-burstiness 需要 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>cannot deploy the OpenIM dev stack: %1</source>
        <translation>无法部署 OpenIM 开发栈：%1</translation>
    </message>
    <message>
        <source>The demo stack is up.</source>
        <translation>演示栈已启动。</translation>
    </message>
    <message>
        <source>The demo stack did not come up: %1</source>
        <translation>演示栈未能启动：%1</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>无法列出 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1 %2/%3: %4</source>
        <translation>无法读取 %1 %2/%3：%4</translation>
    </message>
    <message>
        <source>Scale replicas…</source>
        <translation>扩缩副本…</translation>
    </message>
    <message>
        <source>Change CPU and memory…</source>
        <translation>更改 CPU 和内存…</translation>
    </message>
    <message>
        <source>Expand volume…</source>
        <translation>扩容卷…</translation>
    </message>
    <message>
        <source>Upgrade version…</source>
        <translation>升级版本…</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>重启…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>停止…</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>启动…</translation>
    </message>
    <message>
        <source>Switch over primary…</source>
        <translation>切换主节点…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Restore into a new cluster…</source>
        <translation>恢复到新集群…</translation>
    </message>
    <message>
        <source>Delete backup…</source>
        <translation>删除备份…</translation>
    </message>
    <message>
        <source>Rollout restart…</source>
        <translation>滚动重启…</translation>
    </message>
    <message>
        <source>Change image tag…</source>
        <translation>更改镜像标签…</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>回滚…</translation>
    </message>
    <message>
        <source>Unknown target &quot;%1&quot;; use cluster/NAME, deployment/NAME or backup/NAME.</source>
        <translation>未知目标“%1”；请使用 cluster/NAME、deployment/NAME 或 backup/NAME。</translation>
    </message>
    <message>
        <source>Target &quot;%1&quot; needs a name, e.g. cluster/mysql.</source>
        <translation>目标“%1”需要一个名称，例如 cluster/mysql。</translation>
    </message>
    <message>
        <source>+ Namespace %1
</source>
        <translation>+ 命名空间 %1
</translation>
    </message>
    <message>
        <source>Server-side apply (field manager %1):
</source>
        <translation>服务端应用（字段管理器 %1）：
</translation>
    </message>
    <message>
        <source>You may not create Cluster objects in namespace %1 (%2).</source>
        <translation>您无权在命名空间 %1 中创建 Cluster 对象（%2）。</translation>
    </message>
    <message>
        <source>no RBAC rule allows it</source>
        <translation>没有允许该操作的 RBAC 规则</translation>
    </message>
    <message>
        <source>Cannot read namespace %1: %2</source>
        <translation>无法读取命名空间 %1：%2</translation>
    </message>
    <message>
        <source>The server refused a dry run of the request: %1</source>
        <translation>服务器拒绝了该请求的试运行：%1</translation>
    </message>
    <message>
        <source>The server&apos;s dry run shows no change to Deployment %1.</source>
        <translation>服务端试运行显示 Deployment %1 没有变化。</translation>
    </message>
    <message>
        <source>You may not create %1 objects in namespace %2 (%3).</source>
        <translation>您无权在命名空间 %2 中创建 %1 对象（%3）。</translation>
    </message>
    <message>
        <source>You may not delete %1 objects in namespace %2 (%3).</source>
        <translation>您无权在命名空间 %2 中删除 %1 对象（%3）。</translation>
    </message>
    <message>
        <source>You may not change %1 objects in namespace %2 (%3).</source>
        <translation>您无权在命名空间 %2 中修改 %1 对象（%3）。</translation>
    </message>
    <message>
        <source>The target could not be read.</source>
        <translation>无法读取目标。</translation>
    </message>
    <message>
        <source>%1 does not apply to a %2.</source>
        <translation>%1 不适用于 %2。</translation>
    </message>
    <message>
        <source>Deployment %1 has no earlier revision in its ReplicaSet history.</source>
        <translation>Deployment %1 的 ReplicaSet 历史中没有更早的修订版本。</translation>
    </message>
    <message>
        <source>Deployment %1 has no containers.</source>
        <translation>Deployment %1 没有容器。</translation>
    </message>
    <message>
        <source>Backup %1 is %2; only a completed backup can be restored.</source>
        <translation>Backup %1 处于 %2 状态；只有已完成的备份才能恢复。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>The backup does not record its Cluster&apos;s spec and Cluster %1 is gone; there is nothing to restore into.</source>
        <translation>该备份未记录其 Cluster 的 spec，且 Cluster %1 已不存在；没有可恢复的目标。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>this engine</source>
        <translation>此引擎</translation>
    </message>
    <message>
        <source>Cluster %1 is %2; only a stopped cluster can be started.</source>
        <translation>Cluster %1 处于 %2 状态；只有已停止的集群才能启动。</translation>
    </message>
    <message>
        <source>Cluster %1 is already stopped.</source>
        <translation>Cluster %1 已停止。</translation>
    </message>
    <message>
        <source>Cluster %1 is stopped; start it first.</source>
        <translation>Cluster %1 已停止；请先启动它。</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs component %2 with exactly %n replica(s); it cannot be scaled.</source>
        <translation>
            <numerusform>%1 运行的组件 %2 恰好有 %n 个副本；无法扩缩容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Component %1 has no volumes to expand.</source>
        <translation>组件 %1 没有可扩容的卷。</translation>
    </message>
    <message>
        <source>StorageClass %1 does not allow volume expansion (allowVolumeExpansion is not true).</source>
        <translation>StorageClass %1 不允许卷扩容（allowVolumeExpansion 不为 true）。</translation>
    </message>
    <message>
        <source>The cluster&apos;s ComponentVersions offer no other version of %1 than %2.</source>
        <translation>集群的 ComponentVersion 除 %2 外未提供 %1 的其他版本。</translation>
    </message>
    <message>
        <source>the current one</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>No pod of component %1 holds a primary role: %2 has no switchover in this topology.</source>
        <translation>组件 %1 中没有 Pod 担任主节点角色：%2 在此拓扑中不支持主从切换。</translation>
    </message>
    <message>
        <source>Component %1 has no second replica to take over.</source>
        <translation>组件 %1 没有可接管的第二个副本。</translation>
    </message>
    <message>
        <source>Cluster %1 is %2; a switchover needs it Running.</source>
        <translation>Cluster %1 处于 %2 状态；主从切换要求其处于 Running 状态。</translation>
    </message>
    <message>
        <source>No BackupPolicy covers component %1: %2 has no backup method here.</source>
        <translation>没有 BackupPolicy 覆盖组件 %1：%2 在此没有备份方法。</translation>
    </message>
    <message>
        <source>Cluster %1 has no component %2 (it has: %3).</source>
        <translation>Cluster %1 没有组件 %2（现有组件：%3）。</translation>
    </message>
    <message>
        <source>Give the number of replicas.</source>
        <translation>请给出副本数。</translation>
    </message>
    <message>
        <source>Component %1 takes %2 to %3 replicas.</source>
        <translation>组件 %1 的副本数范围为 %2 到 %3。</translation>
    </message>
    <message>
        <source>Component %1 needs an odd number of replicas (a voting quorum).</source>
        <translation>组件 %1 需要奇数个副本（投票法定人数）。</translation>
    </message>
    <message>
        <source>Component %1 needs an even number of replicas.</source>
        <translation>组件 %1 需要偶数个副本。</translation>
    </message>
    <message numerus="yes">
        <source>Component %1 already has %n replica(s).</source>
        <translation>
            <numerusform>组件 %1 已有 %n 个副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale component %1 of Cluster %2 from %3 to %4 replicas.</source>
        <translation>将 Cluster %2 的组件 %1 从 %3 个副本扩缩容到 %4 个副本。</translation>
    </message>
    <message>
        <source>Give a CPU amount, a memory amount or both.</source>
        <translation>请给出 CPU 数量、内存数量或两者。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 quantity.</source>
        <translation>“%1”不是有效的 %2 数量。</translation>
    </message>
    <message>
        <source>Set CPU %1 and memory %2 (requests and limits) on component %3 of Cluster %4; its pods restart one by one.</source>
        <translation>在 Cluster %4 的组件 %3 上设置 CPU %1 和内存 %2（请求与限制）；其 Pod 将逐个重启。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Component %1 has no volume %2.</source>
        <translation>组件 %1 没有卷 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid storage size.</source>
        <translation>“%1”不是有效的存储大小。</translation>
    </message>
    <message>
        <source>Volumes can only grow: %1 is not more than the current %2.</source>
        <translation>卷只能扩大：%1 不大于当前的 %2。</translation>
    </message>
    <message>
        <source>Expand volume %1 of component %2 of Cluster %3 from %4 to %5 (StorageClass %6).</source>
        <translation>将 Cluster %3 的组件 %2 的卷 %1 从 %4 扩容到 %5（StorageClass %6）。</translation>
    </message>
    <message>
        <source>Choose a version: %1.</source>
        <translation>请选择版本：%1。</translation>
    </message>
    <message>
        <source>Component %1 already runs %2.</source>
        <translation>组件 %1 已在运行 %2。</translation>
    </message>
    <message>
        <source>Version %1 is not offered by the cluster&apos;s ComponentVersion; choose one of: %2.</source>
        <translation>集群的 ComponentVersion 不提供版本 %1；请选择以下之一：%2。</translation>
    </message>
    <message>
        <source>Upgrade component %1 of Cluster %2 from %3 to %4; its pods restart one by one.</source>
        <translation>将 Cluster %2 的组件 %1 从 %3 升级到 %4；其 Pod 将逐个重启。</translation>
    </message>
    <message>
        <source>the default version</source>
        <translation>默认版本</translation>
    </message>
    <message>
        <source>Restart %1 of Cluster %2, one pod at a time.</source>
        <translation>重启 Cluster %2 的 %1，每次一个 Pod。</translation>
    </message>
    <message>
        <source>Stop Cluster %1: its pods go away, its volumes stay.</source>
        <translation>停止 Cluster %1：其 Pod 将被移除，卷会保留。</translation>
    </message>
    <message>
        <source>Start Cluster %1 again.</source>
        <translation>重新启动 Cluster %1。</translation>
    </message>
    <message>
        <source>No pod of component %1 holds a primary role.</source>
        <translation>组件 %1 中没有 Pod 担任主节点角色。</translation>
    </message>
    <message>
        <source>%1 is already the primary.</source>
        <translation>%1 已经是主节点。</translation>
    </message>
    <message>
        <source>%1 is not a replica of component %2; candidates: %3.</source>
        <translation>%1 不是组件 %2 的副本；候选：%3。</translation>
    </message>
    <message>
        <source>Move the primary role of component %1 away from %2; KubeBlocks picks the new primary.</source>
        <translation>将组件 %1 的主节点角色从 %2 移走；由 KubeBlocks 选出新的主节点。</translation>
    </message>
    <message>
        <source>Move the primary role of component %1 from %2 to %3.</source>
        <translation>将组件 %1 的主节点角色从 %2 移至 %3。</translation>
    </message>
    <message>
        <source>Backup method %1 is not in the BackupPolicy; choose one of: %2.</source>
        <translation>备份方法 %1 不在 BackupPolicy 中；请选择以下之一：%2。</translation>
    </message>
    <message>
        <source>Back up component %1 of Cluster %2 now with method %3 into Backup %4.</source>
        <translation>立即使用方法 %3 将 Cluster %2 的组件 %1 备份到 Backup %4。</translation>
    </message>
    <message>
        <source>%1 does not apply to a Cluster.</source>
        <translation>%1 不适用于 Cluster。</translation>
    </message>
    <message>
        <source>Delete Backup %1 and its data in the backup repository.</source>
        <translation>删除 Backup %1 及其在备份仓库中的数据。</translation>
    </message>
    <message>
        <source>The new cluster&apos;s name must be lowercase letters, digits and &apos;-&apos;, at most %1 characters.</source>
        <translation>新集群的名称只能包含小写字母、数字和“-”，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid namespace name.</source>
        <translation>“%1”不是有效的命名空间名称。</translation>
    </message>
    <message>
        <source>Restore into a new cluster, not into %1 itself.</source>
        <translation>请恢复到新集群，而不是 %1 本身。</translation>
    </message>
    <message>
        <source>The spec of Cluster %1 is not known.</source>
        <translation>Cluster %1 的 spec 未知。</translation>
    </message>
    <message>
        <source>Create Cluster %1 in namespace %2 like %3 and restore Backup %4 into component %5.</source>
        <translation>在命名空间 %2 中仿照 %3 创建 Cluster %1，并将 Backup %4 恢复到组件 %5。</translation>
    </message>
    <message numerus="yes">
        <source>Deployment %1 already has %n replica(s).</source>
        <translation>
            <numerusform>Deployment %1 已有 %n 个副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale Deployment %1 from %2 to %3 replicas.</source>
        <translation>将 Deployment %1 从 %2 个副本扩缩容到 %3 个副本。</translation>
    </message>
    <message>
        <source>Restart the pods of Deployment %1 with a rolling update.</source>
        <translation>通过滚动更新重启 Deployment %1 的 Pod。</translation>
    </message>
    <message>
        <source>Deployment %1 has no container %2 (it has: %3).</source>
        <translation>Deployment %1 没有容器 %2（现有容器：%3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image tag.</source>
        <translation>“%1”不是有效的镜像标签。</translation>
    </message>
    <message>
        <source>Container %1 already runs %2.</source>
        <translation>容器 %1 已在运行 %2。</translation>
    </message>
    <message>
        <source>Roll Deployment %1 to image %2 (container %3, was %4).</source>
        <translation>将 Deployment %1 更新为镜像 %2（容器 %3，原为 %4）。</translation>
    </message>
    <message>
        <source>Revision %1 is the current one.</source>
        <translation>修订版本 %1 就是当前版本。</translation>
    </message>
    <message>
        <source>No revision %1 in the ReplicaSet history; choose one of: %2.</source>
        <translation>ReplicaSet 历史中没有修订版本 %1；请选择以下之一：%2。</translation>
    </message>
    <message>
        <source>Roll Deployment %1 back from revision %2 to revision %3.</source>
        <translation>将 Deployment %1 从修订版本 %2 回滚到修订版本 %3。</translation>
    </message>
    <message>
        <source>%1 does not apply to a Deployment.</source>
        <translation>%1 不适用于 Deployment。</translation>
    </message>
    <message>
        <source>Gave up waiting; %1 goes on in the cluster.</source>
        <translation>已放弃等待；%1 仍在集群中继续进行。</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Cannot create namespace %1: %2</source>
        <translation>无法创建命名空间 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 changed since the plan was made; plan again.</source>
        <translation>%1 %2 在生成计划后已发生变化；请重新生成计划。</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>服务器拒绝了该请求：%1</translation>
    </message>
    <message>
        <source>%1 %2 is deleted.</source>
        <translation>%1 %2 已删除。</translation>
    </message>
    <message>
        <source>%1 disappeared while it was followed.</source>
        <translation>%1 在跟踪过程中消失了。</translation>
    </message>
    <message>
        <source>repository: %1</source>
        <translation>仓库：%1</translation>
    </message>
    <message>
        <source>path: %1</source>
        <translation>路径：%1</translation>
    </message>
    <message>
        <source>Backup %1 completed: %2 bytes in %3.</source>
        <translation>Backup %1 已完成：用时 %3，共 %2 字节。</translation>
    </message>
    <message>
        <source>restoring data from Backup %1</source>
        <translation>正在从 Backup %1 恢复数据</translation>
    </message>
    <message>
        <source>Cluster %1 in namespace %2 is running with the data of Backup %3.</source>
        <translation>命名空间 %2 中的 Cluster %1 正在使用 Backup %3 的数据运行。</translation>
    </message>
    <message>
        <source>updated %1, available %2, total %3 of %4 wanted</source>
        <translation>已更新 %1，可用 %2，共 %3（期望 %4）</translation>
    </message>
    <message numerus="yes">
        <source>Deployment %1 rolled out: %n replica(s) available.</source>
        <translation>
            <numerusform>Deployment %1 已完成发布：%n 个副本可用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel refused: %1</source>
        <translation>取消被拒绝：%1</translation>
    </message>
    <message>
        <source>Field &quot;existing&quot; in %1</source>
        <translation>%1 中的字段 &quot;existing&quot;</translation>
    </message>
    <message>
        <source>%1 is an existing Cluster; field &quot;%2&quot; does not apply to it.</source>
        <translation>%1 是已有的 Cluster；字段 &quot;%2&quot; 不适用于它。</translation>
    </message>
    <message>
        <source>Field &quot;host&quot; in %1</source>
        <translation>%1 中的字段 &quot;host&quot;</translation>
    </message>
    <message>
        <source>Field &quot;ingressClass&quot; in %1</source>
        <translation>%1 中的字段 &quot;ingressClass&quot;</translation>
    </message>
    <message>
        <source>%1 has no HTTP or WebSocket port an Ingress can route to.</source>
        <translation>%1 没有可供 Ingress 路由的 HTTP 或 WebSocket 端口。</translation>
    </message>
    <message>
        <source>%1: exposure type Ingress needs a host name.</source>
        <translation>%1：暴露类型 Ingress 需要主机名。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a host name such as im.example.com.</source>
        <translation>%1：“%2” 不是主机名（例如 im.example.com）。</translation>
    </message>
    <message>
        <source>%1: host %2 is already used by %3.</source>
        <translation>%1：主机 %2 已被 %3 使用。</translation>
    </message>
    <message>
        <source>%1: “%2” is not an IngressClass name.</source>
        <translation>%1：“%2” 不是有效的 IngressClass 名称。</translation>
    </message>
    <message>
        <source>%1: host and ingressClass only apply to exposure type Ingress.</source>
        <translation>%1：host 和 ingressClass 仅适用于暴露类型 Ingress。</translation>
    </message>
    <message>
        <source>%1 metrics</source>
        <translation>%1 指标</translation>
    </message>
    <message>
        <source>%1 %2 port</source>
        <translation>%1 的 %2 端口</translation>
    </message>
    <message>
        <source>port open</source>
        <translation>端口已开放</translation>
    </message>
    <message>
        <source>C&amp;haos…</source>
        <translation>混沌实验(&amp;H)…</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid step.</source>
        <translation>“%1”不是有效的步长。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or a name.</source>
        <translation>“%1”既不是数字也不是名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside %2-%3.</source>
        <translation>“%1”超出 %2-%3 的范围。</translation>
    </message>
    <message>
        <source>Unknown cron descriptor &quot;%1&quot;; use @hourly, @daily, @weekly, @monthly or @yearly, or five fields.</source>
        <translation>未知的 cron 描述符“%1”；请使用 @hourly、@daily、@weekly、@monthly 或 @yearly，或五个字段。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a cron expression: it needs five fields (minute hour day-of-month month day-of-week), found %n.</source>
        <translation>
            <numerusform>“%1”不是 cron 表达式：需要五个字段（分钟 小时 日 月 星期），实际有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cron expression &quot;%1&quot;: the %2 field is wrong: %3</source>
        <translation>cron 表达式“%1”：%2字段有误：%3</translation>
    </message>
    <message>
        <source>Load for watchers: Event repeats and pod updates (one in fifty) per simulated second on the running pods.</source>
        <translation>给监视者的负载：每个模拟秒内在运行中的 Pod 上产生的 Event 重复和 Pod 更新（五十次中一次）次数。</translation>
    </message>
    <message>
        <source>--churn expects a number from 0 to 100000</source>
        <translation>--churn 需要 0 到 100000 之间的数字</translation>
    </message>
    <message>
        <source>Field &quot;enabled&quot; in %1</source>
        <translation>%1 中的字段“enabled”</translation>
    </message>
    <message>
        <source>Field &quot;cron&quot; in %1</source>
        <translation>%1 中的字段“cron”</translation>
    </message>
    <message>
        <source>Field &quot;cron&quot; in %1: %2</source>
        <translation>%1 中的字段“cron”：%2</translation>
    </message>
    <message>
        <source>Field &quot;retention&quot; in %1</source>
        <translation>%1 中的字段“retention”</translation>
    </message>
    <message>
        <source>Field &quot;retention&quot; in %1 must be a duration such as 30m, 12h, 7d, 6mo or 1y, found &quot;%2&quot;.</source>
        <translation>%1 中的字段“retention”必须是 30m、12h、7d、6mo 或 1y 这样的时长，实际为“%2”。</translation>
    </message>
    <message>
        <source>backup of %1</source>
        <translation>%1 的备份</translation>
    </message>
    <message>
        <source>%1: KubeBlocks cannot back up %2; remove its backup schedule.</source>
        <translation>%1：KubeBlocks 无法备份 %2；请删除其备份计划。</translation>
    </message>
    <message>
        <source>%1: %2 has no backup method &quot;%3&quot;; choose one of: %4.</source>
        <translation>%1：%2 没有备份方式“%3”；请从以下选择：%4。</translation>
    </message>
    <message>
        <source>Keep every change for GET /kubesim/v1/events (memory grows without bound).</source>
        <translation>保留每一次变更，供 GET /kubesim/v1/events 读取（内存会无限增长）。</translation>
    </message>
    <message>
        <source>Only the pods of this namespace churn (default: every namespace).</source>
        <translation>只让此命名空间中的 Pod 产生变动（默认：所有命名空间）。</translation>
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
    <name>TopologyNode</name>
    <message>
        <source>Connect %1 to…</source>
        <translation>将 %1 连接到…</translation>
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
    <name>sd::AddClusterDialog</name>
    <message>
        <source>Add Cluster</source>
        <translation>添加集群</translation>
    </message>
    <message>
        <source>Connect without a kubeconfig: the API server&apos;s URL and a bearer token (for example a ServiceAccount token). The token is kept in the system keychain, never in a file.</source>
        <translation>无需 kubeconfig 即可连接：只需 API 服务器的 URL 和一个 Bearer 令牌（例如 ServiceAccount 令牌）。令牌保存在系统钥匙串中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>prod-eu</source>
        <translation>prod-eu</translation>
    </message>
    <message>
        <source>API &amp;server URL:</source>
        <translation>API 服务器 URL(&amp;S):</translation>
    </message>
    <message>
        <source>https://203.0.113.10:6443</source>
        <translation>https://203.0.113.10:6443</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>Bearer 令牌(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C):</translation>
    </message>
    <message>
        <source>optional: the system&apos;s trusted CAs</source>
        <translation>可选：使用系统信任的 CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>TLS server na&amp;me:</source>
        <translation>TLS 服务器名称(&amp;M):</translation>
    </message>
    <message>
        <source>optional: the URL&apos;s host</source>
        <translation>可选：使用 URL 中的主机</translation>
    </message>
    <message>
        <source>Skip TLS verification (insecure)</source>
        <translation>跳过 TLS 验证（不安全）</translation>
    </message>
    <message>
        <source>Warning: without TLS verification anyone between you and the cluster can read the token and everything you send.</source>
        <translation>警告：不进行 TLS 验证时，您与集群之间的任何人都能读取令牌以及您发送的所有内容。</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected: Kubernetes %1</source>
        <translation>已连接：Kubernetes %1</translation>
    </message>
</context>
<context>
    <name>sd::AddedClusters</name>
    <message>
        <source>Enter a name for the cluster.</source>
        <translation>请输入集群名称。</translation>
    </message>
    <message>
        <source>The name may use letters, digits, “.”, “_” and “-” (at most 63), starting with a letter or digit.</source>
        <translation>名称可使用字母、数字、“.”、“_” 和 “-”（最多 63 个字符），且必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>A cluster named “%1” was already added.</source>
        <translation>名为 “%1” 的集群已添加过。</translation>
    </message>
    <message>
        <source>Enter the API server URL, e.g. https://203.0.113.10:6443.</source>
        <translation>请输入 API 服务器 URL，例如 https://203.0.113.10:6443。</translation>
    </message>
    <message>
        <source>The API server URL must start with https:// and name a host.</source>
        <translation>API 服务器 URL 必须以 https:// 开头并包含主机名。</translation>
    </message>
    <message>
        <source>Enter the bearer token.</source>
        <translation>请输入 Bearer 令牌。</translation>
    </message>
    <message>
        <source>The token must be a single line.</source>
        <translation>令牌必须为单行。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>Skipping TLS verification cannot be combined with a CA file.</source>
        <translation>跳过 TLS 验证不能与 CA 文件同时使用。</translation>
    </message>
</context>
<context>
    <name>sd::ApplyProgressView</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>步骤详情</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Apply</source>
        <translation>取消应用(&amp;C)</translation>
    </message>
    <message>
        <source>Applying stack %1 to namespace %2</source>
        <translation>正在将栈 %1 应用到命名空间 %2</translation>
    </message>
    <message>
        <source>Destroying stack %1 in namespace %2</source>
        <translation>正在销毁命名空间 %2 中的栈 %1</translation>
    </message>
    <message>
        <source>Done: the stack is up and verified.</source>
        <translation>完成：栈已启动并通过验证。</translation>
    </message>
    <message>
        <source>Done: everything the stack made is gone.</source>
        <translation>完成：栈创建的所有内容均已删除。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cancelled. Retry continues where it stopped; nothing is left half-made.</source>
        <translation>已取消。重试将从停止处继续；不会留下半成品。</translation>
    </message>
    <message>
        <source>&amp;Cancel Destroy</source>
        <translation>取消销毁(&amp;C)</translation>
    </message>
</context>
<context>
    <name>sd::ApplyStackDialog</name>
    <message>
        <source>Apply Stack %1</source>
        <translation>应用栈 %1</translation>
    </message>
</context>
<context>
    <name>sd::BackupListModel</name>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>sd::BackupRepoDialog</name>
    <message>
        <source>Backup Repository</source>
        <translation>备份仓库</translation>
    </message>
    <message>
        <source>Where KubeBlocks stores backups: an object-storage bucket. The access keys are kept in the system keychain and reach the cluster only as a Secret in kb-system.</source>
        <translation>KubeBlocks 存储备份的位置：一个对象存储桶。访问密钥保存在系统钥匙串中，仅以 kb-system 中的 Secret 形式传送到集群。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>backups</translation>
    </message>
    <message>
        <source>Storage &amp;provider:</source>
        <translation>存储提供商(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>存储桶(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>访问密钥 ID(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>秘密访问密钥(&amp;S):</translation>
    </message>
    <message>
        <source>Backups that name no repository go to the default one. Only one repository can be the default.</source>
        <translation>未指定仓库的备份将存入默认仓库。只能有一个仓库作为默认仓库。</translation>
    </message>
    <message>
        <source>&amp;Default repository</source>
        <translation>默认仓库(&amp;D)</translation>
    </message>
    <message>
        <source>Enter a name for the repository.</source>
        <translation>请输入仓库名称。</translation>
    </message>
    <message>
        <source>The name must be lowercase letters, digits and “-” (at most 63), starting and ending with a letter or digit.</source>
        <translation>名称只能包含小写字母、数字和 “-”（最多 63 个字符），且必须以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>Enter the bucket.</source>
        <translation>请输入存储桶。</translation>
    </message>
    <message>
        <source>A bucket name is 3 to 63 lowercase letters, digits, “.” and “-”.</source>
        <translation>存储桶名称由 3 到 63 个小写字母、数字、“.” 和 “-” 组成。</translation>
    </message>
    <message>
        <source>MinIO needs its endpoint, e.g. http://minio.kb-system.svc:9000.</source>
        <translation>MinIO 需要指定端点，例如 http://minio.kb-system.svc:9000。</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL.</source>
        <translation>端点必须是 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Enter the region of the bucket.</source>
        <translation>请输入存储桶所在的区域。</translation>
    </message>
    <message>
        <source>Enter the access key ID.</source>
        <translation>请输入访问密钥 ID。</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>请输入秘密访问密钥。</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>未连接到集群。</translation>
    </message>
    <message>
        <source>required, e.g. http://minio.kb-system.svc:9000</source>
        <translation>必填，例如 http://minio.kb-system.svc:9000</translation>
    </message>
    <message>
        <source>optional: the provider&apos;s own</source>
        <translation>可选：使用提供商自己的端点</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>The access keys of “%1” were filled in from the keychain.</source>
        <translation>已从钥匙串中填入 “%1” 的访问密钥。</translation>
    </message>
    <message>
        <source>Saving the access keys in the keychain…</source>
        <translation>正在将访问密钥保存到钥匙串…</translation>
    </message>
    <message>
        <source>The access keys could not be saved in the keychain, so you will have to type them again next time: %1</source>
        <translation>无法将访问密钥保存到钥匙串，下次需要重新输入：%1</translation>
    </message>
    <message>
        <source>Looking up BackupRepo on the cluster…</source>
        <translation>正在集群上查找 BackupRepo…</translation>
    </message>
    <message>
        <source>This cluster does not serve BackupRepo (%1/v1alpha1): is KubeBlocks installed?</source>
        <translation>此集群不提供 BackupRepo（%1/v1alpha1）：是否已安装 KubeBlocks？</translation>
    </message>
    <message>
        <source>Applying the credential Secret %1/%2…</source>
        <translation>正在应用凭据 Secret %1/%2…</translation>
    </message>
    <message>
        <source>Applying BackupRepo %1…</source>
        <translation>正在应用 BackupRepo %1…</translation>
    </message>
    <message>
        <source>BackupRepo %1 applied; waiting for it to become Ready…</source>
        <translation>BackupRepo %1 已应用；正在等待其变为 Ready…</translation>
    </message>
    <message>
        <source>BackupRepo %1 is Ready.</source>
        <translation>BackupRepo %1 已就绪（Ready）。</translation>
    </message>
    <message>
        <source>BackupRepo %1 failed: %2</source>
        <translation>BackupRepo %1 失败：%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message numerus="yes">
        <source>BackupRepo %1 did not become Ready within %n second(s).</source>
        <translation>
            <numerusform>BackupRepo %1 未在 %n 秒内变为 Ready。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::BackupsView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Restore into a new cluster…</source>
        <translation>恢复到新集群(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Connect to a cluster to see its backups.</source>
        <translation>连接到集群以查看其备份。</translation>
    </message>
    <message>
        <source>Only a completed backup can be restored.</source>
        <translation>只有已完成的备份才能恢复。</translation>
    </message>
    <message>
        <source>Reading the backups of namespace %1…</source>
        <translation>正在读取命名空间 %1 中的备份…</translation>
    </message>
    <message>
        <source>Cannot list the backups: %1</source>
        <translation>无法列出备份：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in namespace %1.</source>
        <translation>
            <numerusform>命名空间 %1 中有 %n 个备份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::CanvasController</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Open a stack to edit its design.</source>
        <translation>打开一个栈以编辑其设计。</translation>
    </message>
    <message>
        <source>Clients reach OpenIM through the entry components; that link is not part of the stack.</source>
        <translation>客户端通过入口组件访问 OpenIM；该连接不属于栈。</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n nodes</source>
        <translation>
            <numerusform>删除 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly one node to copy its settings.</source>
        <translation>请只选择一个节点以复制其设置。</translation>
    </message>
    <message>
        <source>Select the nodes to paste the settings of %1 onto.</source>
        <translation>选择要粘贴 %1 设置的节点。</translation>
    </message>
    <message>
        <source>Paste settings of %1</source>
        <translation>粘贴 %1 的设置</translation>
    </message>
</context>
<context>
    <name>sd::ChaosDialog</name>
    <message>
        <source>Chaos</source>
        <translation>混沌实验</translation>
    </message>
    <message>
        <source>Kill a pod</source>
        <translation>杀死一个 Pod</translation>
    </message>
    <message>
        <source>Crash-loop a container</source>
        <translation>让容器反复崩溃</translation>
    </message>
    <message>
        <source>Stop a container&apos;s crash loop</source>
        <translation>停止容器的反复崩溃</translation>
    </message>
    <message>
        <source>Fail a datastore&apos;s primary</source>
        <translation>让数据存储的主节点故障</translation>
    </message>
    <message>
        <source>Make a datastore Cluster fail</source>
        <translation>让数据存储 Cluster 失败</translation>
    </message>
    <message>
        <source>Recover a failed datastore Cluster</source>
        <translation>恢复失败的数据存储 Cluster</translation>
    </message>
    <message>
        <source>Fill a datastore&apos;s volume</source>
        <translation>写满数据存储的卷</translation>
    </message>
    <message>
        <source>Free a datastore&apos;s volume</source>
        <translation>释放数据存储的卷</translation>
    </message>
    <message>
        <source>Cordon a node</source>
        <translation>封锁节点（cordon）</translation>
    </message>
    <message>
        <source>Uncordon a node</source>
        <translation>解除节点封锁（uncordon）</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>故障(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>执行(&amp;A)</translation>
    </message>
    <message>
        <source>(any with a primary)</source>
        <translation>（任一带主节点的）</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>容器(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>组件(&amp;C):</translation>
    </message>
    <message>
        <source>Nothing to apply this fault to.</source>
        <translation>没有可施加此故障的对象。</translation>
    </message>
    <message>
        <source>Done: %1 on %2.</source>
        <translation>已完成：对 %2 执行 %1。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>sd::ClusterFacts</name>
    <message>
        <source>KubeBlocks is not installed on this cluster (no Addon API).</source>
        <translation>此集群未安装 KubeBlocks（没有 Addon API）。</translation>
    </message>
    <message>
        <source>The KubeBlocks addons could not be read: %1</source>
        <translation>无法读取 KubeBlocks 插件：%1</translation>
    </message>
    <message>
        <source>The KubeBlocks addons are not known yet.</source>
        <translation>尚不知道 KubeBlocks 的 Addon。</translation>
    </message>
    <message>
        <source>The KubeBlocks addon “%1” is not installed (kbcli addon install %1).</source>
        <translation>未安装 KubeBlocks addon“%1”（kbcli addon install %1）。</translation>
    </message>
    <message>
        <source>The KubeBlocks addon “%1” is %2, not Enabled (kbcli addon enable %1).</source>
        <translation>KubeBlocks 插件“%1”的状态为 %2，而不是 Enabled（kbcli addon enable %1）。</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>处于未知状态</translation>
    </message>
</context>
<context>
    <name>sd::ComponentEdit</name>
    <message>
        <source>Edit %1 on the Cluster</source>
        <translation>在集群上编辑 %1</translation>
    </message>
    <message>
        <source>The cluster connection is gone; nothing was changed.</source>
        <translation>与集群的连接已断开；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 cannot become another component on a running cluster; deploy the stack instead.</source>
        <translation>%1 不能在运行中的集群上变成另一个组件；请改为部署整个栈。</translation>
    </message>
    <message>
        <source>Cannot read the API server&apos;s resource types: %1</source>
        <translation>无法读取 API 服务器的资源类型：%1</translation>
    </message>
    <message>
        <source>The cluster does not serve %1 (%2).</source>
        <translation>集群不提供 %1（%2）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The cluster refuses %1:
%2</source>
        <translation>集群拒绝了 %1：
%2</translation>
    </message>
    <message>
        <source>Apply the Edit of %1</source>
        <translation>应用对 %1 的编辑</translation>
    </message>
    <message>
        <source>The cluster connection is gone; the edit was not applied completely.</source>
        <translation>与集群的连接已断开；编辑未能完整应用。</translation>
    </message>
    <message>
        <source>Applying %1 failed: %2</source>
        <translation>应用 %1 失败：%2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>sd::ComponentForm</name>
    <message>
        <source>OpenIM Component</source>
        <translation>OpenIM 组件</translation>
    </message>
    <message>
        <source>C&amp;omponent:</source>
        <translation>组件(&amp;O)：</translation>
    </message>
    <message>
        <source>The OpenIM service this Deployment runs. Components already in the stack are not offered again.</source>
        <translation>此 Deployment 运行的 OpenIM 服务。已在栈中的组件不会再次提供。</translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation>镜像仓库(&amp;G)：</translation>
    </message>
    <message>
        <source>Where every component&apos;s image is pulled from (a setting of the whole stack): Docker Hub, GitHub or the Aliyun mirror.</source>
        <translation>所有组件镜像的拉取来源（整个栈的设置）：Docker Hub、GitHub 或阿里云镜像。</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>Image repository for this component only, for example a private mirror. Empty: the registry&apos;s image shown in grey.</source>
        <translation>仅用于此组件的镜像仓库，例如私有镜像。留空：使用灰色显示的仓库镜像。</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Image tag for this component. Empty: the profile&apos;s tag shown in grey.</source>
        <translation>此组件的镜像标签。留空：使用以灰色显示的配置档标签。</translation>
    </message>
    <message>
        <source>Image &amp;pull Secrets:</source>
        <translation>镜像拉取 Secret(&amp;P)：</translation>
    </message>
    <message>
        <source>Names of Secrets with registry credentials, separated by commas (a setting of the whole stack).</source>
        <translation>包含镜像仓库凭据的 Secret 名称，以逗号分隔（整个栈的设置）。</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>副本(&amp;R)：</translation>
    </message>
    <message>
        <source>Number of Pods. 0 keeps the Deployment but stops the component.</source>
        <translation>Pod 数量。0 表示保留 Deployment 但停止该组件。</translation>
    </message>
    <message>
        <source>&amp;CPU request / limit:</source>
        <translation>CPU 请求 / 限制(&amp;C)：</translation>
    </message>
    <message>
        <source>CPU each Pod is guaranteed, as a Kubernetes quantity: 500m is half a core.</source>
        <translation>每个 Pod 保证获得的 CPU，以 Kubernetes 资源数量表示：500m 即半个核。</translation>
    </message>
    <message>
        <source>CPU each Pod may use at most; not less than the request.</source>
        <translation>每个 Pod 最多可使用的 CPU；不能小于请求值。</translation>
    </message>
    <message>
        <source>&amp;Memory request / limit:</source>
        <translation>内存请求 / 限制(&amp;M)：</translation>
    </message>
    <message>
        <source>Memory each Pod is guaranteed, such as 512Mi.</source>
        <translation>每个 Pod 保证获得的内存，例如 512Mi。</translation>
    </message>
    <message>
        <source>Memory each Pod may use at most; not less than the request.</source>
        <translation>每个 Pod 最多可使用的内存；不能小于请求值。</translation>
    </message>
    <message>
        <source>E&amp;xposure:</source>
        <translation>暴露方式(&amp;X)：</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The NodePort (30000–32767); automatic lets Kubernetes choose a free one.</source>
        <translation>NodePort（30000–32767）；选择自动则由 Kubernetes 选取一个空闲端口。</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境变量(&amp;E)：</translation>
    </message>
    <message>
        <source>Extra IMENV_ variables that override single keys of the generated config files.</source>
        <translation>额外的 IMENV_ 变量，用于覆盖生成的配置文件中的单个键。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Add Variable</source>
        <translation>添加变量(&amp;A)</translation>
    </message>
    <message>
        <source>Add an environment variable.</source>
        <translation>添加环境变量。</translation>
    </message>
    <message>
        <source>Remo&amp;ve Variable</source>
        <translation>移除变量(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected environment variable.</source>
        <translation>移除所选的环境变量。</translation>
    </message>
    <message>
        <source>Datastores:</source>
        <translation>数据存储：</translation>
    </message>
    <message>
        <source>Which datastore Cluster of the stack each dependency uses. Credentials always come from the Cluster&apos;s account Secret.</source>
        <translation>每个依赖使用栈中的哪个数据存储 Cluster。凭据始终来自该 Cluster 的账户 Secret。</translation>
    </message>
    <message>
        <source>Generated &amp;objects (preview):</source>
        <translation>生成的对象（预览）(&amp;O)：</translation>
    </message>
    <message>
        <source>The Deployment, Services and ConfigMap Stackdeck will apply for this component, updated as you type.</source>
        <translation>Stackdeck 将为此组件应用的 Deployment、Service 和 ConfigMap，随输入实时更新。</translation>
    </message>
    <message>
        <source>%1 needs no credentials.</source>
        <translation>%1 不需要凭据。</translation>
    </message>
    <message>
        <source>Credentials from Secret %1.</source>
        <translation>凭据来自 Secret %1。</translation>
    </message>
    <message>
        <source>(none in the stack: add a %1 datastore)</source>
        <translation>（栈中没有：请添加 %1 数据存储）</translation>
    </message>
    <message>
        <source>The %1 datastore this component uses; its credentials come from the Cluster&apos;s account Secret.</source>
        <translation>此组件使用的 %1 数据存储；其凭据来自该 Cluster 的账户 Secret。</translation>
    </message>
    <message>
        <source>This component uses no datastore.</source>
        <translation>此组件不使用数据存储。</translation>
    </message>
    <message>
        <source>Add OpenIM Component</source>
        <translation>添加 OpenIM 组件</translation>
    </message>
    <message>
        <source>Edit Component %1</source>
        <translation>编辑组件 %1</translation>
    </message>
    <message>
        <source>Add component %1</source>
        <translation>添加组件 %1</translation>
    </message>
    <message>
        <source>Edit component %1</source>
        <translation>编辑组件 %1</translation>
    </message>
    <message>
        <source>Every component is in the stack already.</source>
        <translation>所有组件都已在栈中。</translation>
    </message>
    <message>
        <source>Choose a component.</source>
        <translation>请选择一个组件。</translation>
    </message>
    <message>
        <source>“%1” is not an image repository such as registry.example.com/openim/openim-api.</source>
        <translation>“%1”不是镜像仓库地址，例如 registry.example.com/openim/openim-api。</translation>
    </message>
    <message>
        <source>“%1” is not an image tag: letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, at most 128.</source>
        <translation>“%1”不是镜像标签：只能包含字母、数字、&apos;_&apos;、&apos;.&apos; 和 &apos;-&apos;，最多 128 个字符。</translation>
    </message>
    <message>
        <source>“%1” is not a valid Secret name.</source>
        <translation>“%1”不是有效的 Secret 名称。</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs at most %n replica(s).</source>
        <translation>
            <numerusform>%1 最多运行 %n 个副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request is not a quantity such as %1.</source>
        <translation>请求值不是类似 %1 的资源数量。</translation>
    </message>
    <message>
        <source>The limit is not a quantity such as %1.</source>
        <translation>限制值不是数量值，例如 %1。</translation>
    </message>
    <message>
        <source>The request (%1) is above the limit (%2).</source>
        <translation>请求值（%1）超过了上限（%2）。</translation>
    </message>
    <message>
        <source>A NodePort is between 30000 and 32767, not %1.</source>
        <translation>NodePort 应在 30000 到 32767 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>“%1” is not an environment variable name.</source>
        <translation>“%1”不是环境变量名称。</translation>
    </message>
    <message>
        <source>%1 is set twice.</source>
        <translation>%1 被设置了两次。</translation>
    </message>
    <message>
        <source>The stack has no %1 datastore for this component; add one first.</source>
        <translation>栈中没有供此组件使用的 %1 数据存储；请先添加一个。</translation>
    </message>
    <message>
        <source>How clients outside the cluster reach the component: not at all (ClusterIP), on a port of every node (NodePort), through a cloud load balancer (LoadBalancer) or by host name through the cluster&apos;s Ingress controller (Ingress; HTTP and WebSocket ports only).</source>
        <translation>集群外部的客户端如何访问该组件：不对外暴露（ClusterIP）、通过每个节点上的端口（NodePort）、通过云负载均衡器（LoadBalancer），或通过集群的 Ingress 控制器按主机名访问（Ingress；仅限 HTTP 和 WebSocket 端口）。</translation>
    </message>
    <message>
        <source>im.example.com</source>
        <translation>im.example.com</translation>
    </message>
    <message>
        <source>The host name clients use to reach the component through the Ingress; its DNS must point at the Ingress controller.</source>
        <translation>客户端通过 Ingress 访问该组件所用的主机名；其 DNS 必须指向 Ingress 控制器。</translation>
    </message>
    <message>
        <source>Ingress host</source>
        <translation>Ingress 主机</translation>
    </message>
    <message>
        <source>default class</source>
        <translation>默认类</translation>
    </message>
    <message>
        <source>The IngressClass to use; empty uses the cluster&apos;s default class.</source>
        <translation>要使用的 IngressClass；留空则使用集群的默认类。</translation>
    </message>
    <message>
        <source>IngressClass</source>
        <translation>IngressClass</translation>
    </message>
    <message>
        <source>%1 (on the cluster, not in the stack)</source>
        <translation>%1（位于集群上，不在栈中）</translation>
    </message>
    <message>
        <source>OpenIM uses one %1 for every component: choosing %2 replaces %3 in the stack.</source>
        <translation>OpenIM 的所有组件共用一个 %1：选择 %2 将替换栈中的 %3。</translation>
    </message>
    <message>
        <source>Enter the host name clients use, such as im.example.com.</source>
        <translation>请输入客户端使用的主机名，例如 im.example.com。</translation>
    </message>
    <message>
        <source>“%1” is not a host name such as im.example.com.</source>
        <translation>“%1” 不是主机名（例如 im.example.com）。</translation>
    </message>
    <message>
        <source>“%1” is not an IngressClass name.</source>
        <translation>“%1” 不是有效的 IngressClass 名称。</translation>
    </message>
</context>
<context>
    <name>sd::ConnectDialog</name>
    <message>
        <source>Connect to a Cluster</source>
        <translation>连接到集群</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig:</source>
        <translation>&amp;Kubeconfig：</translation>
    </message>
    <message>
        <source>The kubeconfig file to read. Empty: $KUBECONFIG, else ~/.kube/config, as kubectl does.</source>
        <translation>要读取的 kubeconfig 文件。留空时与 kubectl 相同：使用 $KUBECONFIG，否则使用 ~/.kube/config。</translation>
    </message>
    <message>
        <source>$KUBECONFIG or ~/.kube/config</source>
        <translation>$KUBECONFIG 或 ~/.kube/config</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;ontexts:</source>
        <translation>上下文(&amp;O)：</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>命名空间(&amp;N)：</translation>
    </message>
    <message>
        <source>The namespace to open. Empty: the context&apos;s namespace.</source>
        <translation>要打开的命名空间。留空时使用上下文的命名空间。</translation>
    </message>
    <message>
        <source>the context&apos;s namespace</source>
        <translation>上下文的命名空间</translation>
    </message>
    <message>
        <source>Open Kubeconfig</source>
        <translation>打开 Kubeconfig</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Add a cluster by API server URL and bearer token, without a kubeconfig.</source>
        <translation>通过 API 服务器 URL 和 Bearer 令牌添加集群，无需 kubeconfig。</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>添加集群(&amp;A)…</translation>
    </message>
    <message>
        <source>Forget the selected added cluster and delete its token from the keychain.</source>
        <translation>忘记所选的已添加集群，并从钥匙串中删除其令牌。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Token for this session:</source>
        <translation>本次会话的令牌(&amp;T):</translation>
    </message>
    <message>
        <source>Used until Stackdeck quits; it is not saved anywhere.</source>
        <translation>在 Stackdeck 退出前一直使用；不会保存在任何地方。</translation>
    </message>
    <message>
        <source>No added cluster is selected.</source>
        <translation>未选择已添加的集群。</translation>
    </message>
    <message>
        <source>%1 (added)</source>
        <translation>%1（已添加）</translation>
    </message>
    <message>
        <source>token in keychain</source>
        <translation>令牌存于钥匙串</translation>
    </message>
    <message>
        <source>Added by URL and token; the token is kept in the system keychain.</source>
        <translation>通过 URL 和令牌添加；令牌保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No contexts found. Choose a kubeconfig file, add a cluster by URL and token, or start Stackdeck with --demo.</source>
        <translation>未找到上下文。请选择一个 kubeconfig 文件、通过 URL 和令牌添加集群，或使用 --demo 启动 Stackdeck。</translation>
    </message>
    <message>
        <source>Reading the token of “%1” from the keychain…</source>
        <translation>正在从钥匙串读取“%1”的令牌…</translation>
    </message>
    <message>
        <source>%1
Type the token below to connect for this session only; it is not saved.</source>
        <translation>%1
请在下方输入令牌，仅用于本次会话连接；令牌不会被保存。</translation>
    </message>
    <message>
        <source>Saving the token of “%1” in the keychain…</source>
        <translation>正在将“%1”的令牌保存到钥匙串…</translation>
    </message>
    <message>
        <source>“%1” was added; its token is in the keychain.</source>
        <translation>已添加“%1”；其令牌已存入钥匙串。</translation>
    </message>
    <message>
        <source>“%1” was added, but its token could not be saved in the keychain: %2
The token is kept until Stackdeck quits; after that you will be asked for it again.</source>
        <translation>已添加“%1”，但其令牌无法保存到钥匙串：%2
令牌将保留到 Stackdeck 退出为止；之后会再次要求您输入。</translation>
    </message>
    <message>
        <source>Remove Cluster</source>
        <translation>移除集群</translation>
    </message>
    <message>
        <source>Remove “%1” from Stackdeck and delete its token from the keychain?</source>
        <translation>要从 Stackdeck 中移除“%1”并从钥匙串中删除其令牌吗？</translation>
    </message>
    <message>
        <source>Deleting the token of “%1” from the keychain…</source>
        <translation>正在从钥匙串删除“%1”的令牌…</translation>
    </message>
    <message>
        <source>“%1” was removed and its token deleted from the keychain.</source>
        <translation>已移除“%1”，其令牌已从钥匙串中删除。</translation>
    </message>
    <message>
        <source>“%1” was removed, but its token could not be deleted from the keychain: %2</source>
        <translation>已移除“%1”，但其令牌无法从钥匙串中删除：%2</translation>
    </message>
</context>
<context>
    <name>sd::DatastoreForm</name>
    <message>
        <source>Datastore</source>
        <translation>数据存储</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>&amp;Dev/Test</source>
        <translation>开发/测试(&amp;D)</translation>
    </message>
    <message>
        <source>Small sizes for development and tests: one replica, little storage, everything deleted with the datastore.</source>
        <translation>适用于开发和测试的小规格：一个副本、少量存储，所有内容随数据存储一起删除。</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>生产(&amp;P)</translation>
    </message>
    <message>
        <source>Sizes for production: replicated, more storage, protected from deletion.</source>
        <translation>生产环境规格：多副本、更多存储、防止删除。</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>引擎(&amp;E)：</translation>
    </message>
    <message>
        <source>The database or message queue KubeBlocks runs. Engines whose KubeBlocks addon is not enabled on the cluster cannot be chosen.</source>
        <translation>KubeBlocks 运行的数据库或消息队列。集群上未启用 KubeBlocks 插件的引擎无法选择。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of the KubeBlocks Cluster: lowercase letters, digits and &apos;-&apos;, at most 15 characters, unique in the stack.</source>
        <translation>KubeBlocks Cluster 的名称：小写字母、数字和 &apos;-&apos;，最多 15 个字符，在栈内唯一。</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>命名空间：</translation>
    </message>
    <message>
        <source>Everything in a stack lives in the stack&apos;s namespace; change it in Stack Settings.</source>
        <translation>栈中的所有内容都位于栈的命名空间中；请在栈设置中修改。</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>The engine version (serviceVersion). Connected, the list comes from the cluster&apos;s ComponentVersion objects.</source>
        <translation>引擎版本（serviceVersion）。已连接时，列表来自集群的 ComponentVersion 对象。</translation>
    </message>
    <message>
        <source>&amp;Topology:</source>
        <translation>拓扑(&amp;T)：</translation>
    </message>
    <message>
        <source>How the engine&apos;s components are arranged, for example Redis replication with Sentinel.</source>
        <translation>引擎组件的编排方式，例如带 Sentinel 的 Redis 主从复制。</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>副本(&amp;R)：</translation>
    </message>
    <message>
        <source>Number of Pods of the data component.</source>
        <translation>数据组件的 Pod 数量。</translation>
    </message>
    <message>
        <source>&amp;CPU request / limit:</source>
        <translation>CPU 请求 / 限制(&amp;C)：</translation>
    </message>
    <message>
        <source>CPU each Pod is guaranteed, as a Kubernetes quantity: 500m is half a core, 2 is two cores.</source>
        <translation>每个 Pod 保证的 CPU，使用 Kubernetes 数量值表示：500m 为半个核，2 为两个核。</translation>
    </message>
    <message>
        <source>CPU each Pod may use at most; not less than the request.</source>
        <translation>每个 Pod 最多可使用的 CPU；不能小于请求值。</translation>
    </message>
    <message>
        <source>&amp;Memory request / limit:</source>
        <translation>内存请求 / 限制(&amp;M)：</translation>
    </message>
    <message>
        <source>Memory each Pod is guaranteed, as a Kubernetes quantity such as 512Mi or 2Gi.</source>
        <translation>每个 Pod 保证的内存，使用 Kubernetes 数量值表示，例如 512Mi 或 2Gi。</translation>
    </message>
    <message>
        <source>Memory each Pod may use at most; not less than the request.</source>
        <translation>每个 Pod 最多可使用的内存；不能小于请求值。</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>存储(&amp;S)：</translation>
    </message>
    <message>
        <source>Size of each Pod&apos;s data volume, as a Kubernetes quantity such as 20Gi.</source>
        <translation>每个 Pod 数据卷的大小，使用 Kubernetes 数量值表示，例如 20Gi。</translation>
    </message>
    <message>
        <source>Storage c&amp;lass:</source>
        <translation>存储类(&amp;L)：</translation>
    </message>
    <message>
        <source>The StorageClass that provisions the volumes. The default one is marked; growing volumes later needs a class that allows expansion.</source>
        <translation>用于供应卷的 StorageClass。默认的已标出；以后扩容卷需要允许扩展的存储类。</translation>
    </message>
    <message>
        <source>Te&amp;rmination policy:</source>
        <translation>终止策略(&amp;R)：</translation>
    </message>
    <message>
        <source>What deleting the datastore deletes.</source>
        <translation>删除数据存储时会删除哪些内容。</translation>
    </message>
    <message>
        <source>Metrics e&amp;xporter</source>
        <translation>指标导出器(&amp;X)</translation>
    </message>
    <message>
        <source>Let Prometheus find the engine&apos;s metrics exporter (KubeBlocks annotates the headless Service).</source>
        <translation>让 Prometheus 发现引擎的指标导出器（KubeBlocks 会为 headless Service 添加注解）。</translation>
    </message>
    <message>
        <source>Cluster &amp;object (preview):</source>
        <translation>Cluster 对象（预览）(&amp;O)：</translation>
    </message>
    <message>
        <source>The KubeBlocks Cluster object Stackdeck will apply, updated as you type.</source>
        <translation>Stackdeck 将要应用的 KubeBlocks Cluster 对象，随输入实时更新。</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <source>Versions offered by the cluster&apos;s ComponentVersion objects.</source>
        <translation>集群的 ComponentVersion 对象提供的版本。</translation>
    </message>
    <message>
        <source>The cluster has no ComponentVersion API; versions of KubeBlocks addon %1.</source>
        <translation>该集群没有 ComponentVersion API；显示 KubeBlocks addon %1 的版本。</translation>
    </message>
    <message>
        <source>Not connected: versions of KubeBlocks addon %1.</source>
        <translation>未连接：KubeBlocks 插件 %1 的版本。</translation>
    </message>
    <message>
        <source>The cluster offers no versions of this engine (its ComponentVersion is missing or not Available).</source>
        <translation>集群未提供此引擎的任何版本（其 ComponentVersion 缺失或不是 Available 状态）。</translation>
    </message>
    <message>
        <source>(single component)</source>
        <translation>（单一组件）</translation>
    </message>
    <message>
        <source>(the default StorageClass)</source>
        <translation>（默认 StorageClass）</translation>
    </message>
    <message>
        <source>(the default StorageClass: %1)</source>
        <translation>（默认 StorageClass：%1）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Add Datastore</source>
        <translation>添加数据存储</translation>
    </message>
    <message>
        <source>Edit Datastore %1</source>
        <translation>编辑数据存储 %1</translation>
    </message>
    <message>
        <source>Add datastore %1</source>
        <translation>添加数据存储 %1</translation>
    </message>
    <message>
        <source>Edit datastore %1</source>
        <translation>编辑数据存储 %1</translation>
    </message>
    <message>
        <source>%1 runs %2 to %3 replicas.</source>
        <translation>%1 运行 %2 到 %3 个副本。</translation>
    </message>
    <message>
        <source>Use an odd number: the replicas form a quorum.</source>
        <translation>请使用奇数：副本组成仲裁。</translation>
    </message>
    <message>
        <source>Use an even number: erasure coding spreads data over pairs.</source>
        <translation>请使用偶数：纠删码会将数据成对分布。</translation>
    </message>
    <message numerus="yes">
        <source>The topology adds %1 with %n replica(s).</source>
        <translation>
            <numerusform>该拓扑会添加 %1，共 %n 个副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Two or more replicas give a standby that Sentinel promotes on failure.</source>
        <translation>两个或更多副本可提供一个备用副本，故障时由 Sentinel 提升。</translation>
    </message>
    <message>
        <source>The Cluster cannot be deleted until this policy is changed.</source>
        <translation>在更改此策略之前，无法删除该 Cluster。</translation>
    </message>
    <message>
        <source>Deleting the Cluster deletes its Pods, Services and volumes (PVCs); backups are kept.</source>
        <translation>删除 Cluster 会删除其 Pod、Service 和卷（PVC）；备份会保留。</translation>
    </message>
    <message>
        <source>Deleting the Cluster deletes everything, including volume snapshots and backups in external storage.</source>
        <translation>删除该 Cluster 会删除所有内容，包括卷快照和外部存储中的备份。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Use at most %1 characters: KubeBlocks appends to the name for Pods, Services and Secrets.</source>
        <translation>最多使用 %1 个字符：KubeBlocks 会在名称后追加内容作为 Pod、Service 和 Secret 的名称。</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and &apos;-&apos;, starting with a letter and ending with a letter or digit.</source>
        <translation>请使用小写字母、数字和 &apos;-&apos;，以字母开头，以字母或数字结尾。</translation>
    </message>
    <message>
        <source>The stack already has a node named “%1”.</source>
        <translation>栈中已有名为“%1”的节点。</translation>
    </message>
    <message>
        <source>Choose a version.</source>
        <translation>请选择一个版本。</translation>
    </message>
    <message>
        <source>The cluster does not offer version %1 of this engine.</source>
        <translation>该集群不提供此引擎的 %1 版本。</translation>
    </message>
    <message>
        <source>Use an odd number of replicas (a quorum), not %1.</source>
        <translation>请使用奇数个副本（以构成法定人数），而不是 %1。</translation>
    </message>
    <message>
        <source>Use an even number of replicas, not %1.</source>
        <translation>请使用偶数个副本，而不是 %1。</translation>
    </message>
    <message>
        <source>The request is not a quantity such as %1.</source>
        <translation>请求值不是类似 %1 的资源数量。</translation>
    </message>
    <message>
        <source>The limit is not a quantity such as %1.</source>
        <translation>限制值不是数量值，例如 %1。</translation>
    </message>
    <message>
        <source>The request (%1) is above the limit (%2).</source>
        <translation>请求值（%1）超过了上限（%2）。</translation>
    </message>
    <message>
        <source>The size is not a quantity such as 20Gi.</source>
        <translation>大小不是 20Gi 这样的数量。</translation>
    </message>
    <message>
        <source>“%1” is not a valid StorageClass name.</source>
        <translation>“%1”不是有效的 StorageClass 名称。</translation>
    </message>
    <message>
        <source>Cluster schema: %1: %2</source>
        <translation>Cluster 模式：%1：%2</translation>
    </message>
    <message>
        <source>Valid against the Cluster schema of the connected cluster.</source>
        <translation>已通过所连接集群的 Cluster 架构校验。</translation>
    </message>
    <message>
        <source>Valid against the bundled KubeBlocks 1.0 Cluster schema.</source>
        <translation>已通过内置 KubeBlocks 1.0 Cluster 模式校验。</translation>
    </message>
    <message numerus="yes">
        <source>Not valid against the Cluster schema: %n problem(s).</source>
        <translation>
            <numerusform>不符合 Cluster 模式：%n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the Cluster schema…</source>
        <translation>正在加载 Cluster 架构…</translation>
    </message>
    <message>
        <source>The cluster says: %1</source>
        <translation>集群返回：%1</translation>
    </message>
    <message>
        <source>The cluster could not check the object: %1</source>
        <translation>集群无法检查该对象：%1</translation>
    </message>
    <message>
        <source>Scheduled &amp;backups</source>
        <translation>定时备份(&amp;B)</translation>
    </message>
    <message>
        <source>KubeBlocks backs the datastore up on this schedule (Cluster spec.backup) into a BackupRepo.</source>
        <translation>KubeBlocks 按此计划（Cluster spec.backup）将数据存储备份到 BackupRepo。</translation>
    </message>
    <message>
        <source>Sc&amp;hedule (cron, UTC):</source>
        <translation>计划（cron，UTC）(&amp;H)：</translation>
    </message>
    <message>
        <source>B&amp;ackup method:</source>
        <translation>备份方式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Keep each backup for:</source>
        <translation>每个备份保留(&amp;K)：</translation>
    </message>
    <message>
        <source>A duration such as 30m, 12h, 7d, 6mo or 1y; older backups are deleted.</source>
        <translation>30m、12h、7d、6mo 或 1y 这样的时长；更早的备份会被删除。</translation>
    </message>
    <message>
        <source>Repositor&amp;y (BackupRepo):</source>
        <translation>仓库（BackupRepo）(&amp;Y)：</translation>
    </message>
    <message>
        <source>(the default BackupRepo)</source>
        <translation>（默认 BackupRepo）</translation>
    </message>
    <message>
        <source>Stopped: KubeBlocks keeps the schedule but takes no backups.</source>
        <translation>已停止：KubeBlocks 保留计划但不进行备份。</translation>
    </message>
    <message>
        <source>Next backup: %1 UTC.</source>
        <translation>下次备份：%1 UTC。</translation>
    </message>
    <message>
        <source>This schedule never runs.</source>
        <translation>此计划永远不会运行。</translation>
    </message>
    <message>
        <source>This engine has no backup method.</source>
        <translation>此引擎没有备份方式。</translation>
    </message>
    <message>
        <source>%1 has no backup method “%2”; choose one of: %3.</source>
        <translation>%1 没有备份方式“%2”；请从以下选择：%3。</translation>
    </message>
    <message>
        <source>Keep backups for a duration such as 30m, 12h, 7d, 6mo or 1y.</source>
        <translation>备份保留时长应如 30m、12h、7d、6mo 或 1y。</translation>
    </message>
    <message>
        <source>“%1” is not a valid BackupRepo name.</source>
        <translation>“%1”不是有效的 BackupRepo 名称。</translation>
    </message>
</context>
<context>
    <name>sd::DeployEngine</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>已被用户取消。</translation>
    </message>
    <message>
        <source>Gave up after %1: %2</source>
        <translation>%1 后放弃：%2</translation>
    </message>
    <message>
        <source>no progress</source>
        <translation>无进展</translation>
    </message>
    <message>
        <source>The cluster does not serve %1 (%2).</source>
        <translation>集群未提供 %1（%2）。</translation>
    </message>
    <message>
        <source>Applying %1 failed: %2</source>
        <translation>应用 %1 失败：%2</translation>
    </message>
    <message>
        <source>Deleting %1 failed: %2</source>
        <translation>删除 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 (phase %2)</source>
        <translation>%1（阶段 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) still being deleted: %1</source>
        <translation>
            <numerusform>仍有 %n 个对象正在删除：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the stack and the cluster</source>
        <translation>检查栈和集群</translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation>命名空间 %1</translation>
    </message>
    <message>
        <source>Service account and RBAC</source>
        <translation>服务账号和 RBAC</translation>
    </message>
    <message>
        <source>Create the datastore clusters</source>
        <translation>创建数据存储集群</translation>
    </message>
    <message>
        <source>Wait for %1 to be Running</source>
        <translation>等待 %1 变为 Running</translation>
    </message>
    <message>
        <source>Configuration and Secrets</source>
        <translation>配置和 Secret</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>Verify that OpenIM answers</source>
        <translation>验证 OpenIM 是否响应</translation>
    </message>
    <message>
        <source>Remove objects the stack no longer has</source>
        <translation>移除栈中已不再包含的对象</translation>
    </message>
    <message>
        <source>The stack is invalid:
%1</source>
        <translation>栈无效：
%1</translation>
    </message>
    <message>
        <source>Cannot read the API server&apos;s resource types: %1</source>
        <translation>无法读取 API 服务器的资源类型：%1</translation>
    </message>
    <message>
        <source>The cluster does not serve %1 (%2): KubeBlocks 1.0 is not installed.</source>
        <translation>集群未提供 %1（%2）：未安装 KubeBlocks 1.0。</translation>
    </message>
    <message>
        <source>Cannot read namespace %1: %2</source>
        <translation>无法读取命名空间 %1：%2</translation>
    </message>
    <message>
        <source>Namespace %1 is being deleted; wait until it is gone, then apply again.</source>
        <translation>命名空间 %1 正在删除；请等待其消失后再次应用。</translation>
    </message>
    <message>
        <source>The namespace exists and was not created by Stackdeck; it is used as it is.</source>
        <translation>该命名空间已存在且不是由 Stackdeck 创建的；将按原样使用。</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Running; account Secret %1 exists</source>
        <translation>Running；账户 Secret %1 已存在</translation>
    </message>
    <message>
        <source>Running; waiting for the account Secret %1</source>
        <translation>运行中；正在等待账号 Secret %1</translation>
    </message>
    <message>
        <source>no phase reported yet</source>
        <translation>尚未报告阶段</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>Cannot read Secret %1: %2</source>
        <translation>无法读取 Secret %1：%2</translation>
    </message>
    <message>
        <source>%1 did not roll out: %2</source>
        <translation>%1 未能发布：%2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 replicas available</source>
        <translation>%1：%3 个副本中有 %2 个可用</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) reachable</source>
        <translation>
            <numerusform>%n 个服务可访问</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read OpenIM&apos;s secret from Secret %1 key %2.</source>
        <translation>无法从 Secret %1 的键 %2 读取 OpenIM 的密钥。</translation>
    </message>
    <message>
        <source>openim-api: the admin-token call failed: %1</source>
        <translation>openim-api：admin-token 调用失败：%1</translation>
    </message>
    <message>
        <source>openim-api: the admin-token call answered error %1: %2</source>
        <translation>openim-api：admin-token 调用返回错误 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) reachable; the admin-token call succeeded</source>
        <translation>
            <numerusform>%n 个服务可访问；admin-token 调用成功</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2:%3 is not reachable: %4</source>
        <translation>%1：%2:%3 不可达：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) removed</source>
        <translation>
            <numerusform>已移除 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept Cluster(s) %1: terminationPolicy DoNotTerminate.</source>
        <translation>已保留 Cluster %1：terminationPolicy 为 DoNotTerminate。</translation>
    </message>
    <message>
        <source>Find the stack&apos;s objects</source>
        <translation>查找栈的对象</translation>
    </message>
    <message>
        <source>Stop the OpenIM components</source>
        <translation>停止 OpenIM 组件</translation>
    </message>
    <message>
        <source>Delete Services, configuration and Secrets</source>
        <translation>删除 Service、配置和 Secret</translation>
    </message>
    <message>
        <source>Delete the datastore clusters</source>
        <translation>删除数据存储集群</translation>
    </message>
    <message>
        <source>Delete the service account and RBAC</source>
        <translation>删除服务账号和 RBAC</translation>
    </message>
    <message>
        <source>Delete namespace %1</source>
        <translation>删除命名空间 %1</translation>
    </message>
    <message>
        <source>Refusing to destroy: Cluster(s) %1 have terminationPolicy DoNotTerminate. Set terminationPolicy to Delete or WipeOut in the stack file and apply it, then destroy again.</source>
        <translation>拒绝销毁：Cluster %1 的 terminationPolicy 为 DoNotTerminate。请在栈文件中将 terminationPolicy 设为 Delete 或 WipeOut 并应用，然后再次销毁。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) found</source>
        <translation>
            <numerusform>找到 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>没有需要删除的内容。</translation>
    </message>
    <message>
        <source>The namespace does not exist.</source>
        <translation>命名空间不存在。</translation>
    </message>
    <message>
        <source>The namespace was not created by Stackdeck; it stays.</source>
        <translation>该命名空间并非由 Stackdeck 创建；将予以保留。</translation>
    </message>
    <message>
        <source>Deleting namespace %1 failed: %2</source>
        <translation>删除命名空间 %1 失败：%2</translation>
    </message>
    <message>
        <source>The namespace is terminating.</source>
        <translation>命名空间正在终止。</translation>
    </message>
</context>
<context>
    <name>sd::DeployWizard</name>
    <message>
        <source>Deploy OpenIM</source>
        <translation>部署 OpenIM</translation>
    </message>
    <message>
        <source>Cluster Prerequisites</source>
        <translation>集群先决条件</translation>
    </message>
    <message>
        <source>What the cluster needs to run OpenIM with KubeBlocks, and how to fix what is missing.</source>
        <translation>集群使用 KubeBlocks 运行 OpenIM 所需的条件，以及如何修复缺失的部分。</translation>
    </message>
    <message>
        <source>Each check with its result; select one to see how to fix it.</source>
        <translation>每项检查及其结果；选择一项以查看修复方法。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>The command that fixes the selected check.</source>
        <translation>修复所选检查项的命令。</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Run every check again, for example after applying a fix.</source>
        <translation>重新运行所有检查，例如在应用修复之后。</translation>
    </message>
    <message>
        <source>Continue &amp;anyway: design the stack now, deploy once the checks pass</source>
        <translation>仍然继续(&amp;A)：现在设计栈，检查通过后再部署</translation>
    </message>
    <message>
        <source>Go on although some checks failed; deploying will fail until they are fixed.</source>
        <translation>尽管部分检查未通过仍继续；在修复之前部署将会失败。</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>栈</translation>
    </message>
    <message>
        <source>Name, namespace, OpenIM version and the size of everything.</source>
        <translation>名称、命名空间、OpenIM 版本以及各部分的规格。</translation>
    </message>
    <message>
        <source>Stack &amp;name:</source>
        <translation>栈名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Labels every object of the stack (app.kubernetes.io/part-of): lowercase letters, digits and &apos;-&apos;.</source>
        <translation>为栈的每个对象添加标签（app.kubernetes.io/part-of）：小写字母、数字和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>命名空间(&amp;P)：</translation>
    </message>
    <message>
        <source>The Kubernetes namespace everything goes into; it is created if it does not exist.</source>
        <translation>所有内容所在的 Kubernetes 命名空间；如不存在则会创建。</translation>
    </message>
    <message>
        <source>OpenIM &amp;version:</source>
        <translation>OpenIM 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>The OpenIM release: its configuration schema and image tags.</source>
        <translation>OpenIM 发行版本：其配置模式和镜像标签。</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>镜像仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>Where the images are pulled from; the Aliyun mirror is faster from mainland China.</source>
        <translation>镜像的拉取来源；在中国大陆使用阿里云镜像更快。</translation>
    </message>
    <message>
        <source>Si&amp;zing:</source>
        <translation>规格(&amp;Z)：</translation>
    </message>
    <message>
        <source>Dev/test: one replica each, small volumes, deleted with the stack. Production: replicated, larger volumes, protected from deletion.</source>
        <translation>开发/测试：每个一个副本、小卷，随栈一起删除。生产：多副本、更大的卷，受删除保护。</translation>
    </message>
    <message>
        <source>Datastores</source>
        <translation>数据存储</translation>
    </message>
    <message>
        <source>The KubeBlocks Clusters OpenIM stores its data in. Select one and choose Edit to change it.</source>
        <translation>OpenIM 存储数据所用的 KubeBlocks Cluster。选中一个并选择“编辑”即可修改。</translation>
    </message>
    <message>
        <source>The datastores of the stack; double-click one to edit it.</source>
        <translation>栈的数据存储；双击以编辑。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Edit Datastore…</source>
        <translation>编辑数据存储(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected datastore in its form.</source>
        <translation>在表单中修改所选数据存储。</translation>
    </message>
    <message>
        <source>OpenIM Components</source>
        <translation>OpenIM 组件</translation>
    </message>
    <message>
        <source>The OpenIM services and how they are sized and exposed. Select one and choose Edit to change it.</source>
        <translation>OpenIM 服务及其规格和暴露方式。选择一项并点击“编辑”进行更改。</translation>
    </message>
    <message>
        <source>The components of the stack; double-click one to edit it.</source>
        <translation>栈的组件；双击某个组件即可编辑。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>暴露方式</translation>
    </message>
    <message>
        <source>E&amp;dit Component…</source>
        <translation>编辑组件(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the selected component in its form.</source>
        <translation>在表单中更改所选组件。</translation>
    </message>
    <message>
        <source>Stack &amp;Settings…</source>
        <translation>栈设置(&amp;S)…</translation>
    </message>
    <message>
        <source>OpenIM settings of the whole stack: secret, administrators, file address, push.</source>
        <translation>整个栈的 OpenIM 设置：密钥、管理员、文件地址、推送。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>检查确认</translation>
    </message>
    <message>
        <source>Every object Stackdeck will apply, in apply order.</source>
        <translation>Stackdeck 将应用的所有对象，按应用顺序排列。</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ 已通过</translation>
    </message>
    <message>
        <source>! Warning</source>
        <translation>! 警告</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ 失败</translation>
    </message>
    <message>
        <source>Dev/test</source>
        <translation>开发/测试</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>&amp;Put on Canvas</source>
        <translation>放到画布上(&amp;P)</translation>
    </message>
    <message>
        <source>The stack name must be lowercase letters, digits and &apos;-&apos;, starting with a letter.</source>
        <translation>栈名称只能包含小写字母、数字和 &apos;-&apos;，并以字母开头。</translation>
    </message>
    <message>
        <source>The namespace must be lowercase letters, digits and &apos;-&apos;, starting with a letter.</source>
        <translation>命名空间只能包含小写字母、数字和 &apos;-&apos;，并以字母开头。</translation>
    </message>
    <message>
        <source>Not connected: the stack can be designed now and deployed once a cluster is connected.</source>
        <translation>未连接：现在可以设计栈，连接集群后再部署。</translation>
    </message>
    <message>
        <source>Checking the cluster…</source>
        <translation>正在检查集群…</translation>
    </message>
    <message>
        <source>The cluster can run the stack.</source>
        <translation>集群可以运行该栈。</translation>
    </message>
    <message>
        <source>Fix the failed checks (select one to see how), then check again.</source>
        <translation>修复未通过的检查项（选中一项查看修复方法），然后重新检查。</translation>
    </message>
    <message>
        <source>Stack %1 in namespace %2.</source>
        <translation>命名空间 %2 中的栈 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n datastore(s).</source>
        <translation>
            <numerusform>%n 个数据存储。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OpenIM component(s).</source>
        <translation>
            <numerusform>%n 个 OpenIM 组件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Design stack %1</source>
        <translation>设计栈 %1</translation>
    </message>
    <message>
        <source>What the stack consists of and, when connected, what applying it would change on the cluster (a server-side dry run). Apply deploys it; Put on Canvas only designs it.</source>
        <translation>该栈由哪些部分组成，以及在已连接时应用它会对集群做出哪些更改（服务端试运行）。“应用”会部署它；“放到画布”仅对其进行设计。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Stackdeck applies the stack in dependency order. Cancel stops it; Retry continues from where it stopped.</source>
        <translation>Stackdeck 按依赖顺序应用该栈。“取消”会停止应用；“重试”会从停止处继续。</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Every datastore Running and every component&apos;s replicas ready; the service checks of the apply.</source>
        <translation>每个数据存储均为 Running，每个组件的副本均已就绪；以及应用时的服务检查。</translation>
    </message>
    <message>
        <source>Each node of the stack with its live state.</source>
        <translation>栈中的每个节点及其实时状态。</translation>
    </message>
    <message>
        <source>Live state</source>
        <translation>实时状态</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Apply &gt;</source>
        <translation>应用(&amp;A) &gt;</translation>
    </message>
    <message>
        <source>Reading the live state of stack %1…</source>
        <translation>正在读取栈 %1 的实时状态…</translation>
    </message>
    <message>
        <source>Cannot read the live state: %1</source>
        <translation>无法读取实时状态：%1</translation>
    </message>
    <message>
        <source>Stack %1 is running: every node is ready.</source>
        <translation>栈 %1 正在运行：所有节点均已就绪。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) ready; checking again…</source>
        <translation>
            <numerusform>%n 个节点中已有 %1 个就绪；正在再次检查…</numerusform>
        </translation>
    </message>
    <message>
        <source>The service checks were not run (turned off for this cluster).</source>
        <translation>未运行服务检查（已为此集群关闭）。</translation>
    </message>
    <message>
        <source>Service checks: %1</source>
        <translation>服务检查：%1</translation>
    </message>
</context>
<context>
    <name>sd::DriftReader</name>
    <message>
        <source>Cannot read the API server&apos;s resource types: %1</source>
        <translation>无法读取 API 服务器的资源类型：%1</translation>
    </message>
    <message>
        <source>Cannot list %1 objects: %2</source>
        <translation>无法列出 %1 对象：%2</translation>
    </message>
</context>
<context>
    <name>sd::EventsDock</name>
    <message>
        <source>Warnings only</source>
        <translation>仅警告</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>筛选事件</translation>
    </message>
</context>
<context>
    <name>sd::EventsModel</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>存在时间</translation>
    </message>
</context>
<context>
    <name>sd::HealthDock</name>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Watching namespace %1…</source>
        <translation>正在监视命名空间 %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — the stack is %2: %3</source>
        <translation>%1 — 栈状态为 %2：%3</translation>
    </message>
    <message>
        <source>%1 — the stack recovered.</source>
        <translation>%1 — 栈已恢复。</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>%1 %2 (YAML)</source>
        <translation>%1 %2（YAML）</translation>
    </message>
    <message>
        <source>Service Checks…</source>
        <translation>服务检查…</translation>
    </message>
    <message>
        <source>Which Services to check through the API server, and how</source>
        <translation>通过 API server 检查哪些 Service，以及如何检查</translation>
    </message>
</context>
<context>
    <name>sd::HealthModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <source>Last restart</source>
        <translation>上次重启</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>存在时间</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>age in seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>age in minutes</comment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>age in hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>age in days</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>millicores</comment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 毫秒</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>usage of limit</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>component: phase</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
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
        <source>role: %1</source>
        <translation>角色：%1</translation>
    </message>
</context>
<context>
    <name>sd::LiveObjectsView</name>
    <message>
        <source>Connect to a cluster to see the live objects.</source>
        <translation>连接到集群以查看实时对象。</translation>
    </message>
    <message>
        <source>Reading the live objects…</source>
        <translation>正在读取实时对象…</translation>
    </message>
    <message>
        <source>Cannot read the API server&apos;s resource types.</source>
        <translation>无法读取 API 服务器的资源类型。</translation>
    </message>
    <message>
        <source>%1 %2 (not on the cluster)</source>
        <translation>%1 %2（不在集群上）</translation>
    </message>
    <message>
        <source>Cannot read %1 %2.</source>
        <translation>无法读取 %1 %2。</translation>
    </message>
    <message>
        <source>%1 %2 is not on the cluster: apply the stack to create it.</source>
        <translation>%1 %2 不在集群上：请应用该栈以创建它。</translation>
    </message>
    <message>
        <source>Edit the object, then Apply to see what changes before it is applied.</source>
        <translation>编辑对象，然后点击“应用”，在应用前查看将会发生的更改。</translation>
    </message>
    <message>
        <source>The YAML cannot be read: %1</source>
        <translation>无法读取该 YAML：%1</translation>
    </message>
    <message>
        <source>The YAML must stay one object: %1 %2.</source>
        <translation>YAML 必须保持为同一个对象：%1 %2。</translation>
    </message>
    <message>
        <source>Asking the cluster what would change…</source>
        <translation>正在向集群查询将会发生的更改…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>The cluster refuses the edit of %1 %2:</source>
        <translation>集群拒绝了对 %1 %2 的编辑:</translation>
    </message>
    <message>
        <source>Applying %1 %2 failed:</source>
        <translation>应用 %1 %2 失败:</translation>
    </message>
    <message>
        <source>The edit changes nothing on the cluster.</source>
        <translation>此编辑不会对集群做出任何更改。</translation>
    </message>
    <message>
        <source>Apply %1 %2</source>
        <translation>应用 %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Secret values are hidden here and cannot be edited.</source>
        <translation>Secret 的值在此处隐藏，且无法编辑。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>Cancel Edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Live object YAML</source>
        <translation>实时对象 YAML</translation>
    </message>
    <message>
        <source>Live object</source>
        <translation>实时对象</translation>
    </message>
    <message>
        <source>The objects on the cluster behind the selected node.</source>
        <translation>所选节点背后的集群上的对象。</translation>
    </message>
</context>
<context>
    <name>sd::LogTab</name>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep the newest line in view (scroll up to stop)</source>
        <translation>保持最新行可见（向上滚动以停止）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop updating the view; lines keep arriving and appear on resume</source>
        <translation>停止更新视图；新行会继续接收，恢复后显示</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>长行自动换行</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Show each line&apos;s timestamp</source>
        <translation>显示每行的时间戳</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Show the previous instance of restarted containers</source>
        <translation>显示已重启容器的上一个实例</translation>
    </message>
    <message>
        <source>all lines</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>tail </source>
        <translation>末尾 </translation>
    </message>
    <message>
        <source>Lines of history to read per container when opening</source>
        <translation>打开时每个容器读取的历史行数</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <source>last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Forget the lines shown so far</source>
        <translation>清除目前已显示的行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>复制选中的行</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save lines to a file</source>
        <translation>将行保存到文件</translation>
    </message>
    <message>
        <source>Save Visible Lines…</source>
        <translation>保存可见行…</translation>
    </message>
    <message>
        <source>Save All Lines…</source>
        <translation>保存所有行…</translation>
    </message>
    <message>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation>搜索（Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Only matching</source>
        <translation>仅匹配项</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug 及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info 及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Showing one request across pods; click to show all lines</source>
        <translation>正在显示跨 Pod 的单个请求；点击以显示所有行</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>log tab: target · stream state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>operationID %1 ✕</source>
        <translation>operationID %1 ✕</translation>
    </message>
    <message>
        <source>Save All Lines</source>
        <translation>保存所有行</translation>
    </message>
    <message>
        <source>Save Visible Lines</source>
        <translation>保存可见行</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>日志文件 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) ended</source>
        <translation>
            <numerusform>%n 个流已结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n 个流</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 dropped from the front (buffer full)</source>
        <translation>已从开头丢弃 %1 行（缓冲区已满）</translation>
    </message>
    <message>
        <source>paused, %1 waiting</source>
        <translation>已暂停，%1 条等待中</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>正在过滤…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>已显示 %1 行</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
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
    <message>
        <source>Open Stack</source>
        <translation>打开栈文件</translation>
    </message>
    <message>
        <source>Stack files (*.yaml *.yml);;All files (*)</source>
        <translation>栈文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Stack As</source>
        <translation>栈文件另存为</translation>
    </message>
    <message>
        <source>Stack files (*.yaml *.yml)</source>
        <translation>栈文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Open a stack file and show its topology</source>
        <translation>打开栈文件并显示其拓扑</translation>
    </message>
    <message>
        <source>Save the stack, canvas positions included</source>
        <translation>保存栈文件，包括画布上的位置</translation>
    </message>
    <message>
        <source>Save Stack &amp;As…</source>
        <translation>栈文件另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the stack under another name</source>
        <translation>以其他名称保存栈文件</translation>
    </message>
    <message>
        <source>Cannot Open Stack</source>
        <translation>无法打开栈文件</translation>
    </message>
    <message>
        <source>%1 is not a valid stack file.</source>
        <translation>%1 不是有效的栈文件。</translation>
    </message>
    <message>
        <source>Cannot Save Stack</source>
        <translation>无法保存栈文件</translation>
    </message>
    <message>
        <source>Export Topology Image</source>
        <translation>导出拓扑图像</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the topology as a PNG or SVG image</source>
        <translation>将拓扑保存为 PNG 或 SVG 图像</translation>
    </message>
    <message>
        <source>Cannot Export Image</source>
        <translation>无法导出图像</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a kubeconfig context and connect to its cluster</source>
        <translation>选择一个 kubeconfig 上下文并连接到其集群</translation>
    </message>
    <message>
        <source>Check &amp;Prerequisites…</source>
        <translation>检查前提条件(&amp;P)…</translation>
    </message>
    <message>
        <source>Check that the cluster can run OpenIM with KubeBlocks, and how to fix what is missing</source>
        <translation>检查集群能否借助 KubeBlocks 运行 OpenIM，以及如何修复缺失项</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Close the connection to the cluster</source>
        <translation>关闭与集群的连接</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>The kubeconfig cannot be used as it is.</source>
        <translation>此 kubeconfig 无法直接使用。</translation>
    </message>
    <message>
        <source>Run Credential Plugin?</source>
        <translation>运行凭据插件？</translation>
    </message>
    <message>
        <source>The kubeconfig %1 asks Stackdeck to run this program to get credentials for user &quot;%2&quot;:

%3

Run it only if you trust this kubeconfig.</source>
        <translation>kubeconfig %1 要求 Stackdeck 运行以下程序，为用户“%2”获取凭据：

%3

仅当你信任此 kubeconfig 时才运行它。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connection to %1 failed</source>
        <translation>连接到 %1 失败</translation>
    </message>
    <message>
        <source>The cluster of context &quot;%1&quot; did not answer as expected.</source>
        <translation>上下文“%1”的集群未按预期响应。</translation>
    </message>
    <message>
        <source>Context: %1 · Namespace: %2 · Kubernetes %3</source>
        <translation>上下文：%1 · 命名空间：%2 · Kubernetes %3</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>健康：%1</translation>
    </message>
    <message>
        <source>Connect to a cluster to see the logs of %1.</source>
        <translation>连接到集群以查看 %1 的日志。</translation>
    </message>
    <message>
        <source>&amp;Apply Stack…</source>
        <translation>应用栈(&amp;A)…</translation>
    </message>
    <message>
        <source>Show what applying the open stack would change on the cluster, then apply it</source>
        <translation>显示应用当前打开的栈会对集群做出哪些更改，然后应用</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected nodes from the stack</source>
        <translation>从栈中移除所选节点</translation>
    </message>
    <message>
        <source>&amp;Copy Settings</source>
        <translation>复制设置(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected node&apos;s settings</source>
        <translation>复制所选节点的设置</translation>
    </message>
    <message>
        <source>&amp;Paste Settings</source>
        <translation>粘贴设置(&amp;P)</translation>
    </message>
    <message>
        <source>Give the selected nodes the copied settings (same engine or another component)</source>
        <translation>将复制的设置赋予所选节点（相同引擎或其他组件）</translation>
    </message>
    <message>
        <source>Deploy &amp;OpenIM…</source>
        <translation>部署 OpenIM(&amp;O)…</translation>
    </message>
    <message>
        <source>Design a complete OpenIM stack step by step</source>
        <translation>逐步设计完整的 OpenIM 栈</translation>
    </message>
    <message>
        <source>Add &amp;Datastore…</source>
        <translation>添加数据存储(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a KubeBlocks datastore Cluster to the stack</source>
        <translation>向栈中添加 KubeBlocks 数据存储 Cluster</translation>
    </message>
    <message>
        <source>Add &amp;Component…</source>
        <translation>添加组件(&amp;C)…</translation>
    </message>
    <message>
        <source>Add an OpenIM component to the stack</source>
        <translation>向栈中添加一个 OpenIM 组件</translation>
    </message>
    <message>
        <source>Stack &amp;Settings…</source>
        <translation>栈设置(&amp;S)…</translation>
    </message>
    <message>
        <source>OpenIM settings of the whole stack: secret, administrators, files, push</source>
        <translation>整个栈的 OpenIM 设置：密钥、管理员、文件、推送</translation>
    </message>
    <message>
        <source>Untitled stack</source>
        <translation>未命名栈</translation>
    </message>
    <message>
        <source>Delete from the Stack</source>
        <translation>从栈中删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s) from the stack?</source>
        <translation>
            <numerusform>从栈中删除 %n 个节点？</numerusform>
        </translation>
    </message>
    <message>
        <source>The next apply deletes these objects from the cluster, where they exist:
%1
A datastore&apos;s data goes with it when its termination policy is Delete or WipeOut.</source>
        <translation>下次应用会从集群中删除这些对象（如果存在）：
%1
当数据存储的终止策略为 Delete 或 WipeOut 时，其数据也会一并删除。</translation>
    </message>
    <message>
        <source>&amp;Backup Repository…</source>
        <translation>备份存储库(&amp;B)…</translation>
    </message>
    <message>
        <source>Set up where KubeBlocks stores backups (S3, MinIO or OSS); the access keys stay in the system keychain</source>
        <translation>设置 KubeBlocks 存储备份的位置（S3、MinIO 或 OSS）；访问密钥保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The added cluster cannot be used as it is.</source>
        <translation>添加的集群无法按原样使用。</translation>
    </message>
</context>
<context>
    <name>sd::OperationDialog</name>
    <message>
        <source>Co&amp;mponent:</source>
        <translation>组件(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>副本数(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;CPU:</source>
        <translation>CPU(&amp;C):</translation>
    </message>
    <message>
        <source>e.g. 1 or 500m</source>
        <translation>例如 1 或 500m</translation>
    </message>
    <message>
        <source>M&amp;emory:</source>
        <translation>内存(&amp;E):</translation>
    </message>
    <message>
        <source>e.g. 2Gi</source>
        <translation>例如 2Gi</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>存储(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. 30Gi</source>
        <translation>例如 30Gi</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V):</translation>
    </message>
    <message>
        <source>New &amp;primary:</source>
        <translation>新主节点(&amp;P):</translation>
    </message>
    <message>
        <source>Backup &amp;method:</source>
        <translation>备份方法(&amp;M):</translation>
    </message>
    <message>
        <source>New cluster &amp;name:</source>
        <translation>新集群名称(&amp;N):</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>命名空间(&amp;M):</translation>
    </message>
    <message>
        <source>Image &amp;tag:</source>
        <translation>镜像标签(&amp;T):</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>修订版本(&amp;V):</translation>
    </message>
    <message>
        <source>What will be sent:</source>
        <translation>将要发送的内容:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>对象:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进度:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详情:</translation>
    </message>
    <message>
        <source>Progress details</source>
        <translation>进度详情</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>事件:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel &amp;operation</source>
        <translation>取消操作(&amp;O)</translation>
    </message>
    <message>
        <source>KubeBlocks can cancel horizontal and vertical scaling only; the cluster goes back to how it was.</source>
        <translation>KubeBlocks 只能取消水平和垂直扩缩容；集群将恢复到原来的状态。</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>容器(&amp;O):</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Let KubeBlocks choose</source>
        <translation>由 KubeBlocks 选择</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>当前为 %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>修订版本 %1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
</context>
<context>
    <name>sd::OperationsController</name>
    <message>
        <source>&amp;Operations</source>
        <translation>运维操作(&amp;O)</translation>
    </message>
    <message>
        <source>Connect to a cluster to run operations.</source>
        <translation>连接到集群以运行运维操作。</translation>
    </message>
    <message>
        <source>Select one datastore or component.</source>
        <translation>请选择一个数据存储或组件。</translation>
    </message>
    <message>
        <source>Operations on %1</source>
        <translation>%1 的运维操作</translation>
    </message>
    <message>
        <source>&amp;Edit on the Cluster…</source>
        <translation>在集群上编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change %1 with the component form; the change is shown as a diff before it is applied.</source>
        <translation>用组件表单修改 %1；应用前会以差异形式显示更改。</translation>
    </message>
</context>
<context>
    <name>sd::OperationsMenu</name>
    <message>
        <source>&amp;Operations</source>
        <translation>运维操作(&amp;O)</translation>
    </message>
    <message>
        <source>Checking what %1 allows…</source>
        <translation>正在检查 %1 允许的操作…</translation>
    </message>
</context>
<context>
    <name>sd::PlanDialog</name>
    <message>
        <source>Apply Stack: Plan</source>
        <translation>应用栈：计划</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sd::PlanView</name>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Show &amp;unchanged objects</source>
        <translation>显示未变更的对象(&amp;U)</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Object YAML</source>
        <translation>对象 YAML</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>尚无计划。</translation>
    </message>
    <message>
        <source>Planning stack %1 in namespace %2…</source>
        <translation>正在规划命名空间 %2 中的栈 %1…</translation>
    </message>
    <message>
        <source>Stack %1 cannot be applied to namespace %2: see the errors below.</source>
        <translation>栈 %1 无法应用到命名空间 %2：请查看下方的错误。</translation>
    </message>
    <message>
        <source>Applying stack %1 to namespace %2 on %3: %4.</source>
        <translation>正在将栈 %1 应用到 %3 上的命名空间 %2：%4。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent) → %1</source>
        <translation>（不存在）→ %1</translation>
    </message>
    <message>
        <source>%1 → (absent)</source>
        <translation>%1 →（不存在）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>sd::Planner</name>
    <message>
        <source>Reading the API server&apos;s resource types…</source>
        <translation>正在读取 API 服务器的资源类型…</translation>
    </message>
    <message>
        <source>Cannot read the API server&apos;s resource types: %1</source>
        <translation>无法读取 API 服务器的资源类型：%1</translation>
    </message>
    <message>
        <source>The cluster does not serve %1 (%2): KubeBlocks 1.0 is not installed.</source>
        <translation>集群未提供 %1（%2）：未安装 KubeBlocks 1.0。</translation>
    </message>
    <message>
        <source>The cluster does not serve %1 (%2).</source>
        <translation>集群未提供 %1（%2）。</translation>
    </message>
    <message>
        <source>Comparing with the live objects…</source>
        <translation>正在与实时对象比较…</translation>
    </message>
    <message>
        <source>Cannot read namespace %1: %2</source>
        <translation>无法读取命名空间 %1：%2</translation>
    </message>
    <message>
        <source>The namespace exists and was not created by Stackdeck; it is used as it is.</source>
        <translation>该命名空间已存在且不是由 Stackdeck 创建的；将按原样使用。</translation>
    </message>
    <message>
        <source>The namespace does not exist yet, so the server checks this object when it is applied.</source>
        <translation>命名空间尚不存在，因此服务器会在应用此对象时对其进行检查。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: fields set by another field manager will be taken over by Stackdeck: %2</source>
        <translation>%1：由其他字段管理器设置的字段将由 Stackdeck 接管：%2</translation>
    </message>
    <message>
        <source>The API server rejects %1: %2</source>
        <translation>API 服务器拒绝了 %1：%2</translation>
    </message>
    <message>
        <source>Generated once with strong random values for: %1.</source>
        <translation>已为以下项一次性生成强随机值：%1。</translation>
    </message>
    <message>
        <source>Cannot read Secret %1: %2</source>
        <translation>无法读取 Secret %1：%2</translation>
    </message>
    <message>
        <source>Existing values are kept.</source>
        <translation>保留现有值。</translation>
    </message>
    <message>
        <source>Existing values are kept; missing keys are generated.</source>
        <translation>保留现有值；生成缺失的键。</translation>
    </message>
    <message>
        <source>Cannot list %1 objects: %2</source>
        <translation>无法列出 %1 对象：%2</translation>
    </message>
    <message>
        <source>terminationPolicy is DoNotTerminate: Stackdeck will not delete this Cluster.</source>
        <translation>terminationPolicy 为 DoNotTerminate：Stackdeck 不会删除此 Cluster。</translation>
    </message>
    <message>
        <source>Cluster %1 is no longer in the stack but has terminationPolicy DoNotTerminate; it stays. Change its policy to delete it.</source>
        <translation>Cluster %1 已不在栈中，但其 terminationPolicy 为 DoNotTerminate；将予以保留。更改其策略后才能删除。</translation>
    </message>
    <message>
        <source>terminationPolicy %1: KubeBlocks removes its data volumes%2.</source>
        <translation>terminationPolicy %1：KubeBlocks 会删除其数据卷%2。</translation>
    </message>
    <message>
        <source> and backups</source>
        <translation> 及备份</translation>
    </message>
    <message>
        <source>Checking capacity…</source>
        <translation>正在检查容量…</translation>
    </message>
    <message>
        <source>Capacity was not checked: %1</source>
        <translation>未检查容量：%1</translation>
    </message>
</context>
<context>
    <name>sd::PrerequisiteChecker</name>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes 版本</translation>
    </message>
    <message>
        <source>The server did not report its version.</source>
        <translation>服务器未报告其版本。</translation>
    </message>
    <message>
        <source>Upgrade the cluster to Kubernetes 1.25 or newer with your provider&apos;s tools (e.g. “gcloud container clusters upgrade”, “eksctl upgrade cluster”).</source>
        <translation>请使用云服务商的工具将集群升级到 Kubernetes 1.25 或更高版本（例如“gcloud container clusters upgrade”“eksctl upgrade cluster”）。</translation>
    </message>
    <message>
        <source>Kubernetes %1 is too old; at least 1.22 is required.</source>
        <translation>Kubernetes %1 版本过旧；至少需要 1.22。</translation>
    </message>
    <message>
        <source>Kubernetes %1 works, but KubeBlocks&apos; CRD validation rules are only enforced from 1.25.</source>
        <translation>Kubernetes %1 可以使用，但 KubeBlocks 的 CRD 验证规则从 1.25 起才会生效。</translation>
    </message>
    <message>
        <source>Kubernetes %1.</source>
        <translation>Kubernetes %1。</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n node(s) is Ready and schedulable.</source>
        <translation>
            <numerusform>%n 个节点中没有任何一个处于 Ready 且可调度状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 Ready node(s) have at least 4 CPUs and 8 GiB; 3 are recommended for a production stack (fine for a development cluster).</source>
        <translation>%2 个 Ready 节点中有 %1 个至少具有 4 个 CPU 和 8 GiB 内存；生产环境建议 3 个（开发集群可以不满足）。</translation>
    </message>
    <message>
        <source>Add nodes of at least 4 CPUs and 8 GiB to the cluster&apos;s node pool.</source>
        <translation>向集群的节点池添加至少具有 4 个 CPU 和 8 GiB 内存的节点。</translation>
    </message>
    <message numerus="yes">
        <source>%n Ready node(s) with at least 4 CPUs and 8 GiB.</source>
        <translation>
            <numerusform>%n 个 Ready 节点至少具有 4 个 CPU 和 8 GiB 内存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Network and DNS</source>
        <translation>网络和 DNS</translation>
    </message>
    <message>
        <source>The pod network is not ready on: %1.</source>
        <translation>以下节点上的 Pod 网络尚未就绪：%1。</translation>
    </message>
    <message>
        <source>No Ready cluster DNS pod (label k8s-app=kube-dns) was found in kube-system; services may not resolve.</source>
        <translation>在 kube-system 中未找到处于 Ready 状态的集群 DNS Pod（标签 k8s-app=kube-dns）；服务可能无法解析。</translation>
    </message>
    <message numerus="yes">
        <source>Pod network ready on all nodes; %n cluster DNS pod(s) Ready.</source>
        <translation>
            <numerusform>所有节点上的 Pod 网络均已就绪；%n 个集群 DNS Pod 处于 Ready 状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>Default StorageClass</source>
        <translation>默认 StorageClass</translation>
    </message>
    <message>
        <source>Install a storage provisioner (e.g. local-path-provisioner, or your cloud&apos;s CSI driver) and mark its StorageClass as default.</source>
        <translation>安装存储制备器（例如 local-path-provisioner 或云服务商的 CSI 驱动），并将其 StorageClass 标记为默认。</translation>
    </message>
    <message>
        <source>The cluster has no StorageClass.</source>
        <translation>集群中没有 StorageClass。</translation>
    </message>
    <message>
        <source>None of the StorageClasses (%1) is the default.</source>
        <translation>所有 StorageClass（%1）均不是默认存储类。</translation>
    </message>
    <message>
        <source>Several StorageClasses are marked default (%1); Kubernetes picks the newest.</source>
        <translation>有多个 StorageClass 被标记为默认（%1）；Kubernetes 会选择最新的一个。</translation>
    </message>
    <message>
        <source>StorageClass “%1” is the default.</source>
        <translation>StorageClass“%1”是默认存储类。</translation>
    </message>
    <message>
        <source>KubeBlocks APIs</source>
        <translation>KubeBlocks API</translation>
    </message>
    <message>
        <source>The KubeBlocks 1.0 APIs are served.</source>
        <translation>已提供 KubeBlocks 1.0 API。</translation>
    </message>
    <message>
        <source>KubeBlocks older than 1.0 is installed (apps.kubeblocks.io/v1 is not served); Stackdeck needs KubeBlocks 1.0.</source>
        <translation>已安装的 KubeBlocks 版本低于 1.0（未提供 apps.kubeblocks.io/v1）；Stackdeck 需要 KubeBlocks 1.0。</translation>
    </message>
    <message>
        <source>These KubeBlocks APIs are not served: %1.</source>
        <translation>以下 KubeBlocks API 未提供：%1。</translation>
    </message>
    <message>
        <source>KubeBlocks operator</source>
        <translation>KubeBlocks 控制器（operator）</translation>
    </message>
    <message>
        <source>No KubeBlocks operator deployment was found (label app.kubernetes.io/name=kubeblocks).</source>
        <translation>未找到 KubeBlocks operator 的 Deployment（标签 app.kubernetes.io/name=kubeblocks）。</translation>
    </message>
    <message>
        <source>The KubeBlocks operator in namespace “%1” has no available replica.</source>
        <translation>命名空间“%1”中的 KubeBlocks operator 没有可用副本。</translation>
    </message>
    <message>
        <source>KubeBlocks %1 is installed; Stackdeck needs 1.0.</source>
        <translation>已安装 KubeBlocks %1；Stackdeck 需要 1.0。</translation>
    </message>
    <message>
        <source>KubeBlocks %1 runs in “%2”, but its data protection controller is not available: backups will not run.</source>
        <translation>KubeBlocks %1 运行于“%2”，但其数据保护控制器不可用：备份将无法运行。</translation>
    </message>
    <message>
        <source>KubeBlocks %1 is running in namespace “%2”.</source>
        <translation>KubeBlocks %1 正在命名空间“%2”中运行。</translation>
    </message>
    <message>
        <source>KubeBlocks addon “%1”</source>
        <translation>KubeBlocks 插件“%1”</translation>
    </message>
    <message>
        <source>The addon is not installed.</source>
        <translation>未安装该插件。</translation>
    </message>
    <message>
        <source>Enabled (version %1).</source>
        <translation>已启用（版本 %1）。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Being enabled; check again in a minute.</source>
        <translation>正在启用；请一分钟后再检查。</translation>
    </message>
    <message>
        <source>The addon is %1.</source>
        <translation>该插件的状态为“%1”。</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>处于未知状态</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message numerus="yes">
        <source>All %n permission(s) Stackdeck uses are granted.</source>
        <translation>
            <numerusform>已授予 Stackdeck 使用的全部 %n 项权限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not allowed in namespace “%1”: %2.</source>
        <translation>在命名空间“%1”中不允许：%2。</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>无法检查：%1</translation>
    </message>
    <message>
        <source>KubeBlocks addons</source>
        <translation>KubeBlocks 插件</translation>
    </message>
</context>
<context>
    <name>sd::PrerequisitesDialog</name>
    <message>
        <source>Cluster Prerequisites</source>
        <translation>集群先决条件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>How to fix the selected check:</source>
        <translation>如何修复所选检查项：</translation>
    </message>
    <message>
        <source>&amp;Copy Fix</source>
        <translation>复制修复命令(&amp;C)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>✓ Passed</source>
        <translation>✓ 已通过</translation>
    </message>
    <message>
        <source>! Warning</source>
        <translation>! 警告</translation>
    </message>
    <message>
        <source>✕ Failed</source>
        <translation>✕ 失败</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>未连接到集群。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Select one to see how to fix it.</source>
        <translation>
            <numerusform>%n 项检查失败。选择一项以查看修复方法。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster can run the stack, with %n warning(s).</source>
        <translation>
            <numerusform>集群可以运行此栈，但有 %n 个警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster meets every prerequisite.</source>
        <translation>集群满足所有前提条件。</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>无需修复。</translation>
    </message>
</context>
<context>
    <name>sd::PropertiesDock</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Manifests</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>The objects Stackdeck will apply for this node, generated from the stack.</source>
        <translation>Stackdeck 将为此节点应用的对象，由栈生成。</translation>
    </message>
    <message>
        <source>%1 requested, %2 limit</source>
        <extracomment>A resource request and limit, e.g. &quot;250m requested, 500m limit&quot;</extracomment>
        <translation>请求 %1，上限 %2</translation>
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
        <source>Apps and browsers outside the cluster. They reach OpenIM through the components exposed with a NodePort, LoadBalancer or Ingress.</source>
        <translation>集群外部的应用和浏览器。它们通过以 NodePort、LoadBalancer 或 Ingress 暴露的组件访问 OpenIM。</translation>
    </message>
    <message>
        <source>OpenIM component (Deployment)</source>
        <translation>OpenIM 组件（Deployment）</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>暴露方式</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>%1 datastore (KubeBlocks Cluster)</source>
        <extracomment>Subtitle of a datastore: engine name, then the KubeBlocks kind</extracomment>
        <translation>%1 数据存储（KubeBlocks Cluster）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>%1 (default StorageClass)</source>
        <translation>%1（默认 StorageClass）</translation>
    </message>
    <message>
        <source>Termination policy</source>
        <translation>终止策略</translation>
    </message>
    <message>
        <source>In-cluster address</source>
        <translation>集群内地址</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>无需凭据</translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation>Secret %1</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用方</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Ingress (%1)</source>
        <translation>Ingress（%1）</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Outside the stack: used as it is, never changed or deleted</source>
        <translation>位于栈之外：按原样使用，绝不会被更改或删除</translation>
    </message>
</context>
<context>
    <name>sd::SecretJob</name>
    <message>
        <source>The keychain holds no entry “%1”, or it is locked.</source>
        <translation>钥匙串中没有条目“%1”，或钥匙串已锁定。</translation>
    </message>
    <message>
        <source>No keychain service is available: the desktop&apos;s Secret Service (GNOME Keyring or KWallet) is not running or not reachable.</source>
        <translation>没有可用的钥匙串服务：桌面的 Secret Service（GNOME Keyring 或 KWallet）未运行或无法访问。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (for example by logging in to the desktop session) and try again.</source>
        <translation>钥匙串已锁定或拒绝了访问。请将其解锁（例如登录桌面会话）后重试。</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be waiting for an unlock prompt, or it is not responding.</source>
        <translation>
            <numerusform>钥匙串在 %n 秒内未响应。它可能正在等待解锁提示，或者没有响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>钥匙串报告了一个错误。</translation>
    </message>
    <message>
        <source>%1 (Details: %2)</source>
        <translation>%1（详情：%2）</translation>
    </message>
</context>
<context>
    <name>sd::ServiceChecksDialog</name>
    <message>
        <source>Check the OpenIM components automatically (metrics over HTTP, else TCP)</source>
        <translation>自动检查 OpenIM 组件（优先通过 HTTP 读取指标，否则使用 TCP）</translation>
    </message>
    <message>
        <source>Service Checks</source>
        <translation>服务检查</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Your own checks go through the API server&apos;s services proxy. HTTP passes on a 2xx or 3xx answer; TCP passes when the port accepts a connection.</source>
        <translation>自定义检查通过 API server 的 services 代理进行。HTTP 在返回 2xx 或 3xx 时通过；TCP 在端口接受连接时通过。</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
</context>
<context>
    <name>sd::StackForms</name>
    <message>
        <source>Edit %1 on the cluster</source>
        <translation>在集群上编辑 %1</translation>
    </message>
</context>
<context>
    <name>sd::StackSettingsPage</name>
    <message>
        <source>Stack Settings</source>
        <translation>栈设置</translation>
    </message>
    <message>
        <source>OpenIM secret (share.secret)</source>
        <translation>OpenIM 密钥（share.secret）</translation>
    </message>
    <message>
        <source>&amp;Generate a strong secret and keep it in the stack&apos;s Secret</source>
        <translation>生成强密钥并保存在栈的 Secret 中(&amp;G)</translation>
    </message>
    <message>
        <source>Stackdeck creates a random secret once, stores it in the openim-secret Secret and never changes it.</source>
        <translation>Stackdeck 会一次性创建一个随机密钥，将其存储在 openim-secret Secret 中，且永不更改。</translation>
    </message>
    <message>
        <source>Use a key of an &amp;existing Secret</source>
        <translation>使用现有 Secret 中的键(&amp;E)</translation>
    </message>
    <message>
        <source>The secret stays in a Secret you manage; Stackdeck only refers to it.</source>
        <translation>密钥保存在由您管理的 Secret 中；Stackdeck 只引用它。</translation>
    </message>
    <message>
        <source>Secret &amp;name:</source>
        <translation>Secret 名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of the Secret in the stack&apos;s namespace.</source>
        <translation>栈所在命名空间中 Secret 的名称。</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Secret 键(&amp;K)：</translation>
    </message>
    <message>
        <source>The key in that Secret that holds the value.</source>
        <translation>该 Secret 中保存该值的键。</translation>
    </message>
    <message>
        <source>Administrators (imAdminUser)</source>
        <translation>管理员（imAdminUser）</translation>
    </message>
    <message>
        <source>OpenIM users with administrator rights: a user ID and a nickname each.</source>
        <translation>具有管理员权限的 OpenIM 用户：每个用户需有用户 ID 和昵称。</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>&amp;Add Administrator</source>
        <translation>添加管理员(&amp;A)</translation>
    </message>
    <message>
        <source>Add an administrator.</source>
        <translation>添加管理员。</translation>
    </message>
    <message>
        <source>&amp;Remove Administrator</source>
        <translation>移除管理员(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected administrator.</source>
        <translation>移除所选管理员。</translation>
    </message>
    <message>
        <source>&amp;MinIO external address:</source>
        <translation>MinIO 外部地址(&amp;M)：</translation>
    </message>
    <message>
        <source>https://files.example.com</source>
        <translation>https://files.example.com</translation>
    </message>
    <message>
        <source>The http:// or https:// address clients use to download files (presigned URLs point there).</source>
        <translation>客户端下载文件所用的 http:// 或 https:// 地址（预签名 URL 指向此地址）。</translation>
    </message>
    <message>
        <source>&amp;Push provider:</source>
        <translation>推送提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>The service that delivers offline push notifications; its credentials come from Secrets.</source>
        <translation>发送离线推送通知的服务；其凭据来自 Secret。</translation>
    </message>
    <message>
        <source>For each credential the provider needs: the Secret and key that hold it.</source>
        <translation>提供方所需的每项凭据：保存该凭据的 Secret 和键。</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Edit stack settings</source>
        <translation>编辑栈设置</translation>
    </message>
    <message>
        <source>Enter the name of a Secret (lowercase letters, digits, &apos;-&apos; and &apos;.&apos;).</source>
        <translation>请输入 Secret 的名称（小写字母、数字、&apos;-&apos; 和 &apos;.&apos;）。</translation>
    </message>
    <message>
        <source>Enter the key in the Secret (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>请输入 Secret 中的键（字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;）。</translation>
    </message>
    <message>
        <source>Add at least one administrator.</source>
        <translation>请至少添加一名管理员。</translation>
    </message>
    <message>
        <source>Every administrator needs a user ID.</source>
        <translation>每个管理员都需要用户 ID。</translation>
    </message>
    <message>
        <source>The user ID %1 is listed twice.</source>
        <translation>用户 ID %1 重复列出了两次。</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, such as https://files.example.com.</source>
        <translation>请输入 http:// 或 https:// 地址，例如 https://files.example.com。</translation>
    </message>
    <message>
        <source>Name the Secret and key that hold the %1 credential.</source>
        <translation>请指定保存 %1 凭据的 Secret 和键。</translation>
    </message>
</context>
<context>
    <name>sd::StatusReader</name>
    <message>
        <source>Cannot read namespace %1: %2</source>
        <translation>无法读取命名空间 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the API server&apos;s resource types: %1</source>
        <translation>无法读取 API 服务器的资源类型：%1</translation>
    </message>
    <message>
        <source>Cannot list %1 objects: %2</source>
        <translation>无法列出 %1 对象：%2</translation>
    </message>
</context>
<context>
    <name>sd::sim::Cluster</name>
    <message>
        <source>the cluster has not been started</source>
        <translation>集群尚未启动</translation>
    </message>
</context>
</TS>
