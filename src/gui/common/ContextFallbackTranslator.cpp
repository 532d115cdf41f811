#include "ContextFallbackTranslator.h"

namespace airdesk::gui {

QList<QByteArray> ContextFallbackTranslator::fallbackContexts(const QByteArray &context)
{
    QList<QByteArray> contexts;
    QByteArray scope = context;
    for (qsizetype cut = scope.lastIndexOf("::"); cut > 0; cut = scope.lastIndexOf("::")) {
        scope.truncate(cut);
        contexts.append(scope);
    }
    // Classes declared with Q_DECLARE_TR_FUNCTIONS(Name) whose .cpp helpers sit in a namespace.
    if (context == "CronDescription")
        contexts.append("airdesk::cron");
    contexts.append(QByteArray()); // strings lupdate could not place in any context
    return contexts;
}

QString ContextFallbackTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                             int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isNull() || !context)
        return text;
    const QList<QByteArray> contexts = fallbackContexts(QByteArray(context));
    for (const QByteArray &other : contexts) {
        text = QTranslator::translate(other.constData(), sourceText, disambiguation, n);
        if (!text.isNull())
            return text;
    }
    return {};
}

} // namespace airdesk::gui
