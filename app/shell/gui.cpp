#include "app/batchcommands.h"
#include "app/shell/connectiondialog.h"
#include "app/shell/launchtrace.h"
#include "app/shell/mainwindow.h"
#include "app/shell/reportsprofile.h"
#include "app/shell/session.h"
#include "app/shell/signalquit.h"
#include "app/shell/signin.h"
#include "app/shell/translator.h"
#include "models/core/conninfo.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>

namespace adesk {

Result<Identity> signInWaiting(Session *session) {
    QEventLoop loop;
    std::optional<Result<Identity>> out;
    session->signIn().then(&loop, [&](const Result<Identity> &r) {
        out = r;
        loop.quit();
    });
    loop.exec();
    if (!out) // the loop ended without an answer: quitting by signal
        return DbError::other(QCoreApplication::translate("Gui", "Interrupted."));
    return *out;
}

int runGui(const BatchContext &ctx) {
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Translator translator;
    translator.installPreferred();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/autodoctor-desk.svg")));

    bool direct = ctx.demo || !ctx.connection.conninfo.isEmpty();
    QString lastError;
    QString demoConninfo; // the demo login chosen in File > Sign in as
    QString lastLogin;    // the login signed in last: preselected in the demo's "Sign in as"
    const auto quitBySignal = [] {
        return SignalQuit::instance() && SignalQuit::instance()->received() != 0;
    };
    for (;;) {
        if (quitBySignal())
            return 0;
        ConnectionSettings settings = ctx.connection;
        if (!demoConninfo.isEmpty())
            settings.conninfo = demoConninfo;
        QString profile;
        bool remember = false;
        if (!direct) {
            ConnectionDialog dialog;
            if (ctx.demo) // the demo's logins, without typing a connection string
                dialog.setDemoLogins(MainWindow::demoLogins(), ctx.connection.conninfo, lastLogin);
            if (!lastError.isEmpty())
                dialog.showError(lastError);
            LaunchTrace::markWhenPainted(&dialog, "first-window");
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            settings = dialog.settings();
            profile = dialog.profileName();
            remember = dialog.rememberPassword();
        }
        // A network host with sslmode=disable/allow/prefer: only after the user says so. (With
        // --db and --allow-insecure-transport the command line has already said so.)
        if (!ConnectionDialog::confirmTransport(nullptr, &settings)) {
            lastError =
                QCoreApplication::translate("Gui", "Not signed in: the connection would not have been "
                                                   "protected. Use sslmode=verify-full.");
            direct = false;
            continue;
        }
        auto *session = new Session(settings);
        const Result<Identity> who = signInWaiting(session);
        if (quitBySignal()) {
            delete session;
            return 0;
        }
        if (!who.ok()) {
            // A refused connection says why in words (DbError::ConnectFailure, from the SQLSTATE).
            const DbError &e = who.error();
            lastError = Session::isSchemaMismatch(e) ? e.serverMessage
                        : e.connectFailure != DbError::ConnectFailure::None
                            ? QCoreApplication::translate("Gui", "Could not sign in: %1").arg(e.userMessage())
                        : e.kind == DbError::Kind::Forbidden || e.kind == DbError::Kind::ConnectionLost
                            ? QCoreApplication::translate("Gui", "Could not sign in: %1").arg(e.serverText())
                            : e.userMessage();
            delete session;
            if (direct) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("Gui", "Auto Doctor Desk"),
                                      lastError);
                if (ctx.demo)
                    return 1;
                direct = false;
            }
            continue;
        }
        if (remember)
            ConnectionDialog::storePassword(profile, settings.password.isEmpty()
                                                         ? conninfo::stripSecrets(settings.conninfo).password
                                                         : settings.password);
        if (!profile.isEmpty())
            QSettings().setValue(QStringLiteral("connections/last"), profile);
        session->setIdentity(who.value());
        LaunchTrace::step("signed-in");
        lastLogin = who.value().loginRole;
        // Finance's heavy reads on the reports profile chosen for this sign-in (issue 19): the same
        // login and password, read-only; a connection that is not protected is asked about as above.
        if (const QString reports = reportsprofile::profileFor(profile); !reports.isEmpty()) {
            bool found = false;
            ConnectionSettings r;
            r.conninfo = reportsprofile::savedConninfo(reports, &found);
            r.password = settings.password.isEmpty() ? conninfo::stripSecrets(settings.conninfo).password
                                                     : settings.password;
            if (found && ConnectionDialog::confirmTransport(nullptr, &r))
                session->setReports(r);
        }
        bool signOut = false;
        QString signInAs;
        {
            MainWindow window(session);
            QObject::connect(&window, &MainWindow::signOutRequested, &window, [&] {
                signOut = true;
                window.close();
            });
            if (ctx.demo) {
                window.addDemoSignIn(MainWindow::demoLogins());
                QObject::connect(&window, &MainWindow::signInAsRequested, &window, [&](const QString &login) {
                    signInAs = login;
                    window.close();
                });
            }
            if (SignalQuit *sq = SignalQuit::instance())
                QObject::connect(sq, &SignalQuit::quitRequested, &window, &MainWindow::closeWithoutAsking);
            LaunchTrace::step("window-built");
            LaunchTrace::markWhenPainted(&window, "first-window");
            LaunchTrace::markWhenPainted(&window, "first-pane");
            window.show();
            window.start();
            LaunchTrace::markWhenDataShown(window.panes()->currentWidget());
            app->exec();
        }
        if (quitBySignal())
            return 0; // quit by signal: the window saved its state; the caller stops the demo
        if (!signInAs.isEmpty()) {
            // The demo: the same cluster as another of its logins, straight away.
            demoConninfo = ConnectionDialog::withUser(ctx.connection.conninfo, signInAs);
            direct = true;
            lastError.clear();
            continue;
        }
        if (!signOut)
            return 0;
        direct = false;
        lastError.clear();
    }
}

} // namespace adesk
