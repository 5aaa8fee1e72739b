#include "models/earnings/partnershipearningsmodel.h"

#include "models/common/money.h"
#include "models/partnerships/programterms.h"

#include <QLocale>
#include <QSet>

namespace adesk {

PartnershipEarningsModel::PartnershipEarningsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void PartnershipEarningsModel::setRows(const QList<PartnershipEarningsRow> &rows) {
    beginResetModel();
    m_rows = rows;
    m_totals = PartnershipEarningsRow();
    for (const PartnershipEarningsRow &r : rows) {
        m_totals.jobs += r.jobs;
        m_totals.grossCents += r.grossCents;
        m_totals.platformFeeCents += r.platformFeeCents;
        m_totals.workshopShareCents += r.workshopShareCents;
        m_totals.mechanicShareCents += r.mechanicShareCents;
        m_totals.chargesCents += r.chargesCents;
        m_totals.balanceCents += r.balanceCents;
    }
    endResetModel();
}

void PartnershipEarningsModel::setWorkshopNames(const QHash<qint64, QString> &names) {
    m_workshopNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, WorkshopColumn), index(rowCount() - 1, WorkshopColumn));
}

int PartnershipEarningsModel::workshopCount() const {
    QSet<qint64> ids;
    for (const PartnershipEarningsRow &r : m_rows)
        ids.insert(r.workshopId);
    return int(ids.size());
}

int PartnershipEarningsModel::rowCount(const QModelIndex &parent) const {
    // The totals row follows the partnerships (none when there is nothing to add up).
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int PartnershipEarningsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

qint64 centsOf(const PartnershipEarningsRow &r, int column) {
    switch (column) {
    case PartnershipEarningsModel::GrossColumn:
        return r.grossCents;
    case PartnershipEarningsModel::PlatformFeeColumn:
        return r.platformFeeCents;
    case PartnershipEarningsModel::WorkshopShareColumn:
        return r.workshopShareCents;
    case PartnershipEarningsModel::MechanicShareColumn:
        return r.mechanicShareCents;
    case PartnershipEarningsModel::ChargesColumn:
        return r.chargesCents;
    case PartnershipEarningsModel::BalanceColumn:
        return r.balanceCents;
    default:
        return 0;
    }
}

} // namespace

QVariant PartnershipEarningsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool total = index.row() == m_rows.size();
    const PartnershipEarningsRow &r = total ? m_totals : m_rows[index.row()];
    const int c = index.column();
    const QLocale locale;
    switch (role) {
    case TotalRole:
        return total;
    case PartnershipIdRole:
        return total ? QVariant() : QVariant(r.partnershipId);
    case SortRole:
        if (isMoneyColumn(c))
            return centsOf(r, c);
        if (c == JobsColumn)
            return r.jobs;
        if (c == AgreementColumn)
            return r.agreementId;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return int(
            (isMoneyColumn(c) || c == JobsColumn || c == AgreementColumn ? Qt::AlignRight : Qt::AlignLeft) |
            Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (c == BalanceColumn)
            return tr("Workshop share plus the charges the mechanic paid the workshop");
        if (c == ChargesColumn)
            return tr("Bay rental and membership charges of the months");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (isMoneyColumn(c))
        return Money::fromCents(centsOf(r, c)).toString(locale);
    switch (c) {
    case WorkshopColumn:
        return total ? QString()
                     : m_workshopNames.value(r.workshopId, QStringLiteral("#%1").arg(r.workshopId));
    case MechanicColumn:
        return total ? tr("Total (%n partnership(s))", nullptr, int(m_rows.size())) : r.mechanicName;
    case ProgramColumn:
        return total ? QString() : r.shownProgramName();
    case TypeColumn:
        return total || r.programType.isEmpty()
                   ? QString()
                   : ProgramTerms::typeLabel(ProgramTerms::typeFromSql(r.programType));
    case AgreementColumn:
        return total || !r.agreementId ? QString() : QStringLiteral("#%1").arg(r.agreementId);
    case JobsColumn:
        return locale.toString(r.jobs);
    default:
        return {};
    }
}

QVariant PartnershipEarningsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WorkshopColumn:
        return tr("Workshop");
    case MechanicColumn:
        return tr("Mechanic");
    case ProgramColumn:
        return tr("Program");
    case TypeColumn:
        return tr("Type");
    case AgreementColumn:
        return tr("Agreement");
    case JobsColumn:
        return tr("Jobs");
    case GrossColumn:
        return tr("Gross");
    case PlatformFeeColumn:
        return tr("Platform fee");
    case WorkshopShareColumn:
        return tr("Workshop share");
    case MechanicShareColumn:
        return tr("Mechanic share");
    case ChargesColumn:
        return tr("Charges");
    case BalanceColumn:
        return tr("Balance");
    default:
        return {};
    }
}

// ----- sorting --------------------------------------------------------------------------------

PartnershipEarningsSortModel::PartnershipEarningsSortModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(PartnershipEarningsModel::SortRole);
    setSortLocaleAware(true);
}

bool PartnershipEarningsSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    // Descending order places a before b when lessThan(b, a): the totals row is "greatest" when
    // ascending and "least" when descending, so it stays last either way.
    const bool leftTotal = left.data(PartnershipEarningsModel::TotalRole).toBool();
    const bool rightTotal = right.data(PartnershipEarningsModel::TotalRole).toBool();
    if (leftTotal || rightTotal) {
        if (leftTotal == rightTotal)
            return false;
        return leftTotal ? sortOrder() == Qt::DescendingOrder : sortOrder() == Qt::AscendingOrder;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace adesk
