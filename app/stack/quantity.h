#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace sd {

// A Kubernetes resource quantity ("500m", "1.5", "512Mi", "2Gi", "1e3").
//
// The value is kept exactly in thousandths ("milli units"), the finest precision Stackdeck needs:
// CPU in millicores, memory in milli-bytes. Values finer than a milli unit round up, as the API
// server's MilliValue() does. Values whose milli representation exceeds 64 bits are rejected.
// Plain value type; thread-safe as any const object.
class Quantity
{
public:
    enum class Format { DecimalSI, BinarySI, DecimalExponent };

    Quantity() = default;
    static Quantity fromMilli(qint64 milli, Format format = Format::DecimalSI);
    static Quantity fromValue(qint64 value, Format format = Format::DecimalSI);

    // Parses the Kubernetes quantity grammar; nullopt for anything the API server would reject.
    static std::optional<Quantity> parse(const QString &text);

    qint64 milliValue() const { return m_milli; }
    // Whole units, rounded up (Kubernetes Value()).
    qint64 value() const;
    Format format() const { return m_format; }
    bool isZero() const { return m_milli == 0; }

    // Canonical text in the quantity's own format: "500m", "2", "512Mi", "1500k".
    QString toString() const;

    Quantity operator+(const Quantity &other) const;
    Quantity operator*(qint64 factor) const;
    friend bool operator==(const Quantity &a, const Quantity &b) { return a.m_milli == b.m_milli; }
    friend auto operator<=>(const Quantity &a, const Quantity &b)
    {
        return a.m_milli <=> b.m_milli;
    }

private:
    qint64 m_milli = 0;
    Format m_format = Format::DecimalSI;
};

} // namespace sd
