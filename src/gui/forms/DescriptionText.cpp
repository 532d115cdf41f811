#include "DescriptionText.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace airdesk::gui::DescriptionText {

namespace {

bool safeTarget(const QString &target)
{
    const QUrl url(target, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https" || scheme == u"mailto");
}

QString anchor(const QString &target, const QString &textHtml)
{
    return QString(u"<a href=\""_s + target.toHtmlEscaped() + u"\">"_s + textHtml + u"</a>"_s);
}

/// Escapes plain text and links the bare http(s) URLs in it.
QString linkify(const QString &text)
{
    static const QRegularExpression url(u"https?://[^\\s<>\"'()\\[\\]]+[^\\s<>\"'()\\[\\].,;:!?]"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        out += safeTarget(m.captured()) ? anchor(m.captured(), m.captured().toHtmlEscaped())
                                        : m.captured().toHtmlEscaped();
        last = m.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    return out;
}

/// Text between tags: Markdown links first, then bare URLs.
QString textSegment(const QString &text, bool insideAnchor)
{
    if (insideAnchor)
        return text.toHtmlEscaped();
    static const QRegularExpression markdown(u"\\[([^\\]\\n]+)\\]\\(([^)\\s]+)\\)"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = markdown.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += linkify(text.mid(last, m.capturedStart() - last));
        out += safeTarget(m.captured(2)) ? anchor(m.captured(2), m.captured(1).toHtmlEscaped())
                                         : m.captured(1).toHtmlEscaped();
        last = m.capturedEnd();
    }
    out += linkify(text.mid(last));
    return out;
}

} // namespace

QString toHtml(const QString &description)
{
    static const QRegularExpression tag(u"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>"_s);
    static const QRegularExpression href(u"href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QStringList inlineTags{u"b"_s, u"i"_s, u"em"_s, u"strong"_s, u"code"_s, u"ul"_s, u"ol"_s, u"li"_s};
    QString out;
    qsizetype last = 0;
    bool insideAnchor = false;
    for (auto it = tag.globalMatch(description); it.hasNext();) {
        const auto m = it.next();
        out += textSegment(description.mid(last, m.capturedStart() - last), insideAnchor);
        last = m.capturedEnd();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == u"a") {
            if (closing && insideAnchor) {
                out += u"</a>"_s;
                insideAnchor = false;
            } else if (!closing && !insideAnchor) {
                const auto h = href.match(m.captured(3));
                QString target = h.captured(1) + h.captured(2) + h.captured(3);
                if (h.hasMatch() && safeTarget(target)) {
                    out += u"<a href=\""_s + target.toHtmlEscaped() + u"\">"_s;
                    insideAnchor = true;
                }
            }
        } else if (name == u"br") {
            out += u"<br>"_s;
        } else if (name == u"p") {
            if (closing)
                out += u"<br>"_s;
        } else if (inlineTags.contains(name)) {
            out += closing ? QString(u"</"_s + name + u'>') : QString(u'<' + name + u'>');
        }
        // Any other tag (img, script, style, iframe, ...) is dropped with its attributes.
    }
    out += textSegment(description.mid(last), insideAnchor);
    if (insideAnchor)
        out += u"</a>"_s;
    return out.replace(u'\n', u"<br>"_s);
}

} // namespace airdesk::gui::DescriptionText
