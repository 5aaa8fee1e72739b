#pragma once

#include "models/core/connectionsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace adesk {

/// Sign-in: saved connection profiles (name + libpq connection string or service name, kept in
/// QSettings), a password that is never written to settings (it can be kept in the OS keychain
/// through QtKeychain, or left to ~/.pgpass), inline validation with libpq's own parser, and a
/// warning for remote hosts without sslmode=verify-full.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    /// Whether the user asked to keep the password in the keychain (done after a successful sign-in).
    bool rememberPassword() const;
    QString profileName() const;
    void showError(const QString &message);
    void setBusy(bool busy);

    /// Stores the password of @p profile in the OS keychain (asynchronous, best effort).
    static void storePassword(const QString &profile, const QString &password);

private:
    void loadProfiles();
    void profileChosen(int index);
    void saveProfile();
    void deleteProfile();
    void validate();
    void fetchPassword(const QString &profile);
    /// Saved profiles (name, connection string) other than @p name.
    QList<std::pair<QString, QString>> profilesExcept(const QString &name) const;
    static void writeProfiles(const QList<std::pair<QString, QString>> &profiles);

    QComboBox *m_profiles;
    QLineEdit *m_name;
    QLineEdit *m_conninfo;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_hint;
    QLabel *m_error;
    QPushButton *m_connect;
};

} // namespace adesk
