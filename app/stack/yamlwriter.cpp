#include "stack/yamlwriter.h"

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

namespace sd {

namespace {

void emitNode(YAML::Emitter &out, const nlohmann::ordered_json &node)
{
    switch (node.type()) {
    case nlohmann::ordered_json::value_t::object:
        if (node.empty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (auto it = node.begin(); it != node.end(); ++it) {
            out << YAML::Key;
            if (YamlWriter::needsQuotes(it.key()))
                out << YAML::DoubleQuoted;
            out << it.key() << YAML::Value;
            emitNode(out, it.value());
        }
        out << YAML::EndMap;
        return;
    case nlohmann::ordered_json::value_t::array:
        if (node.empty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const auto &item : node)
            emitNode(out, item);
        out << YAML::EndSeq;
        return;
    case nlohmann::ordered_json::value_t::string: {
        const std::string &s = node.get_ref<const std::string &>();
        if (s.find('\n') != std::string::npos)
            out << YAML::Literal << s;
        else if (YamlWriter::needsQuotes(s))
            out << YAML::DoubleQuoted << s;
        else
            out << s;
        return;
    }
    case nlohmann::ordered_json::value_t::boolean:
        out << (node.get<bool>() ? "true" : "false");
        return;
    case nlohmann::ordered_json::value_t::number_integer:
        out << node.get<std::int64_t>();
        return;
    case nlohmann::ordered_json::value_t::number_unsigned:
        out << node.get<std::uint64_t>();
        return;
    case nlohmann::ordered_json::value_t::number_float:
        out << node.dump(); // nlohmann's shortest round-trip form
        return;
    case nlohmann::ordered_json::value_t::null:
    case nlohmann::ordered_json::value_t::discarded:
    case nlohmann::ordered_json::value_t::binary:
        out << YAML::Null;
        return;
    }
}

} // namespace

bool YamlWriter::needsQuotes(const std::string &text)
{
    if (text.empty())
        return true;
    // Scalars a YAML 1.1 (yaml-cpp, PyYAML, go-yaml v2) or 1.2 reader resolves to another type.
    static const QRegularExpression special(QStringLiteral(
        "^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE"
        "|on|On|ON|off|Off|OFF"
        "|[-+]?(?:0|[1-9][0-9_]*)"                                   // int
        "|[-+]?0[0-7_]+|0o[0-7]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+" // octal, hex, binary
        "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"      // float with a dot
        "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"                          // float with an exponent only
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"         // sexagesimal (YAML 1.1)
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|=|<<)$"));
    if (special.match(QString::fromStdString(text)).hasMatch())
        return true;
    // Leading/trailing blanks are lost in plain scalars.
    return text.front() == ' ' || text.back() == ' ';
}

QByteArray YamlWriter::write(const nlohmann::ordered_json &document)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetSeqFormat(YAML::Block);
    out.SetMapFormat(YAML::Block);
    emitNode(out, document);
    QByteArray text(out.c_str(), static_cast<qsizetype>(out.size()));
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

QByteArray YamlWriter::writeDocuments(const std::vector<nlohmann::ordered_json> &documents)
{
    QByteArray text;
    for (const auto &doc : documents) {
        text.append("---\n");
        text.append(write(doc));
    }
    return text;
}

} // namespace sd
