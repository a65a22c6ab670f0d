#include "stack/quantity.h"

#include <array>
#include <cstdlib>

namespace sd {

namespace {

struct Suffix
{
    const char *text;
    int decimalExponent; // power of ten
    int binaryExponent;  // power of 1024
    Quantity::Format format;
};

// Longest suffixes first so "Mi" wins over "M".
constexpr std::array<Suffix, 16> kSuffixes{{
    {"Ki", 0, 1, Quantity::Format::BinarySI},
    {"Mi", 0, 2, Quantity::Format::BinarySI},
    {"Gi", 0, 3, Quantity::Format::BinarySI},
    {"Ti", 0, 4, Quantity::Format::BinarySI},
    {"Pi", 0, 5, Quantity::Format::BinarySI},
    {"Ei", 0, 6, Quantity::Format::BinarySI},
    {"n", -9, 0, Quantity::Format::DecimalSI},
    {"u", -6, 0, Quantity::Format::DecimalSI},
    {"m", -3, 0, Quantity::Format::DecimalSI},
    {"k", 3, 0, Quantity::Format::DecimalSI},
    {"M", 6, 0, Quantity::Format::DecimalSI},
    {"G", 9, 0, Quantity::Format::DecimalSI},
    {"T", 12, 0, Quantity::Format::DecimalSI},
    {"P", 15, 0, Quantity::Format::DecimalSI},
    {"E", 18, 0, Quantity::Format::DecimalSI},
    {"", 0, 0, Quantity::Format::DecimalSI},
}};

bool mulChecked(qint64 a, qint64 b, qint64 *out)
{
    return !__builtin_mul_overflow(a, b, out);
}

bool pow10Checked(int exponent, qint64 *out)
{
    qint64 v = 1;
    for (int i = 0; i < exponent; ++i) {
        if (!mulChecked(v, 10, &v))
            return false;
    }
    *out = v;
    return true;
}

} // namespace

Quantity Quantity::fromMilli(qint64 milli, Format format)
{
    Quantity q;
    q.m_milli = milli;
    q.m_format = format;
    return q;
}

Quantity Quantity::fromValue(qint64 value, Format format)
{
    return fromMilli(value * 1000, format);
}

std::optional<Quantity> Quantity::parse(const QString &input)
{
    const QByteArray text = input.trimmed().toLatin1();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    int pos = 0;
    bool negative = false;
    if (text[pos] == '+' || text[pos] == '-') {
        negative = text[pos] == '-';
        ++pos;
    }
    qint64 mantissa = 0;
    int fractionDigits = 0;
    int digits = 0;
    bool seenDot = false;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c == '.' && !seenDot) {
            seenDot = true;
            continue;
        }
        if (c < '0' || c > '9')
            break;
        ++digits;
        if (!mulChecked(mantissa, 10, &mantissa)
            || __builtin_add_overflow(mantissa, c - '0', &mantissa))
            return std::nullopt;
        if (seenDot)
            ++fractionDigits;
    }
    if (digits == 0)
        return std::nullopt;

    const QByteArray rest = text.mid(pos);
    int decimalExponent = 0;
    int binaryExponent = 0;
    Format format = Format::DecimalSI;
    if (!rest.isEmpty() && (rest[0] == 'e' || rest[0] == 'E') && rest.size() > 1) {
        bool ok = false;
        decimalExponent = rest.mid(1).toInt(&ok);
        // toInt accepts surrounding blanks; the grammar does not.
        if (!ok || rest.mid(1).trimmed() != rest.mid(1) || std::abs(decimalExponent) > 30)
            return std::nullopt;
        format = Format::DecimalExponent;
    } else {
        bool matched = false;
        for (const Suffix &s : kSuffixes) {
            if (rest == s.text) {
                decimalExponent = s.decimalExponent;
                binaryExponent = s.binaryExponent;
                format = s.format;
                matched = true;
                break;
            }
        }
        if (!matched)
            return std::nullopt;
    }

    qint64 value = mantissa;
    for (int i = 0; i < binaryExponent; ++i) {
        if (!mulChecked(value, 1024, &value))
            return std::nullopt;
    }
    const int scale = decimalExponent + 3 - fractionDigits;
    if (scale >= 0) {
        qint64 factor = 1;
        if (!pow10Checked(scale, &factor) || !mulChecked(value, factor, &value))
            return std::nullopt;
    } else {
        qint64 divisor = 1;
        if (!pow10Checked(-scale, &divisor)) {
            value = value > 0 ? 1 : 0; // smaller than a milli unit: rounds up to one
        } else {
            value = value / divisor + (value % divisor != 0 ? 1 : 0);
        }
    }
    Quantity q;
    q.m_milli = negative ? -value : value;
    q.m_format = format;
    return q;
}

qint64 Quantity::value() const
{
    if (m_milli >= 0)
        return m_milli / 1000 + (m_milli % 1000 != 0 ? 1 : 0);
    return m_milli / 1000;
}

QString Quantity::toString() const
{
    if (m_milli == 0)
        return QStringLiteral("0");
    const bool negative = m_milli < 0;
    const qint64 magnitude = negative ? -m_milli : m_milli;
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (magnitude % 1000 != 0)
        return sign + QString::number(magnitude) + QLatin1Char('m');
    qint64 units = magnitude / 1000;
    if (m_format == Format::BinarySI) {
        static const char *const kBinary[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
        int power = 0;
        while (power < 6 && units % 1024 == 0) {
            units /= 1024;
            ++power;
        }
        return sign + QString::number(units) + QLatin1String(kBinary[power]);
    }
    static const char *const kDecimal[] = {"", "k", "M", "G", "T", "P", "E"};
    int power = 0;
    while (power < 6 && units % 1000 == 0) {
        units /= 1000;
        ++power;
    }
    return sign + QString::number(units) + QLatin1String(kDecimal[power]);
}

Quantity Quantity::operator+(const Quantity &other) const
{
    return fromMilli(m_milli + other.m_milli, m_format);
}

Quantity Quantity::operator*(qint64 factor) const
{
    return fromMilli(m_milli * factor, m_format);
}

} // namespace sd
