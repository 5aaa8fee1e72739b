#include "models/core/sqlquery.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcSql, "adesk.sql")

namespace adesk {

bool SqlQuery::onGuiThread() {
    const QCoreApplication *app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

namespace {
QMutex guiSqlMutex;
QSet<QString> guiSqlConnections; ///< under guiSqlMutex
} // namespace

void SqlQuery::allowOnGuiThread(const QString &connectionName) {
    QMutexLocker lock(&guiSqlMutex);
    guiSqlConnections.insert(connectionName);
}

void SqlQuery::assertNotOnGuiThread(const QSqlDatabase &db, const char *where) {
#ifdef QT_NO_DEBUG
    Q_UNUSED(db)
    Q_UNUSED(where)
#else
    if (!onGuiThread())
        return;
    QMutexLocker lock(&guiSqlMutex);
    Q_ASSERT_X(
        guiSqlConnections.contains(db.connectionName()), where,
        qPrintable(QStringLiteral("SQL issued from the GUI thread on connection ") + db.connectionName()));
#endif
}

PGconn *nativeHandle(const QSqlDatabase &db) {
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Qt 6 names the metatype after the underlying struct ("pg_conn*"); Qt 5 used the typedef.
    if (!v.isValid() || (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_db(db)
    , m_query(db)
    , m_sql(sql) {
    assertNotOnGuiThread(db, "SqlQuery");
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        m_error = errorFrom(m_query.lastError(), m_db);
        qCWarning(lcSql).noquote() << "prepare failed:" << m_error.sqlState << m_error.serverMessage << "\n"
                                   << sql;
    }
}

SqlQuery &SqlQuery::bind(const QVariant &value) {
    m_query.addBindValue(value);
    return *this;
}

bool SqlQuery::exec() {
    if (!m_prepared)
        return false;
    if (m_query.exec()) {
        m_error = {};
        return true;
    }
    m_error = errorFrom(m_query.lastError(), m_db);
    if (m_error.kind != DbError::Kind::Conflict && m_error.kind != DbError::Kind::Claimed)
        qCWarning(lcSql).noquote() << "query failed:" << m_error.sqlState << m_error.serverMessage;
    return false;
}

DbError SqlQuery::errorFrom(const QSqlError &error, const QSqlDatabase &db) {
    // QPSQL puts libpq's whole message in databaseText(): "ERROR:  primary\nDETAIL:  …\n…(SQLSTATE)".
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    QString primary;
    QString detail;
    for (const QString &line : text.split(u'\n')) {
        QString l = line.trimmed();
        if (l.startsWith(u"ERROR:") || l.startsWith(u"FATAL:"))
            primary = l.mid(6).trimmed();
        else if (l.startsWith(u"DETAIL:"))
            detail = l.mid(7).trimmed();
    }
    if (primary.isEmpty())
        primary = text.section(u'\n', 0, 0).trimmed();
    // Strip the "(SQLSTATE)" suffix QPSQL appends.
    static const QRegularExpression suffix(QStringLiteral("\\([0-9A-Z]{5}\\)$"));
    primary.remove(suffix);
    detail.remove(suffix);
    primary = primary.trimmed();
    QString state = error.nativeErrorCode();
    PGconn *conn = nativeHandle(db);
    // A dropped socket, a connection-class SQLSTATE (08xxx) or an administrator shutdown (57P0x).
    if (error.type() == QSqlError::ConnectionError || !conn || PQstatus(conn) == CONNECTION_BAD ||
        DbError::kindForSqlState(state) == DbError::Kind::ConnectionLost)
        return DbError::connectionLost(primary.isEmpty() ? text : primary);
    if (state.isEmpty())
        return DbError::other(primary.isEmpty() ? text : primary);
    return DbError::fromSqlState(state, primary, detail);
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(&db) {
    SqlQuery::assertNotOnGuiThread(db, "Transaction");
    m_active = db.transaction();
    if (!m_active)
        m_error = SqlQuery::errorFrom(db.lastError(), db);
}

Transaction::~Transaction() {
    if (m_active && m_db)
        m_db->rollback();
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_active(other.m_active)
    , m_error(other.m_error) {
    other.m_active = false;
    other.m_db = nullptr;
}

bool Transaction::commit() {
    if (!m_active || !m_db)
        return false;
    m_active = false;
    if (m_db->commit())
        return true;
    m_error = SqlQuery::errorFrom(m_db->lastError(), *m_db);
    m_db->rollback();
    return false;
}

} // namespace adesk
