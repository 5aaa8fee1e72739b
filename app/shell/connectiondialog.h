#pragma once

#include "models/core/connectionsettings.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace adesk {

class Keychain;
namespace Ui {
class ConnectionDialog;
}

/// Sign-in: saved connection profiles (name + libpq connection string or service name, kept in
/// QSettings), a password that is never written to settings (it can be kept in the OS keychain
/// through QtKeychain, or left to ~/.pgpass), inline validation with libpq's own parser, and what
/// the connection's transport will be (sslmode=verify-full added for a network host, confirmation
/// asked for disable/allow/prefer).
///
/// A password typed inside the connection string (password=…, postgresql://user:password@…) is
/// removed before the string is saved and moved to the keychain; profiles saved by older versions
/// are cleaned the same way when loaded. Without a keychain service the "remember" box is off and
/// disabled, and a note says so.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    /// @p keychain: where passwords are kept (default: the OS keychain, Keychain::system()).
    explicit ConnectionDialog(QWidget *parent = nullptr, Keychain *keychain = nullptr);
    ~ConnectionDialog() override;

    ConnectionSettings settings() const;
    /// Whether the user asked to keep the password in the keychain (done after a successful sign-in).
    bool rememberPassword() const;
    QString profileName() const;
    /// The saved profile chosen under "Finance reports from" (issue 19): empty for "this connection".
    /// Remembered for the sign-in profile (reportsprofile::setProfileFor) when it is saved or signed in.
    QString reportsProfile() const;
    void showError(const QString &message);
    void setBusy(bool busy);

    /// Stores the password of @p profile in the OS keychain (asynchronous); a failure is shown in a
    /// message box, never dropped silently.
    static void storePassword(const QString &profile, const QString &password);

    /// For a remote host with sslmode=disable, allow or prefer, asks the user whether to connect
    /// anyway (default: no) and sets settings->allowInsecureTransport on yes. Returns false when the
    /// user declined; true when there was nothing to ask or the user accepted.
    static bool confirmTransport(QWidget *parent, ConnectionSettings *settings);

    /// The demo: a "Sign in as" choice of its logins at the top (@p logins: login role and label,
    /// as File > Sign in as lists them), on the demo cluster reached by @p conninfo (its user= is
    /// replaced by the chosen login); @p current is preselected (else the first). A last entry,
    /// "Another connection", leaves the fields below to the user; choosing a saved connection or
    /// editing the connection string selects it.
    void setDemoLogins(const QList<QPair<QString, QString>> &logins, const QString &conninfo,
                       const QString &current);
    /// @p conninfo (a key=value string) with its user= replaced by @p login.
    static QString withUser(const QString &conninfo, const QString &login);

    void accept() override;

private:
    void demoLoginChosen(int index);
    /// The demo choice follows what the fields hold: "Another connection" once they differ.
    void syncDemoChoice();
    void loadProfiles();
    void profileChosen(int index);
    void saveProfile();
    void deleteProfile();
    void validate();
    /// Fills the "Finance reports from" choice: this connection, or another saved profile; selects
    /// the one remembered for @p profile.
    void loadReportsChoice(const QString &profile);
    void fetchPassword(const QString &profile);
    void keychainUnavailable(const QString &why);
    /// m_keychainStatus and m_movedPassword in m_keychainNote (hidden when both are empty).
    void showKeychainNote();
    /// Grows the dialog to the height its word-wrapped notes need at its current width.
    void fitHeight();
    /// Moves @p password of @p profile (found inside its connection string) to the keychain and
    /// says where it went.
    void movePasswordToKeychain(const QString &profile, const QString &password);
    /// Saved profiles (name, connection string) other than @p name.
    QList<std::pair<QString, QString>> profilesExcept(const QString &name) const;
    static void writeProfiles(const QList<std::pair<QString, QString>> &profiles);

    std::unique_ptr<Ui::ConnectionDialog> m_ui; ///< ui/connectiondialog.ui
    Keychain *m_keychain;
    bool m_keychainAvailable = true; ///< until a probe says otherwise
    // Widgets of the form, named for the code that uses them.
    QComboBox *m_profiles;
    QLineEdit *m_name;
    QLineEdit *m_conninfo;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QString m_keychainStatus; ///< why nothing can be remembered, when no keychain answers
    QString m_movedPassword;  ///< where a password found in a connection string went
    QLabel *m_hint;
    QLabel *m_error;
    QPushButton *m_connect;
    QComboBox *m_reports; ///< "Finance reports from": "" (this connection) or a saved profile's name
    QComboBox *m_demoAs;  ///< the demo's "Sign in as": hidden until setDemoLogins
    QLabel *m_demoAsLabel;
    QString m_demoConninfo;     ///< the demo cluster's connection string
    bool m_fillingDemo = false; ///< demoLoginChosen is writing the fields
};

} // namespace adesk
