#include "ErrorBar.h"

#include "api/ApiError.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

ErrorBar::ErrorBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_retry(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(u"errorBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    // A tint of the theme's own colours, so it reads in light and dark appearances alike.
    p.setColor(QPalette::Window, QColor::fromRgb(0xd9, 0x3f, 0x3f).lighter(p.color(QPalette::Window).lightness() > 128 ? 175 : 60));
    setPalette(p);
    setAccessibleName(tr("Error"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // server text is never rendered as markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show error details"));
    m_retry->setText(tr("Retry"));
    m_retry->setAccessibleName(tr("Retry"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the error"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Error details"));
    m_details->setMaximumHeight(140);
    m_details->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_text, 0, 1);
    layout->addWidget(m_detailsButton, 0, 2, Qt::AlignTop);
    layout->addWidget(m_retry, 0, 3, Qt::AlignTop);
    layout->addWidget(m_close, 0, 4, Qt::AlignTop);
    layout->addWidget(m_details, 1, 1, 1, 4);
    layout->setColumnStretch(1, 1);

    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_close, &QToolButton::clicked, this, &ErrorBar::dismiss);
    connect(m_retry, &QToolButton::clicked, this, [this] {
        const std::function<void()> retry = std::exchange(m_retryAction, {});
        dismiss();
        if (retry)
            retry();
    });
    hide();
}

void ErrorBar::showError(const QString &context, const api::ApiError &error, std::function<void()> retry)
{
    const QString line = context.isEmpty() ? error.summary() : tr("%1: %2").arg(context, error.summary());
    showMessage(line, error.details(), std::move(retry));
}

void ErrorBar::showMessage(const QString &text, const QString &details, std::function<void()> retry)
{
    m_text->setText(text);
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_retryAction = std::move(retry);
    m_retry->setVisible(static_cast<bool>(m_retryAction));
    show();
}

void ErrorBar::dismiss()
{
    m_retryAction = {};
    m_detailsButton->setChecked(false);
    hide();
}

QString ErrorBar::text() const
{
    return m_text->text();
}

QString ErrorBar::detailsText() const
{
    return m_details->toPlainText();
}

bool ErrorBar::detailsVisible() const
{
    return m_details->isVisibleTo(this);
}

} // namespace airdesk::gui
