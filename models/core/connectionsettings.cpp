#include "models/core/connectionsettings.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace adesk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("adesk::ConnectionSettings", text);
}

QString quoteValue(const QString &v) {
    QString s = v;
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + s + u'\'';
}

} // namespace

QString ConnectionSettings::validate(const QString &conninfo) {
    QString error;
    conninfo::parse(conninfo, &error);
    return error;
}

conninfo::Transport ConnectionSettings::transport(const QProcessEnvironment &env) const {
    return conninfo::assess(conninfo, env);
}

QString ConnectionSettings::problem(const QProcessEnvironment &env) const {
    QString error;
    const QList<conninfo::Option> opts = conninfo::parse(conninfo, &error);
    if (!error.isEmpty())
        return error;
    for (const conninfo::Option &o : opts) {
        // Qt's QPSQL driver splits its connect options on ';'.
        if (o.value.contains(u';') && o.keyword != u"host" && o.keyword != u"dbname" &&
            o.keyword != u"user" && o.keyword != u"password")
            return tr("The value of %1 may not contain ';'.").arg(o.keyword);
    }
    const conninfo::Transport t = transport(env);
    if (!t.error.isEmpty())
        return t.error;
    const QString hosts = t.remoteTargets().join(QStringLiteral(", "));
    const QString effectivePassword = password.isEmpty() ? t.password : password;
    if (t.remote() && effectivePassword == conninfo::demoPassword())
        return tr("The demo password is accepted only by a database on this computer (a Unix socket or "
                  "localhost), never by %1: demo logins exist only in the local demo database.")
            .arg(hosts);
    if (t.insecure() && !allowInsecureTransport)
        return tr("The connection to %1 would use sslmode=%2 (set by %3): the password and the data could "
                  "cross the network unencrypted and unchecked. Use sslmode=verify-full, or confirm that "
                  "you accept an unprotected connection.")
            .arg(hosts, t.sslmode, t.sslmodeOrigin);
    return {};
}

QString ConnectionSettings::applyTo(QSqlDatabase &db) const {
    if (const QString refused = problem(); !refused.isEmpty())
        return refused;
    QString error;
    const QList<conninfo::Option> opts = conninfo::parse(conninfo, &error);
    const conninfo::Transport t = transport();
    QStringList extra;
    for (const conninfo::Option &o : opts) {
        if (o.keyword == u"host")
            db.setHostName(o.value);
        else if (o.keyword == u"dbname")
            db.setDatabaseName(o.value);
        else if (o.keyword == u"user")
            db.setUserName(o.value);
        else if (o.keyword == u"password")
            db.setPassword(o.value);
        else if (o.keyword != u"options") // merged with ours below
            // port goes here too: a host list has a port list ("5432,5433"), not one number.
            extra << o.keyword + u'=' + quoteValue(o.value);
    }
    if (!password.isEmpty())
        db.setPassword(password);
    // libpq uses it only when neither PGAPPNAME nor application_name (string, service) is set.
    if (!applicationName.isEmpty())
        extra << QStringLiteral("fallback_application_name=") + quoteValue(applicationName);
    // libpq takes `options` whole from the first place that sets it (string, service, PGOPTIONS): by
    // setting it here we would hide the service's and PGOPTIONS. So ours come first and the user's,
    // found where libpq would find them, follow: the server applies the switches in order and the
    // last -c of a setting wins.
    const QString serverOptions = QStringList{timeouts.serverOptions(), t.options}.join(u' ').trimmed();
    if (!serverOptions.isEmpty())
        extra << QStringLiteral("options=") + quoteValue(serverOptions);
    // A network host and no sslmode anywhere (string, service, PGSSLMODE): encrypted, and the
    // server's certificate must match its name.
    if (t.addsVerifyFull())
        extra << QStringLiteral("sslmode='verify-full'");
    // Fail fast on a dead network instead of hanging a worker for minutes.
    if (!conninfo.contains(u"connect_timeout"))
        extra << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(extra.join(u';'));
    return {};
}

QString ConnectionSettings::Timeouts::serverOptions() const {
    QStringList switches;
    const auto add = [&switches](const char *name, int ms) {
        if (ms > 0)
            switches << QStringLiteral("-c %1=%2").arg(QLatin1String(name)).arg(ms);
    };
    add("statement_timeout", statementMs);
    add("lock_timeout", lockMs);
    add("idle_in_transaction_session_timeout", idleInTransactionMs);
    return switches.join(u' ');
}

ConnectionSettings ConnectionSettings::forRole(const QString &role) const {
    ConnectionSettings s = *this;
    s.applicationName = QStringLiteral("autodoctor-desk/") + role;
    return s;
}

ConnectionSettings ConnectionSettings::forBatch(const QString &command) const {
    ConnectionSettings s = forRole(command);
    s.timeouts = Timeouts::batch();
    return s;
}

QString ConnectionSettings::redacted() const {
    QString error;
    const QList<conninfo::Option> opts = conninfo::parse(conninfo, &error);
    if (!error.isEmpty())
        return QStringLiteral("(invalid)");
    QStringList parts;
    for (const conninfo::Option &o : opts) {
        if (!o.secret)
            parts << o.keyword + u'=' + o.value;
    }
    return parts.isEmpty() ? QStringLiteral("(libpq defaults)") : parts.join(u' ');
}

} // namespace adesk
