#include "TagListField.h"

#include "SchemaKeys.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

TagListField::TagListField(const QJsonObject &schema, const QString &path, QWidget *parent)
    : FieldWidget(schema, path, parent)
{
    const QJsonObject items = schema.value(u"items"_s).toObject();
    m_itemType = SchemaKeys::type(items);
    m_choices = items.value(u"enum"_s).toArray();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // spare height goes elsewhere
    m_list = new QListWidget(this);
    const int rows = m_choices.isEmpty() ? 3 : int(qBound(qsizetype(2), m_choices.size(), qsizetype(8)));
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * rows + 10);
    const bool readOnly = SchemaKeys::isReadOnly(schema);
    if (!m_choices.isEmpty()) {
        for (const QJsonValue &choice : std::as_const(m_choices)) {
            auto *item = new QListWidgetItem(SchemaKeys::displayText(choice), m_list);
            item->setFlags(readOnly ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        // Check boxes make rows taller than a line of text.
        m_list->setFixedHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth() + 4);
        connect(m_list, &QListWidget::itemChanged, this, &FieldWidget::edited);
        layout->addWidget(m_list, 0, 0);
    } else {
        m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_input = new QLineEdit(this);
        m_input->setPlaceholderText(SchemaKeys::placeholder(schema).isEmpty()
                                        ? tr("Type a value and press Enter")
                                        : SchemaKeys::placeholder(schema));
        m_input->setReadOnly(readOnly);
        auto *add = new QPushButton(tr("Add"), this);
        auto *remove = new QPushButton(tr("Remove"), this);
        add->setEnabled(!readOnly);
        remove->setEnabled(!readOnly);
        layout->addWidget(m_input, 0, 0);
        layout->addWidget(add, 0, 1);
        layout->addWidget(m_list, 1, 0);
        layout->addWidget(remove, 1, 1, Qt::AlignTop);
        auto commit = [this] {
            addTags(m_input->text());
            m_input->clear();
        };
        connect(m_input, &QLineEdit::returnPressed, this, commit);
        connect(add, &QPushButton::clicked, this, commit);
        connect(m_input, &QLineEdit::textEdited, this, [commit](const QString &text) {
            if (text.contains(u','))
                commit();
        });
        connect(remove, &QPushButton::clicked, this, &TagListField::removeSelected);
        m_list->installEventFilter(this);
        setFocusProxy(m_input);
    }
    setValue(schema.value(u"default"_s));
}

bool TagListField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress && m_input && !m_input->isReadOnly()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return FieldWidget::eventFilter(watched, event);
}

QJsonValue TagListField::itemValue(const QString &text) const
{
    if (m_itemType == u"integer" || m_itemType == u"number") {
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (ok)
            return m_itemType == u"integer" && d == double(qint64(d)) ? QJsonValue(qint64(d)) : QJsonValue(d);
    }
    return text;
}

void TagListField::addTags(const QString &text)
{
    bool added = false;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (tag.isEmpty())
            continue;
        auto *item = new QListWidgetItem(tag, m_list);
        item->setData(Qt::UserRole, itemValue(tag).toVariant());
        added = true;
    }
    if (added)
        Q_EMIT edited();
}

void TagListField::removeSelected()
{
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    Q_EMIT edited();
}

QJsonValue TagListField::value() const
{
    QJsonArray out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (!m_choices.isEmpty()) {
            if (item->checkState() == Qt::Checked)
                out.append(m_choices.at(i));
        } else {
            out.append(QJsonValue::fromVariant(item->data(Qt::UserRole)));
        }
    }
    if (out.isEmpty() && !m_explicitEmpty)
        return QJsonValue(QJsonValue::Undefined);
    return out;
}

void TagListField::setValue(const QJsonValue &value)
{
    const QJsonArray values = value.toArray();
    m_explicitEmpty = value.isArray() && values.isEmpty();
    const QSignalBlocker block(m_list);
    if (!m_choices.isEmpty()) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(values.contains(m_choices.at(i)) ? Qt::Checked : Qt::Unchecked);
        return;
    }
    m_list->clear();
    for (const QJsonValue &v : values) {
        auto *item = new QListWidgetItem(SchemaKeys::displayText(v), m_list);
        item->setData(Qt::UserRole, v.toVariant());
    }
}

void TagListField::setAccessibleTitle(const QString &title)
{
    m_list->setAccessibleName(title);
    if (m_input)
        m_input->setAccessibleName(tr("New entry for %1").arg(title));
}

} // namespace airdesk::gui
