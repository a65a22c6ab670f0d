#include "kubesim/httprequest.h"

#include <QUrlQuery>

namespace sd::sim {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    QByteArray out;
    for (const auto &[key, value] : headers) {
        if (key == name) {
            if (!out.isEmpty())
                out += ", ";
            out += value;
        }
    }
    return out;
}

static QList<std::pair<QString, QString>> parsedQuery(const QByteArray &raw)
{
    QList<std::pair<QString, QString>> out;
    for (const QByteArray &part : raw.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QString HttpRequest::query(QStringView name) const
{
    for (const auto &[key, value] : parsedQuery(rawQuery)) {
        if (key == name)
            return value.isNull() ? QStringLiteral("") : value;
    }
    return {};
}

QStringList HttpRequest::queryAll(QStringView name) const
{
    QStringList out;
    for (const auto &[key, value] : parsedQuery(rawQuery)) {
        if (key == name)
            out.append(value);
    }
    return out;
}

bool HttpRequest::queryBool(QStringView name, bool fallback, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString value = query(name);
    if (value.isNull())
        return fallback;
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"), QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("f"), QStringLiteral("F"), QStringLiteral("FALSE"), QStringLiteral("false"), QStringLiteral("False")};
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    if (ok)
        *ok = false;
    return fallback;
}

} // namespace sd::sim
