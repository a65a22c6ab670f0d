#pragma once

#include "monitor/loglevel.h"

#include <QByteArrayView>

#include <vector>

namespace sd {

// Recognises the log formats an OpenIM stack writes and extracts what the docks filter on.
// Formats: OpenIM's zap console lines (tab-separated, level second) and zap JSON; MySQL
// ("[Warning] [MY-…]"); Redis ("1:M 14 Mar 2025 … * msg"); MongoDB structured JSON ("s":"W");
// Kafka/log4j ("[2025-… ,481] INFO …"); MinIO (JSON "level", or "Error: " blocks); otherwise a
// logfmt "level=" key. Pure functions, safe on any bytes (invalid UTF-8, huge lines).
namespace LogParser {

enum class Format : quint8 { Unknown, ZapConsole, ZapJson, MySql, Redis, MongoJson, Kafka, MinIO, Logfmt };

struct Info
{
    LogLevel level = LogLevel::Unknown;
    Format format = Format::Unknown;
    qsizetype operationIdStart = -1; // byte span of OpenIM's operationID value, if any
    qsizetype operationIdLength = 0;
};

Info parse(QByteArrayView line);

// The operationID of a line ("operationID": "…" in zap console/JSON lines, operationID=… in
// logfmt); empty when there is none.
QByteArrayView operationId(QByteArrayView line);

// A text style set by ANSI SGR codes (ESC [ … m). Colours are 0 (the view's default),
// kPalette | index (0–255: the 16 basic and bright colours, then the xterm cube and greys) or
// kRgb | 0xRRGGBB.
struct AnsiStyle
{
    enum Attr : quint8 { Bold = 1, Faint = 2, Italic = 4, Underline = 8, Inverse = 16, Strike = 32 };
    static constexpr quint32 kPalette = 1u << 24;
    static constexpr quint32 kRgb = 2u << 24;

    quint8 attrs = 0;
    quint32 fg = 0;
    quint32 bg = 0;

    bool isDefault() const { return attrs == 0 && fg == 0 && bg == 0; }
    bool operator==(const AnsiStyle &) const = default;
};

// A styled span of a line without its escape codes: [start, start + length) in bytes of the
// stripped text (or, after LogModel converts them, in UTF-16 units of the shown text).
struct AnsiRun
{
    qsizetype start = 0;
    qsizetype length = 0;
    AnsiStyle style;
    bool operator==(const AnsiRun &) const = default;
};

// Copies `in` to `out` (which has room for in.size() bytes) without ANSI escape sequences (CSI
// such as colours, OSC, and two-byte escapes); returns the bytes written. A truncated sequence
// at the end is dropped. With `runs`, the spans that SGR codes styled are appended to it
// (adjacent spans of one style merged; unstyled text gets none).
qsizetype stripAnsi(QByteArrayView in, char *out, std::vector<AnsiRun> *runs = nullptr);

// Applies the parameters of one SGR sequence ("1;31", "38;5;208", "" = reset) to `style`.
void applySgr(QByteArrayView params, AnsiStyle *style);

// Maps a level word (INFO, warn, Warning, E, err, …) to a level.
LogLevel levelFromWord(QByteArrayView word);

} // namespace LogParser
} // namespace sd
