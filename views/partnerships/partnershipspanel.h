#pragma once

#include "models/partnerships/partnershiptypes.h"
#include "models/partnerships/partscsv.h"

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace adesk {

class PartnershipListModel;

/// Active partnerships: commission, quote permissions, payment terms and contract end; suspend,
/// reinstate, terminate with a reason; the parts catalog and labour rates of the selected
/// partnership, editable in place and importable from CSV. Emits intents only.
class PartnershipsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PartnershipsPanel(PartnershipListModel *model, QWidget *parent = nullptr);
    void setReadOnly(bool readOnly);
    QTableView *view() const { return m_view; }
    QList<PartRow> parts() const;
    QList<LabourRateRow> labourRates() const;
    /// Merges CSV text held in memory into the tables (rows with a known part number / category
    /// replace theirs); returns the problems found (empty = imported). Files: csvImportRequested.
    QStringList importPartsCsv(const QString &text);
    QStringList importLabourCsv(const QString &text);

public slots:
    /// Selects the partnership selected before the last reload, or the first: what a reload of the
    /// model does; also called by a controller that wires this panel to a model loaded before.
    void selectAfterLoad();
    void showMessage(const QString &text, bool error);
    /// The file asked for by csvImportRequested was read (@p error empty) or not: merges its rows
    /// into the parts (@p parts) or labour table, or shows every problem with its line.
    void csvRead(bool parts, const adesk::CsvRecords &records, const QString &error);
    /// The catalog of @p partnershipId arrived.
    void setCatalog(qint64 partnershipId, const QList<adesk::PartRow> &parts,
                    const QList<adesk::LabourRateRow> &rates);

signals:
    void partnershipSelected(qint64 partnershipId);
    void updateRequested(const adesk::PartnershipRow &row);
    void statusRequested(qint64 partnershipId, int rowVersion, adesk::PartnershipAction action,
                         const QString &reason);
    void partsSaveRequested(qint64 partnershipId, const QList<adesk::PartRow> &rows);
    void labourSaveRequested(qint64 partnershipId, const QList<adesk::LabourRateRow> &rows);
    /// Read the CSV file at @p path into the parts (@p parts) or labour table; answered by csvRead.
    void csvImportRequested(bool parts, const QString &path);

private:
    QStringList importParts(const PartsCsv::Parsed<PartRow> &parsed);
    QStringList importLabour(const PartsCsv::Parsed<LabourRateRow> &parsed);
    void currentChanged();
    void updateButtons();
    void setPartRows(const QList<PartRow> &rows);
    void setRateRows(const QList<LabourRateRow> &rows);
    const PartnershipRow *current() const;

    PartnershipListModel *m_model;
    QTableView *m_view;
    QCheckBox *m_canQuote;
    QCheckBox *m_approval;
    QLineEdit *m_maxQuote;
    QDoubleSpinBox *m_commission;
    QComboBox *m_payment;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QPushButton *m_saveTerms;
    QLineEdit *m_reason;
    QPushButton *m_suspend;
    QPushButton *m_reinstate;
    QPushButton *m_terminate;
    QTableWidget *m_parts;
    QTableWidget *m_rates;
    QList<QPushButton *> m_catalogButtons;
    QHash<QPushButton *, QTableWidget *> m_removeButtons; ///< each needs a current row of its table
    QList<QAction *> m_editCell;                          ///< the catalogues' "Edit cell" (row menu)
    QLabel *m_message;
    qint64 m_catalogOf = 0;
    qint64 m_keep = 0; ///< the partnership selected before a reload
    bool m_readOnly = false;
};

} // namespace adesk
