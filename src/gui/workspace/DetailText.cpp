#include "DetailText.h"

#include "models/ScheduleText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace airdesk::gui::DetailText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("airdesk::gui::DetailText", text);
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                    value.toHtmlEscaped());
}

QString link(const QString &label, const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return {};
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), label.toHtmlEscaped());
}

QString title(const QString &text)
{
    return u"<h3>%1</h3>"_s.arg(text.toHtmlEscaped());
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace

QString actor(const domain::Actor &a, const QUrl &webUrl)
{
    const QString config = QString::fromUtf8(QJsonDocument(a.configuration).toJson(QJsonDocument::Indented));
    return title(a.name) + u"<table cellspacing=\"4\">"_s
           + row(tr("Type"), a.typeName.isEmpty() ? tr("(custom)") : a.typeName) + row(tr("Id"), a.id)
           + row(tr("Definition"), a.definitionId) + row(tr("Created"), when(a.createdAt)) + u"</table>"_s
           + u"<p>"_s + link(tr("Open in the Airbyte web app"), webUrl) + u"</p>"_s + u"<h4>"_s
           + tr("Configuration (secrets masked by the server)").toHtmlEscaped() + u"</h4><pre>"_s
           + config.toHtmlEscaped() + u"</pre>"_s;
}

QString connection(const domain::Connection &c, const QString &statusText, const QString &sourceName,
                   const QString &destinationName,
                   const std::optional<domain::Job> &lastJob, const QUrl &webUrl, const QUrl &jobHistoryUrl)
{
    QString schedule = models::ScheduleText::describe(c.schedule);
    const QString raw = models::ScheduleText::rawText(c.schedule);
    if (!raw.isEmpty() && raw != schedule)
        schedule += u" — "_s + raw;
    QString last = tr("No sync yet");
    if (lastJob)
        last = u"%1, %2"_s.arg(lastJob->rawStatus, when(lastJob->startTime));
    QString streams;
    for (const domain::StreamConfiguration &s : c.streams)
        streams += u"<li>%1 <i>(%2)</i></li>"_s.arg(s.name.toHtmlEscaped(), s.syncMode.toHtmlEscaped());
    return title(c.name) + u"<table cellspacing=\"4\">"_s + row(tr("Status"), statusText)
           + row(tr("Source"), sourceName) + row(tr("Destination"), destinationName) + row(tr("Schedule"), schedule)
           + row(tr("Last sync"), last) + row(tr("Prefix"), c.prefix.isEmpty() ? tr("(none)") : c.prefix)
           + row(tr("Id"), c.connectionId) + row(tr("Created"), when(c.createdAt)) + u"</table><p>"_s
           + link(tr("Open in the Airbyte web app"), webUrl) + u" &nbsp; "_s + link(tr("Job history"), jobHistoryUrl)
           + u"</p><h4>"_s + tr("Streams (%1)").arg(c.streams.size()).toHtmlEscaped() + u"</h4><ul>"_s + streams
           + u"</ul>"_s;
}

} // namespace airdesk::gui::DetailText
