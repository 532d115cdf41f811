#include "DeleteDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

QListWidget *nameList(const QStringList &names, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->addItems(names);
    list->setAccessibleName(accessibleName);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMaximumHeight(list->sizeHintForRow(0) * std::min<int>(int(names.size()), 8) + 2 * list->frameWidth() + 4);
    return list;
}

} // namespace

DeleteDialog::DeleteDialog(const DeleteRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_expected(request.names.size() == 1 ? request.names.first() : QString::number(request.names.size()))
    , m_field(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_delete(m_buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole))
{
    setWindowTitle(tr("Delete %1").arg(request.kindPlural));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    heading->setText(request.names.size() == 1
                         ? tr("This deletes \"%1\" on the server. It cannot be undone.").arg(request.names.first())
                         : tr("This deletes these %1 %2 on the server. It cannot be undone.")
                               .arg(request.names.size())
                               .arg(request.kindPlural));
    layout->addWidget(heading);
    if (request.names.size() > 1)
        layout->addWidget(nameList(request.names, tr("Items to delete"), this));

    if (!request.alsoDeleted.isEmpty()) {
        auto *also = new QLabel(tr("The server also deletes the %n connection(s) that use it:", nullptr,
                                   int(request.alsoDeleted.size())),
                                this);
        also->setWordWrap(true);
        layout->addWidget(also);
        layout->addWidget(nameList(request.alsoDeleted, tr("Connections deleted too"), this));
    }

    if (request.offerCascade) {
        m_cascadeSource = new QCheckBox(tr("Also delete the &source (and every connection that uses it)"), this);
        m_cascadeDestination =
            new QCheckBox(tr("Also delete the d&estination (and every connection that uses it)"), this);
        layout->addWidget(m_cascadeSource);
        layout->addWidget(m_cascadeDestination);
    }

    auto *prompt = new QLabel(request.names.size() == 1
                                  ? tr("Type the name to confirm:")
                                  : tr("Type the number of items (%1) to confirm:").arg(request.names.size()),
                              this);
    prompt->setBuddy(m_field);
    layout->addWidget(prompt);
    m_field->setPlaceholderText(m_expected);
    m_field->setAccessibleName(tr("Confirmation"));
    layout->addWidget(m_field);
    layout->addWidget(m_buttons);

    m_delete->setEnabled(false);
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_field, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_delete->setEnabled(text.trimmed() == m_expected.trimmed()); });
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_field->setFocus();
}

bool DeleteDialog::cascadeSource() const
{
    return m_cascadeSource && m_cascadeSource->isChecked();
}

bool DeleteDialog::cascadeDestination() const
{
    return m_cascadeDestination && m_cascadeDestination->isChecked();
}

} // namespace airdesk::gui
