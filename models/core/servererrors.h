#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace adesk {

/// The catalogue of the errors the desk's SQL functions raise (`RAISE EXCEPTION` in
/// resources/migrations/*.sql): each server message format (its English text with `%` placeholders,
/// and its SQLSTATE) has a stable error code name and a translatable sentence ("ServerError"
/// context) with %1..%n for the placeholders, so a French interface never shows the server's
/// English. Released migrations are immutable, so their formats are stable keys; a migration that
/// redefines a function with a new text adds an entry (the old one stays: an older server can still
/// raise it). tst_servererrors checks that every format of every migration, and every format of the
/// functions a migrated database holds, has an entry translated in French.
class ServerErrors {
public:
    struct Entry {
        const char *code;     ///< stable name, e.g. "booking_not_found"
        const char *sqlState; ///< ERRCODE of the RAISE (P0001 when it names none)
        const char *format;   ///< the RAISE format as in the SQL ("booking % does not exist")
        const char *sentence; ///< English source of the translated sentence, %1..%n in order
    };

    /// A server message recognised in the catalogue: its entry and the placeholder values.
    struct Match {
        const Entry *entry = nullptr;
        QStringList args;
        explicit operator bool() const { return entry != nullptr; }
    };

    static const QList<Entry> &entries();
    /// The entry whose format and SQLSTATE produce @p message (the primary message as the server
    /// sent it); the most specific format wins when several match. Null when none does.
    static Match match(const QString &sqlState, const QString &message);
    static const Entry *byCode(const QString &code);
    /// The entry's sentence in the installed language with @p args for %1..%n.
    static QString sentence(const Entry &entry, const QStringList &args);
    /// Substitutes %1..%99 in @p text from @p args in one pass (a value containing "%1" stays as is).
    static QString substitute(const QString &text, const QStringList &args);
};

} // namespace adesk
