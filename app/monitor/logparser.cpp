#include "monitor/logparser.h"

#include <algorithm>
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

void applySgr(QByteArrayView params, AnsiStyle *style)
{
    // Parameters split at ';' (and ':' for the ISO 8613-6 form of 38:2:r:g:b); empty means 0.
    int values[32];
    int count = 0;
    int current = 0;
    bool any = false;
    for (qsizetype i = 0; i <= params.size(); ++i) {
        const char c = i < params.size() ? params[i] : ';';
        if (isDigit(c)) {
            current = std::min(current * 10 + (c - '0'), 1 << 20);
            any = true;
        } else if (c == ';' || c == ':') {
            if (count < 32)
                values[count++] = any ? current : 0;
            current = 0;
            any = false;
        } else {
            return; // private or malformed parameters: not SGR as we know it
        }
    }
    auto colour = [&](int &i, quint32 *target) {
        // 38;5;n or 38;2;r;g;b (same for 48); a malformed tail ends the sequence.
        if (i + 1 >= count)
            return false;
        if (values[i + 1] == 5 && i + 2 < count) {
            *target = AnsiStyle::kPalette | quint32(std::clamp(values[i + 2], 0, 255));
            i += 2;
            return true;
        }
        if (values[i + 1] == 2 && i + 4 < count) {
            *target = AnsiStyle::kRgb | quint32(std::clamp(values[i + 2], 0, 255)) << 16
                      | quint32(std::clamp(values[i + 3], 0, 255)) << 8 | quint32(std::clamp(values[i + 4], 0, 255));
            i += 4;
            return true;
        }
        return false;
    };
    for (int i = 0; i < count; ++i) {
        const int v = values[i];
        if (v == 0) {
            *style = AnsiStyle();
        } else if (v == 1) {
            style->attrs |= AnsiStyle::Bold;
        } else if (v == 2) {
            style->attrs |= AnsiStyle::Faint;
        } else if (v == 3) {
            style->attrs |= AnsiStyle::Italic;
        } else if (v == 4) {
            style->attrs |= AnsiStyle::Underline;
        } else if (v == 7) {
            style->attrs |= AnsiStyle::Inverse;
        } else if (v == 9) {
            style->attrs |= AnsiStyle::Strike;
        } else if (v == 22) {
            style->attrs &= quint8(~(AnsiStyle::Bold | AnsiStyle::Faint));
        } else if (v == 23) {
            style->attrs &= quint8(~AnsiStyle::Italic);
        } else if (v == 24) {
            style->attrs &= quint8(~AnsiStyle::Underline);
        } else if (v == 27) {
            style->attrs &= quint8(~AnsiStyle::Inverse);
        } else if (v == 29) {
            style->attrs &= quint8(~AnsiStyle::Strike);
        } else if (v >= 30 && v <= 37) {
            style->fg = AnsiStyle::kPalette | quint32(v - 30);
        } else if (v == 38) {
            if (!colour(i, &style->fg))
                return;
        } else if (v == 39) {
            style->fg = 0;
        } else if (v >= 40 && v <= 47) {
            style->bg = AnsiStyle::kPalette | quint32(v - 40);
        } else if (v == 48) {
            if (!colour(i, &style->bg))
                return;
        } else if (v == 49) {
            style->bg = 0;
        } else if (v >= 90 && v <= 97) {
            style->fg = AnsiStyle::kPalette | quint32(v - 90 + 8);
        } else if (v >= 100 && v <= 107) {
            style->bg = AnsiStyle::kPalette | quint32(v - 100 + 8);
        }
        // Anything else (blink, fonts, …) is ignored.
    }
}

qsizetype stripAnsi(QByteArrayView in, char *out, std::vector<AnsiRun> *runs)
{
    const char *p = in.data();
    const char *end = p + in.size();
    char *o = out;
    AnsiStyle style;
    auto copy = [&](const char *from, qsizetype n) {
        if (n <= 0)
            return;
        std::memcpy(o, from, size_t(n));
        if (runs && !style.isDefault()) {
            const qsizetype at = o - out;
            if (!runs->empty() && runs->back().style == style && runs->back().start + runs->back().length == at)
                runs->back().length += n;
            else
                runs->push_back({at, n, style});
        }
        o += n;
    };
    while (p < end) {
        const char *esc = static_cast<const char *>(std::memchr(p, 0x1b, size_t(end - p)));
        if (!esc) {
            copy(p, end - p);
            break;
        }
        copy(p, esc - p);
        p = esc + 1;
        if (p >= end)
            break;
        if (*p == '[') {
            // CSI: parameters and intermediates, then one final byte in 0x40–0x7e.
            const char *params = ++p;
            while (p < end && (static_cast<unsigned char>(*p) < 0x40 || static_cast<unsigned char>(*p) > 0x7e))
                ++p;
            if (p < end) {
                if (*p == 'm' && runs)
                    applySgr(QByteArrayView(params, p - params), &style);
                ++p;
            }
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
