#include "views/compliance/decisionpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace adesk {

namespace vf = verification;

DecisionPanel::DecisionPanel(QWidget *parent)
    : QWidget(parent) {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("decisionTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_entityInfo = new QLabel(this);
    m_entityInfo->setWordWrap(true);
    m_claim = new QLabel(this);
    m_claim->setObjectName(QStringLiteral("claimLabel"));
    m_claim->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("decisionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    m_license = new QLineEdit(this);
    m_license->setObjectName(QStringLiteral("licenseNumber"));
    m_policy = new QLineEdit(this);
    m_policy->setObjectName(QStringLiteral("policyNumber"));
    m_coverage = new QLineEdit(this);
    m_coverage->setObjectName(QStringLiteral("coverageAmount"));
    m_coverage->setPlaceholderText(Money::fromCents(200000000).toString());
    m_expiry = new QDateEdit(this);
    m_expiry->setObjectName(QStringLiteral("expiryDate"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_noExpiry = new QCheckBox(tr("No expiry date"), this);
    connect(m_noExpiry, &QCheckBox::toggled, m_expiry, &QWidget::setDisabled);

    auto *fieldsBox = new QGroupBox(tr("Document fields"), this);
    auto *form = new QFormLayout(fieldsBox);
    form->addRow(tr("Licence number"), m_license);
    form->addRow(tr("Policy number"), m_policy);
    form->addRow(tr("Coverage amount"), m_coverage);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiry, 1);
    expiryRow->addWidget(m_noExpiry);
    form->addRow(tr("Expiry date"), expiryRow);

    m_docName = new QLabel(this);
    m_docName->setWordWrap(true);
    m_docSize = new QLabel(this);
    m_docUploaded = new QLabel(this);
    m_docSha = new QLabel(this);
    m_docSha->setObjectName(QStringLiteral("sha256Label"));
    m_docSha->setWordWrap(true);
    m_docSha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(m_docSha->font().pointSizeF() * 0.85);
    m_docSha->setFont(mono);
    auto *docBox = new QGroupBox(tr("Uploaded file"), this);
    auto *docForm = new QFormLayout(docBox);
    docForm->addRow(tr("File"), m_docName);
    docForm->addRow(tr("Size"), m_docSize);
    docForm->addRow(tr("Uploaded"), m_docUploaded);
    docForm->addRow(tr("SHA-256"), m_docSha);

    m_history = new QLabel(this);
    m_history->setWordWrap(true);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setPlaceholderText(tr("Note to the applicant (required to request information or to reject "
                                  "for “Other”)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(110);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_detail.id)
            m_drafts.insert(m_detail.id, m_note->toPlainText());
        updateButtons();
    });

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("rejectionReason"));
    connect(m_reason, &QComboBox::currentIndexChanged, this, &DecisionPanel::updateButtons);

    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("Approve (Ctrl+Return)"));
    m_approve->setStyleSheet(QStringLiteral("QPushButton:enabled { background: #1d7a3a; color: white; "
                                            "font-weight: bold; padding: 6px 12px; }"));
    m_reject = new QPushButton(tr("&Reject"), this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setToolTip(tr("Reject with the chosen reason (Ctrl+Shift+R)"));
    m_info = new QPushButton(tr("Request &info"), this);
    m_info->setObjectName(QStringLiteral("requestInfoButton"));
    m_info->setToolTip(tr("Ask the applicant for more information (Ctrl+Shift+I)"));
    connect(m_approve, &QPushButton::clicked, this, &DecisionPanel::approve);
    connect(m_reject, &QPushButton::clicked, this, &DecisionPanel::reject);
    connect(m_info, &QPushButton::clicked, this, &DecisionPanel::requestInfo);

    auto *decisionBox = new QGroupBox(tr("Decision"), this);
    m_decisionBox = decisionBox;
    auto *dl = new QVBoxLayout(decisionBox);
    dl->addWidget(m_note);
    auto *reasonRow = new QFormLayout;
    reasonRow->addRow(tr("Rejection reason"), m_reason);
    dl->addLayout(reasonRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve, 2);
    buttons->addWidget(m_reject, 1);
    buttons->addWidget(m_info, 1);
    dl->addLayout(buttons);

    auto *content = new QWidget(this);
    auto *v = new QVBoxLayout(content);
    v->addWidget(m_title);
    v->addWidget(m_subtitle);
    v->addWidget(m_entityInfo);
    v->addWidget(m_claim);
    v->addWidget(m_message);
    v->addWidget(fieldsBox);
    v->addWidget(docBox);
    v->addWidget(m_history);
    v->addWidget(decisionBox);
    v->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    clear();
}

void DecisionPanel::clear(const QString &placeholder) {
    m_detail = {};
    m_title->setText(placeholder.isEmpty() ? tr("Select an item in the queue") : placeholder);
    m_subtitle->clear();
    m_entityInfo->clear();
    m_claim->clear();
    m_message->setVisible(false);
    for (QLineEdit *e : {m_license, m_policy, m_coverage})
        e->clear();
    m_noExpiry->setChecked(false);
    m_expiry->setDate(QDate::currentDate());
    m_docName->clear();
    m_docSize->clear();
    m_docUploaded->clear();
    m_docSha->clear();
    m_history->clear();
    m_note->blockSignals(true);
    m_note->clear();
    m_note->blockSignals(false);
    updateButtons();
}

void DecisionPanel::setReasons(const QList<RejectionReason> &reasons) {
    const QString current = reasonCode();
    m_reason->clear();
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const RejectionReason &r : reasons)
        m_reason->addItem(r.label, r.code);
    const int i = m_reason->findData(current);
    m_reason->setCurrentIndex(i < 0 ? 0 : i);
}

void DecisionPanel::setDetail(const VerificationDetail &d, bool keepEdits) {
    const bool sameItem = d.id == m_detail.id;
    const VerificationFields edited = fields();
    m_detail = d;
    const QLocale loc;
    m_title->setText(d.entityName);
    m_subtitle->setText(tr("%1 · %2 · %3 · submitted %4")
                            .arg(vf::typeLabel(d.type), vf::entityTypeLabel(d.entityType),
                                 d.province.isEmpty() ? tr("no province") : vf::provinceName(d.province),
                                 loc.toString(d.submittedAt.toLocalTime(), QLocale::ShortFormat)));
    if (d.entityType == vf::EntityType::Mechanic) {
        const QString tier = d.serviceTier == u"workshop_affiliated" ? tr("workshop-affiliated")
                             : d.serviceTier == u"licensed_mobile"   ? tr("licensed mobile")
                                                                     : tr("virtual only");
        m_entityInfo->setText(tr("Mechanic tier: %1 · compliance: %2 · physical work: %3")
                                  .arg(tier, vf::statusLabel(vf::statusFromSql(d.complianceStatus)),
                                       d.canPerformPhysicalWork ? tr("allowed") : tr("not allowed")));
    } else {
        m_entityInfo->clear();
    }
    if (!(sameItem && keepEdits)) {
        m_license->setText(d.licenseNumber);
        m_policy->setText(d.policyNumber);
        m_coverage->setText(d.coverageAmount ? d.coverageAmount->toString(loc) : QString());
        m_noExpiry->setChecked(!d.expiryDate.isValid());
        m_expiry->setDate(d.expiryDate.isValid() ? d.expiryDate : QDate::currentDate().addYears(1));
    } else {
        m_license->setText(edited.licenseNumber);
        m_policy->setText(edited.policyNumber);
    }
    if (d.documentId) {
        // File names from uploads can be long single words: elide in the middle, full name in the tooltip.
        m_docName->setText(QFontMetrics(m_docName->font()).elidedText(d.fileName, Qt::ElideMiddle, 260) +
                           u'\n' + d.mimeType);
        m_docName->setToolTip(d.fileName);
        m_docSize->setText(loc.formattedDataSize(d.sizeBytes));
        m_docUploaded->setText(loc.toString(d.uploadedAt.toLocalTime(), QLocale::ShortFormat));
        showIntegrity(); // a reload of the same document keeps its checked verdict
    } else {
        m_docName->setText(tr("No file attached"));
        m_docSize->clear();
        m_docUploaded->clear();
        m_docSha->clear();
    }
    QStringList history;
    if (d.status == vf::Status::Approved || d.status == vf::Status::Rejected)
        history << tr("%1 by %2 on %3")
                       .arg(vf::statusLabel(d.status), d.verifiedByName,
                            loc.toString(d.verifiedAt.toLocalTime(), QLocale::ShortFormat));
    if (d.status == vf::Status::Rejected) {
        // The reason's label in the interface language (setReasons); never its code.
        const int reason = d.rejectionReasonCode.isEmpty() ? -1 : m_reason->findData(d.rejectionReasonCode);
        history
            << tr("Reason: %1 %2").arg(reason > 0 ? m_reason->itemText(reason) : QString(), d.rejectionNote);
    }
    if (d.infoRequestedAt.isValid())
        history << tr("Information requested on %1: %2")
                       .arg(loc.toString(d.infoRequestedAt.toLocalTime(), QLocale::ShortFormat),
                            d.infoRequestNote);
    m_history->setText(history.join(u'\n'));
    m_note->blockSignals(true);
    const QString draft = m_drafts.value(d.id);
    if (m_note->toPlainText() != draft)
        m_note->setPlainText(draft);
    m_note->blockSignals(false);
    if (!sameItem)
        m_message->setVisible(false);
    updateButtons();
}

void DecisionPanel::setReadOnly(bool readOnly) {
    m_decisionBox->setVisible(!readOnly);
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
    m_claim->setText(text);
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
        m_docSha->setText(hex);
        m_docSha->setStyleSheet(QString());
        return;
    }
    m_docSha->setText(m_integrityOk ? hex + u'\n' + tr("✓ matches the uploaded file")
                                    : hex + u'\n' + tr("✗ does NOT match the file's bytes: do not approve"));
    m_docSha->setStyleSheet(m_integrityOk ? QStringLiteral("color: #1d7a3a;")
                                          : QStringLiteral("color: #b01e1e;"));
}

void DecisionPanel::forgetDraft(qint64 id) {
    m_drafts.remove(id);
    if (id == m_detail.id) {
        m_note->blockSignals(true);
        m_note->clear();
        m_note->blockSignals(false);
    }
}

void DecisionPanel::showMessage(const QString &text, MessageKind kind) {
    QString style;
    switch (kind) {
    case MessageKind::Info:
        style = QStringLiteral("background: #e8f0fb; color: #1f3f6e;");
        break;
    case MessageKind::Success:
        style = QStringLiteral("background: #e3f4e8; color: #1d5a2e;");
        break;
    case MessageKind::Warning:
        style = QStringLiteral("background: #fff4d6; color: #6b4a00;");
        break;
    case MessageKind::Error:
        style = QStringLiteral("background: #fde2e1; color: #8a1515;");
        break;
    }
    m_message->setStyleSheet(style + QStringLiteral(" padding: 6px; border-radius: 4px;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString DecisionPanel::messageText() const {
    return m_message->isVisible() ? m_message->text() : QString();
}

VerificationFields DecisionPanel::fields() const {
    VerificationFields f;
    f.licenseNumber = m_license->text().trimmed();
    f.policyNumber = m_policy->text().trimmed();
    f.coverageAmount = Money::parse(m_coverage->text());
    if (!m_noExpiry->isChecked())
        f.expiryDate = m_expiry->date();
    return f;
}

QString DecisionPanel::note() const {
    return m_note->toPlainText().trimmed();
}

QString DecisionPanel::reasonCode() const {
    return m_reason->currentData().toString();
}

bool DecisionPanel::validateFields(QString *problem) const {
    if (!m_coverage->text().trimmed().isEmpty() && !Money::parse(m_coverage->text())) {
        *problem = tr("The coverage amount is not a valid dollar amount (for example %1).")
                       .arg(Money::fromCents(200000000).toString());
        return false;
    }
    return true;
}

void DecisionPanel::updateButtons() {
    const bool can =
        m_detail.id != 0 && m_decisionsEnabled && !m_busy && m_detail.status == vf::Status::Pending;
    m_approve->setEnabled(can);
    m_reject->setEnabled(can && !reasonCode().isEmpty() && (reasonCode() != u"other" || !note().isEmpty()));
    m_info->setEnabled(can && !note().isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_license, m_policy, m_coverage, m_expiry, m_noExpiry,
                                                       m_note, m_reason})
        w->setEnabled(m_detail.id != 0 && m_decisionsEnabled && m_detail.status == vf::Status::Pending);
    if (m_noExpiry->isChecked())
        m_expiry->setEnabled(false);
}

void DecisionPanel::approve() {
    if (!m_approve->isEnabled())
        return;
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
        m_reason->setFocus();
        m_reason->showPopup();
        return;
    }
    if (reasonCode() == u"other" && note().isEmpty()) {
        showMessage(tr("Say what is wrong in the note when the reason is “Other”."), MessageKind::Warning);
        m_note->setFocus();
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
        m_note->setFocus();
        return;
    }
    emit requestInfoRequested(m_detail.id, m_detail.version, note());
}

} // namespace adesk
