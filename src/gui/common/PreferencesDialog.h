#pragma once

#include "UiPreferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSettings;

namespace airdesk::gui {

/// Preferences: the interface language (System, English, Deutsch, Français; applies on the
/// next start, which the dialog says) and the appearance (System, Light, Dark; applies at
/// once). Writes to the settings it was given when accepted.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QSettings &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    QComboBox *languageComboBox() const { return m_language; }
    QComboBox *appearanceComboBox() const { return m_appearance; }
    QLabel *restartLabel() const { return m_restartNote; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

    void accept() override;

private:
    void updateRestartNote();

    QSettings &m_settings;
    QString m_startLanguage;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QLabel *m_restartNote;
    QDialogButtonBox *m_buttons;
};

} // namespace airdesk::gui
