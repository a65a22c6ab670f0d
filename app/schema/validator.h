#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace sd::schema {

// One problem found in a value, worded the way the Kubernetes API server words CRD validation errors
// (so messages can be shown to users and compared with a real cluster's).
struct Issue
{
    QString reason;   // FieldValueRequired, FieldValueInvalid, FieldValueTypeInvalid, FieldValueNotSupported,
                      // FieldValueTooLong, FieldValueTooMany
    QString field;    // "spec.componentSpecs[0].name"
    QString message;  // "Invalid value: \"X\": spec.x in body should match '^[a-z]+$'"
};

// Validates JSON values against an OpenAPI v3 schema as used by CustomResourceDefinitions
// (structural schemas): types, enum, required, pattern, minLength/maxLength, minimum/maximum
// (+ exclusive), minItems/maxItems, nullable, x-kubernetes-int-or-string, additionalProperties,
// x-kubernetes-preserve-unknown-fields and defaults. Fields the schema does not know are pruned
// from the result and listed, so the caller can reject (Strict), warn or ignore them.
// Value type; immutable after construction; thread-safe for concurrent validate() calls.
class Validator
{
public:
    explicit Validator(nlohmann::json schema = nlohmann::json::object());

    struct Result
    {
        nlohmann::json value;        // input with defaults applied and unknown fields pruned
        std::vector<Issue> issues;   // empty when valid
        QStringList unknownFields;   // "spec.foo", in document order
        bool ok() const { return issues.empty(); }
    };

    // The root's "metadata", "apiVersion" and "kind" are left alone: the API server validates those itself.
    Result validate(const nlohmann::json &value, bool applyDefaults = true) const;

    const nlohmann::json &schema() const { return m_schema; }

private:
    void check(const nlohmann::json &schema, nlohmann::json &value, const QString &path, bool root,
               bool applyDefaults, Result &result) const;

    nlohmann::json m_schema;
};

} // namespace sd::schema
