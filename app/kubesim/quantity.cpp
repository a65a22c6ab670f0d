#include "kubesim/quantity.h"

#include <QRegularExpression>

#include <cmath>

namespace sd::sim::quantity {

namespace {
// The number and the multiplier of its suffix (binary, decimal or exponent), or nullopt.
std::optional<double> parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^([+-]?[0-9]*\.?[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$)"));
    const auto match = re.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const double number = match.captured(1).toDouble();
    const QString suffix = match.captured(2);
    static const QHash<QString, double> factors = {
        {QStringLiteral("Ki"), 1024.0}, {QStringLiteral("Mi"), std::pow(1024.0, 2)}, {QStringLiteral("Gi"), std::pow(1024.0, 3)},
        {QStringLiteral("Ti"), std::pow(1024.0, 4)}, {QStringLiteral("Pi"), std::pow(1024.0, 5)}, {QStringLiteral("Ei"), std::pow(1024.0, 6)},
        {QStringLiteral("n"), 1e-9}, {QStringLiteral("u"), 1e-6}, {QStringLiteral("m"), 1e-3}, {QStringLiteral("k"), 1e3},
        {QStringLiteral("M"), 1e6}, {QStringLiteral("G"), 1e9}, {QStringLiteral("T"), 1e12}, {QStringLiteral("P"), 1e15},
        {QStringLiteral("E"), 1e18}};
    if (suffix.isEmpty())
        return number;
    if (suffix.startsWith(QLatin1Char('e')) || suffix.startsWith(QLatin1Char('E')))
        return number * std::pow(10.0, suffix.mid(1).toDouble());
    return number * factors.value(suffix);
}
} // namespace

std::optional<qint64> cpuMillis(const QString &text)
{
    const auto v = parse(text);
    return v ? std::optional<qint64>(qint64(std::ceil(*v * 1000.0 - 1e-9))) : std::nullopt;
}

std::optional<qint64> bytes(const QString &text)
{
    const auto v = parse(text);
    return v ? std::optional<qint64>(qint64(std::ceil(*v - 1e-9))) : std::nullopt;
}

QString formatCpu(qint64 millis)
{
    return millis % 1000 == 0 ? QString::number(millis / 1000) : QStringLiteral("%1m").arg(millis);
}

QString formatMemory(qint64 bytes)
{
    static const char *suffixes[] = {"Gi", "Mi", "Ki"};
    for (int i = 0; i < 3; ++i) {
        const qint64 unit = qint64(1) << (10 * (3 - i));
        if (bytes % unit == 0)
            return QString::number(bytes / unit) + QLatin1String(suffixes[i]);
    }
    return QStringLiteral("%1Ki").arg((bytes + 1023) / 1024);
}

} // namespace sd::sim::quantity
