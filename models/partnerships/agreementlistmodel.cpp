#include "models/partnerships/agreementlistmodel.h"

#include "models/common/basispoints.h"

#include <QLocale>

namespace adesk {

namespace {
QString dateText(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
template <typename Row> int findId(const QList<Row> &rows, qint64 id) {
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).id == id)
            return int(i);
    return -1;
}
} // namespace

int AgreementListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgreementRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == RowVersionRole)
        return r.rowVersion;
    if (role == HasDocumentRole)
        return r.documentId > 0;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Program:
        return tr("%1 (v%2)").arg(r.shownProgramName()).arg(r.terms.value(u"version_no").toInt());
    case Mechanic:
        return r.mechanicName;
    case Language:
        return r.language == u"fr" ? tr("French") : tr("English");
    case Effective:
        return dateText(r.effectiveDate);
    case End:
        return dateText(r.endDate);
    case WorkshopAccepted:
        return r.workshopAcceptedAt.isValid()
                   ? tr("%1, %2").arg(r.workshopAcceptedBy,
                                      r.workshopAcceptedAt.toLocalTime().date().toString(Qt::ISODate))
                   : tr("not yet");
    case MechanicAccepted:
        return mechanicAcceptanceText(r);
    case StatusColumn:
        if (r.documentId == 0)
            return tr("Document to generate");
        return labelOf(r.shownStatus());
    }
    return {};
}

QVariant AgreementListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Program:
        return tr("Program");
    case Mechanic:
        return tr("Mechanic");
    case Language:
        return tr("Language");
    case Effective:
        return tr("Effective");
    case End:
        return tr("Ends");
    case WorkshopAccepted:
        return tr("Workshop accepted");
    case MechanicAccepted:
        return tr("Mechanic accepted");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QString AgreementListModel::mechanicAcceptanceText(const AgreementRow &r, bool sentence) {
    if (!r.mechanicAcceptedAt.isValid())
        return tr("awaiting the mechanic's acceptance (on the platform)");
    const QDateTime at = r.mechanicAcceptedAt.toLocalTime();
    if (!sentence)
        return tr("%1, %2").arg(r.mechanicAcceptedBy, at.date().toString(Qt::ISODate));
    return tr("Accepted by %1 on the platform, %2")
        .arg(r.mechanicAcceptedBy, at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void AgreementListModel::setRows(const QList<AgreementRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AgreementListModel::rowOfId(qint64 id) const {
    return findId(m_rows, id);
}

int PartnershipListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnershipListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnershipListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnershipRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == RowVersionRole)
        return r.rowVersion;
    if (role == StatusRole)
        return int(r.status);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Mechanic:
        return r.mechanicName;
    case Program:
        return r.shownProgramName();
    case StatusColumn:
        return labelOf(r.shownStatus());
    case Commission:
        return BasisPoints(r.commissionBp).toString();
    case Quotes:
        if (!r.canCreateQuotes)
            return tr("No quotes");
        return r.quoteApprovalRequired ? tr("Quotes, with approval") : tr("Quotes");
    case MaxQuote:
        return r.maxQuoteAmountCents > 0 ? Money::fromCents(r.maxQuoteAmountCents).toString() : QString();
    case PaymentTerms:
        return labelOf(r.paymentTerms);
    case Contract:
        return r.contractEnd.isValid() ? tr("%1 – %2").arg(dateText(r.contractStart), dateText(r.contractEnd))
                                       : tr("from %1").arg(dateText(r.contractStart));
    case Catalog:
        return tr("%1 parts, %2 rates").arg(r.parts).arg(r.labourRates);
    }
    return {};
}

QVariant PartnershipListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Mechanic:
        return tr("Mechanic");
    case Program:
        return tr("Program");
    case StatusColumn:
        return tr("Status");
    case Commission:
        return tr("Commission");
    case Quotes:
        return tr("Quotes");
    case MaxQuote:
        return tr("Max quote");
    case PaymentTerms:
        return tr("Payment");
    case Contract:
        return tr("Contract");
    case Catalog:
        return tr("Catalog");
    }
    return {};
}

void PartnershipListModel::setRows(const QList<PartnershipRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PartnershipListModel::rowOfId(qint64 id) const {
    return findId(m_rows, id);
}

} // namespace adesk
