#include "views/compliance/expirypane.h"

#include "models/compliance/expiryboardmodel.h"
#include "models/compliance/laggardmodel.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace adesk {

namespace {
QTableView *newTable(const QString &objectName) {
    auto *v = new QTableView;
    v->setObjectName(objectName);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setWordWrap(false);
    v->setSortingEnabled(true);
    return v;
}
} // namespace

ExpiryPane::ExpiryPane(ExpiryBoardModel *board, LaggardModel *laggards, QWidget *parent)
    : LazyPane(parent)
    , m_board(board)
    , m_laggards(laggards)
    , m_filter(new ExpiryFilterModel(this)) {
    m_filter->setSourceModel(board);
    auto *v = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("expiryTabs"));
    v->addWidget(m_tabs, 1);

    // Expiring
    auto *expiring = new QWidget;
    auto *ev = new QVBoxLayout(expiring);
    auto *top = new QHBoxLayout;
    m_within = new QButtonGroup(this);
    m_within->setExclusive(true);
    top->addWidget(new QLabel(tr("Within:")));
    for (const int days : {7, 30, 60}) {
        auto *b = new QPushButton(tr("%n day(s)", nullptr, days));
        b->setObjectName(QStringLiteral("within%1").arg(days));
        b->setCheckable(true);
        b->setChecked(days == 60);
        m_within->addButton(b, days);
        top->addWidget(b);
    }
    m_entityType = new QComboBox;
    m_entityType->setObjectName(QStringLiteral("expiryEntityType"));
    m_entityType->addItem(tr("Every entity"), -1);
    for (const auto e : {verification::EntityType::Mechanic, verification::EntityType::Workshop,
                         verification::EntityType::MobileService})
        m_entityType->addItem(verification::entityTypeLabel(e), int(e));
    m_province = new QComboBox;
    m_province->setObjectName(QStringLiteral("expiryProvince"));
    m_province->addItem(tr("Every province"), QString());
    auto *refresh = new QPushButton(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("expiryRefresh"));
    top->addSpacing(12);
    top->addWidget(m_entityType);
    top->addWidget(m_province);
    top->addStretch(1);
    top->addWidget(refresh);
    ev->addLayout(top);
    m_boardView = newTable(QStringLiteral("expiryBoardView"));
    m_boardView->setModel(m_filter);
    m_boardView->sortByColumn(ExpiryBoardModel::DaysLeft, Qt::AscendingOrder);
    // Column widths fit the rows on screen: the board re-fits them at every reload, filter and sort,
    // and fitting Qt's default 1,000 rows of 10 columns took 30 ms of the GUI thread (bench_oversight,
    // board_pane).
    m_boardView->horizontalHeader()->setResizeContentsPrecision(0);
    ev->addWidget(m_boardView, 1);
    m_boardSummary = new QLabel;
    m_boardSummary->setObjectName(QStringLiteral("expirySummary"));
    m_boardSummary->setWordWrap(true);
    ev->addWidget(m_boardSummary);
    m_tabs->addTab(expiring, tr("Expiring"));

    // Transition
    auto *transition = new QWidget;
    auto *tv = new QVBoxLayout(transition);
    auto *ttop = new QHBoxLayout;
    m_transition = new QComboBox;
    m_transition->setObjectName(QStringLiteral("transitionPeriod"));
    m_transition->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_transition->setMinimumContentsLength(40);
    m_newTransition = new QPushButton(tr("&New transition…"));
    m_newTransition->setObjectName(QStringLiteral("newTransition"));
    ttop->addWidget(new QLabel(tr("Transition:")));
    ttop->addWidget(m_transition);
    ttop->addStretch(1);
    ttop->addWidget(m_newTransition);
    tv->addLayout(ttop);
    m_transitionDates = new QLabel;
    m_transitionDates->setObjectName(QStringLiteral("transitionDates"));
    m_transitionDates->setWordWrap(true);
    tv->addWidget(m_transitionDates);
    auto *laggardSort = new QSortFilterProxyModel(this);
    laggardSort->setSourceModel(laggards);
    laggardSort->setSortRole(LaggardModel::SortRole);
    laggardSort->setSortLocaleAware(true);
    m_laggardsView = newTable(QStringLiteral("laggardsView"));
    m_laggardsView->setModel(laggardSort);
    m_laggardsView->sortByColumn(LaggardModel::Overdue, Qt::DescendingOrder);
    tv->addWidget(m_laggardsView, 1);
    m_tabs->addTab(transition, tr("Transition"));

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("expiryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_message);

    connect(m_within, &QButtonGroup::idClicked, this, &ExpiryPane::setWithinDays);
    connect(m_entityType, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEntityType(m_entityType->currentData().toInt()); });
    connect(m_province, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setProvince(m_province->currentData().toString()); });
    connect(refresh, &QPushButton::clicked, this, &ExpiryPane::refreshRequested);
    connect(m_board, &QAbstractItemModel::modelReset, this, &ExpiryPane::boardReset);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ExpiryPane::boardReset);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ExpiryPane::boardReset);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ExpiryPane::boardReset);
    connect(m_laggards, &QAbstractItemModel::modelReset, this,
            [this] { m_laggardsView->resizeColumnsToContents(); });
    connect(m_transition, &QComboBox::currentIndexChanged, this, [this] {
        showTransitionDates();
        emit transitionChanged(currentTransition());
    });
    connect(m_newTransition, &QPushButton::clicked, this, &ExpiryPane::askCreateTransition);
    // The pane's commands in the menu bar (issue 17's convention): F5 reloads the board.
    refresh->setShortcut(QKeySequence::Refresh);
    PaneActions::buttons(this, {refresh, m_newTransition});
}

qint64 ExpiryPane::currentTransition() const {
    return m_transition->currentData().toLongLong();
}

void ExpiryPane::setWithinDays(int days) {
    if (QAbstractButton *b = m_within->button(days))
        b->setChecked(true);
    m_filter->setWithinDays(days);
    boardReset();
}

void ExpiryPane::boardReset() {
    // Keep the province filter's choices in step with the data.
    const QString current = m_province->currentData().toString();
    const QStringList provinces = m_board->provinces();
    QStringList shown;
    for (int i = 1; i < m_province->count(); ++i)
        shown << m_province->itemData(i).toString();
    if (shown != provinces) {
        const QSignalBlocker block(m_province);
        m_province->clear();
        m_province->addItem(tr("Every province"), QString());
        for (const QString &p : provinces)
            m_province->addItem(p, p);
        const int i = m_province->findData(current);
        m_province->setCurrentIndex(i < 0 ? 0 : i);
        if (i < 0)
            m_filter->setProvince(QString());
    }
    int withdraws = 0, bookings = 0, partnerships = 0;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const ExpiryRow *row = m_board->rowAt(m_filter->mapToSource(m_filter->index(r, 0)).row());
        if (!row)
            continue;
        withdraws += row->withdrawsPhysicalWork ? 1 : 0;
        bookings += row->bookingsAtRisk;
        partnerships += row->partnershipsAtRisk;
    }
    m_boardSummary->setText(
        tr("%n document(s) expiring within the period", nullptr, m_filter->rowCount()) +
        tr(" — physical work withdrawn for %1, %2 booking(s) and %3 partnership(s) at risk.")
            .arg(withdraws)
            .arg(bookings)
            .arg(partnerships));
    m_boardView->resizeColumnsToContents();
}

void ExpiryPane::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_message->setText(text);
}

void ExpiryPane::setTransitions(const QList<TransitionPeriod> &periods, qint64 current) {
    m_periods = periods;
    {
        const QSignalBlocker block(m_transition);
        m_transition->clear();
        for (const TransitionPeriod &p : periods)
            m_transition->addItem(
                tr("%1 (from %2)").arg(p.name, QLocale().toString(p.startsOn, QLocale::ShortFormat)), p.id);
        const int i = m_transition->findData(current);
        m_transition->setCurrentIndex(i < 0 ? (periods.isEmpty() ? -1 : 0) : i);
    }
    showTransitionDates();
    emit transitionChanged(currentTransition());
}

void ExpiryPane::showTransitionDates() {
    const qint64 id = currentTransition();
    for (const TransitionPeriod &p : m_periods) {
        if (p.id != id)
            continue;
        const QLocale l;
        m_transitionDates->setText(tr("Started %1. Service tier to be chosen by %2; documents due by %3.")
                                       .arg(l.toString(p.startsOn, QLocale::LongFormat),
                                            l.toString(p.tierChoiceDeadline, QLocale::LongFormat),
                                            l.toString(p.documentsDeadline, QLocale::LongFormat)));
        return;
    }
    m_transitionDates->setText(m_periods.isEmpty() ? tr("No transition period yet: create one.") : QString());
}

void ExpiryPane::askCreateTransition() {
    QDialog d(this);
    d.setObjectName(QStringLiteral("newTransitionDialog"));
    d.setWindowTitle(tr("New transition period"));
    auto *form = new QFormLayout(&d);
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("transitionName"));
    name->setMaxLength(200);
    name->setText(tr("Service tier transition"));
    const QDate today = QDate::currentDate();
    auto *starts = new QDateEdit(today);
    starts->setObjectName(QStringLiteral("transitionStarts"));
    starts->setCalendarPopup(true);
    auto *tier = new QDateEdit(today.addDays(30));
    tier->setObjectName(QStringLiteral("transitionTierDeadline"));
    tier->setCalendarPopup(true);
    auto *docs = new QDateEdit(today.addDays(90));
    docs->setObjectName(QStringLiteral("transitionDocumentsDeadline"));
    docs->setCalendarPopup(true);
    connect(starts, &QDateEdit::dateChanged, &d, [tier, docs](const QDate &s) {
        tier->setDate(s.addDays(30));
        docs->setDate(s.addDays(90));
    });
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Starts on:"), starts);
    form->addRow(tr("Service tier chosen by:"), tier);
    form->addRow(tr("Documents submitted by:"), docs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return;
    emit createTransitionRequested(name->text().trimmed(), starts->date(), tier->date(), docs->date());
}

} // namespace adesk
