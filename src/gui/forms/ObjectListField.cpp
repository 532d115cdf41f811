#include "ObjectListField.h"

#include "SchemaKeys.h"
#include "SpecForm.h"
#include "core/spec/SecretFields.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

ObjectListField::ObjectListField(const QJsonObject &schema, const QString &path, int depth, QWidget *parent)
    : FieldWidget(schema, path, parent)
    , m_items(schema.value(u"items"_s).toObject())
{
    Q_UNUSED(depth);
    if (!m_items.contains(u"type"_s))
        m_items.insert(u"type"_s, u"object"_s);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // spare height goes elsewhere
    m_list = new QListWidget(this);
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 4 + 10);
    auto *add = new QPushButton(tr("Add…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    const bool readOnly = SchemaKeys::isReadOnly(schema);
    add->setEnabled(!readOnly);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addWidget(m_list, 0, 0);
    layout->addLayout(buttons, 0, 1);
    setFocusProxy(m_list);
    connect(add, &QPushButton::clicked, this, [this] { openEditor(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { openEditor(m_list->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeEntry(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this, readOnly](int row) {
        m_edit->setEnabled(row >= 0 && !readOnly);
        m_remove->setEnabled(row >= 0 && !readOnly);
    });
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    setValue(schema.value(u"default"_s));
}

QString ObjectListField::summary(const QJsonObject &entry) const
{
    QStringList parts;
    const QJsonObject properties = m_items.value(u"properties"_s).toObject();
    for (auto it = entry.begin(); it != entry.end() && parts.size() < 3; ++it) {
        const QJsonObject s = properties.value(it.key()).toObject();
        if (SchemaKeys::isSecret(s) || it->isObject() || it->isArray())
            continue;
        parts.append(SchemaKeys::displayText(it.value()));
    }
    return parts.isEmpty() ? tr("Entry") : parts.join(u" · "_s);
}

void ObjectListField::refresh()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const QJsonValue &entry : std::as_const(m_entries))
        m_list->addItem(summary(entry.toObject()));
    m_list->setCurrentRow(qMin(row, int(m_list->count()) - 1));
}

void ObjectListField::openEditor(int row)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(row < 0 ? tr("Add to %1").arg(m_title) : tr("Edit %1").arg(m_title));
    auto *layout = new QVBoxLayout(dialog);
    auto *scroll = new QScrollArea(dialog);
    scroll->setWidgetResizable(true);
    auto *form = new SpecForm(scroll);
    form->setObjectName(u"entryForm"_s);
    form->setSpecification(m_items);
    if (row >= 0 && row < m_entries.size())
        form->setValue(m_entries.at(row).toObject());
    scroll->setWidget(form);
    layout->addWidget(scroll);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(form->isValid());
    connect(form, &SpecForm::validityChanged, ok, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, form, row] {
        storeEntry(row, form->value());
        dialog->accept();
    });
    dialog->resize(560, 480);
    dialog->open();
}

void ObjectListField::storeEntry(int row, const QJsonObject &entry)
{
    if (row >= 0 && row < m_entries.size())
        m_entries.replace(row, entry);
    else
        m_entries.append(entry);
    refresh();
    Q_EMIT edited();
}

void ObjectListField::removeEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries.removeAt(row);
    refresh();
    Q_EMIT edited();
}

QJsonValue ObjectListField::value() const
{
    if (m_entries.isEmpty() && !m_explicitEmpty)
        return QJsonValue(QJsonValue::Undefined);
    return m_entries;
}

void ObjectListField::setValue(const QJsonValue &value)
{
    m_entries = value.toArray();
    m_explicitEmpty = value.isArray() && m_entries.isEmpty();
    refresh();
}

QStringList ObjectListField::maskedSecretPaths() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QString base = QString(path() + u'[' + QString::number(i) + u']');
        for (const QString &p : spec::secretPaths(m_items, m_entries.at(i).toObject()))
            out.append(QString(base + p.mid(1)));
    }
    return out;
}

QJsonValue ObjectListField::valueWithoutSecrets() const
{
    const QJsonValue v = value();
    if (v.isUndefined() || SchemaKeys::isSecret(schema()))
        return QJsonValue(QJsonValue::Undefined);
    // Each entry keeps its other fields; only its secret members are left out, so a restored
    // draft asks for just those again.
    QJsonArray out;
    for (const QJsonValue &entry : m_entries)
        out.append(entry.isObject() ? QJsonValue(spec::removeSecrets(m_items, entry.toObject())) : entry);
    return out;
}

void ObjectListField::setAccessibleTitle(const QString &title)
{
    m_title = title;
    m_list->setAccessibleName(title);
}

} // namespace airdesk::gui
