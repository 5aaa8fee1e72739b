#include "views/compliance/overridespane.h"

#include "models/compliance/overridemodel.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

OverridesPane::OverridesPane(OverrideModel *pending, OverrideModel *decided, QWidget *parent)
    : LazyPane(parent)
    , m_pending(pending)
    , m_decided(decided) {
    auto *v = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Approving a document flagged as potentially edited, or changing a mechanic's "
                      "service tier by hand, needs a second admin. Every step is audited."));
    intro->setWordWrap(true);
    v->addWidget(intro);

    auto *split = new QSplitter(Qt::Vertical);
    auto *pendingBox = new QGroupBox(tr("Waiting for a second admin"));
    auto *pv = new QVBoxLayout(pendingBox);
    m_pendingView = newTable(QStringLiteral("overridesPending"));
    m_pendingView->setModel(pending);
    pv->addWidget(m_pendingView);
    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(tr("&Approve…"));
    m_approve->setObjectName(QStringLiteral("approveOverride"));
    m_reject = new QPushButton(tr("&Reject…"));
    m_reject->setObjectName(QStringLiteral("rejectOverride"));
    m_tierChange = new QPushButton(tr("Request &tier change…"));
    m_tierChange->setObjectName(QStringLiteral("requestTierChange"));
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    buttons->addWidget(m_tierChange);
    pv->addLayout(buttons);
    split->addWidget(pendingBox);

    auto *decidedBox = new QGroupBox(tr("Decided"));
    auto *dv = new QVBoxLayout(decidedBox);
    m_decidedView = newTable(QStringLiteral("overridesDecided"));
    m_decidedView->setModel(decided);
    dv->addWidget(m_decidedView);
    split->addWidget(decidedBox);
    v->addWidget(split, 1);
    PaneActions::buttons(this, {m_approve, m_reject, m_tierChange});

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("overridesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_message);

    connect(m_pendingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OverridesPane::updateButtons);
    for (QAbstractItemModel *m :
         {static_cast<QAbstractItemModel *>(pending), static_cast<QAbstractItemModel *>(decided)})
        connect(m, &QAbstractItemModel::modelReset, this, [this] {
            m_pendingView->resizeColumnsToContents();
            m_decidedView->resizeColumnsToContents();
            if (!m_pendingView->currentIndex().isValid() && m_pending->rowCount() > 0)
                m_pendingView->setCurrentIndex(m_pending->index(0, 0));
            updateButtons();
        });
    connect(m_approve, &QPushButton::clicked, this, [this] { askDecision(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { askDecision(false); });
    connect(m_tierChange, &QPushButton::clicked, this, &OverridesPane::tierChangeRequested);
    updateButtons();
}

void OverridesPane::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(
        SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error : SemanticColors::Role::Ok));
    m_message->setText(text);
}

void OverridesPane::updateButtons() {
    const QModelIndex current = m_pendingView->currentIndex();
    const bool selected = current.isValid();
    const bool mine = selected && current.data(OverrideModel::MineRole).toBool();
    for (QPushButton *b : {m_approve, m_reject}) {
        b->setEnabled(selected && !mine);
        b->setToolTip(mine       ? tr("You asked for this override: another admin must decide it.")
                      : selected ? QString()
                                 : tr("Select a request first."));
    }
}

void OverridesPane::askDecision(bool approve) {
    const OverrideRow *r = m_pending->rowAt(m_pendingView->currentIndex().row());
    if (!r)
        return;
    QDialog d(this);
    d.setWindowTitle(approve ? tr("Approve the override") : tr("Reject the override"));
    auto *form = new QFormLayout(&d);
    auto *what = new QLabel(
        OverrideModel::changeText(*r).isEmpty()
            ? tr("%1: %2").arg(labelOf(r->kind), r->targetName)
            : tr("%1: %2 (%3)").arg(labelOf(r->kind), r->targetName, OverrideModel::changeText(*r)));
    what->setWordWrap(true);
    form->addRow(what);
    auto *why = new QLabel(tr("Asked by %1: %2").arg(r->requestedByName, r->reason));
    why->setWordWrap(true);
    form->addRow(why);
    auto *note = new QLineEdit;
    note->setObjectName(QStringLiteral("overrideNote"));
    note->setPlaceholderText(approve ? tr("Optional") : tr("Required"));
    form->addRow(tr("&Note:"), note);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(approve ? tr("Approve") : tr("Reject"));
    box->button(QDialogButtonBox::Ok)->setEnabled(approve);
    if (!approve)
        connect(note, &QLineEdit::textChanged, &d,
                [=] { box->button(QDialogButtonBox::Ok)->setEnabled(!note->text().trimmed().isEmpty()); });
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(box);
    if (d.exec() == QDialog::Accepted)
        emit decideRequested(r->id, approve, note->text().trimmed());
}

void OverridesPane::askTierChange(const QList<TierCandidate> &candidates) {
    if (candidates.isEmpty()) {
        showMessage(tr("There is no mechanic."), false);
        return;
    }
    QDialog d(this);
    d.setWindowTitle(tr("Request a tier change"));
    auto *form = new QFormLayout(&d);
    auto *who = new QComboBox;
    who->setObjectName(QStringLiteral("tierMechanic"));
    who->setEditable(true);
    who->setInsertPolicy(QComboBox::NoInsert);
    for (const TierCandidate &c : candidates)
        who->addItem(tr("%1 (%2)").arg(c.name, labelOf(c.tier)), c.id);
    auto *tier = new QComboBox;
    tier->setObjectName(QStringLiteral("tierNew"));
    for (const MechanicServiceTier t : allValues<MechanicServiceTier>())
        tier->addItem(labelOf(t), int(t));
    auto *reason = new QLineEdit;
    reason->setObjectName(QStringLiteral("tierReason"));
    form->addRow(tr("&Mechanic:"), who);
    form->addRow(tr("New &tier:"), tier);
    form->addRow(tr("&Reason:"), reason);
    auto *note = new QLabel(tr("A second admin must approve the change; it takes effect then. "
                               "Virtual only also withdraws physical work."));
    note->setWordWrap(true);
    form->addRow(note);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(tr("Request"));
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, &d,
            [=] { box->button(QDialogButtonBox::Ok)->setEnabled(!reason->text().trimmed().isEmpty()); });
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(box);
    if (d.exec() == QDialog::Accepted && who->currentIndex() >= 0)
        emit tierChangeConfirmed(who->currentData().toLongLong(),
                                 MechanicServiceTier(tier->currentData().toInt()), reason->text().trimmed());
}

} // namespace adesk
