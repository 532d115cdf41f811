#include "OneOfField.h"

#include "DescriptionText.h"
#include "ObjectField.h"
#include "SchemaKeys.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

OneOfField::OneOfField(const QJsonObject &schema, const QString &path, bool required, int depth, QWidget *parent)
    : FieldWidget(schema, path, parent)
{
    const QJsonArray options = schema.value(u"oneOf"_s).toArray();
    m_discriminator = SchemaKeys::discriminator(options);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const bool radio = schema.value(u"display_type"_s).toString() == u"radio";
    if (radio) {
        m_radios = new QButtonGroup(this);
        m_radioBox = new QWidget(this);
        auto *radioLayout = new QVBoxLayout(m_radioBox);
        radioLayout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_radioBox);
        connect(m_radios, &QButtonGroup::idClicked, this, [this](int id) { selectOption(m_offered.value(id)); });
    } else {
        m_combo = new QComboBox(this);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(m_combo, 0, Qt::AlignLeft);
        setFocusProxy(m_combo);
        connect(m_combo, &QComboBox::activated, this, [this](int index) { selectOption(m_offered.value(index)); });
    }
    m_description = new QLabel(this);
    m_description->setTextFormat(Qt::RichText);
    m_description->setWordWrap(true);
    m_description->setOpenExternalLinks(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_description);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    const QJsonValue def = schema.value(u"default"_s);
    const QJsonValue defaultConst = def.isObject() ? def.toObject().value(m_discriminator) : def;
    m_default = -1;
    for (qsizetype i = 0; i < options.size(); ++i) {
        QJsonObject option = options.at(i).toObject();
        if (!option.contains(u"type"_s))
            option.insert(u"type"_s, u"object"_s);
        m_optionSchemas.append(option);
        auto *field = new ObjectField(option, path, true, depth, m_discriminator, m_stack);
        m_options.append(field);
        m_stack->addWidget(field);
        connect(field, &FieldWidget::edited, this, &FieldWidget::edited);
        if (!SchemaKeys::isHidden(option))
            offer(int(i));
        const QJsonValue c = SchemaKeys::constValue(option.value(u"properties"_s)
                                                        .toObject()
                                                        .value(m_discriminator)
                                                        .toObject());
        if (m_default < 0 && !m_discriminator.isEmpty() && !defaultConst.isUndefined() && c == defaultConst)
            m_default = int(i);
    }
    if (m_default < 0)
        m_default = m_offered.isEmpty() ? 0 : m_offered.first();
    if (m_offered.isEmpty())
        offer(0);
    Q_UNUSED(required);
    show(m_default);
}

void OneOfField::offer(int option)
{
    if (m_offered.contains(option))
        return;
    m_offered.append(option);
    if (m_combo) {
        m_combo->addItem(optionTitle(option));
    } else {
        auto *button = new QRadioButton(optionTitle(option), m_radioBox);
        const QString description = m_optionSchemas.at(option).value(u"description"_s).toString();
        button->setToolTip(description);
        m_radios->addButton(button, int(m_offered.size() - 1));
        m_radioBox->layout()->addWidget(button);
    }
}

QString OneOfField::optionTitle(int option) const
{
    const QJsonObject schema = m_optionSchemas.at(option);
    const QString title = schema.value(u"title"_s).toString().trimmed();
    if (!title.isEmpty())
        return title;
    const QJsonValue c = SchemaKeys::constValue(
        schema.value(u"properties"_s).toObject().value(m_discriminator).toObject());
    if (!c.isUndefined())
        return SchemaKeys::displayText(c);
    return tr("Option %1").arg(option + 1);
}

void OneOfField::show(int option)
{
    m_current = option;
    // A stack is as tall as its tallest page; only the page shown should count.
    for (int i = 0; i < m_stack->count(); ++i)
        m_stack->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                          i == option ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_stack->setCurrentIndex(option);
    m_stack->adjustSize();
    const int index = int(m_offered.indexOf(option));
    if (m_combo) {
        const QSignalBlocker block(m_combo);
        m_combo->setCurrentIndex(index);
    } else if (QAbstractButton *b = m_radios->button(index)) {
        b->setChecked(true);
    }
    const QString description = m_optionSchemas.at(option).value(u"description"_s).toString().trimmed();
    m_description->setText(DescriptionText::toHtml(description));
    m_description->setVisible(!description.isEmpty());
}

void OneOfField::selectOption(int option)
{
    if (option < 0 || option >= m_options.size() || option == m_current)
        return;
    const QJsonObject previous = m_options.at(m_current)->value().toObject();
    m_options.at(option)->takeSharedValues(previous, m_discriminator);
    offer(option);
    show(option);
    Q_EMIT edited();
}

int OneOfField::matchOption(const QJsonObject &object) const
{
    if (!m_discriminator.isEmpty() && object.contains(m_discriminator)) {
        for (int i = 0; i < m_optionSchemas.size(); ++i) {
            const QJsonValue c = SchemaKeys::constValue(
                m_optionSchemas.at(i).value(u"properties"_s).toObject().value(m_discriminator).toObject());
            if (c == object.value(m_discriminator))
                return i;
        }
    }
    // No discriminator to go by: the option sharing the most keys.
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < m_optionSchemas.size(); ++i) {
        const QJsonObject properties = m_optionSchemas.at(i).value(u"properties"_s).toObject();
        int score = 0;
        for (auto it = object.begin(); it != object.end(); ++it)
            score += properties.contains(it.key()) ? 1 : 0;
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

QJsonValue OneOfField::value() const
{
    return m_options.at(m_current)->value();
}

QJsonValue OneOfField::valueWithoutSecrets() const
{
    if (SchemaKeys::isSecret(schema()))
        return QJsonValue(QJsonValue::Undefined);
    return m_options.at(m_current)->valueWithoutSecrets();
}

void OneOfField::setValue(const QJsonValue &value)
{
    if (!value.isObject()) {
        show(m_default);
        return;
    }
    const QJsonObject object = value.toObject();
    int option = matchOption(object);
    if (option < 0)
        option = m_default;
    // Keys that belong only to other options are not carried into this one.
    QJsonObject mine = object;
    const QJsonObject properties = m_optionSchemas.at(option).value(u"properties"_s).toObject();
    for (int i = 0; i < m_optionSchemas.size(); ++i) {
        if (i == option)
            continue;
        const QJsonObject others = m_optionSchemas.at(i).value(u"properties"_s).toObject();
        for (auto it = others.begin(); it != others.end(); ++it)
            if (!properties.contains(it.key()))
                mine.remove(it.key());
    }
    offer(option);
    m_options.at(option)->setValue(mine);
    show(option);
}

QList<spec::ValidationIssue> OneOfField::localIssues() const
{
    return m_options.at(m_current)->localIssues();
}

QList<spec::ValidationIssue> OneOfField::routeIssues(const QList<spec::ValidationIssue> &issues, bool reveal)
{
    // The validator reports a failed oneOf with the messages of every option; only those
    // the chosen option would give are meaningful here, so re-check against that option.
    if (issues.isEmpty())
        return m_options.at(m_current)->routeIssues({}, reveal);
    const QStringList masked = maskedSecretPaths();
    QList<spec::ValidationIssue> chosen = localIssues();
    QStringList localPaths;
    for (const spec::ValidationIssue &l : std::as_const(chosen))
        localPaths.append(l.path);
    const auto own = spec::ConfigValidator::validate(m_optionSchemas.at(m_current), value());
    for (const spec::ValidationIssue &issue : own) {
        spec::ValidationIssue fixed = issue;
        if (fixed.path.startsWith(u'$')) {
            fixed.path = path() + issue.path.mid(1);
            fixed.message = path() + issue.message.mid(1);
        }
        if (!masked.contains(fixed.path) && !localPaths.contains(fixed.path))
            chosen.append(fixed);
    }
    return m_options.at(m_current)->routeIssues(chosen, reveal);
}

QStringList OneOfField::maskedSecretPaths() const
{
    return m_options.at(m_current)->maskedSecretPaths();
}

FieldWidget *OneOfField::find(const QString &path)
{
    if (path == this->path())
        return this;
    return m_options.at(m_current)->find(path);
}

void OneOfField::setAccessibleTitle(const QString &title)
{
    if (m_combo)
        m_combo->setAccessibleName(title);
    for (QAbstractButton *b : m_radios ? m_radios->buttons() : QList<QAbstractButton *>())
        b->setAccessibleName(QString(title + u": "_s + b->text()));
}

} // namespace airdesk::gui
