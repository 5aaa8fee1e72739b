#include "models/bays/bookingmodel.h"

#include "models/bays/bookingrepository.h"
#include "models/common/localtime.h"
#include "models/core/dbexecutor.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace adesk {

namespace {
bool byStart(const Booking &a, const Booking &b) {
    return a.start != b.start ? a.start < b.start : a.id < b.id;
}

struct Loaded {
    WorkshopCalendar calendar;
    QList<Booking> bookings;
};
} // namespace

BookingModel::BookingModel(DbExecutor *executor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_executor(executor) {}

int BookingModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookingModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Booking &b = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case BayColumn: {
            const Bay *bay = m_calendar.bay(b.bayId);
            return bay ? bay->name : QString::number(b.bayId);
        }
        case MechanicColumn:
            return b.mechanicName;
        case StartColumn:
            return locale.toString(b.start.toTimeZone(m_calendar.zone).date(), QLocale::ShortFormat) + u' ' +
                   LocalTime::shortTime(locale, b.start.toTimeZone(m_calendar.zone).time());
        case EndColumn:
            return locale.toString(b.end.toTimeZone(m_calendar.zone).date(), QLocale::ShortFormat) + u' ' +
                   LocalTime::shortTime(locale, b.end.toTimeZone(m_calendar.zone).time());
        case StatusColumn:
            return bookingstatus::label(b.status);
        case NotesColumn:
            return b.notes;
        }
        return {};
    }
    case Qt::ToolTipRole:
        return b.statusReason.isEmpty() ? b.notes : b.statusReason;
    case IdRole:
        return b.id;
    case BayIdRole:
        return b.bayId;
    case MechanicIdRole:
        return b.mechanicId;
    case StartRole:
        return b.start;
    case EndRole:
        return b.end;
    case BufferRole:
        return b.bufferMinutes;
    case StatusRole:
        return int(b.status);
    case VersionRole:
        return b.version;
    }
    return {};
}

QVariant BookingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BayColumn:
        return tr("Bay");
    case MechanicColumn:
        return tr("Mechanic");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case StatusColumn:
        return tr("Status");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

const Booking *BookingModel::booking(qint64 id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

void BookingModel::load(qint64 workshopId, const QDateTime &from, const QDateTime &to) {
    m_workshopId = workshopId;
    m_from = from;
    m_to = to;
    reload();
}

void BookingModel::reload() {
    if (!m_executor || m_workshopId == 0)
        return;
    const quint64 generation = ++m_generation;
    m_loads.cancelAll(); // the previous load, if still running, is superseded
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    const qint64 workshop = m_workshopId;
    const QDateTime from = m_from;
    const QDateTime to = m_to;
    m_inflight
        .add(m_executor->run<Loaded>(
            [workshop, from, to](QSqlDatabase &db) -> Result<Loaded> {
                auto calendar = BookingRepository::loadCalendar(db, workshop, from, to);
                if (!calendar)
                    return calendar.error();
                auto bookings = BookingRepository::fetchBookings(db, workshop, from, to);
                if (!bookings)
                    return bookings.error();
                return Loaded{calendar.value(), bookings.value()};
            },
            m_loads))
        .then(this, [this, generation, from, to](const Result<Loaded> &r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            emit loadingChanged(false);
            if (!r) {
                emit loadFailed(r.error());
                return;
            }
            resetContents(r->calendar, r->bookings, from, to);
        });
}

void BookingModel::resetContents(const WorkshopCalendar &calendar, const QList<Booking> &bookings,
                                 const QDateTime &from, const QDateTime &to) {
    beginResetModel();
    m_calendar = calendar;
    m_workshopId = calendar.workshopId;
    m_from = from;
    m_to = to;
    m_rows = bookings;
    std::sort(m_rows.begin(), m_rows.end(), byStart);
    // Lanes by mechanic: also those with a booking in the range who may no longer book.
    QSet<qint64> known;
    for (const BookingMechanic &m : std::as_const(m_calendar.mechanics))
        known.insert(m.id);
    for (const Booking &b : std::as_const(m_rows)) {
        if (!known.contains(b.mechanicId)) {
            known.insert(b.mechanicId);
            m_calendar.mechanics.append({b.mechanicId, b.mechanicName});
        }
    }
    rebuildIndex();
    endResetModel();
    emit loaded();
}

void BookingModel::rebuildIndex() {
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

void BookingModel::applyBookings(const QList<Booking> &changed, const QList<qint64> &gone) {
    auto removeRow = [this](qint64 id) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        rebuildIndex();
        endRemoveRows();
    };
    for (qint64 id : gone)
        removeRow(id);
    for (const Booking &b : changed) {
        const bool visible = b.workshopId == m_workshopId && b.overlaps(m_from, m_to);
        const int row = rowOf(b.id);
        if (!visible) {
            removeRow(b.id);
            continue;
        }
        const auto pos = std::lower_bound(m_rows.begin(), m_rows.end(), b, byStart);
        int target = int(pos - m_rows.begin());
        if (row >= 0 && (target == row || target == row + 1)) {
            m_rows[row] = b;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        removeRow(b.id);
        target = int(std::lower_bound(m_rows.begin(), m_rows.end(), b, byStart) - m_rows.begin());
        beginInsertRows({}, target, target);
        m_rows.insert(target, b);
        rebuildIndex();
        endInsertRows();
    }
    emit bookingsChanged();
}

void BookingModel::applyNotification(const QString &payload) {
    if (payload == u"*" || payload.isEmpty()) {
        reload();
        return;
    }
    bool ok = false;
    const qint64 id = payload.toLongLong(&ok);
    if (ok)
        fetchIds({id});
}

void BookingModel::fetchIds(const QList<qint64> &ids) {
    if (!m_executor)
        return;
    const quint64 generation = m_generation;
    m_inflight
        .add(m_executor->run<QList<Booking>>(
            [ids](QSqlDatabase &db) { return BookingRepository::fetchBookingsById(db, ids); }, m_loads))
        .then(this, [this, ids, generation](const Result<QList<Booking>> &r) {
            if (generation != m_generation || !r)
                return;
            QList<qint64> gone = ids;
            for (const Booking &b : r.value())
                gone.removeAll(b.id);
            applyBookings(r.value(), gone);
        });
}

} // namespace adesk
