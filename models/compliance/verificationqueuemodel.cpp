#include "models/compliance/verificationqueuemodel.h"

#include "models/compliance/verification.h"
#include "models/compliance/verificationrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace adesk {

namespace vf = verification;

namespace {
QDateTime fromUs(qint64 us) {
    return QDateTime::fromMSecsSinceEpoch(us / 1000);
}
QDate fromDays(qint32 days) {
    return QDate(1970, 1, 1).addDays(days);
}
QString ageText(qint64 secs) {
    // (Counts computed first: Qt 6.4's lupdate hangs on arithmetic inside translate()'s arguments.)
    const int minutes = static_cast<int>(secs / 60);
    const int hours = static_cast<int>(secs / 3600);
    const int days = static_cast<int>(secs / 86400);
    if (secs < 3600)
        return QCoreApplication::translate("VerificationQueueModel", "%n min", nullptr, minutes);
    if (secs < 2 * 86400)
        return QCoreApplication::translate("VerificationQueueModel", "%n h", nullptr, hours);
    return QCoreApplication::translate("VerificationQueueModel", "%n d", nullptr, days);
}
} // namespace

VerificationQueueModel::VerificationQueueModel(DbExecutor *executor, QObject *parent)
    : KeysetPagedModel(executor, parent) {
    // Notifications arriving in a burst (a sweep, another admin's quick decisions) are coalesced.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(60);
    connect(&m_coalesce, &QTimer::timeout, this, &VerificationQueueModel::flushPendingIds);
    // Age and lapsing leases change with time alone.
    m_tick.setInterval(30000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_rows.empty())
            emit dataChanged(index(0, Age), index(rowCount() - 1, ClaimedBy));
    });
    m_tick.start();
}

int VerificationQueueModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VerificationQueueModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 VerificationQueueModel::idAt(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

int VerificationQueueModel::rowOfId(qint64 id) const {
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

qint64 VerificationQueueModel::memoryBytes() const {
    qint64 bytes = qint64(m_rows.size()) * qint64(sizeof(Row));
    for (const QString &s : m_names)
        bytes += qint64(sizeof(QString)) + s.capacity() * 2 + 32;
    return bytes;
}

QVariant VerificationQueueModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    const bool claimed = r.claimedBy != 0 && r.claimExpiresSecs > nowSecs;
    const qint64 ageSecs = nowSecs - r.submittedUs / 1000000;
    const bool overdue = vf::Status(r.status) == vf::Status::Pending && ageSecs > vf::kReviewTargetSecs;
    switch (role) {
    case IdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case OverdueRole:
        return overdue;
    case ExpiryStateRole: {
        if (r.expiryDays == VerificationRepository::kNoExpiry)
            return 0;
        const qint64 today = QDate(1970, 1, 1).daysTo(QDate::currentDate());
        return r.expiryDays < today ? 2 : (r.expiryDays <= today + 30 ? 1 : 0);
    }
    case ClaimedByRole:
        return claimed ? m_logins.at(r.claimedBy) : QString();
    case EntityTypeRole:
        return int(r.entityType);
    case SortKeyRole:
        switch (index.column()) {
        case Submitted:
        case Age:
            return r.submittedUs;
        case Expiry:
            return r.expiryDays;
        case Entity:
            return m_names.at(r.entityName);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Submitted:
            return QLocale().toString(fromUs(r.submittedUs), QLocale::ShortFormat);
        case Age:
            return ageText(ageSecs);
        case Entity:
            return m_names.at(r.entityName);
        case Type: {
            QString t = vf::typeLabel(vf::Type(r.type));
            return t;
        }
        case Province:
            return r.province < vf::provinceCodes().size() ? vf::provinceCodes().at(r.province) : QString();
        case Expiry:
            return r.expiryDays == VerificationRepository::kNoExpiry
                       ? QString()
                       : QLocale().toString(fromDays(r.expiryDays), QLocale::ShortFormat);
        case StatusColumn:
            return r.infoRequested && vf::Status(r.status) == vf::Status::Pending
                       ? infoRequestedText()
                       : vf::statusLabel(vf::Status(r.status));
        case ClaimedBy:
            return claimed ? m_logins.at(r.claimedBy) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Entity)
            return vf::entityTypeLabel(vf::EntityType(r.entityType));
        if (index.column() == Age && overdue)
            return tr("Waiting longer than the 48-hour review target");
        if (index.column() == Province && r.province < vf::provinceCodes().size())
            return vf::provinceName(vf::provinceCodes().at(r.province));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Age || index.column() == Province)
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant VerificationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && sortForColumn(section) < 0)
        return tr("This column cannot be sorted");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Submitted:
        return tr("Submitted");
    case Age:
        return tr("Age");
    case Entity:
        return tr("Entity");
    case Type:
        return tr("Type");
    case Province:
        return tr("Prov.");
    case Expiry:
        return tr("Expiry");
    case StatusColumn:
        return tr("Status");
    case ClaimedBy:
        return tr("Claimed by");
    }
    return {};
}

QString VerificationQueueModel::infoRequestedText() {
    return tr("Pending (info requested)");
}

QStringList VerificationQueueModel::statusTexts() {
    QStringList out{infoRequestedText()};
    for (auto s : {vf::Status::Pending, vf::Status::Approved, vf::Status::Rejected, vf::Status::Expired,
                   vf::Status::Superseded})
        out << vf::statusLabel(s);
    return out;
}

int VerificationQueueModel::sortForColumn(int column) {
    switch (column) {
    case Submitted:
    case Age:
        return int(QueueSort::Submitted);
    case Expiry:
        return int(QueueSort::Expiry);
    case Entity:
        return int(QueueSort::EntityName);
    default:
        return -1;
    }
}

VerificationQueueModel::Row VerificationQueueModel::pack(const QueueRowData &d) {
    Row r{};
    r.id = d.id;
    r.submittedUs = d.submittedUs;
    r.expiryDays = d.expiryDays;
    auto it = m_nameIndex.constFind(d.entityName);
    if (it == m_nameIndex.cend()) {
        it = m_nameIndex.insert(d.entityName, quint32(m_names.size()));
        m_names.append(d.entityName);
    }
    r.entityName = it.value();
    if (!d.claimedBy.isEmpty()) {
        auto li = m_loginIndex.constFind(d.claimedBy);
        if (li == m_loginIndex.cend()) {
            li = m_loginIndex.insert(d.claimedBy, quint16(m_logins.size()));
            m_logins.append(d.claimedBy);
        }
        r.claimedBy = li.value();
        r.claimExpiresSecs = d.claimExpiresSecs;
    }
    r.entityType = d.entityType;
    r.type = d.type;
    r.status = d.status;
    r.province = d.province;
    r.infoRequested = d.infoRequested;
    return r;
}

QueueKey VerificationQueueModel::keyOf(const Row &r) const {
    return QueueKey{r.id, r.submittedUs, r.expiryDays, m_names.at(r.entityName)};
}

bool VerificationQueueModel::lessThan(const Row &a, const Row &b) const {
    int c = 0;
    switch (m_sort) {
    case QueueSort::Submitted:
        c = a.submittedUs < b.submittedUs ? -1 : (a.submittedUs > b.submittedUs ? 1 : 0);
        break;
    case QueueSort::Expiry:
        c = a.expiryDays < b.expiryDays ? -1 : (a.expiryDays > b.expiryDays ? 1 : 0);
        break;
    case QueueSort::EntityName:
        // Server collation may differ slightly; good enough for placing a live insert.
        c = QString::localeAwareCompare(m_names.at(a.entityName), m_names.at(b.entityName));
        c = c < 0 ? -1 : (c > 0 ? 1 : 0);
        break;
    }
    if (c == 0)
        c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    return m_descending ? c > 0 : c < 0;
}

int VerificationQueueModel::insertPosition(const Row &r) const {
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), r,
                               [this](const Row &a, const Row &b) { return lessThan(a, b); });
    return int(it - m_rows.begin());
}

void VerificationQueueModel::requestNextPage() {
    std::optional<QueueKey> after;
    if (!m_rows.empty())
        after = keyOf(m_rows.back());
    const QueueFilter filter = m_filter;
    const QueueSort sort = m_sort;
    const bool desc = m_descending;
    // The first page is small (fast first rows); later pages are larger so scrolling a long queue
    // needs fewer round trips.
    const int size = pageSize();
    const int limit = m_rows.empty() ? size : std::max(size, std::min(1000, size * 5));
    loadPage<QueueRowData>(
        [=](QSqlDatabase &db) {
            return VerificationRepository::fetchPage(db, filter, sort, desc, after, limit);
        },
        limit, Load::NextPage,
        [this](const QList<QueueRowData> &rows) {
            if (!rows.isEmpty()) {
                const int start = int(m_rows.size());
                beginInsertRows({}, start, start + int(rows.size()) - 1);
                for (const QueueRowData &d : rows)
                    m_rows.push_back(pack(d));
                endInsertRows();
            }
        });
}

void VerificationQueueModel::setFilter(const QueueFilter &filter) {
    m_filter = filter;
    m_active = true;
    reload();
}

void VerificationQueueModel::sort(int column, Qt::SortOrder order) {
    const int s = sortForColumn(column);
    if (s < 0)
        return;
    const bool desc = order == Qt::DescendingOrder;
    if (QueueSort(s) == m_sort && desc == m_descending && !m_rows.empty())
        return;
    m_sort = QueueSort(s);
    m_descending = desc;
    // Before the first setFilter() the order is only recorded: no query for an unfiltered queue.
    if (m_active)
        reload();
}

void VerificationQueueModel::clearRows() {
    m_rows.clear();
    m_names.clear();
    m_nameIndex.clear();
    m_logins = QStringList{QString()};
    m_loginIndex.clear();
}

void VerificationQueueModel::reload() {
    m_pendingIds.clear();
    beginResetModel();
    clearRows();
    restart();
    endResetModel();
    fetchMore({});
}

void VerificationQueueModel::refresh() {
    const int shown = std::max(int(m_rows.size()), pageSize());
    // Keep rows visible while reloading: fetch first, then swap in one reset.
    restart(atEnd());
    m_pendingIds.clear();
    const QueueFilter filter = m_filter;
    const QueueSort sort = m_sort;
    const bool desc = m_descending;
    loadPage<QueueRowData>(
        [=](QSqlDatabase &db) {
            return VerificationRepository::fetchPage(db, filter, sort, desc, std::nullopt, shown);
        },
        shown, Load::Refresh,
        [this](const QList<QueueRowData> &rows) {
            beginResetModel();
            clearRows();
            for (const QueueRowData &d : rows)
                m_rows.push_back(pack(d));
            endResetModel();
        });
}

void VerificationQueueModel::applyNotification(const QString &payload) {
    if (payload == u"*") {
        refresh();
        return;
    }
    bool ok = false;
    const qint64 id = payload.toLongLong(&ok);
    if (!ok)
        return;
    m_pendingIds.insert(id);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void VerificationQueueModel::flushPendingIds() {
    if (m_pendingIds.isEmpty() || !executor())
        return;
    const QList<qint64> ids = m_pendingIds.values();
    m_pendingIds.clear();
    const QueueFilter filter = m_filter;
    runCurrent<QList<QueueRowData>>(
        [=](QSqlDatabase &db) { return VerificationRepository::fetchRows(db, filter, ids); },
        [this, ids](const QList<QueueRowData> &rows) {
            QHash<qint64, QueueRowData> fresh;
            for (const QueueRowData &d : rows)
                fresh.insert(d.id, d);
            for (qint64 id : ids) {
                const int row = rowOfId(id);
                const auto it = fresh.constFind(id);
                if (it == fresh.cend()) {
                    if (row >= 0) { // no longer matches the filter (decided, expired …)
                        beginRemoveRows({}, row, row);
                        m_rows.erase(m_rows.begin() + row);
                        endRemoveRows();
                    }
                    continue;
                }
                const Row packed = pack(*it);
                if (row >= 0) {
                    const Row &old = m_rows[size_t(row)];
                    const bool keyMoved = old.submittedUs != packed.submittedUs ||
                                          old.expiryDays != packed.expiryDays ||
                                          old.entityName != packed.entityName;
                    if (!keyMoved) {
                        m_rows[size_t(row)] = packed;
                        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                        continue;
                    }
                    beginRemoveRows({}, row, row);
                    m_rows.erase(m_rows.begin() + row);
                    endRemoveRows();
                }
                const int pos = insertPosition(packed);
                // Only place rows inside the loaded range; later ones arrive with fetchMore.
                if (pos < int(m_rows.size()) || atEnd()) {
                    beginInsertRows({}, pos, pos);
                    m_rows.insert(m_rows.begin() + pos, packed);
                    endInsertRows();
                }
            }
        });
}

} // namespace adesk
