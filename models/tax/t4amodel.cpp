#include "models/tax/t4amodel.h"

#include "models/common/money.h"
#include "models/tax/t4arules.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace adesk {

T4AModel::T4AModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void T4AModel::setRows(int year, const QList<T4AOverviewRow> &rows) {
    beginResetModel();
    m_year = year;
    m_rows = rows;
    applySort();
    endResetModel();
}

int T4AModel::indexOfKey(const QString &key) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (rowAt(i)->key() == key)
            return i;
    return -1;
}

bool T4AModel::sortsFromRows(int column) {
    switch (column) {
    case PayeeColumn:
    case FeesColumn:
    case SlipAmountColumn:
    case StatementsColumn:
    case DifferenceColumn:
        return true;
    default:
        return false;
    }
}

void T4AModel::applySort() {
    m_order.clear();
    if (!sortsFromRows(m_sortColumn))
        return;
    const qsizetype n = m_rows.size();
    m_order.resize(n);
    int *first = m_order.data(); // plain pointers and keys: a Debug build's iterators are calls
    std::iota(first, first + n, 0);
    const T4AOverviewRow *rows = m_rows.constData();
    const bool down = m_sortOrder == Qt::DescendingOrder;
    // Stable from the overview's order, as QSortFilterProxyModel (which compares lessThan(right,
    // left) when descending, so ties keep their order both ways).
    if (m_sortColumn == PayeeColumn) {
        const auto less = [rows](int a, int b) {
            return QString::compare(rows[a].payeeName, rows[b].payeeName, Qt::CaseSensitive) < 0;
        };
        if (down)
            std::stable_sort(first, first + n, [&less](int a, int b) { return less(b, a); });
        else
            std::stable_sort(first, first + n, less);
        return;
    }
    std::vector<qint64> keys(n);
    qint64 *key = keys.data();
    for (qsizetype i = 0; i < n; ++i) {
        const T4AOverviewRow &r = rows[i];
        switch (m_sortColumn) {
        case FeesColumn:
            key[i] = r.feesCents;
            break;
        case SlipAmountColumn:
            key[i] = r.slipBox048Cents;
            break;
        case StatementsColumn:
            key[i] = r.statementCents;
            break;
        default: // DifferenceColumn
            key[i] = r.differenceCents();
            break;
        }
    }
    if (down)
        std::stable_sort(first, first + n, [key](int a, int b) { return key[b] < key[a]; });
    else
        std::stable_sort(first, first + n, [key](int a, int b) { return key[a] < key[b]; });
}

void T4AModel::sort(int column, Qt::SortOrder order) {
    if (!sortsFromRows(column))
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QList<int> before = m_order;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    // Persistent indexes (the view's current row and selection) follow their rows.
    const QModelIndexList from = persistentIndexList();
    if (!from.isEmpty()) {
        QList<int> rowOf(m_rows.size()); // index in m_rows -> new model row
        for (int i = 0; i < m_rows.size(); ++i)
            rowOf[m_order.isEmpty() ? i : m_order[i]] = i;
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &i : from) {
            const int at = before.isEmpty() ? i.row() : before.value(i.row(), -1);
            to << (at >= 0 && at < rowOf.size() ? index(rowOf[at], i.column()) : QModelIndex());
        }
        changePersistentIndexList(from, to);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int T4AModel::slipsDue() const {
    int n = 0;
    for (const T4AOverviewRow &r : m_rows)
        n += r.slipDue ? 1 : 0;
    return n;
}

qint64 T4AModel::totalDueCents() const {
    qint64 t = 0;
    for (const T4AOverviewRow &r : m_rows)
        if (r.slipDue)
            t += r.feesCents;
    return t;
}

int T4AModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int T4AModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString T4AModel::explain(const T4AOverviewRow &r, int year) {
    const qint64 diff = r.differenceCents();
    if (diff == 0 && r.unpaidCents == 0 && r.priorPaidCents == 0)
        return tr("Statements and box 048 agree.");
    QStringList parts;
    if (r.unpaidCents != 0)
        parts << tr("%1 earned in %2 but not paid by 31 December (paid later or still owed)")
                     .arg(Money::fromCents(r.unpaidCents).toString())
                     .arg(year);
    if (r.priorPaidCents != 0)
        parts << tr("%1 earned before %2 and paid in it")
                     .arg(Money::fromCents(r.priorPaidCents).toString())
                     .arg(year);
    QString text = parts.join(QStringLiteral("; "));
    if (!r.differenceExplained())
        text += tr(" — %1 NOT explained")
                    .arg(Money::fromCents(diff - (r.unpaidCents - r.priorPaidCents)).toString());
    return text;
}

QVariant T4AModel::data(const QModelIndex &index, int role) const {
    const T4AOverviewRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const T4AOverviewRow &r = *row;
    switch (role) {
    case RowRole:
        return QVariant::fromValue(r);
    case ProblemsRole:
        return r.problems;
    case KeyRole:
        return r.key();
    case ExplanationRole:
        return explain(r, m_year);
    case CentsRole:
        switch (index.column()) {
        case FeesColumn:
            return r.feesCents;
        case SlipAmountColumn:
            return r.slipBox048Cents;
        case StatementsColumn:
            return r.statementCents;
        case DifferenceColumn:
            return r.differenceCents();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case FeesColumn:
        case SlipAmountColumn:
        case StatementsColumn:
        case DifferenceColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        if (index.column() == DifferenceColumn || index.column() == StatementsColumn)
            return explain(r, m_year);
        if (index.column() == ProblemsColumn && !r.problems.isEmpty()) {
            QStringList labels;
            for (const QString &p : r.problems)
                labels << T4ARules::problemLabel(p);
            return labels.join(u'\n');
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case PayeeColumn:
        return r.payeeName;
    case KindColumn:
        return labelOf(r.payeeParty);
    case FeesColumn:
        return Money::fromCents(r.feesCents).toString();
    case DueColumn:
        return r.slipDue ? tr("Yes") : tr("No");
    case SlipAmountColumn:
        return r.slipBox048Cents >= 0 ? Money::fromCents(r.slipBox048Cents).toString() : QString();
    case StatementsColumn:
        return Money::fromCents(r.statementCents).toString();
    case DifferenceColumn:
        return r.differenceCents() == 0 ? QString() : Money::fromCents(r.differenceCents()).toString();
    case TaxNumberColumn:
        return r.recipientKind == RecipientKind::Business ? r.bnMasked : r.sinMasked;
    case ProblemsColumn: {
        QStringList labels;
        for (const QString &p : r.problems)
            labels << T4ARules::problemLabel(p);
        return labels.join(QStringLiteral(", "));
    }
    case SlipStatusColumn: {
        if (r.slipId == 0)
            return QString();
        QString status = labelOf(r.slipStatus);
        if (r.slipReportType == ReportType::Amended)
            status += tr(" (amended)");
        else if (r.slipReportType == ReportType::Cancelled)
            status += tr(" (cancelled)");
        return status;
    }
    default:
        return {};
    }
}

QVariant T4AModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PayeeColumn:
        return tr("Payee");
    case KindColumn:
        return tr("Kind");
    case FeesColumn:
        return tr("Box 048 (paid)");
    case DueColumn:
        return tr("Slip due");
    case SlipAmountColumn:
        return tr("Slip amount");
    case StatementsColumn:
        return tr("Statements");
    case DifferenceColumn:
        return tr("Difference");
    case TaxNumberColumn:
        return tr("SIN / BN");
    case ProblemsColumn:
        return tr("Problems");
    case SlipStatusColumn:
        return tr("Slip");
    default:
        return {};
    }
}

// ----- filter ---------------------------------------------------------------------------------

T4AFilterModel::T4AFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {}

void T4AFilterModel::setSourceModel(QAbstractItemModel *model) {
    m_t4a = qobject_cast<T4AModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void T4AFilterModel::sort(int column, Qt::SortOrder order) {
    // The payee and amount columns from the source's rows: the proxy's own sort compares through
    // index() and lessThan() per comparison, 48-66 ms for a header click on 50,000 payees.
    if (m_t4a && T4AModel::sortsFromRows(column) && !isSortLocaleAware() &&
        sortCaseSensitivity() == Qt::CaseSensitive && sortRole() == Qt::DisplayRole) {
        if (sortColumn() >= 0)
            QSortFilterProxyModel::sort(-1, order);
        m_t4a->sort(column, order);
        return;
    }
    // The other columns in the proxy, from the overview's order (ties in it, as above).
    if (m_t4a)
        m_t4a->sort(-1);
    if (sortColumn() >= 0 && column >= 0)
        QSortFilterProxyModel::sort(-1, order);
    QSortFilterProxyModel::sort(column, order);
}

void T4AFilterModel::setMode(Mode mode, const QString &problemCode) {
    m_mode = mode;
    m_problem = problemCode;
    invalidateFilter();
}

void T4AFilterModel::setSearch(const QString &text) {
    m_search = text.trimmed();
    invalidateFilter();
}

bool T4AFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_t4a || sourceParent.isValid())
        return true;
    const T4AOverviewRow *r = m_t4a->rowAt(sourceRow);
    if (!r)
        return false;
    if (!m_search.isEmpty() && !r->payeeName.contains(m_search, Qt::CaseInsensitive))
        return false;
    switch (m_mode) {
    case Mode::All:
        return true;
    case Mode::SlipDue:
        return r->slipDue;
    case Mode::AnyProblem:
        return r->slipDue && !r->problems.isEmpty();
    case Mode::Problem:
        return r->problems.contains(m_problem);
    case Mode::Difference:
        return r->differenceCents() != 0;
    }
    return true;
}

bool T4AFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    // Reached only when the proxy sorts itself: a column T4AModel::sort does not handle, or sort
    // settings other than the defaults (sort() hands the default case to the model). The amount
    // columns compare cents, never their display text; the payee column honours the settings.
    // The other columns through data().
    const T4AOverviewRow *a = m_t4a ? m_t4a->rowAt(left.row()) : nullptr;
    const T4AOverviewRow *b = m_t4a ? m_t4a->rowAt(right.row()) : nullptr;
    if (a && b && left.column() == right.column()) {
        switch (left.column()) {
        case T4AModel::PayeeColumn:
            return isSortLocaleAware()
                       ? a->payeeName.localeAwareCompare(b->payeeName) < 0
                       : QString::compare(a->payeeName, b->payeeName, sortCaseSensitivity()) < 0;
        case T4AModel::FeesColumn:
            return a->feesCents < b->feesCents;
        case T4AModel::SlipAmountColumn:
            return a->slipBox048Cents < b->slipBox048Cents;
        case T4AModel::StatementsColumn:
            return a->statementCents < b->statementCents;
        case T4AModel::DifferenceColumn:
            return a->differenceCents() < b->differenceCents();
        default:
            break;
        }
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace adesk
