#pragma once

#include "models/bays/bayschedule.h"
#include "models/core/dberror.h"
#include "models/core/dbexecutor.h"
#include "models/core/inflight.h"

#include <QAbstractTableModel>
#include <QHash>

namespace adesk {

class DbExecutor;

/// The bookings of the calendar's visible range of one workshop (all statuses), plus the workshop's
/// bays, hours, closures and bookable mechanics (calendar()). Loaded on a DbExecutor worker;
/// results arrive on the model's thread through `.then(this, …)`. A stale load (the range moved on)
/// is dropped. Live updates: applyNotification() with a desk_bookings payload (an id: that booking
/// is re-read and inserted, updated or removed; "*": full reload).
///
/// Rows are bookings by start; columns are for lists and tests; the time grid reads bookings() and
/// the roles.
class BookingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { BayColumn, MechanicColumn, StartColumn, EndColumn, StatusColumn, NotesColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        BayIdRole,
        MechanicIdRole,
        StartRole,  ///< QDateTime UTC
        EndRole,    ///< QDateTime UTC
        BufferRole, ///< minutes
        StatusRole, ///< int(BookingStatus)
        VersionRole
    };

    explicit BookingModel(DbExecutor *executor = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Loads workshop @p workshopId's calendar and bookings overlapping [from, to) (UTC).
    void load(qint64 workshopId, const QDateTime &from, const QDateTime &to);
    void reload();
    bool isLoading() const { return m_loading; }
    qint64 workshopId() const { return m_workshopId; }
    QDateTime rangeStart() const { return m_from; }
    QDateTime rangeEnd() const { return m_to; }

    /// Replaces everything (what a load ends with; tests and benchmarks call it directly).
    void resetContents(const WorkshopCalendar &calendar, const QList<Booking> &bookings,
                       const QDateTime &from, const QDateTime &to);
    /// Inserts, updates or removes (ids in @p gone, or out of the range) the given bookings.
    void applyBookings(const QList<Booking> &changed, const QList<qint64> &gone = {});

    void applyNotification(const QString &payload);

    const WorkshopCalendar &calendar() const { return m_calendar; }
    const QList<Booking> &bookings() const { return m_rows; }
    const Booking *booking(qint64 id) const;
    int rowOf(qint64 id) const { return m_rowOf.value(id, -1); }

signals:
    void loadingChanged(bool loading);
    /// A full load finished (calendar() and bookings() are current).
    void loaded();
    void loadFailed(const DbError &error);
    /// Bookings changed without a reset (live update or a single reload).
    void bookingsChanged();

private:
    void rebuildIndex();
    void fetchIds(const QList<qint64> &ids);

    DbExecutor *m_executor;
    WorkshopCalendar m_calendar;
    QList<Booking> m_rows;
    QHash<qint64, int> m_rowOf;
    qint64 m_workshopId = 0;
    QDateTime m_from;
    QDateTime m_to;
    quint64 m_generation = 0;
    DbJobGroup m_loads; ///< the loads a newer one (or the model's end) cancels on the server
    bool m_loading = false;
    InFlight m_inflight;
};

} // namespace adesk
