#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace airdesk::api {
struct ApiError;
}

namespace airdesk::gui {

/// An inline bar above the tables for a failure that needs attention: one readable line,
/// "Details" to unfold everything known (HTTP status, request, request id, the server's full
/// text), "Retry" when the failed work can be done again, and a close button. Showing a new
/// error replaces the previous one, so the same failure never stacks up.
class ErrorBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBar)

public:
    explicit ErrorBar(QWidget *parent = nullptr);

    /// `retry` is called once when Retry is pressed (the bar then hides); none: no Retry button.
    void showError(const QString &context, const api::ApiError &error, std::function<void()> retry = {});
    /// For a failure that is not an API error (details optional).
    void showMessage(const QString &text, const QString &details = {}, std::function<void()> retry = {});
    void dismiss();

    QString text() const;
    QString detailsText() const;
    bool detailsVisible() const;
    QToolButton *retryButton() const { return m_retry; }
    QToolButton *detailsButton() const { return m_detailsButton; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_detailsButton;
    QToolButton *m_retry;
    QToolButton *m_close;
    QPlainTextEdit *m_details;
    std::function<void()> m_retryAction;
};

} // namespace airdesk::gui
