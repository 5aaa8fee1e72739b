#include "models/earnings/ledgermodel.h"

#include "models/earnings/earningsrepository.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace adesk {

LedgerModel::LedgerModel(DbExecutor *executor, QObject *parent)
    : KeysetPagedModel(executor, parent) {
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
            return labelOf(r.eventType);
        case Event:
            return QStringLiteral("#%1").arg(r.eventId);
        case Entry:
            return labelOf(r.entryType);
        case Source:
            return sourceText(r.source);
        case Payee:
            return r.payeeName;
        case Gross:
            return Money::fromCents(r.grossCents).toString(locale);
        case Amount:
            return Money::fromCents(r.amountCents).toString(locale);
        case GstHst:
            return r.gstHstCents ? Money::fromCents(r.gstHstCents).toString(locale) : QString();
        case PayoutStatus:
            return labelOf(r.payoutStatus);
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
        return int(r.eventType);
    case EventIdRole:
        return r.eventId;
    case PayoutStatusRole:
        return r.payoutStatus ? QVariant(int(*r.payoutStatus)) : QVariant();
    case PartyRole:
        return int(r.party);
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
    case Source:
        return tr("Source");
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

QString LedgerModel::sourceText(const LedgerSource &source) {
    if (!source.basis)
        return {};
    switch (*source.basis) {
    case SplitBasis::Rule: {
        // The rule's French name in a French interface (never the English name there).
        const QString name = QLocale().language() == QLocale::French && !source.ruleNameFr.isEmpty()
                                 ? source.ruleNameFr
                                 : source.ruleName;
        return name.isEmpty() ? tr("Rule #%1").arg(source.ruleId) : tr("Rule: %1").arg(name);
    }
    case SplitBasis::Agreement:
        return tr("Agreement #%1").arg(source.agreementId);
    case SplitBasis::Partnership:
        return tr("Partnership #%1 commission").arg(source.partnershipId);
    case SplitBasis::Rest:
        return tr("Remainder");
    case SplitBasis::Charge:
        return tr("Monthly charge");
    }
    return {};
}

void LedgerModel::setFilter(const LedgerFilter &filter) {
    m_filter = filter;
    beginResetModel();
    m_rows.clear();
    restart();
    endResetModel();
    fetchMore({});
}

void LedgerModel::requestNextPage() {
    const LedgerFilter filter = m_filter;
    std::optional<LedgerKey> after;
    if (!m_rows.isEmpty())
        after = LedgerKey{m_rows.last().period, m_rows.last().eventAtUs, m_rows.last().id};
    const int rows = pageSize();
    loadPage<LedgerRow>(
        [filter, after, rows](QSqlDatabase &db) {
            return EarningsRepository::fetchPage(db, filter, after, rows);
        },
        rows, Load::NextPage,
        [this](const QList<LedgerRow> &page) {
            if (!page.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
                m_rows.append(page);
                endInsertRows();
            }
        });
}

void LedgerModel::refresh() {
    // Reload what is loaded in one query, then swap it in with one reset.
    restart(atEnd());
    const LedgerFilter filter = m_filter;
    const int rows = std::max<int>(pageSize(), int(m_rows.size()));
    loadPage<LedgerRow>(
        [filter, rows](QSqlDatabase &db) {
            return EarningsRepository::fetchPage(db, filter, std::nullopt, rows);
        },
        rows, Load::FirstPage,
        [this](const QList<LedgerRow> &page) {
            beginResetModel();
            m_rows = page;
            endResetModel();
        });
}

void LedgerModel::applyNotification(const QString &) {
    // Any ledger change can move totals and rows of the current filter: reload what is loaded,
    // coalescing bursts (a batch of payouts updates thousands of rows in one statement).
    m_coalesce.start();
}

// ---------------------------------------------------------------------------------------------

} // namespace adesk
