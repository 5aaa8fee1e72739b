#include "views/earnings/earningspane.h"

#include "models/common/basispoints.h"
#include "models/common/localizedname.h"
#include "models/earnings/ledgermodel.h"
#include "models/earnings/ledgertotalsmodel.h"
#include "views/common/paneactions.h"
#include "views/common/printpreview.h"
#include "views/common/rowmenu.h"
#include "views/common/semanticcolors.h"
#include "views/earnings/feerulespanel.h"
#include "views/earnings/partnershipearningspanel.h"
#include "views/paper/statementrenderer.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace adesk {

namespace {

/// A chart's money axis in whole dollars as the locale writes them, grouped ("$12,306",
/// "12 306 $"): the chart localizes the printf format's number with its locale.
void setUpMoneyAxis(QChart *chart, QValueAxis *axis) {
    const QLocale locale;
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    QString format = locale.toCurrencyString(7.0, QStringLiteral("$"), 0);
    format.replace(QLatin1Char('7'), QStringLiteral("%.0f"));
    axis->setLabelFormat(format);
}

/// A chart's month axis: short month names ("Oct 25", "oct. 25"), never elided.
QBarCategoryAxis *monthAxis(const QList<QDate> &months) {
    auto *x = new QBarCategoryAxis;
    const QLocale locale;
    for (const QDate &m : months)
        x->append(locale.toString(m, QStringLiteral("MMM yy")));
    // Upright labels centred on their bars: at an angle the first one was dropped at the edge.
    x->setLabelsAngle(-90);
    x->setTruncateLabels(false);
    return x;
}

QTableView *makeTable(QWidget *parent) {
    auto *v = new QTableView(parent);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return v;
}

/// "Any" (no data) followed by every value of E with its label (data: int(value)).
template <typename E> QComboBox *codeCombo(QWidget *parent, const QString &any) {
    auto *c = new QComboBox(parent);
    c->addItem(any, QVariant());
    for (E e : allValues<E>())
        c->addItem(labelOf(e), int(e));
    return c;
}

/// The value chosen in a codeCombo, none for "any".
template <typename E> std::optional<E> chosen(const QComboBox *c) {
    const QVariant v = c->currentData();
    return v.isValid() ? std::optional<E>(E(v.toInt())) : std::nullopt;
}

QStandardItem *moneyItem(qint64 cents) {
    auto *i = new QStandardItem(Money::fromCents(cents).toString(QLocale()));
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    i->setData(cents, Qt::UserRole + 1);
    return i;
}

} // namespace

EarningsPane::EarningsPane(LedgerModel *ledger, LedgerTotalsModel *totals, bool finance, QWidget *parent)
    : LazyPane(parent)
    , m_ledger(ledger)
    , m_totals(totals)
    , m_finance(finance) {
    setObjectName(QStringLiteral("earnings"));
    auto *layout = new QVBoxLayout(this);

    // Filter bar.
    auto *bar = new QHBoxLayout;
    m_month = new QComboBox(this);
    m_month->addItem(tr("All months"), QDate());
    // The months arrive after the first show: grow with them ("October 20" had its year cut off).
    m_month->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_payee = new QComboBox(this);
    m_payee->addItem(tr("All payees"), QVariant());
    // Names are elided past 30 characters (the list shows them whole), rather than cut at the width
    // the box had before they arrived.
    m_payee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_payee->setMinimumContentsLength(30);
    m_eventType = codeCombo<EventType>(this, tr("All events"));
    m_entryType = codeCombo<EntryType>(this, tr("All entries"));
    m_status = codeCombo<PayoutStatus>(this, tr("Any payout status"));
    m_tier = codeCombo<LedgerTier>(this, tr("Virtual and physical"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E)); // no standard key for an export
    for (QWidget *w : {static_cast<QWidget *>(m_month), static_cast<QWidget *>(m_payee),
                       static_cast<QWidget *>(m_eventType), static_cast<QWidget *>(m_entryType),
                       static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_tier)})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(exportButton);
    PaneActions::button(this, exportButton);
    layout->addLayout(bar);
    for (QComboBox *c : {m_month, m_payee, m_eventType, m_entryType, m_status, m_tier})
        connect(c, &QComboBox::currentIndexChanged, this, &EarningsPane::emitFilter);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the ledger"), QStringLiteral("earnings.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            emit exportRequested(filter(), path);
    });

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_dataAsOf = new QLabel(this);
    m_dataAsOf->setObjectName(QStringLiteral("dataAsOf"));
    m_dataAsOf->setTextFormat(Qt::PlainText);
    m_dataAsOf->hide();
    layout->addWidget(m_dataAsOf);

    // An owner's platform fee (issue 12: "owners see the fee that applies to them").
    m_platformFee = new QLabel(this);
    m_platformFee->setObjectName(QStringLiteral("platformFee"));
    m_platformFee->setWordWrap(true);
    m_platformFee->setTextFormat(Qt::PlainText);
    m_platformFee->hide();
    layout->addWidget(m_platformFee);

    m_partnerships = new PartnershipEarningsPanel(this);
    connect(m_partnerships, &PartnershipEarningsPanel::rangeChanged, this,
            &EarningsPane::partnershipEarningsRequested);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildLedgerTab(), tr("Ledger"));
    m_tabs->addTab(m_partnerships, tr("Partnerships"));
    m_tabs->addTab(buildChartsTab(), tr("Charts"));
    if (m_finance) {
        m_tabs->addTab(buildReconciliationTab(), tr("Reconciliation"));
        m_feeRules = new FeeRulesPanel(this);
        connect(m_feeRules, &FeeRulesPanel::setFeeRuleRequested, this, &EarningsPane::setFeeRuleRequested);
        m_tabs->addTab(m_feeRules, tr("Fee rules"));
    }
    m_tabs->addTab(buildStatementsTab(), tr("Statements"));
    layout->addWidget(m_tabs, 1);
}

QWidget *EarningsPane::buildLedgerTab() {
    auto *w = new QWidget(this);
    auto *l = new QVBoxLayout(w);
    auto *split = new QSplitter(Qt::Vertical, w);
    auto *top = new QSplitter(Qt::Horizontal, split);
    m_totalsView = makeTable(top);
    m_totalsView->setModel(m_totals);
    m_totalsView->setToolTip(tr("Double-click a total to see its rows"));
    m_totalsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ledgerView = makeTable(top);
    m_ledgerView->setModel(m_ledger);
    m_ledgerView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ledgerView->setColumnWidth(LedgerModel::Payee, 190);
    // Where each amount comes from ("Rule: Virtual Consultation Fee") gets the room a row number
    // does not need.
    m_ledgerView->setColumnWidth(LedgerModel::Event, 60);
    m_ledgerView->setColumnWidth(LedgerModel::Source, 240);
    top->addWidget(m_totalsView);
    top->addWidget(m_ledgerView);
    top->setStretchFactor(1, 3);
    // The totals never cut ("1 721 6" in French): when their columns grow, the splitter gives the
    // view their width (up to half of it; the ledger takes what a resize adds or removes).
    connect(m_totalsView->horizontalHeader(), &QHeaderView::sectionResized, top, [this, top] {
        const int needed = m_totalsView->horizontalHeader()->length() + 2 * m_totalsView->frameWidth() +
                           m_totalsView->verticalScrollBar()->sizeHint().width();
        QList<int> sizes = top->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (sizes.size() != 2 || total <= 0 || sizes.at(0) >= needed)
            return;
        sizes[0] = std::min(needed, total / 2);
        sizes[1] = total - sizes[0];
        top->setSizes(sizes);
    });
    auto *bottom = new QWidget(split);
    auto *bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    m_splitTitle = new QLabel(tr("Select a row to see the split of its event."), bottom);
    m_splitTitle->setWordWrap(true);
    m_splitModel = new QStandardItemModel(0, 7, this);
    m_splitModel->setHorizontalHeaderLabels(
        {tr("Entry"), tr("Party"), tr("Payee"), tr("Amount"), tr("Source"), tr("GST/HST"), tr("Payout")});
    m_splitView = makeTable(bottom);
    m_splitView->setModel(m_splitModel);
    m_splitView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_splitTitle, 1);
    if (m_finance) {
        // A bay-rental or membership charge is voided by a reversal entry, never edited.
        m_voidCharge = new QPushButton(tr("Void charge…"), bottom);
        m_voidCharge->setObjectName(QStringLiteral("voidCharge"));
        m_voidCharge->setToolTip(tr("Cancel the selected bay rental or membership charge with a reversal "
                                    "entry (a reason is required)"));
        m_voidCharge->setEnabled(false);
        titleRow->addWidget(m_voidCharge);
        PaneActions::button(this, m_voidCharge);
        connect(m_voidCharge, &QPushButton::clicked, this, [this] {
            if (!m_currentEvent)
                return;
            const EventRef charge = *m_currentEvent;
            bool ok = false;
            const QString reason = QInputDialog::getText(
                this, tr("Void charge"),
                tr("Why is %1 #%2 voided? (required)").arg(labelOf(charge.eventType)).arg(charge.eventId),
                QLineEdit::Normal, {}, &ok);
            if (!ok)
                return;
            if (reason.trimmed().isEmpty())
                return showMessage(tr("A charge is voided only with a reason."), true);
            emit voidChargeRequested(charge.eventType, charge.eventId, reason.trimmed());
        });
    }
    bl->addLayout(titleRow);
    bl->addWidget(m_splitView);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    l->addWidget(split);
    connect(m_totalsView, &QTableView::activated, this, &EarningsPane::onTotalActivated);
    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onLedgerCurrentChanged(current); });
    return w;
}

QWidget *EarningsPane::buildChartsTab() {
    auto *w = new QWidget(this);
    auto *l = new QHBoxLayout(w);
    m_revenueChart = new QChartView(new QChart, w);
    m_revenueChart->chart()->setTitle(tr("Platform revenue by month"));
    m_revenueChart->setRenderHint(QPainter::Antialiasing);
    m_payeeChart = new QChartView(new QChart, w);
    m_payeeChart->chart()->setTitle(tr("Choose a payee to see 12 months of earnings"));
    m_payeeChart->setRenderHint(QPainter::Antialiasing);
    SemanticColors::of(this).style(m_revenueChart->chart());
    SemanticColors::of(this).style(m_payeeChart->chart());
    l->addWidget(m_revenueChart, 3);
    l->addWidget(m_payeeChart, 2);
    return w;
}

QWidget *EarningsPane::buildReconciliationTab() {
    auto *w = new QWidget(this);
    auto *l = new QVBoxLayout(w);
    auto *bar = new QHBoxLayout;
    m_diffSummary = new QLabel(tr("Choose a month and reconcile."), w);
    m_diffSummary->setObjectName(QStringLiteral("differencesSummary"));
    m_diffSummary->setWordWrap(true);
    auto *reconcile = new QPushButton(tr("Reconcile month"), w);
    reconcile->setObjectName(QStringLiteral("reconcileMonth"));
    reconcile->setShortcut(QKeySequence::Refresh); // reconciling reads the month again
    auto *schedule = new QPushButton(tr("Schedule payouts…"), w);
    auto *paid = m_markPaid = new QPushButton(tr("Mark paid…"), w);
    paid->setObjectName(QStringLiteral("markPaid"));
    auto *failed = m_markFailed = new QPushButton(tr("Mark failed…"), w);
    failed->setObjectName(QStringLiteral("markFailed"));
    bar->addWidget(m_diffSummary, 1);
    bar->addWidget(reconcile);
    bar->addWidget(schedule);
    bar->addWidget(paid);
    bar->addWidget(failed);
    l->addLayout(bar);
    // Completed events missing from the ledger: posted through the database's split (one call per
    // event), the refused ones listed with why.
    auto *postBar = new QHBoxLayout;
    m_postSelected = new QPushButton(tr("Post selected"), w);
    m_postSelected->setObjectName(QStringLiteral("postSelected"));
    m_postSelected->setToolTip(tr("Post the selected completed events that are missing from the ledger"));
    m_postAll = new QPushButton(tr("Post all missing"), w);
    m_postAll->setObjectName(QStringLiteral("postAllMissing"));
    m_postAll->setToolTip(tr("Post every completed event of the month that is missing from the ledger"));
    m_postProgress = new QProgressBar(w);
    m_postProgress->hide();
    m_postCancel = new QPushButton(tr("Stop posting"), w);
    m_postCancel->hide();
    postBar->addWidget(m_postSelected);
    postBar->addWidget(m_postAll);
    PaneActions::separator(this);
    PaneActions::buttons(this, {reconcile, schedule, paid, failed, m_postSelected, m_postAll, m_postCancel});
    postBar->addWidget(m_postProgress, 1);
    postBar->addWidget(m_postCancel);
    postBar->addStretch();
    l->addLayout(postBar);
    m_diffModel = new QStandardItemModel(0, 6, this);
    m_diffModel->setHorizontalHeaderLabels(
        {tr("Cause"), tr("Event"), tr("Payout"), tr("Expected"), tr("Actual"), tr("Detail")});
    m_diffView = makeTable(w);
    m_diffView->setModel(m_diffModel);
    m_diffView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_payoutModel = new QStandardItemModel(0, 5, this);
    m_payoutModel->setHorizontalHeaderLabels(
        {tr("Payout"), tr("Payee"), tr("Amount"), tr("Status"), tr("Reference / reason")});
    m_payoutView = makeTable(w);
    m_payoutView->setObjectName(QStringLiteral("payoutsView"));
    m_payoutView->setModel(m_payoutModel);
    // Only a scheduled payout is marked paid or failed (the database refuses the others).
    auto updatePayoutButtons = [this] {
        const QModelIndex i = m_payoutView->currentIndex();
        const bool scheduled = i.isValid() && i.row() < m_payoutRows.size() &&
                               m_payoutRows.at(i.row()).status == PayoutStatus::Scheduled;
        m_markPaid->setEnabled(scheduled);
        m_markFailed->setEnabled(scheduled);
    };
    connect(m_payoutView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            updatePayoutButtons);
    connect(m_payoutModel, &QAbstractItemModel::rowsRemoved, this, updatePayoutButtons);
    connect(m_payoutModel, &QAbstractItemModel::rowsInserted, this, updatePayoutButtons);
    updatePayoutButtons();
    // A right click on a payout: mark it, as the buttons do.
    RowMenu::install(m_payoutView, {PaneActions::button(this, paid), PaneActions::button(this, failed)},
                     {PaneActions::button(this, schedule)});
    auto *split = new QSplitter(Qt::Vertical, w);
    split->addWidget(m_diffView);
    split->addWidget(m_payoutView);
    l->addWidget(split, 1);
    connect(reconcile, &QPushButton::clicked, this, [this] { emit reconcileRequested(selectedMonth()); });
    connect(m_postSelected, &QPushButton::clicked, this, [this] {
        QList<EventRef> events;
        const QModelIndexList rows = m_diffView->selectionModel()->selectedRows();
        for (const QModelIndex &i : rows) {
            if (i.row() >= m_differences.size())
                continue;
            const Difference &d = m_differences[i.row()];
            if (d.cause == DifferenceCause::MissingLedger && d.eventType &&
                (*d.eventType == EventType::Session || *d.eventType == EventType::Escalation))
                events << EventRef{*d.eventType, d.eventId};
        }
        std::sort(events.begin(), events.end(), [](const EventRef &a, const EventRef &b) {
            return std::pair(int(a.eventType), a.eventId) < std::pair(int(b.eventType), b.eventId);
        });
        if (events.isEmpty())
            return showMessage(tr("Select sessions or escalated repairs missing from the ledger (reconcile "
                                  "the month first)."),
                               true);
        emit postEventsRequested(events);
    });
    connect(m_postAll, &QPushButton::clicked, this,
            [this] { emit postAllMissingRequested(selectedMonth()); });
    connect(m_postCancel, &QPushButton::clicked, this, &EarningsPane::cancelPostRequested);
    connect(schedule, &QPushButton::clicked, this,
            [this] { emit schedulePayoutsRequested(selectedMonth()); });
    auto current = [this]() -> const PayoutRow * {
        const QModelIndex i = m_payoutView->currentIndex();
        return i.isValid() && i.row() < m_payoutRows.size() ? &m_payoutRows[i.row()] : nullptr;
    };
    connect(paid, &QPushButton::clicked, this, [this, current] {
        if (const PayoutRow *p = current()) {
            bool ok = false;
            const QString ref = QInputDialog::getText(this, tr("Mark paid"), tr("Processor reference:"),
                                                      QLineEdit::Normal, {}, &ok);
            if (ok)
                emit markPaidRequested(p->id, p->version, ref);
        }
    });
    connect(failed, &QPushButton::clicked, this, [this, current] {
        if (const PayoutRow *p = current()) {
            bool ok = false;
            const QString why =
                QInputDialog::getText(this, tr("Mark failed"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
            if (ok)
                emit markFailedRequested(p->id, p->version, why);
        }
    });
    return w;
}

QWidget *EarningsPane::buildStatementsTab() {
    auto *w = new QWidget(this);
    auto *l = new QVBoxLayout(w);
    auto *info = new QLabel(
        tr("Statements are issued per mechanic and per workshop for the month chosen above, in the "
           "payee's language (French for Quebec)."),
        w);
    info->setWordWrap(true);
    auto *preview = new QPushButton(tr("Preview and print the payee's statement…"), w);
    preview->setShortcut(QKeySequence::Print);
    m_batch = new QPushButton(tr("Save all statements of the month…"), w);
    m_progress = new QProgressBar(w);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), w);
    m_cancel->hide();
    l->addWidget(info);
    l->addWidget(preview);
    l->addWidget(m_batch);
    PaneActions::separator(this);
    PaneActions::buttons(this, {preview, m_batch, m_cancel});
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    l->addLayout(row);
    l->addStretch();
    connect(preview, &QPushButton::clicked, this, [this] {
        if (const auto p = currentPayee())
            emit statementPreviewRequested(selectedMonth(), *p);
        else
            showMessage(tr("Choose a payee in the filter bar first."), true);
    });
    connect(m_batch, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Save the statements in"));
        if (!dir.isEmpty())
            emit statementsBatchRequested(selectedMonth(), dir);
    });
    connect(m_cancel, &QPushButton::clicked, this, &EarningsPane::cancelBatchRequested);
    return w;
}

std::optional<Payee> EarningsPane::currentPayee() const {
    const QString key = m_payee->currentData().toString();
    for (const Payee &p : m_payees)
        if (p.key() == key)
            return p;
    return std::nullopt;
}

LedgerFilter EarningsPane::filter() const {
    LedgerFilter f;
    f.month = m_month->currentData().toDate();
    if (const auto p = currentPayee()) {
        (p->party == Party::Workshop ? f.workshopId : f.mechanicId) = p->id;
    }
    f.eventType = chosen<EventType>(m_eventType);
    f.entryType = chosen<EntryType>(m_entryType);
    f.payoutStatus = chosen<PayoutStatus>(m_status);
    f.serviceTier = chosen<LedgerTier>(m_tier);
    return f;
}

QDate EarningsPane::selectedMonth() const {
    const QDate d = m_month->currentData().toDate();
    if (d.isValid())
        return d;
    return m_month->count() > 1 ? m_month->itemData(1).toDate()
                                : QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1);
}

void EarningsPane::emitFilter() {
    const LedgerFilter f = filter();
    emit filterChanged(f);
    if (const auto p = currentPayee())
        emit payeeChartRequested(*p);
}

void EarningsPane::setMonths(const QList<QDate> &months) {
    const QSignalBlocker block(m_month);
    const QDate keep = m_month->currentData().toDate();
    while (m_month->count() > 1)
        m_month->removeItem(1);
    const QLocale locale;
    for (const QDate &m : months)
        m_month->addItem(locale.standaloneMonthName(m.month()) + u' ' + QString::number(m.year()), m);
    const int i = m_month->findData(keep);
    m_month->setCurrentIndex(i < 0 ? 0 : i);
    m_partnerships->setMonths(months);
}

void EarningsPane::setPayees(const QList<Payee> &payees) {
    const QSignalBlocker block(m_payee);
    m_payees = payees;
    while (m_payee->count() > 1)
        m_payee->removeItem(1);
    for (const Payee &p : payees)
        m_payee->addItem((p.party == Party::Workshop ? tr("Workshop: %1") : tr("Mechanic: %1")).arg(p.name),
                         p.key());
    if (m_feeRules)
        m_feeRules->setWorkshops(payees);
    QHash<qint64, QString> workshops;
    for (const Payee &p : payees)
        if (p.party == Party::Workshop)
            workshops.insert(p.id, p.name);
    m_partnerships->setWorkshopNames(workshops);
}

void EarningsPane::setFeeRules(const QList<FeeRuleRow> &rules, qint64 selectId) {
    if (!m_feeRules)
        return;
    m_feeRules->setRules(rules);
    if (selectId)
        m_feeRules->selectRule(selectId);
}

void EarningsPane::setWorkshopFees(const QList<WorkshopFee> &fees) {
    const QLocale locale;
    QStringList lines;
    for (const WorkshopFee &f : fees) {
        const QString fee = BasisPoints(f.feeBp).toString(locale);
        const QString since = locale.toString(f.effectiveFrom, QLocale::ShortFormat);
        const QString rule = localizedName(f.ruleName, f.ruleNameFr);
        QString line =
            fees.size() == 1
                ? tr("Platform fee on your sessions: %1 (rule “%2”, since %3)").arg(fee, rule, since)
                : tr("Platform fee on the sessions of %1: %2 (rule “%3”, since %4)")
                      .arg(f.workshopName, fee, rule, since);
        if (f.effectiveTo.isValid())
            line += u' ' + tr("— until %1; a new version follows.")
                               .arg(locale.toString(f.effectiveTo.addDays(-1), QLocale::ShortFormat));
        lines << line;
    }
    m_platformFee->setText(lines.join(u'\n'));
    m_platformFee->setStyleSheet(SemanticColors::of(this).bannerStyle(SemanticColors::Role::Info) +
                                 QStringLiteral(" padding: 4px 6px; border-radius: 4px;"));
    m_platformFee->setVisible(!lines.isEmpty());
}

void EarningsPane::setPartnershipEarnings(const QList<PartnershipEarningsRow> &rows) {
    m_partnerships->setRows(rows);
}

void EarningsPane::onTotalActivated(const QModelIndex &index) {
    // Drill down: total → its rows (the entry-type filter).
    const QVariant entry = index.data(LedgerTotalsModel::EntryTypeRole);
    const int i = entry.isValid() ? m_entryType->findData(entry.toInt()) : 0;
    m_entryType->setCurrentIndex(i < 0 ? 0 : i);
    m_ledgerView->setFocus();
}

void EarningsPane::onLedgerCurrentChanged(const QModelIndex &index) {
    if (!index.isValid()) {
        m_currentEvent.reset();
        updateVoidCharge();
        return;
    }
    const EventRef event{EventType(index.data(LedgerModel::EventTypeRole).toInt()),
                         index.data(LedgerModel::EventIdRole).toLongLong()};
    m_currentEvent = event;
    updateVoidCharge();
    emit eventSelected(event.eventType, event.eventId);
}

void EarningsPane::updateVoidCharge() {
    if (!m_voidCharge)
        return;
    m_voidCharge->setEnabled(m_currentEvent && (m_currentEvent->eventType == EventType::BayRental ||
                                                m_currentEvent->eventType == EventType::Membership));
}

void EarningsPane::setSplit(const QList<LedgerRow> &rows) {
    m_splitModel->removeRows(0, m_splitModel->rowCount());
    qint64 sum = 0;
    for (const LedgerRow &r : rows) {
        sum += r.amountCents;
        m_splitModel->appendRow({new QStandardItem(labelOf(r.entryType)), new QStandardItem(labelOf(r.party)),
                                 new QStandardItem(r.payeeName), moneyItem(r.amountCents),
                                 new QStandardItem(LedgerModel::sourceText(r.source)),
                                 r.gstHstCents ? moneyItem(r.gstHstCents) : new QStandardItem(),
                                 new QStandardItem(labelOf(r.payoutStatus))});
    }
    if (!rows.isEmpty())
        m_splitTitle->setText(tr("%1 #%2: gross %3, parts add up to %4")
                                  .arg(labelOf(rows.first().eventType))
                                  .arg(rows.first().eventId)
                                  .arg(Money::fromCents(rows.first().grossCents).toString(QLocale()),
                                       Money::fromCents(sum).toString(QLocale())));
}

void EarningsPane::setPlatformRevenue(const QList<MonthlyRevenue> &months) {
    QChart *chart = m_revenueChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    auto *virt = new QBarSet(tr("Virtual"));
    auto *phys = new QBarSet(tr("Physical"));
    QList<QDate> labels;
    qint64 max = 0;
    for (const MonthlyRevenue &m : months) {
        // Axis values in dollars (display only; the amounts stay integer cents everywhere else).
        *virt << double(m.virtualCents) / 100.0;
        *phys << double(m.physicalCents) / 100.0;
        labels << m.month;
        max = std::max(max, m.virtualCents + m.physicalCents);
    }
    auto *series = new QStackedBarSeries;
    series->append(virt);
    series->append(phys);
    chart->addSeries(series);
    QBarCategoryAxis *x = monthAxis(labels);
    auto *y = new QValueAxis;
    y->setRange(0, double(max) / 100.0 * 1.1 + 1);
    setUpMoneyAxis(chart, y);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(tr("Platform revenue by month (virtual vs physical)"));
    SemanticColors::of(this).style(chart);
}

void EarningsPane::setPayeeMonths(const QString &payeeName, const QList<QPair<QDate, qint64>> &months) {
    QChart *chart = m_payeeChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    auto *set = new QBarSet(payeeName);
    QList<QDate> labels;
    qint64 max = 0, min = 0;
    for (const auto &m : months) {
        *set << double(m.second) / 100.0;
        labels << m.first;
        max = std::max(max, m.second);
        min = std::min(min, m.second);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    QBarCategoryAxis *x = monthAxis(labels);
    auto *y = new QValueAxis;
    y->setRange(double(min) / 100.0 * 1.1, double(max) / 100.0 * 1.1 + 1);
    setUpMoneyAxis(chart, y);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(tr("%1: net earnings, last 12 months").arg(payeeName));
    SemanticColors::of(this).style(chart);
}

void EarningsPane::setDifferences(const QList<Difference> &differences) {
    if (!m_diffModel)
        return;
    m_differences = differences;
    m_diffModel->removeRows(0, m_diffModel->rowCount());
    for (const Difference &d : differences) {
        // The cause says what is wrong; a failed payout adds the reason finance typed, an event the
        // database refused to post says why.
        QString detail = d.cause == DifferenceCause::PayoutFailed ? d.detail : QString();
        if (d.eventType)
            detail = m_postErrors.value(toCode(*d.eventType) + u':' + QString::number(d.eventId), detail);
        auto *detailItem = new QStandardItem(detail);
        detailItem->setToolTip(detail);
        m_diffModel->appendRow(
            {new QStandardItem(labelOf(d.cause)),
             new QStandardItem(d.eventType
                                   ? QStringLiteral("%1 #%2").arg(labelOf(*d.eventType)).arg(d.eventId)
                                   : QString()),
             new QStandardItem(d.payoutId ? QStringLiteral("#%1").arg(d.payoutId) : QString()),
             moneyItem(d.expectedCents), moneyItem(d.actualCents), detailItem});
    }
    m_reconciled = true;
    updateDiffSummary();
}

QString EarningsPane::differencesSummary(const QList<Difference> &differences,
                                         const QList<PayoutRow> &payouts) {
    // A failed payout whose rows wait to be paid again is a difference; one whose rows went into a
    // later batch is not, but it is listed below: the summary says so rather than "No differences"
    // over a failed payout.
    int failedListed = 0;
    for (const PayoutRow &p : payouts)
        failedListed += p.status == PayoutStatus::Failed;
    if (!differences.isEmpty())
        return tr("%n difference(s) to resolve.", nullptr, int(differences.size()));
    if (failedListed > 0)
        return tr("No differences in the ledger; %n failed payout(s) below, their rows scheduled again in a "
                  "later batch.",
                  nullptr, failedListed);
    return tr("No differences: gross = platform + workshops + mechanics + referrals for every event, and "
              "payouts match the ledger.");
}

void EarningsPane::updateDiffSummary() {
    if (m_reconciled)
        m_diffSummary->setText(differencesSummary(m_differences, m_payoutRows));
}

void EarningsPane::setPayouts(const QList<PayoutRow> &payouts) {
    if (!m_payoutModel)
        return;
    m_payoutRows = payouts;
    m_payoutModel->removeRows(0, m_payoutModel->rowCount());
    for (const PayoutRow &p : payouts)
        m_payoutModel->appendRow(
            {new QStandardItem(QStringLiteral("#%1").arg(p.id)), new QStandardItem(p.payeeName),
             moneyItem(p.amountCents), new QStandardItem(labelOf(p.status)),
             new QStandardItem(p.status == PayoutStatus::Failed ? p.failureReason : p.reference)});
    updateDiffSummary();
}

void EarningsPane::setUpStatementPrinter(QPrinter &printer, const QString &documentName) {
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(documentName);
}

void EarningsPane::paintStatementPreview(QPrinter *printer, const StatementData &s) {
    // The PDF's paint code: it lays out in points and scales to the printer's resolution itself
    // (scaling here as well drew every glyph resolution/72 times too large).
    QPainter painter(printer);
    StatementRenderer::paint(painter, *printer, s, {});
}

void EarningsPane::showStatementPreview(const StatementData &s, const QString &documentName) {
    openPrintPreview(
        this, tr("Statement — %1").arg(s.payeeName), [s](QPrinter *p) { paintStatementPreview(p, s); },
        [documentName](QPrinter &printer) { setUpStatementPrinter(printer, documentName); });
}

void EarningsPane::setPostProgress(int done, int total) {
    if (!m_postProgress)
        return;
    if (done == 0)
        m_postErrors.clear();
    m_postProgress->show();
    m_postCancel->show();
    m_postSelected->setEnabled(false);
    m_postAll->setEnabled(false);
    m_postProgress->setRange(0, std::max(total, 1));
    m_postProgress->setValue(done);
    m_postProgress->setFormat(tr("%1 of %2 events").arg(done).arg(total));
}

void EarningsPane::setPostFinished(const QString &summary, const QList<QPair<EventRef, QString>> &refused) {
    if (!m_postProgress)
        return;
    m_postProgress->hide();
    m_postCancel->hide();
    m_postSelected->setEnabled(true);
    m_postAll->setEnabled(true);
    m_postErrors.clear();
    for (const auto &[event, why] : refused)
        m_postErrors.insert(toCode(event.eventType) + u':' + QString::number(event.eventId), why);
    showMessage(summary, !refused.isEmpty());
    setDifferences(m_differences); // the refusals in the Detail column
}

void EarningsPane::setBatchProgress(int done, int total) {
    m_progress->show();
    m_cancel->show();
    m_batch->setEnabled(false);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void EarningsPane::setBatchFinished(const QString &message) {
    m_progress->hide();
    m_cancel->hide();
    m_batch->setEnabled(true);
    showMessage(message);
}

void EarningsPane::showMessage(const QString &message, bool error) {
    m_message->setText(message);
    m_message->setStyleSheet(error ? SemanticColors::of(this).textStyle(SemanticColors::Role::Error)
                                   : QString());
    m_message->setVisible(!message.isEmpty());
}

void EarningsPane::setDataAsOf(const QString &text) {
    m_dataAsOf->setText(text);
    m_dataAsOf->setVisible(!text.isEmpty());
}

} // namespace adesk
