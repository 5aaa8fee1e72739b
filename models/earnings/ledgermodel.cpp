#include "models/earnings/ledgermodel.h"

#include "models/core/dbexecutor.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace adesk {

LedgerModel::LedgerModel(DbExecutor *executor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_executor(executor) {
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &LedgerModel::refresh);
}

int LedgerModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LedgerModel::entryLabel(const QString &t) {
    if (t == u"platform_fee")
        return tr("Platform fee");
    if (t == u"workshop_share")
        return tr("Workshop share");
    if (t == u"mechanic_share")
        return tr("Mechanic share");
    if (t == u"referral_fee")
        return tr("Referral fee");
    if (t == u"bay_rental_charge")
        return tr("Bay rental");
    if (t == u"membership_fee")
        return tr("Membership fee");
    if (t == u"commission")
        return tr("Commission");
    return t;
}

QString LedgerModel::eventTypeLabel(const QString &t) {
    if (t == u"session")
        return tr("Session");
    if (t == u"escalation")
        return tr("Escalated repair");
    if (t == u"bay_rental")
        return tr("Bay rental");
    if (t == u"membership")
        return tr("Membership");
    return t;
}

QString LedgerModel::payoutStatusLabel(const QString &s) {
    if (s == u"pending")
        return tr("Pending");
    if (s == u"scheduled")
        return tr("Scheduled");
    if (s == u"paid")
        return tr("Paid");
    if (s == u"failed")
        return tr("Failed");
    return s;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LedgerRow &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return locale.toString(
                QDateTime::fromMSecsSinceEpoch(r.eventAtUs / 1000, QTimeZone("America/Toronto")).date(),
                QLocale::ShortFormat);
        case EventType:
            return eventTypeLabel(r.eventType);
        case Event:
            return QStringLiteral("#%1").arg(r.eventId);
        case Entry:
            return entryLabel(r.entryType);
        case Payee:
            return r.payeeName;
        case Gross:
            return Money::fromCents(r.grossCents).toString(locale);
        case Amount:
            return Money::fromCents(r.amountCents).toString(locale);
        case GstHst:
            return r.gstHstCents ? Money::fromCents(r.gstHstCents).toString(locale) : QString();
        case PayoutStatus:
            return payoutStatusLabel(r.payoutStatus);
        case Reference:
            return r.payoutReference;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Gross || index.column() == Amount || index.column() == GstHst)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return r.id;
    case EventTypeRole:
        return r.eventType;
    case EventIdRole:
        return r.eventId;
    case PayoutStatusRole:
        return r.payoutStatus;
    case PartyRole:
        return r.party;
    case CentsRole:
        switch (index.column()) {
        case Gross:
            return r.grossCents;
        case Amount:
            return r.amountCents;
        case GstHst:
            return r.gstHstCents;
        default:
            return {};
        }
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case EventType:
        return tr("Event");
    case Event:
        return tr("No.");
    case Entry:
        return tr("Entry");
    case Payee:
        return tr("Payee");
    case Gross:
        return tr("Gross");
    case Amount:
        return tr("Amount");
    case GstHst:
        return tr("GST/HST");
    case PayoutStatus:
        return tr("Payout");
    case Reference:
        return tr("Reference");
    }
    return {};
}

bool LedgerModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_atEnd && !m_fetching && m_executor;
}

void LedgerModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        load(m_pageSize, false);
}

void LedgerModel::setFilter(const LedgerFilter &filter) {
    m_filter = filter;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_fetching = true; // views and testers may call fetchMore from the reset: the first page is on its way
    endResetModel();
    load(m_pageSize, true);
}

void LedgerModel::refresh() {
    ++m_generation;
    m_fetching = false;
    load(std::max<int>(m_pageSize, int(m_rows.size())), true);
}

void LedgerModel::applyNotification(const QString &) {
    // Any ledger change can move totals and rows of the current filter: reload what is loaded,
    // coalescing bursts (a batch of payouts updates thousands of rows in one statement).
    m_coalesce.start();
}

void LedgerModel::load(int rows, bool reset) {
    if (!m_executor)
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const LedgerFilter filter = m_filter;
    std::optional<LedgerKey> after;
    if (!reset && !m_rows.isEmpty())
        after = LedgerKey{m_rows.last().eventAtUs, m_rows.last().id};
    m_inflight
        .add(m_executor->run<QList<LedgerRow>>([filter, after, rows](QSqlDatabase &db) {
            return EarningsRepository::fetchPage(db, filter, after, rows);
        }))
        .then(this, [this, generation, reset, rows](const Result<QList<LedgerRow>> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                m_fetching = false;
                m_atEnd = true;
                emit loadFailed(r.error().userMessage());
                return;
            }
            const QList<LedgerRow> &page = r.value();
            if (reset) {
                beginResetModel();
                m_rows = page;
                endResetModel();
            } else if (!page.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
                m_rows.append(page);
                endInsertRows();
            }
            m_atEnd = page.size() < rows;
            // Only now: views and testers call fetchMore from the insert/reset signals above, and a
            // page must start after the rows just added.
            m_fetching = false;
            emit pageLoaded(int(page.size()), reset);
        });
}

// ---------------------------------------------------------------------------------------------

} // namespace adesk
