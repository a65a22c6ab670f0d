#include "schema/yamljson.h"

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

namespace sd {

namespace {
nlohmann::json scalarToJson(const YAML::Node &node)
{
    const std::string &text = node.Scalar();
    if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
        return text;  // quoted scalars are always strings
    static const QRegularExpression intRe(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression floatRe(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    const QString q = QString::fromStdString(text);
    if (text == "null" || text == "Null" || text == "NULL" || text == "~" || text.empty())
        return nullptr;
    if (text == "true" || text == "True" || text == "TRUE")
        return true;
    if (text == "false" || text == "False" || text == "FALSE")
        return false;
    if (intRe.match(q).hasMatch()) {
        bool ok = false;
        const qlonglong v = q.toLongLong(&ok);
        if (ok)
            return v;
    }
    if (floatRe.match(q).hasMatch())
        return q.toDouble();
    return text;
}

nlohmann::json nodeToJson(const YAML::Node &node, int depth)
{
    if (depth > 200)
        throw YAML::Exception(node.Mark(), "document nested too deeply");
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return nullptr;
    case YAML::NodeType::Scalar:
        return scalarToJson(node);
    case YAML::NodeType::Sequence: {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &child : node)
            out.push_back(nodeToJson(child, depth + 1));
        return out;
    }
    case YAML::NodeType::Map: {
        nlohmann::json out = nlohmann::json::object();
        for (const auto &kv : node)
            out[kv.first.as<std::string>()] = nodeToJson(kv.second, depth + 1);
        return out;
    }
    }
    return nullptr;
}
} // namespace

QString ParseError::text() const
{
    if (line <= 0)
        return message;
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

std::optional<std::vector<nlohmann::json>> parseJsonOrYamlDocuments(const QByteArray &data, ParseError *error)
{
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        try {
            return std::vector<nlohmann::json>{nlohmann::json::parse(trimmed.constData(),
                                                                     trimmed.constData() + trimmed.size())};
        } catch (const nlohmann::json::exception &) {
            // Flow-style YAML also starts with '{': the YAML parser decides (and reports).
        }
    }
    try {
        std::vector<nlohmann::json> out;
        for (const YAML::Node &doc : YAML::LoadAll(data.toStdString())) {
            if (!doc.IsNull())
                out.push_back(nodeToJson(doc, 0));
        }
        return out;
    } catch (const YAML::Exception &e) {
        if (error)
            *error = {e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1,
                      QString::fromStdString(e.msg)};
    } catch (const std::exception &e) {
        if (error)
            *error = {0, 0, QString::fromUtf8(e.what())};
    }
    return std::nullopt;
}

std::optional<nlohmann::json> parseJsonOrYaml(const QByteArray &data, ParseError *error)
{
    auto docs = parseJsonOrYamlDocuments(data, error);
    if (!docs)
        return std::nullopt;
    if (docs->size() != 1) {
        if (error)
            *error = {0, 0, QStringLiteral("expected exactly one object, got %1").arg(docs->size())};
        return std::nullopt;
    }
    return std::move(docs->front());
}

} // namespace sd
