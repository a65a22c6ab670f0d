#include "deploy/deployengine.h"

#include "deploy/kubeobject.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "stack/kubeblockscatalog.h"
#include "stack/openimcatalog.h"
#include "stack/secretkeeper.h"
#include "stack/stackvalidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace sd {

namespace {

using Json = nlohmann::json;
using KindList = QList<QPair<QString, QString>>;

const ApiResource &namespaces()
{
    static const ApiResource type = ApiResource::core(QStringLiteral("namespaces"), QStringLiteral("Namespace"), false);
    return type;
}

const ApiResource &secrets()
{
    static const ApiResource type = ApiResource::core(QStringLiteral("secrets"), QStringLiteral("Secret"));
    return type;
}

KindList kinds(std::initializer_list<const char *> names)
{
    KindList out;
    for (const KubeObject::KindRef &k : KubeObject::namespacedKinds()) {
        for (const char *n : names) {
            if (k.kind == QLatin1String(n))
                out.append({k.apiVersion, k.kind});
        }
    }
    return out;
}

qint64 intAt(const Json &object, std::initializer_list<const char *> path, qint64 fallback = 0)
{
    const Json *cur = &object;
    for (const char *p : path) {
        if (!cur->is_object() || !cur->contains(p))
            return fallback;
        cur = &(*cur)[p];
    }
    return cur->is_number_integer() ? cur->get<qint64>() : fallback;
}

QString strAt(const Json &object, std::initializer_list<const char *> path)
{
    const Json *cur = &object;
    for (const char *p : path) {
        if (!cur->is_object() || !cur->contains(p))
            return {};
        cur = &(*cur)[p];
    }
    return cur->is_string() ? QString::fromStdString(cur->get<std::string>()) : QString();
}

// A message from the object's conditions that explains why it is not ready yet (status False).
QString conditionMessage(const Json &object)
{
    const Json conditions = object.value("status", Json::object()).value("conditions", Json::array());
    for (const Json &c : conditions) {
        if (c.value("status", std::string()) == "False" && !c.value("message", std::string()).empty())
            return QString::fromStdString(c.value("type", std::string()) + ": " + c.value("message", std::string()));
    }
    return {};
}

QString joined(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            nonEmpty.append(p);
    }
    return nonEmpty.join(QLatin1String(" — "));
}

} // namespace

DeployEngine::DeployEngine(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeployEngine::poll);
}

DeployEngine::~DeployEngine() = default;

QString DeployEngine::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

// ---- step machinery ----

void DeployEngine::begin(const Stack &stack)
{
    ++m_generation;
    m_pollTimer.stop();
    if (m_work)
        m_work->deleteLater();
    m_work = new QObject(this);
    m_stack = stack;
    m_set = ManifestGenerator().generate(stack);
    m_objects.clear();
    m_objects.reserve(m_set.objects.size());
    for (const auto &object : m_set.objects)
        m_objects.push_back(KubeObject::fromOrdered(object));
    m_steps.clear();
    m_actions.clear();
    m_current = -1;
    m_running = true;
}

void DeployEngine::startFirstStep()
{
    // From the event loop: finished() is never emitted inside apply() or destroy().
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                runStep(0);
        },
        Qt::QueuedConnection);
}

void DeployEngine::addStep(const QString &id, const QString &title, std::function<void()> action)
{
    DeployStep step;
    step.id = id;
    step.title = title;
    m_steps.append(step);
    m_actions.append(std::move(action));
}

void DeployEngine::runStep(int index)
{
    if (!m_running)
        return;
    if (index >= m_steps.size()) {
        finish(Outcome::Succeeded, {});
        return;
    }
    m_current = index;
    m_stepClock.start();
    m_steps[index].state = DeployStep::State::Running;
    m_steps[index].message.clear();
    emit stepChanged(index);
    if (m_running && m_current == index)
        m_actions[index]();
}

void DeployEngine::setMessage(const QString &message, DeployStep::State state)
{
    if (m_current < 0 || m_current >= m_steps.size())
        return;
    DeployStep &step = m_steps[m_current];
    step.state = state;
    step.message = message;
    step.elapsedMs = m_stepClock.elapsed();
    emit stepChanged(m_current);
}

void DeployEngine::stepSucceeded(const QString &message)
{
    finishStep(message, DeployStep::State::Succeeded);
}

void DeployEngine::stepSkipped(const QString &message)
{
    finishStep(message, DeployStep::State::Skipped);
}

void DeployEngine::finishStep(const QString &message, DeployStep::State state)
{
    const int index = m_current;
    setMessage(message, state);
    // The next step starts from the event loop, so a slot connected to stepChanged() can cancel
    // between steps (and the stack does not grow with the number of steps).
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, index] {
            if (generation == m_generation && m_running)
                runStep(index + 1);
        },
        Qt::QueuedConnection);
}

void DeployEngine::stepFailed(const QString &message)
{
    setMessage(message, DeployStep::State::Failed);
    finish(Outcome::Failed, message);
}

void DeployEngine::finish(Outcome outcome, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_pollTimer.stop();
    if (m_work)
        m_work->deleteLater();
    m_work = nullptr;
    emit finished(outcome, message);
}

void DeployEngine::cancel()
{
    if (!m_running)
        return;
    if (m_current >= 0 && m_current < m_steps.size() && !m_steps[m_current].isFinished())
        setMessage(tr("Cancelled by the user."), DeployStep::State::Cancelled);
    finish(Outcome::Cancelled, tr("Cancelled by the user."));
}

void DeployEngine::waitFor(ProbeFn probe)
{
    m_probe = std::move(probe);
    m_waitClock.start();
    poll();
}

void DeployEngine::poll()
{
    const quint64 generation = m_generation;
    m_probe([this, generation](const Probe &p) {
        if (generation != m_generation)
            return;
        if (!p.failure.isEmpty()) {
            stepFailed(p.failure);
            return;
        }
        if (p.done) {
            stepSucceeded(p.message);
            return;
        }
        if (m_waitClock.elapsed() >= m_options.timeoutMs) {
            stepFailed(tr("Gave up after %1: %2")
                           .arg(DeployStep::elapsedText(m_waitClock.elapsed()),
                                p.message.isEmpty() ? tr("no progress") : p.message));
            return;
        }
        setMessage(p.message, DeployStep::State::Waiting);
        m_pollTimer.start(m_options.pollIntervalMs);
    });
}

// ---- helpers ----

void DeployEngine::send(KubeRequest *request, std::function<void(const KubeResponse &)> handler)
{
    const quint64 generation = m_generation;
    connect(request, &KubeRequest::finished, this,
            [this, request, generation, handler = std::move(handler)](const KubeResponse &r) {
                request->deleteLater();
                if (generation == m_generation && m_running)
                    handler(r);
            });
}

std::optional<ApiResource> DeployEngine::typeOf(const QString &apiVersion, const QString &kind) const
{
    return KubeObject::resourceFor(*m_client->discovery(), apiVersion, kind);
}

std::optional<ApiResource> DeployEngine::typeOf(const Json &object) const
{
    return typeOf(KubeObject::apiVersion(object), KubeObject::kind(object));
}

std::vector<Json> DeployEngine::generated(const QString &kind, const QString &component) const
{
    std::vector<Json> out;
    for (const Json &o : m_objects) {
        if (KubeObject::kind(o) != kind)
            continue;
        if (!component.isEmpty() && KubeObject::label(o, "app.kubernetes.io/component") != component)
            continue;
        out.push_back(o);
    }
    return out;
}

void DeployEngine::applyObjects(std::vector<Json> objects, Done done)
{
    if (objects.empty()) {
        done({});
        return;
    }
    const Json object = objects.front();
    objects.erase(objects.begin());
    const auto type = typeOf(object);
    if (!type) {
        done(tr("The cluster does not serve %1 (%2).").arg(KubeObject::kind(object), KubeObject::apiVersion(object)));
        return;
    }
    ApplyOptions options;
    options.force = true;
    send(m_client->apply(*type, KubeObject::ns(object), KubeObject::name(object),
                         QByteArray::fromStdString(object.dump()), options, m_work),
         [this, object, objects = std::move(objects), done](const KubeResponse &r) mutable {
             if (!r.ok()) {
                 done(tr("Applying %1 failed: %2").arg(KubeObject::display(object), r.error.text()));
                 return;
             }
             applyObjects(std::move(objects), done);
         });
}

void DeployEngine::latestEvent(const QString &objectPrefix, std::function<void(const QString &)> callback)
{
    send(m_client->list(ApiResource::core(QStringLiteral("events"), QStringLiteral("Event")), m_stack.ns, {}, m_work),
         [objectPrefix, callback](const KubeResponse &r) {
             if (!r.ok()) {
                 callback({});
                 return;
             }
             QString best;
             QString bestTime;
             for (const QJsonValue &v : r.object().value(QLatin1String("items")).toArray()) {
                 const QJsonObject e = v.toObject();
                 const QString name = e.value(QLatin1String("involvedObject")).toObject().value(QLatin1String("name")).toString();
                 if (name != objectPrefix && !name.startsWith(objectPrefix + QLatin1Char('-')))
                     continue;
                 QString time = e.value(QLatin1String("lastTimestamp")).toString();
                 if (time.isEmpty())
                     time = e.value(QLatin1String("eventTime")).toString();
                 if (time.isEmpty())
                     time = e.value(QLatin1String("metadata")).toObject().value(QLatin1String("creationTimestamp")).toString();
                 if (!best.isEmpty() && time < bestTime)
                     continue;
                 bestTime = time;
                 best = QStringLiteral("%1 %2: %3")
                            .arg(e.value(QLatin1String("reason")).toString(), name,
                                 e.value(QLatin1String("message")).toString());
             }
             callback(best);
         });
}

void DeployEngine::listStackObjects(const KindList &kindList,
                                    std::function<void(const std::vector<Json> &, const QString &)> callback)
{
    struct State
    {
        std::vector<Json> objects;
        KindList remaining;
    };
    auto state = std::make_shared<State>();
    state->remaining = kindList;
    auto next = std::make_shared<std::function<void()>>();
    // The chain holds itself weakly; the request in flight holds it strongly, so it ends with
    // its last answer (no cycle, no self-destruction while running).
    *next = [this, state, weakNext = std::weak_ptr(next), callback] {
        const auto next = weakNext.lock();
        if (state->remaining.isEmpty()) {
            callback(state->objects, {});
            return;
        }
        const auto [apiVersion, kind] = state->remaining.takeFirst();
        const auto type = typeOf(apiVersion, kind);
        if (!type) { // e.g. KubeBlocks not installed: nothing of that kind can exist
            (*next)();
            return;
        }
        ListOptions options;
        options.labelSelector = KubeObject::stackSelector(m_stack.name);
        send(m_client->list(*type, m_stack.ns, options, m_work), [state, next, callback, type](const KubeResponse &r) {
            if (!r.ok()) {
                callback({}, r.error.text());
                return;
            }
            for (const QJsonValue &v : r.object().value(QLatin1String("items")).toArray()) {
                Json o = KubeObject::fromQt(v.toObject());
                o["apiVersion"] = type->apiVersion().toStdString();
                o["kind"] = type->kind.toStdString();
                state->objects.push_back(std::move(o));
            }
            (*next)();
        });
    };
    (*next)();
}

void DeployEngine::deleteObjects(std::vector<Json> objects, Done done)
{
    if (objects.empty()) {
        done({});
        return;
    }
    const Json object = objects.front();
    objects.erase(objects.begin());
    const auto type = typeOf(object);
    if (!type) {
        deleteObjects(std::move(objects), done);
        return;
    }
    send(m_client->remove(*type, KubeObject::ns(object), KubeObject::name(object), {}, m_work),
         [this, object, objects = std::move(objects), done](const KubeResponse &r) mutable {
             if (!r.ok() && r.error.httpStatus() != 404) {
                 done(tr("Deleting %1 failed: %2").arg(KubeObject::display(object), r.error.text()));
                 return;
             }
             deleteObjects(std::move(objects), done);
         });
}

void DeployEngine::waitGone(const KindList &kindList)
{
    waitFor([this, kindList](ProbeCallback report) {
        listStackObjects(kindList, [this, report](const std::vector<Json> &left, const QString &error) {
            if (!error.isEmpty()) {
                report({false, error, {}});
                return;
            }
            if (left.empty()) {
                report({true, {}, {}});
                return;
            }
            QStringList names;
            for (const Json &o : left) {
                const QString phase = strAt(o, {"status", "phase"});
                names.append(phase.isEmpty() ? KubeObject::display(o)
                                             : tr("%1 (phase %2)").arg(KubeObject::display(o), phase));
            }
            const QString waiting = tr("%n object(s) still being deleted: %1", nullptr, int(left.size()))
                                        .arg(names.join(QLatin1String(", ")));
            latestEvent(KubeObject::name(left.front()), [report, waiting](const QString &event) {
                report({false, joined({waiting, event}), {}});
            });
        });
    });
}

// ---- apply ----

void DeployEngine::apply(const Stack &stack)
{
    begin(stack);
    addStep(QStringLiteral("prepare"), tr("Check the stack and the cluster"), [this] { prepare(); });
    addStep(QStringLiteral("namespace"), tr("Namespace %1").arg(stack.ns), [this] { applyNamespace(); });
    addStep(QStringLiteral("rbac"), tr("Service account and RBAC"), [this] { applyRbac(); });
    if (!stack.datastores.isEmpty()) {
        addStep(QStringLiteral("datastores"), tr("Create the datastore clusters"), [this] { applyClusters(); });
        for (const DatastoreSpec &d : stack.datastores)
            addStep(QStringLiteral("datastore:%1").arg(d.name), tr("Wait for %1 to be Running").arg(d.name),
                    [this, d] { waitCluster(d); });
    }
    addStep(QStringLiteral("config"), tr("Configuration and Secrets"), [this] { applyConfig(); });
    std::map<int, QStringList> tiers;
    for (const OpenImComponentSpec &spec : OpenImCatalog::builtIn().components()) {
        if (!generated(QStringLiteral("Deployment"), spec.id).empty())
            tiers[spec.startTier].append(spec.id);
    }
    for (const auto &[tier, components] : tiers) {
        addStep(QStringLiteral("tier:%1").arg(tier), tr("Start %1").arg(components.join(QLatin1String(", "))),
                [this, components] { startTier(components); });
    }
    if (m_options.verify)
        addStep(QStringLiteral("verify"), tr("Verify that OpenIM answers"), [this] { verify(); });
    addStep(QStringLiteral("prune"), tr("Remove objects the stack no longer has"), [this] { prune(); });
    emit stepsReset();
    startFirstStep();
}

void DeployEngine::prepare()
{
    QStringList errors;
    for (const StackIssue &issue : StackValidator().validate(m_stack)) {
        if (issue.severity == StackIssue::Severity::Error)
            errors.append(issue.toString());
    }
    if (!errors.isEmpty()) {
        stepFailed(tr("The stack is invalid:\n%1").arg(errors.join(QLatin1Char('\n'))));
        return;
    }
    const quint64 generation = m_generation;
    m_client->discovery()->ensure(m_work, [this, generation](const KubeError &e) {
        if (generation != m_generation)
            return;
        if (e.isError()) {
            stepFailed(tr("Cannot read the API server's resource types: %1").arg(e.text()));
            return;
        }
        for (const Json &o : m_objects) {
            if (!typeOf(o)) {
                stepFailed(KubeObject::kind(o) == QLatin1String("Cluster")
                               ? tr("The cluster does not serve %1 (%2): KubeBlocks 1.0 is not installed.")
                                     .arg(KubeObject::kind(o), KubeObject::apiVersion(o))
                               : tr("The cluster does not serve %1 (%2).").arg(KubeObject::kind(o), KubeObject::apiVersion(o)));
                return;
            }
        }
        stepSucceeded();
    });
}

void DeployEngine::applyNamespace()
{
    send(m_client->get(namespaces(), {}, m_stack.ns, m_work), [this](const KubeResponse &r) {
        if (!r.ok() && r.error.httpStatus() != 404) {
            stepFailed(tr("Cannot read namespace %1: %2").arg(m_stack.ns, r.error.text()));
            return;
        }
        if (r.ok()) {
            const Json live = KubeObject::fromQt(r.object());
            if (live["metadata"].contains("deletionTimestamp")) {
                stepFailed(tr("Namespace %1 is being deleted; wait until it is gone, then apply again.").arg(m_stack.ns));
                return;
            }
            if (!KubeObject::belongsTo(live, m_stack.name)) {
                stepSkipped(tr("The namespace exists and was not created by Stackdeck; it is used as it is."));
                return;
            }
        }
        applyObjects(generated(QStringLiteral("Namespace")), [this](const QString &error) {
            error.isEmpty() ? stepSucceeded() : stepFailed(error);
        });
    });
}

void DeployEngine::applyRbac()
{
    std::vector<Json> objects = generated(QStringLiteral("ServiceAccount"));
    for (const char *kind : {"Role", "RoleBinding"}) {
        for (Json &o : generated(QLatin1String(kind)))
            objects.push_back(std::move(o));
    }
    applyObjects(std::move(objects), [this](const QString &error) {
        error.isEmpty() ? stepSucceeded() : stepFailed(error);
    });
}

void DeployEngine::applyClusters()
{
    applyObjects(generated(QStringLiteral("Cluster")), [this](const QString &error) {
        error.isEmpty() ? stepSucceeded() : stepFailed(error);
    });
}

void DeployEngine::waitCluster(const DatastoreSpec &datastore)
{
    const auto type = typeOf(KubeBlocksCatalog::builtIn().apiVersion(), QStringLiteral("Cluster"));
    const QString account = KubeBlocksCatalog::builtIn().accountSecret(datastore);
    const QString name = datastore.name;
    waitFor([this, type, account, name](ProbeCallback report) {
        send(m_client->get(*type, m_stack.ns, name, m_work), [this, account, name, report](const KubeResponse &r) {
            if (!r.ok()) {
                report({false, r.error.text(), {}});
                return;
            }
            const Json cluster = KubeObject::fromQt(r.object());
            const QString phase = strAt(cluster, {"status", "phase"});
            const qint64 generation = intAt(cluster, {"metadata", "generation"});
            const qint64 observed = intAt(cluster, {"status", "observedGeneration"}, generation);
            if (phase == QLatin1String("Running") && observed >= generation) {
                if (account.isEmpty()) {
                    report({true, tr("Running"), {}});
                    return;
                }
                send(m_client->get(secrets(), m_stack.ns, account, m_work), [this, account, report](const KubeResponse &s) {
                    if (s.ok()) {
                        report({true, tr("Running; account Secret %1 exists").arg(account), {}});
                        return;
                    }
                    report({false, tr("Running; waiting for the account Secret %1").arg(account), {}});
                });
                return;
            }
            const QString state = phase.isEmpty() ? tr("no phase reported yet") : tr("phase %1").arg(phase);
            const QString condition = conditionMessage(cluster);
            latestEvent(name, [report, state, condition](const QString &event) {
                report({false, joined({state, condition, event}), {}});
            });
        });
    });
}

void DeployEngine::applyConfig()
{
    applyOwnedSecret(0, [this](const QString &error) {
        if (!error.isEmpty()) {
            stepFailed(error);
            return;
        }
        applyObjects(generated(QStringLiteral("ConfigMap")), [this](const QString &error) {
            error.isEmpty() ? stepSucceeded() : stepFailed(error);
        });
    });
}

void DeployEngine::applyOwnedSecret(int index, Done done)
{
    if (index >= m_set.ownedSecrets.size()) {
        done({});
        return;
    }
    const OwnedSecretSpec spec = m_set.ownedSecrets.at(index);
    send(m_client->get(secrets(), m_stack.ns, spec.name, m_work), [this, spec, index, done](const KubeResponse &r) {
        if (!r.ok() && r.error.httpStatus() != 404) {
            done(tr("Cannot read Secret %1: %2").arg(spec.name, r.error.text()));
            return;
        }
        QMap<QString, QByteArray> existing;
        const QJsonObject data = r.object().value(QLatin1String("data")).toObject();
        for (auto it = data.begin(); it != data.end(); ++it)
            existing.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
        bool changed = false;
        const QMap<QString, QByteArray> values = SecretKeeper::reconcile(spec, existing, &changed);
        const bool labelled = r.ok() && KubeObject::belongsTo(KubeObject::fromQt(r.object()), m_stack.name);
        if (!changed && labelled) {
            applyOwnedSecret(index + 1, done);
            return;
        }
        const Json secret = KubeObject::fromOrdered(
            SecretKeeper::manifest(spec, m_stack.ns, ManifestGenerator::labels(m_stack, QString()), values));
        applyObjects({secret}, [this, index, done](const QString &error) {
            if (!error.isEmpty())
                done(error);
            else
                applyOwnedSecret(index + 1, done);
        });
    });
}

void DeployEngine::startTier(const QStringList &components)
{
    std::vector<Json> objects;
    for (const QString &c : components) {
        for (Json &o : generated(QStringLiteral("Service"), c))
            objects.push_back(std::move(o));
        for (Json &o : generated(QStringLiteral("Ingress"), c))
            objects.push_back(std::move(o));
    }
    for (const QString &c : components) {
        for (Json &o : generated(QStringLiteral("Deployment"), c))
            objects.push_back(std::move(o));
    }
    applyObjects(std::move(objects), [this, components](const QString &error) {
        if (!error.isEmpty()) {
            stepFailed(error);
            return;
        }
        const ApiResource deployments = *typeOf(QStringLiteral("apps/v1"), QStringLiteral("Deployment"));
        waitFor([this, components, deployments](ProbeCallback report) {
            auto remaining = std::make_shared<QStringList>(components);
            auto next = std::make_shared<std::function<void()>>();
            *next = [this, remaining, weakNext = std::weak_ptr(next), report, deployments] {
                const auto next = weakNext.lock();
                if (remaining->isEmpty()) {
                    report({true, {}, {}});
                    return;
                }
                const QString name = remaining->takeFirst();
                send(m_client->get(deployments, m_stack.ns, name, m_work), [this, name, next, report](const KubeResponse &r) {
                    if (!r.ok()) {
                        report({false, r.error.text(), {}});
                        return;
                    }
                    const Json d = KubeObject::fromQt(r.object());
                    const qint64 wanted = intAt(d, {"spec", "replicas"}, 1);
                    const qint64 updated = intAt(d, {"status", "updatedReplicas"});
                    const qint64 total = intAt(d, {"status", "replicas"});
                    const qint64 available = intAt(d, {"status", "availableReplicas"});
                    const qint64 observed = intAt(d, {"status", "observedGeneration"});
                    const qint64 generation = intAt(d, {"metadata", "generation"}, 1);
                    for (const Json &c : d.value("status", Json::object()).value("conditions", Json::array())) {
                        if (c.value("type", std::string()) == "Progressing"
                            && c.value("reason", std::string()) == "ProgressDeadlineExceeded") {
                            report({false, {}, tr("%1 did not roll out: %2").arg(name, QString::fromStdString(c.value("message", std::string())))});
                            return;
                        }
                    }
                    if (observed >= generation && updated >= wanted && total == updated && available >= wanted) {
                        (*next)();
                        return;
                    }
                    const QString state = tr("%1: %2 of %3 replicas available").arg(name).arg(available).arg(wanted);
                    latestEvent(name, [report, state](const QString &event) { report({false, joined({state, event}), {}}); });
                });
            };
            (*next)();
        });
    });
}

void DeployEngine::verify()
{
    struct Check
    {
        QString component;
        QString service;
        QString port;
        QString path;
    };
    // One HTTP request per component through the services proxy, to a port that speaks HTTP: its
    // Prometheus port, else its HTTP or WebSocket port. gRPC ports are never asked: a gRPC server
    // drops an HTTP/1.1 request, which the API server reports like a refused connection; a
    // gRPC-only component was proven by its readiness probe during the rollout wait.
    QList<Check> checks;
    for (const OpenImComponentSpec &spec : OpenImCatalog::builtIn().components()) {
        if (spec.service.isEmpty() || generated(QStringLiteral("Deployment"), spec.id).empty())
            continue;
        if (const OpenImPort *metrics = spec.portFor(PortProtocol::Metrics))
            checks.append({spec.id, spec.service, metrics->name, QStringLiteral("metrics")});
        else if (const OpenImPort *http = spec.portFor(PortProtocol::Http))
            checks.append({spec.id, spec.service, http->name, QString()});
        else if (const OpenImPort *ws = spec.portFor(PortProtocol::WebSocket))
            checks.append({spec.id, spec.service, ws->name, QString()});
    }
    const OpenImComponentSpec *api = OpenImCatalog::builtIn().component(QStringLiteral("openim-api"));
    const bool checkToken = api && !generated(QStringLiteral("Deployment"), api->id).empty()
                            && !m_stack.openim.adminUsers.isEmpty();
    const SecretKeyRef shareSecret = m_stack.openim.secret.kind == SecretSource::Kind::Generate
                                         ? SecretKeyRef{QLatin1String(ManifestGenerator::kOwnedSecretName),
                                                        QLatin1String(ManifestGenerator::kShareSecretKey)}
                                         : m_stack.openim.secret.ref;
    const QString apiService = api ? api->service : QString();
    const QString apiPort = api && api->portFor(PortProtocol::Http) ? api->portFor(PortProtocol::Http)->name : QString();
    const QString admin = m_stack.openim.adminUsers.isEmpty() ? QString() : m_stack.openim.adminUsers.first().userID;

    waitFor([=, this](ProbeCallback report) {
        auto remaining = std::make_shared<QList<Check>>(checks);
        auto next = std::make_shared<std::function<void()>>();
        const auto tokenCheck = [=, this] {
            if (!checkToken) {
                report({true, tr("%n service(s) reachable", nullptr, int(checks.size())), {}});
                return;
            }
            send(m_client->get(secrets(), m_stack.ns, shareSecret.name, m_work), [=, this](const KubeResponse &s) {
                const QByteArray secret = QByteArray::fromBase64(s.object()
                                                                     .value(QLatin1String("data"))
                                                                     .toObject()
                                                                     .value(shareSecret.key)
                                                                     .toString()
                                                                     .toLatin1());
                if (!s.ok() || secret.isEmpty()) {
                    report({false, {}, tr("Cannot read OpenIM's secret from Secret %1 key %2.").arg(shareSecret.name, shareSecret.key)});
                    return;
                }
                KubeRequestSpec spec;
                spec.method = "POST";
                spec.path = QStringLiteral("/api/v1/namespaces/%1/services/%2:%3/proxy/auth/get_admin_token")
                                .arg(m_stack.ns, apiService, apiPort);
                spec.contentType = "application/json";
                spec.headers.append({"operationID", "stackdeck-verify-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch())});
                spec.body = QJsonDocument(QJsonObject{{QStringLiteral("secret"), QString::fromUtf8(secret)},
                                                      {QStringLiteral("userID"), admin}})
                                .toJson(QJsonDocument::Compact);
                spec.idempotent = false;
                spec.timeoutMs = 10'000;
                send(m_client->request(spec, m_work), [=, this](const KubeResponse &t) {
                    if (!t.ok()) {
                        report({false, tr("openim-api: the admin-token call failed: %1").arg(t.error.text()), {}});
                        return;
                    }
                    const QJsonObject answer = t.object();
                    if (answer.value(QLatin1String("errCode")).toInt(-1) != 0) {
                        report({false,
                                tr("openim-api: the admin-token call answered error %1: %2")
                                    .arg(answer.value(QLatin1String("errCode")).toInt(-1))
                                    .arg(answer.value(QLatin1String("errMsg")).toString()),
                                {}});
                        return;
                    }
                    report({true, tr("%n service(s) reachable; the admin-token call succeeded", nullptr, int(checks.size())), {}});
                });
            });
        };
        *next = [=, this, weakNext = std::weak_ptr(next)] {
            const auto next = weakNext.lock();
            if (remaining->isEmpty()) {
                tokenCheck();
                return;
            }
            const Check check = remaining->takeFirst();
            KubeRequestSpec spec;
            spec.path = QStringLiteral("/api/v1/namespaces/%1/services/%2:%3/proxy/%4").arg(m_stack.ns, check.service, check.port, check.path);
            spec.accept = "*/*";
            spec.decodeJson = false;
            spec.idempotent = false;
            spec.timeoutMs = 10'000;
            send(m_client->request(spec, m_work), [=](const KubeResponse &r) {
                // Any answer from the backend proves the port accepts connections; a Kubernetes
                // Status (no endpoints, connection refused) or a gateway error does not.
                const bool reached = r.ok()
                                     || (r.error.kind() == KubeError::Kind::Status && r.error.reason().isEmpty()
                                         && r.error.httpStatus() != 502 && r.error.httpStatus() != 503
                                         && r.error.httpStatus() != 504);
                if (!reached) {
                    report({false, tr("%1: %2:%3 is not reachable: %4").arg(check.component, check.service, check.port, r.error.text()), {}});
                    return;
                }
                (*next)();
            });
        };
        (*next)();
    });
}

void DeployEngine::prune()
{
    QStringList desired;
    for (const Json &object : m_objects)
        desired.append(KubeObject::key(object));
    for (const OwnedSecretSpec &spec : m_set.ownedSecrets)
        desired.append(KubeObject::key(QStringLiteral("Secret"), m_stack.ns, spec.name));
    KindList all;
    for (const KubeObject::KindRef &k : KubeObject::namespacedKinds())
        all.append({k.apiVersion, k.kind});
    listStackObjects(all, [this, desired](const std::vector<Json> &live, const QString &error) {
        if (!error.isEmpty()) {
            stepFailed(error);
            return;
        }
        std::vector<Json> obsolete;
        QStringList kept;
        for (const Json &o : live) {
            if (desired.contains(KubeObject::key(o)))
                continue;
            if (KubeObject::kind(o) == QLatin1String("Cluster")
                && strAt(o, {"spec", "terminationPolicy"}) == QLatin1String("DoNotTerminate")) {
                kept.append(KubeObject::name(o));
                continue;
            }
            obsolete.push_back(o);
        }
        // Dependents first: Deployments before the Services and Clusters they use.
        std::reverse(obsolete.begin(), obsolete.end());
        const int removed = int(obsolete.size());
        deleteObjects(std::move(obsolete), [this, removed, kept](const QString &error) {
            if (!error.isEmpty()) {
                stepFailed(error);
                return;
            }
            QString message = tr("%n object(s) removed", nullptr, removed);
            if (!kept.isEmpty())
                message += QLatin1Char('\n')
                           + tr("Kept Cluster(s) %1: terminationPolicy DoNotTerminate.").arg(kept.join(QLatin1String(", ")));
            stepSucceeded(message);
        });
    });
}

// ---- destroy ----

void DeployEngine::destroy(const Stack &stack)
{
    begin(stack);
    addStep(QStringLiteral("prepare"), tr("Find the stack's objects"), [this] { inventory(); });
    addStep(QStringLiteral("components"), tr("Stop the OpenIM components"),
            [this] { destroyKinds(kinds({"Deployment"})); });
    addStep(QStringLiteral("config"), tr("Delete Services, configuration and Secrets"),
            [this] { destroyKinds(kinds({"Ingress", "Service", "ConfigMap", "Secret"})); });
    addStep(QStringLiteral("datastores"), tr("Delete the datastore clusters"), [this] { destroyKinds(kinds({"Cluster"})); });
    addStep(QStringLiteral("rbac"), tr("Delete the service account and RBAC"),
            [this] { destroyKinds(kinds({"RoleBinding", "Role", "ServiceAccount"})); });
    addStep(QStringLiteral("namespace"), tr("Delete namespace %1").arg(stack.ns), [this] { destroyNamespace(); });
    emit stepsReset();
    startFirstStep();
}

void DeployEngine::inventory()
{
    const quint64 generation = m_generation;
    m_client->discovery()->ensure(m_work, [this, generation](const KubeError &e) {
        if (generation != m_generation)
            return;
        if (e.isError()) {
            stepFailed(tr("Cannot read the API server's resource types: %1").arg(e.text()));
            return;
        }
        KindList all;
        for (const KubeObject::KindRef &k : KubeObject::namespacedKinds())
            all.append({k.apiVersion, k.kind});
        listStackObjects(all, [this](const std::vector<Json> &live, const QString &error) {
            if (!error.isEmpty()) {
                stepFailed(error);
                return;
            }
            QStringList protectedClusters;
            for (const Json &o : live) {
                if (KubeObject::kind(o) == QLatin1String("Cluster")
                    && strAt(o, {"spec", "terminationPolicy"}) == QLatin1String("DoNotTerminate"))
                    protectedClusters.append(KubeObject::name(o));
            }
            if (!protectedClusters.isEmpty()) {
                stepFailed(tr("Refusing to destroy: Cluster(s) %1 have terminationPolicy DoNotTerminate. Set "
                              "terminationPolicy to Delete or WipeOut in the stack file and apply it, then destroy again.")
                               .arg(protectedClusters.join(QLatin1String(", "))));
                return;
            }
            stepSucceeded(tr("%n object(s) found", nullptr, int(live.size())));
        });
    });
}

void DeployEngine::destroyKinds(const KindList &kindList)
{
    listStackObjects(kindList, [this, kindList](const std::vector<Json> &live, const QString &error) {
        if (!error.isEmpty()) {
            stepFailed(error);
            return;
        }
        if (live.empty()) {
            stepSkipped(tr("Nothing to delete."));
            return;
        }
        deleteObjects(live, [this, kindList](const QString &error) {
            if (!error.isEmpty()) {
                stepFailed(error);
                return;
            }
            waitGone(kindList);
        });
    });
}

void DeployEngine::destroyNamespace()
{
    send(m_client->get(namespaces(), {}, m_stack.ns, m_work), [this](const KubeResponse &r) {
        if (!r.ok() && r.error.httpStatus() == 404) {
            stepSkipped(tr("The namespace does not exist."));
            return;
        }
        if (!r.ok()) {
            stepFailed(tr("Cannot read namespace %1: %2").arg(m_stack.ns, r.error.text()));
            return;
        }
        if (!KubeObject::belongsTo(KubeObject::fromQt(r.object()), m_stack.name)) {
            stepSkipped(tr("The namespace was not created by Stackdeck; it stays."));
            return;
        }
        send(m_client->remove(namespaces(), {}, m_stack.ns, {}, m_work), [this](const KubeResponse &d) {
            if (!d.ok() && d.error.httpStatus() != 404) {
                stepFailed(tr("Deleting namespace %1 failed: %2").arg(m_stack.ns, d.error.text()));
                return;
            }
            waitFor([this](ProbeCallback report) {
                send(m_client->get(namespaces(), {}, m_stack.ns, m_work), [report](const KubeResponse &g) {
                    if (!g.ok() && g.error.httpStatus() == 404)
                        report({true, {}, {}});
                    else
                        report({false, tr("The namespace is terminating."), {}});
                });
            });
        });
    });
}

} // namespace sd
