#pragma once

#include "kubesim/resourcetype.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace sd::sim {

// One field problem, as a real API server reports it in a 422 Status's details.causes.
struct FieldError
{
    QString reason;  // FieldValueInvalid, FieldValueRequired, FieldValueNotSupported, FieldValueTooLong, FieldValueDuplicate
    QString field;   // "spec.template.spec.containers[0].name"
    QString message; // "Invalid value: \"x\": …" / "Required value"

    static FieldError invalid(const QString &field, const nlohmann::json &value, const QString &detail);
    static FieldError required(const QString &field, const QString &detail = {});
    static FieldError notSupported(const QString &field, const nlohmann::json &value, const QStringList &allowed);
};

// Each returns an empty string when valid, else the real server's explanation.
QString validateDns1123Subdomain(const QString &value);
QString validateDns1123Label(const QString &value);
QString validateLabelKey(const QString &value);
QString validateLabelValue(const QString &value);
QString validateIanaSvcName(const QString &value);

// Metadata, label and the built-in kinds' required-field checks (what Stackdeck creates).
std::vector<FieldError> validateObject(const ResourceType &type, const nlohmann::json &object);

} // namespace sd::sim
