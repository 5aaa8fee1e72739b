#pragma once

#include "models/compliance/verification.h"
#include "models/core/result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace adesk {

class Session;

/// Signs @p session in and waits for the answer in a local event loop (the window keeps painting;
/// the sign-in itself runs on the session's worker thread). The identity, or the error the server gave
/// (Error::userMessage() says it in words). The session stays the caller's; the identity is not set on
/// it: the caller calls Session::setIdentity() when it keeps the session.
Result<Identity> signInWaiting(Session *session);

/// The identity a demo login had at its last sign-in on the demo cluster that @p conninfo names
/// (the login's connection string: socket directory, port, login, database), remembered in the
/// user's QSettings; nullopt when this login never signed in there. Shapes only what is painted
/// before the server answers (issue 19): the server's own answer replaces it, nothing is read or
/// written on its strength.
std::optional<Identity> rememberedDemoIdentity(const QString &conninfo);
void rememberDemoIdentity(const QString &conninfo, const Identity &who);

/// A warm demo launch (issue 19, "a warm launch to the first painted pane under 300 ms"): the demo
/// cluster exists and the login signed in on it before. runGui() builds and paints the main window
/// for the remembered identity at once, its work held (MainWindow::waitForSignIn), while prepare()
/// starts the demo server and brings its schema up to date on a worker thread; then it signs in,
/// and when the server's identity is the remembered one the panes load (signInConfirmed). Another
/// identity closes that window and opens one for the server's; a failure closes it and says why.
struct WarmDemoStart {
    Identity remembered;
    /// On a worker thread: starts the demo server and migrates its database. 0 when it is ready;
    /// otherwise the exit code, the reason written on stderr. @p report: each step's sentence,
    /// translated. @p stop set: the user quit meanwhile, end between steps.
    std::function<int(const std::function<void(const QString &)> &report, const std::atomic<bool> *stop)>
        prepare;
    /// From the GUI thread: ends prepare()'s work at once (the demo server stops).
    std::function<void()> stopServer;
};

/// The desktop demo's history (issue 19, "the demo ready within 5 s"): the first launch shows its
/// window once the core data set is in (DemoSeeder::Part::Core) and loads the rest behind it.
/// runGui() holds @p panes (MainWindow::holdPanes) in every window it opens until load() ends,
/// which it runs on a worker thread once the server is ready and signed in to; a quit meanwhile
/// stops the server (the history's transaction is rolled back: the next launch loads it again).
struct DemoHistoryLoad {
    QStringList panes;
    /// On a worker thread: loads the history when it is not loaded yet. 0 when it is in; otherwise
    /// the exit code, the reason written on stderr. @p report: a step (translated; empty: the
    /// window's own words) and the share done (0-100).
    std::function<int(const std::function<void(const QString &, int)> &report)> load;
    /// From the GUI thread: ends load()'s work at once (the demo server stops).
    std::function<void()> stopServer;
    /// After load() returned 0 (on the GUI thread): remember that this demo's history is in.
    std::function<void()> loaded;
};

} // namespace adesk
