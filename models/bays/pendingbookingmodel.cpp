#include "models/bays/pendingbookingmodel.h"

#include "models/bays/bookingrepository.h"
#include "models/common/localtime.h"
#include "models/core/dbexecutor.h"

#include <QLocale>

#include <algorithm>

namespace adesk {

PendingBookingModel::PendingBookingModel(DbExecutor *executor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_executor(executor) {}

int PendingBookingModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PendingBookingModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingBookingModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Booking &b = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case WhenColumn: {
            const QDateTime s = b.start.toTimeZone(m_calendar.zone);
            return QStringLiteral("%1 %2–%3")
                .arg(locale.toString(s.date(), QLocale::ShortFormat), LocalTime::shortTime(locale, s.time()),
                     LocalTime::shortTime(locale, b.end.toTimeZone(m_calendar.zone).time()));
        }
        case BayColumn: {
            const Bay *bay = m_calendar.bay(b.bayId);
            return bay ? bay->name : QString::number(b.bayId);
        }
        case MechanicColumn:
            return b.mechanicName;
        case DurationColumn: {
            const qint64 minutes = b.start.secsTo(b.end) / 60;
            return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
        }
        case NotesColumn:
            if (b.status != BookingStatus::Requested)
                return b.notes.isEmpty() ? bookingstatus::label(b.status)
                                         : tr("%1 — %2").arg(bookingstatus::label(b.status), b.notes);
            return b.notes;
        }
        return {};
    }
    if (role == StatusRole)
        return int(b.status);
    if (role == IdRole)
        return b.id;
    if (role == VersionRole)
        return b.version;
    if (role == StartRole)
        return b.start;
    return {};
}

QVariant PendingBookingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case BayColumn:
        return tr("Bay");
    case MechanicColumn:
        return tr("Mechanic");
    case DurationColumn:
        return tr("Duration");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

Qt::ItemFlags PendingBookingModel::flags(const QModelIndex &index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Still selectable (the pane shows what became of it), no longer enabled.
    if (m_rows.at(index.row()).status != BookingStatus::Requested)
        return Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const Booking *PendingBookingModel::booking(qint64 id) const {
    for (const Booking &b : m_rows) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

void PendingBookingModel::applyBookings(const QList<Booking> &bookings) {
    for (const Booking &fresh : bookings) {
        for (int r = 0; r < m_rows.size(); ++r) {
            if (m_rows.at(r).id != fresh.id || m_rows.at(r).version >= fresh.version)
                continue;
            const bool statusChanged = m_rows.at(r).status != fresh.status;
            m_rows[r] = fresh;
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
            if (statusChanged)
                emit countChanged(requestedCount());
        }
    }
}

void PendingBookingModel::setCalendar(const WorkshopCalendar &calendar) {
    m_calendar = calendar;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void PendingBookingModel::load(qint64 workshopId) {
    m_workshopId = workshopId;
    reload();
}

void PendingBookingModel::reload() {
    if (!m_executor || m_workshopId == 0)
        return;
    const quint64 generation = ++m_generation;
    m_loads.cancelAll(); // the previous load, if still running, is superseded
    const qint64 workshop = m_workshopId;
    const QDateTime from = LocalTime::startOfDay(
        LocalTime::localDate(QDateTime::currentDateTimeUtc(),
                             m_calendar.zone.isValid() ? m_calendar.zone : QTimeZone::utc()),
        m_calendar.zone.isValid() ? m_calendar.zone : QTimeZone::utc());
    m_inflight
        .add(m_executor->run<QList<Booking>>(
            [workshop, from](QSqlDatabase &db) {
                return BookingRepository::fetchPending(db, workshop, from);
            },
            m_loads))
        .then(this, [this, generation](const Result<QList<Booking>> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                emit loadFailed(r.error());
                return;
            }
            resetContents(r.value());
        });
}

void PendingBookingModel::resetContents(const QList<Booking> &bookings) {
    beginResetModel();
    m_rows = bookings;
    endResetModel();
    emit countChanged(requestedCount());
}

int PendingBookingModel::requestedCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Booking &b) { return b.status == BookingStatus::Requested; }));
}

QHash<QDate, int> PendingBookingModel::countsByDate() const {
    QHash<QDate, int> out;
    for (const Booking &b : m_rows) {
        if (b.status == BookingStatus::Requested)
            ++out[LocalTime::localDate(b.start, m_calendar.zone)];
    }
    return out;
}

} // namespace adesk
