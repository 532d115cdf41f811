#include "gui/definitions/DefinitionsView.h"

#include "gui/definitions/ManifestEditor.h"

#include "api/services/DeclarativeDefinitionService.h"
#include "core/manifest/JsonToYaml.h"
#include "models/DefinitionTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

DefinitionsView::DefinitionsView(api::DeclarativeDefinitionService *service, manifest::ManifestValidator validator,
                                 QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new models::DefinitionTableModel(this))
    , m_table(new QTableView(this))
    , m_refresh(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_editor(new ManifestEditor(std::move(validator), this))
{
    m_table->setObjectName(u"definitionsTableView"_s);
    m_table->setAccessibleName(tr("Custom YAML source definitions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setObjectName(u"refreshToolButton"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Custom YAML source definitions"), this));
    bar->addStretch(1);
    bar->addWidget(m_status);
    bar->addWidget(m_refresh);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_refresh, &QToolButton::clicked, this, &DefinitionsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    open(m_model->definitionAt(current.row()).id);
            });
}

void DefinitionsView::refresh()
{
    m_status->setText(tr("Loading…"));
    m_service->list(this, [this](const QList<domain::DeclarativeDefinition> &definitions, const api::ApiError &error) {
        if (error.isError()) {
            m_status->setText(error.message());
            return;
        }
        m_model->setRows(definitions);
        m_table->resizeColumnsToContents();
        m_status->setText(tr("%n definition(s)", nullptr, int(definitions.size())));
        Q_EMIT refreshed(int(definitions.size()));
    });
}

void DefinitionsView::open(const QString &definitionId)
{
    m_status->setText(tr("Opening…"));
    m_service->get(definitionId, this, [this, definitionId](const domain::DeclarativeDefinition &d, const api::ApiError &error) {
        if (error.isError()) {
            m_status->setText(error.message());
            return;
        }
        m_editor->setAutosaveKey(d.id);
        if (!m_editor->restoreAutosave())
            m_editor->setText(manifest::JsonToYaml::write(d.manifest));
        m_status->setText(tr("%1, version %2").arg(d.name).arg(d.version));
        Q_EMIT opened(definitionId);
    });
}

} // namespace airdesk::gui
