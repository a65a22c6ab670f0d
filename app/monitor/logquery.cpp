#include "monitor/logquery.h"

#include "common/tr.h"
#include "monitor/logbuffer.h"
#include "monitor/logparser.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <string_view>

namespace sd {

namespace {

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Match data and a JIT stack per thread: a compiled pattern may be used by several threads at
// once, match data may not. One ovector pair is enough to learn whether a line matches.
struct PcreThreadState
{
    pcre2_match_data *data = pcre2_match_data_create(1, nullptr);
    pcre2_match_context *context = pcre2_match_context_create(nullptr);
    // The JIT's default 32 KiB stack fails on deeply nested patterns; grow up to 1 MiB.
    pcre2_jit_stack *stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, nullptr);

    PcreThreadState() { pcre2_jit_stack_assign(context, nullptr, stack); }
    ~PcreThreadState()
    {
        pcre2_jit_stack_free(stack);
        pcre2_match_context_free(context);
        pcre2_match_data_free(data);
    }
    PcreThreadState(const PcreThreadState &) = delete;
    PcreThreadState &operator=(const PcreThreadState &) = delete;
};

} // namespace

struct LogMatcher::Pcre
{
    pcre2_code *code = nullptr;
    ~Pcre() { pcre2_code_free(code); }
};

LogMatcher::LogMatcher(const LogQuery &query)
    : m_query(query)
{
    m_everything = query.isEmpty();
    for (int c = 0; c < 256; ++c)
        m_fold[size_t(c)] = (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32) : static_cast<unsigned char>(c);
    m_operationId = query.operationId.toUtf8();
    if (query.text.isEmpty()) {
        m_mode = Mode::None;
    } else if (query.regex || (!query.caseSensitive && !isAscii(query.text))) {
        m_mode = Mode::Regex;
        m_regex = QRegularExpression(query.regex ? query.text : QRegularExpression::escape(query.text),
                                     query.caseSensitive ? QRegularExpression::NoPatternOption
                                                         : QRegularExpression::CaseInsensitiveOption);
        if (!m_regex.isValid()) {
            m_error = Tr::tr("Invalid regular expression at offset %1: %2")
                          .arg(m_regex.patternErrorOffset())
                          .arg(m_regex.errorString());
        }
        if (m_error.isEmpty()) {
            // QRegularExpression's options (UTF, CASELESS) for the same results on the bytes;
            // MATCH_INVALID_UTF lets stored lines with invalid UTF-8 be matched, not rejected.
            const QByteArray pattern = m_regex.pattern().toUtf8();
            int code = 0;
            PCRE2_SIZE offset = 0;
            auto pcre = std::make_shared<Pcre>();
            pcre->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.constData()), size_t(pattern.size()),
                                       PCRE2_UTF | PCRE2_MATCH_INVALID_UTF
                                           | (query.caseSensitive ? 0 : PCRE2_CASELESS),
                                       &code, &offset, nullptr);
            if (!pcre->code) {
                PCRE2_UCHAR message[256];
                pcre2_get_error_message(code, message, sizeof message);
                m_error = Tr::tr("Invalid regular expression at offset %1: %2")
                              .arg(offset)
                              .arg(QString::fromUtf8(reinterpret_cast<const char *>(message)));
            } else {
                // Without JIT (unsupported CPU) pcre2_match interprets: slower, same results.
                pcre2_jit_compile(pcre->code, PCRE2_JIT_COMPLETE);
                m_pcre = std::move(pcre);
            }
        }
    } else if (query.caseSensitive) {
        m_mode = Mode::Bytes;
        m_needle = query.text.toUtf8();
    } else {
        m_mode = Mode::FoldedBytes;
        m_needle = query.text.toUtf8().toLower();
        const qsizetype nl = m_needle.size();
        m_skip.fill(int(nl));
        for (qsizetype i = 0; i + 1 < nl; ++i) {
            const auto c = static_cast<unsigned char>(m_needle[i]);
            m_skip[c] = int(nl - 1 - i);
            if (c >= 'a' && c <= 'z')
                m_skip[size_t(c - 32)] = int(nl - 1 - i);
        }
    }
}

bool LogMatcher::textMatches(QByteArrayView text) const
{
    switch (m_mode) {
    case Mode::None:
        return true;
    case Mode::Bytes:
        return std::string_view(text.data(), size_t(text.size()))
                   .find(std::string_view(m_needle.constData(), size_t(m_needle.size())))
               != std::string_view::npos;
    case Mode::FoldedBytes: {
        // Boyer-Moore-Horspool on ASCII-folded bytes: skips most of each line.
        const auto *h = reinterpret_cast<const unsigned char *>(text.data());
        const auto *n = reinterpret_cast<const unsigned char *>(m_needle.constData());
        const qsizetype nl = m_needle.size();
        for (qsizetype pos = 0; pos + nl <= text.size(); pos += m_skip[h[pos + nl - 1]]) {
            qsizetype k = nl - 1;
            while (k >= 0 && m_fold[h[pos + k]] == n[k])
                --k;
            if (k < 0)
                return true;
        }
        return false;
    }
    case Mode::Regex:
        if (!m_pcre)
            return false;
        thread_local PcreThreadState state;
        const auto subject = reinterpret_cast<PCRE2_SPTR>(text.data());
        int rc = pcre2_match(m_pcre->code, subject, size_t(text.size()), 0, 0, state.data, state.context);
        if (rc == PCRE2_ERROR_JIT_STACKLIMIT) // a pathological pattern: the interpreter has no such limit
            rc = pcre2_match(m_pcre->code, subject, size_t(text.size()), 0, PCRE2_NO_JIT, state.data, state.context);
        return rc >= 0;
    }
    return false;
}

bool LogMatcher::matches(const LogRecord &record, QByteArrayView text) const
{
    if (m_everything)
        return true;
    if (!(m_query.levels & levelBit(record.level)))
        return false;
    if (!m_operationId.isEmpty()) {
        if (!(record.flags & LogRecord::HasOperationId) || LogParser::operationId(text) != m_operationId)
            return false;
    }
    return textMatches(text);
}

QList<std::pair<qsizetype, qsizetype>> LogMatcher::ranges(const QString &line) const
{
    QList<std::pair<qsizetype, qsizetype>> out;
    if (m_mode == Mode::None || line.isEmpty())
        return out;
    if (m_mode == Mode::Regex) {
        if (!m_regex.isValid())
            return out;
        auto it = m_regex.globalMatch(line);
        while (it.hasNext() && out.size() < 1000) {
            const auto m = it.next();
            if (m.capturedLength() > 0)
                out.append({m.capturedStart(), m.capturedLength()});
        }
        return out;
    }
    const Qt::CaseSensitivity cs = m_query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    qsizetype pos = 0;
    while ((pos = line.indexOf(m_query.text, pos, cs)) >= 0 && out.size() < 1000) {
        out.append({pos, m_query.text.size()});
        pos += m_query.text.size();
    }
    return out;
}

} // namespace sd
