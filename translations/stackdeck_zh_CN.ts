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
        <source>No contexts found. Choose a kubeconfig file, or start Stackdeck with --demo.</source>
        <translation>未找到上下文。请选择一个 kubeconfig 文件，或使用 --demo 启动 Stackdeck。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
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
        <translation>未知</translation>
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
        <translation>集群前提条件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
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
        <translation>✓ 通过</translation>
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
        <translation>副本数</translation>
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
</context>
<context>
    <name>sd::sim::Cluster</name>
    <message>
        <source>the cluster has not been started</source>
        <translation>集群尚未启动</translation>
    </message>
</context>
</TS>
