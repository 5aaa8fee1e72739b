#include "app/shell/connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <qt6keychain/keychain.h>

namespace adesk {

namespace {
const QString kKeychainService = QStringLiteral("autodoctor-desk");
}

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Sign in to Auto Doctor Desk"));
    m_profiles = new QComboBox(this);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_conninfo = new QLineEdit(this);
    m_conninfo->setObjectName(QStringLiteral("conninfo"));
    m_conninfo->setPlaceholderText(tr(
        "host=db.theautodoctor.ca dbname=autodoctor user=alice sslmode=verify-full — or service=autodoctor"));
    m_conninfo->setMinimumWidth(520);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to use ~/.pgpass"));
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #8a1515;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Saved connections"), m_profiles);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Connection"), m_conninfo);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    QPushButton *save = buttons->addButton(tr("Save connection"), QDialogButtonBox::ActionRole);
    QPushButton *remove = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_conninfo, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &ConnectionDialog::profileChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    loadProfiles();
    validate();
}

void ConnectionDialog::loadProfiles() {
    QSettings s;
    const int n = s.beginReadArray(QStringLiteral("connections"));
    m_profiles->blockSignals(true);
    m_profiles->clear();
    m_profiles->addItem(tr("New connection"), QString());
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        m_profiles->addItem(s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("conninfo")));
    }
    s.endArray();
    const QString last = s.value(QStringLiteral("connections/last")).toString();
    const int idx = std::max(0, m_profiles->findText(last));
    m_profiles->setCurrentIndex(idx);
    m_profiles->blockSignals(false);
    profileChosen(idx);
}

void ConnectionDialog::profileChosen(int index) {
    if (index <= 0) {
        m_name->clear();
        m_conninfo->clear();
        m_password->clear();
        return;
    }
    m_name->setText(m_profiles->itemText(index));
    m_conninfo->setText(m_profiles->itemData(index).toString());
    m_password->clear();
    fetchPassword(m_profiles->itemText(index));
}

void ConnectionDialog::fetchPassword(const QString &profile) {
    auto *job = new QKeychain::ReadPasswordJob(kKeychainService, this);
    job->setAutoDelete(true);
    job->setKey(profile);
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError && m_name->text() == profile && m_password->text().isEmpty()) {
            m_password->setText(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
            m_remember->setChecked(true);
        }
    });
    job->start();
}

void ConnectionDialog::storePassword(const QString &profile, const QString &password) {
    if (profile.isEmpty() || password.isEmpty())
        return;
    auto *job = new QKeychain::WritePasswordJob(kKeychainService);
    job->setAutoDelete(true);
    job->setKey(profile);
    job->setTextData(password);
    job->start();
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
        s.setValue(QStringLiteral("conninfo"), profiles[i].second); // never the password
    }
    s.endArray();
}

void ConnectionDialog::saveProfile() {
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Give the connection a name to save it."));
        return;
    }
    QList<std::pair<QString, QString>> profiles = profilesExcept(name);
    profiles.append({name, m_conninfo->text().trimmed()});
    writeProfiles(profiles);
    QSettings().setValue(QStringLiteral("connections/last"), name);
    loadProfiles();
}

void ConnectionDialog::deleteProfile() {
    const QString name = m_profiles->currentText();
    if (m_profiles->currentIndex() <= 0)
        return;
    writeProfiles(profilesExcept(name));
    auto *job = new QKeychain::DeletePasswordJob(kKeychainService);
    job->setAutoDelete(true);
    job->setKey(name);
    job->start();
    loadProfiles();
}

void ConnectionDialog::validate() {
    const QString text = m_conninfo->text().trimmed();
    const QString problem = ConnectionSettings::validate(text);
    m_connect->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_hint->setText(tr("Not a valid connection string: %1").arg(problem));
        m_hint->setStyleSheet(QStringLiteral("color: #8a1515;"));
        return;
    }
    m_hint->setStyleSheet(QString());
    const bool remote = text.contains(QStringLiteral("host=")) && !text.contains(QStringLiteral("host=/")) &&
                        !text.contains(QStringLiteral("host=localhost")) &&
                        !text.contains(QStringLiteral("host=127."));
    if (remote && !text.contains(QStringLiteral("sslmode=verify-full")))
        m_hint->setText(tr("For a remote server add sslmode=verify-full (and sslrootcert=…) so the server's "
                           "identity is checked."));
    else if (text.isEmpty())
        m_hint->setText(tr("Empty: libpq's defaults are used (PGHOST, PGDATABASE, PGUSER, ~/.pgpass)."));
    else
        m_hint->clear();
}

ConnectionSettings ConnectionDialog::settings() const {
    ConnectionSettings s;
    s.conninfo = m_conninfo->text().trimmed();
    s.password = m_password->text();
    return s;
}

bool ConnectionDialog::rememberPassword() const {
    return m_remember->isChecked();
}

QString ConnectionDialog::profileName() const {
    return m_name->text().trimmed();
}

void ConnectionDialog::showError(const QString &message) {
    m_error->setText(message);
}

void ConnectionDialog::setBusy(bool busy) {
    m_connect->setEnabled(!busy);
    m_connect->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

} // namespace adesk
