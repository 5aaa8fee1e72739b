#include "views/roster/rosterpane.h"

#include "models/roster/invitationmodel.h"
#include "models/roster/rosterfiltermodel.h"
#include "models/roster/rostermodel.h"
#include "views/common/paneactions.h"
#include "views/common/pluralsuffix.h"
#include "views/common/rowmenu.h"
#include "views/common/semanticcolors.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
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
} // namespace

RosterPane::RosterPane(RosterModel *roster, InvitationModel *invitations, QWidget *parent)
    : LazyPane(parent)
    , m_roster(roster)
    , m_invitations(invitations)
    , m_filter(new RosterFilterModel(this)) {
    m_filter->setSourceModel(roster);
    auto *v = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_workshop = new QComboBox;
    m_workshop->setObjectName(QStringLiteral("rosterWorkshop"));
    m_workshop->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workshop->setMinimumContentsLength(24);
    m_workshop->setVisible(false);
    m_workshopName = new QLabel;
    m_workshopName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setPlaceholderText(tr("Search name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_show = new QComboBox;
    m_show->setObjectName(QStringLiteral("rosterShow"));
    m_show->addItem(tr("All mechanics"), int(RosterFilterModel::Show::All));
    m_show->addItem(tr("Physical work allowed"), int(RosterFilterModel::Show::PhysicalWork));
    m_show->addItem(tr("Documents missing"), int(RosterFilterModel::Show::DocumentsMissing));
    top->addWidget(m_workshop);
    top->addWidget(m_workshopName);
    top->addWidget(m_search, 1);
    top->addWidget(m_show);
    v->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical);
    m_rosterView = newTable(QStringLiteral("rosterView"));
    m_rosterView->setModel(m_filter);
    m_rosterView->setSortingEnabled(true);
    m_rosterView->sortByColumn(RosterModel::Mechanic, Qt::AscendingOrder);
    split->addWidget(m_rosterView);

    auto *invBox = new QGroupBox(tr("Invitations"));
    auto *iv = new QVBoxLayout(invBox);
    m_invitationsView = newTable(QStringLiteral("invitationsView"));
    m_invitationsView->setModel(invitations);
    iv->addWidget(m_invitationsView);
    split->addWidget(invBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_invite = new QPushButton(tr("&Invite mechanic…"));
    m_invite->setObjectName(QStringLiteral("inviteMechanic"));
    m_revoke = new QPushButton(tr("&Revoke invitation…"));
    m_revoke->setObjectName(QStringLiteral("revokeInvitation"));
    m_unlink = new QPushButton(tr("&Unlink mechanic…"));
    m_unlink->setObjectName(QStringLiteral("unlinkMechanic"));
    m_link = new QPushButton(tr("&Link mechanic…"));
    m_link->setObjectName(QStringLiteral("linkMechanic"));
    m_link->setVisible(false);
    buttons->addWidget(m_invite);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    v->addLayout(buttons);
    PaneActions::buttons(this, {m_invite, m_revoke, m_unlink, m_link});
    // A right click on a mechanic offers what the buttons do for them; on an invitation, revoking it.
    RowMenu::install(m_rosterView, {PaneActions::button(this, m_unlink)},
                     {PaneActions::button(this, m_invite), PaneActions::button(this, m_link)});
    RowMenu::install(m_invitationsView, {PaneActions::button(this, m_revoke)},
                     {PaneActions::button(this, m_invite)});
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("rosterMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, m_filter, &RosterFilterModel::setText);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(RosterFilterModel::Show(m_show->currentData().toInt())); });
    connect(m_workshop, &QComboBox::currentIndexChanged, this, [this] {
        m_workshopName->setText(m_workshop->currentText());
        emit workshopChanged(currentWorkshop());
    });
    connect(m_rosterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RosterPane::updateButtons);
    connect(m_invitationsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RosterPane::updateButtons);
    for (QAbstractItemModel *m :
         {static_cast<QAbstractItemModel *>(m_filter), static_cast<QAbstractItemModel *>(invitations)})
        connect(m, &QAbstractItemModel::modelReset, this, [this] {
            m_rosterView->resizeColumnsToContents();
            m_invitationsView->resizeColumnsToContents();
            updateButtons();
        });
    connect(m_invite, &QPushButton::clicked, this, &RosterPane::askInvite);
    connect(m_revoke, &QPushButton::clicked, this, &RosterPane::askRevoke);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentMechanic())
            emit unlinkRequested(id);
    });
    connect(m_link, &QPushButton::clicked, this, &RosterPane::linkRequested);
    updateButtons();
}

void RosterPane::setAdmin(bool admin) {
    m_admin = admin;
    m_link->setVisible(admin);
    m_workshop->setVisible(admin);
    m_workshopName->setVisible(!admin);
}

void RosterPane::setWorkshops(const QList<WorkshopRef> &workshops, qint64 current) {
    {
        const QSignalBlocker block(m_workshop);
        m_workshop->clear();
        for (const WorkshopRef &w : workshops)
            m_workshop->addItem(w.name, w.id);
        const int i = m_workshop->findData(current);
        m_workshop->setCurrentIndex(i < 0 ? 0 : i);
    }
    m_workshopName->setText(m_workshop->currentText());
    m_workshop->setVisible(m_admin || workshops.size() > 1);
    m_workshopName->setVisible(!m_workshop->isVisible());
    updateButtons();
}

qint64 RosterPane::currentWorkshop() const {
    return m_workshop->currentData().toLongLong();
}

qint64 RosterPane::currentMechanic() const {
    return m_rosterView->currentIndex().data(RosterModel::IdRole).toLongLong();
}

void RosterPane::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_message->setText(text);
}

void RosterPane::updateButtons() {
    const bool haveWorkshop = currentWorkshop() > 0;
    m_invite->setEnabled(haveWorkshop);
    m_link->setEnabled(haveWorkshop);
    m_unlink->setEnabled(haveWorkshop && currentMechanic() > 0);
    m_revoke->setEnabled(m_invitationsView->currentIndex().data(InvitationModel::RevocableRole).toBool());
}

void RosterPane::askInvite() {
    QDialog d(this);
    d.setWindowTitle(tr("Invite a mechanic"));
    auto *form = new QFormLayout(&d);
    auto *intro = new QLabel(tr("The platform e-mails a link to this address. The mechanic joins your roster "
                                "when they accept it; physical work starts once their compliance documents "
                                "are approved."));
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *email = new QLineEdit;
    email->setObjectName(QStringLiteral("inviteEmail"));
    email->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")), email));
    auto *days = new QSpinBox;
    days->setObjectName(QStringLiteral("inviteDays"));
    days->setRange(1, 90);
    days->setValue(14);
    setPluralSuffix(days, [](int n) { return tr(" day(s)", "spin box suffix after the number", n); });
    form->addRow(tr("&E-mail:"), email);
    form->addRow(tr("&Valid for:"), days);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("Send invitation"));
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(email, &QLineEdit::textChanged, &d,
            [=] { box->button(QDialogButtonBox::Ok)->setEnabled(email->hasAcceptableInput()); });
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(box);
    if (d.exec() == QDialog::Accepted)
        emit inviteRequested(currentWorkshop(), email->text().trimmed(), days->value());
}

void RosterPane::askRevoke() {
    const QModelIndex i = m_invitationsView->currentIndex();
    const InvitationRow *r = m_invitations->rowAt(i.row());
    if (!r || r->status != InvitationStatus::Pending)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Revoke invitation"),
        tr("Revoke the invitation to %1? Its link stops working. Reason (optional):").arg(r->email),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        emit revokeRequested(r->id, r->rowVersion, reason.trimmed());
}

void RosterPane::askUnlink(qint64 mechanicId, int rowVersion, const QString &name,
                           const QList<BookingAhead> &bookings) {
    QDialog d(this);
    d.setObjectName(QStringLiteral("unlinkDialog"));
    d.setWindowTitle(tr("Unlink %1").arg(name));
    auto *v = new QVBoxLayout(&d);
    auto *intro = new QLabel(
        bookings.isEmpty()
            ? tr("%1 leaves the roster: independent again, virtual work only, no physical work at the "
                 "workshop.")
                  .arg(name)
            : tr("%1 leaves the roster: independent again, virtual work only. These %n booking(s) ahead at "
                 "the workshop will be cancelled, and the mechanic told why:",
                 nullptr, int(bookings.size()))
                  .arg(name));
    intro->setWordWrap(true);
    v->addWidget(intro);
    QList<qint64> ids;
    if (!bookings.isEmpty()) {
        auto *list = new QListWidget;
        list->setObjectName(QStringLiteral("unlinkBookings"));
        for (const BookingAhead &b : bookings) {
            const QDateTime start = b.start.toTimeZone(m_roster->zone());
            const QDateTime end = b.end.toTimeZone(m_roster->zone());
            list->addItem(tr("%1 %2–%3, %4 (booking %5)")
                              .arg(QLocale().toString(start.date(), QLocale::ShortFormat),
                                   QLocale().toString(start.time(), QLocale::ShortFormat),
                                   QLocale().toString(end.time(), QLocale::ShortFormat), b.bayName)
                              .arg(b.id));
            ids << b.id;
        }
        v->addWidget(list);
    }
    auto *form = new QFormLayout;
    auto *reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("unlinkReason"));
    reason->setPlaceholderText(tr("Told to the mechanic"));
    form->addRow(tr("&Reason:"), reason);
    v->addLayout(form);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)
        ->setText(bookings.isEmpty() ? tr("Unlink") : tr("Cancel bookings and unlink"));
    box->button(QDialogButtonBox::Ok)->setEnabled(bookings.isEmpty());
    connect(reason, &QLineEdit::textChanged, &d, [=, &bookings] {
        box->button(QDialogButtonBox::Ok)
            ->setEnabled(bookings.isEmpty() || !reason->text().trimmed().isEmpty());
    });
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    v->addWidget(box);
    if (d.exec() == QDialog::Accepted)
        emit unlinkConfirmed(mechanicId, rowVersion, ids, reason->text().trimmed());
}

void RosterPane::askLink(const QList<LinkCandidate> &candidates) {
    if (candidates.isEmpty()) {
        showMessage(tr("Every mechanic already belongs to a workshop."), false);
        return;
    }
    QDialog d(this);
    d.setWindowTitle(tr("Link a mechanic to %1").arg(m_workshop->currentText()));
    auto *form = new QFormLayout(&d);
    auto *who = new QComboBox;
    who->setObjectName(QStringLiteral("linkCandidate"));
    who->setEditable(true);
    who->setInsertPolicy(QComboBox::NoInsert);
    for (const LinkCandidate &c : candidates)
        who->addItem(c.email.isEmpty() ? c.name : tr("%1 <%2>").arg(c.name, c.email), c.id);
    auto *reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("linkReason"));
    form->addRow(tr("&Mechanic:"), who);
    form->addRow(tr("&Reason:"), reason);
    auto *note = new QLabel(tr("The link is audited. The mechanic is approved as an account at once; "
                               "physical work waits for approved compliance documents."));
    note->setWordWrap(true);
    form->addRow(note);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, &d,
            [=] { box->button(QDialogButtonBox::Ok)->setEnabled(!reason->text().trimmed().isEmpty()); });
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(box);
    if (d.exec() == QDialog::Accepted && who->currentIndex() >= 0)
        emit linkConfirmed(who->currentData().toLongLong(), currentWorkshop(), reason->text().trimmed());
}

} // namespace adesk
