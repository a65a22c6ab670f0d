#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace sd::sim {

// A parsed label selector (`a=b,c!=d,e in (x,y),f notin (z),g,!h`), all operators of the real server.
class LabelSelector
{
public:
    // nullopt with `error` for malformed input.
    static std::optional<LabelSelector> parse(const QString &text, QString *error = nullptr);
    // From a metav1.LabelSelector object (matchLabels + matchExpressions).
    static LabelSelector fromJson(const nlohmann::json &selector);
    bool matches(const nlohmann::json &labels) const;
    bool isEmpty() const { return m_requirements.empty(); }

private:
    struct Requirement
    {
        enum Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist } op;
        QString key;
        QStringList values;
    };
    std::vector<Requirement> m_requirements;
};

// A parsed field selector (`metadata.name=x,status.phase!=Running`) over dotted paths of the object.
class FieldSelector
{
public:
    static std::optional<FieldSelector> parse(const QString &text, QString *error = nullptr);
    bool matches(const nlohmann::json &object) const;
    bool isEmpty() const { return m_requirements.empty(); }
    QStringList fields() const;

private:
    struct Requirement
    {
        QString field;
        QString value;
        bool negate = false;
    };
    std::vector<Requirement> m_requirements;
};

// The string value of a dotted path ("status.phase") in `object`; empty when absent.
QString fieldValue(const nlohmann::json &object, const QString &path);

} // namespace sd::sim
