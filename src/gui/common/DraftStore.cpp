#include "DraftStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

DraftStore::DraftStore(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QString(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s)
                      : directory)
{
}

QString DraftStore::newKey(const QString &kind, const QString &definitionId)
{
    return QString(u"new-"_s + kind + u'-' + definitionId);
}

QString DraftStore::editKey(const QString &actorId)
{
    return QString(u"edit-"_s + actorId);
}

QString DraftStore::path(const QString &key) const
{
    // Keys come from ids; anything else is replaced so a key can never leave the folder.
    QString safe = key;
    safe.replace(QRegularExpression(u"[^A-Za-z0-9_-]"_s), u"_"_s);
    return QString(m_directory + u'/' + safe + u".json"_s);
}

bool DraftStore::save(const QString &key, const QJsonObject &draft, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("DraftStore", "Cannot create %1").arg(m_directory);
        return false;
    }
    QSaveFile file(path(key));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(draft).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<QJsonObject> DraftStore::load(const QString &key) const
{
    QFile file(path(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

void DraftStore::remove(const QString &key) const
{
    QFile::remove(path(key));
}

} // namespace airdesk::gui
