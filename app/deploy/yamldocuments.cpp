#include "deploy/yamldocuments.h"

#include "common/tr.h"
#include "schema/yamljson.h"

namespace sd {

std::optional<std::vector<nlohmann::json>> YamlDocuments::parse(const QByteArray &text, QString *error)
{
    ParseError parseError;
    auto documents = parseJsonOrYamlDocuments(text, &parseError);
    if (!documents) {
        if (error)
            *error = parseError.line > 0 ? Tr::tr("line %1, column %2: %3").arg(parseError.line).arg(parseError.column).arg(parseError.message)
                                         : parseError.message;
        return std::nullopt;
    }
    std::vector<nlohmann::json> out;
    for (nlohmann::json &object : *documents) {
        if (object.is_object() && object.value("kind", std::string()) == "List" && object.contains("items")
            && object["items"].is_array()) {
            for (auto &item : object["items"])
                out.push_back(std::move(item));
        } else {
            out.push_back(std::move(object));
        }
    }
    return out;
}

} // namespace sd
