#pragma once

#include "models/core/dberror.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct pg_conn;

namespace adesk {

/// Forward-only prepared query (Mixxx's FwdSqlQuery idea): positional binds, failures logged and
/// turned into a DbError. In debug builds it asserts that it is not running on the GUI thread.
class SqlQuery {
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QVariant &value);
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }
    const DbError &error() const { return m_error; }

    /// Converts the driver's last error for @p db (QPSQL text + SQLSTATE) into a DbError; detects a
    /// dropped connection with libpq's PQstatus on the native handle.
    static DbError errorFrom(const QSqlError &error, const QSqlDatabase &db);
    /// True when called on the application's main (GUI) thread.
    static bool onGuiThread();
    /// Debug builds assert that no SQL runs on the GUI thread (CONTRIBUTING.md, "Threading"). A test
    /// fixture or a benchmark that runs synchronous SQL on its main thread on purpose names its own
    /// connections here; every other connection (the executor's, the code under test's) stays
    /// under the assertion.
    static void allowOnGuiThread(const QString &connectionName);
    /// Asserts (debug builds) that @p db may run SQL on the calling thread.
    static void assertNotOnGuiThread(const QSqlDatabase &db, const char *where);

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_sql;
    DbError m_error;
    bool m_prepared = false;
};

/// Move-only scoped transaction (KMyMoney/Mixxx): rolls back unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction &operator=(Transaction &&) = delete;

    bool active() const { return m_active; }
    bool commit();
    const DbError &error() const { return m_error; }

private:
    QSqlDatabase *m_db = nullptr;
    bool m_active = false;
    DbError m_error;
};

/// Raw libpq connection behind a QPSQL QSqlDatabase (for COPY and multi-statement scripts).
pg_conn *nativeHandle(const QSqlDatabase &db);

/// Bind values for nullable columns: SQL NULL of the column's type for "none" (an id of 0 or less,
/// an invalid date, an empty string).
inline QVariant nullable(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
inline QVariant nullableDate(const QDate &d) {
    return d.isValid() ? QVariant(d) : QVariant(QMetaType::fromType<QDate>());
}
inline QVariant nullableText(const QString &s) {
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace adesk
