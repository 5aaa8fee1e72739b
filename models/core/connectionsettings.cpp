#include "models/core/connectionsettings.h"

#include <QSqlDatabase>
#include <QStringList>

#include <libpq-fe.h>

namespace adesk {

namespace {

QString quoteValue(const QString &v) {
    QString s = v;
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + s + u'\'';
}

struct ParsedOption {
    QString keyword;
    QString value;
};

QList<ParsedOption> parse(const QString &conninfo, QString *error) {
    QList<ParsedOption> out;
    char *err = nullptr;
    const QByteArray utf8 = conninfo.toUtf8();
    PQconninfoOption *opts = PQconninfoParse(utf8.constData(), &err);
    if (!opts) {
        *error = err ? QString::fromUtf8(err).trimmed() : QStringLiteral("invalid connection string");
        PQfreemem(err);
        return out;
    }
    for (PQconninfoOption *o = opts; o->keyword; ++o) {
        if (o->val && *o->val)
            out.append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    }
    PQconninfoFree(opts);
    return out;
}

} // namespace

QString ConnectionSettings::validate(const QString &conninfo) {
    QString error;
    parse(conninfo, &error);
    return error;
}

QString ConnectionSettings::applyTo(QSqlDatabase &db) const {
    QString error;
    const QList<ParsedOption> opts = parse(conninfo, &error);
    if (!error.isEmpty())
        return error;
    QStringList extra;
    bool haveAppName = false;
    for (const ParsedOption &o : opts) {
        if (o.keyword == u"host")
            db.setHostName(o.value);
        else if (o.keyword == u"dbname")
            db.setDatabaseName(o.value);
        else if (o.keyword == u"user")
            db.setUserName(o.value);
        else if (o.keyword == u"password")
            db.setPassword(o.value);
        else if (o.keyword == u"port")
            db.setPort(o.value.toInt());
        else {
            if (o.value.contains(u';'))
                return QStringLiteral("the value of %1 may not contain ';'").arg(o.keyword);
            if (o.keyword == u"application_name")
                haveAppName = true;
            extra << o.keyword + u'=' + quoteValue(o.value);
        }
    }
    if (!password.isEmpty())
        db.setPassword(password);
    if (!haveAppName && !applicationName.isEmpty())
        extra << QStringLiteral("application_name=") + quoteValue(applicationName);
    // Fail fast on a dead network instead of hanging a worker for minutes.
    if (!conninfo.contains(u"connect_timeout"))
        extra << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(extra.join(u';'));
    return {};
}

QString ConnectionSettings::redacted() const {
    QString error;
    const QList<ParsedOption> opts = parse(conninfo, &error);
    if (!error.isEmpty())
        return QStringLiteral("(invalid)");
    QStringList parts;
    for (const ParsedOption &o : opts) {
        if (o.keyword != u"password")
            parts << o.keyword + u'=' + o.value;
    }
    return parts.isEmpty() ? QStringLiteral("(libpq defaults)") : parts.join(u' ');
}

} // namespace adesk
