#include "models/core/dberror.h"

#include "models/core/servererrors.h"

#include <QCoreApplication>

namespace adesk {

DbError::Kind DbError::kindForSqlState(const QString &s) {
    if (s.isEmpty())
        return Kind::Other;
    if (s.startsWith(u"08") || s == u"57P01" || s == u"57P02" || s == u"57P03")
        return Kind::ConnectionLost;
    if (s == u"40001" || s == u"40P01")
        return Kind::Conflict;
    if (s == u"55P03")
        return Kind::Claimed;
    if (s == u"AD001")
        return Kind::NotPending;
    if (s == u"AD002")
        return Kind::NotCompleted;
    if (s == u"AD003")
        return Kind::NotCompliant;
    if (s == u"23P01")
        return Kind::Overlap;
    if (s == u"23505")
        return Kind::Duplicate;
    if (s == u"42501")
        return Kind::Forbidden;
    if (s == u"P0002")
        return Kind::NotFound;
    if (s == u"57014")
        return Kind::TimedOut; // the executor makes it Cancelled when it cancelled the statement

    if (s.startsWith(u"22") || s.startsWith(u"23"))
        return Kind::Invalid;
    return Kind::Other;
}

DbError DbError::fromSqlState(const QString &sqlState, const QString &message, const QString &detail,
                              const QString &column) {
    DbError e;
    e.kind = kindForSqlState(sqlState);
    // 55P03 is both a lease held by another admin (the claim functions raise it with DETAIL
    // claimed_by=…) and lock_timeout expiring (no DETAIL).
    if (e.kind == Kind::Claimed && !detail.startsWith(u"claimed_by="))
        e.kind = Kind::TimedOut;
    e.sqlState = sqlState;
    e.serverMessage = message;
    e.detail = detail;
    e.column = column;
    if (const ServerErrors::Match m = ServerErrors::match(sqlState, message)) {
        e.code = QString::fromLatin1(m.entry->code);
        e.args = m.args;
    }
    return e;
}

DbError DbError::connectionLost(const QString &message) {
    DbError e;
    e.kind = Kind::ConnectionLost;
    e.sqlState = QStringLiteral("08006");
    e.serverMessage = message;
    return e;
}

DbError DbError::other(const QString &message) {
    DbError e;
    e.kind = Kind::Other;
    e.serverMessage = message;
    return e;
}

DbError DbError::connectFailed(const QString &sqlState, bool neededPassword, const QString &message) {
    DbError e;
    e.sqlState = sqlState;
    e.serverMessage = message;
    if (sqlState == u"28P01")
        e.connectFailure = ConnectFailure::BadPassword;
    else if (neededPassword)
        e.connectFailure = ConnectFailure::NoPassword;
    else if (sqlState.startsWith(u"28"))
        e.connectFailure = ConnectFailure::NotAuthorized;
    else if (sqlState == u"3D000")
        e.connectFailure = ConnectFailure::NoDatabase;
    else if (sqlState == u"53300")
        e.connectFailure = ConnectFailure::TooManyConnections;
    else if (sqlState == u"57P03")
        e.connectFailure = ConnectFailure::Starting;
    else
        e.connectFailure = ConnectFailure::Unreachable;
    // Wrong credentials or database: trying again will not help. The others may pass (a restart,
    // a free slot, the network back): the executor retries with backoff.
    switch (e.connectFailure) {
    case ConnectFailure::BadPassword:
    case ConnectFailure::NoPassword:
    case ConnectFailure::NotAuthorized:
    case ConnectFailure::NoDatabase:
        e.kind = Kind::Forbidden;
        break;
    default:
        e.kind = Kind::ConnectionLost;
    }
    return e;
}

namespace {

QString connectFailureMessage(DbError::ConnectFailure f, const QString &serverMessage) {
    using F = DbError::ConnectFailure;
    switch (f) {
    case F::None:
        break;
    case F::BadPassword:
        return QCoreApplication::translate("DbError",
                                           "The database refused the password for this login. Check the "
                                           "login name and type the password again.");
    case F::NoPassword:
        return QCoreApplication::translate("DbError",
                                           "The database asks for a password and none was given. Type it "
                                           "in the sign-in window, or add it to your .pgpass file.");
    case F::NotAuthorized:
        return QCoreApplication::translate("DbError",
                                           "The database does not let this login connect from this "
                                           "computer. Ask the database administrator to allow it.");
    case F::NoDatabase:
        return QCoreApplication::translate("DbError",
                                           "The database named in the connection does not exist on this "
                                           "server. Check the database name (dbname).");
    case F::TooManyConnections:
        return QCoreApplication::translate("DbError",
                                           "The database server has no free connection right now. Try "
                                           "again in a few minutes, or ask the database administrator.");
    case F::Starting:
        return QCoreApplication::translate("DbError",
                                           "The database server is starting up or shutting down. Try "
                                           "again in a moment.");
    case F::Unreachable:
        return QCoreApplication::translate("DbError",
                                           "The database server could not be reached. Check the host "
                                           "name, that the server is running and your network (%1).")
            .arg(serverMessage);
    }
    return {};
}

} // namespace

QString DbError::serverText() const {
    if (!code.isEmpty()) {
        if (const ServerErrors::Entry *e = ServerErrors::byCode(code))
            return ServerErrors::sentence(*e, args);
    }
    return serverMessage;
}

QString DbError::userMessage() const {
    if (connectFailure != ConnectFailure::None)
        return connectFailureMessage(connectFailure, serverMessage);
    // A known server message is its own translated sentence: it says more than the generic one
    // (which rule refused, which role may do it). The kinds whose generic sentence carries the remedy
    // (reconnect, reload, someone holds the item, post later) keep it; a compliance refusal names
    // the rule inside its sentence.
    switch (kind) {
    case Kind::None:
    case Kind::ConnectionLost:
    case Kind::Conflict:
    case Kind::Claimed:
    case Kind::NotCompleted:
    case Kind::NotCompliant:
    case Kind::TimedOut:
    case Kind::Cancelled:
        break;
    default:
        if (!code.isEmpty())
            return serverText();
    }
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionLost:
        return QCoreApplication::translate("DbError",
                                           "The connection to the database was lost. "
                                           "Auto Doctor Desk is reconnecting; nothing you typed was lost.");
    case Kind::Conflict:
        return QCoreApplication::translate(
            "DbError", "Someone else changed this item while you were working on it. "
                       "It has been reloaded; your note is kept so you can decide again.");
    case Kind::Claimed: {
        QString who = detail.section(u' ', 0, 0).section(u'=', 1);
        if (who.isEmpty())
            return QCoreApplication::translate("DbError", "Another admin is reviewing this item right now.");
        return QCoreApplication::translate("DbError", "%1 is reviewing this item right now.").arg(who);
    }
    case Kind::NotPending:
        return QCoreApplication::translate("DbError", "This item was already decided by someone else.");
    case Kind::NotCompleted:
        return QCoreApplication::translate("DbError",
                                           "This event is not completed yet, so it cannot be posted to the "
                                           "ledger. Post it once the platform has completed it.");
    case Kind::NotCompliant:
        // The server's message names the rule (a workshop visit without a mechanic allowed to work
        // there, a partnership job without a signed agreement, …).
        return QCoreApplication::translate("DbError",
                                           "This event cannot be posted to the ledger: it breaks a "
                                           "compliance rule or has no signed agreement (%1).")
            .arg(code.isEmpty() ? serverMessage : serverText().chopped(serverText().endsWith(u'.') ? 1 : 0));
    case Kind::Overlap:
        return QCoreApplication::translate("DbError", "This clashes with an existing booking: %1")
            .arg(serverText());
    case Kind::Duplicate:
        return QCoreApplication::translate("DbError", "This already exists: %1").arg(serverText());
    case Kind::Forbidden:
        return QCoreApplication::translate("DbError", "Your account is not allowed to do this.");
    case Kind::NotFound:
        return QCoreApplication::translate("DbError", "This item no longer exists or is not visible to you.");
    case Kind::Invalid:
        return QCoreApplication::translate("DbError", "The database refused this: %1").arg(serverText());
    case Kind::TimedOut:
        return QCoreApplication::translate("DbError",
                                           "The database took too long to answer and the request was "
                                           "stopped. Try again; if it keeps happening, narrow the search "
                                           "or ask the database administrator.");
    case Kind::Cancelled:
        return QCoreApplication::translate("DbError", "The request was cancelled.");
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("DbError", "Database error: %1").arg(serverText());
}

} // namespace adesk
