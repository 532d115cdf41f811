#include "CliOutput.h"

#include "api/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace airdesk::cli {

CliOutput::CliOutput(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{
}

void CliOutput::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliOutput::printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    auto line = [&widths](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            // Control characters from a server never reach the terminal.
            QString cell = cells.at(i);
            for (QChar &c : cell)
                if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                    c = u' ';
            text += i + 1 < cells.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        return text;
    };
    m_out << line(headers) << Qt::endl;
    for (const QStringList &row : rows)
        m_out << line(row) << Qt::endl;
    m_out.flush();
}

void CliOutput::printFields(const QList<QPair<QString, QString>> &fields)
{
    qsizetype width = 0;
    for (const auto &[key, value] : fields)
        width = std::max(width, key.size());
    for (const auto &[key, value] : fields)
        m_out << QString(key + u':').leftJustified(width + 2) << value << Qt::endl;
    m_out.flush();
}

void CliOutput::printLine(const QString &text)
{
    m_out << text << Qt::endl;
    m_out.flush();
}

void CliOutput::error(const QString &text)
{
    m_err << u"airdesk-cli: "_s << text << Qt::endl;
    m_err.flush();
}

int CliOutput::apiError(const api::ApiError &e)
{
    error(e.message());
    switch (e.kind) {
    case api::ApiError::Kind::Timeout:
        return TimedOut;
    case api::ApiError::Kind::Configuration:
        return Usage;
    default:
        break;
    }
    if (e.kind == api::ApiError::Kind::InvalidRequest && e.httpStatus == 0)
        return InvalidInput; // rejected before anything was sent
    return ApiFailure;
}

} // namespace airdesk::cli
