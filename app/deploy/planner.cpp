#include "deploy/planner.h"

#include "common/tr.h"
#include "deploy/kubeobject.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "stack/capacitycheck.h"
#include "stack/kubeblockscatalog.h"
#include "stack/secretkeeper.h"
#include "stack/stackvalidator.h"
#include "stack/yamlwriter.h"

#include <QJsonArray>

namespace sd {

namespace {

using Json = nlohmann::json;

QByteArray displayYaml(const Json &object)
{
    return YamlWriter::write(nlohmann::ordered_json::parse(ManifestDiff::masked(ManifestDiff::normalized(object)).dump()));
}

PlanItem itemFor(const Json &object, PlanItem::Action action)
{
    PlanItem item;
    item.action = action;
    item.apiVersion = KubeObject::apiVersion(object);
    item.kind = KubeObject::kind(object);
    item.ns = KubeObject::ns(object);
    item.name = KubeObject::name(object);
    item.node = KubeObject::label(object, "app.kubernetes.io/component");
    return item;
}

Quantity quantityOf(const QJsonValue &value)
{
    return Quantity::parse(value.toString()).value_or(Quantity::fromMilli(0));
}

} // namespace

Planner::Planner(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

Planner::~Planner() = default;

void Planner::send(KubeRequest *request, std::function<void(const KubeResponse &)> handler)
{
    // Answers to an earlier start() (or after cancel()) are dropped: the generation moved on.
    const quint64 generation = m_generation;
    connect(request, &KubeRequest::finished, this,
            [this, request, generation, handler = std::move(handler)](const KubeResponse &r) {
                request->deleteLater();
                if (generation == m_generation)
                    handler(r);
            });
}

void Planner::cancel()
{
    ++m_generation;
    // deleteLater: cancel() may run inside a request's finished() signal.
    if (m_work)
        m_work->deleteLater();
    m_work = nullptr;
    m_running = false;
}

void Planner::start(const Stack &stack)
{
    cancel();
    m_work = new QObject(this);
    m_running = true;
    m_stack = stack;
    m_plan = Plan{};
    m_plan.stackName = stack.name;
    m_plan.ns = stack.ns;
    m_plan.server = m_client->connection().server.toString();
    m_entries.clear();
    m_desiredKeys.clear();

    for (const StackIssue &issue : StackValidator().validate(stack)) {
        m_plan.messages.append({issue.severity == StackIssue::Severity::Error ? PlanMessage::Severity::Error
                                                                               : PlanMessage::Severity::Warning,
                                issue.toString()});
    }
    const quint64 generation = m_generation;
    if (m_plan.blocked()) {
        // From the event loop: finished() is never emitted inside start().
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    done();
            },
            Qt::QueuedConnection);
        return;
    }
    m_set = ManifestGenerator().generate(stack);
    emit progressed(tr("Reading the API server's resource types…"));
    m_client->discovery()->ensure(m_work, [this, generation](const KubeError &e) {
        if (generation != m_generation)
            return;
        if (e.isError()) {
            error(tr("Cannot read the API server's resource types: %1").arg(e.text()));
            done();
            return;
        }
        resolveTypes();
    });
}

void Planner::error(const QString &message)
{
    m_plan.messages.append({PlanMessage::Severity::Error, message});
}

void Planner::resolveTypes()
{
    for (const auto &object : m_set.objects) {
        const Json desired = KubeObject::fromOrdered(object);
        const auto type = KubeObject::resourceFor(*m_client->discovery(), KubeObject::apiVersion(desired),
                                                  KubeObject::kind(desired));
        if (!type) {
            error(KubeObject::kind(desired) == QLatin1String("Cluster")
                      ? tr("The cluster does not serve %1 (%2): KubeBlocks 1.0 is not installed.")
                            .arg(KubeObject::kind(desired), KubeObject::apiVersion(desired))
                      : tr("The cluster does not serve %1 (%2).")
                            .arg(KubeObject::kind(desired), KubeObject::apiVersion(desired)));
            continue;
        }
        m_desiredKeys.append(KubeObject::key(desired));
        m_entries.push_back({desired, *type});
    }
    for (const OwnedSecretSpec &spec : m_set.ownedSecrets)
        m_desiredKeys.append(KubeObject::key(QStringLiteral("Secret"), m_stack.ns, spec.name));
    if (m_plan.blocked()) {
        done();
        return;
    }
    checkNamespace();
}

void Planner::checkNamespace()
{
    emit progressed(tr("Comparing with the live objects…"));
    send(m_client->get(ApiResource::core(QStringLiteral("namespaces"), QStringLiteral("Namespace"), false), {},
                       m_stack.ns, m_work),
         [this](const KubeResponse &r) {
             if (!r.ok() && r.error.httpStatus() != 404) {
                 error(tr("Cannot read namespace %1: %2").arg(m_stack.ns, r.error.text()));
                 done();
                 return;
             }
             m_namespaceExists = r.ok();
             m_namespaceOurs = r.ok() && KubeObject::belongsTo(KubeObject::fromQt(r.object()), m_stack.name);
             planObject(0);
         });
}

void Planner::planObject(size_t index)
{
    if (index >= m_entries.size()) {
        planOwnedSecrets(0);
        return;
    }
    const Entry &entry = m_entries[index];
    const bool isNamespace = entry.desired.value("kind", std::string()) == "Namespace";
    if (isNamespace && m_namespaceExists && !m_namespaceOurs) {
        PlanItem item = itemFor(entry.desired, PlanItem::Action::Unchanged);
        item.note = tr("The namespace exists and was not created by Stackdeck; it is used as it is.");
        m_plan.items.append(item);
        planObject(index + 1);
        return;
    }
    if (!isNamespace && entry.type.namespaced && !m_namespaceExists) {
        PlanItem item = itemFor(entry.desired, PlanItem::Action::Create);
        item.note = tr("The namespace does not exist yet, so the server checks this object when it is applied.");
        item.yaml = displayYaml(entry.desired);
        m_plan.items.append(item);
        planObject(index + 1);
        return;
    }
    send(m_client->get(entry.type, KubeObject::ns(entry.desired), KubeObject::name(entry.desired), m_work),
         [this, index](const KubeResponse &r) {
             if (!r.ok() && r.error.httpStatus() != 404) {
                 error(tr("Cannot read %1: %2").arg(KubeObject::display(m_entries[index].desired), r.error.text()));
                 planObject(index + 1);
                 return;
             }
             dryRun(index, r.ok() ? KubeObject::fromQt(r.object()) : Json(), false);
         });
}

void Planner::dryRun(size_t index, const Json &live, bool force)
{
    const Entry &entry = m_entries[index];
    ApplyOptions options;
    options.dryRun = true;
    options.force = force;
    send(m_client->apply(entry.type, KubeObject::ns(entry.desired), KubeObject::name(entry.desired),
                         QByteArray::fromStdString(entry.desired.dump()), options, m_work),
         [this, index, live, force](const KubeResponse &r) {
             const Entry &entry = m_entries[index];
             if (!r.ok() && !force && r.error.httpStatus() == 409 && !r.error.conflictFields().isEmpty()) {
                 m_plan.messages.append(
                     {PlanMessage::Severity::Warning,
                      tr("%1: fields set by another field manager will be taken over by Stackdeck: %2")
                          .arg(KubeObject::display(entry.desired), r.error.conflictFields().join(QLatin1String(", ")))});
                 dryRun(index, live, true);
                 return;
             }
             if (!r.ok()) {
                 error(tr("The API server rejects %1: %2").arg(KubeObject::display(entry.desired), r.error.text()));
                 planObject(index + 1);
                 return;
             }
             const Json result = KubeObject::fromQt(r.object());
             if (live.is_null()) {
                 PlanItem item = itemFor(entry.desired, PlanItem::Action::Create);
                 item.yaml = displayYaml(result);
                 m_plan.items.append(item);
             } else {
                 PlanItem item = itemFor(entry.desired, PlanItem::Action::Unchanged);
                 item.changes = ManifestDiff::diff(live, result);
                 if (!item.changes.isEmpty())
                     item.action = PlanItem::Action::Change;
                 item.yaml = displayYaml(result);
                 m_plan.items.append(item);
             }
             planObject(index + 1);
         });
}

void Planner::planOwnedSecrets(int index)
{
    if (index >= m_set.ownedSecrets.size()) {
        findDeletions(0);
        return;
    }
    const OwnedSecretSpec spec = m_set.ownedSecrets.at(index);
    const Json desired = KubeObject::fromOrdered(
        SecretKeeper::manifest(spec, m_stack.ns, ManifestGenerator::labels(m_stack, QString()), {}));
    const auto created = [this, spec, desired, index] {
        PlanItem item = itemFor(desired, PlanItem::Action::Create);
        item.note = tr("Generated once with strong random values for: %1.").arg(spec.keys.join(QLatin1String(", ")));
        m_plan.items.append(item);
        planOwnedSecrets(index + 1);
    };
    if (!m_namespaceExists) {
        created();
        return;
    }
    send(m_client->get(ApiResource::core(QStringLiteral("secrets"), QStringLiteral("Secret")), m_stack.ns, spec.name,
                       m_work),
         [this, spec, desired, index, created](const KubeResponse &r) {
             if (!r.ok() && r.error.httpStatus() == 404) {
                 created();
                 return;
             }
             if (!r.ok()) {
                 error(tr("Cannot read Secret %1: %2").arg(spec.name, r.error.text()));
                 planOwnedSecrets(index + 1);
                 return;
             }
             const QJsonObject data = r.object().value(QLatin1String("data")).toObject();
             QStringList missing;
             for (const QString &key : spec.keys) {
                 if (data.value(key).toString().isEmpty())
                     missing.append(key);
             }
             PlanItem item = itemFor(desired, missing.isEmpty() ? PlanItem::Action::Unchanged : PlanItem::Action::Change);
             for (const QString &key : missing)
                 item.changes.append({QStringLiteral("data.%1").arg(key), QString(),
                                      QLatin1String(ManifestDiff::kHidden), true, false});
             item.note = missing.isEmpty() ? tr("Existing values are kept.")
                                           : tr("Existing values are kept; missing keys are generated.");
             m_plan.items.append(item);
             planOwnedSecrets(index + 1);
         });
}

void Planner::findDeletions(int kindIndex)
{
    const QList<KubeObject::KindRef> kinds = KubeObject::namespacedKinds();
    if (kindIndex >= kinds.size() || !m_namespaceExists) {
        checkCapacity();
        return;
    }
    const auto type = KubeObject::resourceFor(*m_client->discovery(), kinds[kindIndex].apiVersion, kinds[kindIndex].kind);
    if (!type) {
        findDeletions(kindIndex + 1);
        return;
    }
    ListOptions options;
    options.labelSelector = KubeObject::stackSelector(m_stack.name);
    send(m_client->list(*type, m_stack.ns, options, m_work), [this, kindIndex, type](const KubeResponse &r) {
        if (!r.ok()) {
            error(tr("Cannot list %1 objects: %2").arg(type->kind, r.error.text()));
            findDeletions(kindIndex + 1);
            return;
        }
        for (const QJsonValue &v : r.object().value(QLatin1String("items")).toArray()) {
            Json live = KubeObject::fromQt(v.toObject());
            live["apiVersion"] = type->apiVersion().toStdString();
            live["kind"] = type->kind.toStdString();
            if (m_desiredKeys.contains(KubeObject::key(live)))
                continue;
            PlanItem item = itemFor(live, PlanItem::Action::Delete);
            item.yaml = displayYaml(live);
            const std::string policy = live.value("spec", Json::object()).value("terminationPolicy", std::string());
            if (item.kind == QLatin1String("Cluster") && policy == "DoNotTerminate") {
                item.note = tr("terminationPolicy is DoNotTerminate: Stackdeck will not delete this Cluster.");
                m_plan.messages.append({PlanMessage::Severity::Warning,
                                        tr("Cluster %1 is no longer in the stack but has terminationPolicy "
                                               "DoNotTerminate; it stays. Change its policy to delete it.")
                                            .arg(item.name)});
            } else if (item.kind == QLatin1String("Cluster")) {
                item.note = tr("terminationPolicy %1: KubeBlocks removes its data volumes%2.")
                                .arg(QString::fromStdString(policy),
                                     policy == "WipeOut" ? tr(" and backups") : QString());
            }
            m_plan.items.append(item);
        }
        findDeletions(kindIndex + 1);
    });
}

void Planner::checkCapacity()
{
    emit progressed(tr("Checking capacity…"));
    send(m_client->list(ApiResource::core(QStringLiteral("nodes"), QStringLiteral("Node"), false), {}, {}, m_work),
         [this](const KubeResponse &nodes) {
             if (!nodes.ok()) {
                 m_plan.messages.append({PlanMessage::Severity::Warning,
                                         tr("Capacity was not checked: %1").arg(nodes.error.text())});
                 done();
                 return;
             }
             ResourceTotals allocatable{Quantity::fromMilli(0), Quantity::fromMilli(0, Quantity::Format::BinarySI)};
             for (const QJsonValue &v : nodes.object().value(QLatin1String("items")).toArray()) {
                 const QJsonObject node = v.toObject();
                 if (node.value(QLatin1String("spec")).toObject().value(QLatin1String("unschedulable")).toBool())
                     continue;
                 const QJsonObject a = node.value(QLatin1String("status")).toObject().value(QLatin1String("allocatable")).toObject();
                 allocatable.cpu = allocatable.cpu + quantityOf(a.value(QLatin1String("cpu")));
                 allocatable.memory = allocatable.memory + quantityOf(a.value(QLatin1String("memory")));
             }
             send(m_client->list(ApiResource::core(QStringLiteral("pods"), QStringLiteral("Pod")), {}, {}, m_work),
                  [this, allocatable](const KubeResponse &pods) {
                      if (!pods.ok()) {
                          m_plan.messages.append({PlanMessage::Severity::Warning,
                                                  tr("Capacity was not checked: %1").arg(pods.error.text())});
                          done();
                          return;
                      }
                      QStringList datastores;
                      for (const DatastoreSpec &d : m_stack.datastores)
                          datastores.append(d.name);
                      ResourceTotals used{Quantity::fromMilli(0), Quantity::fromMilli(0, Quantity::Format::BinarySI)};
                      for (const QJsonValue &v : pods.object().value(QLatin1String("items")).toArray()) {
                          const Json pod = KubeObject::fromQt(v.toObject());
                          const std::string phase = pod.value("status", Json::object()).value("phase", std::string());
                          if (phase == "Succeeded" || phase == "Failed")
                              continue;
                          // This stack's own pods are counted in its request already.
                          if (KubeObject::ns(pod) == m_stack.ns
                              && (KubeObject::belongsTo(pod, m_stack.name)
                                  || datastores.contains(KubeObject::label(pod, "app.kubernetes.io/instance"))))
                              continue;
                          for (const Json &c : pod.value("spec", Json::object()).value("containers", Json::array())) {
                              const Json req = c.value("resources", Json::object()).value("requests", Json::object());
                              const auto q = [&](const char *k) {
                                  return Quantity::parse(QString::fromStdString(req.value(k, std::string())))
                                      .value_or(Quantity::fromMilli(0));
                              };
                              used.cpu = used.cpu + q("cpu");
                              used.memory = used.memory + q("memory");
                          }
                      }
                      const CapacityVerdict verdict
                          = CapacityCheck::evaluate(CapacityCheck::stackRequests(m_stack), allocatable, used);
                      m_plan.capacity = verdict;
                      m_plan.messages.append({verdict.level == CapacityVerdict::Level::DoesNotFit
                                                  ? PlanMessage::Severity::Error
                                                  : verdict.level == CapacityVerdict::Level::Tight
                                                        ? PlanMessage::Severity::Warning
                                                        : PlanMessage::Severity::Info,
                                              verdict.message});
                      done();
                  });
         });
}

void Planner::done()
{
    cancel();
    emit finished(m_plan);
}

} // namespace sd
