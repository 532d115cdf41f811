#include "ActorPickerPage.h"

#include "api/WorkspaceSession.h"
#include "api/services/ActorService.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

ActorPickerPage::ActorPickerPage(api::WorkspaceSession *session, domain::ActorKind kind, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_kind(kind)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    const bool source = kind == domain::ActorKind::Source;
    setTitle(source ? tr("Source") : tr("Destination"));
    setSubTitle(source ? tr("Choose where the data comes from.") : tr("Choose where the data goes."));
    auto *layout = new QVBoxLayout(this);
    m_search->setPlaceholderText(source ? tr("Search sources") : tr("Search destinations"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(source ? tr("Sources") : tr("Destinations"));
    m_status->setWordWrap(true);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (wizard())
            wizard()->next();
    });
}

void ActorPickerPage::initializePage()
{
    if (m_loaded || m_loading)
        return;
    m_loading = true;
    m_status->setText(tr("Loading…"));
    api::ActorService &service = m_kind == domain::ActorKind::Source ? m_session->sources() : m_session->destinations();
    service.list(
        QString(), this,
        [this](const QList<domain::Actor> &rows) {
            for (const domain::Actor &a : rows) {
                auto *item = new QListWidgetItem(a.typeName.isEmpty() ? a.name : QString(a.name + u"  —  "_s + a.typeName),
                                                 m_list);
                item->setData(Qt::UserRole, a.id);
                item->setData(Qt::UserRole + 1, a.name);
            }
        },
        [this](int total, const api::ApiError &error) {
            m_loading = false;
            if (error.isError()) {
                m_status->setText(tr("Could not load the list: %1").arg(error.message()));
                return;
            }
            m_loaded = true;
            m_status->setText(total == 0 ? tr("None in this workspace yet.") : QString());
            if (!m_preferredId.isEmpty())
                select(std::exchange(m_preferredId, QString()));
        });
}

bool ActorPickerPage::isComplete() const
{
    return m_list->currentItem() != nullptr;
}

QString ActorPickerPage::selectedId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

QString ActorPickerPage::selectedName() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole + 1).toString() : QString();
}

void ActorPickerPage::preferId(const QString &id)
{
    if (!select(id))
        m_preferredId = id;
}

bool ActorPickerPage::select(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

} // namespace airdesk::gui
