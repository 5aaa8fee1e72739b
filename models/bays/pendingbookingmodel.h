#pragma once

#include "models/bays/bayschedule.h"
#include "models/core/dberror.h"
#include "models/core/dbexecutor.h"
#include "models/core/inflight.h"

#include <QAbstractTableModel>
#include <QHash>

namespace adesk {

class DbExecutor;

/// Requested bookings of a workshop from today on, waiting for the owner's confirmation, with
/// counts (total and per local day) for the pending list's header and the month overview.
class PendingBookingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, BayColumn, MechanicColumn, DurationColumn, NotesColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, VersionRole, StartRole, StatusRole /*int(BookingStatus)*/ };

    explicit PendingBookingModel(DbExecutor *executor = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// A row whose booking is no longer requested (cancelled or confirmed since the list loaded)
    /// stays until the next reload, disabled, its status in the notes column.
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Bay names and the zone come from the calendar (BookingModel::calendar()).
    void setCalendar(const WorkshopCalendar &calendar);
    void load(qint64 workshopId);
    void reload();
    void resetContents(const QList<Booking> &bookings);
    /// Updates the rows of the given bookings when they are newer (higher version) than the list's.
    void applyBookings(const QList<Booking> &bookings);

    int count() const { return int(m_rows.size()); }
    /// Rows still requested (the list's header; count() includes rows changed since the load).
    int requestedCount() const;
    /// Requested bookings per local start date.
    QHash<QDate, int> countsByDate() const;
    const Booking *bookingAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    /// The row of booking @p id, or nullptr.
    const Booking *booking(qint64 id) const;

signals:
    void countChanged(int count);
    void loadFailed(const DbError &error);

private:
    DbExecutor *m_executor;
    WorkshopCalendar m_calendar;
    QList<Booking> m_rows;
    qint64 m_workshopId = 0;
    quint64 m_generation = 0;
    DbJobGroup m_loads; ///< the loads a newer one (or the model's end) cancels on the server
    InFlight m_inflight;
};

} // namespace adesk
