#include "ops/operationplan.h"

#include "common/tr.h"
#include "deploy/kubeobject.h"
#include "stack/yamlwriter.h"

#include <QJsonArray>

namespace sd {

QString OperationPlan::verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return QStringLiteral("ready");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Unsupported:
        return QStringLiteral("unsupported");
    case Verdict::Denied:
        return QStringLiteral("denied");
    case Verdict::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString OperationPlan::methodId(Method method)
{
    switch (method) {
    case Method::Create:
        return QStringLiteral("create");
    case Method::Apply:
        return QStringLiteral("apply");
    case Method::Update:
        return QStringLiteral("update");
    case Method::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString OperationPlan::text() const
{
    QString out;
    if (createNamespace)
        out += Tr::tr("+ Namespace %1\n").arg(ns);
    switch (method) {
    case Method::Create:
        out += QString::fromUtf8(YamlWriter::write(nlohmann::ordered_json(body)));
        break;
    case Method::Delete:
        out += QStringLiteral("- %1 %2/%3\n").arg(type.kind, ns, name);
        break;
    case Method::Apply:
    case Method::Update:
        out += QStringLiteral("~ %1 %2/%3\n").arg(type.kind, ns, name);
        for (const FieldChange &c : changes) {
            if (c.added)
                out += Tr::tr("    %1: (absent) → %2\n").arg(c.path, c.after);
            else if (c.removed)
                out += Tr::tr("    %1: %2 → (absent)\n").arg(c.path, c.before);
            else
                out += Tr::tr("    %1: %2 → %3\n").arg(c.path, c.before, c.after);
        }
        if (method == Method::Apply) {
            out += Tr::tr("Server-side apply (field manager %1):\n").arg(fieldManager);
            out += QString::fromUtf8(YamlWriter::write(nlohmann::ordered_json(body)));
        }
        break;
    }
    return out;
}

QJsonObject OperationPlan::toJson() const
{
    QJsonArray changeList;
    for (const FieldChange &c : changes)
        changeList.append(QJsonObject{{QStringLiteral("path"), c.path},
                                      {QStringLiteral("before"), c.before},
                                      {QStringLiteral("after"), c.after}});
    QJsonObject out{{QStringLiteral("target"), request.target.display()},
                    {QStringLiteral("action"), Operation::id(request.action)},
                    {QStringLiteral("verdict"), verdictId(verdict)},
                    {QStringLiteral("reason"), reason},
                    {QStringLiteral("summary"), summary}};
    if (ready()) {
        out.insert(QStringLiteral("method"), methodId(method));
        out.insert(QStringLiteral("kind"), type.kind);
        out.insert(QStringLiteral("namespace"), ns);
        out.insert(QStringLiteral("name"), name);
        out.insert(QStringLiteral("createNamespace"), createNamespace);
        if (method != Method::Delete)
            out.insert(QStringLiteral("object"), KubeObject::toQt(body));
        out.insert(QStringLiteral("changes"), changeList);
    }
    return out;
}

OperationPlan OperationPlan::refused(const OperationRequest &request, Verdict verdict, const QString &reason)
{
    OperationPlan p;
    p.request = request;
    p.verdict = verdict;
    p.reason = reason;
    return p;
}

} // namespace sd
