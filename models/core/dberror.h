#pragma once

#include <QString>
#include <QStringList>

namespace adesk {

/// A failed database call: the server's SQLSTATE and text, plus a plain-language message for the
/// user. Shapes: sqlState is the five-character SQLSTATE ("23P01", "40001", …) or empty for
/// client-side failures; kind groups the SQLSTATEs the app treats alike.
struct DbError {
    enum class Kind {
        None,
        ConnectionLost, ///< class 08, 57P01..57P03, or the socket dropped: reconnect and retry/report
        Conflict,       ///< 40001 / 40P01: someone changed it first (optimistic version check)
        Claimed,        ///< 55P03: another admin holds the lease on this item
        NotPending,     ///< AD001: the item was already decided
        NotCompleted,   ///< AD002: the event is not completed (nothing to post yet)
        NotCompliant,   ///< AD003: the event fails a compliance rule or has no signed agreement
        Overlap,        ///< 23P01: exclusion constraint (a booking clash)
        Duplicate,      ///< 23505
        Forbidden,      ///< 42501: the role may not do this
        NotFound,       ///< P0002: nothing with that id (or not visible to this role)
        Invalid,        ///< 22xxx / 23514 / 23502: bad input rejected by a rule
        TimedOut,       ///< 57014 statement_timeout, or 55P03 lock_timeout (no lease DETAIL)
        Cancelled,      ///< 57014 after the app cancelled the statement itself: never shown as an error
        Other
    };

    /// Why a connection could not be opened, from the SQLSTATE the server sent (28P01, 28000, 3D000,
    /// 53300, 57P03…) or, for failures libpq detects itself (no SQLSTATE), from libpq's state.
    enum class ConnectFailure {
        None,
        BadPassword,   ///< 28P01
        NoPassword,    ///< the server asked for a password and none was given (PQconnectionNeedsPassword)
        NotAuthorized, ///< 28000: no pg_hba.conf entry, role may not log in, unknown role
        NoDatabase,    ///< 3D000
        TooManyConnections, ///< 53300
        Starting,           ///< 57P03: the server is starting up, shutting down or in recovery
        Unreachable,        ///< 08001/08006 or no SQLSTATE: refused, unknown host, timeout, TLS failure
    };

    Kind kind = Kind::None;
    QString sqlState;
    QString serverMessage; ///< primary message as the server sent it (English)
    QString detail;        ///< DETAIL field when present
    QString column;        ///< COLUMN field (which input was wrong) when present
    /// Stable error code of the server message (ServerErrors catalogue, e.g. "booking_not_found")
    /// when the message is one the desk's SQL functions raise; empty otherwise.
    QString code;
    QStringList args; ///< the values of the message's placeholders, in order (with code)
    ConnectFailure connectFailure = ConnectFailure::None; ///< set when opening a connection failed

    bool isError() const { return kind != Kind::None; }

    /// A sentence for the user, translated (QCoreApplication::translate), naming what happened and
    /// what to do. Never the raw driver text alone.
    QString userMessage() const;
    /// The server's message in the interface's language: the catalogue's translated sentence with
    /// its values when the message is known (code set), the server's text otherwise.
    QString serverText() const;

    /// The class of a failed connection attempt. @p sqlState is the server's (empty when libpq
    /// failed on its own side); @p neededPassword is PQconnectionNeedsPassword.
    static DbError connectFailed(const QString &sqlState, bool neededPassword, const QString &message);

    static Kind kindForSqlState(const QString &sqlState);
    static DbError fromSqlState(const QString &sqlState, const QString &message, const QString &detail = {},
                                const QString &column = {});
    static DbError connectionLost(const QString &message);
    static DbError other(const QString &message);
};

} // namespace adesk
