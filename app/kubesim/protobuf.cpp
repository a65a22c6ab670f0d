#include "kubesim/protobuf.h"

#include <QDateTime>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace sd::sim {

namespace {
using json = nlohmann::json;

// Field kinds: s string, i varint integer, b bool (I, B: optional pointers in Go, whose zero values
// are meaningful and kept; zero values of the others mean "unset", as Go's omitempty does in JSON), y bytes (base64 in JSON), ms map<string,string>,
// my map<string,bytes>, mq map<string,Quantity>, io IntOrString, or a message name.
struct Field
{
    int number;
    const char *name;
    const char *kind;
    bool repeated = false;
};

const std::map<std::string, std::vector<Field>> &messages()
{
    static const std::map<std::string, std::vector<Field>> m = {
        {"ObjectMeta", {{1, "name", "s"}, {2, "generateName", "s"}, {3, "namespace", "s"}, {5, "uid", "s"},
                        {6, "resourceVersion", "s"}, {7, "generation", "i"}, {11, "labels", "ms"},
                        {12, "annotations", "ms"}, {13, "ownerReferences", "OwnerReference", true},
                        {14, "finalizers", "s", true}}},
        {"OwnerReference", {{1, "kind", "s"}, {3, "name", "s"}, {4, "uid", "s"}, {5, "apiVersion", "s"},
                            {6, "controller", "B"}, {7, "blockOwnerDeletion", "B"}}},
        {"LabelSelector", {{1, "matchLabels", "ms"}, {2, "matchExpressions", "LabelSelectorRequirement", true}}},
        {"LabelSelectorRequirement", {{1, "key", "s"}, {2, "operator", "s"}, {3, "values", "s", true}}},
        {"ConfigMap", {{1, "metadata", "ObjectMeta"}, {2, "data", "ms"}, {3, "binaryData", "my"}, {4, "immutable", "B"}}},
        {"Secret", {{1, "metadata", "ObjectMeta"}, {2, "data", "my"}, {3, "type", "s"}, {4, "stringData", "ms"},
                    {5, "immutable", "B"}}},
        {"Namespace", {{1, "metadata", "ObjectMeta"}, {2, "spec", "NamespaceSpec"}}},
        {"NamespaceSpec", {{1, "finalizers", "s", true}}},
        {"ServiceAccount", {{1, "metadata", "ObjectMeta"}, {3, "imagePullSecrets", "LocalObjectReference", true},
                            {4, "automountServiceAccountToken", "B"}}},
        {"LocalObjectReference", {{1, "name", "s"}}},
        {"Service", {{1, "metadata", "ObjectMeta"}, {2, "spec", "ServiceSpec"}}},
        {"ServiceSpec", {{1, "ports", "ServicePort", true}, {2, "selector", "ms"}, {3, "clusterIP", "s"}, {4, "type", "s"},
                         {5, "externalIPs", "s", true}, {7, "sessionAffinity", "s"}, {10, "externalName", "s"},
                         {11, "externalTrafficPolicy", "s"}, {13, "publishNotReadyAddresses", "b"},
                         {17, "ipFamilyPolicy", "s"}, {18, "clusterIPs", "s", true}, {19, "ipFamilies", "s", true}}},
        {"ServicePort", {{1, "name", "s"}, {2, "protocol", "s"}, {3, "port", "i"}, {4, "targetPort", "io"},
                         {5, "nodePort", "i"}, {6, "appProtocol", "s"}}},
        {"Deployment", {{1, "metadata", "ObjectMeta"}, {2, "spec", "DeploymentSpec"}}},
        {"DeploymentSpec", {{1, "replicas", "I"}, {2, "selector", "LabelSelector"}, {3, "template", "PodTemplateSpec"},
                            {4, "strategy", "DeploymentStrategy"}, {5, "minReadySeconds", "i"},
                            {6, "revisionHistoryLimit", "I"}, {7, "paused", "b"}, {9, "progressDeadlineSeconds", "I"}}},
        {"DeploymentStrategy", {{1, "type", "s"}, {2, "rollingUpdate", "RollingUpdateDeployment"}}},
        {"RollingUpdateDeployment", {{1, "maxUnavailable", "io"}, {2, "maxSurge", "io"}}},
        {"PodTemplateSpec", {{1, "metadata", "ObjectMeta"}, {2, "spec", "PodSpec"}}},
        {"PodSpec", {{1, "volumes", "Volume", true}, {2, "containers", "Container", true}, {3, "restartPolicy", "s"},
                     {4, "terminationGracePeriodSeconds", "I"}, {6, "dnsPolicy", "s"}, {7, "nodeSelector", "ms"},
                     {8, "serviceAccountName", "s"}, {10, "nodeName", "s"}, {15, "imagePullSecrets", "LocalObjectReference", true},
                     {16, "hostname", "s"}, {17, "subdomain", "s"}, {19, "schedulerName", "s"},
                     {20, "initContainers", "Container", true}, {24, "priorityClassName", "s"}}},
        {"Volume", {{1, "name", "s"}}},
        {"Container", {{1, "name", "s"}, {2, "image", "s"}, {3, "command", "s", true}, {4, "args", "s", true},
                       {5, "workingDir", "s"}, {6, "ports", "ContainerPort", true}, {7, "env", "EnvVar", true},
                       {8, "resources", "ResourceRequirements"}, {9, "volumeMounts", "VolumeMount", true},
                       {13, "terminationMessagePath", "s"}, {14, "imagePullPolicy", "s"}, {16, "stdin", "b"},
                       {17, "stdinOnce", "b"}, {18, "tty", "b"}, {20, "terminationMessagePolicy", "s"}}},
        {"ContainerPort", {{1, "name", "s"}, {2, "hostPort", "i"}, {3, "containerPort", "i"}, {4, "protocol", "s"},
                           {5, "hostIP", "s"}}},
        {"EnvVar", {{1, "name", "s"}, {2, "value", "s"}}},
        {"ResourceRequirements", {{1, "limits", "mq"}, {2, "requests", "mq"}}},
        {"VolumeMount", {{1, "name", "s"}, {2, "readOnly", "b"}, {3, "mountPath", "s"}, {4, "subPath", "s"}}},
        {"Role", {{1, "metadata", "ObjectMeta"}, {2, "rules", "PolicyRule", true}}},
        {"ClusterRole", {{1, "metadata", "ObjectMeta"}, {2, "rules", "PolicyRule", true}}},
        {"PolicyRule", {{1, "verbs", "s", true}, {2, "apiGroups", "s", true}, {3, "resources", "s", true},
                        {4, "resourceNames", "s", true}, {5, "nonResourceURLs", "s", true}}},
        {"RoleBinding", {{1, "metadata", "ObjectMeta"}, {2, "subjects", "Subject", true}, {3, "roleRef", "RoleRef"}}},
        {"ClusterRoleBinding", {{1, "metadata", "ObjectMeta"}, {2, "subjects", "Subject", true}, {3, "roleRef", "RoleRef"}}},
        {"Subject", {{1, "kind", "s"}, {2, "apiGroup", "s"}, {3, "name", "s"}, {4, "namespace", "s"}}},
        {"RoleRef", {{1, "apiGroup", "s"}, {2, "kind", "s"}, {3, "name", "s"}}},
        {"SelfSubjectAccessReview", {{1, "metadata", "ObjectMeta"}, {2, "spec", "SelfSubjectAccessReviewSpec"}}},
        {"SelfSubjectAccessReviewSpec", {{1, "resourceAttributes", "ResourceAttributes"},
                                         {2, "nonResourceAttributes", "NonResourceAttributes"}}},
        {"ResourceAttributes", {{1, "namespace", "s"}, {2, "verb", "s"}, {3, "group", "s"}, {4, "version", "s"},
                                {5, "resource", "s"}, {6, "subresource", "s"}, {7, "name", "s"}}},
        {"NonResourceAttributes", {{1, "path", "s"}, {2, "verb", "s"}}},
        {"SelfSubjectRulesReview", {{1, "metadata", "ObjectMeta"}, {2, "spec", "SelfSubjectRulesReviewSpec"}}},
        {"SelfSubjectRulesReviewSpec", {{1, "namespace", "s"}}},
        {"Unknown", {{1, "typeMeta", "TypeMeta"}, {2, "raw", "y"}, {3, "contentEncoding", "s"}, {4, "contentType", "s"}}},
        {"TypeMeta", {{1, "apiVersion", "s"}, {2, "kind", "s"}}},
        {"MapEntry", {{1, "key", "s"}, {2, "value", "y"}}},
    };
    return m;
}

class Reader
{
public:
    Reader(const char *data, size_t size) : m_p(reinterpret_cast<const unsigned char *>(data)), m_end(m_p + size) {}
    bool atEnd() const { return m_p >= m_end; }
    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                throw std::runtime_error("truncated varint");
            const unsigned char b = *m_p++;
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        throw std::runtime_error("varint too long");
    }
    std::string bytes()
    {
        const quint64 len = varint();
        if (len > quint64(m_end - m_p))
            throw std::runtime_error("truncated field");
        std::string out(reinterpret_cast<const char *>(m_p), size_t(len));
        m_p += len;
        return out;
    }
    void skip(int wireType)
    {
        switch (wireType) {
        case 0: varint(); break;
        case 1: advance(8); break;
        case 2: bytes(); break;
        case 5: advance(4); break;
        default: throw std::runtime_error("unsupported wire type");
        }
    }

private:
    void advance(size_t n)
    {
        if (n > size_t(m_end - m_p))
            throw std::runtime_error("truncated field");
        m_p += n;
    }
    const unsigned char *m_p;
    const unsigned char *m_end;
};

json decodeMessage(const std::string &type, const std::string &data, int depth);

json decodeValue(const Field &f, Reader &r, int wireType, int depth)
{
    const std::string kind = f.kind;
    if (kind == "i" || kind == "I") {
        if (wireType != 0)
            throw std::runtime_error("expected a varint");
        return qint64(r.varint());
    }
    if (kind == "b" || kind == "B") {
        if (wireType != 0)
            throw std::runtime_error("expected a varint");
        return r.varint() != 0;
    }
    if (wireType != 2)
        throw std::runtime_error("expected a length-delimited field");
    const std::string raw = r.bytes();
    if (kind == "s")
        return raw;
    if (kind == "y")
        return QByteArray::fromStdString(raw).toBase64().toStdString();
    if (kind == "io") {
        Reader ir(raw.data(), raw.size());
        qint64 t = 0, i = 0;
        std::string s;
        while (!ir.atEnd()) {
            const quint64 key = ir.varint();
            const int num = int(key >> 3);
            if (num == 1)
                t = qint64(ir.varint());
            else if (num == 2)
                i = qint64(ir.varint());
            else if (num == 3)
                s = ir.bytes();
            else
                ir.skip(int(key & 7));
        }
        return t == 1 ? json(s) : json(i);
    }
    return decodeMessage(kind, raw, depth + 1);
}

json decodeMessage(const std::string &type, const std::string &data, int depth)
{
    if (depth > 32)
        throw std::runtime_error("message nested too deeply");
    auto it = messages().find(type);
    if (it == messages().end())
        throw std::runtime_error("no protobuf description for " + type);
    json out = json::object();
    Reader r(data.data(), data.size());
    while (!r.atEnd()) {
        const quint64 key = r.varint();
        const int number = int(key >> 3);
        const int wireType = int(key & 7);
        const Field *field = nullptr;
        for (const Field &f : it->second) {
            if (f.number == number)
                field = &f;
        }
        if (!field) {
            r.skip(wireType);
            continue;
        }
        const std::string kind = field->kind;
        if (kind == "ms" || kind == "my" || kind == "mq") {
            if (wireType != 2)
                throw std::runtime_error("expected a map entry");
            const std::string entry = r.bytes();
            Reader er(entry.data(), entry.size());
            std::string k, v;
            while (!er.atEnd()) {
                const quint64 ek = er.varint();
                if ((ek >> 3) == 1)
                    k = er.bytes();
                else if ((ek >> 3) == 2)
                    v = er.bytes();
                else
                    er.skip(int(ek & 7));
            }
            if (kind == "my") {
                out[field->name][k] = QByteArray::fromStdString(v).toBase64().toStdString();
            } else if (kind == "mq") {
                Reader qr(v.data(), v.size());
                std::string text;
                while (!qr.atEnd()) {
                    const quint64 qk = qr.varint();
                    if ((qk >> 3) == 1)
                        text = qr.bytes();
                    else
                        qr.skip(int(qk & 7));
                }
                out[field->name][k] = text;
            } else {
                out[field->name][k] = v;
            }
            continue;
        }
        json value = decodeValue(*field, r, wireType, depth);
        const bool zero = (kind == "s" && value == "") || (kind == "i" && value == 0) || (kind == "b" && value == false);
        if (zero && !field->repeated)
            continue;
        if (field->repeated)
            out[field->name].push_back(std::move(value));
        else
            out[field->name] = std::move(value);
    }
    return out;
}
} // namespace

std::optional<json> decodeKubernetesProtobuf(const QByteArray &body, QString *error)
{
    try {
        if (!body.startsWith(QByteArrayView("k8s\0", 4)))
            throw std::runtime_error("missing the k8s protobuf magic prefix");
        const std::string envelope = body.mid(4).toStdString();
        const json unknown = decodeMessage("Unknown", envelope, 0);
        const json typeMeta = unknown.value("typeMeta", json::object());
        const std::string kind = typeMeta.value("kind", std::string());
        if (!unknown.value("contentEncoding", std::string()).empty())
            throw std::runtime_error("content encodings are not supported");
        const std::string raw = QByteArray::fromBase64(QByteArray::fromStdString(unknown.value("raw", std::string())))
                                    .toStdString();
        json object = decodeMessage(kind, raw, 0);
        object["apiVersion"] = typeMeta.value("apiVersion", std::string());
        object["kind"] = kind;
        return object;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

} // namespace sd::sim
