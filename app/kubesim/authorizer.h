#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace sd::sim {

class Store;

// Who a request comes from (token lookup or client certificate CN/O).
struct UserInfo
{
    QString name;
    QStringList groups;  // always includes system:authenticated for authenticated users
};

// What a request wants to do, in RBAC terms.
struct RequestAttributes
{
    QString verb;  // get list watch create update patch delete deletecollection
    QString group;
    QString resource;
    QString subresource;
    QString ns;
    QString name;
    QString path;  // for non-resource requests (/version, /apis)
    bool resourceRequest = true;
};

// Evaluates the RBAC objects in the store (Roles, ClusterRoles and their bindings) the way the real
// RBAC authorizer does: system:masters may do anything; otherwise some bound rule must allow the request.
// Discovery, /version and self-reviews are allowed to every authenticated user (the system:discovery
// and system:basic-user bindings of a real cluster). Thread-safe (reads the store only).
class Authorizer
{
public:
    explicit Authorizer(const Store *store) : m_store(store) {}

    bool allowed(const UserInfo &user, const RequestAttributes &attributes) const;
    // The rules that apply to `user` in namespace `ns` (SelfSubjectRulesReview's resourceRules/nonResourceRules).
    nlohmann::json rulesFor(const UserInfo &user, const QString &ns) const;

private:
    std::vector<nlohmann::json> boundRules(const UserInfo &user, const QString &ns) const;

    const Store *m_store;  // not owned
};

} // namespace sd::sim
