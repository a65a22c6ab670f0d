#include "monitor/logparser.h"

#include <cstring>
#include <string_view>

namespace sd::LogParser {

namespace {

std::string_view sv(QByteArrayView v)
{
    return std::string_view(v.data(), size_t(v.size()));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

// "2025-03-14 09:15:21" or "2025-03-14T09:15:21" at `pos`.
bool isDateTime(std::string_view s, size_t pos)
{
    if (s.size() < pos + 19)
        return false;
    const char *p = s.data() + pos;
    return isDigit(p[0]) && isDigit(p[3]) && p[4] == '-' && p[7] == '-' && (p[10] == ' ' || p[10] == 'T')
        && p[13] == ':' && p[16] == ':';
}

// Value of a JSON string field `"key":"value"` (whitespace allowed around the colon).
std::string_view jsonString(std::string_view s, std::string_view quotedKey, size_t *start = nullptr)
{
    size_t pos = s.find(quotedKey);
    if (pos == std::string_view::npos)
        return {};
    pos += quotedKey.size();
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == ':'))
        ++pos;
    if (pos >= s.size() || s[pos] != '"')
        return {};
    ++pos;
    size_t end = pos;
    while (end < s.size() && s[end] != '"') {
        if (s[end] == '\\')
            ++end;
        ++end;
    }
    if (end > s.size())
        return {};
    if (start)
        *start = pos;
    return s.substr(pos, end - pos);
}

// The whitespace-separated token number `index` (0-based), scanning at most the first 96 bytes.
std::string_view token(std::string_view s, int index)
{
    size_t pos = 0;
    const size_t limit = std::min<size_t>(s.size(), 96);
    for (int i = 0; pos < limit; ++i) {
        while (pos < limit && s[pos] == ' ')
            ++pos;
        size_t end = pos;
        while (end < s.size() && s[end] != ' ' && s[end] != '\t')
            ++end;
        if (i == index)
            return s.substr(pos, end - pos);
        pos = end;
    }
    return {};
}

Info parseJson(std::string_view s)
{
    Info info;
    // MongoDB 4.4+: {"t":{"$date":…},"s":"I","c":"NETWORK",…}
    if (s.size() > 6 && s.substr(0, 6) == R"({"t":{)") {
        const std::string_view sev = jsonString(s, R"("s")");
        info.format = Format::MongoJson;
        if (!sev.empty()) {
            switch (sev[0]) {
            case 'F': info.level = LogLevel::Fatal; break;
            case 'E': info.level = LogLevel::Error; break;
            case 'W': info.level = LogLevel::Warning; break;
            case 'I': info.level = LogLevel::Info; break;
            case 'D': info.level = LogLevel::Debug; break;
            default: break;
            }
        }
        return info;
    }
    const std::string_view level = jsonString(s, R"("level")");
    if (!level.empty()) {
        info.level = levelFromWord(QByteArrayView(level.data(), qsizetype(level.size())));
        // MinIO's JSON log carries "errKind"/"api"; OpenIM's zap JSON carries "caller".
        info.format = s.find(R"("errKind")") != std::string_view::npos ? Format::MinIO : Format::ZapJson;
    }
    return info;
}

} // namespace

LogLevel levelFromWord(QByteArrayView word)
{
    const std::string_view w = sv(word);
    if (w.empty() || w.size() > 9)
        return LogLevel::Unknown;
    if (w.size() == 1) {
        switch (w[0]) {
        case 'F': return LogLevel::Fatal;
        case 'E': return LogLevel::Error;
        case 'W': return LogLevel::Warning;
        case 'I': return LogLevel::Info;
        case 'D': return LogLevel::Debug;
        default: return LogLevel::Unknown;
        }
    }
    static constexpr struct { std::string_view word; LogLevel level; } words[] = {
        {"info", LogLevel::Info},       {"warn", LogLevel::Warning},  {"error", LogLevel::Error},
        {"debug", LogLevel::Debug},     {"warning", LogLevel::Warning}, {"note", LogLevel::Info},
        {"system", LogLevel::Info},     {"notice", LogLevel::Info},   {"trace", LogLevel::Debug},
        {"fatal", LogLevel::Fatal},     {"panic", LogLevel::Fatal},   {"dpanic", LogLevel::Error},
        {"err", LogLevel::Error},       {"crit", LogLevel::Fatal},    {"critical", LogLevel::Fatal},
        {"severe", LogLevel::Error},    {"emerg", LogLevel::Fatal},   {"alert", LogLevel::Fatal},
        {"verbose", LogLevel::Debug},   {"fine", LogLevel::Debug},
    };
    for (const auto &entry : words) {
        if (equalsNoCase(w, entry.word))
            return entry.level;
    }
    return LogLevel::Unknown;
}

Info parse(QByteArrayView line)
{
    const std::string_view s = sv(line);
    Info info;
    if (s.empty())
        return info;
    if (s[0] == '{') {
        info = parseJson(s);
    } else if (isDateTime(s, 0) && s[10] == ' ' && s.size() > 24 && s.find('\t') == 23) {
        // zap console: "2025-03-14 09:15:21.337\tINFO\t[PID:1]\t…"
        info.format = Format::ZapConsole;
        const size_t end = s.find('\t', 24);
        info.level = levelFromWord(line.sliced(24, qsizetype((end == std::string_view::npos ? s.size() : end) - 24)));
    } else if (isDateTime(s, 0) && s[10] == 'T') {
        // MySQL 8: "2025-03-14T09:12:03.481234Z 0 [Warning] [MY-010068] [Server] …"
        const std::string_view t = token(s, 2);
        if (t.size() > 2 && t.front() == '[' && t.back() == ']') {
            info.format = Format::MySql;
            info.level = levelFromWord(QByteArrayView(t.data() + 1, qsizetype(t.size() - 2)));
        }
    } else if (s[0] == '[' && isDateTime(s, 1)) {
        // Kafka (log4j): "[2025-03-14 09:12:03,481] INFO [KafkaServer id=0] started (…)"
        const std::string_view t = token(s, 2);
        info.format = Format::Kafka;
        info.level = levelFromWord(QByteArrayView(t.data(), qsizetype(t.size())));
    } else if (isDigit(s[0])) {
        // Redis: "1:M 14 Mar 2025 09:12:03.481 * Ready to accept connections"
        const size_t colon = s.find(':');
        if (colon != std::string_view::npos && colon < 8 && colon + 2 < s.size() && s[colon + 2] == ' ') {
            const std::string_view t = token(s, 5);
            if (t.size() == 1) {
                info.format = Format::Redis;
                switch (t[0]) {
                case '.': info.level = LogLevel::Debug; break;
                case '-': info.level = LogLevel::Debug; break;
                case '*': info.level = LogLevel::Info; break;
                case '#': info.level = LogLevel::Warning; break;
                default: info.format = Format::Unknown; break;
                }
            }
        }
    } else if (s.substr(0, 7) == "Error: " || s.substr(0, 9) == "WARNING: " || s.substr(0, 6) == "INFO: ") {
        // MinIO's human-readable output.
        info.format = Format::MinIO;
        info.level = s[0] == 'E' ? LogLevel::Error : s[0] == 'W' ? LogLevel::Warning : LogLevel::Info;
    }
    if (info.level == LogLevel::Unknown) {
        const size_t pos = s.find("level=");
        if (pos != std::string_view::npos && (pos == 0 || s[pos - 1] == ' ')) {
            size_t start = pos + 6;
            if (start < s.size() && s[start] == '"')
                ++start;
            size_t end = start;
            while (end < s.size() && s[end] != ' ' && s[end] != '"')
                ++end;
            info.level = levelFromWord(line.sliced(qsizetype(start), qsizetype(end - start)));
            if (info.level != LogLevel::Unknown && info.format == Format::Unknown)
                info.format = Format::Logfmt;
        }
    }
    const QByteArrayView op = operationId(line);
    if (!op.isEmpty()) {
        info.operationIdStart = op.data() - line.data();
        info.operationIdLength = op.size();
    }
    return info;
}

QByteArrayView operationId(QByteArrayView line)
{
    const std::string_view s = sv(line);
    size_t start = 0;
    std::string_view v = jsonString(s, R"("operationID")", &start);
    if (v.empty()) {
        const size_t pos = s.find("operationID=");
        if (pos == std::string_view::npos)
            return {};
        start = pos + 12;
        size_t end = start;
        while (end < s.size() && s[end] != ' ' && s[end] != '\t')
            ++end;
        v = s.substr(start, end - start);
    }
    if (v.empty() || v == "...")
        return {};
    return QByteArrayView(line.data() + start, qsizetype(v.size()));
}

qsizetype stripAnsi(QByteArrayView in, char *out)
{
    const char *p = in.data();
    const char *end = p + in.size();
    char *o = out;
    while (p < end) {
        const char *esc = static_cast<const char *>(std::memchr(p, 0x1b, size_t(end - p)));
        if (!esc) {
            std::memcpy(o, p, size_t(end - p));
            o += end - p;
            break;
        }
        std::memcpy(o, p, size_t(esc - p));
        o += esc - p;
        p = esc + 1;
        if (p >= end)
            break;
        if (*p == '[') {
            // CSI: parameters and intermediates, then one final byte in 0x40–0x7e.
            ++p;
            while (p < end && (static_cast<unsigned char>(*p) < 0x40 || static_cast<unsigned char>(*p) > 0x7e))
                ++p;
            if (p < end)
                ++p;
        } else if (*p == ']') {
            // OSC: up to BEL or ESC backslash.
            ++p;
            while (p < end && *p != '\a' && !(*p == 0x1b && p + 1 < end && p[1] == '\\'))
                ++p;
            if (p < end)
                p += (*p == '\a') ? 1 : 2;
        } else {
            ++p; // two-byte escape
        }
    }
    return o - out;
}

} // namespace sd::LogParser
