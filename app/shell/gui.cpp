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
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

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

namespace {

QString identityKey(const QString &conninfo) {
    // One key per cluster and login: the connection string names both (no password in it).
    return QStringLiteral("demo/identity-") +
           QString::fromLatin1(
               QCryptographicHash::hash(conninfo.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

/// The sentence for a refused sign-in (DbError::ConnectFailure says why in words, from the SQLSTATE).
QString signInProblem(const DbError &e) {
    return Session::isSchemaMismatch(e) ? e.serverMessage
           : e.connectFailure != DbError::ConnectFailure::None
               ? QCoreApplication::translate("Gui", "Could not sign in: %1").arg(e.userMessage())
           : e.kind == DbError::Kind::Forbidden || e.kind == DbError::Kind::ConnectionLost
               ? QCoreApplication::translate("Gui", "Could not sign in: %1").arg(e.serverText())
               : e.userMessage();
}

} // namespace

std::optional<Identity> rememberedDemoIdentity(const QString &conninfo) {
    const QVariantMap m = QSettings().value(identityKey(conninfo)).toMap();
    Identity who;
    who.loginRole = m.value(QStringLiteral("login")).toString();
    who.deskRole = m.value(QStringLiteral("role")).toString();
    who.profileId = m.value(QStringLiteral("profile")).toLongLong();
    who.fullName = m.value(QStringLiteral("name")).toString();
    who.preferredLanguage = m.value(QStringLiteral("language")).toString();
    for (const QVariant &id : m.value(QStringLiteral("workshops")).toList())
        who.workshopIds << id.toLongLong();
    if (who.loginRole.isEmpty() || who.deskRole.isEmpty())
        return std::nullopt;
    return who;
}

void rememberDemoIdentity(const QString &conninfo, const Identity &who) {
    QVariantList workshops;
    for (const qint64 id : who.workshopIds)
        workshops << id;
    QSettings().setValue(identityKey(conninfo),
                         QVariantMap{{QStringLiteral("login"), who.loginRole},
                                     {QStringLiteral("role"), who.deskRole},
                                     {QStringLiteral("profile"), who.profileId},
                                     {QStringLiteral("name"), who.fullName},
                                     {QStringLiteral("language"), who.preferredLanguage},
                                     {QStringLiteral("workshops"), workshops}});
}

int runGui(const BatchContext &ctx, const WarmDemoStart *warm, const DemoHistoryLoad *history) {
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    // The demo's history behind the windows of this run (DemoHistoryLoad): held panes in each
    // window until it is in. Declared before the windows' loop, and stopped and waited for on every
    // way out of it (HistoryStop).
    QObject historyRelay; // the worker's reports and end, on this thread
    QPointer<MainWindow> historyWindow;
    bool historyPending = history != nullptr;
    int historyRc = 0;
    std::unique_ptr<QThread> historyWorker;
    struct HistoryStop {
        const DemoHistoryLoad *history;
        std::unique_ptr<QThread> &worker;
        ~HistoryStop() {
            if (!worker)
                return;
            if (!worker->isFinished())
                history->stopServer(); // its transaction is rolled back; the next launch loads it
            worker->wait();
        }
    } historyStop{history, historyWorker};
    const auto startHistory = [&] {
        if (!historyPending || historyWorker)
            return;
        historyWorker.reset(QThread::create([&] {
            historyRc = history->load([&historyRelay, &historyWindow](const QString &what, int percent) {
                QMetaObject::invokeMethod(
                    &historyRelay,
                    [&historyWindow, what, percent] {
                        if (historyWindow)
                            historyWindow->showHoldProgress(what, percent);
                    },
                    Qt::QueuedConnection);
            });
        }));
        QObject::connect(historyWorker.get(), &QThread::finished, &historyRelay, [&] {
            historyPending = false;
            if (historyRc == 0) {
                LaunchTrace::step("history-seeded");
                if (history->loaded)
                    history->loaded();
            }
            if (historyWindow)
                historyWindow->releasePanes(
                    historyRc == 0 ? QString()
                                   : QCoreApplication::translate(
                                         "Gui", "The demo's history could not be loaded (the reason is on "
                                                "the standard error); its panes show what is in. Start "
                                                "the demo again to load it."));
        });
        historyWorker->start();
        LaunchTrace::step("history-started");
    };
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
        // The warm demo launch, on the first turn only: the window before the server answers.
        const WarmDemoStart *pending = std::exchange(warm, nullptr);
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
        // The warm launch: the demo server starts on a worker from here on, while the window is
        // built and painted; when it is ready, the sign-in either confirms the remembered identity
        // or closes the window (its outcome below).
        std::optional<Identity> otherIdentity; // the server's identity, when not the remembered one
        QString signInFailed;
        std::atomic<bool> stop = false;
        std::atomic<int> prepared = -1;
        QPointer<MainWindow> target; // the window, once built (read on this thread only)
        Session *session = nullptr;
        QObject relay; // the worker's reports and end, on this thread (destroyed before `target`)
        std::unique_ptr<QThread> worker;
        if (pending) {
            worker.reset(QThread::create([&] {
                prepared = pending->prepare(
                    [&relay, &target](const QString &status) {
                        QMetaObject::invokeMethod(
                            &relay,
                            [&target, status] {
                                if (target)
                                    target->showSignInStatus(status);
                            },
                            Qt::QueuedConnection);
                    },
                    &stop);
            }));
            QObject::connect(worker.get(), &QThread::finished, &relay, [&] {
                if (stop || !target)
                    return;
                if (prepared != 0) { // said below, once the window is closed
                    target->closeWithoutAsking();
                    return;
                }
                target->showSignInStatus(QCoreApplication::translate("Gui", "Signing in…"));
                session->signIn().then(target.data(), [&](const Result<Identity> &who) {
                    if (!who.ok()) {
                        signInFailed = signInProblem(who.error());
                        target->closeWithoutAsking();
                    } else if (!(who.value() == pending->remembered)) {
                        otherIdentity = who.value(); // the login's role or workshops changed
                        target->closeWithoutAsking();
                    } else { // the remembered identity, confirmed: nothing new to remember
                        LaunchTrace::step("signed-in");
                        target->signInConfirmed();
                        startHistory();
                    }
                });
            });
            worker->start();
        }
        session = new Session(settings);
        if (pending) {
            // Held before the window's panes are built: nothing they queue runs before the sign-in.
            session->holdWork();
            session->setIdentity(pending->remembered); // until the server confirms it
        } else {
            const Result<Identity> who = signInWaiting(session);
            if (quitBySignal()) {
                delete session;
                return 0;
            }
            if (!who.ok()) {
                lastError = signInProblem(who.error());
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
                ConnectionDialog::storePassword(
                    profile, settings.password.isEmpty() ? conninfo::stripSecrets(settings.conninfo).password
                                                         : settings.password);
            if (!profile.isEmpty())
                QSettings().setValue(QStringLiteral("connections/last"), profile);
            session->setIdentity(who.value());
            if (ctx.demo)
                rememberDemoIdentity(settings.conninfo, who.value());
            LaunchTrace::step("signed-in");
            // Finance's heavy reads on the reports profile chosen for this sign-in (issue 19): the
            // same login and password, read-only; a connection that is not protected is asked about
            // as above.
            if (const QString reports = reportsprofile::profileFor(profile); !reports.isEmpty()) {
                bool found = false;
                ConnectionSettings r;
                r.conninfo = reportsprofile::savedConninfo(reports, &found);
                r.password = settings.password.isEmpty() ? conninfo::stripSecrets(settings.conninfo).password
                                                         : settings.password;
                if (found && ConnectionDialog::confirmTransport(nullptr, &r))
                    session->setReports(r);
            }
        }
        lastLogin = session->identity().loginRole;
        bool signOut = false;
        QString signInAs;
        {
            MainWindow window(session, nullptr, historyPending ? history->panes : QStringList());
            if (historyPending)
                historyWindow = &window;
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
            if (pending) {
                window.waitForSignIn(QCoreApplication::translate("Gui", "Starting the demo database…"));
                target = &window;
            }
            LaunchTrace::step("window-built");
            LaunchTrace::markWhenPainted(&window, "first-window");
            LaunchTrace::markWhenPainted(&window, "first-pane");
            LaunchTrace::watchStalls(&window);
            window.show();
            if (!pending) {
                window.start();
                startHistory();
            }
            LaunchTrace::markWhenDataShown(window.panes()->currentWidget());

            app->exec();
            if (worker) {
                // Quit (or a signal) while the server starts: stop it. Signing out or in as another
                // login waits for it: the next window needs it.
                if (!worker->isFinished() && (quitBySignal() || (!signOut && signInAs.isEmpty()))) {
                    stop = true;
                    pending->stopServer();
                }
                worker->wait();
                if (stop)
                    pending->stopServer(); // the worker may have started it after the first stop
            }
        }
        if (quitBySignal())
            return 0; // quit by signal: the window saved its state; the caller stops the demo
        if (pending && !stop && prepared != 0)
            return prepared; // the demo server did not start: prepare() said why on stderr
        if (pending && !signInFailed.isEmpty()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("Gui", "Auto Doctor Desk"),
                                  signInFailed);
            return 1;
        }
        if (otherIdentity) {
            // The server says another identity: a window for it, signed in the usual way.
            lastError.clear();
            continue;
        }
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
