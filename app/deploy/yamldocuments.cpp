#include "deploy/yamldocuments.h"

#include "common/tr.h"

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

namespace sd {

namespace {

nlohmann::json scalar(const YAML::Node &node)
{
    const std::string &text = node.Scalar();
    if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
        return text;
    static const QRegularExpression intRe(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression floatRe(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (text == "null" || text == "Null" || text == "NULL" || text == "~" || text.empty())
        return nullptr;
    if (text == "true" || text == "True" || text == "TRUE")
        return true;
    if (text == "false" || text == "False" || text == "FALSE")
        return false;
    const QString q = QString::fromStdString(text);
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

nlohmann::json convert(const YAML::Node &node, int depth)
{
    if (depth > 100)
        throw YAML::Exception(node.Mark(), "nested too deeply");
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return scalar(node);
    case YAML::NodeType::Sequence: {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &child : node)
            out.push_back(convert(child, depth + 1));
        return out;
    }
    case YAML::NodeType::Map: {
        nlohmann::json out = nlohmann::json::object();
        for (const auto &kv : node)
            out[kv.first.Scalar()] = convert(kv.second, depth + 1);
        return out;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return nullptr;
}

} // namespace

std::optional<std::vector<nlohmann::json>> YamlDocuments::parse(const QByteArray &text, QString *error)
{
    std::vector<nlohmann::json> out;
    try {
        for (const YAML::Node &doc : YAML::LoadAll(text.toStdString())) {
            if (doc.IsNull())
                continue;
            nlohmann::json object = convert(doc, 0);
            if (object.is_object() && object.value("kind", std::string()) == "List" && object.contains("items")
                && object["items"].is_array()) {
                for (auto &item : object["items"])
                    out.push_back(std::move(item));
            } else {
                out.push_back(std::move(object));
            }
        }
    } catch (const YAML::Exception &e) {
        if (error)
            *error = Tr::tr("line %1, column %2: %3").arg(e.mark.line + 1).arg(e.mark.column + 1).arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    return out;
}

} // namespace sd
