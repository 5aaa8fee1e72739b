// The sign-in dialog offscreen (issue 9, "Credentials and transport"): a password typed inside the
// connection string never reaches the settings file (QSettings under a temporary XDG_CONFIG_HOME),
// neither when saving nor in profiles saved by older versions; it moves to the keychain (a
// recording keychain here); without a keychain service the "remember" box is off and disabled and
// the dialog says so; the transport hint covers URIs, hostaddr and sslmode; the demo password to a
// network host cannot be used.
//
// No test here talks to a real keychain: D-Bus points nowhere, so QtKeychain has no service.

#include "app/demo/democluster.h"
#include "app/shell/connectiondialog.h"
#include "app/shell/keychain.h"
#include "app/shell/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace adesk;

namespace {

/// A keychain that answers at once (queued, as QtKeychain does) and remembers what it was given.
class RecordingKeychain final : public Keychain {
public:
    QString probeError; ///< non-empty: behave as a missing keychain service
    QHash<QString, QString> entries;

    void probe(QObject *context, Done done) override {
        QMetaObject::invokeMethod(
            context, [this, done] { done(probeError); }, Qt::QueuedConnection);
    }
    void read(const QString &key, QObject *context, Read done) override {
        QMetaObject::invokeMethod(
            context,
            [this, key, done] {
                if (!probeError.isEmpty())
                    done(QString(), false, probeError);
                else
                    done(entries.value(key), entries.contains(key), QString());
            },
            Qt::QueuedConnection);
    }
    void write(const QString &key, const QString &secret, QObject *context, Done done) override {
        QMetaObject::invokeMethod(
            context,
            [this, key, secret, done] {
                if (probeError.isEmpty())
                    entries.insert(key, secret);
                done(probeError);
            },
            Qt::QueuedConnection);
    }
    void remove(const QString &key) override { entries.remove(key); }
};

QByteArray settingsFileBytes() {
    QSettings s;
    s.sync();
    QFile f(s.fileName());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QLineEdit *nameField(QWidget *dialog) {
    for (QLineEdit *e : dialog->findChildren<QLineEdit *>()) {
        if (e->placeholderText() == u"e.g. Production")
            return e;
    }
    return nullptr;
}

QPushButton *saveButton(QWidget *dialog) {
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == u"Save connection")
            return b;
    }
    return nullptr;
}

QPushButton *signInButton(QWidget *dialog) {
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == u"Sign in")
            return b;
    }
    return nullptr;
}

/// Types @p name and @p conninfo and clicks "Save connection".
bool saveConnection(QWidget *dialog, const QString &name, const QString &conninfo) {
    QLineEdit *n = nameField(dialog);
    auto *c = dialog->findChild<QLineEdit *>(QStringLiteral("conninfo"));
    QPushButton *save = saveButton(dialog);
    if (!n || !c || !save)
        return false;
    n->setText(name);
    c->setText(conninfo);
    save->click();
    return true;
}

} // namespace

class TestConnectionDialog : public QObject {
    Q_OBJECT

private slots:
    void init();

    void savedFileHoldsNoPassword_data();
    void savedFileHoldsNoPassword();
    void olderProfileIsCleanedWhenLoaded();
    void withoutKeychainServiceTheDialogSaysSo();

    void passwordMovesToKeychain();
    void rememberReflectsTheKeychain();
    void transportHint();
    void demoPasswordToNetworkHostCannotSignIn();
    void demoOffersItsLogins();
};

void TestConnectionDialog::init() {
    QSettings().clear();
    QSettings().sync();
}

void TestConnectionDialog::savedFileHoldsNoPassword_data() {
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("secret");
    QTest::newRow("URI user:password@")
        << QStringLiteral("postgresql://alice:Tr0ub4dor@db.example.ca/autodoctor")
        << QStringLiteral("Tr0ub4dor");
    QTest::newRow("key=value, quoted password with spaces")
        << QStringLiteral("host=db.example.ca user=alice password='correct horse battery' dbname=autodoctor")
        << QStringLiteral("horse battery");
    QTest::newRow("URI query password")
        << QStringLiteral("postgresql://alice@db.example.ca/autodoctor?password=Qz9x")
        << QStringLiteral("Qz9x");
}

void TestConnectionDialog::savedFileHoldsNoPassword() {
    QFETCH(QString, conninfo);
    QFETCH(QString, secret);
    {
        ConnectionDialog dialog;
        QVERIFY(saveConnection(&dialog, QStringLiteral("Production"), conninfo));
        QTest::qWait(50);
    }
    const QByteArray file = settingsFileBytes();
    QVERIFY2(file.contains("db.example.ca"), "the connection was not saved at all");
    QVERIFY2(!file.contains(secret.toUtf8()), file.constData());
}

void TestConnectionDialog::olderProfileIsCleanedWhenLoaded() {
    {
        QSettings s; // as an earlier version saved it
        s.beginWriteArray(QStringLiteral("connections"), 1);
        s.setArrayIndex(0);
        s.setValue(QStringLiteral("name"), QStringLiteral("Legacy"));
        s.setValue(QStringLiteral("conninfo"),
                   QStringLiteral("postgresql://bob:0ldS3cret@db.example.ca/autodoctor"));
        s.endArray();
        s.setValue(QStringLiteral("connections/last"), QStringLiteral("Legacy"));
    }
    QVERIFY(settingsFileBytes().contains("0ldS3cret"));
    ConnectionDialog dialog;
    QTest::qWait(50);
    const QByteArray file = settingsFileBytes();
    QVERIFY2(file.contains("db.example.ca"), file.constData());
    QVERIFY2(!file.contains("0ldS3cret"), file.constData());
}

void TestConnectionDialog::withoutKeychainServiceTheDialogSaysSo() {
    ConnectionDialog dialog; // the OS keychain, and no D-Bus service behind it
    auto *remember = dialog.findChild<QCheckBox *>();
    QVERIFY(remember);
    remember->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!remember->isEnabled(), 5000);
    QVERIFY(!remember->isChecked());
    bool said = false;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        said = said || (!l->isHidden() && l->text().contains(QStringLiteral("keychain")));
    QVERIFY2(said, "nothing tells the user that the password cannot be remembered");
}

void TestConnectionDialog::passwordMovesToKeychain() {
    RecordingKeychain keychain;
    ConnectionDialog dialog(nullptr, &keychain);
    QVERIFY(saveConnection(&dialog, QStringLiteral("Production"),
                           QStringLiteral("postgresql://alice:Tr0ub4dor@db.example.ca/autodoctor")));
    QTRY_COMPARE(keychain.entries.value(QStringLiteral("Production")), QStringLiteral("Tr0ub4dor"));
    QVERIFY(!settingsFileBytes().contains("Tr0ub4dor"));
    // The field shows what was saved; the password stays usable for this sign-in.
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("conninfo"))
                 ->text()
                 .contains(QStringLiteral("Tr0ub4dor")));
    QCOMPARE(dialog.settings().password, QStringLiteral("Tr0ub4dor"));
    QTRY_VERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isChecked());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("keychainNote"))
                ->text()
                .contains(QStringLiteral("keychain")));

    // A second dialog finds the password in the keychain, not in the file.
    ConnectionDialog again(nullptr, &keychain);
    QTRY_COMPARE(again.settings().password, QStringLiteral("Tr0ub4dor"));
}

void TestConnectionDialog::rememberReflectsTheKeychain() {
    RecordingKeychain missing;
    missing.probeError = QStringLiteral("no keychain service (Secret Service or KWallet) is running");
    ConnectionDialog dialog(nullptr, &missing);
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    remember->setChecked(true);
    QTRY_VERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY(!dialog.rememberPassword());
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("keychainNote"));
    QVERIFY(!note->isHidden());
    QVERIFY(note->text().contains(missing.probeError));

    // Saving a string with a password: removed from the file all the same, and the user is told
    // it is stored nowhere.
    QVERIFY(saveConnection(&dialog, QStringLiteral("Production"),
                           QStringLiteral("host=db.example.ca password=Pw0rd user=alice")));
    QTest::qWait(50);
    QVERIFY(!settingsFileBytes().contains("Pw0rd"));
    QVERIFY2(note->text().contains(QStringLiteral("not stored anywhere")), qPrintable(note->text()));
}

void TestConnectionDialog::transportHint() {
    RecordingKeychain keychain;
    ConnectionDialog dialog(nullptr, &keychain);
    auto *conninfo = dialog.findChild<QLineEdit *>(QStringLiteral("conninfo"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("transportHint"));
    conninfo->setText(QStringLiteral("postgresql://alice@db.example.ca/autodoctor"));
    QVERIFY2(hint->text().contains(QStringLiteral("sslmode=verify-full")), qPrintable(hint->text()));
    conninfo->setText(QStringLiteral("hostaddr=203.0.113.8 sslmode=prefer"));
    QVERIFY2(hint->text().contains(QStringLiteral("confirm")), qPrintable(hint->text()));
    QVERIFY(signInButton(&dialog)->isEnabled()); // asked at sign-in, not blocked here
    conninfo->setText(QStringLiteral("host=/var/run/postgresql dbname=autodoctor"));
    QVERIFY2(!hint->text().contains(QStringLiteral("sslmode")), qPrintable(hint->text()));
}

void TestConnectionDialog::demoPasswordToNetworkHostCannotSignIn() {
    RecordingKeychain keychain;
    ConnectionDialog dialog(nullptr, &keychain);
    dialog.findChild<QLineEdit *>(QStringLiteral("conninfo"))
        ->setText(QStringLiteral("host=db.example.ca user=demo_admin sslmode=verify-full"));
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("demo"));
    QVERIFY(!signInButton(&dialog)->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("conninfo"))
        ->setText(QStringLiteral("host=localhost user=demo_admin"));
    QVERIFY(signInButton(&dialog)->isEnabled());
}

void TestConnectionDialog::demoOffersItsLogins() {
    // The demo signed out: "Sign in as" lists the demo logins with the menu's labels, the last one
    // chosen; choosing finance fills the demo cluster's connection string for demo_finance, with
    // nothing to type. A saved connection or an edited string is "Another connection".
    RecordingKeychain keychain;
    {
        ConnectionDialog first(nullptr, &keychain);
        QVERIFY(
            saveConnection(&first, QStringLiteral("Office"), QStringLiteral("host=localhost user=alice")));
    }
    ConnectionDialog dialog(nullptr, &keychain);
    QVERIFY(
        dialog.findChild<QComboBox *>(QStringLiteral("demoSignInAs"))->isHidden()); // not outside the demo
    const QString cluster =
        QStringLiteral("host='/tmp/demo sock' port=5433 user=demo_admin dbname=autodoctor");
    const QList<QPair<QString, QString>> logins = MainWindow::demoLogins();
    dialog.setDemoLogins(logins, cluster, DemoCluster::ownerLogin());
    auto *as = dialog.findChild<QComboBox *>(QStringLiteral("demoSignInAs"));
    QVERIFY(as);
    QCOMPARE(as->count(), logins.size() + 1);
    for (int i = 0; i < logins.size(); ++i) {
        QCOMPARE(as->itemText(i), logins.at(i).second);
        QCOMPARE(as->itemData(i).toString(), logins.at(i).first);
    }
    QCOMPARE(as->currentData().toString(), DemoCluster::ownerLogin());
    auto *conninfo = dialog.findChild<QLineEdit *>(QStringLiteral("conninfo"));
    QCOMPARE(conninfo->text(),
             QStringLiteral("host='/tmp/demo sock' port=5433 dbname=autodoctor user=demo_owner_toronto"));

    as->setCurrentIndex(as->findData(DemoCluster::financeLogin()));
    QCOMPARE(dialog.settings().conninfo,
             QStringLiteral("host='/tmp/demo sock' port=5433 dbname=autodoctor user=demo_finance"));
    QVERIFY(dialog.settings().password.isEmpty());
    QVERIFY(dialog.profileName().isEmpty()); // nothing saved under a profile's name
    QVERIFY(signInButton(&dialog)->isEnabled());

    // A saved connection, then the demo again.
    auto *profiles = dialog.findChild<QComboBox *>(QStringLiteral("profiles"));
    profiles->setCurrentIndex(profiles->findText(QStringLiteral("Office")));
    QCOMPARE(conninfo->text(), QStringLiteral("host=localhost user=alice"));
    QVERIFY(as->currentData().toString().isEmpty());
    QCOMPARE(as->currentText(), QStringLiteral("Another connection"));
    as->setCurrentIndex(0);
    QCOMPARE(profiles->currentIndex(), 0);
    QVERIFY(dialog.profileName().isEmpty());
    QCOMPARE(dialog.settings().conninfo,
             QStringLiteral("host='/tmp/demo sock' port=5433 dbname=autodoctor user=") + logins.at(0).first);
    QTest::keyClicks(conninfo, QStringLiteral(" sslmode=disable"));
    QVERIFY(as->currentData().toString().isEmpty());

    // Keyboard: the choice comes first in the focus chain, then the form in its order.
    QWidget *next = as->nextInFocusChain();
    while (next != as && !(next->focusPolicy() & Qt::TabFocus))
        next = next->nextInFocusChain();
    QCOMPARE(next, profiles);
    QCOMPARE(ConnectionDialog::withUser(QStringLiteral("user = bob dbname=x"), QStringLiteral("demo_admin")),
             QStringLiteral("dbname=x user=demo_admin"));
}

int main(int argc, char **argv) {
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    // Never the user's keychain: no session bus, no desktop that would pick KWallet.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/adesk-test-bus");
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("KDE_FULL_SESSION");
    qunsetenv("DESKTOP_SESSION");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("The Auto Doctor Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectiondialog"));
    TestConnectionDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectiondialog.moc"
