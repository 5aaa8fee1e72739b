#include "views/compliance/decisionpanel.h"

#include "ui_decisionpanel.h"
#include "views/common/semanticcolors.h"

#include <QEvent>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>

#include <algorithm>

namespace adesk {

namespace vf = verification;

namespace {

/// Keeps a vertical-only scroll area at least as wide as its content needs (and as @p floorChars
/// average characters): the splitter holding the panel then never narrows it so far that the fields
/// and buttons are clipped on the right, with no horizontal scroll bar to reach them.
class ContentWidthKeeper : public QObject {
public:
    ContentWidthKeeper(QScrollArea *area, int floorChars)
        : QObject(area)
        , m_area(area)
        , m_floorChars(floorChars) {
        area->widget()->installEventFilter(this);
        follow();
    }

    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::LayoutRequest)
            follow();
        return QObject::eventFilter(watched, event);
    }

private:
    void follow() {
        const int bar = m_area->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_area);
        const int content = m_area->widget()->minimumSizeHint().width() + bar + 2 * m_area->frameWidth();
        m_area->setMinimumWidth(std::max(content, m_area->fontMetrics().averageCharWidth() * m_floorChars));
    }

    QScrollArea *m_area;
    int m_floorChars;
};

} // namespace

DecisionPanel::DecisionPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DecisionPanel>()) {
    m_ui->setupUi(this);
    QFont tf = m_ui->decisionTitle->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_ui->decisionTitle->setFont(tf);
    m_ui->coverageAmount->setPlaceholderText(Money::fromCents(200000000).toString());
    m_ui->expiryDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    connect(m_ui->noExpiry, &QCheckBox::toggled, m_ui->expiryDate, &QWidget::setDisabled);
    // With no item open the date box is blank (its minimum shows as this text), not today's date.
    m_ui->expiryDate->setSpecialValueText(QStringLiteral(" "));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(m_ui->sha256Label->font().pointSizeF() * 0.85);
    m_ui->sha256Label->setFont(mono);

    connect(m_ui->decisionNote, &QPlainTextEdit::textChanged, this, [this] {
        if (m_detail.id)
            m_drafts.insert(m_detail.id, m_ui->decisionNote->toPlainText());
        updateButtons();
    });
    connect(m_ui->rejectionReason, &QComboBox::currentIndexChanged, this, &DecisionPanel::updateButtons);

    // The approve button in the ok colour, drawn flat (a native bevel would lighten the colour
    // under its white text).
    const SemanticColors colors = SemanticColors::of(this);
    const QColor fill = colors.fill(SemanticColors::Role::Ok);
    m_ui->approveButton->setStyleSheet(
        QStringLiteral("QPushButton:enabled { background: %1; color: %2; border: 1px "
                       "solid %3; border-radius: 3px; font-weight: bold; padding: "
                       "6px 12px; }")
            .arg(fill.name(), colors.textOnFill(SemanticColors::Role::Ok).name(), fill.darker(130).name()));
    // The rule's padding applies only while enabled, and a push button keeps the size hint it had
    // when first laid out (disabled, after clear()): keep the enabled height, or the enabled
    // button's text is cut at the bottom.
    m_ui->approveButton->setMinimumHeight(m_ui->approveButton->sizeHint().height());
    // The reasons come from the database: a long one is elided in the box (the list shows it whole)
    // rather than widening the panel.
    m_ui->rejectionReason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->rejectionReason->setMinimumContentsLength(16);
    new ContentWidthKeeper(m_ui->scroll, 40);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &DecisionPanel::approve);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &DecisionPanel::reject);
    connect(m_ui->requestInfoButton, &QPushButton::clicked, this, &DecisionPanel::requestInfo);

    clear();
}

DecisionPanel::~DecisionPanel() = default;

void DecisionPanel::clear(const QString &placeholder) {
    m_detail = {};
    m_ui->decisionTitle->setText(placeholder.isEmpty() ? tr("Select an item in the queue") : placeholder);
    m_ui->subtitle->clear();
    m_ui->entityInfo->clear();
    m_ui->claimLabel->clear();
    m_ui->decisionMessage->setVisible(false);
    for (QLineEdit *e : {m_ui->licenseNumber, m_ui->policyNumber, m_ui->coverageAmount})
        e->clear();
    m_ui->noExpiry->setChecked(false);
    m_ui->expiryDate->setDate(m_ui->expiryDate->minimumDate());
    m_ui->docName->clear();
    m_ui->docSize->clear();
    m_ui->docUploaded->clear();
    m_ui->sha256Label->clear();
    m_ui->history->clear();
    m_ui->decisionNote->blockSignals(true);
    m_ui->decisionNote->clear();
    m_ui->decisionNote->blockSignals(false);
    m_ui->rejectionReason->setCurrentIndex(0);
    updateButtons();
}

void DecisionPanel::setReasons(const QList<RejectionReason> &reasons) {
    const QString current = reasonCode();
    m_ui->rejectionReason->clear();
    m_ui->rejectionReason->addItem(tr("Choose a reason…"), QString());
    for (const RejectionReason &r : reasons)
        m_ui->rejectionReason->addItem(r.label, r.code);
    const int i = m_ui->rejectionReason->findData(current);
    m_ui->rejectionReason->setCurrentIndex(i < 0 ? 0 : i);
}

void DecisionPanel::setDetail(const VerificationDetail &d, bool keepEdits) {
    const bool sameItem = d.id == m_detail.id;
    const VerificationFields edited = fields();
    m_detail = d;
    const QLocale loc;
    m_ui->decisionTitle->setText(d.entityName);
    m_ui->subtitle->setText(tr("%1 · %2 · %3 · submitted %4")
                                .arg(vf::typeLabel(d.type), vf::entityTypeLabel(d.entityType),
                                     d.province.isEmpty() ? tr("no province") : vf::provinceName(d.province),
                                     loc.toString(d.submittedAt.toLocalTime(), QLocale::ShortFormat)));
    if (d.entityType == vf::EntityType::Mechanic) {
        const QString tier = d.serviceTier == u"workshop_affiliated" ? tr("workshop-affiliated")
                             : d.serviceTier == u"licensed_mobile"   ? tr("licensed mobile")
                                                                     : tr("virtual only");
        m_ui->entityInfo->setText(tr("Mechanic tier: %1 · compliance: %2 · physical work: %3")
                                      .arg(tier, vf::statusLabel(vf::statusFromSql(d.complianceStatus)),
                                           d.canPerformPhysicalWork ? tr("allowed") : tr("not allowed")));
    } else {
        m_ui->entityInfo->clear();
    }
    if (!(sameItem && keepEdits)) {
        m_ui->licenseNumber->setText(d.licenseNumber);
        m_ui->policyNumber->setText(d.policyNumber);
        m_ui->coverageAmount->setText(d.coverageAmount ? d.coverageAmount->toString(loc) : QString());
        m_ui->noExpiry->setChecked(!d.expiryDate.isValid());
        m_ui->expiryDate->setDate(d.expiryDate.isValid() ? d.expiryDate : QDate::currentDate().addYears(1));
    } else {
        m_ui->licenseNumber->setText(edited.licenseNumber);
        m_ui->policyNumber->setText(edited.policyNumber);
    }
    if (d.documentId) {
        // File names from uploads can be long single words: elide in the middle, full name in the tooltip.
        m_ui->docName->setText(
            QFontMetrics(m_ui->docName->font()).elidedText(d.fileName, Qt::ElideMiddle, 260) + u'\n' +
            d.mimeType);
        m_ui->docName->setToolTip(d.fileName);
        m_ui->docSize->setText(loc.formattedDataSize(d.sizeBytes));
        m_ui->docUploaded->setText(loc.toString(d.uploadedAt.toLocalTime(), QLocale::ShortFormat));
        showIntegrity(); // a reload of the same document keeps its checked verdict
    } else {
        m_ui->docName->setText(tr("No file attached"));
        m_ui->docSize->clear();
        m_ui->docUploaded->clear();
        m_ui->sha256Label->clear();
    }
    QStringList history;
    if (d.status == vf::Status::Approved || d.status == vf::Status::Rejected)
        history << tr("%1 by %2 on %3")
                       .arg(vf::statusLabel(d.status), d.verifiedByName,
                            loc.toString(d.verifiedAt.toLocalTime(), QLocale::ShortFormat));
    if (d.status == vf::Status::Rejected) {
        // The reason's label in the interface language (setReasons); never its code.
        const int reason =
            d.rejectionReasonCode.isEmpty() ? -1 : m_ui->rejectionReason->findData(d.rejectionReasonCode);
        history << tr("Reason: %1 %2")
                       .arg(reason > 0 ? m_ui->rejectionReason->itemText(reason) : QString(),
                            d.rejectionNote);
    }
    if (d.infoRequestedAt.isValid())
        history << tr("Information requested on %1: %2")
                       .arg(loc.toString(d.infoRequestedAt.toLocalTime(), QLocale::ShortFormat),
                            d.infoRequestNote);
    m_ui->history->setText(history.join(u'\n'));
    m_ui->decisionNote->blockSignals(true);
    const QString draft = m_drafts.value(d.id);
    if (m_ui->decisionNote->toPlainText() != draft)
        m_ui->decisionNote->setPlainText(draft);
    m_ui->decisionNote->blockSignals(false);
    if (!sameItem) {
        // A decision is made for this item only: the reason chosen for the previous one never
        // carries over (Reject stays disabled until a reason is chosen here).
        m_ui->rejectionReason->setCurrentIndex(0);
        m_ui->decisionMessage->setVisible(false);
    }
    updateButtons();
}

void DecisionPanel::setReadOnly(bool readOnly) {
    m_ui->decisionBox->setVisible(!readOnly);
    setDecisionsEnabled(!readOnly);
}

void DecisionPanel::setDecisionsEnabled(bool enabled, const QString &why) {
    m_decisionsEnabled = enabled;
    if (!why.isEmpty())
        setClaimText(why);
    updateButtons();
}

void DecisionPanel::setBusy(bool busy) {
    m_busy = busy;
    updateButtons();
}

void DecisionPanel::setClaimText(const QString &text) {
    m_ui->claimLabel->setText(text);
}

void DecisionPanel::setDocumentIntegrity(bool matches) {
    if (!m_detail.documentId)
        return;
    m_integrityDocumentId = m_detail.documentId;
    m_integrityOk = matches;
    showIntegrity();
}

namespace {
/// SHA-256 in eight groups of eight hex digits, so it wraps inside a narrow panel.
QString groupedHex(const QByteArray &digest) {
    const QString hex = QString::fromLatin1(digest.toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(u' ');
}
} // namespace

void DecisionPanel::showIntegrity() {
    const QString hex = groupedHex(m_detail.sha256);
    if (!m_detail.documentId || m_detail.documentId != m_integrityDocumentId) {
        m_ui->sha256Label->setText(hex);
        m_ui->sha256Label->setStyleSheet(QString());
        return;
    }
    m_ui->sha256Label->setText(m_integrityOk
                                   ? hex + u'\n' + tr("✓ matches the uploaded file")
                                   : hex + u'\n' + tr("✗ does NOT match the file's bytes: do not approve"));
    m_ui->sha256Label->setStyleSheet(SemanticColors::of(this).textStyle(
        m_integrityOk ? SemanticColors::Role::Ok : SemanticColors::Role::Error));
}

void DecisionPanel::forgetDraft(qint64 id) {
    m_drafts.remove(id);
    if (id == m_detail.id) {
        m_ui->decisionNote->blockSignals(true);
        m_ui->decisionNote->clear();
        m_ui->decisionNote->blockSignals(false);
    }
}

void DecisionPanel::showMessage(const QString &text, MessageKind kind) {
    SemanticColors::Role role = SemanticColors::Role::Info;
    switch (kind) {
    case MessageKind::Info:
        break;
    case MessageKind::Success:
        role = SemanticColors::Role::Ok;
        break;
    case MessageKind::Warning:
        role = SemanticColors::Role::Warning;
        break;
    case MessageKind::Error:
        role = SemanticColors::Role::Error;
        break;
    }
    m_ui->decisionMessage->setStyleSheet(SemanticColors::of(this).bannerStyle(role) +
                                         QStringLiteral(" padding: 6px; border-radius: 4px;"));
    m_ui->decisionMessage->setText(text);
    m_ui->decisionMessage->setVisible(!text.isEmpty());
}

QString DecisionPanel::messageText() const {
    return m_ui->decisionMessage->isVisible() ? m_ui->decisionMessage->text() : QString();
}

VerificationFields DecisionPanel::fields() const {
    VerificationFields f;
    f.licenseNumber = m_ui->licenseNumber->text().trimmed();
    f.policyNumber = m_ui->policyNumber->text().trimmed();
    f.coverageAmount = Money::parse(m_ui->coverageAmount->text());
    if (!m_ui->noExpiry->isChecked())
        f.expiryDate = m_ui->expiryDate->date();
    return f;
}

QString DecisionPanel::note() const {
    return m_ui->decisionNote->toPlainText().trimmed();
}

QString DecisionPanel::reasonCode() const {
    return m_ui->rejectionReason->currentData().toString();
}

bool DecisionPanel::validateFields(QString *problem) const {
    if (!m_ui->coverageAmount->text().trimmed().isEmpty() && !Money::parse(m_ui->coverageAmount->text())) {
        *problem = tr("The coverage amount is not a valid dollar amount (for example %1).")
                       .arg(Money::fromCents(200000000).toString());
        return false;
    }
    return true;
}

void DecisionPanel::updateButtons() {
    const bool can =
        m_detail.id != 0 && m_decisionsEnabled && !m_busy && m_detail.status == vf::Status::Pending;
    m_ui->approveButton->setEnabled(can);
    m_ui->rejectButton->setEnabled(can && !reasonCode().isEmpty() &&
                                   (reasonCode() != u"other" || !note().isEmpty()));
    m_ui->requestInfoButton->setEnabled(can && !note().isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->licenseNumber, m_ui->policyNumber,
                                                       m_ui->coverageAmount, m_ui->expiryDate, m_ui->noExpiry,
                                                       m_ui->decisionNote, m_ui->rejectionReason})
        w->setEnabled(m_detail.id != 0 && m_decisionsEnabled && m_detail.status == vf::Status::Pending);
    if (m_ui->noExpiry->isChecked())
        m_ui->expiryDate->setEnabled(false);
}

void DecisionPanel::setApprovalNeedsOverride(qint64 id, bool needs) {
    // Issue 15, overrides: a flagged document is approved only after a second admin allowed it.
    if (m_approveText.isEmpty())
        m_approveText = m_ui->approveButton->text();
    m_overrideNeededFor = needs ? id : 0;
    m_ui->approveButton->setText(needs ? tr("Request second approval…") : m_approveText);
}

void DecisionPanel::approve() {
    if (!m_ui->approveButton->isEnabled())
        return;
    if (m_overrideNeededFor != 0 && m_overrideNeededFor == m_detail.id) {
        emit secondApprovalRequested(m_detail.id);
        return;
    }
    QString problem;
    if (!validateFields(&problem)) {
        showMessage(problem, MessageKind::Error);
        return;
    }
    emit approveRequested(m_detail.id, m_detail.version, note(), fields());
}

void DecisionPanel::reject() {
    if (!m_detail.id || !m_decisionsEnabled || m_busy)
        return;
    if (reasonCode().isEmpty()) {
        showMessage(tr("Choose a rejection reason first."), MessageKind::Warning);
        m_ui->rejectionReason->setFocus();
        m_ui->rejectionReason->showPopup();
        return;
    }
    if (reasonCode() == u"other" && note().isEmpty()) {
        showMessage(tr("Say what is wrong in the note when the reason is “Other”."), MessageKind::Warning);
        m_ui->decisionNote->setFocus();
        return;
    }
    QString problem;
    if (!validateFields(&problem)) {
        showMessage(problem, MessageKind::Error);
        return;
    }
    emit rejectRequested(m_detail.id, m_detail.version, reasonCode(), note(), fields());
}

void DecisionPanel::requestInfo() {
    if (!m_detail.id || !m_decisionsEnabled || m_busy)
        return;
    if (note().isEmpty()) {
        showMessage(tr("Write in the note what information you need."), MessageKind::Warning);
        m_ui->decisionNote->setFocus();
        return;
    }
    emit requestInfoRequested(m_detail.id, m_detail.version, note());
}

} // namespace adesk
