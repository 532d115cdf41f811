#include "DetailText.h"

#include "models/ScheduleText.h"
#include "models/jobs/JobText.h"

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

QString htmlRow(const QString &label, const QString &html)
{
    return u"<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(), html);
}

QString link(const QString &label, const QUrl &url)
{
    const bool web = url.scheme() == u"http"_s || url.scheme() == u"https"_s;
    if (!url.isValid() || (!web && url.scheme() != u"airdesk"_s))
        return label.toHtmlEscaped();
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

QString webLinks(const WebLinks &links, bool connection)
{
    QStringList parts;
    if (links.item.isValid())
        parts.append(link(tr("Open in the Airbyte web app"), links.item));
    if (connection && links.jobHistory.isValid())
        parts.append(link(tr("Job history"), links.jobHistory));
    if (links.workspace.isValid())
        parts.append(link(tr("Workspace"), links.workspace));
    return u"<p>"_s + parts.join(u" &nbsp; "_s) + u"</p>"_s;
}

} // namespace

QUrl jumpUrl(const QString &table, const QString &id)
{
    QUrl url;
    url.setScheme(u"airdesk"_s);
    url.setPath(table + u'/' + id);
    return url;
}

QString actor(const domain::Actor &a, const WebLinks &links)
{
    const QString config = QString::fromUtf8(QJsonDocument(a.configuration).toJson(QJsonDocument::Indented));
    return title(a.name) + u"<table cellspacing=\"4\">"_s
           + row(tr("Type"), a.typeName.isEmpty() ? tr("(custom)") : a.typeName) + row(tr("Id"), a.id)
           + row(tr("Definition"), a.definitionId) + row(tr("Created"), when(a.createdAt)) + u"</table>"_s
           + webLinks(links, false) + u"<h4>"_s
           + tr("Configuration (secrets masked by the server)").toHtmlEscaped() + u"</h4><pre>"_s
           + config.toHtmlEscaped() + u"</pre>"_s;
}

QString connection(const domain::Connection &c, const QString &statusText, const QString &sourceName,
                   const QString &destinationName, const std::optional<domain::Job> &lastJob, const WebLinks &links)
{
    QString schedule = models::ScheduleText::describe(c.schedule);
    const QString raw = models::ScheduleText::rawText(c.schedule);
    if (!raw.isEmpty() && raw != schedule)
        schedule += u" — "_s + raw;
    QString last = tr("No sync yet");
    if (lastJob)
        last = u"%1, %2"_s.arg(lastJob->status == domain::JobStatus::Unknown ? lastJob->rawStatus
                                                                         : models::JobText::statusText(lastJob->status),
                                when(lastJob->startTime));
    QString streams;
    for (const domain::StreamConfiguration &s : c.streams)
        streams += u"<li>%1 <i>(%2)</i></li>"_s.arg(s.name.toHtmlEscaped(), s.syncMode.toHtmlEscaped());
    return title(c.name) + u"<table cellspacing=\"4\">"_s + row(tr("Status"), statusText)
           + htmlRow(tr("Source"), link(sourceName, jumpUrl(u"source"_s, c.sourceId)))
           + htmlRow(tr("Destination"), link(destinationName, jumpUrl(u"destination"_s, c.destinationId)))
           + htmlRow(tr("Schedule"), schedule.toHtmlEscaped() + u" &nbsp; "_s
                                         + link(tr("Edit…"), jumpUrl(u"schedule"_s, c.connectionId)))
           + row(tr("Last sync"), last) + row(tr("Prefix"), c.prefix.isEmpty() ? tr("(none)") : c.prefix)
           + row(tr("Id"), c.connectionId) + row(tr("Created"), when(c.createdAt)) + u"</table>"_s
           + webLinks(links, true) + u"<h4>"_s + tr("Streams (%1)").arg(c.streams.size()).toHtmlEscaped() + u"</h4><ul>"_s + streams
           + u"</ul>"_s;
}

} // namespace airdesk::gui::DetailText
