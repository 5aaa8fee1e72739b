#include "views/quotes/quotespane.h"

#include "models/common/money.h"
#include "models/partnerships/partnershiptypes.h"
#include "models/quotes/leadmodel.h"
#include "models/quotes/quotemodel.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adesk {

namespace {
QTableView *newTable(const QString &objectName) {
    auto *v = new QTableView;
    v->setObjectName(objectName);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setWordWrap(false);
    return v;
}

/// Leads of one status (empty: every status) or open ones ("open").
class LeadFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatus(const QString &code) {
        m_status = code;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override {
        if (m_status.isEmpty())
            return true;
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (m_status == u"open")
            return i.data(LeadModel::OpenRole).toBool();
        return i.data(LeadModel::StatusRole).toString() == m_status;
    }

private:
    QString m_status;
};
} // namespace

QuotesPane::QuotesPane(LeadModel *leads, QuoteModel *quotes, bool readOnly, QWidget *parent)
    : LazyPane(parent)
    , m_leads(leads)
    , m_quotes(quotes)
    , m_readOnly(readOnly) {
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(
        readOnly
            ? tr("Repair leads escalated from virtual sessions and partner quotes waiting for a workshop's "
                 "approval, for every workshop. Read-only: the workshop's owners work them.")
            : tr("Repair leads your partner mechanics escalated from virtual sessions, and their quotes "
                 "waiting for your approval (over the partnership's monthly limit, or when approval is "
                 "required). Every decision is audited."));
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("quotesTabs"));
    m_tabs->addTab(buildQuotesTab(), tr("&Quotes to approve"));
    m_tabs->addTab(buildLeadsTab(), tr("&Leads"));
    v->addWidget(m_tabs, 1);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("quotesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_message);
    PaneActions::buttons(this, {m_approve, m_reject, m_contacted, m_lost});
}

QWidget *QuotesPane::buildQuotesTab() {
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    auto *split = new QSplitter(Qt::Vertical);
    m_quoteView = newTable(QStringLiteral("quotesPending"));
    m_quoteView->setModel(m_quotes);
    split->addWidget(m_quoteView);
    auto *detail = new QWidget;
    auto *dv = new QVBoxLayout(detail);
    dv->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("quoteSummary"));
    m_summary->setWordWrap(true);
    dv->addWidget(m_summary);
    m_lines = new QTableWidget(0, 4);
    m_lines->setObjectName(QStringLiteral("quoteLines"));
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Quantity / time"), tr("Unit price"), tr("Amount")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    dv->addWidget(m_lines, 1);
    split->addWidget(detail);
    v->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve"));
    m_approve->setObjectName(QStringLiteral("approveQuote"));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_approve->setToolTip(tr("Send the quote to the customer (Ctrl+Enter)"));
    m_reject = new QPushButton(tr("&Reject…"));
    m_reject->setObjectName(QStringLiteral("rejectQuote"));
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    m_reject->setToolTip(tr("Reject the quote with a reason (Ctrl+Backspace)"));
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_approve->setVisible(!m_readOnly);
    m_reject->setVisible(!m_readOnly);

    connect(m_quoteView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuotesPane::showQuote);
    connect(m_quotes, &QAbstractItemModel::modelReset, this, [this] {
        m_quoteView->resizeColumnsToContents();
        if (m_quotes->rowCount() > 0)
            m_quoteView->setCurrentIndex(m_quotes->index(0, 0));
        showQuote();
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { askDecision(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { askDecision(false); });
    showQuote();
    return page;
}

QWidget *QuotesPane::buildLeadsTab() {
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("leadStatusFilter"));
    m_filter->addItem(tr("Open leads"), QStringLiteral("open"));
    m_filter->addItem(tr("All leads"), QString());
    for (const LeadStatus s : allValues<LeadStatus>())
        m_filter->addItem(labelOf(s), toCode(s));
    auto *filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addStretch(1);
    v->addLayout(top);

    auto *proxy = new LeadFilter(this);
    proxy->setSourceModel(m_leads);
    proxy->setSortRole(LeadModel::SortRole);
    m_leadProxy = proxy;
    m_leadView = newTable(QStringLiteral("leadQueue"));
    m_leadView->setModel(proxy);
    m_leadView->setSortingEnabled(true);
    m_leadView->sortByColumn(LeadModel::Received, Qt::DescendingOrder);
    v->addWidget(m_leadView, 1);

    auto *buttons = new QHBoxLayout;
    m_contacted = new QPushButton(tr("Mark &contacted"));
    m_contacted->setObjectName(QStringLiteral("leadContacted"));
    m_lost = new QPushButton(tr("Mark l&ost…"));
    m_lost->setObjectName(QStringLiteral("leadLost"));
    buttons->addWidget(m_contacted);
    buttons->addWidget(m_lost);
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_contacted->setVisible(!m_readOnly);
    m_lost->setVisible(!m_readOnly);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this, proxy] {
        proxy->setStatus(m_filter->currentData().toString());
        updateLeadButtons();
    });
    connect(m_leadView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuotesPane::updateLeadButtons);
    connect(m_leads, &QAbstractItemModel::modelReset, this, [this] {
        m_leadView->resizeColumnsToContents();
        updateLeadButtons();
    });
    connect(m_contacted, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentLeadId())
            emit leadStatusRequested(id, LeadStatus::Contacted, QString());
    });
    connect(m_lost, &QPushButton::clicked, this, &QuotesPane::askLost);
    proxy->setStatus(QStringLiteral("open"));
    updateLeadButtons();
    return page;
}

qint64 QuotesPane::currentLeadId() const {
    const QModelIndex i = m_leadView->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(LeadModel::IdRole).toLongLong() : 0;
}

void QuotesPane::updateLeadButtons() {
    const QModelIndex i = m_leadView->currentIndex();
    const QString status =
        i.isValid() ? i.siblingAtColumn(0).data(LeadModel::StatusRole).toString() : QString();
    m_contacted->setEnabled(status == toCode(LeadStatus::New));
    m_lost->setEnabled(i.isValid() && i.siblingAtColumn(0).data(LeadModel::OpenRole).toBool());
}

void QuotesPane::showQuote() {
    const QuoteRow *r = m_quotes->rowAt(m_quoteView->currentIndex().row());
    m_approve->setEnabled(r != nullptr);
    m_reject->setEnabled(r != nullptr);
    m_lines->setRowCount(0);
    if (!r) {
        m_summary->setText(tr("No quote is waiting for approval."));
        return;
    }
    m_summary->setText(tr("Quote #%1 by %2 for %3, %4. Total %5. This month: %6 (%7 before this quote). %8.")
                           .arg(r->id)
                           .arg(r->mechanicName, r->vehicle, r->workshopName,
                                Money::fromCents(r->totalCents).toString(), QuoteModel::monthText(*r),
                                Money::fromCents(r->monthBeforeCents).toString(), QuoteModel::whyText(*r)));
    m_lines->setRowCount(int(r->lines.size()));
    for (int i = 0; i < r->lines.size(); ++i) {
        const QuoteLine &l = r->lines.at(i);
        const QString qty =
            l.labour ? tr("%1 h %2 min").arg(l.minutes / 60).arg(l.minutes % 60, 2, 10, QChar(u'0'))
                     : QString::number(l.quantity);
        const QString unit = l.labour ? tr("%1 / h").arg(Money::fromCents(l.unitPriceCents).toString())
                                      : Money::fromCents(l.unitPriceCents).toString();
        const QString what =
            l.labour ? tr("Labour: %1").arg(categoryLabel(l.serviceCategory)) : l.description;
        const QStringList cells = {what, qty, unit, Money::fromCents(l.amountCents).toString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(i, c, item);
        }
    }
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void QuotesPane::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_message->setText(text);
}

void QuotesPane::askLost() {
    const qint64 id = currentLeadId();
    if (!id)
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Mark the lead lost"));
    auto *form = new QFormLayout(&d);
    auto *reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("leadLostReason"));
    form->addRow(tr("&Reason:"), reason);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("Mark lost"));
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, &d,
            [=] { box->button(QDialogButtonBox::Ok)->setEnabled(!reason->text().trimmed().isEmpty()); });
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(box);
    if (d.exec() == QDialog::Accepted)
        emit leadStatusRequested(id, LeadStatus::Lost, reason->text().trimmed());
}

void QuotesPane::askDecision(bool approve) {
    const QuoteRow *r = m_quotes->rowAt(m_quoteView->currentIndex().row());
    if (!r)
        return;
    if (approve) {
        emit decideRequested(r->id, true, QString());
        return;
    }
    QDialog d(this);
    d.setWindowTitle(tr("Reject the quote"));
    auto *form = new QFormLayout(&d);
    auto *what = new QLabel(tr("Quote #%1 by %2, %3")
                                .arg(r->id)
                                .arg(r->mechanicName, Money::fromCents(r->totalCents).toString()));
    form->addRow(what);
    auto *reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("quoteRejectReason"));
    form->addRow(tr("&Reason:"), reason);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, &d,
            [=] { box->button(QDialogButtonBox::Ok)->setEnabled(!reason->text().trimmed().isEmpty()); });
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(box);
    if (d.exec() == QDialog::Accepted)
        emit decideRequested(r->id, false, reason->text().trimmed());
}

} // namespace adesk
