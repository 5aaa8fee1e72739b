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
    bool haveAppName = false;
    for (const conninfo::Option &o : opts) {
        if (o.keyword == u"host")
            db.setHostName(o.value);
        else if (o.keyword == u"dbname")
            db.setDatabaseName(o.value);
        else if (o.keyword == u"user")
            db.setUserName(o.value);
        else if (o.keyword == u"password")
            db.setPassword(o.value);
        else {
            // port goes here too: a host list has a port list ("5432,5433"), not one number.
            if (o.keyword == u"application_name")
                haveAppName = true;
            extra << o.keyword + u'=' + quoteValue(o.value);
        }
    }
    if (!password.isEmpty())
        db.setPassword(password);
    if (!haveAppName && !applicationName.isEmpty())
        extra << QStringLiteral("application_name=") + quoteValue(applicationName);
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
