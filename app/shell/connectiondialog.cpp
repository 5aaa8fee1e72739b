#include "app/shell/connectiondialog.h"

#include "app/shell/keychain.h"
#include "app/shell/reportsprofile.h"
#include "models/core/conninfo.h"
#include "ui_connectiondialog.h"
#include "views/common/semanticcolors.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>

namespace adesk {

ConnectionDialog::ConnectionDialog(QWidget *parent, Keychain *keychain)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_keychain(keychain ? keychain : Keychain::system()) {
    // The demo's "Sign in as" (setDemoLogins) is created first, hidden: first in the Tab order.
    m_demoAs = new QComboBox(this);
    m_demoAs->setObjectName(QStringLiteral("demoSignInAs"));
    m_demoAs->hide();
    m_demoAsLabel = new QLabel(tr("Sign in &as"), this);
    m_demoAsLabel->setBuddy(m_demoAs);
    m_demoAsLabel->hide();
    m_ui->setupUi(this);
    m_profiles = m_ui->profiles;
    m_name = m_ui->profileName;
    m_conninfo = m_ui->conninfo;
    m_password = m_ui->password;
    m_remember = m_ui->rememberPassword;
    m_keychainNote = m_ui->keychainNote;
    m_hint = m_ui->transportHint;
    m_error = m_ui->errorMessage;
    m_error->setStyleSheet(SemanticColors::of(this).textStyle(SemanticColors::Role::Error));
    // Issue 19: finance's heavy reads may go to a read replica saved as another profile.
    m_reports = new QComboBox(this);
    m_reports->setObjectName(QStringLiteral("reportsProfile"));
    m_reports->setToolTip(tr("The ledger, statements, T4A overview and dashboards are read from this "
                             "connection (a read replica), read-only, with the same login and password; "
                             "every change is still made on the sign-in connection."));
    auto *reportsLabel = new QLabel(tr("Finance &reports from"), this);
    reportsLabel->setBuddy(m_reports);
    m_ui->form->addRow(reportsLabel, m_reports);

    QDialogButtonBox *buttons = m_ui->buttons;
    m_connect = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    QPushButton *save = buttons->addButton(tr("Save connection"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveConnection"));
    QPushButton *remove = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_conninfo, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_conninfo, &QLineEdit::textChanged, this, &ConnectionDialog::syncDemoChoice);
    connect(m_password, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &ConnectionDialog::profileChosen);

    // Without a keychain service nothing can be remembered: say so rather than store nothing.
    m_keychain->probe(this, [this](const QString &why) {
        if (!why.isEmpty())
            keychainUnavailable(why);
    });
    loadProfiles();
    validate();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::keychainUnavailable(const QString &why) {
    m_keychainAvailable = false;
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_keychainStatus = tr("No system keychain is available (%1): passwords cannot be remembered. Type the "
                          "password at each sign-in, or keep it in ~/.pgpass (mode 0600).")
                           .arg(why);
    showKeychainNote();
}

void ConnectionDialog::showKeychainNote() {
    QStringList parts;
    for (const QString &p : {m_keychainStatus, m_movedPassword}) {
        if (!p.isEmpty())
            parts << p;
    }
    m_keychainNote->setText(parts.join(u' '));
    m_keychainNote->setVisible(!parts.isEmpty());
    fitHeight();
}

void ConnectionDialog::fitHeight() {
    // Word-wrapped notes grow with their text; the dialog grows with them instead of overlapping.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ConnectionDialog::loadProfiles() {
    QSettings s;
    const int n = s.beginReadArray(QStringLiteral("connections"));
    QList<std::pair<QString, QString>> profiles;
    QList<std::pair<QString, QString>> passwords; // found inside saved strings (older versions)
    bool cleaned = false;
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        const QString name = s.value(QStringLiteral("name")).toString();
        QString info = s.value(QStringLiteral("conninfo")).toString();
        const conninfo::Stripped stripped = conninfo::stripSecrets(info);
        if (stripped.error.isEmpty() && stripped.changed()) {
            info = stripped.conninfo;
            cleaned = true;
            if (!stripped.password.isEmpty())
                passwords.append({name, stripped.password});
        }
        profiles.append({name, info});
    }
    s.endArray();
    if (cleaned)
        writeProfiles(profiles);

    m_profiles->blockSignals(true);
    m_profiles->clear();
    m_profiles->addItem(tr("New connection"), QString());
    for (const auto &[name, info] : std::as_const(profiles))
        m_profiles->addItem(name, info);
    const QString last = s.value(QStringLiteral("connections/last")).toString();
    const int idx = std::max(0, m_profiles->findText(last));
    m_profiles->setCurrentIndex(idx);
    m_profiles->blockSignals(false);
    profileChosen(idx);
    for (const auto &[name, password] : std::as_const(passwords)) {
        if (name == m_name->text() && m_password->text().isEmpty())
            m_password->setText(password);
        movePasswordToKeychain(name, password);
    }
}

QString ConnectionDialog::withUser(const QString &conninfo, const QString &login) {
    static const QRegularExpression user(QStringLiteral("\\buser\\s*=\\s*\\S+\\s*"));
    QString info = conninfo;
    info.remove(user);
    info = info.trimmed();
    return (info.isEmpty() ? QString() : info + u' ') + QStringLiteral("user=") + login;
}

void ConnectionDialog::setDemoLogins(const QList<QPair<QString, QString>> &logins, const QString &conninfo,
                                     const QString &current) {
    m_demoConninfo = conninfo;
    if (m_demoAs->isHidden()) {
        m_ui->form->insertRow(0, m_demoAsLabel, m_demoAs);
        m_demoAsLabel->show();
        m_demoAs->show();
        connect(m_demoAs, &QComboBox::currentIndexChanged, this, &ConnectionDialog::demoLoginChosen);
    }
    m_demoAs->blockSignals(true);
    m_demoAs->clear();
    for (const auto &[login, label] : logins)
        m_demoAs->addItem(label, login);
    m_demoAs->addItem(tr("Another connection"), QString());
    m_demoAs->setCurrentIndex(std::max(0, m_demoAs->findData(current)));
    m_demoAs->blockSignals(false);
    demoLoginChosen(m_demoAs->currentIndex());
    m_demoAs->setFocus();
}

void ConnectionDialog::demoLoginChosen(int index) {
    const QString login = m_demoAs->itemData(index).toString();
    if (login.isEmpty())
        return; // another connection: the fields are the user's
    m_fillingDemo = true;
    m_profiles->blockSignals(true);
    m_profiles->setCurrentIndex(0);
    m_profiles->blockSignals(false);
    m_name->clear();
    m_password->clear();
    m_remember->setChecked(false);
    m_conninfo->setText(withUser(m_demoConninfo, login));
    m_fillingDemo = false;
}

void ConnectionDialog::syncDemoChoice() {
    if (m_demoAs->isHidden() || m_fillingDemo)
        return;
    const QString login = m_demoAs->currentData().toString();
    if (login.isEmpty() || m_conninfo->text() == withUser(m_demoConninfo, login))
        return;
    m_demoAs->blockSignals(true);
    m_demoAs->setCurrentIndex(m_demoAs->count() - 1);
    m_demoAs->blockSignals(false);
}

void ConnectionDialog::profileChosen(int index) {
    if (index > 0 && !m_demoAs->isHidden() && !m_fillingDemo) {
        m_demoAs->blockSignals(true);
        m_demoAs->setCurrentIndex(m_demoAs->count() - 1);
        m_demoAs->blockSignals(false);
    }
    if (index <= 0) {
        m_name->clear();
        m_conninfo->clear();
        m_password->clear();
        m_remember->setChecked(false);
        loadReportsChoice(QString());
        return;
    }
    loadReportsChoice(m_profiles->itemText(index));
    m_name->setText(m_profiles->itemText(index));
    m_conninfo->setText(m_profiles->itemData(index).toString());
    m_password->clear();
    m_remember->setChecked(false);
    fetchPassword(m_profiles->itemText(index));
}

void ConnectionDialog::loadReportsChoice(const QString &profile) {
    const QString chosen = reportsprofile::profileFor(profile);
    m_reports->clear();
    m_reports->addItem(tr("This connection"), QString());
    for (int i = 1; i < m_profiles->count(); ++i) {
        if (m_profiles->itemText(i) != profile)
            m_reports->addItem(m_profiles->itemText(i), m_profiles->itemText(i));
    }
    m_reports->setCurrentIndex(std::max(0, m_reports->findData(chosen)));
}

QString ConnectionDialog::reportsProfile() const {
    return m_reports->currentData().toString();
}

void ConnectionDialog::fetchPassword(const QString &profile) {
    m_keychain->read(profile, this, [this, profile](const QString &secret, bool found, const QString &error) {
        if (!error.isEmpty()) {
            keychainUnavailable(error);
            return;
        }
        if (!found || m_name->text() != profile)
            return;
        if (m_password->text().isEmpty())
            m_password->setText(secret);
        m_remember->setChecked(true);
    });
}

void ConnectionDialog::movePasswordToKeychain(const QString &profile, const QString &password) {
    const QString notStored =
        tr("The password written in the connection string of \"%1\" was removed from it before saving and "
           "is not stored anywhere.")
            .arg(profile);
    if (!m_keychainAvailable) {
        m_movedPassword = notStored;
        showKeychainNote();
        return;
    }
    m_keychain->write(profile, password, this, [this, profile, notStored](const QString &error) {
        if (!error.isEmpty()) {
            m_movedPassword = notStored;
            keychainUnavailable(error);
            return;
        }
        m_movedPassword =
            tr("The password written in the connection string of \"%1\" was removed from it and "
               "is now kept in the system keychain.")
                .arg(profile);
        showKeychainNote();
        if (m_name->text() == profile)
            m_remember->setChecked(true);
    });
}

void ConnectionDialog::storePassword(const QString &profile, const QString &password) {
    if (profile.isEmpty() || password.isEmpty())
        return;
    Keychain::system()->write(profile, password, qApp, [profile](const QString &error) {
        if (error.isEmpty())
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Password not remembered"),
                                    tr("The password of \"%1\" was not saved in the system keychain: %2. You "
                                       "will be asked for it at the next sign-in (or keep it in ~/.pgpass).")
                                        .arg(profile, error),
                                    QMessageBox::Ok, QApplication::activeWindow());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

QList<std::pair<QString, QString>> ConnectionDialog::profilesExcept(const QString &name) const {
    QList<std::pair<QString, QString>> profiles;
    for (int i = 1; i < m_profiles->count(); ++i) {
        if (m_profiles->itemText(i) != name)
            profiles.append({m_profiles->itemText(i), m_profiles->itemData(i).toString()});
    }
    return profiles;
}

void ConnectionDialog::writeProfiles(const QList<std::pair<QString, QString>> &profiles) {
    QSettings s;
    s.beginWriteArray(QStringLiteral("connections"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), profiles[i].first);
        // Never a password: callers pass strings through conninfo::stripSecrets.
        s.setValue(QStringLiteral("conninfo"), profiles[i].second);
    }
    s.endArray();
}

void ConnectionDialog::saveProfile() {
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Give the connection a name to save it."));
        return;
    }
    const conninfo::Stripped stripped = conninfo::stripSecrets(m_conninfo->text());
    if (!stripped.error.isEmpty()) {
        showError(tr("Not a valid connection string: %1").arg(stripped.error));
        return;
    }
    const QString typedPassword = m_password->text();
    const bool remember = m_remember->isChecked();
    reportsprofile::setProfileFor(name, reportsProfile());
    QList<std::pair<QString, QString>> profiles = profilesExcept(name);
    profiles.append({name, stripped.conninfo});
    writeProfiles(profiles);
    QSettings().setValue(QStringLiteral("connections/last"), name);
    loadProfiles();
    // Keep what the user typed for this sign-in; the string shown is the one saved.
    m_password->setText(typedPassword.isEmpty() ? stripped.password : typedPassword);
    m_remember->setChecked(remember && m_keychainAvailable);
    if (!stripped.password.isEmpty())
        movePasswordToKeychain(name, stripped.password);
    if (!stripped.dropped.isEmpty())
        showError(tr("%1 was removed from the connection string before saving and is not stored anywhere.")
                      .arg(stripped.dropped.join(QStringLiteral(", "))));
}

void ConnectionDialog::deleteProfile() {
    const QString name = m_profiles->currentText();
    if (m_profiles->currentIndex() <= 0)
        return;
    writeProfiles(profilesExcept(name));
    m_keychain->remove(name);
    loadProfiles();
}

void ConnectionDialog::validate() {
    const QString text = m_conninfo->text().trimmed();
    const QString problem = ConnectionSettings::validate(text);
    m_connect->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_hint->setText(tr("Not a valid connection string: %1").arg(problem));
        m_hint->setStyleSheet(SemanticColors::of(this).textStyle(SemanticColors::Role::Error));
        fitHeight();
        return;
    }
    ConnectionSettings s = settings();
    s.allowInsecureTransport = true; // asked at sign-in (confirmTransport), not a reason to block here
    if (const QString refused = s.problem(); !refused.isEmpty()) {
        m_connect->setEnabled(false);
        m_hint->setText(refused);
        m_hint->setStyleSheet(SemanticColors::of(this).textStyle(SemanticColors::Role::Error));
        fitHeight();
        return;
    }
    m_hint->setStyleSheet(QString());
    const conninfo::Transport t = s.transport();
    const QString hosts = t.remoteTargets().join(QStringLiteral(", "));
    QStringList notes;
    if (t.insecure())
        notes
            << tr("sslmode=%1 (set by %2) may send the password and the data to %3 unencrypted: you will be "
                  "asked to confirm. Use sslmode=verify-full.")
                   .arg(t.sslmode, t.sslmodeOrigin, hosts);
    else if (t.addsVerifyFull())
        notes << tr("%1 is reached over the network: the connection uses sslmode=verify-full (encrypted, and "
                    "the "
                    "server's certificate must match its name; give its CA with sslrootcert=… or in "
                    "~/.postgresql/root.crt).")
                     .arg(hosts);
    else if (t.unverified())
        notes << tr("sslmode=%1 encrypts but does not check that %2 is the server you meant: use "
                    "sslmode=verify-full.")
                     .arg(t.sslmode, hosts);
    if (conninfo::stripSecrets(text).changed())
        notes << tr(
            "The password in the connection string is never saved with the connection: saving moves it "
            "to the system keychain.");
    if (text.isEmpty() && notes.isEmpty())
        notes << tr("Empty: libpq's defaults are used (PGHOST, PGDATABASE, PGUSER, ~/.pgpass).");
    m_hint->setText(notes.join(u' '));
    fitHeight();
}

ConnectionSettings ConnectionDialog::settings() const {
    ConnectionSettings s;
    s.conninfo = m_conninfo->text().trimmed();
    s.password = m_password->text();
    return s;
}

bool ConnectionDialog::rememberPassword() const {
    return m_remember->isChecked() && m_keychainAvailable;
}

QString ConnectionDialog::profileName() const {
    return m_name->text().trimmed();
}

void ConnectionDialog::accept() {
    if (rememberPassword() && profileName().isEmpty()) {
        showError(tr("Give the connection a name so that its password can be remembered."));
        return;
    }
    if (!reportsProfile().isEmpty() && profileName().isEmpty()) {
        showError(tr("Save the connection under a name to read reports from another connection."));
        return;
    }
    reportsprofile::setProfileFor(profileName(), reportsProfile());
    QDialog::accept();
}

bool ConnectionDialog::confirmTransport(QWidget *parent, ConnectionSettings *settings) {
    const conninfo::Transport t = settings->transport();
    if (!t.insecure() || settings->allowInsecureTransport)
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("Unprotected connection"),
        tr("The connection to %1 uses sslmode=%2 (set by %3). With it, your password and everything "
           "you read and change could cross the network unencrypted, or reach a server that is not "
           "the one you meant.\n\nUse sslmode=verify-full unless you know this network is safe. "
           "Connect without this protection?")
            .arg(t.remoteTargets().join(QStringLiteral(", ")), t.sslmode, t.sslmodeOrigin),
        QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("Connect unprotected"));
    box.button(QMessageBox::No)->setText(tr("Cancel"));
    if (box.exec() != QMessageBox::Yes)
        return false;
    settings->allowInsecureTransport = true;
    return true;
}

void ConnectionDialog::showError(const QString &message) {
    m_error->setText(message);
    fitHeight();
}

void ConnectionDialog::setBusy(bool busy) {
    m_connect->setEnabled(!busy);
    m_connect->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

} // namespace adesk
