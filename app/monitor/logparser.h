#pragma once

#include "monitor/loglevel.h"

#include <QByteArrayView>

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

// Copies `in` to `out` (which has room for in.size() bytes) without ANSI escape sequences (CSI
// such as colours, OSC, and two-byte escapes); returns the bytes written. A truncated sequence
// at the end is dropped.
qsizetype stripAnsi(QByteArrayView in, char *out);

// Maps a level word (INFO, warn, Warning, E, err, …) to a level.
LogLevel levelFromWord(QByteArrayView word);

} // namespace LogParser
} // namespace sd
