#include "FormScreenshot.h"

#include "gui/forms/SpecForm.h"

#include <QApplication>
#include <QFile>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::app {

namespace {

int refuse(const QString &message)
{
    qCritical("%s", qPrintable(message));
    return 3;
}

} // namespace

int runFormScreenshot(const QString &specPath, const QString &imagePath)
{
    QFile file(specPath);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QApplication::translate("main", "Cannot read %1: %2").arg(specPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return refuse(QApplication::translate("main", "%1 is not a JSON object: %2")
                          .arg(specPath, parseError.error == QJsonParseError::NoError
                                             ? QApplication::translate("main", "the top level is not an object")
                                             : parseError.errorString()));
    QWidget window;
    window.setWindowTitle(QApplication::translate("main", "New connector"));
    auto *layout = new QVBoxLayout(&window);
    auto *form = new gui::SpecForm(&window);
    QString error;
    if (!form->setSpecification(doc.object(), &error))
        return refuse(QApplication::translate("main", "%1 cannot be used as a connector form: %2").arg(specPath, error));
    const QString title = form->specification().value(u"title"_s).toString();
    auto *heading = new QLabel(u"<h3>"_s + (title.isEmpty() ? specPath : title).toHtmlEscaped() + u"</h3>"_s, &window);
    layout->addWidget(heading);
    auto *nameLayout = new QFormLayout;
    auto *name = new QLineEdit(&window);
    name->setAccessibleName(QApplication::translate("main", "Name"));
    nameLayout->addRow(QApplication::translate("main", "Name"), name);
    layout->addLayout(nameLayout);
    layout->addWidget(form);
    layout->addStretch();
    window.setMinimumWidth(720);
    window.show();
    int code = 0;
    QTimer::singleShot(200, &window, [&window, layout, &code, imagePath] {
        // adjustSize() caps windows at a share of the screen; a picture wants it all.
        const int width = qMax(720, window.sizeHint().width());
        const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                       : window.sizeHint().height();
        window.resize(width, qMax(height, window.sizeHint().height()));
        QTimer::singleShot(100, &window, [&window, &code, imagePath] {
            code = window.grab().save(imagePath, "PNG") ? 0 : 1;
            if (code != 0)
                qCritical("%s", qPrintable(QApplication::translate("main", "Cannot write %1").arg(imagePath)));
            QApplication::exit(code);
        });
    });
    QApplication::exec();
    return code;
}

} // namespace airdesk::app
