#include "models/core/conninfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include <libpq-fe.h>

#include <algorithm>
#include <cstring>

#include <pwd.h>
#include <unistd.h>

#ifndef ADESK_PG_SYSCONFDIR
#define ADESK_PG_SYSCONFDIR "/etc/postgresql-common"
#endif

namespace adesk::conninfo {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("adesk::conninfo", text);
}

/// Everything PQconninfoParse says about a string: the options it sets (an explicitly empty value
/// counts as set, as in libpq) and, for every keyword libpq knows, its environment variable.
struct Parsed {
    QList<Option> set;
    QHash<QString, QString> envVar; ///< keyword → PG* variable (only keywords that have one)
    QStringList keywords;           ///< every keyword libpq knows
};

bool parseFull(const QString &conninfo, Parsed *out, QString *error) {
    char *err = nullptr;
    const QByteArray utf8 = conninfo.toUtf8();
    PQconninfoOption *opts = PQconninfoParse(utf8.constData(), &err);
    if (!opts) {
        *error = err ? QString::fromUtf8(err).trimmed() : tr("invalid connection string");
        PQfreemem(err);
        return false;
    }
    for (PQconninfoOption *o = opts; o->keyword; ++o) {
        const QString keyword = QString::fromUtf8(o->keyword);
        out->keywords << keyword;
        if (o->envvar)
            out->envVar.insert(keyword, QString::fromUtf8(o->envvar));
        if (o->val)
            out->set.append(
                {keyword, QString::fromUtf8(o->val), o->dispchar && std::strchr(o->dispchar, '*')});
    }
    PQconninfoFree(opts);
    return true;
}

QString quote(const QString &v) {
    QString s = v;
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + s + u'\'';
}

/// The home directory libpq 15 uses for ~/.pg_service.conf: the password database's, not $HOME.
QString libpqHomeDirectory() {
    const passwd *pw = ::getpwuid(::geteuid());
    return pw && pw->pw_dir ? QFile::decodeName(pw->pw_dir) : QString();
}

/// parseServiceFile() of libpq: reads @p path looking for [name]; fills @p def (first value of a
/// keyword wins). Returns false with def->error set on a read or syntax error.
bool readServiceFile(const QString &path, const QString &name, const QStringList &keywords, bool *found,
                     ServiceDefinition *def) {
    *found = false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        def->error = tr("service file \"%1\" not found").arg(path);
        return false;
    }
    int lineNumber = 0;
    while (!f.atEnd()) {
        const QByteArray raw = f.readLine(1024);
        ++lineNumber;
        if (raw.size() >= 1023) {
            def->error = tr("line %1 too long in service file \"%2\"").arg(lineNumber).arg(path);
            return false;
        }
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            if (*found)
                return true; // end of the wanted group
            *found = line.mid(1, name.size()) == name && line.size() > name.size() + 1 &&
                     line.at(name.size() + 1) == u']';
            continue;
        }
        if (!*found)
            continue;
        if (line.startsWith(QStringLiteral("ldap"))) {
            // libpq would ask an LDAP server for the options: they cannot be checked beforehand.
            def->error = tr("service \"%1\" in \"%2\" is looked up in LDAP, which Auto Doctor Desk does not "
                            "support: write its options in the service file")
                             .arg(name, path);
            return false;
        }
        const qsizetype eq = line.indexOf(u'=');
        const QString key = eq < 0 ? QString() : line.left(eq);
        if (eq < 0 || !keywords.contains(key)) {
            def->error = tr("syntax error in service file \"%1\", line %2").arg(path).arg(lineNumber);
            return false;
        }
        if (key == u"service") {
            def->error = tr("nested service specifications not supported in service file \"%1\", line %2")
                             .arg(path)
                             .arg(lineNumber);
            return false;
        }
        if (!def->options.contains(key))
            def->options.insert(key, line.mid(eq + 1));
    }
    return true;
}

bool isLoopbackAddress(const QString &text) {
    QHostAddress a;
    if (!a.setAddress(text))
        return false;
    if (a.isLoopback())
        return true;
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped); // ::ffff:127.0.0.1
    return mapped && QHostAddress(v4).isLoopback();
}

} // namespace

QList<Option> parse(const QString &conninfo, QString *error) {
    Parsed p;
    if (!parseFull(conninfo, &p, error))
        return {};
    QList<Option> out;
    for (const Option &o : std::as_const(p.set)) {
        if (!o.value.isEmpty())
            out.append(o);
    }
    return out;
}

QString compose(const QList<Option> &options) {
    QStringList parts;
    for (const Option &o : options)
        parts << o.keyword + u'=' + quote(o.value);
    return parts.join(u' ');
}

Stripped stripSecrets(const QString &conninfo) {
    Stripped s;
    Parsed p;
    if (!parseFull(conninfo, &p, &s.error))
        return s;
    QList<Option> kept;
    bool hadSecret = false;
    for (const Option &o : std::as_const(p.set)) {
        if (!o.secret) {
            kept.append(o);
            continue;
        }
        hadSecret = true;
        if (o.keyword == u"password")
            s.password = o.value;
        else if (!o.value.isEmpty())
            s.dropped << o.keyword;
    }
    s.conninfo = hadSecret ? compose(kept) : conninfo.trimmed();
    return s;
}

ServiceDefinition lookupService(const QString &name, const QProcessEnvironment &env) {
    ServiceDefinition def;
    Parsed p;
    QString ignored;
    parseFull(QString(), &p, &ignored);
    bool found = false;

    QString first;
    if (env.contains(QStringLiteral("PGSERVICEFILE"))) {
        first = env.value(QStringLiteral("PGSERVICEFILE"));
    } else {
        const QString home = libpqHomeDirectory();
        if (!home.isEmpty() && QFileInfo::exists(home + QStringLiteral("/.pg_service.conf")))
            first = home + QStringLiteral("/.pg_service.conf");
    }
    if (!first.isNull()) {
        if (!readServiceFile(first, name, p.keywords, &found, &def))
            return def;
        if (found) {
            def.file = first;
            return def;
        }
    }
    const QString sysconf = env.contains(QStringLiteral("PGSYSCONFDIR"))
                                ? env.value(QStringLiteral("PGSYSCONFDIR"))
                                : QStringLiteral(ADESK_PG_SYSCONFDIR);
    const QString second = sysconf + QStringLiteral("/pg_service.conf");
    if (QFileInfo::exists(second)) {
        if (!readServiceFile(second, name, p.keywords, &found, &def))
            return def;
        if (found) {
            def.file = second;
            return def;
        }
    }
    def.error = tr("definition of service \"%1\" not found").arg(name);
    return def;
}

QStringList Transport::remoteTargets() const {
    QStringList out;
    for (const Endpoint &e : endpoints) {
        if (!e.local)
            out << e.target;
    }
    return out;
}

bool Transport::insecure() const {
    return error.isEmpty() && remote() &&
           (sslmode == u"disable" || sslmode == u"allow" || sslmode == u"prefer");
}

bool Transport::unverified() const {
    return error.isEmpty() && remote() && (sslmode == u"require" || sslmode == u"verify-ca");
}

Transport assess(const QString &conninfo, const QProcessEnvironment &env) {
    Transport t;
    Parsed p;
    if (!parseFull(conninfo, &p, &t.error))
        return t;
    QHash<QString, QString> given;
    for (const Option &o : std::as_const(p.set))
        given.insert(o.keyword, o.value);

    // libpq: the service named in the string, else PGSERVICE; its options fill what the string
    // leaves unset; then each option's PG* variable.
    const QString serviceName = given.contains(QStringLiteral("service"))
                                    ? given.value(QStringLiteral("service"))
                                    : env.value(QStringLiteral("PGSERVICE"), QString());
    ServiceDefinition service;
    if (given.contains(QStringLiteral("service")) || env.contains(QStringLiteral("PGSERVICE"))) {
        service = lookupService(serviceName, env);
        if (!service.error.isEmpty()) {
            t.error = service.error;
            return t;
        }
    }
    struct Value {
        bool set = false;
        QString value;
        QString origin;
    };
    auto resolve = [&](const QString &keyword) -> Value {
        if (given.contains(keyword))
            return {true, given.value(keyword), tr("the connection string")};
        if (service.options.contains(keyword))
            return {true, service.options.value(keyword), tr("service %1").arg(serviceName)};
        const QString var = p.envVar.value(keyword);
        if (!var.isEmpty() && env.contains(var))
            return {true, env.value(var), tr("the %1 variable").arg(var)};
        return {};
    };

    const Value host = resolve(QStringLiteral("host"));
    const Value hostaddr = resolve(QStringLiteral("hostaddr"));
    const QStringList hosts = host.set ? host.value.split(u',') : QStringList();
    const QStringList addrs = hostaddr.set ? hostaddr.value.split(u',') : QStringList();
    const qsizetype n = std::max<qsizetype>({hosts.size(), addrs.size(), 1});
    for (qsizetype i = 0; i < n; ++i) {
        const QString addr = i < addrs.size() ? addrs.at(i) : QString();
        const QString h = i < hosts.size() ? hosts.at(i) : QString();
        if (!addr.isEmpty())
            t.endpoints.append({addr, isLoopbackAddress(addr)}); // hostaddr: the address dialled
        else
            t.endpoints.append({h, isLocalHost(h)});
    }

    const Value sslmode = resolve(QStringLiteral("sslmode"));
    if (sslmode.set && !sslmode.value.isEmpty()) {
        t.sslmode = sslmode.value;
        t.sslmodeOrigin = sslmode.origin;
    }
    t.password = resolve(QStringLiteral("password")).value;
    t.options = resolve(QStringLiteral("options")).value;
    return t;
}

bool isLocalHost(const QString &host) {
    if (host.isEmpty() || host.startsWith(u'/') || host.startsWith(u'@'))
        return true; // libpq's default socket, a socket directory, an abstract socket
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    return isLoopbackAddress(host);
}

bool listensOnlyLocally(const QString &listenAddresses) {
    const QStringList entries = listenAddresses.split(u',', Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed();
        if (entry.size() >= 2 && entry.startsWith(u'"') && entry.endsWith(u'"'))
            entry = entry.mid(1, entry.size() - 2);
        if (entry.isEmpty())
            continue;
        if (entry.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0 || isLoopbackAddress(entry))
            continue;
        return false; // '*', 0.0.0.0, ::, a routable address or another host name
    }
    return true;
}

} // namespace adesk::conninfo
