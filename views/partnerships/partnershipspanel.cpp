#include "views/partnerships/partnershipspanel.h"

#include "models/common/basispoints.h"
#include "models/partnerships/agreementlistmodel.h"
#include "models/partnerships/partscsv.h"
#include "views/common/paneactions.h"
#include "views/common/rowmenu.h"
#include "views/common/semanticcolors.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adesk {

namespace {

QString moneyText(qint64 c) {
    return c > 0 ? Money::fromCents(c).toString() : QString();
}
qint64 moneyCell(const QTableWidget *t, int r, int c) {
    const QTableWidgetItem *i = t->item(r, c);
    const auto m = i ? Money::parse(i->text(), QLocale()) : std::nullopt;
    return m ? m->cents() : -1;
}
QString cell(const QTableWidget *t, int r, int c) {
    const QTableWidgetItem *i = t->item(r, c);
    return i ? i->text().trimmed() : QString();
}
QDate dateCell(const QTableWidget *t, int r, int c) {
    return QDate::fromString(cell(t, r, c), Qt::ISODate);
}
void put(QTableWidget *t, int r, int c, const QString &text, const QVariant &id = {}) {
    auto *i = new QTableWidgetItem(text);
    if (id.isValid())
        i->setData(Qt::UserRole, id);
    t->setItem(r, c, i);
}

/// Merges imported price-list rows into @p rows: an imported row replaces the row with the same
/// @p key (case-insensitive) and, when it names one, the same valid-from date, keeping that row's id
/// (and its date when it names none); any other imported row is added.
template <typename Row> void mergeImported(QList<Row> &rows, const QList<Row> &imported, QString Row::*key) {
    for (Row p : imported) {
        bool replaced = false;
        for (Row &existing : rows) {
            if ((existing.*key).compare(p.*key, Qt::CaseInsensitive) == 0 &&
                (!p.validFrom.isValid() || existing.validFrom == p.validFrom)) {
                p.id = existing.id;
                if (!p.validFrom.isValid())
                    p.validFrom = existing.validFrom;
                existing = p;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            rows << p;
    }
}

} // namespace

PartnershipsPanel::PartnershipsPanel(PartnershipListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model) {
    auto *v = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical);
    v->addWidget(split, 1);

    auto *top = new QWidget;
    auto *th = new QHBoxLayout(top);
    th->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("partnershipsView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    th->addWidget(m_view, 3);

    auto *terms = new QGroupBox(tr("Permissions and payment"));
    auto *f = new QFormLayout(terms);
    m_canQuote = new QCheckBox(tr("May create &quotes"));
    m_approval = new QCheckBox(tr("Quotes need the workshop's &approval"));
    m_maxQuote = new QLineEdit;
    m_maxQuote->setPlaceholderText(tr("e.g. 2 500,00"));
    m_commission = new QDoubleSpinBox;
    m_commission->setRange(0, 100);
    m_commission->setDecimals(2);
    m_commission->setSuffix(QStringLiteral("\u00a0%"));
    m_payment = new QComboBox;
    for (PaymentTerm p : allValues<PaymentTerm>())
        m_payment->addItem(labelOf(p), int(p));
    m_hasEnd = new QCheckBox(tr("Contract ends"));
    m_end = new QDateEdit(QDate::currentDate().addYears(1));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    f->addRow(m_canQuote);
    f->addRow(m_approval);
    f->addRow(tr("Maximum &quote"), m_maxQuote);
    f->addRow(tr("&Commission"), m_commission);
    f->addRow(tr("Pa&yment terms"), m_payment);
    f->addRow(m_hasEnd, m_end);
    m_saveTerms = new QPushButton(tr("Save &terms"));
    f->addRow(m_saveTerms);
    m_reason = new QLineEdit;
    m_reason->setPlaceholderText(tr("Reason (required to suspend or terminate)"));
    f->addRow(tr("&Reason"), m_reason);
    auto *sb = new QHBoxLayout;
    m_suspend = new QPushButton(tr("&Suspend"));
    m_reinstate = new QPushButton(tr("Re&instate"));
    m_terminate = new QPushButton(tr("Ter&minate"));
    sb->addWidget(m_suspend);
    sb->addWidget(m_reinstate);
    sb->addWidget(m_terminate);
    f->addRow(sb);
    PaneActions::buttons(this, {m_saveTerms, m_suspend, m_reinstate, m_terminate});
    th->addWidget(terms, 2);
    split->addWidget(top);

    auto *catalog = new QTabWidget;
    auto makeTable = [this, catalog](const QStringList &headers, const QString &title, bool parts) {
        auto *w = new QWidget;
        auto *l = new QVBoxLayout(w);
        auto *t = new QTableWidget(0, int(headers.size()));
        t->setHorizontalHeaderLabels(headers);
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->hide();
        l->addWidget(t, 1);
        auto *b = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add row"));
        auto *remove = new QPushButton(tr("Remove row"));
        auto *import = new QPushButton(tr("Import CSV…"));
        auto *save = new QPushButton(tr("Save"));
        const QString which = parts ? QStringLiteral("Parts") : QStringLiteral("Labour");
        add->setObjectName(QStringLiteral("add") + which + QStringLiteral("Row"));
        remove->setObjectName(QStringLiteral("remove") + which + QStringLiteral("Row"));
        import->setObjectName(QStringLiteral("import") + which + QStringLiteral("Csv"));
        save->setObjectName(QStringLiteral("save") + which);
        b->addWidget(add);
        b->addWidget(remove);
        b->addWidget(import);
        b->addStretch(1);
        b->addWidget(save);
        l->addLayout(b);
        m_catalogButtons << add << remove << import << save;
        m_removeButtons.insert(remove, t);
        // In the pane's menu and the table's context menu, named after their catalogue (the two tabs'
        // buttons say the same); the entries of the hidden tab are greyed.
        PaneActions::separator(this);
        QAction *addAction = PaneActions::button(this, add, parts ? tr("Add part") : tr("Add labour rate"));
        QAction *removeAction =
            PaneActions::button(this, remove, parts ? tr("Remove part") : tr("Remove labour rate"));
        QAction *importAction = PaneActions::button(
            this, import, parts ? tr("Import parts from CSV…") : tr("Import labour rates from CSV…"));
        QAction *saveAction =
            PaneActions::button(this, save, parts ? tr("Save parts catalog") : tr("Save labour rates"));
        auto *edit = new QAction(tr("Edit cell"), t);
        edit->setObjectName(QStringLiteral("editCell"));
        connect(edit, &QAction::triggered, t, [t] {
            if (t->currentIndex().isValid())
                t->edit(t->currentIndex());
        });
        m_editCell << edit;
        auto *separator = new QAction(t);
        separator->setSeparator(true);
        RowMenu::install(t, {edit, removeAction, separator, addAction, importAction, saveAction},
                         {addAction, importAction, saveAction});
        connect(t, &QTableWidget::currentCellChanged, this, &PartnershipsPanel::updateButtons);
        connect(add, &QPushButton::clicked, t, [t] { t->insertRow(t->rowCount()); });
        connect(remove, &QPushButton::clicked, t, [t] {
            if (t->currentRow() >= 0)
                t->removeRow(t->currentRow());
        });
        connect(import, &QPushButton::clicked, this, [this, parts] {
            const QString path =
                QFileDialog::getOpenFileName(this, tr("Import CSV"), QString(), tr("CSV files (*.csv)"));
            if (!path.isEmpty())
                emit csvImportRequested(parts, path); // read by PostgreSQL's COPY (PgCsv)
        });
        connect(save, &QPushButton::clicked, this, [this, parts] {
            if (m_catalogOf <= 0)
                return;
            if (parts)
                emit partsSaveRequested(m_catalogOf, this->parts());
            else
                emit labourSaveRequested(m_catalogOf, labourRates());
        });
        catalog->addTab(w, title);
        return t;
    };
    m_parts = makeTable({tr("Part number"), tr("Name"), tr("Category"), tr("Wholesale"), tr("Retail"),
                         tr("Lead time (days)"), tr("Valid from"), tr("Valid until")},
                        tr("Parts catalog"), true);
    m_parts->setObjectName(QStringLiteral("partsTable"));
    m_rates = makeTable({tr("Service category"), tr("Rate per hour"), tr("Mechanic rate"),
                         tr("Mechanic commission %"), tr("Valid from"), tr("Valid until")},
                        tr("Labour rates"), false);
    m_rates->setObjectName(QStringLiteral("labourTable"));
    split->addWidget(catalog);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    v->addWidget(m_message);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PartnershipsPanel::currentChanged);
    // A reload keeps the selected partnership (or selects the first).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keep = current() ? current()->id : 0; });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PartnershipsPanel::selectAfterLoad);
    connect(m_canQuote, &QCheckBox::toggled, this, &PartnershipsPanel::updateButtons);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_saveTerms, &QPushButton::clicked, this, [this] {
        const PartnershipRow *p = current();
        if (!p)
            return;
        PartnershipRow r = *p;
        r.canCreateQuotes = m_canQuote->isChecked();
        r.quoteApprovalRequired = m_approval->isChecked();
        const auto max = Money::parse(m_maxQuote->text(), QLocale());
        if (!m_maxQuote->text().trimmed().isEmpty() && (!max || max->cents() <= 0)) {
            showMessage(tr("\"%1\" is not an amount.").arg(m_maxQuote->text()), true);
            return;
        }
        r.maxQuoteAmountCents = max ? max->cents() : 0;
        r.commissionBp = int(qRound64(m_commission->value() * 100.0));
        r.paymentTerms = PaymentTerm(m_payment->currentData().toInt());
        r.contractEnd = m_hasEnd->isChecked() ? m_end->date() : QDate();
        emit updateRequested(r);
    });
    auto status = [this](PartnershipAction action) {
        if (const PartnershipRow *p = current())
            emit statusRequested(p->id, p->rowVersion, action, m_reason->text());
    };
    connect(m_suspend, &QPushButton::clicked, this, [status] { status(PartnershipAction::Suspend); });
    connect(m_reinstate, &QPushButton::clicked, this, [status] { status(PartnershipAction::Reinstate); });
    connect(m_terminate, &QPushButton::clicked, this, [status] { status(PartnershipAction::Terminate); });
    connect(m_reason, &QLineEdit::textChanged, this, &PartnershipsPanel::updateButtons);
    currentChanged();
}

const PartnershipRow *PartnershipsPanel::current() const {
    return m_model->rowAt(m_view->currentIndex().row());
}

void PartnershipsPanel::selectAfterLoad() {
    if (m_model->rowCount() == 0) {
        currentChanged();
    } else {
        const int row = m_model->rowOfId(m_keep);
        m_view->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    }
    m_view->resizeColumnsToContents();
}

void PartnershipsPanel::currentChanged() {
    const PartnershipRow *p = current();
    if (p) {
        m_canQuote->setChecked(p->canCreateQuotes);
        m_approval->setChecked(p->quoteApprovalRequired);
        m_maxQuote->setText(moneyText(p->maxQuoteAmountCents));
        m_commission->setValue(p->commissionBp / 100.0);
        m_payment->setCurrentIndex(m_payment->findData(int(p->paymentTerms)));
        m_hasEnd->setChecked(p->contractEnd.isValid());
        if (p->contractEnd.isValid())
            m_end->setDate(p->contractEnd);
        if (p->id != m_catalogOf) {
            m_catalogOf = 0;
            setPartRows({});
            setRateRows({});
            emit partnershipSelected(p->id);
        }
    }
    updateButtons();
}

void PartnershipsPanel::updateButtons() {
    const PartnershipRow *p = current();
    const bool live = p && p->status != PartnershipStatus::Terminated;
    const bool edit = !m_readOnly && live;
    for (QWidget *w : std::initializer_list<QWidget *>{m_canQuote, m_approval, m_commission, m_payment,
                                                       m_hasEnd, m_saveTerms, m_reason})
        w->setEnabled(edit);
    m_maxQuote->setEnabled(edit && m_canQuote->isChecked());
    m_end->setEnabled(edit && m_hasEnd->isChecked());
    const bool reason = !m_reason->text().trimmed().isEmpty();
    m_suspend->setEnabled(edit && p->status == PartnershipStatus::Active && reason);
    m_reinstate->setEnabled(edit && p->status == PartnershipStatus::Suspended);
    m_terminate->setEnabled(edit && reason);
    for (QPushButton *b : m_catalogButtons)
        b->setEnabled(edit && m_catalogOf == p->id &&
                      (!m_removeButtons.contains(b) || m_removeButtons.value(b)->currentRow() >= 0));
    for (QAction *a : m_editCell)
        a->setEnabled(edit && m_catalogOf == p->id);
    m_parts->setEditTriggers(edit ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_rates->setEditTriggers(edit ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
}

void PartnershipsPanel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateButtons();
}

void PartnershipsPanel::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_message->setText(text);
}

void PartnershipsPanel::setCatalog(qint64 partnershipId, const QList<PartRow> &parts,
                                   const QList<LabourRateRow> &rates) {
    const PartnershipRow *p = current();
    if (!p || p->id != partnershipId)
        return;
    m_catalogOf = partnershipId;
    setPartRows(parts);
    setRateRows(rates);
    updateButtons();
}

void PartnershipsPanel::setPartRows(const QList<PartRow> &rows) {
    m_parts->setRowCount(0);
    m_parts->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const PartRow &p = rows.at(r);
        put(m_parts, r, 0, p.partNumber, p.id);
        put(m_parts, r, 1, p.partName);
        put(m_parts, r, 2, categoryLabel(p.category));
        put(m_parts, r, 3, Money::fromCents(p.wholesaleCents).toString());
        put(m_parts, r, 4, Money::fromCents(p.retailCents).toString());
        put(m_parts, r, 5, QString::number(p.leadTimeDays));
        put(m_parts, r, 6, p.validFrom.toString(Qt::ISODate));
        put(m_parts, r, 7, p.validUntil.toString(Qt::ISODate));
    }
    m_parts->resizeColumnsToContents();
}

void PartnershipsPanel::setRateRows(const QList<LabourRateRow> &rows) {
    m_rates->setRowCount(0);
    m_rates->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const LabourRateRow &l = rows.at(r);
        put(m_rates, r, 0, categoryLabel(l.serviceCategory), l.id);
        put(m_rates, r, 1, Money::fromCents(l.ratePerHourCents).toString());
        put(m_rates, r, 2, moneyText(l.mechanicRateCents));
        put(m_rates, r, 3,
            l.mechanicCommissionBp >= 0
                ? BasisPoints(l.mechanicCommissionBp).toString().remove(QStringLiteral("\u00a0%"))
                : QString());
        put(m_rates, r, 4, l.validFrom.toString(Qt::ISODate));
        put(m_rates, r, 5, l.validUntil.toString(Qt::ISODate));
    }
    m_rates->resizeColumnsToContents();
}

QList<PartRow> PartnershipsPanel::parts() const {
    QList<PartRow> out;
    for (int r = 0; r < m_parts->rowCount(); ++r) {
        PartRow p;
        p.id = m_parts->item(r, 0) ? m_parts->item(r, 0)->data(Qt::UserRole).toLongLong() : 0;
        p.partNumber = cell(m_parts, r, 0);
        p.partName = cell(m_parts, r, 1);
        p.category = categoryFromLabel(cell(m_parts, r, 2));
        p.wholesaleCents = moneyCell(m_parts, r, 3);
        p.retailCents = moneyCell(m_parts, r, 4);
        p.leadTimeDays = cell(m_parts, r, 5).toInt();
        p.validFrom = dateCell(m_parts, r, 6);
        p.validUntil = dateCell(m_parts, r, 7);
        if (!p.partNumber.isEmpty() || !p.partName.isEmpty())
            out << p;
    }
    return out;
}

QList<LabourRateRow> PartnershipsPanel::labourRates() const {
    QList<LabourRateRow> out;
    for (int r = 0; r < m_rates->rowCount(); ++r) {
        LabourRateRow l;
        l.id = m_rates->item(r, 0) ? m_rates->item(r, 0)->data(Qt::UserRole).toLongLong() : 0;
        l.serviceCategory = categoryFromLabel(cell(m_rates, r, 0));
        l.ratePerHourCents = moneyCell(m_rates, r, 1);
        l.mechanicRateCents = cell(m_rates, r, 2).isEmpty() ? 0 : moneyCell(m_rates, r, 2);
        const QString pct = cell(m_rates, r, 3);
        if (pct.isEmpty()) {
            l.mechanicCommissionBp = -1;
        } else {
            const auto parsed = PartsCsv::parseLabourRates(
                QStringLiteral("service_category,rate_per_hour,mechanic_commission_percent\nx,1,%1")
                    .arg(pct));
            l.mechanicCommissionBp = parsed.rows.isEmpty() ? 0 : parsed.rows.first().mechanicCommissionBp;
        }
        l.validFrom = dateCell(m_rates, r, 4);
        l.validUntil = dateCell(m_rates, r, 5);
        if (!l.serviceCategory.isEmpty())
            out << l;
    }
    return out;
}

void PartnershipsPanel::csvRead(bool parts, const adesk::CsvRecords &records, const QString &error) {
    const QStringList problems = !error.isEmpty() ? QStringList{error}
                                 : parts          ? importParts(PartsCsv::parseParts(records))
                                                  : importLabour(PartsCsv::parseLabourRates(records));
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Import CSV"), problems.join(u'\n'));
    else
        showMessage(tr("Imported. Review the rows, then save."), false);
}

QStringList PartnershipsPanel::importParts(const PartsCsv::Parsed<PartRow> &parsed) {
    if (!parsed.errors.isEmpty())
        return parsed.errors;
    QList<PartRow> rows = parts();
    mergeImported(rows, parsed.rows, &PartRow::partNumber);
    setPartRows(rows);
    return {};
}

QStringList PartnershipsPanel::importLabour(const PartsCsv::Parsed<LabourRateRow> &parsed) {
    if (!parsed.errors.isEmpty())
        return parsed.errors;
    QList<LabourRateRow> rows = labourRates();
    mergeImported(rows, parsed.rows, &LabourRateRow::serviceCategory);
    setRateRows(rows);
    return {};
}

QStringList PartnershipsPanel::importPartsCsv(const QString &text) {
    return importParts(PartsCsv::parseParts(text));
}

QStringList PartnershipsPanel::importLabourCsv(const QString &text) {
    return importLabour(PartsCsv::parseLabourRates(text));
}

} // namespace adesk
