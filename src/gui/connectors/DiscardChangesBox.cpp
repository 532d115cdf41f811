#include "DiscardChangesBox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

QMessageBox *askToDiscardChanges(QWidget *parent, std::function<void()> discard)
{
    auto *box = new QMessageBox(QMessageBox::Question,
                                QCoreApplication::translate("DiscardChangesBox", "Unsaved changes"),
                                QCoreApplication::translate("DiscardChangesBox",
                                                            "You have changes that are not saved. Discard them?"),
                                QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setObjectName(u"discardChangesBox"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, parent, [box, discard](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Discard)
            discard();
    });
    box->open();
    return box;
}

} // namespace airdesk::gui
