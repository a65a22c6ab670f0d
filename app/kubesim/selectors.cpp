#include "kubesim/selectors.h"

#include "kubesim/validation.h"

namespace sd::sim {

namespace {
QString labelValue(const nlohmann::json &labels, const QString &key, bool *present)
{
    *present = false;
    if (!labels.is_object())
        return {};
    auto it = labels.find(key.toStdString());
    if (it == labels.end() || !it->is_string())
        return {};
    *present = true;
    return QString::fromStdString(it->get<std::string>());
}

// Splits on commas that are not inside parentheses.
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}
} // namespace

std::optional<LabelSelector> LabelSelector::parse(const QString &text, QString *error)
{
    LabelSelector s;
    if (text.trimmed().isEmpty())
        return s;
    auto fail = [&](const QString &msg) -> std::optional<LabelSelector> {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    for (QString part : splitTopLevel(text)) {
        part = part.trimmed();
        if (part.isEmpty())
            return fail(QStringLiteral("unable to parse requirement: found '', expected: identifier"));
        Requirement r;
        const qsizetype paren = part.indexOf(QLatin1Char('('));
        if (paren > 0) {
            const QString head = part.left(paren).trimmed();
            if (!part.endsWith(QLatin1Char(')')))
                return fail(QStringLiteral("unable to parse requirement: found '%1', expected: ')'").arg(part));
            const QStringList words = head.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() != 2 || (words[1] != QStringLiteral("in") && words[1] != QStringLiteral("notin")))
                return fail(QStringLiteral("unable to parse requirement: found '%1', expected: in, notin").arg(head));
            r.key = words[0];
            r.op = words[1] == QStringLiteral("in") ? Requirement::In : Requirement::NotIn;
            for (const QString &v : part.mid(paren + 1).chopped(1).split(QLatin1Char(',')))
                r.values.append(v.trimmed());
        } else if (part.startsWith(QLatin1Char('!'))) {
            r.key = part.mid(1).trimmed();
            r.op = Requirement::DoesNotExist;
        } else if (const qsizetype ne = part.indexOf(QStringLiteral("!=")); ne > 0) {
            r.key = part.left(ne).trimmed();
            r.op = Requirement::NotEquals;
            r.values = {part.mid(ne + 2).trimmed()};
        } else if (const qsizetype eq2 = part.indexOf(QStringLiteral("==")); eq2 > 0) {
            r.key = part.left(eq2).trimmed();
            r.op = Requirement::Equals;
            r.values = {part.mid(eq2 + 2).trimmed()};
        } else if (const qsizetype eq = part.indexOf(QLatin1Char('=')); eq > 0) {
            r.key = part.left(eq).trimmed();
            r.op = Requirement::Equals;
            r.values = {part.mid(eq + 1).trimmed()};
        } else {
            r.key = part;
            r.op = Requirement::Exists;
        }
        if (const QString problem = validateLabelKey(r.key); !problem.isEmpty())
            return fail(QStringLiteral("unable to parse requirement: invalid label key \"%1\": %2").arg(r.key, problem));
        for (const QString &v : std::as_const(r.values)) {
            if (const QString problem = validateLabelValue(v); !problem.isEmpty())
                return fail(QStringLiteral("unable to parse requirement: invalid label value: \"%1\": %2").arg(v, problem));
        }
        s.m_requirements.push_back(r);
    }
    return s;
}

LabelSelector LabelSelector::fromJson(const nlohmann::json &selector)
{
    LabelSelector s;
    if (!selector.is_object())
        return s;
    if (auto ml = selector.find("matchLabels"); ml != selector.end() && ml->is_object()) {
        for (auto it = ml->begin(); it != ml->end(); ++it) {
            s.m_requirements.push_back({Requirement::Equals, QString::fromStdString(it.key()),
                                        {QString::fromStdString(it->is_string() ? it->get<std::string>() : "")}});
        }
    }
    if (auto me = selector.find("matchExpressions"); me != selector.end() && me->is_array()) {
        for (const auto &e : *me) {
            Requirement r;
            r.key = QString::fromStdString(e.value("key", std::string()));
            const std::string op = e.value("operator", std::string());
            r.op = op == "In" ? Requirement::In : op == "NotIn" ? Requirement::NotIn
                 : op == "Exists" ? Requirement::Exists : Requirement::DoesNotExist;
            for (const auto &v : e.value("values", nlohmann::json::array()))
                r.values.append(QString::fromStdString(v.is_string() ? v.get<std::string>() : ""));
            s.m_requirements.push_back(r);
        }
    }
    return s;
}

bool LabelSelector::matches(const nlohmann::json &labels) const
{
    for (const Requirement &r : m_requirements) {
        bool present = false;
        const QString value = labelValue(labels, r.key, &present);
        switch (r.op) {
        case Requirement::Equals:
        case Requirement::In:
            if (!present || !r.values.contains(value))
                return false;
            break;
        case Requirement::NotEquals:
        case Requirement::NotIn:
            if (present && r.values.contains(value))
                return false;
            break;
        case Requirement::Exists:
            if (!present)
                return false;
            break;
        case Requirement::DoesNotExist:
            if (present)
                return false;
            break;
        }
    }
    return true;
}

QString fieldValue(const nlohmann::json &object, const QString &path)
{
    const nlohmann::json *node = &object;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!node->is_object())
            return {};
        auto it = node->find(part.toStdString());
        if (it == node->end())
            return {};
        node = &*it;
    }
    if (node->is_string())
        return QString::fromStdString(node->get<std::string>());
    if (node->is_null())
        return {};
    return QString::fromStdString(node->dump());
}

std::optional<FieldSelector> FieldSelector::parse(const QString &text, QString *error)
{
    FieldSelector s;
    if (text.trimmed().isEmpty())
        return s;
    for (QString part : text.split(QLatin1Char(','))) {
        part = part.trimmed();
        Requirement r;
        qsizetype at = part.indexOf(QStringLiteral("!="));
        int width = 2;
        if (at > 0) {
            r.negate = true;
        } else if (at = part.indexOf(QStringLiteral("==")); at > 0) {
            width = 2;
        } else if (at = part.indexOf(QLatin1Char('=')); at > 0) {
            width = 1;
        } else {
            if (error)
                *error = QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, part);
            return std::nullopt;
        }
        r.field = part.left(at).trimmed();
        r.value = part.mid(at + width).trimmed();
        s.m_requirements.push_back(r);
    }
    return s;
}

bool FieldSelector::matches(const nlohmann::json &object) const
{
    for (const Requirement &r : m_requirements) {
        if ((fieldValue(object, r.field) == r.value) == r.negate)
            return false;
    }
    return true;
}

QStringList FieldSelector::fields() const
{
    QStringList out;
    for (const Requirement &r : m_requirements)
        out.append(r.field);
    return out;
}

} // namespace sd::sim
