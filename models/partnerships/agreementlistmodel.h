#pragma once

#include "models/partnerships/partnershiptypes.h"

#include <QAbstractTableModel>

namespace adesk {

/// The workshop's agreements: program, mechanic, language, dates, acceptance by each side, status.
/// Filled by the controller (setRows) from PartnershipRepository::listAgreements.
class AgreementListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Program,
        Mechanic,
        Language,
        Effective,
        End,
        WorkshopAccepted,
        MechanicAccepted,
        StatusColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, RowVersionRole, HasDocumentRole };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<AgreementRow> &rows);
    const AgreementRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    int rowOfId(qint64 id) const;

    /// The mechanic's acceptance as the platform recorded it: "awaiting the mechanic's acceptance
    /// (on the platform)", or the name and the server's time (@p sentence: a full sentence with the
    /// time of day, for the panel; otherwise the short table cell).
    static QString mechanicAcceptanceText(const AgreementRow &r, bool sentence = false);

private:
    QList<AgreementRow> m_rows;
};

/// The workshop's partnerships with commission, quote permissions, payment terms and contract dates.
class PartnershipListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Mechanic,
        Program,
        StatusColumn,
        Commission,
        Quotes,
        MaxQuote,
        PaymentTerms,
        Contract,
        Catalog,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, RowVersionRole, StatusRole /* int(PartnershipStatus) */ };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<PartnershipRow> &rows);
    const PartnershipRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    int rowOfId(qint64 id) const;

private:
    QList<PartnershipRow> m_rows;
};

} // namespace adesk
