#pragma once

#include "models/core/dbexecutor.h"
#include "models/core/inflight.h"
#include "models/partnerships/partnershiprepository.h"
#include "models/partnerships/partnershiptypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace adesk {

class DbExecutor;

/// The workshop's partnership programs: name, type, status, current version (and the date it took
/// effect), partners (taken / maximum) and pending applications. Loaded on a DbExecutor worker;
/// applyNotification() reloads on a desk_partnerships payload that concerns programs, applications
/// or partnerships. Rows keep their identity across reloads (selection survives).
class ProgramListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Type, StatusColumn, Version, Partners, Pending, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 program id
        StatusRole,                ///< ProgramTerms::Status as int
        RowVersionRole,            ///< int: the program row's version (optimistic concurrency)
        FullRole                   ///< bool: partners reached the maximum
    };

    explicit ProgramListModel(DbExecutor *executor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// 0 = every program the caller may see (admins).
    void setWorkshop(qint64 workshopId);
    qint64 workshopId() const { return m_workshopId; }
    void reload();
    /// Replaces the rows (used by reload() and tests), keeping unchanged rows in place.
    void setRows(const QList<ProgramRow> &rows);
    const ProgramRow *rowById(qint64 id) const;
    int rowOfId(qint64 id) const;
    const QList<ProgramRow> &rows() const { return m_rows; }
    bool isLoading() const { return m_loading; }
    /// A desk_partnerships payload ("program:12", "application:*", …).
    void applyNotification(const QString &payload);

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    QPointer<DbExecutor> m_executor;
    QList<ProgramRow> m_rows;
    qint64 m_workshopId = 0;
    quint64 m_generation = 0;
    DbJobGroup m_loads; ///< the loads a newer one (or the model's end) cancels on the server
    bool m_loading = false;
    InFlight m_inflight; ///< jobs whose continuations are bound to this model
};

} // namespace adesk
