#include "models/core/replicastatus.h"

#include "models/core/sqlquery.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace adesk {

Result<ReplicaStatus> ReplicaStatus::read(QSqlDatabase &db) {
    // One statement: the three readings come from the same snapshot of the standby's state.
    SqlQuery q(
        db, QStringLiteral("SELECT pg_is_in_recovery(), pg_last_xact_replay_timestamp(), "
                           "greatest(0, floor(extract(epoch FROM now() - pg_last_xact_replay_timestamp())))"
                           "::bigint, "
                           "coalesce(pg_last_wal_replay_lsn() >= pg_last_wal_receive_lsn(), false)"));
    if (!q.exec())
        return q.error();
    ReplicaStatus s;
    if (!q.next())
        return s;
    s.inRecovery = q.value(0).toBool();
    if (!q.value(1).isNull()) {
        s.replayedAt = q.value(1).toDateTime().toUTC();
        s.lagSeconds = q.value(2).toLongLong();
    }
    s.caughtUp = q.value(3).toBool();
    return s;
}

ConnectionSettings readOnlySettings(const ConnectionSettings &settings, const QString &user, QString *error,
                                    const QString &role) {
    ConnectionSettings s = settings.forRole(role);
    error->clear();
    const QList<conninfo::Option> parsed = conninfo::parse(settings.conninfo, error);
    if (!error->isEmpty())
        return settings;
    const conninfo::Transport t = conninfo::assess(settings.conninfo);
    QList<conninfo::Option> out;
    for (const conninfo::Option &o : parsed) {
        if (o.keyword == u"options" || (!user.isEmpty() && o.keyword == u"user"))
            continue;
        out << o;
    }
    if (!user.isEmpty())
        out << conninfo::Option{QStringLiteral("user"), user, false};
    // ConnectionSettings::applyTo sends its time limits, then these: the user's, then ours.
    out << conninfo::Option{
        QStringLiteral("options"),
        QStringList{t.options, QStringLiteral("-c default_transaction_read_only=on")}.join(u' ').trimmed(),
        false};
    s.conninfo = conninfo::compose(out);
    return s;
}

QString ReplicaStatus::describe() const {
    if (!inRecovery)
        return {};
    if (!replayedAt.isValid())
        return QCoreApplication::translate("adesk::ReplicaStatus", "Replica: no transaction replayed yet");
    const QLocale locale;
    const QString time = locale.toString(replayedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    if (caughtUp)
        return QCoreApplication::translate("adesk::ReplicaStatus", "Data as of %1 (replica up to date)")
            .arg(time);
    // The number computed first: Qt 6.4's lupdate hangs on some expressions among translate()'s
    // arguments (tst_translations).
    const int behind = static_cast<int>(std::min<qint64>(lagSeconds, INT_MAX));
    return QCoreApplication::translate("adesk::ReplicaStatus", "Data as of %1 (%n s behind)", nullptr, behind)
        .arg(time);
}

} // namespace adesk
