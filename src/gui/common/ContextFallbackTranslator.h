#pragma once

#include <QTranslator>

namespace airdesk::gui {

/// A catalogue that also finds strings lupdate filed under another context than the one the
/// program asks for. Code outside classes (helpers named tr() in an anonymous namespace that
/// call QCoreApplication::translate with their class's name) is filed by lupdate under the
/// enclosing namespace ("airdesk::api"), while the program asks with the class
/// ("airdesk::api::ApiError"). On a miss this tries the enclosing namespaces, then a few
/// known aliases, so such strings are translated without rewriting every call.
class ContextFallbackTranslator final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextFallbackTranslator)

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    /// The contexts tried after `context`, in order.
    static QList<QByteArray> fallbackContexts(const QByteArray &context);
};

} // namespace airdesk::gui
