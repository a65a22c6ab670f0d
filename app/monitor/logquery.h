#pragma once

#include "monitor/loglevel.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <array>

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

// A compiled LogQuery. Plain text is matched on the stored UTF-8 bytes (ASCII case folding
// without decoding); regular expressions and non-ASCII case-insensitive text decode the line.
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
    QRegularExpression m_regex;
    std::array<unsigned char, 256> m_fold{};
    std::array<int, 256> m_skip{}; // Horspool shifts for FoldedBytes
    enum class Mode { None, Bytes, FoldedBytes, Regex } m_mode = Mode::None;
    bool m_everything = true;
    QString m_error;
};

} // namespace sd
