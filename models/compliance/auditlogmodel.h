#pragma once

#include "models/compliance/oversightrepository.h"
#include "models/core/keysetpagedmodel.h"

namespace adesk {

/// The audit log, newest first, paged by key (at, id) on a DbExecutor worker (fetchMore), under the
/// caller's row-level security: admins read every row, finance the reveals of tax numbers only.
class AuditLogModel : public KeysetPagedModel {
    Q_OBJECT
public:
    enum Column { At, Actor, Action, Entity, Workshop, Detail, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 audit row id
        DetailJsonRole             ///< QString: the detail object, indented
    };

    explicit AuditLogModel(DbExecutor *executor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows the rows matching @p filter from the first page.
    void setFilter(const AuditFilter &filter);
    /// Reloads from the first page with the same filter.
    void reload() { setFilter(m_filter); }
    const AuditFilter &filter() const { return m_filter; }
    const AuditEntry *rowAt(int row) const;

    /// The action code in words when known ("Verification approved"), else the code.
    static QString actionLabel(const QString &action);
    /// The entity's table in words ("Verification"), else the name made readable.
    static QString entityLabel(const QString &table);
    /// The detail object, indented, one key per line.
    static QString prettyDetail(const QString &json);

private:
    bool hasSource() const override { return m_started; }
    void requestNextPage() override;

    QList<AuditEntry> m_rows;
    AuditFilter m_filter;
    bool m_started = false;
};

} // namespace adesk
