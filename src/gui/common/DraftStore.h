#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::gui {

/// Unsaved forms (connector configurations, the connection wizard, testing values) kept on disk so
/// they survive a crash or a restart: one JSON file per draft under
/// QStandardPaths::AppDataLocation/drafts, written atomically with QSaveFile. Callers pass values
/// without secrets (SpecForm::valueWithoutSecrets()); secrets never reach the disk through here.
class DraftStore final
{
public:
    /// `directory` overrides the location (tests); empty: AppDataLocation/drafts.
    explicit DraftStore(const QString &directory = {});

    /// Key for a new connector of a definition, or for edits of one deployed connector.
    static QString newKey(const QString &kind, const QString &definitionId);
    static QString editKey(const QString &actorId);

    bool save(const QString &key, const QJsonObject &draft, QString *error = nullptr) const;
    std::optional<QJsonObject> load(const QString &key) const;
    void remove(const QString &key) const;
    QString path(const QString &key) const;

private:
    QString m_directory;
};

} // namespace airdesk::gui
