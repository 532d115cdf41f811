#include "ObjectField.h"

#include "FieldFactory.h"
#include "FieldRow.h"
#include "SchemaKeys.h"

#include <QCollator>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

struct Entry
{
    QString key;
    QJsonObject schema;
    bool required = false;
    bool first = false; // shown in the always-visible part
    double order = 1e12;
};

bool shownFirst(const QJsonObject &schema, bool required)
{
    return required || schema.value(u"always_show"_s).toBool() || schema.contains(u"oneOf"_s)
           || SchemaKeys::type(schema) == u"object" || !SchemaKeys::constValue(schema).isUndefined();
}

} // namespace

ObjectField::ObjectField(const QJsonObject &schema, const QString &path, bool required, int depth,
                         const QString &hiddenKey, QWidget *parent)
    : FieldWidget(schema, path, parent)
    , m_required(required)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(depth > 0 ? 14 : 0, 0, 0, 0);
    layout->setSpacing(2);
    if (depth > 0) {
        // A rule on the left shows which fields belong to this object.
        setObjectName(u"objectFieldNested"_s);
        setAttribute(Qt::WA_StyledBackground, true);
        setStyleSheet(u"#objectFieldNested { border-left: 2px solid palette(mid); }"_s);
    }

    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    const QJsonArray requiredKeys = schema.value(u"required"_s).toArray();
    QList<Entry> entries;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        Entry e;
        e.key = it.key();
        e.schema = it->toObject();
        e.required = requiredKeys.contains(it.key());
        e.first = shownFirst(e.schema, e.required);
        if (e.schema.value(u"order"_s).isDouble())
            e.order = e.schema.value(u"order"_s).toDouble();
        entries.append(e);
    }
    QCollator natural;
    natural.setNumericMode(true);
    std::stable_sort(entries.begin(), entries.end(), [&natural](const Entry &a, const Entry &b) {
        if (a.first != b.first)
            return a.first;
        if (a.order != b.order)
            return a.order < b.order;
        return natural.compare(a.key, b.key) < 0;
    });

    // Top-level groups: the spec's order, then the others by name; ungrouped fields first.
    QStringList groupIds{QString()};
    QHash<QString, QString> groupTitles;
    if (depth == 0) {
        for (const QJsonValue &g : schema.value(u"groups"_s).toArray()) {
            const QString id = g.toObject().value(u"id"_s).toString();
            if (!id.isEmpty() && !groupIds.contains(id)) {
                groupIds.append(id);
                QString title = g.toObject().value(u"title"_s).toString().trimmed();
                if (title.isEmpty())
                    title = QString(id.left(1).toUpper() + id.mid(1));
                groupTitles.insert(id, title);
            }
        }
        QStringList unlisted;
        for (const Entry &e : std::as_const(entries)) {
            const QString g = e.schema.value(u"group"_s).toString();
            if (!g.isEmpty() && !groupIds.contains(g) && !unlisted.contains(g))
                unlisted.append(g);
        }
        unlisted.sort();
        groupIds.append(unlisted);
    }
    auto groupOf = [depth](const Entry &e) { return depth == 0 ? e.schema.value(u"group"_s).toString() : QString(); };

    auto *hidden = new QWidget(this);
    hidden->hide();
    layout->addWidget(hidden);
    for (const QString &groupId : std::as_const(groupIds)) {
        QList<Entry> members;
        for (const Entry &e : std::as_const(entries))
            if (groupOf(e) == groupId)
                members.append(e);
        if (members.isEmpty())
            continue;
        QWidget *host = this;
        QVBoxLayout *hostLayout = layout;
        if (!groupId.isEmpty()) {
            auto *box = new QGroupBox(groupTitles.value(groupId, QString(groupId.left(1).toUpper() + groupId.mid(1))), this);
            hostLayout = new QVBoxLayout(box);
            layout->addWidget(box);
            host = box;
        }
        Section section = makeSection(host, hostLayout);
        const int sectionIndex = int(m_sections.size());
        int optionalCount = 0;
        for (const Entry &e : std::as_const(members)) {
            const QString childPath = SchemaKeys::childPath(path, e.key);
            FieldRow *row = FieldFactory::createRow(e.schema, childPath, e.key, e.required, depth + 1, this);
            m_rows.append(row);
            connect(row->field(), &FieldWidget::edited, this, &FieldWidget::edited);
            // Constants (a oneOf's discriminator, a fixed type tag) are sent, never edited.
            const bool constant = !SchemaKeys::constValue(e.schema).isUndefined()
                                  && SchemaKeys::type(e.schema) != u"object";
            if (e.key == hiddenKey || SchemaKeys::isHidden(e.schema) || constant) {
                row->setParent(hidden);
            } else if (e.first) {
                section.required->addWidget(row);
            } else {
                section.optionalLayout->addWidget(row);
                m_sectionOfOptional.insert(row, sectionIndex);
                ++optionalCount;
            }
        }
        if (optionalCount == 0)
            section.toggle->hide();
        else
            section.toggle->setText(tr("Optional fields (%1)").arg(optionalCount));
        m_sections.append(section);
    }
}

ObjectField::Section ObjectField::makeSection(QWidget *host, QVBoxLayout *hostLayout)
{
    Section s;
    s.required = new QVBoxLayout;
    s.required->setSpacing(2);
    hostLayout->addLayout(s.required);
    s.toggle = new QToolButton(host);
    s.toggle->setCheckable(true);
    s.toggle->setAutoRaise(true);
    s.toggle->setArrowType(Qt::RightArrow);
    s.toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    hostLayout->addWidget(s.toggle);
    s.optional = new QWidget(host);
    s.optionalLayout = new QVBoxLayout(s.optional);
    s.optionalLayout->setContentsMargins(0, 0, 0, 0);
    s.optionalLayout->setSpacing(2);
    s.optional->hide();
    hostLayout->addWidget(s.optional);
    QToolButton *toggle = s.toggle;
    QWidget *optional = s.optional;
    connect(toggle, &QToolButton::toggled, this, [toggle, optional](bool open) {
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        optional->setVisible(open);
    });
    return s;
}

QJsonObject ObjectField::collect(bool withSecrets) const
{
    QJsonObject out = m_extras;
    for (const FieldRow *row : m_rows) {
        const QJsonValue v = withSecrets ? row->field()->value() : row->field()->valueWithoutSecrets();
        if (!v.isUndefined())
            out.insert(row->key(), v);
        else
            out.remove(row->key());
    }
    return out;
}

QJsonValue ObjectField::value() const
{
    QJsonObject out = collect(true);
    if (out.isEmpty() && !m_required && !path().isEmpty() && path() != u"$")
        return QJsonValue(QJsonValue::Undefined);
    return out;
}

QJsonValue ObjectField::valueWithoutSecrets() const
{
    if (SchemaKeys::isSecret(schema()))
        return QJsonValue(QJsonValue::Undefined);
    return collect(false);
}

void ObjectField::setValue(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    m_extras = QJsonObject();
    const bool closed = schema().value(u"additionalProperties"_s) == QJsonValue(false);
    const QJsonObject properties = schema().value(u"properties"_s).toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!properties.contains(it.key()) && !closed)
            m_extras.insert(it.key(), it.value());
    for (FieldRow *row : std::as_const(m_rows))
        row->field()->setValue(object.value(row->key()));
    expandOptionalsWithValues();
}

void ObjectField::expandOptionalsWithValues()
{
    for (auto it = m_sectionOfOptional.begin(); it != m_sectionOfOptional.end(); ++it) {
        const QJsonValue v = it.key()->field()->value();
        const QJsonValue def = it.key()->field()->schema().value(u"default"_s);
        if (!v.isUndefined() && v != def)
            m_sections.at(it.value()).toggle->setChecked(true);
    }
}

void ObjectField::takeSharedValues(const QJsonObject &other, const QString &exceptKey)
{
    for (FieldRow *row : std::as_const(m_rows)) {
        if (row->key() == exceptKey || !other.contains(row->key()))
            continue;
        row->field()->setValue(other.value(row->key()));
    }
    expandOptionalsWithValues();
}

QList<spec::ValidationIssue> ObjectField::localIssues() const
{
    QList<spec::ValidationIssue> out;
    for (const FieldRow *row : m_rows)
        out += row->field()->localIssues();
    return out;
}

QList<spec::ValidationIssue> ObjectField::routeIssues(const QList<spec::ValidationIssue> &issues, bool reveal)
{
    QList<spec::ValidationIssue> rest;
    for (const spec::ValidationIssue &issue : issues) {
        bool claimed = false;
        for (const FieldRow *row : std::as_const(m_rows))
            claimed = claimed || SchemaKeys::isUnder(issue.path, row->field()->path());
        if (!claimed)
            rest.append(issue);
    }
    for (FieldRow *row : std::as_const(m_rows)) {
        row->showIssues(issues, reveal);
        if (!row->errorText().isEmpty() && m_sectionOfOptional.contains(row))
            m_sections.at(m_sectionOfOptional.value(row)).toggle->setChecked(true);
    }
    return rest;
}

QStringList ObjectField::maskedSecretPaths() const
{
    QStringList out;
    for (const FieldRow *row : m_rows)
        out += row->field()->maskedSecretPaths();
    return out;
}

FieldWidget *ObjectField::find(const QString &path)
{
    if (path == this->path())
        return this;
    for (FieldRow *row : std::as_const(m_rows))
        if (SchemaKeys::isUnder(path, row->field()->path()))
            if (FieldWidget *f = row->field()->find(path))
                return f;
    return nullptr;
}

void ObjectField::setAccessibleTitle(const QString &title)
{
    setAccessibleName(title);
}

QList<QToolButton *> ObjectField::optionalToggles() const
{
    QList<QToolButton *> out;
    for (const Section &s : m_sections)
        if (!s.toggle->isHidden())
            out.append(s.toggle);
    return out;
}

} // namespace airdesk::gui
