// Fuzzes the spec-driven form builder (src/gui/forms) with arbitrary JSON Schemas: the form is
// built from the schema (real widgets on the offscreen platform), its value read, validated,
// written back and read again, with and without secrets. Input: one JSON document; an object is
// the schema, an array is [schema, configuration].
#include "gui/forms/SpecForm.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using airdesk::gui::SpecForm;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // One application for the whole run; it lives until the process ends.
    static QApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    QJsonObject schema;
    QJsonObject config;
    if (doc.isArray()) {
        schema = doc.array().at(0).toObject();
        config = doc.array().at(1).toObject();
    } else if (doc.isObject()) {
        schema = doc.object();
    } else {
        return 0;
    }
    // No event loop runs here: objects the form hands to deleteLater() go at the end of the input.
    const auto flush = qScopeGuard([] { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); });
    SpecForm form;
    QString error;
    if (!form.setSpecification(schema, &error))
        return 0;
    if (!config.isEmpty())
        form.setValue(config);
    const QJsonObject value = form.value();
    form.validateNow();
    (void)form.isValid();
    (void)form.summaryText();
    const QJsonObject withoutSecrets = form.valueWithoutSecrets();
    form.setValue(value);
    (void)form.value();
    form.setValue(withoutSecrets);
    (void)form.isModified();
    return 0;
}
