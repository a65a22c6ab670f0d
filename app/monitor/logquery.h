#pragma once

#include "monitor/loglevel.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <array>
#include <memory>

namespace sd {

struct LogRecord;

// What to look for in log lines: text (plain or a regular expression, with or without case),
// a set of levels and an OpenIM operationID. Empty parts match everything.
struct LogQuery
{
    QString text;
    bool regex = false;
    bool caseSensitive = false;
    quint8 levels = kAllLevels; // levelBit(...) of the levels that pass
    QString operationId;

    bool isEmpty() const { return text.isEmpty() && levels == kAllLevels && operationId.isEmpty(); }
    bool operator==(const LogQuery &) const = default;
};

// A compiled LogQuery. Everything is matched on the stored UTF-8 bytes, never decoded: plain
// text directly (ASCII case folding), regular expressions (and non-ASCII case-insensitive text)
// with PCRE2's 8-bit JIT. The pattern is compiled with the options QRegularExpression uses
// (UTF, caseless), so the syntax and results are those of QRegularExpression, which still
// validates the pattern (error text and offset) and finds the ranges to highlight.
// Copies may be used on different threads at once.
class LogMatcher
{
public:
    LogMatcher() = default;
    explicit LogMatcher(const LogQuery &query);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; } // a regular expression that does not compile
    bool matchesEverything() const { return m_everything; }

    bool matches(const LogRecord &record, QByteArrayView text) const;
    // Where the text part matches in a decoded line (for highlighting): start/length pairs.
    QList<std::pair<qsizetype, qsizetype>> ranges(const QString &line) const;

private:
    bool textMatches(QByteArrayView text) const;

    LogQuery m_query;
    QByteArray m_needle;     // UTF-8; lower-cased when folding ASCII
    QByteArray m_operationId;
    QRegularExpression m_regex;             // validation and highlighting (decoded lines)
    struct Pcre;                            // PCRE2-8 code, shared between copies
    std::shared_ptr<const Pcre> m_pcre;     // line matching (UTF-8 bytes)
    std::array<unsigned char, 256> m_fold{};
    std::array<int, 256> m_skip{}; // Horspool shifts for FoldedBytes
    enum class Mode { None, Bytes, FoldedBytes, Regex } m_mode = Mode::None;
    bool m_everything = true;
    QString m_error;
};

} // namespace sd
