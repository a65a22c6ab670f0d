#include "ops/operationrun.h"

#include "common/tr.h"
#include "deploy/kubeobject.h"
#include "kube/kubeclient.h"
#include "kube/watchstream.h"
#include "ops/opsresources.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sd {

using json = nlohmann::json;

namespace {
QString str(const json &o, std::initializer_list<const char *> path)
{
    const json *cur = &o;
    for (const char *key : path) {
        if (!cur->is_object() || !cur->contains(key))
            return {};
        cur = &(*cur)[key];
    }
    if (cur->is_string())
        return QString::fromStdString(cur->get<std::string>());
    if (cur->is_number() || cur->is_boolean())
        return QString::fromStdString(cur->dump());
    return {};
}

qint64 num(const json &o, std::initializer_list<const char *> path)
{
    const json *cur = &o;
    for (const char *key : path) {
        if (!cur->is_object() || !cur->contains(key))
            return 0;
        cur = &(*cur)[key];
    }
    return cur->is_number_integer() ? cur->get<qint64>() : 0;
}

QStringList conditionLines(const json &object)
{
    QStringList out;
    const json conds = object.value("status", json::object()).value("conditions", json::array());
    for (const json &c : conds)
        out.append(QStringLiteral("%1=%2: %3").arg(str(c, {"type"}), str(c, {"status"}), str(c, {"message"})));
    return out;
}
} // namespace

OperationRun::OperationRun(KubeClient *client, const OperationPlan &plan, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(plan)
{
    m_pollTimer.setSingleShot(true);
    m_timeoutTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &OperationRun::poll);
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
        finish(State::TimedOut, Tr::tr("Gave up waiting; %1 goes on in the cluster.").arg(m_progress.object));
    });
}

QString OperationRun::stateId(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Submitting:
        return QStringLiteral("submitting");
    case State::Running:
        return QStringLiteral("running");
    case State::Cancelling:
        return QStringLiteral("cancelling");
    case State::Succeeded:
        return QStringLiteral("succeeded");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::TimedOut:
        return QStringLiteral("timed-out");
    }
    return {};
}

QString OperationRun::stateText(State state)
{
    switch (state) {
    case State::Idle:
        return Tr::tr("Not started");
    case State::Submitting:
        return Tr::tr("Submitting");
    case State::Running:
        return Tr::tr("Running");
    case State::Cancelling:
        return Tr::tr("Cancelling");
    case State::Succeeded:
        return Tr::tr("Succeeded");
    case State::Failed:
        return Tr::tr("Failed");
    case State::Cancelled:
        return Tr::tr("Cancelled");
    case State::TimedOut:
        return Tr::tr("Timed out");
    }
    return {};
}

bool OperationRun::isFinal(State state)
{
    return state == State::Succeeded || state == State::Failed || state == State::Cancelled || state == State::TimedOut;
}

void OperationRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void OperationRun::finish(State outcome, const QString &message)
{
    if (isFinal(m_state))
        return;
    m_pollTimer.stop();
    m_timeoutTimer.stop();
    // This may run inside a signal of a request or of the watch: cut them off now, delete later.
    if (m_work) {
        for (QObject *child : m_work->children())
            child->disconnect(this);
        m_work->deleteLater();
        m_work = nullptr;
    }
    m_message = message;
    // The final phase reaches progress watchers before the outcome.
    emit progressed(m_progress);
    setState(outcome);
    emit finished(outcome, message);
}

void OperationRun::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_plan.ready()) {
        // Queued so that finished() never comes from inside start().
        QMetaObject::invokeMethod(this, [this] { finish(State::Failed, m_plan.reason); }, Qt::QueuedConnection);
        return;
    }
    m_work = new QObject(this);
    setState(State::Submitting);
    if (m_timeoutMs > 0)
        m_timeoutTimer.start(std::chrono::milliseconds(m_timeoutMs));
    if (!m_plan.createNamespace) {
        submit();
        return;
    }
    const QJsonObject ns{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                         {QStringLiteral("kind"), QStringLiteral("Namespace")},
                         {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), m_plan.ns}}}};
    KubeRequest *r = m_client->create(OpsResources::namespaces(), {}, ns, {}, m_work);
    connect(r, &KubeRequest::finished, this, [this, r](const KubeResponse &response) {
        r->deleteLater();
        if (!response.ok() && response.httpStatus != 409) {
            finish(State::Failed, Tr::tr("Cannot create namespace %1: %2").arg(m_plan.ns, response.error.text()));
            return;
        }
        submit();
    });
}

void OperationRun::submit()
{
    KubeRequest *r = nullptr;
    const QJsonObject body = KubeObject::toQt(m_plan.body);
    switch (m_plan.method) {
    case OperationPlan::Method::Create: {
        WriteOptions options;
        options.fieldManager = m_plan.fieldManager;
        r = m_client->create(m_plan.type, m_plan.ns, body, options, m_work);
        break;
    }
    case OperationPlan::Method::Apply: {
        ApplyOptions options;
        options.force = true; // the stack's own apply owns these fields; this operation takes them over
        options.fieldManager = m_plan.fieldManager;
        r = m_client->apply(m_plan.type, m_plan.ns, m_plan.name, QJsonDocument(body).toJson(QJsonDocument::Compact), options, m_work);
        break;
    }
    case OperationPlan::Method::Update: {
        WriteOptions options;
        options.fieldManager = m_plan.fieldManager;
        r = m_client->update(m_plan.type, m_plan.ns, body, options, m_work);
        break;
    }
    case OperationPlan::Method::Delete:
        r = m_client->remove(m_plan.type, m_plan.ns, m_plan.name, {}, m_work);
        break;
    }
    connect(r, &KubeRequest::finished, this, [this, r](const KubeResponse &response) {
        r->deleteLater();
        onSubmitted(response);
    });
}

void OperationRun::onSubmitted(const KubeResponse &response)
{
    if (!response.ok()) {
        if (response.httpStatus == 409 && m_plan.method == OperationPlan::Method::Update)
            finish(State::Failed, Tr::tr("%1 %2 changed since the plan was made; plan again.").arg(m_plan.type.kind, m_plan.name));
        else
            finish(State::Failed, Tr::tr("The server refused the request: %1").arg(response.error.text()));
        return;
    }
    const json object = KubeObject::fromQt(response.object());
    m_trackType = m_plan.type;
    m_createdName = m_plan.method == OperationPlan::Method::Create ? KubeObject::name(object) : m_plan.name;
    m_generation = num(object, {"metadata", "generation"});
    m_progress.object = QStringLiteral("%1 %2/%3").arg(m_plan.type.kind, m_plan.ns, m_createdName);
    setState(State::Running);
    emit progressed(m_progress);
    startWatch(str(object, {"metadata", "resourceVersion"}));
    // One read straight away, as an informer lists before it watches: a Delete may be done already.
    m_pollTimer.start(m_pollMs);
}

void OperationRun::schedulePoll()
{
    if (!isFinal(m_state))
        m_pollTimer.start(m_watch ? std::max(m_pollMs, kFallbackPollMs) : m_pollMs);
}

void OperationRun::startWatch(const QString &resourceVersion)
{
    if (m_watch || !m_work || isFinal(m_state))
        return;
    ListOptions selectors;
    selectors.fieldSelector = QStringLiteral("metadata.name=%1").arg(m_createdName);
    constexpr int kWatchSeconds = 300;
    m_watch = new WatchStream(m_client, m_trackType, m_plan.ns, selectors, resourceVersion, kWatchSeconds, m_work);
    connect(m_watch, &WatchStream::eventsReceived, this, [this](const QList<WatchEvent> &events) {
        // Only the newest state matters; BOOKMARKs carry none.
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (isFinal(m_state) || it->type == QLatin1String("BOOKMARK"))
                continue;
            if (it->type == QLatin1String("DELETED"))
                onGone();
            else
                onState(KubeObject::fromQt(it->object));
            break;
        }
    });
    connect(m_watch, &WatchStream::finished, this, [this] {
        // Closed by the server or lost: read now, then watch again from what was read.
        if (m_watch)
            m_watch->deleteLater();
        m_watch = nullptr;
        if (!isFinal(m_state))
            m_pollTimer.start(m_pollMs);
    });
}

void OperationRun::poll()
{
    KubeRequest *r = m_client->get(m_trackType, m_plan.ns, m_createdName, m_work);
    connect(r, &KubeRequest::finished, this, [this, r](const KubeResponse &response) {
        r->deleteLater();
        onObject(response);
    });
}

void OperationRun::onObject(const KubeResponse &response)
{
    if (response.ok()) {
        const json object = KubeObject::fromQt(response.object());
        startWatch(str(object, {"metadata", "resourceVersion"}));
        onState(object);
        return;
    }
    if (response.httpStatus == 404) {
        onGone();
        return;
    }
    // A lost answer is not the operation failing: try again at the next read.
    readEvents();
}

void OperationRun::onGone()
{
    if (m_plan.method == OperationPlan::Method::Delete)
        finish(State::Succeeded, Tr::tr("%1 %2 is deleted.").arg(m_plan.type.kind, m_plan.name));
    else
        finish(State::Failed, Tr::tr("%1 disappeared while it was followed.").arg(m_progress.object));
}

void OperationRun::onState(const json &object)
{
    if (m_plan.method == OperationPlan::Method::Delete) {
        m_progress.phase = str(object, {"status", "phase"});
        emit progressed(m_progress);
        readEvents();
        return;
    }
    m_progress.conditions = conditionLines(object);
    switch (m_plan.request.action) {
    case OperationAction::Backup:
        evaluateBackup(object);
        break;
    case OperationAction::Restore:
        evaluateRestore(object);
        break;
    default:
        if (m_plan.request.target.kind == OperationTarget::Kind::Deployment)
            evaluateDeployment(object);
        else
            evaluateOps(object);
        break;
    }
    if (!m_outcome)
        emit progressed(m_progress);
    // A final phase still reads the events once more: the last ones explain the outcome.
    readEvents();
}

void OperationRun::conclude(State outcome, const QString &message)
{
    m_outcome = std::make_pair(outcome, message);
}

void OperationRun::readEvents()
{
    ListOptions options;
    options.fieldSelector = QStringLiteral("involvedObject.name=%1").arg(m_createdName);
    KubeRequest *r = m_client->list(OpsResources::events(), m_plan.ns, options, m_work);
    connect(r, &KubeRequest::finished, this, [this, r](const KubeResponse &response) {
        r->deleteLater();
        if (response.ok()) {
            bool changed = false;
            for (const QJsonValue &v : response.object().value(QLatin1String("items")).toArray()) {
                const QJsonObject e = v.toObject();
                const QString line = QStringLiteral("%1 %2: %3").arg(e.value(QLatin1String("type")).toString(),
                                                                     e.value(QLatin1String("reason")).toString(),
                                                                     e.value(QLatin1String("message")).toString());
                if (!m_seenEvents.contains(line)) {
                    m_seenEvents.insert(line);
                    m_progress.events.append(line);
                    changed = true;
                }
            }
            if (changed && !m_outcome)
                emit progressed(m_progress);
        }
        if (m_outcome)
            finish(m_outcome->first, m_outcome->second);
        else
            schedulePoll();
    });
}

void OperationRun::evaluateOps(const json &object)
{
    const json status = object.value("status", json::object());
    m_progress.phase = str(status, {"phase"});
    m_progress.progress = str(status, {"progress"});
    m_progress.details.clear();
    const json components = status.value("components", json::object());
    for (const auto &[component, c] : components.items()) {
        for (const json &d : c.value("progressDetails", json::array())) {
            QString line = QStringLiteral("%1: %2").arg(str(d, {"objectKey"}), str(d, {"status"}));
            if (!str(d, {"message"}).isEmpty())
                line += QStringLiteral(" (%1)").arg(str(d, {"message"}));
            m_progress.details.append(line);
        }
    }
    const QString phase = m_progress.phase;
    const auto lastMessage = [&] {
        const json conds = status.value("conditions", json::array());
        return conds.empty() ? phase : str(conds.back(), {"message"});
    };
    if (phase == QLatin1String("Succeed"))
        conclude(State::Succeeded, lastMessage());
    else if (phase == QLatin1String("Failed") || phase == QLatin1String("Aborted"))
        conclude(State::Failed, lastMessage());
    else if (phase == QLatin1String("Cancelled"))
        conclude(State::Cancelled, lastMessage());
    else if (phase == QLatin1String("Cancelling"))
        setState(State::Cancelling);
}

void OperationRun::evaluateBackup(const json &object)
{
    const json status = object.value("status", json::object());
    m_progress.phase = str(status, {"phase"});
    m_progress.details.clear();
    if (!str(status, {"backupRepoName"}).isEmpty())
        m_progress.details.append(Tr::tr("repository: %1").arg(str(status, {"backupRepoName"})));
    if (!str(status, {"path"}).isEmpty())
        m_progress.details.append(Tr::tr("path: %1").arg(str(status, {"path"})));
    if (m_progress.phase == QLatin1String("Completed")) {
        conclude(State::Succeeded, Tr::tr("Backup %1 completed: %2 bytes in %3.")
                                     .arg(m_createdName, str(status, {"totalSize"}), str(status, {"duration"})));
    } else if (m_progress.phase == QLatin1String("Failed")) {
        conclude(State::Failed, str(status, {"failureReason"}));
    }
}

void OperationRun::evaluateRestore(const json &object)
{
    const json status = object.value("status", json::object());
    m_progress.phase = str(status, {"phase"});
    const bool restoring = !KubeObject::annotation(object, "kubeblocks.io/restore-from-backup").isEmpty();
    m_progress.details.clear();
    if (restoring)
        m_progress.details.append(Tr::tr("restoring data from Backup %1").arg(m_plan.request.target.name));
    const json components = status.value("components", json::object());
    for (const auto &[component, c] : components.items())
        m_progress.details.append(QStringLiteral("%1: %2").arg(QString::fromStdString(component), str(c, {"phase"})));
    if (!restoring && m_progress.phase == QLatin1String("Running"))
        conclude(State::Succeeded, Tr::tr("Cluster %1 in namespace %2 is running with the data of Backup %3.")
                                     .arg(m_createdName, m_plan.ns, m_plan.request.target.name));
}

void OperationRun::evaluateDeployment(const json &object)
{
    const json status = object.value("status", json::object());
    const qint64 want = object.value("spec", json::object()).value("replicas", 1);
    const qint64 updated = num(status, {"updatedReplicas"});
    const qint64 total = num(status, {"replicas"});
    const qint64 available = num(status, {"availableReplicas"});
    const bool observed = num(status, {"observedGeneration"}) >= m_generation;
    m_progress.phase = QStringLiteral("Rolling");
    m_progress.progress = QStringLiteral("%1/%2").arg(updated).arg(want);
    m_progress.details = {Tr::tr("updated %1, available %2, total %3 of %4 wanted").arg(updated).arg(available).arg(total).arg(want)};
    for (const json &c : status.value("conditions", json::array())) {
        if (str(c, {"type"}) == QLatin1String("Progressing") && str(c, {"reason"}) == QLatin1String("ProgressDeadlineExceeded")) {
            conclude(State::Failed, str(c, {"message"}));
            return;
        }
    }
    if (observed && updated == want && total == want && available == want)
        conclude(State::Succeeded, Tr::tr("Deployment %1 rolled out: %n replica(s) available.", nullptr, int(want)).arg(m_plan.name));
}

bool OperationRun::canCancel() const
{
    return (m_state == State::Running || m_state == State::Submitting) && !m_cancelSent
           && m_plan.type.resource == QLatin1String("opsrequests")
           && Operation::cancellable(m_plan.request.target.kind, m_plan.request.action);
}

void OperationRun::cancel()
{
    if (!canCancel() || m_createdName.isEmpty())
        return;
    m_cancelSent = true;
    setState(State::Cancelling);
    const QJsonObject patch{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("cancel"), true}}}};
    KubeRequest *r = m_client->mergePatch(m_plan.type, m_plan.ns, m_createdName, patch, {}, m_work);
    connect(r, &KubeRequest::finished, this, [this, r](const KubeResponse &response) {
        r->deleteLater();
        if (!response.ok())
            m_progress.events.append(Tr::tr("Cancel refused: %1").arg(response.error.text()));
    });
}

} // namespace sd
